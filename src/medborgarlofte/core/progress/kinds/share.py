"""Share goals (`share_of: other-target, percent: 20`): 'varav minst 20 procent'.

This target's count as a share of another target's count, judged against the percent
promised: met once the share is at least the percent (20.8 % meets 20 %); from the due date
on not met below it; before anything of the other target is done, not started.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from medborgarlofte.core.progress.values import Amount, Judging, Status
from medborgarlofte.core.schema.model import Goal

NAME: Final = "share"


@dataclass(frozen=True)
class ShareResult:
    """`done` of `of_done` (the other target `of`), as `percent_done`; `percent` promised."""

    of: str
    percent: float
    unit: str | None
    done: Amount
    of_done: Amount

    @property
    def percent_done(self) -> float | None:
        """done / of_done in percent; None while nothing of the other is done."""
        return 100 * self.done.value / self.of_done.value if self.of_done.value else None

    @property
    def share(self) -> float | None:
        """The share reached relative to the share promised (1.0 = exactly kept)."""
        reached = self.percent_done
        return None if reached is None else reached / self.percent


def judge(goal: Goal, judging: Judging) -> tuple[Status, ShareResult]:
    """Met at or above the percent; below it not met from the due date on, else behind."""
    base = judging.base or Amount()
    result = ShareResult(of=goal.share_of or "", percent=goal.percent or 0.0, unit=goal.unit,
                         done=judging.done, of_done=base)
    reached = result.percent_done
    if reached is not None and reached >= result.percent:
        status = Status.MET if judging.over else Status.ON_TRACK
    elif judging.over:
        status = Status.NOT_MET
    elif reached is None:
        status = Status.NOT_STARTED
    else:
        status = Status.BEHIND
    return status, result
