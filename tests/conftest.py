"""Shared test helpers: a CLI runner with a pinned date, inline pledge files, golden files.

Golden files live in tests/golden/; run `pytest --update-golden` to rewrite them after an
intended change (never silently: the test still fails when the flag is absent).
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from medborgarlofte.cli.app import app

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
OLOFSTROM = Path(__file__).resolve().parent / "fixtures" / "olofstrom-2024.yaml"
"""The tests' own copy of the Olofström 2024 pledge (the shipped pledge.yaml may change)."""
TODAY = "2024-12-31"
"""The date every CLI test runs on (PLEDGE_TODAY), unless a test sets another."""

MINIMAL = """\
schema_version: 1
pledge:
  title: Medborgarlöfte 2024
  municipality: Exempelby kommun
  period: {start: 2024-01-01, end: 2024-12-31}
parties:
  polisen: {name: Polisen, kind: polis}
  kommunen: {name: Exempelby kommun, kind: kommun}
targets:
  - id: polis-mopedinsatser
    text: 4 st riktade insatser kopplat till A-traktorer och mopeder.
    owners: [polisen]
    goal: {exactly: 4, unit: insatser}
events: []
"""
"""A small valid pledge for tests that need one."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="rewrite golden files")


@pytest.fixture(autouse=True)
def _pinned_environment(monkeypatch: pytest.MonkeyPatch,
                        tmp_path_factory: pytest.TempPathFactory) -> None:
    monkeypatch.setenv("PLEDGE_TODAY", TODAY)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    for name in ("PLEDGE_FILE", "PLEDGE_LANG", "GITHUB_ACTIONS", "LANG", "LC_ALL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def run(runner: CliRunner) -> Callable[..., object]:
    """run('validate', 'x.yaml') -> Result with .exit_code, .stdout, .stderr."""

    def _run(*args: str, input: str | None = None) -> object:
        return runner.invoke(app, list(args), input=input, catch_exceptions=False)

    return _run


@pytest.fixture
def write_pledge(tmp_path: Path) -> Callable[..., Path]:
    """write_pledge(text, name='pledge.yaml') writes dedented text (or bytes) to tmp_path."""

    def _write(content: str | bytes, name: str = "pledge.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8", newline="")
        return path

    return _write


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """golden('status/olofstrom-sv.txt', text) compares text with the stored file."""
    update = request.config.getoption("--update-golden")

    def _check(name: str, text: str) -> None:
        path = GOLDEN / name
        if update:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
        assert path.exists(), f"golden file {name} missing: run pytest --update-golden"
        assert text == path.read_text(encoding="utf-8"), f"output differs from golden {name}"

    return _check
