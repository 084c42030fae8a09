"""A pledge's status over time: when each commitment's status changed, for feeds and pages.

A status can change on two kinds of day: when an activity starts to count (its last day),
and when time passes a follow-up boundary (a tertial ends, a due date goes by). So the
checkpoints are every activity's last day, every follow-up period's last day and the day the
site is judged on (`as_of`), all inside the pledge. The status of every commitment is computed
with `compute_progress` at the pledge's first day (the starting point, not a change) and at
each checkpoint in order; a change is a commitment whose status differs from the checkpoint
before. Pure: every day comes from the pledge or from `as_of`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.progress.periods import periods_overlapping
from medborgarlofte.core.progress.types import Status, last_day
from medborgarlofte.core.schema.model import Pledge


@dataclass(frozen=True)
class StatusChange:
    """Commitment `target_id` went from `before` to `after` on `day`."""

    day: dt.date
    target_id: str
    before: Status
    after: Status


def checkpoints(pledge: Pledge, as_of: dt.date) -> tuple[dt.date, ...]:
    """The days statuses are judged on, in order: activities, period ends, `as_of`."""
    info = pledge.pledge
    start, end = info.period.start, min(info.end, as_of)
    days = {last_day(e) for e in pledge.event_list}
    days |= {p.end for p in periods_overlapping(info.cadence, start, info.end)}
    days.add(end)
    return tuple(sorted(d for d in days if start <= d <= end))


def status_changes(pledge: Pledge, as_of: dt.date) -> tuple[StatusChange, ...]:
    """Every change of a commitment's status up to `as_of`, oldest first, then in file order."""
    before = {t.id: t.status for t in compute_progress(pledge, pledge.pledge.period.start).targets}
    changes = []
    # each checkpoint is judged on the activities that count by then: a prefix of the log in
    # the order of their last days, so a long log is not sorted whole at every checkpoint
    ordered = sorted(pledge.event_list, key=last_day)
    ends = [last_day(e) for e in ordered]
    for day in checkpoints(pledge, as_of):
        counted = pledge.model_copy(update={"events": ordered[:bisect_right(ends, day)]})
        for target in compute_progress(counted, day).targets:
            if target.status != before[target.id]:
                changes.append(StatusChange(day, target.id, before[target.id], target.status))
            before[target.id] = target.status
    return tuple(changes)
