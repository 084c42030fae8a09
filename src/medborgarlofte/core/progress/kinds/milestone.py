"""Milestones (`milestone: true`): one thing done once, logged with `done: true`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from medborgarlofte.core.progress.values import Amount, Judging, Status, last_day

NAME: Final = "milestone"


@dataclass(frozen=True)
class MilestoneResult:
    """`completed_on` the last day of the first activity with `done: true`; `done` sums the
    counts of all its activities ("ca 3 möten")."""

    completed_on: dt.date | None
    done: Amount

    @property
    def share(self) -> float:
        """1.0 when done, else 0.0."""
        return 1.0 if self.completed_on else 0.0


def judge(judging: Judging) -> tuple[Status, MilestoneResult]:
    """Done; from the due date on not done; in progress with activities; else not started."""
    completed = next((last_day(e) for e in judging.events if e.done), None)
    if completed is not None:
        status = Status.DONE
    elif judging.over:
        status = Status.NOT_DONE
    else:
        status = Status.IN_PROGRESS if judging.events else Status.NOT_STARTED
    return status, MilestoneResult(completed_on=completed, done=judging.done)
