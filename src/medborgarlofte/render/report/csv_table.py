"""One table of the report as CSV for Swedish Excel: UTF-8 with BOM, semicolons, CRLF.

Dates are ISO (2024-05-02), decimals use a decimal comma in Swedish (2,69) and a point in
English; text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
apostrophe, the usual guard against formula injection.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from medborgarlofte.core.progress.report import Report
from medborgarlofte.render.cells import spreadsheet_text
from medborgarlofte.render.report.tables import Cell, report_tables

BOM = "\ufeff"


def cell_text(cell: Cell, lang: str) -> str:
    """How one cell is written: '' for none, ISO dates, '2,5' for a Swedish decimal."""
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, float):
        text = str(int(cell)) if cell.is_integer() else repr(cell)
        return text.replace(".", ",") if lang == "sv" else text
    if isinstance(cell, int):
        return str(cell)
    return spreadsheet_text(cell)


def render_report_csv(report: Report, lang: str, table: str = "commitments") -> str:
    """The table `table` (see report_tables.TABLES), BOM first."""
    chosen = report_tables(report, lang)[table]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(chosen.headers)
    for row in chosen.rows:
        writer.writerow([cell_text(cell, lang) for cell in row])
    return BOM + out.getvalue()
