"""Swedish all the way (issue 15): every option that takes a code takes the Swedish word the
user reads (any case, hyphen/underscore/space alike) through cli.choices; refusals and help
list the Swedish words in a Swedish run and the codes in an English one; every example value
quoted in a help text works; one rule for --lang and $PLEDGE_LANG, help included."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from medborgarlofte.i18n import CATALOGUE
from tests.conftest import OLOFSTROM


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pledge.yaml").write_text(OLOFSTROM.read_text(encoding="utf-8"),
                                          encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), prog_name="pledge", catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(("args", "shown"), [
    (["outcome", "polis-mop", "--status", "förs vidare", "--reason", "R", "--dry-run"],
     "status: carried_forward"),
    (["outcome", "polis-mop", "--status", "Förs-Vidare", "--reason", "R", "--dry-run"],
     "status: carried_forward"),
    (["outcome", "polis-mop", "--status", "EJ_UPPFYLLT", "--reason", "R", "--dry-run"],
     "status: not_met"),
    (["outcome", "polis-mop", "--status", "avslutat i förtid", "--reason", "R", "--dry-run"],
     "status: closed_early"),
    (["outcome", "polis-mop", "--status", "carried_forward", "--reason", "R", "--dry-run"],
     "status: carried_forward"),
    (["log", "polis-mop", "-n", "2", "--qualifier", "Minst", "--dry-run", "-y"],
     "qualifier: at_least"),
    (["log", "polis-mop", "-n", "2", "--qualifier", "CA", "--dry-run", "-y"],
     "qualifier: approx"),
    (["log", "polis-mop", "-n", "2", "--qualifier", "at-least", "--dry-run", "-y"],
     "qualifier: at_least"),
    (["targets", "--format", "Tabell"], "Löften · "),
    (["targets", "--format", "markdown"], "| "),
    (["status", "--format", "TABELL"], "Utfall: 10 löften"),
    (["status", "--format", "csv maskin"], "id,"),
    (["events", "--format", "csv_maskin"], "index,"),
    (["status", "--status", "ej uppfyllt", "--format", "json"], '"status": "not_met"'),
    (["status", "--status", "Ej-Klart", "--format", "json"], '"status": "not_done"'),
    (["status", "--group-by", "Prioritering"], "Otrygga platser och narkotika\nStatus"),
    (["report", "--format", "Markdown", "--period", "2024"], "# "),
    (["report", "--format", "csv", "--table", "Aktiviteter", "--period", "2024"], "Datum"),
    (["validate", "--format", "JSON"], '"valid": true'),
])
def test_every_code_option_takes_the_swedish_word(here: Path, args: list[str],
                                                  shown: str) -> None:
    code, out, err = _run(*args)
    assert (code, "pledge:" in err) == (0, False), err  # a dry run's heading is on stderr
    assert shown in out


@pytest.mark.parametrize(("args", "word"), [
    (["--cadence", "Kvartal"], "follow_up: quarter"),
    (["--cadence", "HALVÅR"], "follow_up: half-year"),
    (["--add-party", "Skolan:annan"], "kind: other"),
    (["--add-party", "Skolan:Övrig"], "kind: other"),
    (["--add-party", "Skolan:kommun"], "kind: kommun"),
])
def test_init_takes_the_swedish_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      args: list[str], word: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = _run("init", "--municipality", "Olofströms kommun", "--period", "2025",
                        *args)
    assert (code, err.count("pledge:")) == (0, 0)
    assert word in (tmp_path / "pledge.yaml").read_text(encoding="utf-8")


REFUSED = [
    (["outcome", "polis-mop", "--status", "x", "--reason", "R"],
     "pledge: okänt utfall 'x': välj uppfyllt, ej uppfyllt, förs vidare, avslutat i förtid, "
     "struket\n",
     "pledge: unknown outcome 'x': choose met, not_met, carried_forward, closed_early, "
     "dropped\n"),
    (["targets", "--format", "x"], "pledge: okänt format 'x': välj tabell, markdown\n",
     "pledge: unknown format 'x': choose table, markdown\n"),
    (["status", "--format", "xyz"],
     "pledge: okänt format 'xyz': välj tabell, markdown, json, csv, csv-maskin\n",
     "pledge: unknown format 'xyz': choose table, markdown, json, csv, csv-machine\n"),
    (["events", "--format", "xyz"],
     "pledge: okänt format 'xyz': välj tabell, markdown, json, csv, csv-maskin\n",
     "pledge: unknown format 'xyz': choose table, markdown, json, csv, csv-machine\n"),
    (["report", "--format", "pdf"],
     "pledge: okänt format 'pdf': välj webbsida, markdown, csv, excel\n",
     "pledge: unknown format 'pdf': choose html, md, csv, xlsx\n"),
    (["report", "--table", "x"],
     "pledge: okänd tabell 'x': välj löften, aktiviteter, indikatorer, mätningar\n",
     "pledge: unknown table 'x': choose commitments, activities, indicators, measurements\n"),
    (["validate", "--format", "x"], "pledge: okänt format 'x': välj text, json, github\n",
     "pledge: unknown format 'x': choose text, json, github\n"),
    (["status", "--group-by", "foo"],
     "pledge: --group-by: okänd gruppering 'foo': välj ägare, prioritering\n",
     "pledge: --group-by: unknown grouping 'foo': choose owner, priority\n"),
    (["status", "--by", "foo"],
     "pledge: --by: okänd gruppering 'foo': välj ägare, prioritering\n",
     "pledge: --by: unknown grouping 'foo': choose owner, priority\n"),
    (["log", "polis-mop", "--qualifier", "x"],
     "pledge: --qualifier: 'x' – välj exakt, ca, minst\n",
     "pledge: --qualifier: 'x' – choose exact, approx, at_least\n"),
    (["init", "--municipality", "M", "--period", "2025", "--force", "--cadence", "vecka"],
     "pledge: okänd uppföljningstakt 'vecka': välj tertial, kvartal, halvår, år\n",
     "pledge: unknown follow-up cadence 'vecka': choose tertial, quarter, half-year, year\n"),
    (["init", "--municipality", "M", "--period", "2025", "--force", "--add-party", "Skolan:x"],
     "pledge: 'Skolan:x' är ingen part: skriv NAMN eller NAMN:polis, NAMN:kommun, "
     "NAMN:annan\n",
     "pledge: 'Skolan:x' is not a party: give NAME or NAME:polis, NAME:kommun, "
     "NAME:other\n"),
]


@pytest.mark.parametrize(("args", "swedish", "english"), REFUSED)
def test_a_refusal_lists_the_words_of_the_run(here: Path, args: list[str], swedish: str,
                                              english: str) -> None:
    assert _run(*args) == (2, "", swedish)
    assert _run(*args, "--lang", "en") == (2, "", english)
    assert _run("--lang", "en", *args) == (2, "", english)


def _help(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`pledge ARGS` in a process of its own: the help language is chosen at start."""
    environment = {k: v for k, v in os.environ.items() if k not in ("PLEDGE_LANG", "LANG")}
    return subprocess.run([sys.executable, "-m", "medborgarlofte", *args], capture_output=True,
                          text=True, check=False, env={**environment, **(env or {})})


@pytest.mark.parametrize(("command", "swedish", "english"), [
    ("outcome", "uppfyllt|ej uppfyllt|förs", "met|not_met|carried_forward"),
    ("status", "tabell|markdown|json|csv|csv-maskin", "table|markdown|json|csv|csv-machine"),
    ("events", "tabell|markdown|json|csv|csv-maskin", "table|markdown|json|csv|csv-machine"),
    ("targets", "tabell|markdown", "table|markdown"),
    ("report", "webbsida|markdown|csv|excel", "html|md|csv|xlsx"),
    ("log", "exakt|ca|minst", "exact|approx|at_least"),
    ("init", "tertial|kvartal|halvår|år", "tertial|quarter|half-year|year"),
])
def test_the_help_shows_the_words_of_the_run(here: Path, command: str, swedish: str,
                                            english: str) -> None:
    wide = {"COLUMNS": "200"}
    sv, en = _help(command, "--help", env=wide).stdout, _help(command, "--lang", "en", "--help",
                                                               env=wide).stdout
    assert swedish in sv and english not in sv
    assert english in en and swedish not in en


QUOTED = re.compile(r"(?:t\.ex\.|e\.g\.)\s*((?:'[^']*'(?:,\s*|\s+eller\s+|\s+or\s+)?)+)")
EXAMPLE = re.compile(r"(?:Exempel|Example):\s*(?:\[bold\])?(pledge [^\[\n]*)")
NEEDS_MORE = {
    "site": "needs a directory of pledges", "import": "needs a CSV file",
    "git-setup": "needs a git repository", "resolve": "needs a merge in progress",
    "edit": "needs a ref of the file's own", "remove": "needs a ref of the file's own",
    "schema": "writes into .vscode",
}
"""Examples that need more than the example pledge; their options are tested elsewhere."""
WRITING = {"log", "measure", "undo", "extend", "outcome"}


def _examples() -> list[tuple[str, str, str]]:
    """(catalogue key, language, the example command line) of every help text."""
    found = []
    for key, texts in CATALOGUE.items():
        if not key.endswith("help"):
            continue
        for lang, text in zip(("sv", "en"), texts, strict=True):
            found += [(key, lang, m.group(1).strip()) for m in EXAMPLE.finditer(text)]
    return found


@pytest.mark.parametrize(("key", "lang", "line"), _examples())
def test_every_example_in_help_runs(here: Path, key: str, lang: str, line: str) -> None:
    words = shlex.split(line)[1:]
    command = words[0]
    if command in NEEDS_MORE or "--from-text" in words:
        pytest.skip(NEEDS_MORE.get(command, "needs a published text"))
    if command == "init":
        (here / "pledge.yaml").unlink()
    if command == "measure":
        words[1] = "grannsamverkansomraden"  # the example's indicator in the test pledge
    if command == "undo":  # something to take back
        assert _run("log", "polis-mop", "-n", "1", "-y")[0] == 0
    extra = ["--dry-run", "-y"] if command in WRITING else []
    code, _, err = _run(*words, *extra, "--lang", lang)
    assert (code, "pledge:" in err) == (0, False), (line, err)


def _quoted() -> list[tuple[str, str, str]]:
    """(catalogue key, language, value) of every value quoted after t.ex./e.g. in the help
    of an option of status, events or report."""
    found = []
    for key, texts in CATALOGUE.items():
        if not key.startswith(("status.opt.", "report.opt.", "init.opt.")):
            continue
        for lang, text in zip(("sv", "en"), texts, strict=True):
            for match in QUOTED.finditer(text):
                found += [(key, lang, v) for v in re.findall(r"'([^']*)'", match.group(1))]
    return found


OPTION_OF = {"status.opt.status": ["status", "--status"],
             "init.opt.municipality": ["init", "--period", "2025", "--municipality"],
             "init.opt.police_area": ["init", "--period", "2025", "--municipality", "M",
                                      "--police-area"]}


def test_quoted_examples_are_found() -> None:
    assert {key for key, _, _ in _quoted()} == set(OPTION_OF)


@pytest.mark.parametrize(("key", "lang", "value"), _quoted())
def test_every_value_quoted_in_help_works(here: Path, key: str, lang: str, value: str) -> None:
    if OPTION_OF[key][0] == "init":
        (here / "pledge.yaml").unlink()
    code, _, err = _run(*OPTION_OF[key], value, "--lang", lang)
    assert (code, err) == (0, ""), (key, value, err)


@pytest.mark.parametrize("given", ["EN", "en", "English", "engelska"])
def test_lang_takes_a_language_in_any_case_and_by_name(here: Path, given: str) -> None:
    assert _run("status", "--format", "x", "--lang", given)[2] == (
        "pledge: unknown format 'x': choose table, markdown, json, csv, csv-machine\n")
    assert "Usage:" in _help("--lang", given, "--help").stdout
    assert "Usage:" in _help("status", "--help", env={"PLEDGE_LANG": given}).stdout


@pytest.mark.parametrize("given", ["SV", "svenska", "Swedish"])
def test_swedish_by_name_too(here: Path, given: str) -> None:
    shown = _help("--lang", given, "--help", env={"LANG": "en_US.UTF-8"}).stdout
    assert "Användning:" in shown


@pytest.mark.parametrize("args", [
    ["--lang", "fr", "--help"], ["status", "--lang", "fr", "--help"], ["status", "--lang", "fr"],
    ["--lang=fr", "status"],
])
def test_an_unknown_lang_is_refused_alike_everywhere(here: Path, args: list[str]) -> None:
    ran = _help(*args)
    assert (ran.returncode, ran.stdout, ran.stderr) == (
        2, "", "pledge: okänt språk 'fr': välj sv eller en\n")


def test_an_unknown_pledge_lang_is_named_in_one_line(here: Path) -> None:
    ran = _help("status", "--format", "x", env={"PLEDGE_LANG": "fr"})
    assert (ran.returncode, ran.stderr) == (2, (
        "pledge: PLEDGE_LANG='fr' är inget språk (sv eller en); det används inte\n"
        "pledge: okänt format 'x': välj tabell, markdown, json, csv, csv-maskin\n"))
    assert _help("status", env={"PLEDGE_LANG": "fr"}).stderr == (
        "pledge: PLEDGE_LANG='fr' är inget språk (sv eller en); det används inte\n")


DAY_OPTIONS = [
    ["log", "polis-mop", "--date", "{day}", "--dry-run", "-y"],
    ["log", "polis-mop", "--date", "2024-12-01", "--until", "{day}", "--dry-run", "-y"],
    ["measure", "grannsamverkansomraden", "5", "--date", "{day}", "--dry-run"],
    ["outcome", "polis-mop", "--status", "uppfyllt", "--reason", "R", "--date", "{day}",
     "--dry-run"],
    ["edit", "{ref}", "--date", "{day}", "--dry-run"],
    ["edit", "{ref}", "--until", "{day}", "--dry-run"],
    ["status", "--as-of", "{day}"],
    ["events", "--from", "{day}"], ["events", "--to", "{day}"], ["events", "--as-of", "{day}"],
    ["report", "--from", "2024-12-01", "--to", "{day}", "--format", "md"],
    ["report", "--from", "{day}", "--format", "md"],
    ["changes", "--since", "{day}"], ["changes", "--since", "2024-12-01", "--to", "{day}"],
    ["extend", "--to", "2025-06-30", "--decided", "{day}", "--dry-run"],
    ["extend", "--to", "{day}", "--dry-run"],  # on a day after the pledge's end
    ["site", "pledge.yaml", "-o", "public", "--updated", "{day}"],
]
"""Every date option of every command (a test checks that none is left out)."""


def test_every_date_option_is_listed() -> None:
    import typer

    listed = {(args[0], args[i - 1]) for args in DAY_OPTIONS for i, a in enumerate(args)
              if a == "{day}"}
    group = typer.main.get_command(app)
    declared = {(name, param.opts[0]) for name, command in group.commands.items()  # type: ignore[attr-defined]
                for param in command.params
                if param.metavar in ("DATE", "YYYY-MM-DD") and param.opts[0].startswith("--")}
    assert declared and declared <= listed, declared - listed


@pytest.mark.parametrize("day", ["idag", "igår", "today", "Yesterday"])
@pytest.mark.parametrize("args", DAY_OPTIONS, ids=lambda a: " ".join(a[:3]))
def test_every_date_option_takes_idag_and_igar(here: Path, args: list[str], day: str,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    ref = ""
    if args[:3] == ["extend", "--to", "{day}"]:
        monkeypatch.setenv("PLEDGE_TODAY", "2025-02-03")
    if "{ref}" in args:
        assert _run("log", "polis-mop", "-n", "1", "--date", "2024-12-01", "-y")[0] == 0
        import json

        ref = json.loads(_run("events", "--format", "json")[1])["pledges"][0]["events"][0]["ref"]
    given = [a.replace("{day}", day).replace("{ref}", ref) for a in args]
    code, _, err = _run(*given)
    assert (code, "pledge:" in err) == (0, False), err


WRITING_COMMANDS = [
    ["log", "polis-mop"], ["measure", "grannsamverkansomraden", "5"], ["import", "a.csv"],
    ["undo"], ["extend", "--to", "2025-06-30"], ["edit", "abcd", "--count", "2"],
    ["remove", "abcd"], ["outcome", "polis-mop", "--status", "uppfyllt", "--reason", "R"],
]


@pytest.mark.parametrize("args", WRITING_COMMANDS, ids=lambda a: a[0])
def test_a_writing_command_says_standard_input_cannot_be_written(here: Path,
                                                                 args: list[str]) -> None:
    assert _run(*args, "-f", "-") == (2, "", (
        "pledge: -f -: standardinmatningen kan bara läsas (status, events, report, validate …),"
        " inte skrivas; ange löftesfilen, t.ex. -f pledge.yaml\n"))


@pytest.mark.parametrize("args", [
    ["log", "polis-mop", "-y"], ["measure", "grannsamverkansomraden", "5"],
    ["extend", "--to", "2025-06-30"], ["outcome", "polis-mop", "--status", "uppfyllt",
                                       "--reason", "R"],
], ids=lambda a: a[0])
def test_every_dry_run_says_one_phrase(here: Path, args: list[str]) -> None:
    code, _, err = _run(*args, "--dry-run")
    assert code == 0 and err.startswith("pledge.yaml: provkörning, inget skrivet; "), err


def test_edit_remove_and_undo_dry_runs_say_it_too(here: Path) -> None:
    import json

    assert _run("log", "polis-mop", "-n", "1", "-y")[0] == 0
    ref = json.loads(_run("events", "--format", "json")[1])["pledges"][0]["events"][0]["ref"]
    for args in (["edit", ref, "--count", "2"], ["remove", ref], ["undo", "-y"]):
        code, _, err = _run(*args, "--dry-run")
        assert code == 0 and err.startswith("pledge.yaml: provkörning, inget skrivet; "), err


def test_nothing_to_undo_names_every_command_it_takes_back(here: Path) -> None:
    assert _run("undo") == (1, "", (
        "pledge: inget att ångra: ingen ändring med pledge log, import, measure, edit, remove, "
        "outcome eller extend finns noterad för filen (eller så är den redan ångrad)\n"))


def test_response_hours_in_swedish(here: Path) -> None:
    code, out, _ = _run("log", "polis-mop", "--response-hours", "4,5", "--dry-run", "-y")
    assert code == 0 and "response_hours: 4.5" in out
    assert _run("log", "polis-mop", "--response-hours", "abc", "-y")[2] == (
        "pledge: ogiltig svarstid 'abc': skriv antal timmar, t.ex. 4,5\n")


def test_required_arguments_are_plain_in_every_usage_line(here: Path) -> None:
    import typer

    for name in typer.main.get_command(app).commands:  # type: ignore[attr-defined]
        usage = _help(name, "--help", env={"COLUMNS": "200"}).stdout.strip().splitlines()[0]
        assert "{" not in usage and "}" not in usage, usage
    shown = _help("merge-file", "--help", env={"COLUMNS": "200"}).stdout
    assert "pledge merge-file [FLAGGOR] BAS VÅR DERAS [NAMN]" in shown
    assert "resultatet skrivs till VÅR." in shown and "OURS" not in shown


def test_ctrl_c_at_an_init_prompt_is_the_shared_interrupted_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import typer

    from medborgarlofte.cli import init
    from medborgarlofte.cli.app import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(init, "interactive", lambda: True)

    def interrupted(*args: object, **kwargs: object) -> str:
        raise typer.Abort  # what Click's prompt raises on Ctrl-C

    monkeypatch.setattr("typer.prompt", interrupted)
    monkeypatch.setattr(sys, "argv", ["pledge", "init"])
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "\npledge: avbrutet – inget skrevs\n"
    assert not (tmp_path / "pledge.yaml").exists()


EVERY_KIND = Path(__file__).parent.parent / "fixtures" / "status" / "every-kind.yaml"


def _rows(text: str, delimiter: str) -> list[dict[str, str]]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))


def test_a_people_csv_shows_words_and_the_machine_csv_codes() -> None:
    given = ["status", str(EVERY_KIND), "--as-of", "2024-07-01", "--format"]
    people = {r["Id"]: r for r in _rows(_run(*given, "csv")[1], ";")}
    row = people["trafikkontroller"]
    assert (row["Typ"], row["Ägargrupp"], row["Genomfört ca/minst"], row["Måltyp"],
            row["Beräknad status"]) == ("antal", "Polisen", "ca", "minst", "efter plan")
    assert (people["mopedinsatser"]["Genomfört ca/minst"], people["narvaro-centrum"]["Per"]) == (
        "", "månad")
    machine = {r["id"]: r for r in _rows(_run(*given, "csv-machine")[1], ",")}
    row = machine["trafikkontroller"]
    assert (row["kind"], row["owner_group"], row["done_qualifier"], row["goal_qualifier"],
            row["computed_status"]) == ("count", "police", "approx", "at_least", "behind")
    english = {r["Id"]: r for r in _rows(_run(*given, "csv", "--lang", "en")[1], ";")}
    assert english["trafikkontroller"]["Goal qualifier"] == "at least"


def test_every_people_csv_has_at_most_two_decimals() -> None:
    texts = [_run("status", str(EVERY_KIND), "--as-of", "2024-07-01", "--format", "csv")[1],
             _run("events", str(EVERY_KIND), "--format", "csv")[1],
             *(_run("report", "-f", str(EVERY_KIND), "--period", "2024", "--format", "csv",
                    "--table", table)[1]
               for table in ("löften", "aktiviteter", "indikatorer", "mätningar"))]
    cells = [cell for text in texts for row in _rows(text, ";") for cell in row.values()]
    assert any(re.fullmatch(r"\d+,\d{1,2}", c) for c in cells)
    assert not [c for c in cells if re.fullmatch(r"-?\d+,\d{3,}", c or "")]


def test_done_by_means_the_same_in_events_and_the_report() -> None:
    events = _rows(_run("events", str(EVERY_KIND), "--format", "csv")[1], ";")
    report = _rows(_run("report", "-f", str(EVERY_KIND), "--period", "2024", "--format", "csv",
                        "--table", "aktiviteter")[1], ";")
    first = [r for r in events if r["Datum"] == "2024-01-10"]  # no `by:`: the owners did it
    assert [r["Utfört av"] for r in first] == ["polisen"]
    assert [r["Utfört av"] for r in report if r["Datum"] == "2024-01-10"] == ["Polisen"]
    assert all(r["Utfört av"] for r in events) and all(r["Utfört av"] for r in report)


def test_events_are_numbered_from_1_as_validate_numbers_them() -> None:
    import json

    events = _rows(_run("events", str(EVERY_KIND), "--format", "csv")[1], ";")
    assert [r["Nr"] for r in events if r["Datum"] == "2024-01-10"] == ["1"]
    document = json.loads(_run("events", str(EVERY_KIND), "--format", "json")[1])
    numbers = sorted(e["index"] for p in document["pledges"] for e in p["events"])
    assert numbers[0] == 1
