"""The report as an Excel workbook (openpyxl): a sheet per table and one about the report.

Cells keep their types: dates are real dates (shown yyyy-mm-dd), counts and values numbers,
text is always stored as text (a note that starts with '=' is never run as a formula).

Printed, every sheet is landscape A4, as wide as one page, with the heading row repeated on
every page. The same report gives the same bytes: the workbook's timestamps are the
production date, and so are the dates of the zip entries (openpyxl stamps both with the
clock, so the archive is written again with fixed ones).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from medborgarlofte.core.progress.report import Report
from medborgarlofte.i18n import t
from medborgarlofte.render.report.tables import Cell, Table, report_tables
from medborgarlofte.render.report.text import summary_sentence, window_name
from medborgarlofte.text.published import publishable

DATE_FORMAT = "yyyy-mm-dd"
_WIDEST = 60


def render_report_xlsx(report: Report, lang: str) -> bytes:
    """The workbook's bytes."""
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    for table in report_tables(report, lang).values():
        _fill(book.create_sheet(table.title), table)
    _fill(book.create_sheet(t("report.sheet.about", lang)), _about(report, lang))
    stamp = dt.datetime.combine(report.produced, dt.time())
    book.properties.created = book.properties.modified = stamp
    book.properties.creator = "pledge"
    book.properties.title = report.info.title
    buffer = io.BytesIO()
    book.save(buffer)
    return _reproducible(buffer.getvalue(), stamp)


def _reproducible(data: bytes, stamp: dt.datetime) -> bytes:
    """The archive again, with `stamp` as every entry's date and as the modified time."""
    modified = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    when = (max(1980, stamp.year), stamp.month, stamp.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>" + modified + rb"\g<2>", content)
            entry = zipfile.ZipInfo(info.filename, date_time=when)
            entry.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(entry, content)
    return out.getvalue()


def _print_setup(sheet: Worksheet) -> None:
    """Landscape A4, one page wide (as many long as it takes), the heading row on each."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_title_rows = "1:1"


def _fill(sheet: Worksheet, table: Table) -> None:
    sheet.append(list(table.headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(table.rows, start=2):
        for c, value in enumerate(row, start=1):
            _put(sheet, r, c, value)
    sheet.freeze_panes = "A2"
    _print_setup(sheet)
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    for c, header in enumerate(table.headers, start=1):
        longest = max([len(header), *(len(str(row[c - 1] or "")) for row in table.rows)])
        sheet.column_dimensions[get_column_letter(c)].width = min(_WIDEST, longest + 2)


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = publishable(value)  # a vertical tab or U+FFFE: no workbook openpyxl refuses
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text, also when it starts with '='
        if len(value) > _WIDEST:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT


def _about(report: Report, lang: str) -> Table:
    info = report.info
    rows: list[tuple[Cell, ...]] = [
        (t("report.title", lang), info.title),
        (t("report.municipality", lang), info.municipality),
        (t("report.window", lang), window_name(report.window)),
        (t("report.window_start", lang), report.window.start),
        (t("report.window_end", lang), report.window.end),
        (t("report.pledge_start", lang), info.period.start),
        (t("report.pledge_end", lang), info.end),
        (t("report.produced", lang), report.produced),
        (t("report.summary", lang), summary_sentence(report, lang)),
    ]
    return Table("about", t("report.sheet.about", lang),
                 (t("report.col.field", lang), t("report.col.value", lang)), tuple(rows))
