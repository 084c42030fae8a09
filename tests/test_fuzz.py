"""Fuzzing: valid pledge files mutated at byte, line and YAML-structure level.

Every command that reads a file must end with exit 0, 1 or 2 and a message — never a
traceback (the runner does not catch exceptions: any exception fails the test with the
example that caused it), never a hang (a hard alarm per example), within a deadline.

The default run is short (FUZZ_EXAMPLES per test, ~10 s each on 2 cores); a long run:

    PLEDGE_FUZZ_EXAMPLES=5000 .venv/bin/pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import signal
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
import typer.main
import typer.testing
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from tests.conftest import MINIMAL, OLOFSTROM

pytestmark = pytest.mark.slow  # see [tool.pytest.ini_options] markers

FUZZ_EXAMPLES = int(os.environ.get("PLEDGE_FUZZ_EXAMPLES", "300"))
DEADLINE = dt.timedelta(seconds=10)
"""Per example (all commands together); generous: the machine may be busy. A run that
exceeds it is reported by Hypothesis with the file that caused it."""
HANG_SECONDS = 60
"""A hard alarm: an example still running after this is a hang, and fails."""

EVENTS = """\
events:
  - date: 2024-02-12
    target: polis-mopedinsatser
    place: Olofström centrum
    note: Kontroll av A-traktorer och mopeder vid skolan.
  - date: 2024-03-01
    until: 2024-04-30
    target: [polis-narkotikainsatser, naringsidkare-samverkan]
    count: 3
    qualifier: at_least
    by: [polisen]
    participants: 40
    reference: https://example.org/insats
  - {date: 2024-05-20, target: kommun-kompetenshojning-narkotika, done: true}
  - {date: 2024-09-03, target: bedrageriutbildning, count: 2, qualifier: approx}
"""

SHIPPED = OLOFSTROM.read_text(encoding="utf-8")
SEEDS = [
    MINIMAL,
    SHIPPED,
    SHIPPED.replace("events: []\n", EVENTS).replace(
        "measurements: []",
        "measurements:\n      - {date: 2024-01-15, value: 12, source: kommunens register}", 1),
]

# Every command that reads a pledge file, with arguments; `{}` is the file, `{csv}` a small
# CSV beside it. Writing commands run with --dry-run, except `extend` (its refusals are the
# point: a broken file must not be extended). Keep in step with cli/app.py COMMANDS.
COMMANDS: list[list[str]] = [
    ["validate", "{}"],
    ["validate", "--format", "json", "{}"],
    ["status", "{}"],
    ["status", "--format", "json", "{}"],
    ["events", "{}"],
    ["report", "-f", "{}"],
    ["report", "--format", "csv", "-f", "{}"],
    ["log", "polis-mopedinsatser", "-d", "2024-05-02", "-m", "x", "--dry-run", "-f", "{}"],
    ["measure", "grannsamverkansomraden", "12", "-d", "2024-05-02", "--dry-run", "-f", "{}"],
    ["undo", "--dry-run", "-f", "{}"],
    ["import", "{csv}", "--dry-run", "-f", "{}"],
    ["renew", "-o", "-", "-f", "{}"],
    ["extend", "--to", "2025-03-31", "--reason", "x", "-f", "{}"],
]
CSV = "Datum;Löfte;Antal;Plats\n2024-05-02;polis-mopedinsatser;2;Jämshög\n"

TOKENS = [
    b"&a ", b"*a", b"!!python/object:os.system ", b"!!binary ", b"<<: ", b"\t", b"\x00",
    b"\xff", b"\xc3", b"---\n", b"...\n", b"<<<<<<< HEAD\n", b"{", b"}", b"[", b"]", b"'",
    b'"', b": ", b"- ", b"\r", b"\r\n", b"\xef\xbb\xbf", b"9" * 40, b"1e999", b"-1", b"0x1F",
    b"012", b"1:30", b"2024-02-30", b"2024-13-01", b".nan", b"~", b"yes", b"\n  ", b"\n",
    b"#", b"%YAML 1.1\n", b"? ", b"|", b">", b"\\u0000", b"\x1b[31m", b"19811218-9876",
]


@pytest.fixture(scope="module")
def workdir() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as tmp:
        yield Path(tmp)


@pytest.fixture(scope="module", autouse=True)
def _click_command_built_once() -> Iterator[None]:
    """Typer's runner builds the click command tree on every call (~25 ms, as a real start
    does once); build it once here, so the time goes to the commands."""
    built = typer.main.get_command(app)
    original = getattr(typer.testing, "_get_command")  # noqa: B009
    setattr(typer.testing, "_get_command", lambda _app: built)  # noqa: B010
    yield
    setattr(typer.testing, "_get_command", original)  # noqa: B010


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise TimeoutError(f"an example ran longer than {HANG_SECONDS} s")


def assert_every_command_answers(workdir: Path, content: bytes) -> None:
    """Each reading command on the file: exit 0/1/2 with a message, no traceback."""
    path = workdir / "pledge.yaml"
    path.write_bytes(content)
    csv = workdir / "rows.csv"
    csv.write_text(CSV, encoding="utf-8")
    runner = CliRunner()
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    try:
        for command in COMMANDS:
            args = [a.format(path, csv=csv) for a in command]
            result = runner.invoke(app, args, catch_exceptions=False)
            output = result.stdout + result.stderr
            assert result.exit_code in (0, 1, 2), (args, result.exit_code, output)
            event(f"{command[0]} exit {result.exit_code}")  # --hypothesis-show-statistics
            assert output.strip(), (args, "no message")
            assert "Traceback" not in output, (args, output)
            if result.exit_code:
                assert result.stderr.strip() or command[0] == "validate", (args, output)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- byte level --------------------------------------------------------------------------

@st.composite
def byte_mutants(draw: st.DrawFn) -> bytes:
    """A seed with 1-4 byte-level edits: replace, insert, delete, duplicate, splice a token."""
    data = bytearray(draw(st.sampled_from(SEEDS)).encode("utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        pos = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(["replace", "insert", "delete", "duplicate", "token",
                                     "truncate"]))
        if kind == "replace" and pos < len(data):
            data[pos] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[pos:pos + draw(st.integers(1, 64))]
        elif kind == "duplicate":
            data[pos:pos] = data[pos:pos + draw(st.integers(1, 200))]
        elif kind == "token":
            data[pos:pos] = draw(st.sampled_from(TOKENS))
        elif kind == "truncate":
            del data[pos:]
    return bytes(data)


@settings(max_examples=FUZZ_EXAMPLES, deadline=DEADLINE, derandomize=False,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(content=byte_mutants())
def test_byte_mutants_never_crash(workdir: Path, content: bytes) -> None:
    assert_every_command_answers(workdir, content)


# --- line level --------------------------------------------------------------------------

@st.composite
def line_mutants(draw: st.DrawFn) -> bytes:
    """A seed with 1-3 lines deleted, duplicated, moved, indented or dedented."""
    lines = draw(st.sampled_from(SEEDS)).splitlines(keepends=True)
    for _ in range(draw(st.integers(1, 3))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        kind = draw(st.sampled_from(["delete", "duplicate", "move", "indent", "dedent"]))
        if kind == "delete":
            del lines[i]
        elif kind == "duplicate":
            lines.insert(i, lines[i])
        elif kind == "move":
            lines.insert(draw(st.integers(0, len(lines) - 1)), lines.pop(i))
        elif kind == "indent":
            lines[i] = "  " + lines[i]
        else:
            lines[i] = lines[i][2:] if lines[i].startswith("  ") else lines[i]
    return "".join(lines).encode("utf-8")


# --- YAML structure level ----------------------------------------------------------------

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-(10**30), 10**30), st.floats(),
    st.text(max_size=30), st.dates(), st.sampled_from(
        ["polisen", "kommunen", "polis-mopedinsatser", "narkotika", "2024-01-01", "sv", "en",
         "tertial", "exact", "approx", "at_least", "increase", "decrease", "19811218-9876"]),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(max_size=10), inner, max_size=3)),
    max_leaves=8,
)


def _paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*path, i))


def _parent(root: Any, path: tuple[Any, ...]) -> Any:
    for part in path[:-1]:
        root = root[part]
    return root


@st.composite
def structure_mutants(draw: st.DrawFn) -> bytes:
    """The seed's data with 1-3 nodes replaced, deleted, renamed, duplicated or wrapped,
    written back as YAML (block or flow style)."""
    data = yaml.safe_load(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from([p for p in _paths(data) if p]))
        parent, key = _parent(data, path), path[-1]
        kind = draw(st.sampled_from(["replace", "delete", "rename", "duplicate", "wrap"]))
        if kind == "replace":
            parent[key] = draw(VALUES)
        elif kind == "delete":
            del parent[key]
        elif kind == "rename" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = parent.pop(key)
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(key, copy.deepcopy(parent[key]))
        elif kind == "wrap":
            parent[key] = [parent[key]]
    flow = draw(st.sampled_from([False, None]))
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=flow)
    return text.encode("utf-8")


@settings(max_examples=FUZZ_EXAMPLES, deadline=DEADLINE,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(content=st.one_of(structure_mutants(), line_mutants()))
def test_structure_mutants_never_crash(workdir: Path, content: bytes) -> None:
    assert_every_command_answers(workdir, content)


def test_every_seed_is_valid(workdir: Path) -> None:
    """The mutations start from valid files (else the fuzzing only ever sees one error)."""
    for seed in SEEDS:
        path = workdir / "seed.yaml"
        path.write_text(seed, encoding="utf-8")
        result = CliRunner().invoke(app, ["validate", str(path)], catch_exceptions=False)
        assert result.exit_code == 0, result.stdout
