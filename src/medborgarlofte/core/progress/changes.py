"""What changed between two days (`pledge changes --since`): the activities and measurements
dated after the first day, and each commitment whose status differs between the two days.

Both statuses come from `compute_progress` on each day, so they read exactly as
`pledge status --as-of` shows them then. Pure: both days are parameters.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.progress.types import PledgeProgress, TargetProgress, last_day
from medborgarlofte.core.schema.model import Event, Measurement, Pledge


@dataclass(frozen=True)
class NewActivity:
    """An activity dated after `since`: its place in the file and the event."""

    index: int
    event: Event


@dataclass(frozen=True)
class NewMeasurement:
    """A measurement dated after `since`, with its indicator."""

    indicator: str
    index: int
    measurement: Measurement


@dataclass(frozen=True)
class StatusChange:
    """A commitment whose status on `today` differs from its status on `since`."""

    before: TargetProgress
    after: TargetProgress


@dataclass(frozen=True)
class Changes:
    """Everything `pledge changes` shows."""

    since: dt.date
    progress: PledgeProgress
    """The progress on `today` (title, day, targets)."""
    activities: tuple[NewActivity, ...]
    measurements: tuple[NewMeasurement, ...]
    statuses: tuple[StatusChange, ...]
    unchanged: int
    """How many commitments kept their status."""


def compute_changes(pledge: Pledge, since: dt.date, today: dt.date) -> Changes:
    """The changes after `since` up to and including `today`."""
    before = {p.id: p for p in compute_progress(pledge, since).targets}
    now = compute_progress(pledge, today)
    activities = tuple(
        NewActivity(i, e) for i, e in enumerate(pledge.event_list)
        if since < last_day(e) <= today)
    measurements = tuple(
        NewMeasurement(indicator.id, i, m) for indicator in pledge.indicators
        for i, m in enumerate(indicator.measurements) if since < m.date <= today)
    statuses = tuple(StatusChange(before[p.id], p) for p in now.targets
                     if p.id in before and before[p.id].status != p.status)
    return Changes(since, now, tuple(sorted(activities, key=lambda a: last_day(a.event))),
                   measurements, statuses, len(now.targets) - len(statuses))
