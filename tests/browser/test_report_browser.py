"""The HTML report in a real browser: text, layout at phone and desktop width, print, axe.

Each case is made by the real command (`pledge report ... -o FILE`) and opened from disk in
headless Chromium. Screenshots and PDFs go to tests/artifacts/ to be looked at.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.render.words import status_label
from tests.browser.conftest import ARTIFACTS, AXE
from tests.fixtures.report.cases import FIXTURE, SHIPPED, TODAY, load, window_of

pytestmark = pytest.mark.slow  # see [tool.pytest.ini_options] markers

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": 1280, "phone": 375}
CASES = {
    "exempelby-sv-T2": (FIXTURE, "sv", "2024-T2"),
    "exempelby-en-2024": (FIXTURE, "en", "2024"),
    "olofstrom-sv": (SHIPPED, "sv", None),
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each case's HTML file, written by `pledge report`."""
    folder = tmp_path_factory.mktemp("report")
    made = {}
    for name, (path, lang, period) in CASES.items():
        target = folder / f"{name}.html"
        args = ["report", "-f", str(path), "--lang", lang, "-o", str(target)]
        args += ["--period", period] if period else []
        result = CliRunner().invoke(app, args, env={"PLEDGE_TODAY": TODAY.isoformat()},
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
        made[name] = target
    return made


def _open(browser: Any, page_file: Path, width: int) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())
    return page, requests


def _expected(case: str) -> list[tuple[str, str, str]]:
    """(id, commitment text, status label) of every commitment, from the progress model."""
    path, lang, period = CASES[case]
    pledge = load(path)
    window = window_of(pledge, TODAY, period)
    return [(p.id, p.text, status_label(p.status, lang))
            for p in compute_progress(pledge, window.end).targets]


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_every_commitment_and_its_status_is_shown(browser: Any, pages: dict[str, Path],
                                                  case: str, width: str) -> None:
    page, requests = _open(browser, pages[case], WIDTHS[width])
    try:
        for target_id, text, label in _expected(case):
            article = page.inner_text(f"#c-{target_id}")
            assert text in article
            assert label in article
            row = page.locator("table").first.locator("tr", has_text=text).inner_text()
            assert label in row
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"report-{case}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}"
        assert requests == [pages[case].as_uri()], "the page asked for more than itself"
    finally:
        page.close()


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("case", sorted(CASES))
def test_axe_finds_no_wcag_21_aa_violation(browser: Any, pages: dict[str, Path], case: str,
                                           width: str) -> None:
    page, _ = _open(browser, pages[case], WIDTHS[width])
    try:
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    finally:
        page.close()
    violations = [{"id": v["id"], "help": v["help"],
                   "nodes": [n["html"][:160] for n in v["nodes"][:5]]}
                  for v in result["violations"]]
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
    assert len(result["passes"]) > 10  # axe did run its rules


@pytest.mark.parametrize("case", sorted(CASES))
def test_prints_to_a4_pdf(browser: Any, pages: dict[str, Path], case: str) -> None:
    page, _ = _open(browser, pages[case], WIDTHS["desktop"])
    try:
        page.emulate_media(media="print")
        pdf = page.pdf(format="A4", print_background=True, prefer_css_page_size=True)
        page.screenshot(path=str(ARTIFACTS / f"report-{case}-print.png"), full_page=True)
    finally:
        page.close()
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"report-{case}.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) >= 3  # several pages, not one strip
    sizes = {(round(float(w)), round(float(h)))
             for w, h in re.findall(rb"/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]", pdf)}
    assert sizes == {(595, 842)}  # A4 in points


def test_the_page_is_dated_by_the_pinned_clock(pages: dict[str, Path]) -> None:
    html = pages["olofstrom-sv"].read_text(encoding="utf-8")
    assert "<p>Rapporten är framtagen 31 december 2024 ur löftesfilen" in html
