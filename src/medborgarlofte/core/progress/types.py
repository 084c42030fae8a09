"""Progress of a pledge on a given day: what is done, on track, behind, or will not be met.

The types every goal kind's rule and every renderer share; `core.progress.compute` fills
them. Pure: `compute_progress(pledge, today)` reads only the pledge and the date it is given. An
activity counts once its last day (`until`, else `date`) is on or before `today`, so passing
an earlier day gives the status as it stood then (`--as-of`). The rules are written down,
with worked examples, in docs/progress.md; the data types below are a stable API that
`pledge status`, `pledge report` and `pledge log` build on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from medborgarlofte.core.progress import pace
from medborgarlofte.core.schema.model import Event, Qualifier, Target

GoalKind = Literal["count", "rate", "milestone", "ongoing"]
OwnerGroup = Literal["police", "municipality", "joint", "other"]
Category = Literal["met", "on_track", "not_started", "behind", "missed", "ended"]

INACTIVE_AFTER_DAYS = 90
"""Ongoing work with no activity in this many days (about a tertial's follow-up) is inactive."""


class Status(StrEnum):
    """Where a commitment stands; the value is the stable id used in JSON and `--status`."""

    MET = "met"                          # count or rate: goal reached (or recorded as met)
    ON_TRACK = "on_track"                # count or rate: at or above the pace
    BEHIND = "behind"                    # count or rate: below the pace, still time
    NOT_STARTED = "not_started"          # the window has not begun / milestone: no activity
    MISSED = "missed"                    # count or rate: past due and short
    DONE = "done"                        # milestone: completed
    IN_PROGRESS = "in_progress"          # milestone: activities, not completed
    OVERDUE = "overdue"                  # milestone: past due, not completed
    ACTIVE = "active"                    # ongoing: activity recently
    INACTIVE = "inactive"                # ongoing: no activity for INACTIVE_AFTER_DAYS
    CARRIED_FORWARD = "carried_forward"  # recorded outcome: moved to the next pledge
    CLOSED_EARLY = "closed_early"        # recorded outcome
    DROPPED = "dropped"                  # recorded outcome
    NOT_MET = "not_met"                  # recorded outcome

    @property
    def category(self) -> Category:
        """The coarse group the summary line counts: met, on_track, behind, ..."""
        return _CATEGORY[self]


_CATEGORY: dict[Status, Category] = {
    Status.MET: "met", Status.DONE: "met",
    Status.ON_TRACK: "on_track", Status.IN_PROGRESS: "on_track", Status.ACTIVE: "on_track",
    Status.NOT_STARTED: "not_started",
    Status.BEHIND: "behind", Status.OVERDUE: "behind", Status.INACTIVE: "behind",
    Status.MISSED: "missed", Status.NOT_MET: "missed",
    Status.CARRIED_FORWARD: "ended", Status.CLOSED_EARLY: "ended", Status.DROPPED: "ended",
}

CATEGORIES: tuple[Category, ...] = ("met", "on_track", "not_started", "behind", "missed", "ended")
"""The categories in the order summaries list them."""


@dataclass(frozen=True)
class Amount:
    """A number done, with the weakest qualifier of what it sums: 'ca 60', 'minst 14'.

    Any approximate record makes the sum approximate; else any 'at least' makes it 'at least'.
    """

    value: int = 0
    qualifier: Qualifier = "exact"

    def plus(self, count: int, qualifier: Qualifier) -> Amount:
        """This amount with one more record added."""
        order = ("exact", "at_least", "approx")
        weakest = max(self.qualifier, qualifier, key=order.index)
        return Amount(self.value + count, weakest)


@dataclass(frozen=True)
class SubPeriod:
    """One sub-period of a rate goal (a week, a month, ...), clipped to the target's window.

    `required` is the goal per sub-period, pro rata for a clipped edge (rounded down; a
    sub-period whose requirement rounds to 0 is not judged). `status` is met / missed for an
    ended one, on_track / behind (the pace rule inside it) for the current one, not_started
    for one to come.
    """

    start: dt.date
    end: dt.date
    required: int
    done: Amount
    status: Status
    judged: bool = True


@dataclass(frozen=True)
class TargetProgress:
    """Where one commitment stands on `today`.

    - count: `done` sums the counts; `goal` the number promised; `share` = done / goal;
      `expected` the pro-rata amount by today, `required` = floor(expected) (what on track
      needs), `forecast` the amount by `due` at the pace so far.
    - rate: `goal` per `per`; `periods` lists every sub-period, `periods_met` of
      `periods_elapsed` ended ones were met, `current` is today's; `share` = met / elapsed.
    - milestone: `goal` is 1, `completed_on` the day it was done.
    - ongoing: no goal; `activity_count` and `last_activity` tell the story.
    A recorded outcome overrides `status` (the computed one stays in `computed_status`),
    with `reason` and `outcome_date`.
    """

    id: str
    text: str
    kind: GoalKind
    owners: tuple[str, ...]
    owner_group: OwnerGroup
    priorities: tuple[str, ...]
    status: Status
    computed_status: Status
    start: dt.date
    due: dt.date
    done: Amount = Amount()
    goal: int | None = None
    goal_qualifier: Literal["exactly", "at_least"] | None = None
    unit: str | None = None
    per: pace.Per | None = None
    share: float | None = None
    expected: float | None = None
    required: int | None = None
    forecast: float | None = None
    last_activity: dt.date | None = None
    activity_count: int = 0
    activities: tuple[Event, ...] = ()
    completed_on: dt.date | None = None
    periods: tuple[SubPeriod, ...] = ()
    periods_met: int = 0
    periods_elapsed: int = 0
    current: SubPeriod | None = None
    reason: str | None = None
    outcome_date: dt.date | None = None

    @property
    def category(self) -> Category:
        """The summary category of the status."""
        return self.status.category


@dataclass(frozen=True)
class IndicatorProgress:
    """An effect goal on `today`: latest value, change from the reference, good or bad.

    The reference is the baseline when there is one, else the first measurement (`reference_kind`
    says which). `trend` is better / worse / unchanged against the intended direction,
    `changed` when the indicator has no direction, `no_data` without two values to compare.
    """

    id: str
    text: str
    direction: Literal["increase", "decrease", "none"]
    unit: str | None
    priorities: tuple[str, ...]
    latest_value: float | None = None
    latest_date: dt.date | None = None
    reference_value: float | None = None
    reference_date: dt.date | None = None
    reference_kind: Literal["baseline", "first"] | None = None
    change: float | None = None
    trend: Literal["better", "worse", "unchanged", "changed", "no_data"] = "no_data"
    measurement_count: int = 0


@dataclass(frozen=True)
class Summary:
    """How many commitments are in each category ("7 av 10 i fas, 2 uppfyllda, ...")."""

    total: int = 0
    met: int = 0
    on_track: int = 0
    not_started: int = 0
    behind: int = 0
    missed: int = 0
    ended: int = 0

    @classmethod
    def of(cls, targets: Iterable[TargetProgress]) -> Summary:
        """The counts of these targets."""
        counts = dict.fromkeys(CATEGORIES, 0)
        for target in targets:
            counts[target.category] += 1
        return cls(total=sum(counts.values()), **counts)

    def __add__(self, other: Summary) -> Summary:
        return Summary(*(getattr(self, f) + getattr(other, f) for f in _SUMMARY_FIELDS))


_SUMMARY_FIELDS = ("total", *CATEGORIES)


@dataclass(frozen=True)
class PledgeProgress:
    """The whole pledge on `today`: every target and indicator, in published order."""

    title: str
    municipality: str
    start: dt.date
    end: dt.date
    today: dt.date
    language: str
    targets: tuple[TargetProgress, ...]
    indicators: tuple[IndicatorProgress, ...]
    summary: Summary = field(default_factory=Summary)
    priorities: tuple[tuple[str, str], ...] = ()
    """(id, title or else text) of each priority, in published order."""
    parties: tuple[tuple[str, str], ...] = ()
    """(id, display name) of each party, in the file's order."""


def last_day(event: Event) -> dt.date:
    """The day an activity counts from: the end of its range, else its date."""
    return event.until or event.date


def owner_group(target: Target, kinds: Mapping[str, str]) -> OwnerGroup:
    """police, municipality, joint (several owners) or other."""
    if len(target.owners) > 1:
        return "joint"
    kind = kinds.get(target.owners[0])
    return "police" if kind == "polis" else "municipality" if kind == "kommun" else "other"
