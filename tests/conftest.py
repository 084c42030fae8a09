"""Shared test helpers: a CLI runner with a pinned date, inline pledge files, golden files.

Golden files live in tests/golden/; run `pytest --update-golden` to rewrite them after an
intended change (never silently: the test still fails when the flag is absent).
"""

from __future__ import annotations

import re
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
    from medborgarlofte.cli.common import mark_written

    mark_written(None)  # an earlier test's command saved a change: not this test's
    from medborgarlofte.cli.output import to_file

    to_file(False)  # … or wrote its result to a file (no colour): not this test's
    monkeypatch.setenv("PLEDGE_TODAY", TODAY)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    # the cache of answers (medborgarlofte.fast) of every test in a fresh directory of its own
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    for name in ("PLEDGE_FILE", "PLEDGE_LANG", "GITHUB_ACTIONS", "LANG", "LC_ALL",
                 "PLEDGE_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)


CACHED_TOO = {"test_status", "test_events", "test_report", "test_validate"}
"""Test modules of the commands the cache answers: every test there that runs the CLI runs
twice, as always and answered from the cache (so does every golden test elsewhere)."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "run" in metafunc.fixturenames and (
            "golden" in metafunc.fixturenames
            or metafunc.module.__name__.rsplit(".", 1)[-1] in CACHED_TOO):
        metafunc.parametrize("run", ["full", "cached"], indirect=True)


def answered(args: list[str]) -> tuple[int, bytes] | None:
    """(exit code, standard output) of the console script's answer from the cache, or None."""
    import io
    import os
    import sys

    from medborgarlofte.fast.memo import answer

    saved, sys.stdout = sys.stdout, io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    try:
        code = answer(args, os.environ)
        sys.stdout.flush()
        out = sys.stdout.buffer.getvalue()  # type: ignore[attr-defined]
    finally:
        sys.stdout = saved
    return None if code is None else (code, out)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _entries() -> set[tuple[str, int]]:
    """The cache's entries, by name and inode (an entry written again is a new file)."""
    import os

    folder = Path(os.environ["XDG_CACHE_HOME"]) / "medborgarlofte"
    return {(p.name, p.stat().st_ino) for p in folder.iterdir()} if folder.is_dir() else set()


def _answerable(args: list[str]) -> bool:
    """A command line the cache answers: status, validate, events, report to stdout."""
    from medborgarlofte.fast.memo import parse

    request = parse(args)
    if request is None:
        return False
    command, params = request
    return ((command != "report" or params.get("output") is None)
            and params.get("output_file") in (None, "-"))


@pytest.fixture
def run(runner: CliRunner, request: pytest.FixtureRequest) -> Callable[..., object]:
    """run('validate', 'x.yaml') -> Result with .exit_code, .stdout, .stderr.

    Parametrized "cached" (see pytest_generate_tests): after each run, the console script's
    answer from the cache must be exactly that output when the run stored one, and there
    must be none when it did not (a file with problems, an error); a golden test's runs that
    succeed must store one."""
    cached = getattr(request, "param", "full") == "cached"
    must_store = "golden" in request.fixturenames

    def _run(*args: str, input: str | None = None) -> object:
        before = _entries()
        result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
        if cached and _answerable(list(args)):
            stored = _entries() - before
            success = result.exit_code == 0 and not result.stderr
            assert not stored or success, "stored the answer of a failed run"
            # a run that reported a problem (a warning, W330: a draft's review marks) is never
            # answered from the cache: diagnostics always come from the full path
            clean = not re.search(r":\d+:\d+: [EW]\d{3} ", result.stdout)
            assert stored or not (must_store and success and clean), (
                "a golden run stored no answer")
            expected = (0, result.stdout_bytes) if stored else None
            assert answered(list(args)) == expected, "no or another answer"
        return result

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
