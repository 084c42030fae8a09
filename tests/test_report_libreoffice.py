"""LibreOffice (headless) opens the XLSX and the CSV reports and reads the right types.

Runs where `soffice` is installed (CI installs libreoffice-calc-nogui); skips elsewhere.
The XLSX is exported sheet by sheet to CSV with every text cell quoted, so a number or a
date shows as an unquoted cell: each must be the report's own value. The CSV is imported
as Swedish Excel would read it (semicolon, UTF-8, Swedish locale) and saved as XLSX: its
decimals must come back as numbers and its dates as dates.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from medborgarlofte.render.report.csv_table import render_report_csv
from medborgarlofte.render.report.tables import Cell, report_tables
from medborgarlofte.render.report.xlsx import render_report_xlsx
from tests.fixtures.report.cases import FIXTURE, build

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [pytest.mark.slow, pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed "
    "(apt-get install --no-install-recommends libreoffice-calc-nogui)")]
SWEDISH = "1053"
"""LibreOffice's language id of Swedish (Sweden): decimal comma, ISO dates."""


def _soffice(tmp_path: Path, source: Path, convert_to: str, infilter: str | None = None) -> str:
    assert SOFFICE is not None
    out = tmp_path / "out"
    args = [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
            "--norestore", "--nolockcheck"]
    args += [f"--infilter={infilter}"] if infilter else []
    args += ["--convert-to", convert_to, "--outdir", str(out), str(source)]
    # a UTF-8 locale, else sheet names with å, ä, ö become Latin-1 bytes in the file names
    env = {**os.environ, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    done = subprocess.run(args, capture_output=True, text=True, errors="replace", env=env,
                          timeout=300, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def _as_exported(cell: Cell) -> str:
    """How LibreOffice writes a cell when it quotes all text."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return '"' + cell.replace('"', '""') + '"'
    if isinstance(cell, float):
        return str(int(cell)) if cell.is_integer() else repr(cell)
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def test_libreoffice_reads_every_sheet_of_the_xlsx(tmp_path: Path) -> None:
    report = build(FIXTURE, "2024-T2")
    source = tmp_path / "rapport.xlsx"
    source.write_bytes(render_report_xlsx(report, "sv"))
    # 59 ';', 34 '"', 76 UTF-8, quote all text cells, values as shown, every sheet (-1)
    _soffice(tmp_path, source, "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,true,true,true,"
                               "false,false,-1")
    for table in report_tables(report, "sv").values():
        exported = (tmp_path / "out" / f"rapport-{table.title}.csv").read_text("utf-8")
        expected = [";".join(_as_exported(h) for h in table.headers)]
        expected += [";".join(_as_exported(c) for c in row) for row in table.rows]
        assert exported.splitlines() == expected, table.name


def test_libreoffice_reads_the_csv_as_swedish_excel_would(tmp_path: Path) -> None:
    source = tmp_path / "rapport.csv"
    source.write_text(render_report_csv(build(FIXTURE, "2024-T2"), "sv"), "utf-8", newline="")
    _soffice(tmp_path, source, "xlsx", infilter=f"CSV:59,34,76,1,,{SWEDISH}")
    sheet = load_workbook(tmp_path / "out" / "rapport.xlsx").worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert header[0] == "Id"  # the BOM was read as the encoding's mark, not as text
    assert first["Förväntat"] == 66.67 and first["Totalt"] == 62
    assert first["Slutdatum"] == dt.datetime(2024, 12, 31)
    assert len(rows) == 1 + len(build(FIXTURE, "2024-T2").commitments)
