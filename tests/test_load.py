"""Load and faults: many writers at once lose nothing; a writer killed at any moment never
leaves a damaged or half-written file.

Writers are real processes running the real `pledge` command (`app(args)`), forked from this
already-imported test process so that 100 of them start in milliseconds rather than paying
Python's start-up 100 times on a 2-core machine. Each has its own file handles, so they lock
and write exactly as separate `pledge` invocations do.
"""

from __future__ import annotations

import os
import random
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from medborgarlofte.cli.app import app
from medborgarlofte.i18n import t
from tests.conftest import OLOFSTROM

pytestmark = pytest.mark.slow  # see [tool.pytest.ini_options] markers

SHIPPED = OLOFSTROM.read_text(encoding="utf-8")
INDICATOR = "grannsamverkansomraden"
KILL_RUNS = int(os.environ.get("PLEDGE_KILL_RUNS", "200"))
"""SIGKILL runs (200 by default, locally and in CI: about 10 s on 2 cores)."""


@dataclass
class Outcome:
    """A finished writer: its arguments, exit code (or -signal) and output."""

    args: list[str]
    code: int
    stdout: str
    stderr: str


def start_writer(args: list[str], out: Path) -> int:
    """Fork a process that runs `pledge ARGS` with stdout/stderr to files; its pid."""
    pid = os.fork()
    if pid:
        return pid
    code = 70  # pragma: no cover - runs in the child
    try:  # pragma: no cover
        sys.stdin = open(os.devnull, encoding="utf-8")  # noqa: SIM115
        sys.stdout = open(out.with_suffix(".out"), "w", encoding="utf-8")  # noqa: SIM115
        sys.stderr = open(out.with_suffix(".err"), "w", encoding="utf-8")  # noqa: SIM115
        try:
            app(args=args, prog_name="pledge")
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 1
    except BaseException:  # pragma: no cover - a traceback is what the test looks for
        import traceback

        traceback.print_exc()
    finally:  # pragma: no cover
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def wait_writer(pid: int, args: list[str], out: Path) -> Outcome:
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    def read(suffix: str) -> str:
        file = out.with_suffix(suffix)
        return file.read_text(encoding="utf-8") if file.exists() else ""

    return Outcome(args, code, read(".out"), read(".err"))


def parsed(content: bytes) -> dict[str, object]:
    data = yaml.load(content.decode("utf-8"), Loader=yaml.CSafeLoader)
    assert isinstance(data, dict)
    return data


def events_of(path: Path) -> list[dict[str, object]]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return list(data["events"] or [])


def measurements_of(path: Path) -> list[int]:
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    indicator = next(i for i in data["indicators"] if i["id"] == INDICATOR)
    return [m["value"] for m in indicator["measurements"] or []]


def assert_valid(path: Path) -> None:
    import datetime as dt

    from medborgarlofte.io.loader import load_pledge

    loaded = load_pledge(path, dt.date(2024, 12, 31))
    assert loaded.pledge is not None, [p.code for p in loaded.problems]


def preload_writer_modules(path: Path) -> None:
    """Import, in this process, what a writer imports lazily: forked writers then start
    their real work at once, as a long-running parent would see them."""
    from typer.testing import CliRunner

    import medborgarlofte.core.progress.compute
    import medborgarlofte.io.undo
    import medborgarlofte.io.writer
    import medborgarlofte.render.log_lines  # noqa: F401  (a real log's progress lines)

    args = ["log", "polis-mopedinsatser", "-d", "2024-03-01", "--dry-run", "-f", str(path)]
    assert CliRunner().invoke(app, args, catch_exceptions=False).exit_code == 0


def test_100_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    preload_writer_modules(path)
    rng = random.Random(7)
    kinds = ["log"] * 60 + ["measure"] * 25 + ["undo"] * 15
    rng.shuffle(kinds)
    writers = []
    for i, kind in enumerate(kinds):
        if kind == "log":
            args = ["log", "polis-mopedinsatser", "-d", "2024-03-01", "-m", f"skrivare-{i}"]
        elif kind == "measure":
            args = ["measure", INDICATOR, str(1000 + i), "-d", "2024-06-01"]
        else:
            args = ["undo", "--yes"]
        out = tmp_path / f"w{i}"
        writers.append((start_writer([*args, "-f", str(path)], out), args, out))
    outcomes = [wait_writer(pid, args, out) for pid, args, out in writers]

    for o in outcomes:
        assert "Traceback" not in o.stderr, o
        expected = (0, 1) if o.args[0] == "undo" else (0,)
        assert o.code in expected, o
        assert (o.stdout + o.stderr).strip(), o
    notes = {o.args[5] for o in outcomes if o.args[0] == "log" and o.code == 0}
    values = {int(o.args[2]) for o in outcomes if o.args[0] == "measure" and o.code == 0}
    undone = [o for o in outcomes if o.args[0] == "undo" and o.code == 0]
    refusals = {f"pledge: {t(key, 'sv', command=c)}\n" for c in ("log", "measure")
                for key in ("log.undo.nothing", "log.undo.changed", "log.undo.moved")}
    changed = {f"pledge: {t('log.undo.changed', 'sv', command=c)}\n" for c in ("log", "measure")}
    for o in outcomes:  # an undo that did not undo says why, and nothing else
        if o.args[0] == "undo" and o.code == 1:
            # or, when another writer landed between what it showed and its lock, what it
            # was about to undo and then that the file changed
            shown, _, why = o.stderr.rpartition("pledge: ")
            assert o.stderr in refusals or (
                f"pledge: {why}" in changed and shown.startswith(f"{path}: ")), o
    for o in undone:  # what an undo removed is the text it showed on stdout
        shown = o.stdout.split(f"{path}: ")[0]  # the text, before 'borttaget (1 st)'
        removed = yaml.safe_load(shown)
        assert isinstance(removed, list) and len(removed) == 1, o
        if "note" in removed[0]:
            notes.remove(removed[0]["note"])
        else:
            values.remove(removed[0]["value"])
    assert len(notes) + len(values) == 85 - len(undone)
    assert {e["note"] for e in events_of(path)} == notes
    assert len(events_of(path)) == len(notes)
    assert sorted(measurements_of(path)) == sorted(values)
    assert_valid(path)
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_a_writer_killed_at_any_moment_leaves_the_old_file_or_the_new_one(
        tmp_path: Path) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    rng = random.Random(11)

    def one_run(n: int, delay: float | None) -> tuple[Outcome, bytes, bytes]:
        before = path.read_bytes()
        args = ["log", "polis-mopedinsatser", "-d", "2024-03-01", "-m", f"run-{n}",
                "-f", str(path)]
        out = tmp_path / "out" / f"k{n}"
        pid = start_writer(args, out)
        if delay is not None:
            time.sleep(delay)
            os.kill(pid, signal.SIGKILL)
        return wait_writer(pid, args, out), before, path.read_bytes()

    (tmp_path / "out").mkdir()
    preload_writer_modules(path)
    durations = []
    for n in (-5, -4, -3, -2, -1):  # how long an unkilled write takes, modules loaded
        start = time.perf_counter()
        calibration, _, _ = one_run(n, None)
        assert calibration.code == 0, calibration
        durations.append(time.perf_counter() - start)
    duration = sorted(durations)[1]  # the second fastest: a busy moment makes none shorter
    killed = completed = 0
    for n in range(KILL_RUNS):
        outcome, before, after = one_run(n, rng.uniform(0, duration))
        assert "Traceback" not in outcome.stderr, outcome
        killed += outcome.code == -signal.SIGKILL
        if after != before:  # written: exactly the old document plus this run's event
            old, new = parsed(before), parsed(after)
            events = new["events"]
            assert isinstance(events, list)
            assert (events.pop()["note"], new) == (f"run-{n}", old), n
            completed += 1
        assert_valid(path)
    notes = [e["note"] for e in events_of(path)]
    assert notes == ["run--5", "run--4", "run--3", "run--2", "run--1",
                     *[f"run-{n}" for n in range(KILL_RUNS) if f"run-{n}" in notes]]
    assert len(notes) == completed + 5
    assert killed >= KILL_RUNS // 3  # many runs really were killed, at varied moments:
    assert 0 < completed < KILL_RUNS  # some before the file was replaced, some after
    print(f"\n{KILL_RUNS} runs: {killed} killed, {completed} wrote the file; "
          f"{len(list(tmp_path.glob('.pledge.yaml.*.tmp')))} temporary files left")


@pytest.mark.parametrize("command", [["undo", "--dry-run"], ["validate"], ["status"]])
def test_the_file_a_killed_writer_left_is_usable(tmp_path: Path, command: list[str]) -> None:
    """After kills at random moments, the lock is free and every command still works."""
    path = tmp_path / "pledge.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    rng = random.Random(5)
    for n in range(10):
        args = ["log", "polis-mopedinsatser", "-d", "2024-03-01", "-m", f"k{n}", "-f", str(path)]
        pid = start_writer(args, tmp_path / f"k{n}")
        time.sleep(rng.uniform(0, 0.05))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    extra = [str(path)] if command[0] != "undo" else ["-f", str(path)]
    outcome = wait_writer(start_writer([*command, *extra], tmp_path / "after"), command,
                          tmp_path / "after")
    assert outcome.code in (0, 1), outcome
    assert "Traceback" not in outcome.stderr
