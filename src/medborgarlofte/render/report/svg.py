"""Inline SVG charts of the HTML report: a progress bar with a pace marker, and the
cumulative activity chart. Each SVG is `role="img"` named by its <title>; the page puts the
same numbers in text and in a table beside it, so nothing depends on seeing the picture.
"""

from __future__ import annotations

from html import escape
from typing import assert_never

from medborgarlofte.core.progress.report import ChartMonth, CommitmentReport
from medborgarlofte.core.progress.types import (
    CountResult,
    CoverageResult,
    MilestoneResult,
    OngoingResult,
    RateResult,
    ResponseResult,
    ShareResult,
)
from medborgarlofte.i18n import t

BAR_WIDTH, BAR_HEIGHT = 300, 24


def bar_fractions(commitment: CommitmentReport) -> tuple[float, float | None] | None:
    """(filled share, pace marker share or None) of the bar; None for ongoing work.

    count: done / goal, marker at expected / goal; rate: met / judged sub-periods, marker
    at ended / judged; milestone: 0 or 1, no marker. A commitment with an outcome (its time
    is up, or one is recorded) has no pace, so no marker.
    """
    p = commitment.progress
    paced = not p.status.is_outcome
    result = p.result
    match result:
        case CountResult():
            pace = min(1.0, result.expected / result.goal) if paced else None
            return min(1.0, result.done.value / result.goal), pace
        case RateResult():
            judged = len(result.judged) or 1
            pace = min(1.0, len(result.ended) / judged) if paced else None
            return min(1.0, result.met / judged), pace
        case MilestoneResult():
            return result.share, None
        case OngoingResult():
            return None
        case ShareResult():
            return (0.0 if result.share is None else min(1.0, result.share)), None
        case CoverageResult():
            return result.share, None
        case ResponseResult():
            return (result.share or 0.0), None
        case _:
            assert_never(result)


def progress_bar_svg(commitment: CommitmentReport, label: str, dom_id: str) -> str:
    """The bar of one commitment, named by `label` (its numbers in words); '' when none."""
    fractions = bar_fractions(commitment)
    if fractions is None:
        return ""
    filled, pace = fractions
    category = commitment.progress.category
    parts = [
        f'<svg viewBox="0 0 {BAR_WIDTH} {BAR_HEIGHT}" preserveAspectRatio="none" '
        f'role="img" aria-labelledby="{dom_id}" focusable="false">',
        f'<title id="{dom_id}">{escape(label)}</title>',
        f'<rect class="bar-track" x="0.5" y="4.5" width="{BAR_WIDTH - 1}" height="15" '
        'vector-effect="non-scaling-stroke"/>',
    ]
    if filled > 0:
        parts.append(f'<rect class="bar-fill {category}" x="0.5" y="4.5" '
                     f'width="{(BAR_WIDTH - 1) * filled:.1f}" height="15"/>')
    if pace is not None:
        x = max(1.5, min(BAR_WIDTH - 1.5, BAR_WIDTH * pace))
        parts.append(f'<line class="bar-pace" x1="{x:.1f}" x2="{x:.1f}" y1="0" '
                     f'y2="{BAR_HEIGHT}" vector-effect="non-scaling-stroke"/>')
    parts.append("</svg>")
    return "".join(parts)


CHART_W, CHART_H = 640, 260
_LEFT, _RIGHT, _TOP, _BOTTOM = 44, 12, 14, 36


def _nice_max(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50, ... at or above `value` (at least 1)."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if step * factor >= value:
                return step * factor
        step *= 10


def activity_chart_svg(months: tuple[ChartMonth, ...], lang: str, title: str,
                       desc: str, goal: tuple[int, str] | None = None) -> str:
    """Cumulative activities per month: a line over the months, the report window shaded;
    with `goal` (number, label) a dashed line at the number promised (a commitment's page)."""
    top = _nice_max(max([m.cumulative for m in months] + [goal[0] if goal else 0]))
    plot_w, plot_h = CHART_W - _LEFT - _RIGHT, CHART_H - _TOP - _BOTTOM
    slot = plot_w / max(1, len(months))

    def y(value: int) -> float:
        return _TOP + plot_h * (1 - value / top)

    parts = [f'<svg viewBox="0 0 {CHART_W} {CHART_H}" role="img" '
             'aria-labelledby="chart-title chart-desc" focusable="false">',
             f'<title id="chart-title">{escape(title)}</title>',
             f'<desc id="chart-desc">{escape(desc)}</desc>']
    shaded = [i for i, m in enumerate(months) if m.in_window]
    if shaded:
        parts.append(f'<rect class="chart-window" x="{_LEFT + slot * shaded[0]:.1f}" '
                     f'y="{_TOP}" width="{slot * len(shaded):.1f}" height="{plot_h}"/>')
    for value in sorted({0, top // 2, top}):
        parts.append(f'<line class="chart-grid" x1="{_LEFT}" x2="{CHART_W - _RIGHT}" '
                     f'y1="{y(value):.1f}" y2="{y(value):.1f}"/>')
        parts.append(f'<text class="chart-label" x="{_LEFT - 6}" y="{y(value) + 4:.1f}" '
                     f'text-anchor="end">{value}</text>')
    every = 1 if len(months) <= 12 else 3 if len(months) <= 36 else 6
    points = []
    for i, month in enumerate(months):
        x = _LEFT + slot * (i + 0.5)
        points.append(f"{x:.1f},{y(month.cumulative):.1f}")
        if i % every == 0:
            name = t(f"report.month.{month.start.month}", lang)[:3]
            label = name if len(months) <= 12 else f"{name} {month.start.year % 100:02d}"
            parts.append(f'<text class="chart-label" x="{x:.1f}" y="{CHART_H - _BOTTOM + 20}" '
                         f'text-anchor="middle">{escape(label)}</text>')
    parts.append(f'<line class="chart-axis" x1="{_LEFT}" x2="{CHART_W - _RIGHT}" '
                 f'y1="{y(0):.1f}" y2="{y(0):.1f}"/>')
    if goal is not None:
        parts.append(f'<line class="chart-goal" x1="{_LEFT}" x2="{CHART_W - _RIGHT}" '
                     f'y1="{y(goal[0]):.1f}" y2="{y(goal[0]):.1f}"/>')
        parts.append(f'<text class="chart-label" x="{_LEFT + 6}" y="{y(goal[0]) - 6:.1f}">'
                     f"{escape(goal[1])}</text>")
    parts.append(f'<polyline class="chart-line" points="{" ".join(points)}"/>')
    parts += [f'<circle class="chart-dot" cx="{p.split(",")[0]}" cy="{p.split(",")[1]}" '
              'r="4"/>' for p in points]
    parts.append("</svg>")
    return "".join(parts)
