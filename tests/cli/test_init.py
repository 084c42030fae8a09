"""`pledge init`: from flags, in a terminal, from published text; refusals and their messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT

SEED = ROOT / "tests" / "fixtures" / "init" / "medborgarlofte-olofstrom-2024.txt"
Run = Callable[..., Any]
Golden = Callable[[str, str], None]


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def assert_valid(run: Run, path: str) -> None:
    result = run("validate", path)
    assert result.exit_code == 0, result.stdout + result.stderr


# --- from published text


def test_from_text_olofstrom_golden(run: Run, golden: Golden) -> None:
    result = run("init", "--from-text", str(SEED))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("Skrev utkastet pledge.yaml: 4 prioriteringar, 10 löften, "
                             "4 att kontrollera (sök efter 'kontrollera:').\n")
    golden("init/olofstrom-2024-draft.yaml", Path("pledge.yaml").read_text(encoding="utf-8"))
    assert_valid(run, "pledge.yaml")


def test_validate_warns_about_each_review_mark_and_strict_fails(run: Run) -> None:
    run("init", "--from-text", str(SEED))
    plain = run("validate", "pledge.yaml")
    strict = run("validate", "pledge.yaml", "--strict")
    marks = [line for line in plain.stdout.splitlines() if " W330 " in line]
    assert marks[0] == (
        "pledge.yaml:16:23: W330 en markering att kontrollera finns kvar (kontrollera: "
        "uppföljningstakten står inte i texten; tertial antaget); granska utkastet och ta bort "
        "markeringen")
    assert [m.split(" ", 1)[0] for m in marks] == [
        "pledge.yaml:16:23:", "pledge.yaml:26:16:", "pledge.yaml:62:3:", "pledge.yaml:92:3:"]
    assert plain.stdout.endswith("pledge.yaml: fel: 0, varningar: 4\n")
    assert (plain.exit_code, strict.exit_code) == (0, 1)
    reviewed = "\n".join(line.split("  # kontrollera:")[0] for line in
                         Path("pledge.yaml").read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith("# kontrollera:"))
    Path("pledge.yaml").write_text(reviewed + "\n", encoding="utf-8")
    assert run("validate", "pledge.yaml", "--strict").exit_code == 0  # reviewed: CI passes


def test_from_text_in_english(run: Run, golden: Golden) -> None:
    result = run("init", "--from-text", str(SEED), "draft.yaml", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("Wrote the draft draft.yaml: 4 priorities, 10 commitments, "
                             "4 to check (search for 'check:').\n")
    golden("init/olofstrom-2024-draft-en.yaml", Path("draft.yaml").read_text(encoding="utf-8"))
    assert_valid(run, "draft.yaml")


def test_from_text_to_stdout(run: Run) -> None:
    result = run("init", "--from-text", str(SEED), "-")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1] == "# UTKAST: Medborgarlöfte 2024 för Olofströms kommun."
    assert result.stderr.startswith("Skrev utkastet till standardutmatningen: 4 prioriteringar")
    assert not Path("pledge.yaml").exists()


def test_flags_override_what_the_text_says(run: Run) -> None:
    result = run("init", "--from-text", str(SEED), "--period", "2025", "--cadence", "quarter",
                 "--title", "Medborgarlöfte 2025", "--party", "Räddningstjänsten Syd")
    assert result.exit_code == 0, result.stderr
    text = Path("pledge.yaml").read_text(encoding="utf-8")
    assert "  period: {start: 2025-01-01, end: 2025-12-31}\n" in text
    assert "  follow_up: quarter\n" in text  # and its note is gone
    assert "  raddningstjansten-syd: {name: Räddningstjänsten Syd, kind: other}\n" in text
    assert "3 att kontrollera" in result.stdout


def test_from_text_that_is_not_utf8(run: Run) -> None:
    Path("lofte.txt").write_bytes("Medborgarlöfte 2025\n\nPolisen lovar att\n"
                                  "• genomföra två trygghetsvandringar i Åby.\n"
                                  .encode("cp1252"))
    result = run("init", "--from-text", "lofte.txt")
    assert result.exit_code == 0
    assert result.stderr == ("pledge: lofte.txt är inte UTF-8; läst som Windows-1252 – "
                             "kontrollera å, ä och ö i utkastet\n")
    assert "text: genomföra två trygghetsvandringar i Åby." in Path("pledge.yaml").read_text(
        encoding="utf-8")


def test_from_text_file_missing(run: Run) -> None:
    result = run("init", "--from-text", "saknas.txt")
    assert (result.exit_code, result.stderr) == (2, "pledge: filen saknas.txt finns inte\n")


# --- a new, empty file from flags


def test_new_file_from_flags_golden(run: Run, golden: Golden) -> None:
    result = run("init", "--municipality", "Sjöstads kommun", "--police-area",
                 "Lokalpolisområde Sjöstad", "--period", "2025", "--party",
                 "Sjöstadshem AB:other", "--cadence", "halvår")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("Skrev pledge.yaml. Fyll i prioriteringar och löften; "
                             "kontrollera med `pledge validate`.\n")
    golden("init/new-sv.yaml", Path("pledge.yaml").read_text(encoding="utf-8"))
    assert_valid(run, "pledge.yaml")


def test_new_file_in_english_with_a_date_period(run: Run, golden: Golden) -> None:
    result = run("init", "ny.yaml", "-m", "Sjöstads kommun", "--period",
                 "2025-03-01..2026-02-28", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    golden("init/new-en.yaml", Path("ny.yaml").read_text(encoding="utf-8"))
    assert_valid(run, "ny.yaml")


def test_without_a_terminal_missing_answers_are_a_usage_error(run: Run) -> None:
    result = run("init")
    assert result.exit_code == 2
    assert result.stderr == ("pledge: --municipality, --period saknas, och det finns ingen "
                             "terminal att fråga i\n")
    assert not Path("pledge.yaml").exists()
    result = run("init", "-m", "Sjöstads kommun", "--lang", "en")
    assert result.stderr == "pledge: --period missing, and there is no terminal to ask in\n"


# --- in a terminal


def test_in_a_terminal_it_asks_for_what_is_missing(run: Run, monkeypatch: pytest.MonkeyPatch,
                                                   golden: Golden) -> None:
    monkeypatch.setattr("medborgarlofte.cli.init.interactive", lambda: True)
    answers = "Sjöstads kommun\nLokalpolisområde Sjöstad\n2025\nSjöstadshem AB, Skolan:kommun\n" \
              "kvartal\n"
    result = run("init", input=answers)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (
        "Kommun (t.ex. Olofströms kommun): Sjöstads kommun\n"
        "Lokalpolisområde (t.ex. Lokalpolisområde Karlshamn; Enter hoppar över): "
        "Lokalpolisområde Sjöstad\n"
        "Period (år som 2025, 2025-2026 eller 2025-03-01..2026-02-28) [2024]: 2025\n"
        "Fler parter än polisen och kommunen, kommaseparerade (Enter för inga): "
        "Sjöstadshem AB, Skolan:kommun\n"
        "Uppföljning (tertial, kvartal, halvår, år) [tertial]: kvartal\n"
        "Skrev pledge.yaml. Fyll i prioriteringar och löften; kontrollera med "
        "`pledge validate`.\n")
    text = Path("pledge.yaml").read_text(encoding="utf-8")
    golden("init/new-asked.yaml", text)
    assert "  skolan: {name: Skolan, kind: kommun}\n" in text
    assert "  follow_up: quarter\n" in text
    assert_valid(run, "pledge.yaml")


def test_in_a_terminal_a_bad_answer_is_asked_again(run: Run,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("medborgarlofte.cli.init.interactive", lambda: True)
    result = run("init", "-m", "Sjöstads kommun",
                 input="\nnästa år\n2026\nSkolan:skola\n\nvarje vecka\n\n")
    assert result.exit_code == 0, result.stderr
    assert "'nästa år' är ingen period" in result.stderr
    assert "'Skolan:skola' är ingen part" in result.stderr
    assert "okänd uppföljningstakt 'varje vecka'" in result.stderr
    text = Path("pledge.yaml").read_text(encoding="utf-8")
    assert "  period: {start: 2026-01-01, end: 2026-12-31}\n  language: sv\n" \
           "  follow_up: tertial\n" in text
    assert "police_area" not in text


def test_flags_alone_ask_nothing_even_in_a_terminal(run: Run,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("medborgarlofte.cli.init.interactive", lambda: True)
    result = run("init", "-m", "Sjöstads kommun", "--period", "2025", input="")
    assert result.exit_code == 0
    assert result.stdout.startswith("Skrev pledge.yaml.")


# --- refusals


def test_an_existing_file_is_kept_unless_forced(run: Run) -> None:
    Path("pledge.yaml").write_text("gammalt\n", encoding="utf-8")
    result = run("init", "-m", "Sjöstads kommun", "--period", "2025")
    assert result.exit_code == 2
    assert result.stderr == ("pledge: pledge.yaml finns redan; välj ett annat filnamn eller "
                             "lägg till --force för att skriva över\n")
    assert Path("pledge.yaml").read_text(encoding="utf-8") == "gammalt\n"
    result = run("init", "-m", "Sjöstads kommun", "--period", "2025", "--force")
    assert result.exit_code == 0
    assert Path("pledge.yaml").read_text(encoding="utf-8").startswith(
        "# yaml-language-server: $schema=https://raw.githubusercontent.com/medborgarlofte/"
        "medborgarlofte/main/pledge.schema.json\n# Medborgarlöfte 2025")


def test_a_directory_is_not_a_file(run: Run) -> None:
    Path("mapp").mkdir()
    result = run("init", "mapp", "-m", "Sjöstads kommun", "--period", "2025")
    assert (result.exit_code, result.stderr) == (2, "pledge: mapp är en mapp, inte en fil\n")


@pytest.mark.parametrize("args, message", [
    (["--period", "2025-2024"],
     "pledge: '2025-2024' är ingen period: skriv ett år (2025), flera år (2025-2026) eller "
     "datum (2025-03-01..2026-02-28)\n"),
    (["--period", "2025", "--cadence", "månad"],
     "pledge: okänd uppföljningstakt 'månad': välj tertial, kvartal, halvår, år\n"),
    (["--period", "2025", "--party", "Skolan:skola"],
     "pledge: 'Skolan:skola' är ingen part: skriv NAMN eller NAMN:polis, NAMN:kommun, "
     "NAMN:annan\n"),
    (["--period", "2025", "--lang", "de"], "pledge: okänt språk 'de': välj sv eller en\n"),
])
def test_bad_values_are_usage_errors(run: Run, args: list[str], message: str) -> None:
    result = run("init", "-m", "Sjöstads kommun", *args)
    assert (result.exit_code, result.stderr) == (2, message)
    assert not Path("pledge.yaml").exists()


def _identity_number() -> str:
    """A made-up personnummer with a valid check digit, built here (never stored in a file)."""
    digits = "811218987"
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(digits))
    return f"{digits[:6]}-{digits[6:]}{(10 - total % 10) % 10}"


def test_content_that_would_be_invalid_is_not_written(run: Run) -> None:
    result = run("init", "-m", f"Kommun {_identity_number()}", "--period", "2025")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "pledge: skrev inte pledge.yaml: innehållet skulle bli ogiltigt"
    assert "E316" in lines[1] and "8112**-****" in lines[1]
    assert not Path("pledge.yaml").exists()


def test_add_party_and_municipality_are_the_names_the_old_ones_still_work(
        run: Any, tmp_path: Path) -> None:
    new = run("init", "ny.yaml", "--municipality", "Sjöstads kommun", "--period", "2025",
              "--cadence", "år", "--add-party", "Sjöstadshem AB")
    old = run("init", "gammal.yaml", "-m", "Sjöstads kommun", "--period", "2025",
              "--cadence", "år", "--party", "Sjöstadshem AB")
    assert (new.exit_code, old.exit_code) == (0, 0), new.stderr + old.stderr
    assert (tmp_path / "ny.yaml").read_text("utf-8") == (tmp_path / "gammal.yaml").read_text(
        "utf-8")


def test_party_kinds_in_swedish_and_english(run: Any, tmp_path: Path) -> None:
    swedish = run("init", "sv.yaml", "--municipality", "Sjöstads kommun", "--period", "2025",
                  "--cadence", "år", "--add-party", "Sjöstadshem AB:annan")
    english = run("init", "en.yaml", "--municipality", "Sjöstads kommun", "--period", "2025",
                  "--cadence", "år", "--add-party", "Sjöstadshem AB:other")
    assert (swedish.exit_code, english.exit_code) == (0, 0), swedish.stderr
    assert (tmp_path / "sv.yaml").read_text("utf-8") == (tmp_path / "en.yaml").read_text("utf-8")


@pytest.mark.parametrize("lang, mark", [
    ("sv", "# kontrollera: perioden (texten anger ett datum som inte finns, som 31 juni; "
           "närmaste riktiga dag togs)"),
    ("en", "# check: the period (the text gives a date that does not exist, such as 31 June; "
           "the nearest real day was taken)"),
])
def test_a_published_date_that_does_not_exist_is_marked_as_such(run: Run, lang: str,
                                                                mark: str) -> None:
    Path("löfte.txt").write_text(
        "Medborgarlöfte Ekby\n\nMedborgarlöftet gäller 1 juli 2031 – 31 juni 2033.\n\n"
        "Polisen ska genomföra tio trafikkontroller.\n", encoding="utf-8")
    result = run("init", "--from-text", "löfte.txt", "-", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    period = next(line for line in result.stdout.splitlines() if "period:" in line)
    assert period.strip() == "period: {start: 2031-07-01, end: 2033-06-30}  " + mark
