"""Milestones (`milestone: true`): one thing done once, logged with `done: true`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from medborgarlofte.core.progress.kinds import rate
from medborgarlofte.core.progress.kinds.rate import RateResult
from medborgarlofte.core.progress.values import Amount, Judging, Status, last_day
from medborgarlofte.core.schema.model import Goal, Recurrence

NAME: Final = "milestone"


@dataclass(frozen=True)
class MilestoneResult:
    """`completed_on` the last day of the first activity with `done: true`; `done` sums the
    counts of all its activities ("ca 3 möten")."""

    completed_on: dt.date | None
    done: Amount
    keep: bool = False
    lapsed_on: dt.date | None = None
    """A state to keep (`keep: true`): the last day it lapsed (an activity with done: false
    after the last done: true), else None."""
    then: RateResult | None = None
    """What recurs once it is done (`then`): the rate judged from the day it was done."""

    @property
    def share(self) -> float:
        """1.0 when done, else 0.0."""
        return 1.0 if self.completed_on else 0.0


def judge(judging: Judging, keep: bool = False,
          then: Recurrence | None = None) -> tuple[Status, MilestoneResult]:
    """Done; from the due date on not done; in progress with activities; else not started.

    A state to keep is done while its latest `done` record is true: an activity with
    `done: false` after it (the post fell vacant) makes it in progress again, not done from
    the due date on.
    """
    completed = next((last_day(e) for e in judging.events if e.done), None)
    lapsed = None
    if keep:
        marks = [e for e in judging.events if e.done is not None]
        if marks and not marks[-1].done:
            lapsed, completed = last_day(marks[-1]), None
        elif marks:
            completed = last_day(next(e for e in reversed(marks) if e.done))
    if completed is not None:
        status = Status.DONE
    elif judging.over:
        status = Status.NOT_DONE
    else:
        status = Status.IN_PROGRESS if judging.events else Status.NOT_STARTED
    recurring = None
    if then is not None and completed is not None:
        after = tuple(e for e in judging.events if last_day(e) >= completed and not e.done)
        status_then, recurring = rate.judge(
            Goal(at_least=then.at_least, per=then.per, unit=then.unit),
            Judging(start=completed, due=max(completed, judging.due), today=judging.today,
                    events=after, done=Amount.of(after)))
        if status_then in (Status.BEHIND, Status.PARTLY_MISSED, Status.NOT_MET):
            status = status_then  # done, but what was to recur after it is not kept
    return status, MilestoneResult(completed_on=completed, done=judging.done, keep=keep,
                                   lapsed_on=lapsed, then=recurring)
