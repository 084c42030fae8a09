"""`pledge log` against `pledge status` of the same file, at 100 to 100,000 events, in one run.

For each size, every round runs, in turn:

- `pledge log` with the snapshot present (the normal case: the previous command was a
  writer, which stored the snapshot of what it wrote): the file and the cache as one
  earlier `pledge log` left them, restored before each run;
- `pledge log` without a snapshot (the file changed by something else: an editor, a git
  pull): an empty cache, so the whole file is read, and the snapshot is stored;
- `pledge status` of the same file just changed (an empty cache: the full path);
- `pledge status` again (answered from the cache), for information;
- `pledge status` after a writer (the snapshot present, no answer yet), for information.

Figures are medians of the CPU time (user + system) of each child, from `os.wait4`: the
machine is shared, and wall time says more about the neighbours than about us. The target
(issue 16) is `log` <= 1.3 x `status` of the same file.

    python benchmarks/bench_log.py [SIZES] [REPEAT]     # e.g. 100,1000,10000 5
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ENV, PLEDGE, machine  # noqa: E402
from generate import pledge_with_events  # noqa: E402

SIZES = (100, 1_000, 10_000, 100_000)


def _cpu(cmd: Sequence[str], env: Mapping[str, str]) -> float:
    """CPU seconds (user + system) of one run of `cmd`, which must succeed."""
    child = subprocess.Popen(cmd, env=dict(env), stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read() if child.stderr else b""
    if child.stderr:
        child.stderr.close()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({child.returncode}):\n"
                         f"{error.decode(errors='replace')}")
    return usage.ru_utime + usage.ru_stime


def _restore(saved: Path, work: Path) -> None:
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(saved, work)  # modes too: the cache folder stays 0700, entries 0600


def measure(events: int, repeat: int, tmp: Path) -> dict[str, list[float]]:
    """CPU times of each command at `events` events."""
    original = tmp / "original.yaml"
    original.write_text(pledge_with_events(events), encoding="utf-8")
    primed, work = tmp / "primed", tmp / "work"
    primed.mkdir()
    path, cache = work / "pledge.yaml", work / "cache"

    def log(day: str) -> list[str]:
        return [*PLEDGE, "log", "polis-moped", "-f", str(path), "--date", day,
                "--place", "Olofström centrum", "--note", "Kontroll: mopeder"]

    env = {**ENV, "XDG_CACHE_HOME": str(cache)}
    env.pop("PLEDGE_NO_CACHE", None)
    status = [*PLEDGE, "status", str(path)]
    shutil.copyfile(original, primed / "pledge.yaml")
    _restore(primed, work)
    _cpu(log("2024-11-30"), env)  # a writer ran before: the snapshot of its bytes is stored
    shutil.rmtree(primed)
    shutil.copytree(work, primed)
    times: dict[str, list[float]] = {name: [] for name in (
        "log (snapshot present)", "log (no snapshot)", "status (just changed)",
        "status (unchanged)", "status (snapshot present)")}
    for _ in range(repeat):
        _restore(primed, work)
        times["log (snapshot present)"].append(_cpu(log("2024-12-01"), env))
        _restore(primed, work)
        shutil.rmtree(cache)
        times["log (no snapshot)"].append(_cpu(log("2024-12-01"), env))
        shutil.rmtree(cache)
        times["status (just changed)"].append(_cpu(status, env))
        times["status (unchanged)"].append(_cpu(status, env))
        _restore(primed, work)
        times["status (snapshot present)"].append(_cpu(status, env))
    check = subprocess.run([*PLEDGE, "validate", str(path)], env=env, capture_output=True)
    if check.returncode != 0:
        raise SystemExit("the file after pledge log does not validate")
    return times


def main() -> None:
    sizes = tuple(int(s) for s in sys.argv[1].split(",")) if len(sys.argv) > 1 else SIZES
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    print(f"machine: {machine()}; CPU seconds, medians of {repeat} rounds (3 at 100,000)")
    print(f"{'events':>8} {'log, snapshot':>14} {'log, none':>10} {'status':>8} "
          f"{'status warm':>12} {'status, snapshot':>17} {'ratio':>6} {'ratio none':>11}")
    for events in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            times = measure(events, min(repeat, 3) if events >= 100_000 else repeat,
                            Path(tmp))
        hit, miss, cold, warm, after = (statistics.median(v) for v in times.values())
        print(f"{events:>8,} {hit:>14.3f} {miss:>10.3f} {cold:>8.3f} {warm:>12.3f} "
              f"{after:>17.3f} {hit / cold:>6.2f} {miss / cold:>11.2f}", flush=True)


if __name__ == "__main__":
    main()
