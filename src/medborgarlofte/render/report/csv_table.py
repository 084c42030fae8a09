"""CSV, one writer for every command (`report`, `status`, `events`), in two dialects:

- **people** (`--format csv`, the default): what Swedish Excel opens in columns — UTF-8 with
  BOM, semicolons, CRLF, headings in the pledge's language; decimals with a decimal comma in
  Swedish (2,69) and a point in English; text that a spreadsheet would run as a formula
  (=, +, -, @ first) gets a leading apostrophe, the usual guard against formula injection.
- **machine** (`--format csv-machine`): for scripts — UTF-8 without BOM, commas, LF, English
  ids as headings, decimal points, values as in the JSON (text guarded against formulas, as
  in every CSV the tool writes).

Dates are ISO (2024-05-02) in both.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from typing import Literal

from medborgarlofte.core.progress.report import Report
from medborgarlofte.i18n import t
from medborgarlofte.render.cells import spreadsheet_text
from medborgarlofte.render.report.tables import Cell, report_tables

BOM = "\ufeff"
PEOPLE_DECIMALS = 2
"""Decimals of a figure in a CSV for people (status, events, the report alike: 1,32)."""


def cell_text(cell: Cell, lang: str) -> str:
    """How one cell is written: '' for none, ISO dates, '2,5' for a Swedish decimal."""
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, bool):  # before int: True is an int
        return t("csv.yes" if cell else "csv.no", lang)
    if isinstance(cell, float):  # one figure, one number of decimals in every CSV for people
        cell = round(cell, PEOPLE_DECIMALS)
        text = str(int(cell)) if cell.is_integer() else repr(cell)
        return text.replace(".", ",") if lang == "sv" else text
    if isinstance(cell, int):
        return str(cell)
    return spreadsheet_text(cell)


CsvDialect = Literal["people", "machine"]
DIALECTS: tuple[CsvDialect, ...] = ("people", "machine")


def machine_cell(cell: Cell) -> str:
    """A cell for a script: '' for none, ISO dates, numbers with a point; text as it is but
    guarded like every CSV cell (a machine CSV is opened in a spreadsheet too)."""
    if cell is None:
        return ""
    if isinstance(cell, dt.date):
        return cell.isoformat()
    if isinstance(cell, bool):
        return "true" if cell else "false"  # as the JSON says it
    return spreadsheet_text(cell) if isinstance(cell, str) else str(cell)


def render_csv(headers: Sequence[str], rows: Iterable[Sequence[Cell]], lang: str,
               dialect: CsvDialect = "people") -> str:
    """The table as CSV in `dialect` (see the module's docstring)."""
    out = io.StringIO()
    if dialect == "machine":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows([machine_cell(cell) for cell in row] for row in rows)
        return out.getvalue()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([cell_text(cell, lang) for cell in row])
    return BOM + out.getvalue()


def render_report_csv(report: Report, lang: str, table: str = "commitments") -> str:
    """The table `table` (see report_tables.TABLES), BOM first."""
    chosen = report_tables(report, lang)[table]
    return render_csv(chosen.headers, chosen.rows, lang)
