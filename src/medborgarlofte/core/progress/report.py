"""The content of a follow-up report, language-neutral, built once for every output format.

`build_report(pledge, window, produced)` judges the pledge with
`compute_progress(pledge, window.end)` and adds what a report needs beyond a status: what was
done inside the window, the activities of the window, the measurements, the signatories and
a month-by-month count for the activity chart. Every number in every format comes from here,
so the formats cannot disagree with each other or with `pledge status --as-of`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from medborgarlofte.core.progress.compute import compute_progress, filter_progress
from medborgarlofte.core.progress.periods import ReportWindow
from medborgarlofte.core.progress.types import (
    Amount,
    IndicatorProgress,
    PledgeProgress,
    TargetProgress,
    last_day,
)
from medborgarlofte.core.schema.model import Event, Measurement, Pledge, PledgeInfo, Target


@dataclass(frozen=True)
class CommitmentReport:
    """One commitment: its progress at the window's end plus what the window holds."""

    progress: TargetProgress
    target: Target
    owner_names: tuple[str, ...]
    in_window: Amount
    window_activities: tuple[Event, ...]


@dataclass(frozen=True)
class PrioritySection:
    """A priority and the commitments listed under it (those naming it first)."""

    id: str | None
    title: str | None
    text: str | None
    commitments: tuple[CommitmentReport, ...]


@dataclass(frozen=True)
class IndicatorReport:
    """An effect goal: its progress at the window's end and the measurements up to then."""

    progress: IndicatorProgress
    measurements: tuple[Measurement, ...]
    baseline: Measurement | None
    source: str | None

    @property
    def table_rows(self) -> list[Measurement]:
        """The measurements to list: the baseline first when it is not one of them."""
        rows = list(self.measurements)
        if self.baseline is not None and self.baseline not in rows:
            rows.insert(0, self.baseline)
        return rows


@dataclass(frozen=True)
class ChartMonth:
    """One month of the activity chart: activities whose last day falls in it, and the sum so
    far. An activity serving several commitments is counted once."""

    start: dt.date
    end: dt.date
    count: int
    cumulative: int
    in_window: bool
    done: Amount = Amount()
    """`count` with the weakest qualifier of its activities ('ca 60'), for words and tables."""
    done_so_far: Amount = Amount()
    """`cumulative` with its qualifier."""


@dataclass(frozen=True)
class Signature:
    """A signatory with the display name of the party signed for."""

    name: str
    role: str
    party: str


@dataclass(frozen=True)
class Report:
    """Everything a report shows, in published order."""

    info: PledgeInfo
    party_names: dict[str, str]
    """Display name of each party id, in the file's order."""
    window: ReportWindow
    produced: dt.date
    progress: PledgeProgress
    commitments: tuple[CommitmentReport, ...]
    sections: tuple[PrioritySection, ...]
    indicators: tuple[IndicatorReport, ...]
    chart: tuple[ChartMonth, ...]
    signatures: tuple[Signature, ...]
    priority_titles: dict[str, str]


def build_report(pledge: Pledge, window: ReportWindow, produced: dt.date, *,
                 filters: ReportFilters | None = None) -> Report:
    """The report of `pledge` for `window`, produced on `produced`; with `filters`, only the
    commitments they keep (and, as in `pledge status`, the indicators of kept priorities),
    and a chart of only their activities, so that the figures still agree."""
    progress = compute_progress(pledge, window.end)
    events = pledge.event_list
    if filters is not None:
        progress = filter_progress(progress, parties=filters.parties,
                                   priorities=filters.priorities, targets=filters.targets,
                                   statuses=filters.statuses)
        kept = {p.id for p in progress.targets}
        events = [e for e in events if kept & set(e.target)]
    by_id = {ind.id: ind for ind in pledge.indicators}
    names = {pid: party.name for pid, party in pledge.parties.items()}
    commitments = tuple(
        _commitment(p, pledge.target(p.file_id), names, window) for p in progress.targets
    )
    measured = tuple(
        IndicatorReport(
            progress=ip,
            measurements=tuple(sorted((m for m in ind.measurements if m.date <= window.end),
                                      key=lambda m: m.date)),
            baseline=ind.baseline if ind.baseline and ind.baseline.date <= window.end else None,
            source=ind.source,
        )
        for ip, ind in ((ip, by_id[ip.id]) for ip in progress.indicators)
    )
    return Report(
        info=pledge.pledge, party_names=names, window=window,
        produced=produced, progress=progress, commitments=commitments,
        sections=_sections(pledge, commitments), indicators=measured,
        chart=_chart(events, pledge.pledge.period.start, window),
        signatures=tuple(Signature(s.name, s.role, names.get(s.party, s.party))
                         for s in pledge.pledge.signatories),
        priority_titles={p.id: p.title or p.text for p in pledge.priorities},
    )


@dataclass(frozen=True)
class ReportFilters:
    """The filters of `pledge report`, as those of `pledge status` (codes, checked ids)."""

    parties: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()


def _commitment(progress: TargetProgress, target: Target | None, names: dict[str, str],
                window: ReportWindow) -> CommitmentReport:
    assert target is not None  # progress is computed from the pledge's own targets
    in_window = tuple(e for e in progress.activities if last_day(e) >= window.start)
    amount = Amount.of(in_window)
    return CommitmentReport(
        progress=progress, target=target,
        owner_names=progress.owner_names or tuple(names.get(o, o) for o in target.owners),
        in_window=amount, window_activities=in_window,
    )


def _sections(pledge: Pledge, commitments: tuple[CommitmentReport, ...],
              ) -> tuple[PrioritySection, ...]:
    """Each priority with the commitments that name it first; the rest after, untitled."""
    sections = [
        PrioritySection(p.id, p.title, p.text, tuple(
            c for c in commitments if c.target.priorities[:1] == [p.id]))
        for p in pledge.priorities
    ]
    known = {p.id for p in pledge.priorities}
    rest = tuple(c for c in commitments
                 if not c.target.priorities or c.target.priorities[0] not in known)
    if rest:
        sections.append(PrioritySection(None, None, None, rest))
    return tuple(s for s in sections if s.commitments)


def activity_months(events: list[Event], start: dt.date,
                    window: ReportWindow) -> tuple[ChartMonth, ...]:
    """Months from `start` to the window's end with the counts of `events` in them: the
    report's chart for a whole pledge, and a commitment's chart on the site."""
    return _chart(events, start, window)


def _chart(events: list[Event], start: dt.date, window: ReportWindow) -> tuple[ChartMonth, ...]:
    """Months from the pledge's start to the window's end with their activity counts."""
    counts: dict[tuple[int, int], Amount] = {}
    for event in events:
        day = last_day(event)
        if start <= day <= window.end:
            key = (day.year, day.month)
            counts[key] = counts.get(key, Amount()).plus(event.count, event.qualifier)
    months = []
    first = dt.date(start.year, start.month, 1)
    total = Amount()
    while first <= window.end:
        following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        last = min(following - dt.timedelta(days=1), window.end)
        count = counts.get((first.year, first.month), Amount())
        total = total.plus(count.value, count.qualifier)
        months.append(ChartMonth(max(first, start), last, count.value, total.value,
                                 in_window=last >= window.start, done=count,
                                 done_so_far=total))
        first = following
    return tuple(months)
