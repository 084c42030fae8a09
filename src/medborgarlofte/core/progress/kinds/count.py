"""Count goals (`at_least: N` / `exactly: N` without `per`): N of a unit by the due date.

The pace rule (docs/progress.md): on track while done >= floor(N * e / D).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from medborgarlofte.core.progress import pace
from medborgarlofte.core.progress.values import Amount, Judging, Status
from medborgarlofte.core.schema.model import Goal

NAME: Final = "count"


@dataclass(frozen=True)
class CountResult:
    """`done` of `goal` (`unit`); `expected` the pro-rata amount by today, `required` its floor
    (what on track needs), `forecast` the amount at the due date at the pace so far."""

    goal: int
    qualifier: Literal["exactly", "at_least"]
    unit: str | None
    done: Amount
    expected: float
    required: int
    forecast: float | None

    @property
    def share(self) -> float:
        """done / goal (may exceed 1)."""
        return self.done.value / self.goal


def judge(goal: Goal, judging: Judging) -> tuple[Status, CountResult]:
    """Met once done >= N; from the due date on, not met; before the window, not started;
    else on track or behind by the pace rule."""
    number, start, due, today = goal.number, judging.start, judging.due, judging.today
    done = judging.done.value
    required = pace.required_by(number, start, due, today)
    if done >= number:
        status = Status.MET
    elif judging.over:
        status = Status.NOT_MET
    elif today < start:
        status = Status.NOT_STARTED
    else:
        status = Status.ON_TRACK if done >= required else Status.BEHIND
    return status, CountResult(
        goal=number, qualifier="exactly" if goal.exactly else "at_least", unit=goal.unit,
        done=judging.done, expected=pace.expected_by(number, start, due, today),
        required=required, forecast=pace.forecast_at_due(done, start, due, today))
