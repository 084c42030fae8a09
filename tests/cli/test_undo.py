"""`pledge undo`: shows and asks, restores the file exactly, refuses when the file moved on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.cli import writing
from tests.conftest import MINIMAL

Run = Callable[..., Any]
ADDED = "  - date: 2024-03-12\n    target: polis-mopedinsatser\n    count: 1\n"
LOGGED = MINIMAL.replace("events: []\n", "events:\n" + ADDED)


@pytest.fixture
def pledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pledge.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


def _log(run: Run) -> None:
    assert run("log", "polis-moped", "--date", "2024-03-12").exit_code == 0


def test_undo_shows_removes_and_restores_the_exact_bytes(run: Run, pledge: Path) -> None:
    _log(run)
    assert pledge.read_text(encoding="utf-8") == LOGGED
    result = run("undo", "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "pledge.yaml: pledge log lade senast till detta (från rad 15):\n"
    assert result.stdout == ADDED + ("pledge.yaml: borttaget (1 st)\n"
                                     "polis-mopedinsatser 1/4 → 0/4, ej uppfyllt\n")
    assert pledge.read_text(encoding="utf-8") == MINIMAL


def test_second_undo_has_nothing_to_undo(run: Run, pledge: Path) -> None:
    _log(run)
    assert run("undo", "--yes").exit_code == 0
    result = run("undo", "--yes", "--lang", "en")
    assert result.exit_code == 1
    assert result.stderr == ("pledge: nothing to undo: no change by pledge log, import, "
                             "measure, edit, remove, outcome or extend is recorded for the "
                             "file (or it was undone already)\n")


def test_undo_without_terminal_needs_yes(run: Run, pledge: Path) -> None:
    _log(run)
    result = run("undo", input="y\n")
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "pledge: pledge undo frågar innan den tar bort; utan terminal, ange --yes\n")
    assert pledge.read_text(encoding="utf-8") == LOGGED


def test_undo_asks_in_a_terminal(run: Run, pledge: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writing, "stdin_is_terminal", lambda: True)
    _log(run)
    declined = run("undo", input="\n")  # the default answer is no
    assert declined.exit_code == 1
    assert pledge.read_text(encoding="utf-8") == LOGGED
    accepted = run("undo", input="y\n")
    assert accepted.exit_code == 0
    assert pledge.read_text(encoding="utf-8") == MINIMAL


def test_dry_run_only_shows(run: Run, pledge: Path) -> None:
    _log(run)
    result = run("undo", "--dry-run")
    assert (result.exit_code, result.stdout) == (0, ADDED)
    assert pledge.read_text(encoding="utf-8") == LOGGED


def test_undo_after_an_edit_elsewhere_still_removes_the_event(run: Run, pledge: Path) -> None:
    _log(run)
    edited = LOGGED.replace("title: Medborgarlöfte 2024", "title: Medborgarlöfte 2024 # ed")
    pledge.write_text(edited, encoding="utf-8")
    result = run("undo", "--yes")
    assert result.exit_code == 0, result.stderr
    assert pledge.read_text(encoding="utf-8") == edited.replace("events:\n" + ADDED,
                                                                "events: []\n")


def test_undo_refuses_when_the_file_no_longer_ends_with_the_event(run: Run,
                                                                  pledge: Path) -> None:
    _log(run)
    changed = LOGGED.replace("count: 1\n", "count: 2\n")
    pledge.write_text(changed, encoding="utf-8")
    result = run("undo", "--yes")
    assert result.exit_code == 1
    assert result.stderr == (
        "pledge: ångrar inte: filen slutar inte längre med det som pledge log lade till senast "
        "– det har ändrats eller följts av något annat. Ta bort det för hand om det behövs.\n")
    assert pledge.read_text(encoding="utf-8") == changed


def test_undo_refuses_after_another_event_by_hand(run: Run, pledge: Path) -> None:
    _log(run)
    pledge.write_text(LOGGED + ADDED.replace("03-12", "03-13"), encoding="utf-8")
    assert run("undo", "--yes").exit_code == 1


def test_undo_of_a_measurement(run: Run, pledge: Path) -> None:
    with_indicator = MINIMAL.replace("events: []\n", "indicators:\n  - id: omraden\n"
                                     "    text: Antal\n    direction: increase\nevents: []\n")
    pledge.write_text(with_indicator, encoding="utf-8")
    assert run("measure", "omraden", "12").exit_code == 0
    result = run("undo", "--yes")
    assert result.exit_code == 0
    assert result.stderr.startswith("pledge.yaml: pledge measure lade senast till detta")
    assert pledge.read_text(encoding="utf-8") == with_indicator


def test_undo_refuses_an_invalid_file(run: Run, pledge: Path) -> None:
    _log(run)
    pledge.write_text(LOGGED.replace("target: polis", "taget: polis"), encoding="utf-8")
    result = run("undo", "--yes")
    assert result.exit_code == 1
    assert "E202" in result.stderr
