"""`pledge status`: its cost next to the bare imports, and its growth with the event count.

1. `pledge status pledge.yaml` (the shipped pledge) against a bare
   `python -c "import typer, pydantic, yaml, rich.table"`, measured in the same run; the
   figure to report is the ratio (target <= 1.3). Two more rows say where the time goes: the
   same imports plus building the pledge model (`import medborgarlofte.core.schema.model`), and
   `pledge validate` on the same file (everything status does but progress and rendering),
   and a minimal Typer command that prints a table (benchmarks/floor_command.py): what any
   command costs with Typer 0.29, which parses parameters with pydantic adapters.
2. `pledge status` on generated pledges with 1,000 / 10,000 / 100,000 events (the shipped
   pledge plus events, benchmarks/generate.py): the time per event between sizes should stay
   about the same (linear growth).

    python benchmarks/bench_status.py [--quick]      (--quick: fewer repeats, no 100,000)
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ENV, PLEDGE, PYTHON, ROOT, machine  # noqa: E402
from generate import pledge_with_events  # noqa: E402

PYCACHE = tempfile.mkdtemp(prefix="pledge-bench-pycache-")
BENCH_ENV = {k: v for k, v in {**ENV, "PYTHONPYCACHEPREFIX": PYCACHE}.items()
             if k != "PYTHONDONTWRITEBYTECODE"}
"""Bytecode is cached (in a temporary directory), as in any installed package: without it
every run would compile the package's modules and measure the compiler, not the command."""

BARE = "import typer, pydantic, yaml, rich.table"
WITH_MODEL = BARE + "; import medborgarlofte.core.schema.model"
TARGET_RATIO = 1.3


def run_timed(cmd: Sequence[str], repeat: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (user + system) of `cmd` in a fresh process.

    CPU time is reported next to wall time because it is far less disturbed by other work on
    the machine; the ratio is computed from both.
    """
    walls, cpus = [], []
    for i in range(repeat + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(cmd, env=BENCH_ENV, capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n"
                             f"{result.stderr.decode(errors='replace')}")
        if i:  # the first run warms the file and bytecode caches
            walls.append(wall)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def startup_rows(repeat: int) -> list[tuple[str, tuple[float, float]]]:
    """Median seconds of the floor, the floor with the model, validate and status."""
    shipped = str(ROOT / "pledge.yaml")
    return [
        (f'python -c "{BARE}"', run_timed([PYTHON, "-c", BARE], repeat)),
        ("  + import the model", run_timed([PYTHON, "-c", WITH_MODEL], repeat)),
        ("a minimal Typer command printing a table", run_timed(
            [PYTHON, str(ROOT / "benchmarks" / "floor_command.py"), "status"], repeat)),
        ("pledge validate pledge.yaml", run_timed([*PLEDGE, "validate", shipped], repeat)),
        ("pledge status pledge.yaml", run_timed([*PLEDGE, "status", shipped], repeat)),
    ]


def growth_rows(sizes: list[int], repeat: int) -> list[tuple[int, tuple[float, float]]]:
    """Median seconds of `pledge status` on a generated pledge of each size."""
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            path = Path(tmp) / f"pledge-{size}.yaml"
            path.write_text(pledge_with_events(size), encoding="utf-8")
            runs = repeat if size < 100_000 else max(1, repeat // 3)
            rows.append((size, run_timed([*PLEDGE, "status", str(path)], runs)))
    return rows


def main() -> None:
    quick = "--quick" in sys.argv
    repeat = 3 if quick else 9
    print(f"machine: {machine()}\n")
    rows = startup_rows(repeat)
    print(f"{'what':<54} {'wall s':>7} {'cpu s':>7}")
    for name, (wall, cpu) in rows:
        print(f"{name:<54} {wall:>7.3f} {cpu:>7.3f}")
    for i, label in ((0, "bare imports"), (3, "validate")):
        wall = rows[4][1][0] / rows[i][1][0]
        cpu = rows[4][1][1] / rows[i][1][1]
        target = f" (target <= {TARGET_RATIO})" if i == 0 else ""
        print(f"ratio status / {label + ':':<14} wall {wall:.2f}, cpu {cpu:.2f}{target}")
    typer_floor = rows[2][1][0] / rows[0][1][0]
    print(f"ratio minimal Typer command / bare imports: wall {typer_floor:.2f} (the floor of "
          "any Typer 0.29 command)")

    sizes = [1_000, 10_000] if quick else [1_000, 10_000, 100_000]
    growth = growth_rows(sizes, repeat)
    print(f"\n{'events':>8} {'wall s':>8} {'cpu s':>8} {'cpu µs per added event':>23}")
    for index, (size, (wall, cpu)) in enumerate(growth):
        marginal = ""
        if index:
            previous_size, (_, previous_cpu) = growth[index - 1]
            marginal = f"{(cpu - previous_cpu) / (size - previous_size) * 1e6:.1f}"
        print(f"{size:>8} {wall:>8.3f} {cpu:>8.3f} {marginal:>23}")
    if len(growth) == 3:
        (s1, (_, c1)), (s2, (_, c2)), (s3, (_, c3)) = growth
        growth_ratio = ((c3 - c2) / (s3 - s2)) / ((c2 - c1) / (s2 - s1))
        print(f"\ngrowth: cpu per event 10k->100k / 1k->10k = {growth_ratio:.2f} "
              "(1.0 is exactly linear)")


if __name__ == "__main__":
    main()
