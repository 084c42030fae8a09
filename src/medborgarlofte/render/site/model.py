"""What the site shows of each pledge: one report for the whole period so far, one per
follow-up period, and the status changes; all judged on the same day.

The day a pledge is judged on (`as_of`) comes from the data, never the clock, so that the same
file always gives the same site: the last day of its latest activity or measurement (or
`--updated`), kept inside the pledge's period. That day is also the "senast uppdaterad" date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from medborgarlofte.core.progress.history import StatusChange, status_changes
from medborgarlofte.core.progress.periods import FollowUpPeriod, ReportWindow, periods_overlapping
from medborgarlofte.core.progress.report import Report, build_report
from medborgarlofte.core.progress.types import last_day
from medborgarlofte.core.schema.model import Pledge
from medborgarlofte.render.site.paths import slug


@dataclass(frozen=True)
class PeriodReport:
    """One follow-up period (a tertial, ...) and its report, up to `as_of` when running."""

    period: FollowUpPeriod
    report: Report


@dataclass(frozen=True)
class SitePledge:
    """One pledge of the site."""

    id: str
    pledge: Pledge
    updated: dt.date
    as_of: dt.date
    report: Report
    periods: tuple[PeriodReport, ...]
    changes: tuple[StatusChange, ...]


@dataclass(frozen=True)
class Site:
    """Every pledge, in the order given, and the site's own 'last updated' day."""

    pledges: tuple[SitePledge, ...]
    updated: dt.date
    base_url: str | None = None


def data_day(pledge: Pledge) -> dt.date:
    """The latest day in the data: an activity's last day, a measurement, a baseline; the
    pledge's first day when it has none."""
    days = [last_day(e) for e in pledge.event_list]
    for indicator in pledge.indicators:
        days += [m.date for m in indicator.measurements]
        if indicator.baseline is not None:
            days.append(indicator.baseline.date)
    return max(days, default=pledge.pledge.period.start)


def pledge_ids(pledges: Sequence[tuple[str, Pledge]]) -> list[str]:
    """Each pledge's id: municipality and first year; the file's name is added when two
    pledges would share one (a municipality's two pledges starting the same year)."""
    plain = [slug(f"{p.pledge.municipality} {p.pledge.period.start.year}") for _, p in pledges]
    return [pid if plain.count(pid) == 1 else f"{pid}-{slug(name)}"
            for pid, (name, _) in zip(plain, pledges, strict=True)]


def build_site(pledges: Sequence[tuple[str, Pledge]], updated: dt.date | None = None,
               base_url: str | None = None) -> Site:
    """The site of `pledges` ((file name, pledge) pairs), judged on `updated` when given."""
    built = tuple(_site_pledge(pid, pledge, updated)
                  for pid, (_, pledge) in zip(pledge_ids(pledges), pledges, strict=True))
    return Site(built, max((p.updated for p in built), default=dt.date(1970, 1, 1)), base_url)


def _site_pledge(pid: str, pledge: Pledge, updated: dt.date | None) -> SitePledge:
    info = pledge.pledge
    day = updated or data_day(pledge)
    as_of = min(max(day, info.period.start), info.end)
    whole = ReportWindow(info.period.start, as_of, info.end)
    periods = tuple(
        PeriodReport(p, build_report(pledge, ReportWindow(p.start, min(p.end, as_of), p.end,
                                                          p.label), day))
        for p in periods_overlapping(info.cadence, info.period.start, info.end)
        if p.start <= as_of)
    return SitePledge(pid, pledge, day, as_of, build_report(pledge, whole, day), periods,
                      status_changes(pledge, as_of))
