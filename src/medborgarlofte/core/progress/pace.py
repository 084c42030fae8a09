"""The pace rule and the calendar of sub-periods: pure date arithmetic, no model.

The pace rule (docs/progress.md): a goal of N over a window of D days (both ends included)
expects `N * e / D` by today, where `e` is the number of days of the window up to and
including today. A target is on track when `done >= floor(N * e / D)`: one is behind only
once a whole unit is overdue. Integer arithmetic, so the rule has no rounding surprises.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

Per = Literal["week", "month", "quarter", "tertial", "half-year", "year", "term"]

TERMS: tuple[tuple[str, tuple[int, int], tuple[int, int]], ...] = (
    ("vt", (1, 1), (6, 15)), ("ht", (8, 16), (12, 31)),
)
"""School terms (`per: term`): VT 1 January – 15 June, HT 16 August – 31 December. The summer
between them belongs to no term: an activity then counts in the total, for no term."""


def _terms(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, int]]:
    periods = []
    for year in range(start.year, end.year + 1):
        for _, (m1, d1), (m2, d2) in TERMS:
            first, last = dt.date(year, m1, d1), dt.date(year, m2, d2)
            if last < start or first > end:
                continue
            periods.append((max(first, start), min(last, end), (last - first).days + 1))
    return periods

_MONTHS_PER: dict[str, int] = {"month": 1, "quarter": 3, "tertial": 4, "half-year": 6, "year": 12}


def window_days(start: dt.date, end: dt.date) -> int:
    """Days in the window, both ends included (at least 1)."""
    return max(1, (end - start).days + 1)


def elapsed_days(start: dt.date, end: dt.date, today: dt.date) -> int:
    """Days of the window up to and including today (0 before it, all of it after it)."""
    return min(window_days(start, end), max(0, (today - start).days + 1))


def expected_by(goal: int, start: dt.date, end: dt.date, today: dt.date) -> float:
    """The pro-rata share of the goal expected by today: goal * elapsed / window days."""
    return goal * elapsed_days(start, end, today) / window_days(start, end)


def required_by(goal: int, start: dt.date, end: dt.date, today: dt.date) -> int:
    """What must be done by today to be on track: floor(goal * elapsed / window days)."""
    return goal * elapsed_days(start, end, today) // window_days(start, end)


def forecast_at_due(done: int, start: dt.date, end: dt.date, today: dt.date) -> float | None:
    """The amount done by the window's end at the pace so far; None before the window."""
    elapsed = elapsed_days(start, end, today)
    if elapsed == 0:
        return None
    return done * window_days(start, end) / elapsed


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _period_start(day: dt.date, per: Per) -> dt.date:
    """The first day of the calendar sub-period (ISO week, month, ...) that holds `day`."""
    if per == "week":
        return day - dt.timedelta(days=day.weekday())
    months = _MONTHS_PER[per]
    return dt.date(day.year, (day.month - 1) // months * months + 1, 1)


def _next_start(first: dt.date, per: Per) -> dt.date:
    if per == "week":
        return first + dt.timedelta(days=7)
    return _add_months(first, _MONTHS_PER[per])


def sub_periods(per: Per, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date, int]]:
    """The calendar sub-periods that overlap the window, clipped to it.

    Each item is (first day, last day, days of the whole calendar sub-period), so a clipped
    edge can be judged pro rata. Weeks are ISO weeks (Monday to Sunday); tertials are
    Jan-Apr, May-Aug, Sep-Dec; half-years and years are calendar ones.
    """
    if per == "term":
        return _terms(start, end)
    periods = []
    first = _period_start(start, per)
    while first <= end:
        following = _next_start(first, per)
        full_days = (following - first).days
        periods.append((max(first, start), min(following - dt.timedelta(days=1), end), full_days))
        first = following
    return periods


def period_index(per: Per, day: dt.date, periods: list[tuple[dt.date, dt.date, int]]) -> int:
    """The index in `periods` (from `sub_periods`) of the one holding `day`, or -1 outside."""
    if not periods or day < periods[0][0] or day > periods[-1][1]:
        return -1
    if per == "term":
        return next((i for i, (a, b, _) in enumerate(periods) if a <= day <= b), -1)
    first = _period_start(periods[0][0], per)
    if per == "week":
        return (day - first).days // 7
    months = _MONTHS_PER[per]
    return ((day.year - first.year) * 12 + day.month - first.month) // months
