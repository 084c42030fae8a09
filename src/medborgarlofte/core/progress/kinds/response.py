"""Response-time goals (`within_hours: 24`): 'ta bort klotter inom 24 timmar'.

Each activity is one case handled; its `response_hours` is checked against the promise.
A case without `response_hours` cannot be checked and is counted as unknown. While running:
on track with no late case, partly missed with one; from the due date on: met with no late
case (and at least one handled), not met with one; not carried out with none at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from medborgarlofte.core.progress.values import Amount, Judging, Status
from medborgarlofte.core.schema.model import Event, Goal

NAME: Final = "response"


@dataclass(frozen=True)
class ResponseResult:
    """`within_hours` promised; `in_time`, `late` and `unknown` (no response_hours) cases."""

    within_hours: float
    done: Amount
    in_time: int
    late: tuple[Event, ...]
    unknown: int

    @property
    def share(self) -> float | None:
        """Cases in time of those checked; None with none checked."""
        checked = self.in_time + len(self.late)
        return self.in_time / checked if checked else None


def judge(goal: Goal, judging: Judging) -> tuple[Status, ResponseResult]:
    """Late cases make it partly missed (running) or not met (from the due date on)."""
    limit = goal.within_hours or 0.0
    checked = [e for e in judging.events if e.response_hours is not None]
    late = tuple(e for e in checked if (e.response_hours or 0.0) > limit)
    result = ResponseResult(within_hours=limit, done=judging.done,
                            in_time=len(checked) - len(late), late=late,
                            unknown=len(judging.events) - len(checked))
    if judging.over:
        if not judging.events:
            status = Status.NOT_CARRIED_OUT
        else:
            status = Status.NOT_MET if late else Status.MET
    elif judging.today < judging.start:
        status = Status.NOT_STARTED
    elif late:
        status = Status.PARTLY_MISSED
    else:
        status = Status.ON_TRACK if judging.events else Status.NOT_STARTED
    return status, result
