"""Headless Chromium for the browser tests: Debian's `chromium`, driven by Playwright.

No browser is ever downloaded: Playwright launches the system binary (`chromium` on PATH, or
$PLEDGE_CHROMIUM). Outside CI the tests skip with the reason when Playwright or Chromium is
missing; when $CI is set they fail instead, so CI cannot pass without running them.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any, NoReturn

import pytest

from tests.conftest import ROOT

ARTIFACTS = ROOT / "tests" / "artifacts"
"""Screenshots and PDFs of the last run (git-ignored), to look at."""
AXE = ROOT / "tests" / "vendor" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox cannot start
    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run", "--disable-default-apps",
]


def in_ci() -> bool:
    """True when $CI says this is a CI run (CI=true, as .ci/run is started)."""
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


def unavailable(reason: str) -> NoReturn:
    """Skip with `reason`, or fail in CI where the browser tests are mandatory."""
    if in_ci():
        pytest.fail(f"{reason}; CI is set, so the browser tests must run")
    pytest.skip(reason)


def chromium_path() -> str | None:
    """The Chromium binary: $PLEDGE_CHROMIUM, else chromium or chromium-browser on PATH."""
    wanted = os.environ.get("PLEDGE_CHROMIUM")
    if wanted:
        return shutil.which(wanted)
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the session (a fresh temporary profile, as Playwright
    always starts it)."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed: pip install -e '.[browser]'")
    path = chromium_path()
    if path is None:
        unavailable("no Chromium browser (apt-get install --no-install-recommends chromium, "
                    "or set PLEDGE_CHROMIUM)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
