"""Rate goals (`at_least: N, per: month`, ...): N in every calendar sub-period of the window.

A rate promise is kept only when every judged sub-period is met. A sub-period has ended at
the end of its last day (the day judged included): on 31 December, December is judged.
While the window runs, the target is partly missed as soon as one ended sub-period was
missed (it can no longer be kept in full), else on track or behind by the current
sub-period's pace; from the due date on it is met or not met.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final, Literal

from medborgarlofte.core.progress import pace
from medborgarlofte.core.progress.values import Amount, Judging, Status, SubPeriod, last_day
from medborgarlofte.core.schema.model import Goal

NAME: Final = "rate"


@dataclass(frozen=True)
class RateResult:
    """`goal` per `per` (`unit`); `periods` every sub-period of the window, `current` the one
    holding today (None before or after the window; on its last day it has also ended);
    `done` sums every activity."""

    goal: int
    qualifier: Literal["exactly", "at_least"]
    unit: str | None
    per: pace.Per
    done: Amount
    periods: tuple[SubPeriod, ...]
    current: SubPeriod | None
    today: dt.date

    @property
    def judged(self) -> tuple[SubPeriod, ...]:
        """The sub-periods with a requirement (a clipped edge may have none)."""
        return tuple(p for p in self.periods if p.judged)

    @property
    def ended(self) -> tuple[SubPeriod, ...]:
        """The judged sub-periods that have ended by the end of today."""
        return tuple(p for p in self.judged if p.end <= self.today)

    @property
    def met(self) -> int:
        """How many ended sub-periods were met."""
        return sum(p.status == Status.MET for p in self.ended)

    @property
    def missed(self) -> tuple[SubPeriod, ...]:
        """The ended sub-periods that were missed, in order."""
        return tuple(p for p in self.ended if p.status == Status.NOT_MET)

    @property
    def keepable(self) -> bool:
        """True while every ended sub-period was met: it can still be kept in full."""
        return not self.missed

    @property
    def share(self) -> float | None:
        """met / ended; None before any sub-period has ended."""
        return self.met / len(self.ended) if self.ended else None


def judge(goal: Goal, judging: Judging) -> tuple[Status, RateResult]:
    """The sub-periods judged on `judging.today`, and the target's status from them."""
    per: pace.Per = goal.per or "year"
    today = judging.today
    calendar = pace.sub_periods(per, judging.start, judging.due)
    sums = [Amount() for _ in calendar]
    for event in judging.events:
        index = pace.period_index(per, last_day(event), calendar)
        if index >= 0:
            sums[index] = sums[index].plus(event.count, event.qualifier)
    periods = tuple(_sub_period(n, p, goal.number, s, today)
                    for n, (p, s) in enumerate(zip(calendar, sums, strict=True), start=1))
    current = next((p for p in periods if p.start <= today <= p.end), None)
    result = RateResult(goal=goal.number, qualifier="exactly" if goal.exactly else "at_least",
                        unit=goal.unit, per=per, done=judging.done, periods=periods,
                        current=current, today=today)
    if judging.over:
        status = Status.MET if not result.missed else Status.NOT_MET
    elif today < judging.start:
        status = Status.NOT_STARTED
    elif result.missed:
        status = Status.PARTLY_MISSED
    elif current is not None and current.status == Status.BEHIND:
        status = Status.BEHIND
    else:
        status = Status.ON_TRACK
    return status, result


def _sub_period(number: int, period: tuple[dt.date, dt.date, int], goal: int, done: Amount,
                today: dt.date) -> SubPeriod:
    first, last, full_days = period
    days = (last - first).days + 1
    required = goal if days == full_days else goal * days // full_days
    if required == 0:
        return SubPeriod(number, first, last, 0, done, Status.NOT_STARTED, judged=False)
    if last <= today:  # ended at the end of its last day, the day judged included
        status = Status.MET if done.value >= required else Status.NOT_MET
    elif first > today:
        status = Status.NOT_STARTED
    elif done.value >= required:
        status = Status.MET
    else:
        on_pace = done.value >= pace.required_by(required, first, last, today)
        status = Status.ON_TRACK if on_pace else Status.BEHIND
    return SubPeriod(number, first, last, required, done, status)
