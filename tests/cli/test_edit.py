"""`pledge edit` and `pledge remove`: the reference, the change shown first, asking, undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.cli import writing
from tests.conftest import MINIMAL

Run = Callable[..., Any]
EVENTS = (
    "events:\n"
    "  - date: 2024-03-01\n    target: polis-mopedinsatser\n    note: första\n"
    "  - date: 2024-03-05  # mitten\n    target: polis-mopedinsatser\n"
    "    note: 'a: b # c'\n"
    "  - date: 2024-03-09\n    target: polis-mopedinsatser\n"
)
TEXT = MINIMAL.replace("events: []\n", EVENTS)
MIDDLE = "775cc3"


@pytest.fixture
def pledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pledge.yaml"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_events_show_the_references(run: Run, pledge: Path) -> None:
    result = run("events")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1].startswith("Ref    Datum")
    assert [line[:6] for line in lines[3:6]] == ["e44433", MIDDLE, "0e51be"]


def test_edit_shows_the_change_writes_it_and_undo_restores(run: Run, pledge: Path) -> None:
    result = run("edit", MIDDLE, "--count", "2", "--note", '- "ja" #', "--yes")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "pledge.yaml: pledge edit ändrar så här (från rad 20):\n"
    assert result.stdout == (
        "-    note: 'a: b # c'\n"
        "+    note: '- \"ja\" #'\n"
        "+    count: 2\n"
        "pledge.yaml: ändrat på rad 20; ny referens 3a9dc7\n")
    assert pledge.read_text(encoding="utf-8") == TEXT.replace(
        "    note: 'a: b # c'\n", "    note: '- \"ja\" #'\n    count: 2\n")
    undone = run("undo", "--yes")
    assert undone.exit_code == 0, undone.stderr
    assert undone.stdout.endswith("pledge.yaml: det som pledge edit ändrade är återställt\n"
                                  "polis-mopedinsatser 4/4 → 3/4, uppfyllt → ej uppfyllt\n")
    assert pledge.read_text(encoding="utf-8") == TEXT


def test_remove_takes_the_middle_item_only(run: Run, pledge: Path) -> None:
    result = run("remove", MIDDLE[:4], "--yes", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "pledge.yaml: pledge remove changes this (from line 18):\n"
    assert result.stdout == ("-  - date: 2024-03-05  # mitten\n"
                             "-    target: polis-mopedinsatser\n"
                             "-    note: 'a: b # c'\n"
                             "pledge.yaml: removed from line 18\n")
    assert pledge.read_text(encoding="utf-8") == TEXT.replace(
        "  - date: 2024-03-05  # mitten\n    target: polis-mopedinsatser\n"
        "    note: 'a: b # c'\n", "")
    assert run("undo", "--yes").exit_code == 0
    assert pledge.read_text(encoding="utf-8") == TEXT


def test_without_a_terminal_and_without_yes_nothing_is_written(run: Run, pledge: Path) -> None:
    result = run("remove", MIDDLE)
    assert result.exit_code == 2
    assert result.stderr.endswith(
        "pledge: pledge remove frågar innan den ändrar; utan terminal, ange --yes\n")
    assert pledge.read_text(encoding="utf-8") == TEXT


def test_in_a_terminal_it_asks(run: Run, pledge: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writing, "stdin_is_terminal", lambda: True)
    declined = run("edit", MIDDLE, "--date", "2024-03-06", input="n\n")
    assert declined.exit_code == 1
    assert pledge.read_text(encoding="utf-8") == TEXT
    accepted = run("edit", MIDDLE, "--date", "2024-03-06", input="j\n")
    assert accepted.exit_code == 0
    assert "  - date: 2024-03-06  # mitten\n" in pledge.read_text(encoding="utf-8")


def test_dry_run_writes_nothing(run: Run, pledge: Path) -> None:
    result = run("edit", MIDDLE, "--place", "Torget", "--dry-run")
    assert result.exit_code == 0
    assert result.stderr == ("pledge.yaml: provkörning, inget skrivet; pledge edit skulle "
                             "ändra så här (från rad 21):\n")
    assert result.stdout.endswith("+    place: Torget\n")
    assert pledge.read_text(encoding="utf-8") == TEXT


def test_a_reference_that_fits_two_items_lists_them(run: Run, pledge: Path) -> None:
    twice = TEXT + "  - date: 2024-03-09\n    target: polis-mopedinsatser\n"
    pledge.write_text(twice, encoding="utf-8")
    result = run("remove", "e44433")
    assert result.exit_code == 2  # the exact reference is the first of the two: asks, no --yes
    result = run("remove", "e444", "--yes")
    assert result.exit_code == 2
    assert result.stderr == ("pledge: referensen 'e444' passar flera poster; skriv fler "
                             "tecken:\n"
                             "  e44433     2024-03-09 polis-mopedinsatser\n"
                             "  e44433-2   2024-03-09 polis-mopedinsatser\n")
    assert pledge.read_text(encoding="utf-8") == twice
    second = run("remove", "e44433-2", "--yes")
    assert second.exit_code == 0, second.stderr
    assert second.stdout.endswith("pledge.yaml: borttaget från rad 23\n")
    assert pledge.read_text(encoding="utf-8") == TEXT


def test_unknown_reference_and_nothing_to_change(run: Run, pledge: Path) -> None:
    unknown = run("edit", "ffffff", "--count", "2")
    assert (unknown.exit_code, unknown.stderr) == (2, (
        "pledge: okänd referens 'ffffff': ingen aktivitet eller mätning har den – se "
        "pledge events\n"))
    nothing = run("edit", MIDDLE, "--lang", "en")
    assert (nothing.exit_code, nothing.stderr) == (2, (
        "pledge: nothing to change: give at least one field, e.g. --date, --count or "
        "--note\n"))
    wrong = run("edit", MIDDLE, "--value", "3")
    assert (wrong.exit_code, wrong.stderr) == (2, (
        "pledge: --value gäller mätvärden, inte aktiviteter\n"))


def test_an_edit_outside_the_period_is_refused(run: Run, pledge: Path) -> None:
    result = run("edit", MIDDLE, "--date", "2023-03-05", "--yes")
    assert result.exit_code == 1
    assert pledge.read_text(encoding="utf-8") == TEXT


def test_crlf_file_keeps_its_line_endings(run: Run, pledge: Path) -> None:
    pledge.write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    assert run("edit", MIDDLE, "--place", "Torget", "--yes").exit_code == 0
    raw = pledge.read_bytes()
    assert raw == TEXT.replace("    note: 'a: b # c'\n", "    note: 'a: b # c'\n"
                               "    place: Torget\n").replace("\n", "\r\n").encode("utf-8")


MEASURED = MINIMAL.replace("events: []\n", """\
indicators:
  - id: trygghet
    text: Andel som känner sig trygga
    direction: increase
    measurements:
      - {date: 2024-03-01, value: 61, source: enkät}  # vår
      - {date: 2024-09-01, value: 64}
events: []
""")


def test_measurements_have_references_and_are_edited_in_place(run: Run, pledge: Path) -> None:
    pledge.write_text(MEASURED, encoding="utf-8")
    listed = run("events", "--measurements")
    assert listed.exit_code == 0, listed.stderr
    assert listed.stdout == ("Mätvärden: 2\n"
                             "  e2087b  2024-09-01  trygghet  64\n"
                             "  7ca261  2024-03-01  trygghet  61  (enkät)\n")
    result = run("edit", "7ca261", "--value", "62.5", "--source", "", "--yes")
    assert result.exit_code == 0, result.stderr
    assert pledge.read_text(encoding="utf-8") == MEASURED.replace(
        "{date: 2024-03-01, value: 61, source: enkät}", "{date: 2024-03-01, value: 62.5}")
    assert run("remove", "e208", "--yes").exit_code == 0
    assert "      - {date: 2024-09-01, value: 64}\n" not in pledge.read_text(encoding="utf-8")
    wrong = run("edit", "7ca2", "--count", "2")
    assert (wrong.exit_code, wrong.stderr) == (2, "pledge: okänd referens '7ca2': ingen "
                                               "aktivitet eller mätning har den – se pledge "
                                               "events\n")  # its reference changed with it


def test_a_personal_identity_number_in_an_edit_is_refused(run: Run, pledge: Path) -> None:
    result = run("edit", MIDDLE, "--note", "Ring 19121212-1212", "--yes")
    assert result.exit_code == 1
    assert "E316" in result.stderr and "19121212" not in result.stderr
    assert pledge.read_text(encoding="utf-8") == TEXT


def test_a_number_in_a_note_is_named_by_its_ref_and_edited_away_masked(
        run: Run, pledge: Path) -> None:
    # 811228-9874 passes the Luhn check; written with a space, as a person types it
    pledge.write_text(TEXT.replace("note: första", 'note: "ring 811228 9874"'), encoding="utf-8")
    events = run("events")
    assert events.exit_code == 1
    assert events.stdout == ""
    ref = events.stderr.splitlines()[-1].split("posten ")[1].split(":")[0]
    assert events.stderr.splitlines()[-1] == (
        f"pledge: numret står i posten {ref}: ta bort det med pledge edit {ref} --note … "
        f"(eller --place …), eller hela posten med pledge remove {ref}")
    for command in (["targets"], ["changes", "--since", "2024-01-01"]):
        refused = run(*command)
        assert refused.exit_code == 1 and "9874" not in refused.stdout + refused.stderr
    edited = run("edit", ref, "--note", "ring växeln", "--yes")
    assert edited.exit_code == 0, edited.stderr
    assert edited.stdout.startswith('-    note: "ring 8112**-****"\n+    note: ring växeln\n')
    assert "9874" not in edited.stdout + edited.stderr
    assert run("validate").exit_code == 0
