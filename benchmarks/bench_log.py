"""`pledge log` on a 10,000-event pledge against `pledge validate` on the same file, in one run.

Each `pledge log` runs on a fresh copy of the generated file (so every run appends to exactly
10,000 events, under the lock, with the re-parse check and the atomic replace); `pledge
validate` runs on the same content. Runs alternate so that drift in the machine's speed
touches both. The figure to report is the ratio of the medians (target <= 1.3).

    python benchmarks/bench_log.py [EVENTS] [REPEAT]
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ENV, PLEDGE, machine  # noqa: E402
from generate import pledge_with_events  # noqa: E402


def _timed(cmd: Sequence[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(cmd, env=ENV, capture_output=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({result.returncode}):\n"
                         f"{result.stderr.decode(errors='replace')}")
    return elapsed


def main() -> None:
    events = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 7
    with tempfile.TemporaryDirectory() as tmp:
        original = Path(tmp) / "original.yaml"
        original.write_text(pledge_with_events(events), encoding="utf-8")
        path = Path(tmp) / "pledge.yaml"
        log = [*PLEDGE, "log", "polis-moped", "-f", str(path), "--date", "2024-12-01",
               "--place", "Olofström centrum", "--note", "Kontroll: mopeder"]
        validate = [*PLEDGE, "validate", str(original)]
        log_times, validate_times = [], []
        for i in range(repeat + 1):
            shutil.copyfile(original, path)
            took_log = _timed(log)
            took_validate = _timed(validate)
            if i:  # the first round warms the caches
                log_times.append(took_log)
                validate_times.append(took_validate)
        check = subprocess.run([*PLEDGE, "validate", str(path)], env=ENV, capture_output=True)
        if check.returncode != 0:
            raise SystemExit("the file after pledge log does not validate")
    ours, base = statistics.median(log_times), statistics.median(validate_times)
    print(f"machine: {machine()}")
    print(f"{'what':<48} {'median s':>9}")
    print(f"{'pledge validate, ' + str(events) + ' events':<48} {base:>9.3f}")
    print(f"{'pledge log (on a copy), ' + str(events) + ' events':<48} {ours:>9.3f}")
    print(f"{'ratio (target <= 1.3)':<48} {ours / base:>9.2f}")


if __name__ == "__main__":
    main()
