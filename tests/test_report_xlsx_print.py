"""The XLSX report prints well (landscape, as few pages across as keep it readable, the heading
row and the id column repeated, rows as high as their wrapped text) and the same report always
gives the same bytes (no clock in the archive)."""

from __future__ import annotations

import io
import time
import zipfile

from openpyxl import load_workbook

from medborgarlofte.render.report.xlsx import _lines, pages_across, render_report_xlsx
from tests.fixtures.report.cases import FIXTURE, build


def test_every_sheet_prints_landscape_readable_with_the_heading_repeated() -> None:
    book = load_workbook(io.BytesIO(render_report_xlsx(build(FIXTURE, "2024-T2"), "sv")))
    across = {}
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.print_title_rows == "$1:$1"
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        across[sheet.title] = sheet.page_setup.fitToWidth
        assert sheet.page_setup.fitToWidth == pages_across(widths)
        # printed at 75 % or more: no more than 144 width units a page, the id column on each
        assert (sum(widths) - widths[0]) / across[sheet.title] + widths[0] <= 144
        assert sheet.print_title_cols == ("$A:$A" if across[sheet.title] > 1 else None)
    assert across["Löften"] == 4 and across["Om rapporten"] == 1  # 25 columns, 2 columns


def test_pages_across_keep_a_sheet_readable() -> None:
    assert pages_across([18.0] * 8) == 1  # 144 units at 75 %
    assert pages_across([18.0] * 9) == 2  # the id column again on the second page
    assert pages_across([24.0, *[20.0] * 12]) == 2  # 240 beside the id, 120 a page
    assert pages_across([24.0, *[20.0] * 13]) == 3


def test_every_row_is_as_high_as_its_wrapped_text() -> None:
    book = load_workbook(io.BytesIO(render_report_xlsx(build(FIXTURE, "2024-T2"), "sv")))
    sheet = book["Löften"]
    widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
    assert max(widths) == 43  # the commitment's text: 40 characters and the filter button
    for row in sheet.iter_rows(min_row=1):
        lines = max(_lines("" if c.value is None else str(c.value), w)
                    for c, w in zip(row, widths, strict=True))
        assert sheet.row_dimensions[row[0].row].height == 15 * lines
        assert all(c.alignment.wrap_text and c.alignment.vertical == "top" for c in row)
    assert max(sheet.row_dimensions[r].height for r in range(2, sheet.max_row + 1)) >= 45


def test_wrapped_lines_are_counted_as_a_spreadsheet_wraps_words() -> None:
    assert _lines("", 10) == 1
    assert _lines("ett två tre", 12) == 1  # 11 characters in 11 of room
    assert _lines("ett två tre fyra", 12) == 2
    assert _lines("a\nb", 10) == 2
    assert _lines("x" * 25, 11) == 3  # a word longer than the column breaks: 10 + 10 + 5
    assert _lines("ab " + "x" * 20, 11) == 3  # 'ab', then 10 + 10


def test_the_same_report_gives_the_same_bytes() -> None:
    report = build(FIXTURE, "2024-T2")
    first = render_report_xlsx(report, "sv")
    time.sleep(1.1)  # the zip entries' and openpyxl's clocks would tick (seconds)
    assert render_report_xlsx(report, "sv") == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 12, 31, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-12-31T00:00:00Z" in core
