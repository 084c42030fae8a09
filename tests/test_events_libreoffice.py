"""`pledge events --format csv` keeps its references through a spreadsheet: Swedish
LibreOffice (as Swedish Excel) reads a bare `9674e7` as 9.674e+10, `4e9442` as the largest
float and `215566` as a number; shown as `ref-9674e7` they stay text, and `pledge edit` /
`pledge remove` take what the cell shows. The machine dialect keeps the bare reference."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from tests.conftest import OLOFSTROM
from tests.test_report_libreoffice import SOFFICE, SWEDISH, _soffice

NUMERIC_LOOKING = {"n16": "215566", "n36": "9674e7", "n153": "4e9442"}
"""Notes that give these events references a spreadsheet would read as numbers."""
EVENTS = "".join(
    f"  - {{date: 2024-03-01, target: [polis-mopedinsatser], count: 1, note: {note}}}\n"
    for note in NUMERIC_LOOKING)


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    text = OLOFSTROM.read_text(encoding="utf-8").replace("events: []\n", "events:\n" + EVENTS)
    (tmp_path / "pledge.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run(*args: str) -> tuple[int, bytes, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout_bytes, result.stderr


def _column(data: bytes, heading: str, delimiter: str) -> list[str]:
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    return [row[heading] for row in rows]


def test_people_csv_shows_refs_as_text_and_the_machine_csv_bare(here: Path) -> None:
    code, people, _ = _run("events", "--format", "csv")
    assert code == 0
    assert sorted(_column(people, "Ref", ";")) == sorted(
        f"ref-{r}" for r in NUMERIC_LOOKING.values())
    code, machine, _ = _run("events", "--format", "csv-machine")
    assert sorted(_column(machine, "ref", ",")) == sorted(NUMERIC_LOOKING.values())


@pytest.mark.parametrize("ref", [f"ref-{r}" for r in NUMERIC_LOOKING.values()]
                         + list(NUMERIC_LOOKING.values()) + ["REF-9674E7", "ref-9674"])
def test_edit_and_remove_take_what_the_sheet_shows(here: Path, ref: str) -> None:
    code, _, err = _run("remove", ref, "--dry-run")
    assert (code, "pledge:" in err) == (0, False), err
    code, _, err = _run("edit", ref, "--count", "2", "--dry-run")
    assert (code, "pledge:" in err) == (0, False), err


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_refs_survive_swedish_libreoffice(here: Path) -> None:
    code, people, _ = _run("events", "--format", "csv")
    assert code == 0
    source = here / "events.csv"
    source.write_bytes(people)
    _soffice(here, source, "xlsx", infilter=f"CSV:59,34,76,1,,{SWEDISH}")
    rows = list(load_workbook(here / "out" / "events.xlsx").worksheets[0]
                .iter_rows(values_only=True))
    column = rows[0].index("Ref")
    cells = [row[column] for row in rows[1:]]
    assert sorted(cells) == sorted(f"ref-{r}" for r in NUMERIC_LOOKING.values())
    for cell in cells:  # what the sheet shows is what pledge remove takes
        assert isinstance(cell, str)
        code, _, err = _run("remove", cell, "--dry-run")
        assert (code, "pledge:" in err) == (0, False), err
