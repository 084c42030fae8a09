"""Helpers for the benchmark scripts: timing whole commands in fresh processes."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PLEDGE = [PYTHON, "-m", "medborgarlofte"]
ENV = {**os.environ, "PLEDGE_TODAY": "2025-01-15", "NO_COLOR": "1"}


def run_timed(cmd: Sequence[str], repeat: int = 7, ok: Sequence[int] = (0,)) -> float:
    """Median wall time in seconds of `cmd` run `repeat` times (one warm-up run first)."""
    times = []
    for i in range(repeat + 1):
        start = time.perf_counter()
        result = subprocess.run(cmd, env=ENV, capture_output=True)
        elapsed = time.perf_counter() - start
        if result.returncode not in ok:
            raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n"
                             f"{result.stderr.decode(errors='replace')}")
        if i:
            times.append(elapsed)
    return statistics.median(times)


def peak_memory_mb(cmd: Sequence[str]) -> float:
    """Peak resident memory (MB) of one run of `cmd`: that child's own ru_maxrss (os.wait4);
    RUSAGE_CHILDREN would give the largest of all children waited for so far."""
    child = subprocess.Popen(cmd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(child.pid, 0)
    child.returncode = 0
    return usage.ru_maxrss / 1024


def machine() -> str:
    """A line naming the machine the figures come from."""
    cpus = os.cpu_count()
    return (f"{platform.machine()}, {cpus} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}")
