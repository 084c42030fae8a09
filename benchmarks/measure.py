"""Measuring one command: median wall time, median CPU time and peak memory, each run in a
fresh process, with the bytecode cache on (as for any installed package).

Peak memory is the child's own `ru_maxrss` from `os.wait4` (RUSAGE_CHILDREN would give the
largest of all children so far). CPU time (user + system) is reported beside wall time
because it is far less disturbed by other work on a busy machine.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from common import ENV

PYCACHE = tempfile.mkdtemp(prefix="pledge-bench-pycache-")
BENCH_ENV = {k: v for k, v in {**ENV, "PYTHONPYCACHEPREFIX": PYCACHE, "COLUMNS": "100"}.items()
             if k != "PYTHONDONTWRITEBYTECODE"}
"""Without a bytecode cache every run of `pledge` (a source checkout) would compile its
modules while the libraries' bytecode is cached: the compiler would be measured, not us."""


@dataclass(frozen=True)
class Measure:
    """Medians of wall and CPU seconds, and the largest peak resident memory, of a command."""

    wall: float
    cpu: float
    peak_mb: float
    runs: int


def run_once(cmd: Sequence[str], ok: Sequence[int] = (0,), env: dict[str, str] | None = None,
             cwd: str | None = None) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MB of one run; exits on an unexpected exit code."""
    start = time.perf_counter()
    child = subprocess.Popen(cmd, env=env or BENCH_ENV, cwd=cwd, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    assert child.stderr is not None
    err = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    if child.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd)} failed ({child.returncode}):\n"
                         f"{err.decode(errors='replace')}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(cmd: Sequence[str], repeat: int, ok: Sequence[int] = (0,),
            before_each: Callable[[], object] | None = None,
            env: dict[str, str] | None = None, cwd: str | None = None) -> Measure:
    """`repeat` timed runs after one warm-up run (file and bytecode caches)."""
    walls, cpus, peaks = [], [], []
    for i in range(repeat + 1):
        if before_each is not None:
            before_each()
        wall, cpu, peak = run_once(cmd, ok, env, cwd)
        if i:
            walls.append(wall)
            cpus.append(cpu)
            peaks.append(peak)
    return Measure(statistics.median(walls), statistics.median(cpus), max(peaks), repeat)
