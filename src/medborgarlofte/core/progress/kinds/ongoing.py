"""Ongoing work (no goal): what was done, and whether it is still going on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from medborgarlofte.core.progress.values import INACTIVE_AFTER_DAYS, Amount, Judging, Status

NAME: Final = "ongoing"


@dataclass(frozen=True)
class OngoingResult:
    """`done` sums the counts of its activities ("303", "ca 60"); `last_activity` the last day
    of the latest one."""

    done: Amount
    last_activity: dt.date | None
    unit: str | None = None
    """What the work is counted in ('trafikkontroller'); None: activities."""


def judge(judging: Judging, unit: str | None = None) -> tuple[Status, OngoingResult]:
    """Active when an activity lies in the last INACTIVE_AFTER_DAYS days; from the due date
    on, carried out when anything was logged, else not carried out.

    Early in the window (fewer days gone than the threshold) any activity makes it active and
    none leaves it not started.
    """
    start, today, last = judging.start, judging.today, judging.last_activity
    if judging.over:
        status = Status.CARRIED_OUT if judging.events else Status.NOT_CARRIED_OUT
    elif last is not None and (today - last).days < INACTIVE_AFTER_DAYS:
        status = Status.ACTIVE
    elif (today - start).days < INACTIVE_AFTER_DAYS:
        status = Status.ACTIVE if last is not None else Status.NOT_STARTED
    else:
        status = Status.INACTIVE
    return status, OngoingResult(done=judging.done, last_activity=last, unit=unit)
