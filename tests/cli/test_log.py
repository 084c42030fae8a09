"""`pledge log`: targets by id, prefix or word; dates; every field; interactive mode; output."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.cli import writing
from tests.conftest import MINIMAL
from tests.conftest import OLOFSTROM as OLOFSTROM_FILE

Run = Callable[..., Any]
OLOFSTROM = OLOFSTROM_FILE.read_text(encoding="utf-8")
EVENTS_LINE = "events: []\n"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def olofstrom(tmp_path: Path) -> Path:
    path = tmp_path / "pledge.yaml"
    path.write_text(OLOFSTROM, encoding="utf-8")
    return path


def _added(path: Path) -> str:
    """The text after the `events:` line of the Olofström pledge (it is the last section)."""
    text = path.read_text(encoding="utf-8")
    assert text.startswith(OLOFSTROM[: OLOFSTROM.index(EVENTS_LINE)])
    return text[OLOFSTROM.index(EVENTS_LINE):]


def test_log_by_id_writes_and_prints_progress(run: Run, olofstrom: Path) -> None:
    result = run("log", "polis-mopedinsatser", "--date", "2024-03-12",
                 "--place", "Olofström centrum")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("pledge.yaml: aktiviteten tillagd på rad 123\n"
                             "polis-mopedinsatser 0/4 → 1/4, ej uppfyllt\n")
    assert _added(olofstrom) == ("events:\n  - date: 2024-03-12\n    target: polis-mopedinsatser\n"
                                 "    count: 1\n    place: Olofström centrum\n")


@pytest.mark.parametrize(("word", "target"), [
    ("polis-moped", "polis-mopedinsatser"),
    ("grannsamverkan", "grannsamverkansutbildning"),
    ("GRANNSAMVERKANSUTB", "grannsamverkansutbildning"),
    ("föräldra", "kommun-foraldraforelasning"),
    ("Näringsidkare", "naringsidkare-samverkan"),
    ("bedrägerier", "bedrageriutbildning"),
])
def test_target_by_prefix_or_word(run: Run, olofstrom: Path, word: str, target: str) -> None:
    result = run("log", word, "--date", "2024-05-02")
    assert result.exit_code == 0, result.stderr
    assert f"    target: {target}\n" in _added(olofstrom)


def test_unknown_target_lists_candidates(run: Run, olofstrom: Path) -> None:
    result = run("log", "polis-mopd")
    assert result.exit_code == 2
    assert result.stderr == (
        "pledge: inget löfte heter eller innehåller 'polis-mopd'; menade du:\n"
        "  polis-mopedinsatser                  4 st riktade insatser kopplat till A-traktorer "
        "och mopeder.\n"
    )
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


def test_target_nothing_resembles_lists_all(run: Run, olofstrom: Path) -> None:
    result = run("log", "xyz")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert lines[0] == "pledge: inget löfte heter eller innehåller 'xyz'; välj bland:"
    assert [line.split()[0] for line in lines[1:]] == [
        "polis-mopedinsatser", "polis-grannsamverkanskampanjer", "polis-narkotikainsatser",
        "kommun-foraldraforelasning", "kommun-kompetenshojning-narkotika",
        "kommun-grannsamverkan-kommunikation", "kommun-motorintresserade-unga",
        "grannsamverkansutbildning", "bedrageriutbildning", "naringsidkare-samverkan"]


def test_ambiguous_target_lists_the_matches(run: Run, olofstrom: Path) -> None:
    result = run("log", "polis", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "pledge: 'polis' fits several – type more of the id:",
        "  polis-mopedinsatser                  4 st riktade insatser kopplat till A-traktorer "
        "och mopeder.",
        "  polis-grannsamverkanskampanjer       4 st riktade kampanjer för att sprida information "
        "om granns…",
        "  polis-narkotikainsatser              5 st riktade insatser mot de personer och platser "
        "där det e…",
    ]


@pytest.mark.parametrize(("word", "day"), [
    ("2024-06-01", "2024-06-01"), ("idag", "2024-12-31"), ("today", "2024-12-31"),
    ("igår", "2024-12-30"), ("yesterday", "2024-12-30"), ("I går", "2024-12-30"),
])
def test_date_words(run: Run, olofstrom: Path, word: str, day: str) -> None:
    assert run("log", "polis-moped", "--date", word).exit_code == 0
    assert f"  - date: {day}\n" in _added(olofstrom)


def test_date_defaults_to_today(run: Run, olofstrom: Path) -> None:
    assert run("log", "polis-moped").exit_code == 0
    assert "  - date: 2024-12-31\n" in _added(olofstrom)


@pytest.mark.parametrize(("args", "message"), [
    (["--date", "2024-13-01"],
     "pledge: --date: '2024-13-01' är inget datum – skriv ÅÅÅÅ-MM-DD, idag eller igår\n"),
    (["--until", "imorgon"],
     "pledge: --until: 'imorgon' är inget datum – skriv ÅÅÅÅ-MM-DD, idag eller igår\n"),
    (["--count", "0"], "pledge: --count: '0' är inget heltal ≥ 1\n"),
    (["--participants", "många"], "pledge: --participants: 'många' är inget heltal ≥ 0\n"),
    (["--qualifier", "typ"],
     "pledge: --qualifier: 'typ' – välj exakt, ca, minst\n"),
])
def test_bad_option_values(run: Run, olofstrom: Path, args: list[str], message: str) -> None:
    result = run("log", "polis-moped", *args)
    assert (result.exit_code, result.stderr) == (2, message)
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


def test_every_field_and_several_targets(run: Run, olofstrom: Path) -> None:
    result = run("log", "polis-moped", "bedrag", "-d", "2024-12-01", "--until", "2024-12-30",
                 "-n", "30", "--qualifier", "ca", "--by", "polisen,kommunen",
                 "--participants", "40", "-p", "Skolan", "-m", "Hej: 'du' #1",
                 "-r", "https://example.org/x")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "polis-mopedinsatser 0/4 → ca 30/4, ej uppfyllt → uppfyllt",
        "bedrageriutbildning 0/2 → ca 30/2, ej uppfyllt → uppfyllt"]
    assert _added(olofstrom) == """\
events:
  - date: 2024-12-01
    until: 2024-12-30
    target: [polis-mopedinsatser, bedrageriutbildning]
    count: 30
    qualifier: approx
    by: [polisen, kommunen]
    participants: 40
    place: Skolan
    note: "Hej: 'du' #1"
    reference: https://example.org/x
"""


def test_done_completes_a_milestone(run: Run, olofstrom: Path) -> None:
    result = run("log", "kompetens", "--done", "-d", "2024-10-01")
    assert result.exit_code == 0, result.stderr
    line = result.stdout.splitlines()[1]
    assert line == ("kommun-kompetenshojning-narkotika 0 aktiviteter → 1 aktivitet · "
                    "klart 2024-10-01, ej klart → klart")
    assert _added(olofstrom).endswith("    count: 1\n    done: true\n")


def test_dry_run_prints_the_exact_text_and_writes_nothing(run: Run, olofstrom: Path) -> None:
    result = run("log", "polis-moped", "--note", "no", "--dry-run")
    assert result.exit_code == 0
    assert result.stdout == ("  - date: 2024-12-31\n    target: polis-mopedinsatser\n"
                             "    count: 1\n    note: \"no\"\n")
    assert result.stderr == ("pledge.yaml: provkörning, inget skrivet; detta skulle läggas till "
                             "på rad 123:\n")
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


def test_no_target_without_a_terminal_is_a_usage_error(run: Run, olofstrom: Path) -> None:
    result = run("log", input="1\n")
    assert result.exit_code == 2
    assert result.stderr == (
        "pledge: ange vilket löfte aktiviteten gäller: pledge log LÖFTE (utan LÖFTE frågar "
        "kommandot, men bara i en terminal)\n")
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writing, "stdin_is_terminal", lambda: True)


def test_interactive_lists_asks_previews_and_saves(run: Run, olofstrom: Path,
                                                   terminal: None) -> None:
    result = run("log", input="x\n8\nigår\n2\nRåslätt\nEn träff: bra\n\n")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Löften och läget idag:"
    assert lines[1] == ("  1. polis-mopedinsatser                  0/4          ✖ ej uppfyllt")
    assert lines[2] == "     4 st riktade insatser kopplat till A-traktorer och mopeder."
    assert "  8. grannsamverkansutbildning            0/4          ✖ ej uppfyllt" in lines
    assert "'x' är inget av löftena ovan – ange numret eller id:t" in result.stderr
    assert lines[-2:] == ["pledge.yaml: aktiviteten tillagd på rad 123",
                          "grannsamverkansutbildning 0/4 → 2/4, ej uppfyllt"]
    assert "pledge.yaml: detta läggs till på rad 123:" in result.stderr
    assert _added(olofstrom) == ("events:\n  - date: 2024-12-30\n"
                                 "    target: grannsamverkansutbildning\n    count: 2\n"
                                 "    place: Råslätt\n    note: \"En träff: bra\"\n")


def test_interactive_bad_date_is_asked_again_and_no_saves_nothing(
        run: Run, olofstrom: Path, terminal: None) -> None:
    result = run("log", "--place", "Holje", input="polis-moped\n2024-02-30\n\n\n\n\nn\n")
    assert result.exit_code == 1
    assert "'2024-02-30' är inget datum" in result.stderr
    assert "    place: Holje\n" in result.stdout  # the option is the prompt's default
    assert result.stderr.endswith("pledge: avbrutet – inget skrevs\n")
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


def test_interactive_milestone_asks_if_done(run: Run, olofstrom: Path, terminal: None) -> None:
    result = run("log", input="5\n\n\n\n\ny\ny\n")
    assert result.exit_code == 0, result.stderr
    assert _added(olofstrom).endswith("    done: true\n")


def test_interactive_end_of_input_writes_nothing(run: Run, olofstrom: Path,
                                                terminal: None) -> None:
    result = run("log", input="1\n")
    assert result.exit_code == 130  # as Ctrl-C: 128 + SIGINT
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


def test_invalid_file_shows_problems_and_writes_nothing(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pledge.yaml"
    broken = MINIMAL.replace("events: []\n", "events:\n  - {date: 2024-05-10, taget: x}\n")
    path.write_text(broken, encoding="utf-8")
    result = run("log", "polis-moped")
    assert result.exit_code == 1
    assert result.stderr.startswith("pledge.yaml:15:24: E202 events[1].taget: okänd nyckel")
    assert path.read_text(encoding="utf-8") == broken


def test_event_the_checks_refuse_is_not_written(run: Run, olofstrom: Path) -> None:
    result = run("log", "polis-moped", "--date", "2023-12-01", "--by", "brandkaren")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "pledge: inget skrevs: med detta tillägg skulle filen få fel:",
        "  E305 events[1].date: aktiviteten 2023-12-01 ligger före löftets början 2024-01-01",
        "  E302 events[1].by: okänd part 'brandkaren' – kända: polisen, kommunen",
    ]
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


def test_warning_is_shown_and_event_written(run: Run, olofstrom: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLEDGE_TODAY", "2025-01-10")
    result = run("log", "polis-moped")
    assert result.exit_code == 0
    assert result.stderr.startswith("pledge: varning: W307 events[1].date:")
    assert "  - date: 2025-01-10\n" in _added(olofstrom)


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def repository(tmp_path: Path, olofstrom: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for key, value in {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
                       "GIT_COMMITTER_NAME": "Test",
                       "GIT_COMMITTER_EMAIL": "test@example.org"}.items():
        monkeypatch.setenv(key, value)
    _git(tmp_path, "init", "-q")
    (tmp_path / "other.txt").write_text("staged\n", encoding="utf-8")
    _git(tmp_path, "add", "other.txt")
    return tmp_path


def test_commit_commits_just_the_pledge(run: Run, repository: Path) -> None:
    result = run("log", "polis-moped", "--date", "2024-03-12", "--commit")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1].endswith(
        ": Logga aktivitet: polis-mopedinsatser 2024-03-12 (antal 1)")
    assert _git(repository, "log", "--format=%s").splitlines() == [
        "Logga aktivitet: polis-mopedinsatser 2024-03-12 (antal 1)"]
    assert _git(repository, "show", "--name-only", "--format=").split() == ["pledge.yaml"]
    assert _git(repository, "status", "--porcelain").splitlines() == ["A  other.txt"]
    assert not (repository / ".pledge.yaml.lock").exists()  # the lock is in .git/pledge/
    assert [p.suffix for p in sorted((repository / ".git/pledge").iterdir())] == [
        ".lock", ".json"]


def test_commit_outside_git_writes_nothing(run: Run, olofstrom: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(olofstrom.parent.parent))
    result = run("log", "polis-moped", "--commit", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == ("pledge: --commit: pledge.yaml is not inside a git repository "
                             "(or git is missing); nothing written\n")
    assert olofstrom.read_text(encoding="utf-8") == OLOFSTROM


def test_lang_en_and_file_option(run: Run, olofstrom: Path, tmp_path: Path) -> None:
    os.chdir(tmp_path.parent)
    result = run("log", "polis-moped", "-f", str(olofstrom), "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout == (f"{olofstrom}: activity added at line 123\n"
                             "polis-mopedinsatser 0/4 → 1/4, not fulfilled\n")


def _pledge_process(args: list[str], stdin: Any, cwd: Path) -> subprocess.Popen[str]:
    import sys

    env = {**os.environ, "PLEDGE_TODAY": "2024-12-31", "NO_COLOR": "1"}
    return subprocess.Popen([sys.executable, "-m", "medborgarlofte", *args], cwd=cwd,
                            stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def test_in_a_real_terminal_it_asks(olofstrom: Path) -> None:
    controller, terminal_end = os.openpty()
    process = _pledge_process(["log"], terminal_end, olofstrom.parent)
    os.close(terminal_end)
    os.write(controller, b"polis-moped\n2024-04-01\n3\n\n\nj\n")  # Swedish 'ja'
    out, err = process.communicate(timeout=60)
    os.close(controller)
    assert process.returncode == 0, err
    assert out.endswith("Spara? [J/n]: pledge.yaml: aktiviteten tillagd på rad 123\n"
                        "polis-mopedinsatser 0/4 → 3/4, ej uppfyllt\n")
    assert _added(olofstrom) == ("events:\n  - date: 2024-04-01\n"
                                 "    target: polis-mopedinsatser\n    count: 3\n")


def test_without_a_terminal_it_never_waits(olofstrom: Path) -> None:
    process = _pledge_process(["log"], subprocess.PIPE, olofstrom.parent)
    assert process.wait(timeout=60) == 2  # stdin stays open: a prompt would hang here
    assert process.stderr is not None and process.stdin is not None
    assert process.stderr.read().startswith("pledge: ange vilket löfte aktiviteten gäller")
    process.stdin.close()
    process.stderr.close()
    if process.stdout:
        process.stdout.close()


def test_logging_an_identical_activity_warns(run: Run, olofstrom: Path) -> None:
    args = ("log", "polis-moped", "--date", "2024-03-12", "--place", "Torget")
    assert run(*args).stderr == ""
    again = run(*args)
    assert again.exit_code == 0
    assert again.stderr == (
        "pledge: varning: en likadan aktivitet finns redan i filen (samma dag, löften, antal, "
        "plats och anteckning); den läggs till en gång till – ta bort den med pledge undo om "
        "det var fel\n")
    assert run(*args[:-1], "Annan").stderr == ""


def test_interactive_date_outside_the_period_or_in_the_future_is_asked_again(
        run: Run, olofstrom: Path, terminal: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLEDGE_TODAY", "2025-03-01")  # past the period and its grace
    result = run("log", input="polis-mopedinsatsr\npolis-moped\n2025-02-28\n2025-03-02\n\n\n\n\n\n")
    assert result.exit_code == 0, result.stderr
    assert ("'polis-mopedinsatsr' är inget av löftena ovan – menade du polis-mopedinsatser, "
            "polis-narkotikainsatser? Ange numret eller id:t\n") in result.stderr
    assert ("'2025-02-28' ligger utanför löftets period 2024-01-01–2024-12-31 (med 31 dagars "
            "marginal efter slutet)\n") in result.stderr
    assert "'2025-03-02' ligger i framtiden (idag är 2025-03-01) – logga det som är gjort\n" \
        in result.stderr
    assert "Datum (ÅÅÅÅ-MM-DD, idag, igår) [2024-12-31]: " in result.stdout
    assert _added(olofstrom).startswith("events:\n  - date: 2024-12-31\n")


def test_interactive_note_with_a_personal_identity_number_is_asked_again(
        run: Run, olofstrom: Path, terminal: None) -> None:
    result = run("log", input="1\n2024-03-12\n\n\nRing 19121212-1212\nKontroll\n\n")
    assert result.exit_code == 0, result.stderr
    assert ("det ser ut som ett personnummer (191212**-****); filen publiceras – skriv utan "
            "personuppgifter\n") in result.stderr
    assert "19121212" not in olofstrom.read_text(encoding="utf-8")
    assert _added(olofstrom).endswith("    note: Kontroll\n")


@pytest.mark.parametrize("command", [
    ["log", "polis-mopedinsatser", "--note", "x"],
    ["measure", "grannsamverkansomraden", "3"],
])
def test_an_empty_date_is_no_date_not_today(run: Run, olofstrom: Path,
                                            command: list[str]) -> None:
    before = olofstrom.read_bytes()
    result = run(*command, "-f", str(olofstrom), "--date", "")
    assert result.exit_code == 2
    assert result.stderr == ("pledge: --date: '' är inget datum – skriv ÅÅÅÅ-MM-DD, idag "
                             "eller igår\n")
    assert olofstrom.read_bytes() == before
