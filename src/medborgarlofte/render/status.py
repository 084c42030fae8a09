"""`pledge status` as a Rich table: targets grouped by owner or priority, then indicators.

Returns text (plain, or with ANSI colours when `color`), never prints. Every column but the
commitment's text has a fixed width, so the groups line up; the commitment's id (what `log`,
`--target` and `edit` take) heads its text, which wraps so that it is read in full (`short`:
both on one line, cut with an ellipsis, at 80 columns as at 200).
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from typing import Literal, assert_never

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from medborgarlofte.core.progress.types import (
    CountResult,
    CoverageResult,
    IndicatorProgress,
    MilestoneResult,
    OngoingResult,
    PledgeProgress,
    RateResult,
    ResponseResult,
    ShareResult,
    TargetProgress,
)
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import number_text, signed_text, unit_for
from medborgarlofte.render import words

GroupBy = Literal["owner", "priority"]
OWNER_GROUPS = ("police", "municipality", "joint", "other")
BAR_WIDTH, NARROW_BAR_WIDTH, NARROW = 8, 5, 100
"""The bar is 8 cells wide, 5 below 100 columns, to leave the commitment's text room."""
TREND_SYMBOLS = {"better": "✔", "worse": "✖", "unchanged": "–", "changed": "•", "no_data": "○"}
TREND_STYLES = {"better": "green", "worse": "red"}


def render_to_text(renderables: Iterable[RenderableType], width: int, color: bool) -> str:
    """Renderables as text at `width` columns; plain text loses trailing spaces."""
    console = Console(file=io.StringIO(), width=width, color_system="standard" if color else None,
                      force_terminal=color, no_color=not color, legacy_windows=False,
                      emoji=False, highlight=False)
    for renderable in renderables:
        console.print(renderable)
    text = console.file.getvalue()  # type: ignore[attr-defined]
    if color:
        return str(text)
    return "".join(line.rstrip() + "\n" for line in str(text).splitlines())


def render_status_table(progress: PledgeProgress, lang: str, *, width: int = 80,
                        by: GroupBy = "owner", color: bool = False, short: bool = False) -> str:
    """The status of one pledge: heading, one table per group, summary, indicators."""
    return render_to_text(status_renderables(progress, lang, width=width, by=by, short=short),
                          width, color)


def status_renderables(progress: PledgeProgress, lang: str, *, width: int,
                       by: GroupBy = "owner", short: bool = False) -> list[RenderableType]:
    """The Rich pieces of the status view, in order."""
    parts: list[RenderableType] = [heading(progress, lang), Text("")]
    summary = Text(summary_line(progress, lang), style="bold")
    if progress.over:  # a finished period leads with its outcome
        parts += [summary, Text("")]
    widths = _column_widths(progress.targets, lang)
    for title, targets in group_targets(progress, by, lang):
        parts += [_target_table(title, targets, lang, width, widths, short), Text("")]
    if not progress.over:
        parts.append(summary)
    if progress.indicators:
        parts += [Text("")] if not progress.over else []
        parts.append(indicator_table(progress.indicators, lang, width))
    return parts


def heading(progress: PledgeProgress, lang: str) -> Text:
    """'Medborgarlöfte 2024 · Olofströms kommun' and the period with the day judged."""
    text = Text(f"{progress.title} · {progress.municipality}", style="bold")
    text.append("\n" + period_line(progress, lang))
    return text


def period_line(progress: PledgeProgress, lang: str) -> str:
    """'Period 2024-01-01 – 2024-12-31 · läget 2024-07-01', saying when the period is over
    and when its end is an extension known by the day judged."""
    end = progress.end.isoformat()
    if progress.extended:
        end += f" ({t('status.heading.extended', lang)})"
    if progress.open_ended:
        end += f" ({t('report.open_ended', lang)})"
    key = "status.heading.over" if progress.over else "status.heading.period"
    return t(key, lang, start=progress.start.isoformat(), end=end,
             today=progress.today.isoformat())


def summary_line(progress: PledgeProgress, lang: str) -> str:
    """The summary line; 'Utfall: …' once the period is over."""
    text = words.summary_text(progress.summary, lang)
    return t("status.outcome_lead", lang, summary=text) if progress.over else text


def group_targets(progress: PledgeProgress, by: GroupBy,
                  lang: str) -> list[tuple[str, list[TargetProgress]]]:
    """(heading, targets) per non-empty group, in a fixed order (owners) or published order.

    By priority, a target that serves several priorities is listed under each of them.
    """
    if by == "owner":
        groups = [(t(f"status.group.{g}", lang), [x for x in progress.targets
                                                  if x.owner_group == g]) for g in OWNER_GROUPS]
    else:
        groups = [(title, [x for x in progress.targets if pid in x.priorities])
                  for pid, title in progress.priorities]
        groups.append((t("status.group.no_priority", lang),
                       [x for x in progress.targets if not x.priorities]))
    return [(title, targets) for title, targets in groups if targets]


def progress_bar(share: float | None, width: int = BAR_WIDTH) -> str:
    """'███░░░░░' for a share (capped at 1); '' when there is nothing to measure."""
    if share is None:
        return ""
    filled = round(min(max(share, 0.0), 1.0) * width)
    return "█" * filled + "░" * (width - filled)


def bar_share(target: TargetProgress) -> float | None:
    """What the bar shows: the share done; for a rate, sub-periods met of those ended (before
    any has ended, the current one's share); nothing for ongoing work."""
    result = target.result
    match result:
        case CountResult() | MilestoneResult():
            return result.share
        case RateResult():
            current = result.current
            if result.share is None and current is not None and current.required:
                return current.done.value / current.required
            return result.share if result.share is not None else 0.0
        case OngoingResult():
            return None
        case ShareResult():
            return None if result.share is None else min(1.0, result.share)
        case CoverageResult():
            return result.share
        case ResponseResult():
            return result.share
        case _:
            assert_never(result)


def _column_widths(targets: Iterable[TargetProgress], lang: str) -> tuple[int, int]:
    """Widths of the status and the progress columns: the longest value, or the header."""
    targets = list(targets)
    status = max([len(words.status_label(x.status, lang)) for x in targets]
                 + [len(t("status.col.status", lang))])
    done = max([len(words.result_text(x.result, lang)) for x in targets]
               + [len(t("status.col.done", lang))])
    return status, done


def commitment_cell(target: TargetProgress, text_width: int, short: bool) -> Text:
    """The id (bold) and below it the text, wrapped; `short`: 'id text' cut to one line."""
    text = " ".join(target.text.split())
    if short:
        cell = Text(target.id, style="bold")
        cell.append(" " + text)
        cell.truncate(text_width, overflow="ellipsis")
        return cell
    cell = Text(target.id, style="bold", overflow="fold")  # a long word breaks, never cut
    cell.append("\n" + text)
    return cell


def _target_table(title: str, targets: list[TargetProgress], lang: str, width: int,
                  widths: tuple[int, int], short: bool = False) -> Table:
    """The targets of one group; the text column takes what the fixed columns leave.

    A target's id heads its text, which wraps (`short`: cut to one line with an ellipsis); a
    recorded outcome's reason, on the row below, wraps inside the text column too.
    """
    bar = BAR_WIDTH if width >= NARROW else NARROW_BAR_WIDTH
    text_width = max(8, width - widths[0] - bar - widths[1] - 10 - 4)
    table = Table(box=box.SIMPLE_HEAD, width=width, title=title, title_justify="left",
                  title_style="bold", pad_edge=False, show_edge=False, padding=0)
    table.add_column(t("status.col.status", lang), width=widths[0], no_wrap=True)
    table.add_column(t("status.col.target", lang), width=text_width)
    table.add_column("", width=bar, no_wrap=True)
    table.add_column(t("status.col.done", lang), width=widths[1], no_wrap=True)
    table.add_column(t("status.col.last", lang), width=10, no_wrap=True)
    for target in targets:
        style = words.STYLES[target.category]
        text = commitment_cell(target, text_width, short)
        table.add_row(
            Text(words.status_label(target.status, lang), style=style), text,
            Text(progress_bar(bar_share(target), bar), style=style),
            words.result_text(target.result, lang),
            target.last_activity.isoformat() if target.last_activity else "–",
        )
        for note in (words.result_detail(target.result, lang),
                     words.outcome_note(target, lang), *words.target_notes(target, lang)):
            if note:
                table.add_row("", Text("↳ " + note, style="dim"), "", "", "")
    return table


def indicator_table(indicators: Iterable[IndicatorProgress], lang: str, width: int) -> Table:
    """Effect goals: latest value, change from the reference, direction and judgement."""
    table = Table(box=box.SIMPLE_HEAD, width=width, title=t("status.indicators", lang),
                  title_justify="left", title_style="bold", pad_edge=False, show_edge=False,
                  padding=0)
    table.add_column(t("status.col.indicator", lang), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.direction", lang), no_wrap=True)
    table.add_column(t("status.col.latest", lang), no_wrap=True)
    table.add_column(t("status.col.change", lang), no_wrap=True, justify="right")
    table.add_column(t("status.col.trend", lang), no_wrap=True)
    for indicator in indicators:
        table.add_row(indicator.text, direction_text(indicator, lang), latest_text(indicator, lang),
                      change_text(indicator, lang), Text(trend_label(indicator, lang),
                                                   style=TREND_STYLES.get(indicator.trend, "")))
    return table


def latest_text(indicator: IndicatorProgress, lang: str) -> str:
    """'16,5 (2024-09-01)', '–' without measurements."""
    if indicator.latest_value is None or indicator.latest_date is None:
        return "–"
    unit = unit_for(indicator.unit or "", indicator.latest_value, lang)
    unit = f" {unit}" if unit else ""
    return f"{number_text(indicator.latest_value, lang)}{unit} ({indicator.latest_date})"


def change_text(indicator: IndicatorProgress, lang: str) -> str:
    """'+3', '−2,5', '0', '–' with nothing to compare."""
    if indicator.change is None:
        return "–"
    return signed_text(indicator.change, lang)


def trend_label(indicator: IndicatorProgress, lang: str) -> str:
    """'✔ bättre': the change judged against the intended direction."""
    text = f"{TREND_SYMBOLS[indicator.trend]} {t(f'status.trend.{indicator.trend}', lang)}"
    judged = words.threshold_text(indicator.meets, indicator.threshold, lang)
    return f"{text} · {judged}" if judged else text


def direction_text(indicator: IndicatorProgress, lang: str) -> str:
    """'↑ öka', '↓ minska', '–': which way is better."""
    return t(f"status.dir.{indicator.direction}", lang)
