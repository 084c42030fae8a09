"""The XLSX report prints well (landscape, one page wide, the heading repeated) and the same
report always gives the same bytes (no clock in the archive)."""

from __future__ import annotations

import io
import time
import zipfile

from openpyxl import load_workbook

from medborgarlofte.render.report.xlsx import render_report_xlsx
from tests.fixtures.report.cases import FIXTURE, build


def test_every_sheet_prints_landscape_one_page_wide_with_the_heading_repeated() -> None:
    book = load_workbook(io.BytesIO(render_report_xlsx(build(FIXTURE, "2024-T2"), "sv")))
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.print_title_rows == "$1:$1"


def test_the_same_report_gives_the_same_bytes() -> None:
    report = build(FIXTURE, "2024-T2")
    first = render_report_xlsx(report, "sv")
    time.sleep(1.1)  # the zip entries' and openpyxl's clocks would tick (seconds)
    assert render_report_xlsx(report, "sv") == first
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2024, 12, 31, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">2024-12-31T00:00:00Z" in core
