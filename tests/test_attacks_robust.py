"""Attacks that used to end in a traceback or a wrong answer (docs/security.md): extreme
dates, long names, undecodable arguments, a deleted working directory, stray quotes in an
import, libyaml's English, CR-only files, directory entries that are not pledges, CI in UTC,
and the memory of `undo`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL

Run = Callable[..., Any]
FAR = "datumet 9999-12-31 ligger utanför 1900-01-01 – 2999-12-31; skriv det riktiga datumet"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _cli(args: list[str | bytes], cwd: Path | str, **env: str
         ) -> subprocess.CompletedProcess[bytes]:
    code = "from medborgarlofte.cli.app import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                          env={**os.environ, "PLEDGE_TODAY": "2024-12-31", **env}, cwd=cwd,
                          check=False)


EVERY_COMMAND = [["validate"], ["status"], ["events"], ["report", "--format", "md"],
                 ["log", "polis-moped", "--date", "2024-03-12"], ["undo", "--yes"],
                 ["measure", "x", "1"], ["import", "in.csv"], ["extend", "--to", "2025-06-30"],
                 ["renew"]]


@pytest.mark.parametrize("where", ["end", "extension", "quoted-end", "event"])
@pytest.mark.parametrize("command", EVERY_COMMAND, ids=lambda c: c[0])
def test_a_date_of_9999_12_31_is_an_error_in_every_command(run: Run, tmp_path: Path,
                                                           where: str,
                                                           command: list[str]) -> None:
    text = {
        "end": MINIMAL.replace("end: 2024-12-31}", "end: 9999-12-31}"),
        "quoted-end": MINIMAL.replace("end: 2024-12-31}", 'end: "9999-12-31"}'),
        "extension": MINIMAL.replace("end: 2024-12-31}", "end: 2024-12-31}\n"
                                     "  extensions: [{to: 9999-12-31}]"),
        "event": MINIMAL.replace("events: []", "events:\n  - date: 9999-12-31\n"
                                 "    target: polis-mopedinsatser"),
    }[where]
    (tmp_path / "pledge.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "in.csv").write_text("datum,löfte\n2024-03-12,polis-moped\n", encoding="utf-8")
    result = run(*command)
    assert result.exit_code == 1
    assert f"E126 {FAR}" in (result.stdout + result.stderr).replace(
        "pledge.period.end: ", "").replace("pledge.extensions[1].to: ", "").replace(
        "events[1].date: ", "")


@pytest.mark.parametrize("args", [["log", "polis-moped", "--date", "9999-12-31"],
                                  ["extend", "--to", "9999-12-31"],
                                  ["report", "--period", "9999"], ["report", "--period", "9999-T3"],
                                  ["events", "--to", "9999-12-31"],
                                  ["renew", "--period", "9999"],
                                  ["status", "--as-of", "0001-01-01"]])
def test_an_extreme_date_on_the_command_line_is_a_message(run: Run, tmp_path: Path,
                                                          args: list[str]) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run(*args)
    assert result.exit_code in (1, 2)
    assert result.stderr.startswith("pledge: ")


def test_pinned_today_out_of_range_is_a_message(run: Run, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    monkeypatch.setenv("PLEDGE_TODAY", "9999-12-31")
    result = run("status")
    assert (result.exit_code, result.stderr) == (
        2, "pledge: PLEDGE_TODAY='9999-12-31' är inget datum (ÅÅÅÅ-MM-DD)\n")


LONG = "a" * 300


@pytest.mark.parametrize("args", [["status", f"{LONG}.yaml"], ["events", f"{LONG}.yaml"],
                                  ["renew", "-o", f"{LONG}.yaml"], ["init", f"{LONG}.yaml",
                                  "--municipality", "X", "--period", "2025"],
                                  ["report", "-o", f"{LONG}.md"],
                                  ["import", f"{LONG}.csv"], ["validate", f"{LONG}.yaml"]])
def test_a_name_of_300_characters_is_a_message(run: Run, tmp_path: Path,
                                               args: list[str]) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    result = run(*args)
    assert result.exit_code == 2
    assert "namnet är för långt" in result.stderr


@pytest.mark.parametrize("args", [[b"status", b"\xe5.yaml"], [b"log", b"\xe5"],
                                  [b"log", b"polis-moped", b"--note", b"caf\xe9"],
                                  [b"status", b"--party", b"\xe5"],
                                  [b"log", b"polis-moped", b"--date", b"\xe5"]])
def test_latin_1_bytes_in_arguments_are_messages(tmp_path: Path, args: list[bytes]) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    done = _cli(list(args), tmp_path)
    assert b"Traceback" not in done.stderr
    assert done.returncode in (1, 2)
    assert done.stderr.startswith(b"pledge: ")
    shown = done.stderr.decode("utf-8")  # what was shown is text, the byte replaced
    assert "\\udc" not in shown and "ett fel i pledge" not in shown


def test_a_deleted_working_directory_is_a_message(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    code = ("import os, sys; os.chdir(sys.argv[1]); os.rmdir(sys.argv[1]); "
            "sys.argv = ['pledge', 'status']; "
            "from medborgarlofte.cli.app import main; main()")
    done = subprocess.run([sys.executable, "-c", code, str(gone)], capture_output=True,
                          text=True, check=False)
    assert (done.returncode, done.stderr) == (2, (
        "pledge: arbetskatalogen finns inte längre (borttagen?); byt katalog och försök "
        "igen\n"))


# --- import ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("body", "message"), [
    ('2024-03-12,polis-moped,"Kontroll vid skolan\n2024-03-13,polis-moped,Kontroll igen\n',
     "in.csv: rad 2: ett citattecken (\") öppnas men stängs inte där det ska"),
    ('2024-03-12,polis-moped,"Kontroll vid skolan\n2024-03-13,polis-moped,"Igen"\n',
     "in.csv: rad 2: ett citattecken (\") öppnas men stängs inte där det ska"),
    ('2024-03-12,polis-moped,ok\n2024-03-13,polis-moped,"' + "x" * 140_000 + "\n",
     "in.csv: rad 3: ett fält är längre än 131072 tecken"),
])
def test_an_unbalanced_quote_is_an_error_at_its_row(run: Run, tmp_path: Path, body: str,
                                                    message: str) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "in.csv").write_text("datum,löfte,anteckning\n" + body, encoding="utf-8")
    result = run("import", "in.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "pledge: in.csv: inget importerades – 1 fel:"
    assert result.stderr.splitlines()[1].startswith(message)
    assert (tmp_path / "pledge.yaml").read_text(encoding="utf-8") == MINIMAL


def test_a_quoted_note_over_lines_still_imports(run: Run, tmp_path: Path) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    (tmp_path / "in.csv").write_text('datum,löfte,anteckning\n2024-03-12,polis-moped,"Rad ett\n'
                                     'rad två"\n2024-03-13,polis-moped,"ok"\n', encoding="utf-8")
    result = run("import", "in.csv")
    assert result.exit_code == 0, result.stderr
    assert 'note: "Rad ett\\nrad två"' in (tmp_path / "pledge.yaml").read_text(encoding="utf-8")


# --- messages in Swedish ------------------------------------------------------------------


@pytest.mark.parametrize(("text", "detail"), [
    ('a: "\\x"\n', "en ogiltig \\x-, \\u- eller \\U-kod inom dubbla citattecken; använd "
     "enkla citattecken"),
    ('a: "x\n---\n"\n', "'---' eller '...' mitt i en text inom citattecken; stäng citatet före"),
    ("a: !<> x\n", "ett felaktigt !-märke, &-ankare eller *-alias; sätt värdet inom "
     "citattecken"),
    ("a: |0\n x\n", "ett felaktigt | eller > (indragsangivelsen 0 eller text efter tecknet)"),
    ("a: &\n", "ett felaktigt !-märke, &-ankare eller *-alias; sätt värdet inom citattecken"),
])
def test_libyaml_errors_are_said_in_swedish(run: Run, tmp_path: Path, text: str,
                                            detail: str) -> None:
    (tmp_path / "y.yaml").write_text(text, encoding="utf-8")
    result = run("validate", "y.yaml")
    assert result.exit_code == 1
    assert f"E109 YAML-syntaxfel: {detail}" in result.stdout


def test_a_missing_argument_is_said_in_swedish(tmp_path: Path) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    done = _cli(["import"], tmp_path)
    assert done.stderr.decode() == ("pledge: FIL.csv saknas\n"
                                    "Prova 'pledge import -h' för hjälp.\n")


# --- CR-only files ------------------------------------------------------------------------

CR_PLEDGE = MINIMAL.replace("events: []\n", "indicators:\n  - id: ind\n    text: Otrygghet\n"
                            "    direction: decrease\nevents: []\n").replace("\n", "\r")


@pytest.mark.parametrize(("args", "added"), [
    (["log", "polis-moped", "--date", "2024-03-12"],
     "events:\r  - date: 2024-03-12\r    target: polis-mopedinsatser\r    count: 1\r"),
    (["measure", "ind", "3", "--date", "2024-03-12"], "      - date: 2024-03-12\r"),
    (["extend", "--to", "2025-03-01"], "2025-03-01"),
])
def test_cr_only_line_ends_are_kept(run: Run, tmp_path: Path, args: list[str],
                                    added: str) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_bytes(CR_PLEDGE.encode("utf-8"))
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    data = path.read_bytes()
    assert b"\n" not in data
    assert added.encode("utf-8") in data
    assert run("undo", "--yes").exit_code == 0
    assert path.read_bytes() == CR_PLEDGE.encode("utf-8")


# --- a directory roll-up ------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="links and FIFOs")
def test_a_roll_up_names_what_it_skipped(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "alla"
    folder.mkdir()
    for name in ("a.yaml", "b.yaml"):
        (folder / name).write_text(MINIMAL, encoding="utf-8")
    (folder / "c.yaml").symlink_to("nowhere.yaml")
    (folder / "d.yaml").symlink_to("d.yaml")
    os.mkfifo(folder / "e.yaml")
    result = run("status", "alla")
    assert result.exit_code == 0
    assert result.stderr == (
        "pledge: hoppade över alla/c.yaml: en trasig länk\n"
        "pledge: hoppade över alla/d.yaml: en länk i en slinga\n"
        "pledge: hoppade över alla/e.yaml: inte en vanlig fil\n")


# --- the clock in CI -----------------------------------------------------------------------


@pytest.mark.parametrize(("utc", "swedish"), [
    (dt.datetime(2024, 3, 12, 23, 30), dt.date(2024, 3, 13)),  # winter, UTC+1
    (dt.datetime(2024, 3, 12, 22, 59), dt.date(2024, 3, 12)),
    (dt.datetime(2024, 7, 1, 22, 30), dt.date(2024, 7, 2)),  # summer, UTC+2
    (dt.datetime(2024, 7, 1, 21, 59), dt.date(2024, 7, 1)),
    (dt.datetime(2024, 3, 31, 0, 59), dt.date(2024, 3, 31)),  # before the change
    (dt.datetime(2024, 3, 31, 22, 0), dt.date(2024, 4, 1)),  # after: UTC+2
    (dt.datetime(2024, 10, 27, 22, 30), dt.date(2024, 10, 27)),  # back to UTC+1
])
def test_today_is_the_swedish_date_whatever_the_machine_clock(utc: dt.datetime,
                                                              swedish: dt.date) -> None:
    from medborgarlofte.cli.common import swedish_date

    assert swedish_date(utc.replace(tzinfo=dt.UTC)) == swedish


# --- undo on a big file -------------------------------------------------------------------


def test_undo_builds_no_second_model_of_the_events(run: Run, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """On a file near the size limit every full validation holds another copy of every
    event (undo peaked at gigabytes): undo validates the whole document only once, when
    the file is read (measured: 830 MB -> 467 MB on 49 MB, docs/security.md)."""
    from medborgarlofte.core.schema import validation

    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    assert run("log", "polis-moped", "--date", "2024-03-12").exit_code == 0
    calls: list[int] = []
    real = validation.validate_data

    def counted(data: Any, today: dt.date) -> Any:
        calls.append(1)
        return real(data, today)

    monkeypatch.setattr(validation, "validate_data", counted)
    import medborgarlofte.io.loader as loader
    import medborgarlofte.io.writer as writer

    monkeypatch.setattr(loader, "validate_data", counted)
    monkeypatch.setattr(writer, "validate_data", counted)
    result = run("undo", "--yes")
    assert result.exit_code == 0, result.stderr
    assert len(calls) == 1
