"""The benchmark figures as Markdown, and their place in docs/performance.md (between two
marker comments, so the prose around them stays as written)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from measure import Measure

START, END = "<!-- benchmarks:start -->", "<!-- benchmarks:end -->"


@dataclass(frozen=True)
class Row:
    """One measured command in a group (a size, a roll-up, start-up)."""

    group: str
    what: str
    measure: Measure


@dataclass(frozen=True)
class Target:
    """A ratio the issue sets: ours / floor <= limit (wall time, or peak memory); a ratio
    with no limit is shown for information."""

    name: str
    limit: float | None
    ours: Measure
    floor: Measure
    memory: bool = False

    @property
    def ratio(self) -> float:
        if self.memory:
            return self.ours.peak_mb / self.floor.peak_mb
        return self.ours.wall / self.floor.wall

    @property
    def cpu_ratio(self) -> float | None:
        return None if self.memory else self.ours.cpu / self.floor.cpu


def _group_table(rows: list[Row]) -> list[str]:
    floor = next((r.measure for r in rows if r.what.startswith("floor: PyYAML C loader")
                  and not r.what.endswith("model")), None)
    lines = ["| command | wall s | CPU s | peak MB | × PyYAML floor (wall) | runs |",
             "|---|---:|---:|---:|---:|---:|"]
    for row in rows:
        m = row.measure
        times = f"{m.wall / floor.wall:.2f}" if floor else ""
        lines.append(f"| {row.what} | {m.wall:.3f} | {m.cpu:.3f} | {m.peak_mb:.0f} | {times} "
                     f"| {m.runs} |")
    return lines


def render_markdown(rows: list[Row], targets: list[Target], machine: str, quick: bool) -> str:
    """The tables: targets first, then start-up, then each size and roll-up."""
    lines = [f"Measured {dt.date.today().isoformat()} on {machine}"
             + (" (quick run: fewer repeats, no 100,000 events, no 300 files)" if quick else "")
             + ". Wall and CPU time are medians of fresh processes (after one warm-up run, "
             "except for 100,000 events and 300 files); peak MB is the largest resident "
             "size of any run.", "", "### Targets", "",
             "| ratio | target | measured (wall) | measured (CPU) | |",
             "|---|---:|---:|---:|---|"]
    for t in targets:
        cpu = f"{t.cpu_ratio:.2f}" if t.cpu_ratio is not None else "–"
        if t.limit is None:
            limit, verdict = "–", ""
        else:
            limit, verdict = f"≤ {t.limit:g}", "met" if t.ratio <= t.limit else "**missed**"
        lines.append(f"| {t.name} | {limit} | {t.ratio:.2f} | {cpu} | {verdict} |")
    groups: list[str] = []
    for row in rows:
        if row.group not in groups:
            groups.append(row.group)
    for group in groups:
        title = "Start-up (the shipped pledge)" if group == "start" else group.capitalize()
        members = [r for r in rows if r.group == group]
        lines += ["", f"### {title}", ""]
        if group == "start":
            lines += ["| command | wall s | CPU s | peak MB | runs |", "|---|---:|---:|---:|---:|"]
            lines += [f"| {r.what} | {r.measure.wall:.3f} | {r.measure.cpu:.3f} | "
                      f"{r.measure.peak_mb:.0f} | {r.measure.runs} |" for r in members]
        else:
            lines += _group_table(members)
    return "\n".join(lines) + "\n"


def write_docs(path: Path, tables: str) -> None:
    """Put `tables` between the markers of `path` (added at the end when missing)."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Performance\n"
    block = f"{START}\n{tables}{END}"
    if START in text and END in text:
        before, rest = text.split(START, 1)
        text = before + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.write_text(text, encoding="utf-8")
