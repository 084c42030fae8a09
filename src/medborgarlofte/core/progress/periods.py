"""Follow-up periods and report windows: pure date arithmetic, `today` is a parameter.

A follow-up period is a calendar tertial (2024-T1 = Jan–Apr), quarter (2024-Q3), half-year
(2024-H2) or year (2024). `resolve_window` turns the options of `pledge report` (a period,
or from/to dates, or nothing) into the window a report covers, or into an error value with a
message key; the default is the latest follow-up period of the pledge's cadence that has
ended, clipped to the pledge.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from medborgarlofte.core.schema.dates import EARLIEST, LATEST

CADENCE_MONTHS: dict[str, int] = {"tertial": 4, "quarter": 3, "half-year": 6, "year": 12}
_LETTERS: dict[str, str] = {"T": "tertial", "Q": "quarter", "H": "half-year"}
_PATTERN = re.compile(r"^(\d{4})(?:-([TQH])([1-9]))?$", re.IGNORECASE)


@dataclass(frozen=True)
class FollowUpPeriod:
    """A labelled span of days, both ends included: '2024-T2' is 2024-05-01 – 2024-08-31."""

    label: str
    start: dt.date
    end: dt.date


@dataclass(frozen=True)
class ReportWindow:
    """The days a report covers. `end` is the day numbers are judged on (never after today);
    `nominal_end` the period's own last day, later than `end` while the period is running."""

    start: dt.date
    end: dt.date
    nominal_end: dt.date
    label: str | None = None

    @property
    def ongoing(self) -> bool:
        """True when the window was cut at today because its period has not ended."""
        return self.end < self.nominal_end


@dataclass(frozen=True)
class WindowError:
    """Why no window could be made: a message key (report area) and its parameters."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_of(cadence: str, year: int, number: int) -> FollowUpPeriod:
    """Period `number` (1-based) of `year` for a cadence: period_of('tertial', 2024, 2)."""
    months = CADENCE_MONTHS[cadence]
    start = dt.date(year, (number - 1) * months + 1, 1)
    end = _add_months(start, months) - dt.timedelta(days=1)
    letter = next((k for k, v in _LETTERS.items() if v == cadence), "")
    return FollowUpPeriod(f"{year}-{letter}{number}" if letter else str(year), start, end)


def parse_period(text: str) -> FollowUpPeriod | None:
    """'2024-T1'..'2024-T3', '2024-Q1'..'Q4', '2024-H1'/'H2', '2024'; None when not one."""
    match = _PATTERN.match(text.strip())
    if not match:
        return None
    year, letter, number = match.groups()
    if not EARLIEST.year <= int(year) <= LATEST.year:  # the years a pledge may hold
        return None
    if letter is None:
        return period_of("year", int(year), 1)
    cadence = _LETTERS[letter.upper()]
    if not 1 <= int(number) <= 12 // CADENCE_MONTHS[cadence]:
        return None
    return period_of(cadence, int(year), int(number))


def periods_overlapping(cadence: str, start: dt.date, end: dt.date) -> list[FollowUpPeriod]:
    """The cadence's calendar periods that overlap [start, end], clipped to it, in order."""
    months = CADENCE_MONTHS[cadence]
    found = []
    period = period_of(cadence, start.year, (start.month - 1) // months + 1)
    while period.start <= end:
        found.append(FollowUpPeriod(period.label, max(period.start, start),
                                    min(period.end, end)))
        following = period.end + dt.timedelta(days=1)
        period = period_of(cadence, following.year, (following.month - 1) // months + 1)
    return found


def latest_completed(cadence: str, start: dt.date, end: dt.date,
                     today: dt.date) -> FollowUpPeriod | None:
    """The last period of the pledge [start, end] whose (clipped) last day is before today."""
    ended = [p for p in periods_overlapping(cadence, start, end) if p.end < today]
    return ended[-1] if ended else None


def resolve_window(
    pledge_start: dt.date,
    pledge_end: dt.date,
    cadence: str,
    today: dt.date,
    *,
    period: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> ReportWindow | WindowError:
    """The window a report covers, from `--period`, `--from/--to`, or the pledge's cadence."""
    if period is not None and (date_from or date_to):
        return WindowError("report.period_and_dates")
    if period is not None:
        return _period_window(period, pledge_start, pledge_end, today)
    if date_from or date_to:
        return _dates_window(date_from, date_to, pledge_start, pledge_end, today)
    latest = latest_completed(cadence, pledge_start, pledge_end, today)
    if latest is None:
        first = periods_overlapping(cadence, pledge_start, pledge_end)[0]
        return WindowError("report.no_completed_period",
                           {"label": first.label, "end": first.end.isoformat()})
    return ReportWindow(latest.start, latest.end, latest.end, latest.label)


def _period_window(text: str, pledge_start: dt.date, pledge_end: dt.date,
                   today: dt.date) -> ReportWindow | WindowError:
    parsed = parse_period(text)
    if parsed is None:
        return WindowError("report.bad_period", {"value": text})
    start, end = max(parsed.start, pledge_start), min(parsed.end, pledge_end)
    if start > end:
        return WindowError("report.period_outside", {
            "label": parsed.label, "start": pledge_start.isoformat(),
            "end": pledge_end.isoformat()})
    if start > today:
        return WindowError("report.period_future",
                           {"label": parsed.label, "start": start.isoformat()})
    return ReportWindow(start, min(end, today), end, parsed.label)


def _dates_window(date_from: dt.date | None, date_to: dt.date | None, pledge_start: dt.date,
                  pledge_end: dt.date, today: dt.date) -> ReportWindow | WindowError:
    start = date_from or pledge_start
    end = date_to or min(pledge_end, today)
    if start > end:
        return WindowError("report.from_after_to",
                           {"start": start.isoformat(), "end": end.isoformat()})
    if end < pledge_start or start > pledge_end:
        return WindowError("report.window_outside", {
            "from": start.isoformat(), "to": end.isoformat(),
            "start": pledge_start.isoformat(), "end": pledge_end.isoformat()})
    if start > today:
        return WindowError("report.period_future",
                           {"label": start.isoformat(), "start": start.isoformat()})
    return ReportWindow(start, min(end, today), end)
