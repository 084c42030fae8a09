"""Every figure of docs/performance.md in one run, each next to its floor measured in the
same run: start-up (`--help`, completion, `status` on the shipped pledge), generated pledges
of 100 / 1,000 / 10,000 / 100,000 events, and roll-ups of 1 / 10 / 300 files.

Floors: a bare interpreter importing the same libraries; PyYAML's C loader reading the same
file(s); the same plus the pydantic model; beancount's `bean-check` on an equivalent ledger
(when beancount is installed: `pip install beancount`, it is no dependency); a minimal Typer
app in the same help style for `--help` and completion.

    python benchmarks/run_all.py            # everything (about 10 minutes on 2 cores)
    python benchmarks/run_all.py --quick    # no 100,000 events, no 300 files, fewer runs
    python benchmarks/run_all.py --no-write # print only; do not rewrite docs/performance.md
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PLEDGE, PYTHON, ROOT, machine  # noqa: E402
from measure import BENCH_ENV, Measure, measure  # noqa: E402
from tables import Row, Target, render_markdown, write_docs  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZES = (100, 1_000, 10_000, 100_000)
ROLLUPS = (1, 10, 300)
ROLLUP_EVENTS = 100
"""Events per file in a roll-up: about a year of a municipality's activities."""
IMPORT_FLOOR = "import typer, pydantic, yaml, rich.table"
MODEL_IMPORT_FLOOR = IMPORT_FLOOR + "; from pydantic import BaseModel"
"""`import pydantic` loads almost nothing (pydantic 2 imports lazily); this one loads the
model machinery any use of pydantic needs. Shown beside the target's floor, for information."""
YAML_FLOOR = ("import sys, yaml\nfor f in sys.argv[1:]:\n"
              "    yaml.load(open(f, encoding='utf-8').read(), Loader=yaml.CSafeLoader)\n")
MODEL_FLOOR = ("import sys, yaml\nfrom medborgarlofte.core.schema.model import Pledge\n"
               "for f in sys.argv[1:]:\n"
               "    Pledge.model_validate(yaml.load(open(f, encoding='utf-8').read(),"
               " Loader=yaml.CSafeLoader))\n")
BEAN_CHECK = shutil.which("bean-check") or (
    str(Path(PYTHON).parent / "bean-check") if (Path(PYTHON).parent / "bean-check").exists()
    else None)


def runs(events: int, quick: bool) -> int:
    """Timed runs per command: fewer for the big files (each takes seconds)."""
    if events >= 100_000:
        return 2
    if events >= 10_000:
        return 3 if quick else 5
    return 3 if quick else 7


def startup_rows(_: int, tmp: Path, quick: bool) -> list[Row]:
    repeat = 5 if quick else 15
    shipped = str(ROOT / "pledge.yaml")
    complete = {**BENCH_ENV, "_PLEDGE_COMPLETE": "complete_bash",
                "COMP_WORDS": "pledge log pol", "COMP_CWORD": "2"}
    shutil.copy(shipped, tmp / "pledge.yaml")
    return [
        Row("start", "floor: minimal Typer app --help",
            measure([PYTHON, str(HERE / "floor_app.py"), "--help"], repeat)),
        Row("start", "pledge --help", measure([*PLEDGE, "--help"], repeat)),
        Row("start", "pledge log pol<TAB> (bash completion)",
            measure(PLEDGE, repeat, env=complete, cwd=str(tmp))),
        Row("start", f'floor: python -c "{IMPORT_FLOOR}"',
            measure([PYTHON, "-c", IMPORT_FLOOR], repeat)),
        Row("start", "floor: the same + from pydantic import BaseModel",
            measure([PYTHON, "-c", MODEL_IMPORT_FLOOR], repeat)),
        Row("start", "pledge status pledge.yaml", measure([*PLEDGE, "status", shipped], repeat)),
        Row("start", "pledge validate pledge.yaml",
            measure([*PLEDGE, "validate", shipped], repeat)),
    ]


def floor_rows(group: str, files: list[Path], ledger: Path, repeat: int) -> list[Row]:
    names = [str(f) for f in files]
    rows = [
        Row(group, "floor: import libraries", measure([PYTHON, "-c", IMPORT_FLOOR], repeat)),
        Row(group, "floor: PyYAML C loader", measure([PYTHON, "-c", YAML_FLOOR, *names], repeat)),
        Row(group, "floor: PyYAML C loader + model",
            measure([PYTHON, "-c", MODEL_FLOOR, *names], repeat)),
    ]
    if BEAN_CHECK:
        rows.append(Row(group, "bean-check -C (no cache), equivalent ledger",
                        measure([BEAN_CHECK, "-C", str(ledger)], repeat)))
    return rows


def generate(files: list[Path], events: int, ledger: Path) -> None:
    """Write generated pledges (seed = position) and their ledger, in child processes: a
    child's peak memory counts this process's size when it was started, so this one stays
    small (never holds a parsed file)."""
    names = [str(f) for f in files]
    code = ("import sys\nfrom pathlib import Path\nfrom generate import pledge_with_events\n"
            "for i, name in enumerate(sys.argv[2:]):\n"
            "    Path(name).write_text(pledge_with_events(int(sys.argv[1]), seed=i),"
            " encoding='utf-8')\n")
    subprocess.run([PYTHON, "-c", code, str(events), *names], check=True, cwd=HERE)
    subprocess.run([PYTHON, str(HERE / "ledger.py"), str(ledger), *names], check=True)


def size_rows(events: int, tmp: Path, quick: bool) -> list[Row]:
    repeat = runs(events, quick)
    group = f"{events:,} events"
    source = tmp / f"pledge-{events}.yaml"
    ledger = tmp / f"ledger-{events}.beancount"
    generate([source], events, ledger)
    copy = tmp / "log" / "pledge.yaml"
    copy.parent.mkdir(exist_ok=True)

    def fresh_copy() -> None:
        shutil.copyfile(source, copy)

    log = [*PLEDGE, "log", "polis-mopedinsatser", "-d", "2024-12-01", "-p", "Jämshög",
           "-m", "Kontroll av mopeder", "-f", str(copy)]
    return [
        *floor_rows(group, [source], ledger, repeat),
        Row(group, "pledge validate", measure([*PLEDGE, "validate", str(source)], repeat)),
        Row(group, "pledge status", measure([*PLEDGE, "status", str(source)], repeat)),
        Row(group, "pledge log (one event)", measure(log, repeat, before_each=fresh_copy)),
        Row(group, "pledge report (HTML)",
            measure([*PLEDGE, "report", "-f", str(source)], repeat)),
    ]


def rollup_rows(count: int, tmp: Path, quick: bool) -> list[Row]:
    repeat = 2 if count >= 300 else runs(count * ROLLUP_EVENTS, quick)
    group = f"roll-up of {count} file{'s' if count > 1 else ''}"
    folder = tmp / f"rollup-{count}"
    folder.mkdir()
    files = [folder / f"kommun-{i:03}.yaml" for i in range(count)]
    ledger = tmp / f"rollup-{count}.beancount"
    generate(files, ROLLUP_EVENTS, ledger)
    names = [str(f) for f in files]
    return [
        *floor_rows(group, files, ledger, repeat),
        Row(group, "pledge validate FILES", measure([*PLEDGE, "validate", *names], repeat)),
        Row(group, "pledge status DIR", measure([*PLEDGE, "status", str(folder)], repeat)),
    ]


def targets(rows: list[Row]) -> list[Target]:
    """The ratios the issue sets, from the rows of this run."""
    def get(group: str, what: str) -> Measure:
        return next(r.measure for r in rows if r.group == group and r.what.startswith(what))

    found = [
        Target("pledge --help / minimal Typer app --help", 1.1,
               get("start", "pledge --help"), get("start", "floor: minimal")),
        Target("completion of target ids / minimal Typer app --help", 1.3,
               get("start", "pledge log pol"), get("start", "floor: minimal")),
        Target("status on the shipped pledge / import floor", 1.3,
               get("start", "pledge status"), get("start", "floor: python")),
        Target("(for information) status / import floor with BaseModel loaded", None,
               get("start", "pledge status"), get("start", "floor: the same")),
        Target("validate, 10,000 events / PyYAML floor", 1.15,
               get("10,000 events", "pledge validate"),
               get("10,000 events", "floor: PyYAML C loader")),
        Target("validate, 10,000 events / PyYAML + model floor", 1.15,
               get("10,000 events", "pledge validate"),
               get("10,000 events", "floor: PyYAML C loader + model")),
    ]
    if any(r.group == "100,000 events" for r in rows):
        found.append(Target("validate, 100,000 events / 10,000 events", 11,
                            get("100,000 events", "pledge validate"),
                            get("10,000 events", "pledge validate")))
    found.append(Target("peak memory of validate, 10,000 events / PyYAML floor's", 2,
                        get("10,000 events", "pledge validate"),
                        get("10,000 events", "floor: PyYAML C loader"), memory=True))
    return found


def main() -> None:
    quick = "--quick" in sys.argv
    sizes = SIZES[:3] if quick else SIZES
    rollups = ROLLUPS[:2] if quick else ROLLUPS
    rows: list[Row] = []
    steps: list[tuple[Callable[[int, Path, bool], list[Row]], int]] = [(startup_rows, 0)]
    steps += [(size_rows, n) for n in sizes] + [(rollup_rows, n) for n in rollups]
    with tempfile.TemporaryDirectory() as tmp:
        for step, size in steps:
            found = step(size, Path(tmp), quick)
            rows += found
            print(f"measured: {found[0].group}", file=sys.stderr)
    text = render_markdown(rows, targets(rows), machine(), quick)
    print(text)
    if "--no-write" not in sys.argv:
        write_docs(ROOT / "docs" / "performance.md", text)


if __name__ == "__main__":
    main()
