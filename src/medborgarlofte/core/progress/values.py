"""The bottom of `core.progress`: status ids, amounts, sub-periods and what a rule is given.

Every goal kind's rule (`core.progress.kinds.*`) and every shared result type
(`core.progress.types`) builds on these; this module imports nothing of `core.progress`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal

from medborgarlofte.core.schema.model import Event, Qualifier

Category = Literal["met", "on_track", "not_started", "behind", "missed", "ended"]

CATEGORIES: tuple[Category, ...] = ("met", "on_track", "not_started", "behind", "missed", "ended")
"""The coarse groups (`--status met`, the roll-up columns), in the order they are listed."""


class Status(StrEnum):
    """Where a commitment stands; the value is the stable id used in JSON and `--status`.

    Pace words (on_track, behind, in_progress, active, inactive, partly_missed, not_started)
    are only used while a target's time runs; from its due date on, a target has an outcome
    (met, not_met, done, not_done, carried_out, not_carried_out) or a recorded end.
    """

    MET = "met"                          # count/rate: the goal is reached (or recorded as met)
    ON_TRACK = "on_track"                # count/rate: at or above the pace
    BEHIND = "behind"                    # count/rate: below the pace, still time
    PARTLY_MISSED = "partly_missed"      # rate: a sub-period was missed, cannot be kept in full
    NOT_STARTED = "not_started"          # before the window / nothing logged yet
    NOT_MET = "not_met"                  # count/rate after the due date, or recorded
    DONE = "done"                        # milestone: completed
    IN_PROGRESS = "in_progress"          # milestone: activities, not completed
    NOT_DONE = "not_done"                # milestone after the due date, not completed
    ACTIVE = "active"                    # ongoing: activity recently
    INACTIVE = "inactive"                # ongoing: no activity for INACTIVE_AFTER_DAYS
    CARRIED_OUT = "carried_out"          # ongoing after the due date: work was logged
    NOT_CARRIED_OUT = "not_carried_out"  # ongoing after the due date: nothing logged
    CARRIED_FORWARD = "carried_forward"  # recorded outcome: moved to the next pledge
    CLOSED_EARLY = "closed_early"        # recorded outcome: ended early
    DROPPED = "dropped"                  # recorded outcome
    NOT_APPLICABLE = "not_applicable"    # its condition has not arisen: it did not apply
    INTENTION_NOT_MET = "intention_not_met"  # a softer promise (planerar, vill...) not met
    NOT_REPORTED = "not_reported"        # recorded outcome: the follow-up gives no result

    @property
    def category(self) -> Category:
        """The coarse group of the status (`--status`, roll-up columns)."""
        return _CATEGORY[self]

    @property
    def is_outcome(self) -> bool:
        """True for the words of a finished target: no pace in them."""
        return self in OUTCOMES


_CATEGORY: dict[Status, Category] = {
    Status.MET: "met", Status.DONE: "met", Status.CARRIED_OUT: "met",
    Status.ON_TRACK: "on_track", Status.IN_PROGRESS: "on_track", Status.ACTIVE: "on_track",
    Status.NOT_STARTED: "not_started",
    Status.BEHIND: "behind", Status.INACTIVE: "behind",
    Status.PARTLY_MISSED: "missed", Status.NOT_MET: "missed", Status.NOT_DONE: "missed",
    Status.NOT_CARRIED_OUT: "missed",
    Status.CARRIED_FORWARD: "ended", Status.CLOSED_EARLY: "ended", Status.DROPPED: "ended",
    Status.NOT_APPLICABLE: "ended", Status.INTENTION_NOT_MET: "missed",
    Status.NOT_REPORTED: "ended",
}

STATUS_ORDER: tuple[Status, ...] = (
    Status.MET, Status.DONE, Status.CARRIED_OUT, Status.ON_TRACK, Status.IN_PROGRESS,
    Status.ACTIVE, Status.NOT_STARTED, Status.BEHIND, Status.INACTIVE, Status.PARTLY_MISSED,
    Status.NOT_MET, Status.NOT_DONE, Status.NOT_CARRIED_OUT, Status.INTENTION_NOT_MET,
    Status.CARRIED_FORWARD, Status.CLOSED_EARLY, Status.DROPPED, Status.NOT_APPLICABLE,
    Status.NOT_REPORTED,
)
"""The order the summary line lists statuses in: by category, then as above."""

OUTCOMES = frozenset({
    Status.MET, Status.NOT_MET, Status.DONE, Status.NOT_DONE, Status.CARRIED_OUT,
    Status.NOT_CARRIED_OUT, Status.CARRIED_FORWARD, Status.CLOSED_EARLY, Status.DROPPED,
    Status.INTENTION_NOT_MET, Status.NOT_REPORTED,
})

INACTIVE_AFTER_DAYS = 90
"""Ongoing work with no activity in this many days (about a tertial's follow-up) is inactive."""


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

    @classmethod
    def of(cls, events: tuple[Event, ...] | list[Event]) -> Amount:
        """The counts of these events summed, with the weakest qualifier (one pass, no
        intermediate amounts: this runs once per target over all its events)."""
        qualifiers = {e.qualifier for e in events}
        weakest: Qualifier = next((q for q in ("approx", "at_least") if q in qualifiers),
                                  "exact")
        return cls(sum(e.count for e in events), weakest)


@dataclass(frozen=True)
class SubPeriod:
    """One sub-period of a rate goal (a week, a month, ...), clipped to the target's window.

    `number` counts from 1 within the window. `required` is the goal per sub-period, pro rata
    for a clipped edge (rounded down; a sub-period whose requirement rounds to 0 is not
    judged). `status` is met / not_met for an ended one (it ends at the end of its last day),
    on_track / behind (the pace rule inside it) for the current one, not_started for one to
    come.
    """

    number: int
    start: dt.date
    end: dt.date
    required: int
    done: Amount
    status: Status
    judged: bool = True


@dataclass(frozen=True)
class Judging:
    """What a goal kind's rule is given: the target's window, the day judged, its activities.

    `events` are those that count by `today` (last day on or before it), by day; `done` sums
    their counts. `today` is judged at its end: on the due date the time is up.
    """

    start: dt.date
    due: dt.date
    today: dt.date
    events: tuple[Event, ...]
    done: Amount
    base: Amount | None = None
    """For a share goal: what the other target (`share_of`) has done by today."""

    @property
    def over(self) -> bool:
        """True from the due date on (judged at the end of today): the target has an outcome."""
        return self.today >= self.due

    @property
    def last_activity(self) -> dt.date | None:
        """The last day of the latest activity."""
        return max((last_day(e) for e in self.events), default=None)


def last_day(event: Event) -> dt.date:
    """The day an activity counts from: the end of its range, else its date."""
    return event.until or event.date
