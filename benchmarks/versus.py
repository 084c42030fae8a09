"""Every command against what a user would pick instead, in one run, alternating A/B.

For 0 / 100 / 1,000 / 10,000 / 100,000 events and roll-ups of 1 / 10 / 300 files (100
events each): `bean-check -C` and `hledger check -s` on equivalent ledgers
(`benchmarks/ledger.py`), and `pledge status`, `validate`, `events`, `report`, each

- cold: the file just changed (a comment appended before every run: a new key, the full
  path, then the answer stored),
- warm: the file unchanged since the previous run (answered from the cache),
- today: cold with the code of the commit this work started from (`--base`, extracted with
  `git archive` into a temporary folder), for "no slower than today";

and `pledge log` of one activity on a fresh copy each run. Every round runs each command
once, in turn, so a slower moment of the busy machine touches all of them; figures are
medians of CPU time (user + system, `os.wait4` of each child), which other work on the
machine disturbs far less than wall time. The spread column is (max - min) / median of a
command's CPU times: how noisy its runs were.

    python benchmarks/versus.py                 # everything (about 10 minutes on 2 cores)
    python benchmarks/versus.py --quick         # up to 10,000 events and 10 files
    python benchmarks/versus.py --write         # also rewrite the tables in docs/performance.md
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PLEDGE, PYTHON, ROOT, machine  # noqa: E402
from measure import BENCH_ENV  # noqa: E402

HERE = Path(__file__).resolve().parent
BASE = "bea29be"
"""The commit this work started from: 'today'."""
BEAN_CHECK = shutil.which("bean-check") or str(Path(PYTHON).parent / "bean-check")
HLEDGER = shutil.which("hledger")
COMMANDS = ("status", "validate", "events", "report")
LARGE = 100_000
"""From this size on, 'today' and a cold `events` (about 30 s a run: Rich's table of every
activity) are left out, to keep the run short on a shared machine."""
START, END = "<!-- versus:start -->", "<!-- versus:end -->"


@dataclass
class Bench:
    """One command line, how to prepare each run, and what its runs took."""

    name: str
    cmd: list[str]
    env: dict[str, str] = field(default_factory=lambda: dict(BENCH_ENV))
    before: Callable[[], object] | None = None
    cpu: list[float] = field(default_factory=list)
    peak: list[float] = field(default_factory=list)

    def run(self) -> None:
        if self.before is not None:
            self.before()
        child = subprocess.Popen(self.cmd, env=self.env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
        assert child.stderr is not None
        err = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(self.cmd)} failed:\n{err.decode(errors='replace')}")
        self.cpu.append(usage.ru_utime + usage.ru_stime)
        self.peak.append(usage.ru_maxrss / 1024)

    @property
    def median(self) -> float:
        return statistics.median(self.cpu)

    @property
    def spread(self) -> float:
        return (max(self.cpu) - min(self.cpu)) / self.median if self.median else 0.0


def alternate(benches: list[Bench], rounds: int) -> None:
    """One warm-up round (not counted), then `rounds` rounds of every bench in turn."""
    for bench in benches:
        bench.run()
        bench.cpu.clear()
        bench.peak.clear()
    for _ in range(rounds):
        for bench in benches:
            bench.run()


def make_files(files: list[Path], events: int, ledger: Path, journal: Path) -> None:
    """Generated pledges (seed = position) and both ledgers, written by child processes."""
    names = [str(f) for f in files]
    code = ("import sys\nfrom pathlib import Path\nfrom generate import pledge_with_events\n"
            "for i, name in enumerate(sys.argv[2:]):\n"
            "    n = int(sys.argv[1])\n"
            "    text = pledge_with_events(n, seed=i) if n else "
            "Path('../pledge.yaml').read_text(encoding='utf-8')\n"
            "    Path(name).write_text(text, encoding='utf-8')\n")
    subprocess.run([PYTHON, "-c", code, str(events), *names], check=True, cwd=HERE)
    subprocess.run([PYTHON, str(HERE / "ledger.py"), str(ledger), *names], check=True)
    subprocess.run([PYTHON, str(HERE / "ledger.py"), str(journal), *names], check=True)


def changer(files: list[Path]) -> Callable[[], None]:
    """Append a new comment line to every file: each run sees content it never saw."""
    count = [0]

    def change() -> None:
        count[0] += 1
        for path in files:
            with open(path, "a", encoding="utf-8") as handle:
                handle.write(f"# {count[0]}\n")

    return change


def references(ledger: Path, journal: Path) -> list[Bench]:
    found = [Bench("bean-check -C", [BEAN_CHECK, "-C", str(ledger)])]
    if HLEDGER:
        found.append(Bench("hledger check -s", [HLEDGER, "-s", "-f", str(journal), "check"]))
    return found


def size_benches(events: int, tmp: Path, base_env: dict[str, str]) -> list[Bench]:
    folder = tmp / f"n{events}"
    folder.mkdir()
    warm, cold = folder / "warm.yaml", folder / "cold.yaml"
    ledger, journal = folder / "ledger.beancount", folder / "ledger.journal"
    make_files([warm], events, ledger, journal)
    shutil.copyfile(warm, cold)
    original, copy = folder / "original.yaml", folder / "log.yaml"
    shutil.copyfile(warm, original)
    benches = references(ledger, journal)
    change = changer([cold])
    large = events >= LARGE
    for command in COMMANDS:
        args = [command, str(warm)] if command != "report" else [command, "-f", str(warm)]
        cold_args = [a if a != str(warm) else str(cold) for a in args]
        benches.append(Bench(f"pledge {command} (warm)", [*PLEDGE, *args]))
        benches.append(Bench(f"pledge {command} (cold)", [*PLEDGE, *cold_args],
                             before=change))
        if not large:
            benches.append(Bench(f"pledge {command} (today)", [*PLEDGE, *cold_args],
                                 env=base_env, before=change))

    def fresh() -> None:
        shutil.copyfile(original, copy)

    log = ["log", "polis-mopedinsatser", "-d", "2024-12-01", "-p", "Jämshög", "-m",
           "Kontroll av mopeder", "-f", str(copy)]
    benches.append(Bench("pledge log", [*PLEDGE, *log], before=fresh))
    if not large:
        benches.append(Bench("pledge log (today)", [*PLEDGE, *log], env=base_env,
                             before=fresh))
    return benches


def rollup_benches(count: int, tmp: Path, base_env: dict[str, str]) -> list[Bench]:
    folder = tmp / f"rollup{count}"
    region = folder / "region"
    region.mkdir(parents=True)
    files = [region / f"kommun-{i:03}.yaml" for i in range(count)]
    make_files(files, 100, folder / "ledger.beancount", folder / "ledger.journal")
    names = [str(f) for f in files]
    no_cache = {**BENCH_ENV, "PLEDGE_NO_CACHE": "1"}
    return [
        *references(folder / "ledger.beancount", folder / "ledger.journal"),
        Bench("pledge validate FILES (warm)", [*PLEDGE, "validate", *names]),
        Bench("pledge validate FILES (no cache)", [*PLEDGE, "validate", *names], env=no_cache),
        Bench("pledge validate FILES (today)", [*PLEDGE, "validate", *names], env=base_env),
        Bench("pledge status DIR (warm)", [*PLEDGE, "status", str(region)]),
        Bench("pledge status DIR (no cache)", [*PLEDGE, "status", str(region)], env=no_cache),
        Bench("pledge status DIR (today)", [*PLEDGE, "status", str(region)], env=base_env),
    ]


def help_benches() -> list[Bench]:
    return [Bench("minimal Typer app --help", [PYTHON, str(HERE / "floor_app.py"), "--help"]),
            Bench("pledge --help", [*PLEDGE, "--help"])]


def table(title: str, benches: list[Bench]) -> str:
    bean = next((b.median for b in benches if b.name == "bean-check -C"), None)
    lines = [f"### {title}", "", "| command | CPU s | × bean-check -C | peak MB | spread | runs |",
             "|---|---:|---:|---:|---:|---:|"]
    for b in benches:
        ratio = f"{b.median / bean:.2f}" if bean else "–"
        lines.append(f"| {b.name} | {b.median:.3f} | {ratio} | {max(b.peak):.0f} | "
                     f"{b.spread:.0%} | {len(b.cpu)} |")
    return "\n".join(lines) + "\n"


def base_checkout(tmp: Path) -> dict[str, str]:
    """The environment that runs `pledge` as it was at BASE (its source, first on the path)."""
    base = tmp / "base"
    base.mkdir()
    archive = subprocess.run(["git", "archive", BASE, "src"], cwd=ROOT, check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(base)], input=archive, check=True)
    return {**BENCH_ENV, "PYTHONPATH": str(base / "src")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--no-help", action="store_true", help="leave out --help")
    parser.add_argument("--sizes", default=None, help="e.g. 0,100,1000")
    parser.add_argument("--rollups", default=None, help="e.g. 1,10,300")
    options = parser.parse_args()
    default_sizes = "0,100,1000,10000" if options.quick else "0,100,1000,10000,100000"
    sizes = [int(s) for s in (default_sizes if options.sizes is None else options.sizes
                              ).split(",") if s]
    default_rollups = "1,10" if options.quick else "1,10,300"
    rollups = [int(s) for s in (default_rollups if options.rollups is None else options.rollups
                                ).split(",") if s]
    load = os.getloadavg()
    parts = []
    with tempfile.TemporaryDirectory(prefix="pledge-versus-") as name:
        tmp = Path(name)
        BENCH_ENV["XDG_CACHE_HOME"] = str(tmp / "cache")  # never the user's own cache
        BENCH_ENV["PLEDGE_TODAY"] = "2025-01-15"
        base_env = base_checkout(tmp)
        if not options.no_help:
            benches = help_benches()
            alternate(benches, 5 if options.quick else 11)
            parts.append(table("Start-up", benches))
        for events in sizes:
            benches = size_benches(events, tmp, base_env)
            alternate(benches, 2 if events >= 100_000 else (3 if options.quick else 5))
            parts.append(table(f"{events:,} events", benches))
            print(parts[-1], flush=True)
        for count in rollups:
            benches = rollup_benches(count, tmp, base_env)
            alternate(benches, 2 if count >= 300 else (3 if options.quick else 5))
            parts.append(table(f"Roll-up of {count} file{'s' if count > 1 else ''}", benches))
            print(parts[-1], flush=True)
    after = os.getloadavg()
    head = (f"Measured on {machine()}; load average {load[0]:.1f} before and {after[0]:.1f} "
            f"after (other engineers' tests ran meanwhile). 'today' is commit {BASE}.\n\n")
    text = head + "\n".join(parts)
    print(text)
    if options.write:
        doc = ROOT / "docs" / "performance.md"
        old = doc.read_text(encoding="utf-8")
        start, end = old.index(START) + len(START), old.index(END)
        doc.write_text(old[:start] + "\n" + text + old[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
