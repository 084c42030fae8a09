"""The report's formats: golden Markdown and CSV, the XLSX read back cell by cell, the HTML's
self-containment and escaping, and in every format the numbers of compute_progress."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook

from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.progress.types import CountResult, MilestoneResult, RateResult
from medborgarlofte.render.report.csv_table import cell_text, render_report_csv
from medborgarlofte.render.report.html_page import render_report_html
from medborgarlofte.render.report.markdown import render_report_md
from medborgarlofte.render.report.tables import TABLES, report_tables
from medborgarlofte.render.report.xlsx import render_report_xlsx
from medborgarlofte.render.words import status_label
from tests.fixtures.report.cases import FIXTURE, SHIPPED, TODAY, build, load, window_of

Golden = Callable[[str, str], None]
CASES = {  # name: (pledge, period, language)
    "exempelby-T2-sv": (FIXTURE, "2024-T2", "sv"),
    "exempelby-2024-en": (FIXTURE, "2024", "en"),
    "olofstrom-sv": (SHIPPED, None, "sv"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_markdown_golden(case: str, golden: Golden) -> None:
    path, period, lang = CASES[case]
    golden(f"report/{case}.md", render_report_md(build(path, period), lang))


@pytest.mark.parametrize("table", TABLES)
def test_csv_golden_for_every_table(table: str, golden: Golden) -> None:
    text = render_report_csv(build(FIXTURE, "2024-T2"), "sv", table)
    golden(f"report/exempelby-T2-sv-{table}.csv", _lf(text))


def test_csv_golden_of_the_shipped_pledge(golden: Golden) -> None:
    text = render_report_csv(build(SHIPPED), "sv")
    golden("report/olofstrom-sv-commitments.csv", _lf(text))


def _lf(text: str) -> str:
    """CRLF as LF: golden files are read with universal newlines (CRLF is tested apart)."""
    return text.replace("\r\n", "\n")


def _csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_csv_is_for_swedish_excel() -> None:
    text = render_report_csv(build(FIXTURE, "2024-T2"), "sv")
    assert text.startswith("\ufeffId;Prioritering;Ansvarig;Löfte;")
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    row = _csv_rows(text)[0]
    assert (row["Förväntat"], row["Slutdatum"], row["Totalt, ca/minst"]) == (
        "66,67", "2024-12-31", "ca")
    english = _csv_rows(render_report_csv(build(FIXTURE, "2024-T2"), "en"))[0]
    assert english["Expected"] == "66.67"


@pytest.mark.parametrize("value, text", [
    ("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-x", "'-x"), ("@a", "'@a"), ("a=b", "a=b"),
    (None, ""), (2.5, "2,5"), (3.0, "3"), (-1.25, "-1,25"), (7, "7"),
    (dt.date(2024, 5, 2), "2024-05-02"),
])
def test_csv_cells(value: object, text: str) -> None:
    assert cell_text(value, "sv") == text  # type: ignore[arg-type]


@pytest.mark.parametrize("path, period", [(FIXTURE, "2024-T2"), (FIXTURE, "2024-T1"),
                                          (SHIPPED, None)], ids=["fixture-T2", "fixture-T1",
                                                                 "shipped"])
def test_csv_numbers_are_those_of_compute_progress(path: Path, period: str | None) -> None:
    pledge = load(path)
    window = window_of(pledge, TODAY, period)
    progress = {p.id: p for p in compute_progress(pledge, window.end).targets}
    rows = _csv_rows(render_report_csv(build(path, period), "sv"))
    assert [r["Id"] for r in rows] == list(progress)
    for row in rows:
        p = progress[row["Id"]]
        assert row["Statuskod"] == p.status.value
        assert row["Totalt"] == str(p.done.value)
        assert row["Aktiviteter totalt"] == str(len(p.activities))
        result = p.result
        expected = str(round(result.expected, 2)).replace(".", ",") if isinstance(
            result, CountResult) else ""
        assert row["Förväntat"] == expected.removesuffix(",0")
        assert row["Delperioder uppfyllda"] == (
            str(result.met) if isinstance(result, RateResult) else "")
        done_on = result.completed_on if isinstance(result, MilestoneResult) else None
        assert row["Klart den"] == (done_on.isoformat() if done_on else "")


def test_xlsx_cells_are_the_tables_with_their_types() -> None:
    report = build(FIXTURE, "2024-T2")
    book = load_workbook(io.BytesIO(render_report_xlsx(report, "sv")))
    tables = report_tables(report, "sv")
    assert book.sheetnames == [t.title for t in tables.values()] + ["Om rapporten"]
    for table in tables.values():
        sheet = book[table.title]
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0] == table.headers
        expected = [tuple(dt.datetime.combine(c, dt.time()) if isinstance(c, dt.date) else c
                          for c in row) for row in table.rows]
        assert rows[1:] == expected
    commitments = book["Löften"]
    assert commitments["W2"].value == dt.datetime(2024, 12, 31)  # a real date ...
    assert commitments["W2"].number_format == "yyyy-mm-dd"
    assert commitments["P2"].data_type == "n" and commitments["P2"].value == 66.67  # a number
    note = book["Aktiviteter"]["H5"]
    assert note.value == "=Informationskväll om grannsamverkan och fritid"
    assert note.data_type == "s"  # text, never a formula


def test_xlsx_numbers_are_those_of_compute_progress_for_the_shipped_pledge() -> None:
    pledge = load(SHIPPED)
    window = window_of(pledge)
    book = load_workbook(io.BytesIO(render_report_xlsx(build(SHIPPED), "sv")))
    rows = list(book["Löften"].iter_rows(min_row=2, values_only=True))
    progress = compute_progress(pledge, window.end).targets
    assert [(r[0], r[8], r[11], r[13]) for r in rows] == [
        (p.id, p.status.value, p.done.value, 0) for p in progress]
    about = [(a.value, b.value) for a, b in book["Om rapporten"].iter_rows(min_row=4)]
    assert about[:3] == [("Rapportperiod", "2024-T2"),
                         ("Rapportperiodens första dag", dt.datetime(2024, 5, 1)),
                         ("Rapportperiodens sista dag (siffrorna gäller då)",
                          dt.datetime(2024, 8, 31))]


class _Collect(HTMLParser):
    """Tags, attributes and the text of each article, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.articles: dict[str, str] = {}
        self._article: str | None = None
        self._depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "article":
            self._article = dict(attrs)["id"]
            self.articles[self._article or ""] = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self._article = None

    def handle_data(self, data: str) -> None:
        if self._article:
            self.articles[self._article] += data


@pytest.mark.parametrize("case", sorted(CASES))
def test_html_is_self_contained_and_tells_every_status(case: str) -> None:
    path, period, lang = CASES[case]
    report = build(path, period)
    html = render_report_html(report, lang)
    parsed = _Collect()
    parsed.feed(html)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "img", "link", "iframe", "object", "embed"}
    assert not re.search(r"url\(|@import|\bsrc=", html)
    for tag, attrs in parsed.tags:
        href = attrs.get("href")
        assert href is None or href.startswith("#") or href in report.info.sources, (tag, href)
    assert f'<html lang="{lang}">' in html
    for p in report.progress.targets:
        text = " ".join(parsed.articles[f"c-{p.id}"].split())
        assert p.text in text and status_label(p.status, lang) in text


def test_html_escapes_the_files_text_and_marks_its_language() -> None:
    html = render_report_html(build(FIXTURE, "2024"), "en")
    assert "Möte med föreningar om &lt;kvällsaktiviteter&gt; &amp; lov." in html
    assert '<h4 id="c-mopedinsatser-h"><span lang="sv">4 st riktade insatser mot mopeder.' in html
    assert "<kvällsaktiviteter>" not in html
    swedish = render_report_html(build(FIXTURE, "2024"), "sv")
    assert 'lang="sv">4 st' not in swedish  # same language: no marking needed


def test_html_bars_and_chart_carry_their_numbers_as_text() -> None:
    html = render_report_html(build(FIXTURE, "2024-T2"), "sv")
    assert ('<svg viewBox="0 0 300 24" preserveAspectRatio="none" role="img" '
            'aria-labelledby="bar-trafikkontroller"') in html
    assert ('<title id="bar-trafikkontroller">Genomfört totalt: ca 62 av 100 kontroller. '
            'Förväntat vid periodens slut: 66,7.</title>') in html
    assert ('<desc id="chart-desc">Sammanlagt 84 aktiviteter från 1 januari 2024 till 31 '
            'augusti 2024, varav 32 under rapportperioden.</desc>') in html
    assert ('<tr><th scope="row">augusti 2024</th><td class="num">3</td>'
            '<td class="num">84</td></tr>') in html
