"""`pledge status --format csv` opens in Swedish LibreOffice (as in Swedish Excel) in columns,
with numbers as numbers and dates as dates. Skips where `soffice` is not installed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from tests.test_report_libreoffice import SOFFICE, SWEDISH, _soffice

pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed "
                                "(apt-get install --no-install-recommends libreoffice-calc-nogui)")
EVERY_KIND = Path(__file__).parent / "fixtures" / "status" / "every-kind.yaml"


def test_status_csv_opens_in_columns_with_numbers(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["status", str(EVERY_KIND), "--as-of", "2024-07-01",
                                      "--format", "csv"], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    source = tmp_path / "status.csv"
    source.write_bytes(result.stdout_bytes)
    _soffice(tmp_path, source, "xlsx", infilter=f"CSV:59,34,76,1,,{SWEDISH}")
    rows = list(load_workbook(tmp_path / "out" / "status.xlsx").worksheets[0]
                .iter_rows(values_only=True))
    header = rows[0]
    assert header[:4] == ("Fil", "Löfte (titel)", "Id", "Löfte")  # BOM read as the encoding
    first = dict(zip(header, rows[1], strict=True))
    assert first["Id"] == "trafikkontroller" and first["Status"] == "efter plan"
    assert (first["Genomfört"], first["Mål"], first["Andel"]) == (41, 100, 0.41)
    assert first["Senaste aktivitet"] == dt.datetime(2024, 4, 30)
    assert len(rows) == 1 + 16
