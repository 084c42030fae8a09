"""Coverage goals (`cover: [7A, 7B, ...]`): 'besöka alla klasser i årskurs 7'.

Each item of the set is covered by an activity that names it in `items` (or whose `place`
is the item). Met once every item is covered; from the due date on, not met with items left
(they are named); while running, on track by the pace rule on the number covered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from medborgarlofte.core.progress import pace
from medborgarlofte.core.progress.values import Amount, Judging, Status
from medborgarlofte.core.schema.model import Goal

NAME: Final = "coverage"


@dataclass(frozen=True)
class CoverageResult:
    """`covered` and `uncovered` items of the set, in the set's order; `done` sums counts."""

    items: tuple[str, ...]
    covered: tuple[str, ...]
    uncovered: tuple[str, ...]
    done: Amount

    @property
    def share(self) -> float:
        """covered / items."""
        return len(self.covered) / len(self.items) if self.items else 0.0


def judge(goal: Goal, judging: Judging) -> tuple[Status, CoverageResult]:
    """Met when nothing is uncovered; else not met from the due date on, pace otherwise."""
    items = tuple(goal.cover or ())
    named = {i.casefold() for e in judging.events for i in e.items}
    named |= {e.place.casefold() for e in judging.events if e.place}
    covered = tuple(i for i in items if i.casefold() in named)
    uncovered = tuple(i for i in items if i.casefold() not in named)
    result = CoverageResult(items=items, covered=covered, uncovered=uncovered,
                            done=judging.done)
    required = pace.required_by(len(items), judging.start, judging.due, judging.today)
    if not uncovered:
        status = Status.MET
    elif judging.over:
        status = Status.NOT_MET
    elif judging.today < judging.start:
        status = Status.NOT_STARTED
    else:
        status = Status.ON_TRACK if len(covered) >= required else Status.BEHIND
    return status, result
