"""The report as an Excel workbook (openpyxl): a sheet per table and one about the report.

Cells keep their types: dates are real dates (shown yyyy-mm-dd), counts and values numbers,
text is always stored as text (a note that starts with '=' is never run as a formula).

Printed, every sheet is landscape A4 with the heading row repeated on every page, fitted to
as few pages across as keep the text readable (at least `_SMALLEST_SCALE` of its size; a
sheet wider than one page repeats its first column, the id, on every page across). Columns
are as wide as their content up to `_WIDEST` characters, headings of number columns wrap,
and every row is as high as its wrapped text (a spreadsheet that does not measure rows itself,
as LibreOffice does not on opening, shows no text over the next row).

The same report gives the same bytes: the workbook's timestamps are the
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
_WIDEST = 40
"""The widest column, the one of the longest text (a commitment), in characters; longer text
wraps."""
_OTHER_WIDEST = 20
"""Every other column's widest."""
_HEADING_WIDEST = 12
"""A heading wraps beyond this many characters in a column of short values."""
_PAGE_WIDTH = 108
"""Column-width units across landscape A4 at full size within the default margins (as
LibreOffice prints them: 25 columns of the Olofström report print at 8.9 pt of 11; Excel
fits a little more)."""
_SMALLEST_SCALE = 0.75
_LINE_HEIGHT = 15.0
"""Points per line of the default font (Calibri 11)."""


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


def pages_across(widths: list[float]) -> int:
    """How many pages across a sheet of columns `widths` is printed on: as few as keep it at
    `_SMALLEST_SCALE` of its size or more, the first column repeated on every page."""
    per_page = _PAGE_WIDTH / _SMALLEST_SCALE
    total = sum(widths)
    if total <= per_page:
        return 1
    first = widths[0]
    return max(1, -int(-(total - first) // max(1.0, per_page - first)))


def _print_setup(sheet: Worksheet, widths: list[float]) -> None:
    """Landscape A4, as many pages across as keep it readable (as many long as it takes), the
    heading row on every page, the first column on every page across."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = pages_across(widths)
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    sheet.print_title_rows = "1:1"
    if sheet.page_setup.fitToWidth > 1:
        sheet.print_title_cols = "A:A"


def _lines(text: str, width: float) -> int:
    """Lines `text` takes wrapped in a column `width` characters wide (words kept whole)."""
    room = max(1, int(width) - 1)
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0
        for word in paragraph.split():
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= room:
                used = need
                continue
            lines += used > 0
            extra, used = divmod(len(word), room)  # a word longer than the column breaks
            lines += extra - (used == 0 and extra > 0)
            used = used or (room if extra else 0)
        total += lines
    return total


def _fill(sheet: Worksheet, table: Table) -> None:
    sheet.append(list(table.headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(table.rows, start=2):
        for c, value in enumerate(row, start=1):
            _put(sheet, r, c, value)
    sheet.freeze_panes = "A2"
    if table.rows:
        sheet.auto_filter.ref = sheet.dimensions
    columns = [[row[c] for row in table.rows] for c in range(len(table.headers))]
    longest = [max((len(_shown(v)) for v in values), default=0) for values in columns]
    main = longest.index(max(longest, default=0)) if longest else -1
    widths = [_width(header, values, _WIDEST if c == main else _OTHER_WIDEST)
              for c, (header, values) in enumerate(zip(table.headers, columns, strict=True))]
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    for cell in sheet[1]:
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    rows = [table.headers, *table.rows]
    for r, row in enumerate(rows, start=1):
        lines = max((_lines(_shown(v), w) for v, w in zip(row, widths, strict=True)),
                    default=1)
        sheet.row_dimensions[r].height = _LINE_HEIGHT * max(1, lines)
    _print_setup(sheet, widths)


def _shown(value: Cell) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def _width(header: str, values: list[Cell], widest: int) -> float:
    """A column's width: its longest value (up to `widest`), its heading's longest word, and
    the whole heading up to `_HEADING_WIDEST`, plus room for the filter button."""
    longest = max((len(_shown(v)) for v in values), default=0)
    word = max((len(w) for w in header.split()), default=0)
    return float(min(widest, max(longest, word, min(len(header), _HEADING_WIDEST))) + 3)


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        value = publishable(value)  # a vertical tab or U+FFFE: no workbook openpyxl refuses
    cell.value = value
    cell.alignment = Alignment(wrap_text=True, vertical="top")  # a row reads as one line
    if isinstance(value, str):
        cell.data_type = "s"  # text stays text, also when it starts with '='
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
