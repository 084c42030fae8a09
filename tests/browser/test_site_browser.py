"""The site in a real browser: every link resolves, no request leaves the site, axe finds
no WCAG 2.1 A/AA violation on any page type at desktop and phone width, the skip link and
the headings work for keyboard and screen-reader users.

The site is built by the real command (`pledge site tests/fixtures/site -o DIR`) and opened
from disk in headless Chromium. Screenshots go to a temporary folder (printed in the test's
output) and to tests/artifacts/ to be looked at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlparse

import pytest

from tests.browser.conftest import ARTIFACTS, AXE
from tests.fixtures.site.cases import build_site

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = {"desktop": 1280, "phone": 375}
PAGE_TYPES = {
    "start": "index.html",
    "start-sorted": "sort-met.html",
    "pledge": "olofstroms-kommun-2024/index.html",
    "period": "olofstroms-kommun-2024/2024-t2.html",
    "commitment-count": "olofstroms-kommun-2024/c/polis-mopedinsatser.html",
    "commitment-milestone": "olofstroms-kommun-2024/c/kommun-kompetenshojning-narkotika.html",
    "commitment-rate": "vingakers-kommun-2020/c/kommun-trygghetsvandring.html",
    "commitment-ongoing": "vingakers-kommun-2023/c/kommun-trygghetsvardar.html",
    "indicator": "olofstroms-kommun-2024/i/grannsamverkansomraden.html",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("site") / "public").resolve()


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("site-en") / "public", "--lang", "en").resolve()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"screenshots in {folder}")
    return folder


@pytest.fixture
def context(browser: Any, site: Path) -> Iterator[tuple[Any, list[str]]]:
    """A browser context that lets only the site's own files through: any other request is
    aborted and recorded."""
    made = browser.new_context()
    left: list[str] = []
    root = site.as_uri() + "/"

    def route(route: Any) -> None:
        url = route.request.url
        if url.startswith(root):
            route.continue_()
        else:
            left.append(url)
            route.abort()

    made.route("**/*", route)
    yield made, left
    made.close()


def _axe_violations(page: Any) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    assert len(result["passes"]) > 10  # axe did run its rules
    return [{"id": v["id"], "help": v["help"],
             "nodes": [n["html"][:160] for n in v["nodes"][:5]]} for v in result["violations"]]


def _open(context: Any, site: Path, path: str, width: int) -> Any:
    page = context.new_page()
    page.set_viewport_size({"width": width, "height": 900})
    page.goto((site / path).as_uri())
    return page


def _local(site: Path, url: str) -> Path:
    return Path(unquote(urlparse(url).path))


def test_every_internal_link_resolves_and_every_page_is_reached(
        context: tuple[Any, list[str]], site: Path) -> None:
    browser_context, left = context
    page = browser_context.new_page()
    seen: set[Path] = set()
    queue = [site / "index.html"]
    broken = []
    while queue:
        current = queue.pop()
        if current in seen:
            continue
        seen.add(current)
        page.goto(current.as_uri())
        links = page.evaluate("Array.from(document.querySelectorAll('a[href], link[href]'))"
                              ".map(a => a.href)")
        for url in links:
            assert url.startswith("file://"), f"{current}: outside link {url}"
            address, fragment = urldefrag(url)
            target = _local(site, address)
            if not target.is_file():
                broken.append((str(current.relative_to(site)), url))
                continue
            if fragment and target.suffix == ".html":
                html = target.read_text(encoding="utf-8")
                if f'id="{fragment}"' not in html:
                    broken.append((str(current.relative_to(site)), url))
            if target.suffix == ".html":
                queue.append(target)
    page.close()
    assert broken == []
    assert seen == set(site.rglob("*.html"))  # every page is linked from somewhere
    assert left == []


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_axe_finds_no_wcag_21_aa_violation(context: tuple[Any, list[str]], site: Path,
                                           shots: Path, kind: str, width: str) -> None:
    browser_context, left = context
    page = _open(browser_context, site, PAGE_TYPES[kind], WIDTHS[width])
    try:
        page.screenshot(path=str(shots / f"site-{kind}-{width}.png"), full_page=True)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"site-{kind}-{width}.png"), full_page=True)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        violations = _axe_violations(page)
    finally:
        page.close()
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}"
    assert left == [], "a request left the site"


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("kind", ["start", "pledge", "commitment-count", "indicator"])
def test_the_english_site_passes_axe_too(browser: Any, english: Path, shots: Path, kind: str,
                                         width: str) -> None:
    page = browser.new_page(viewport={"width": WIDTHS[width], "height": 900})
    try:
        page.goto((english / PAGE_TYPES[kind]).as_uri())
        assert page.evaluate("document.documentElement.lang") == "en"
        page.screenshot(path=str(shots / f"site-en-{kind}-{width}.png"), full_page=True)
        violations = _axe_violations(page)
    finally:
        page.close()
    assert violations == [], json.dumps(violations, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_skip_link_and_headings_in_order(context: tuple[Any, list[str]], site: Path,
                                         kind: str) -> None:
    browser_context, _ = context
    page = _open(browser_context, site, PAGE_TYPES[kind], WIDTHS["desktop"])
    try:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        assert page.evaluate("document.activeElement.getBoundingClientRect().top") >= 0
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#main"
        page.keyboard.press("Tab")  # the next stop is in or after the main content
        assert page.evaluate(
            "(() => { const main = document.querySelector('main'), a = document.activeElement;"
            " return main.contains(a) || Boolean(main.compareDocumentPosition(a)"
            " & Node.DOCUMENT_POSITION_FOLLOWING); })()")
        levels = page.evaluate("Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'))"
                               ".map(h => Number(h.tagName[1]))")
    finally:
        page.close()
    assert levels[0] == 1 and levels.count(1) == 1
    jumps = [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]
    assert jumps == [], f"headings skip a level: {levels}"


def test_the_site_reads_the_same_printed(context: tuple[Any, list[str]], site: Path) -> None:
    browser_context, _ = context
    page = _open(browser_context, site, PAGE_TYPES["pledge"], WIDTHS["desktop"])
    try:
        page.emulate_media(media="print")
        assert page.evaluate("getComputedStyle(document.querySelector('.crumbs')).display") == (
            "none")
        pdf = page.pdf(format="A4", print_background=True)
    finally:
        page.close()
    assert pdf.startswith(b"%PDF")
