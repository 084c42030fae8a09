"""One target's progress on a day: its window, its goal kind's rule, a recorded outcome.

The rule of each goal kind lives in `core.progress.kinds`; this module gives it the target's
window and the activities that count, and applies a recorded `outcome` known by `today`.
"""

from __future__ import annotations

import datetime as dt

from medborgarlofte.core.progress.kinds import judge_goal
from medborgarlofte.core.progress.types import (
    RecordedOutcome,
    Status,
    TargetProgress,
    owner_group,
)
from medborgarlofte.core.progress.values import Amount, Judging
from medborgarlofte.core.schema.model import Event, Pledge, PledgeInfo, Target


def end_as_of(info: PledgeInfo, today: dt.date) -> dt.date:
    """The pledge's last day as known on `today`: the latest extension decided by then.

    An extension without `decided` has no date and always counts.
    """
    known = [e for e in info.extensions if e.decided is None or e.decided <= today]
    return known[-1].to if known else info.period.end


def compute_target_progress(
    pledge: Pledge, target: Target, events: list[Event], today: dt.date
) -> TargetProgress:
    """The progress of `target` given its events that count by `today` (sorted by day)."""
    start = target.window.start if target.window else pledge.pledge.period.start
    due = target.due or (target.window.end if target.window else end_as_of(pledge.pledge, today))
    due = max(due, start)
    judging = Judging(start=start, due=due, today=today, events=tuple(events),
                      done=Amount.of(events))
    computed, result = judge_goal(target.goal, judging)
    outcome = None
    recorded = target.outcome
    if recorded and (recorded.date is None or recorded.date <= today):
        outcome = RecordedOutcome(Status(recorded.status), recorded.reason, recorded.date)
    kinds = {pid: party.kind for pid, party in pledge.parties.items()}
    return TargetProgress(
        id=target.id, text=target.text, owners=tuple(target.owners),
        owner_group=owner_group(target, kinds), priorities=tuple(target.priorities),
        status=outcome.status if outcome else computed, computed_status=computed,
        start=start, due=due, result=result, activities=judging.events,
        last_activity=judging.last_activity, outcome=outcome,
    )
