"""The goal kinds, a closed set: one module each (count, rate, milestone, ongoing).

Each module owns its rule (`judge`) and its frozen result type. `KindResult` is the union
every renderer matches on, exhaustively (`match` + `typing.assert_never`), so mypy fails
when a kind is added here and one output is not extended; `KINDS` names them for tests.
A new kind: a module here, its `NAME` in `KINDS`, its result in `KindResult`, its branch in
`judge_goal` (docs/architecture.md).
"""

from __future__ import annotations

from typing import Literal, assert_never

from medborgarlofte.core.progress.kinds import (
    count,
    coverage,
    milestone,
    ongoing,
    rate,
    response,
    share,
)
from medborgarlofte.core.progress.kinds.count import CountResult
from medborgarlofte.core.progress.kinds.coverage import CoverageResult
from medborgarlofte.core.progress.kinds.milestone import MilestoneResult
from medborgarlofte.core.progress.kinds.ongoing import OngoingResult
from medborgarlofte.core.progress.kinds.rate import RateResult
from medborgarlofte.core.progress.kinds.response import ResponseResult
from medborgarlofte.core.progress.kinds.share import ShareResult
from medborgarlofte.core.progress.values import Judging, Status
from medborgarlofte.core.schema.model import Goal

GoalKind = Literal["count", "rate", "milestone", "ongoing", "share", "coverage", "response"]
KindResult = (CountResult | RateResult | MilestoneResult | OngoingResult | ShareResult
              | CoverageResult | ResponseResult)

KINDS: tuple[GoalKind, ...] = (count.NAME, rate.NAME, milestone.NAME, ongoing.NAME,
                               share.NAME, coverage.NAME, response.NAME)
"""Every goal kind, in the order docs and tests list them."""

__all__ = ["KINDS", "CountResult", "CoverageResult", "GoalKind", "KindResult",
           "MilestoneResult", "OngoingResult", "RateResult", "ResponseResult", "ShareResult",
           "judge_goal", "kind_of"]


def judge_goal(goal: Goal | None, judging: Judging,
               unit: str | None = None) -> tuple[Status, KindResult]:
    """The rule of the goal's kind applied: its status and result (`unit`: what ongoing
    work is counted in)."""
    if goal is None:
        return ongoing.judge(judging, unit)
    kind = goal.kind
    if kind == "count":
        return count.judge(goal, judging)
    if kind == "rate":
        return rate.judge(goal, judging)
    if kind == "milestone":
        return milestone.judge(judging, keep=bool(goal.keep), then=goal.then)
    if kind == "share":
        return share.judge(goal, judging)
    if kind == "coverage":
        return coverage.judge(goal, judging)
    if kind == "response":
        return response.judge(goal, judging)
    assert_never(kind)


def kind_of(result: KindResult) -> GoalKind:
    """The kind name of a result ('count', 'rate', ...)."""
    match result:
        case CountResult():
            return "count"
        case RateResult():
            return "rate"
        case MilestoneResult():
            return "milestone"
        case OngoingResult():
            return "ongoing"
        case ShareResult():
            return "share"
        case CoverageResult():
            return "coverage"
        case ResponseResult():
            return "response"
        case _:
            assert_never(result)
