"""The meeting views: `pledge targets` (every commitment with its id, owners, goal and
text) and `pledge changes` (what changed since the last meeting). Text only, never prints.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import assert_never

from rich import box
from rich.table import Table
from rich.text import Text

from medborgarlofte.core.progress.changes import Changes
from medborgarlofte.core.progress.kinds import (
    CountResult,
    CoverageResult,
    MilestoneResult,
    OngoingResult,
    RateResult,
    ResponseResult,
    ShareResult,
)
from medborgarlofte.core.progress.types import PledgeProgress, TargetProgress
from medborgarlofte.core.schema.model import Measurement
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import count_key, unit_for
from medborgarlofte.render import words
from medborgarlofte.render.events import count_text, date_text
from medborgarlofte.render.status import render_to_text


def goal_cell(target: TargetProgress, lang: str) -> str:
    """'4 insatser', 'minst 2 per vecka', 'delmål', 'löpande arbete'."""
    result = target.result
    match result:
        case MilestoneResult():
            return t("view.goal.milestone", lang)
        case OngoingResult():
            return t("view.goal.ongoing", lang)
        case CountResult() | RateResult():
            text = (t("status.goal.at_least", lang, n=result.goal)
                    if result.qualifier == "at_least" else str(result.goal))
            if result.unit:  # "minst 1 föreläsning": the singular for one, as status says
                text += f" {unit_for(result.unit, result.goal, lang)}"
            if isinstance(result, RateResult):
                text += " " + t(f"status.per_unit.{result.per}", lang)
            return text
        case ShareResult() | CoverageResult() | ResponseResult():
            return words.goal_text(target, lang)
        case _:
            assert_never(result)


def render_targets_table(progress: PledgeProgress, lang: str, *, width: int = 80,
                         color: bool = False) -> str:
    """Heading, then one row per commitment: its id (bold) with the whole text wrapped
    below it, the owners and the goal."""
    table = Table(box=box.SIMPLE_HEAD, width=width, pad_edge=False, show_edge=False,
                  padding=(0, 1, 0, 0))
    table.add_column(t("status.col.target", lang), ratio=1, overflow="fold")
    table.add_column(t("view.col.owners", lang), overflow="fold", max_width=20)
    table.add_column(t("view.col.goal", lang), overflow="fold", max_width=20)
    for target in progress.targets:
        cell = Text(target.id, style="bold", overflow="fold")
        cell.append("\n" + " ".join(target.text.split()))
        table.add_row(cell, ", ".join(target.owners), goal_cell(target, lang))
    heading = Text(t("view.targets.heading", lang, title=progress.title,
                     municipality=progress.municipality, count=len(progress.targets)),
                   style="bold")
    return render_to_text([heading, table], width, color)


def render_targets_markdown(progress: PledgeProgress, lang: str) -> str:
    """The same as a Markdown table."""
    head = [t(k, lang) for k in ("view.col.id", "view.col.owners", "view.col.goal",
                                 "status.col.target")]
    heading = t("view.targets.heading", lang, title=progress.title,
                municipality=progress.municipality, count=len(progress.targets))
    lines = [f"## {heading}", "", "| " + " | ".join(head) + " |", "|---|---|---|---|"]
    for target in progress.targets:
        cells = [f"`{target.id}`", ", ".join(target.owners), goal_cell(target, lang),
                 " ".join(target.text.split()).replace("|", "\\|")]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render_changes(changes: Changes, lang: str, refs: Mapping[int, str],
                   measurement_refs: Mapping[tuple[str, int], str]) -> str:
    """Plain lines: the heading, new activities (with their references), new measurements,
    each status change from what to what, and how many stayed as they were."""
    progress = changes.progress
    lines = [t("view.changes.heading", lang, since=changes.since.isoformat(),
               today=progress.today.isoformat(), title=progress.title,
               municipality=progress.municipality), ""]
    lines.append(t("view.changes.activities", lang, count=len(changes.activities)))
    for activity in changes.activities:
        event = activity.event
        detail = " – ".join(x for x in (event.place, event.note) if x)
        lines.append(f"  {refs.get(activity.index, ''):<6}  {date_text(event)}  "
                     f"{', '.join(event.target)}  {count_text(event, lang)}"
                     + (f"  {' '.join(detail.split())}" if detail else ""))
    lines += ["", t("view.changes.measurements", lang, count=len(changes.measurements))]
    for found in changes.measurements:
        m = found.measurement
        ref = measurement_refs.get((found.indicator, found.index), "")
        lines.append(f"  {ref:<6}  {m.date.isoformat()}  {found.indicator}  "
                     f"{words.number_text(m.value, lang)}"
                     + (f"  ({m.source})" if m.source else ""))
    lines += ["", t("view.changes.statuses", lang, count=len(changes.statuses))]
    for change in changes.statuses:
        lines.append(t("view.changes.status", lang, id=change.after.id,
                       before=words.status_label(change.before.status, lang),
                       after=words.status_label(change.after.status, lang),
                       done_before=words.progress_text(change.before, lang),
                       done_after=words.progress_text(change.after, lang)))
    same = changes.unchanged
    lines += ["", t(count_key("view.changes.unchanged", same), lang, count=same)]
    return "\n".join(lines) + "\n"


def render_measurements(rows: Sequence[tuple[str, str, Measurement]], lang: str) -> str:
    """'ref  date  indicator  value  (source)' per measurement, newest first."""
    lines = [t("view.measurements.heading", lang, count=len(rows))]
    for ref, indicator, m in sorted(rows, key=lambda r: r[2].date, reverse=True):
        lines.append(f"  {ref:<6}  {m.date.isoformat()}  {indicator}  "
                     f"{words.number_text(m.value, lang)}" + (f"  ({m.source})" if m.source else "")
                     + (f"  {' '.join(m.note.split())}" if m.note else ""))
    return "\n".join(lines) + "\n"
