"""One target's progress by goal kind: count, rate, milestone, ongoing (see core.progress)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from medborgarlofte.core.progress import pace
from medborgarlofte.core.progress.types import (
    INACTIVE_AFTER_DAYS,
    Amount,
    GoalKind,
    Status,
    SubPeriod,
    TargetProgress,
    last_day,
    owner_group,
)
from medborgarlofte.core.schema.model import Event, Pledge, Qualifier, Target

_WEAK_FIRST: tuple[Qualifier, ...] = ("approx", "at_least")
"""Qualifiers from the weakest: one approximate record makes the sum approximate."""


def compute_target_progress(
    pledge: Pledge, target: Target, events: list[Event], today: dt.date
) -> TargetProgress:
    """The progress of `target` given its events that count by `today` (sorted by day)."""
    start = target.window.start if target.window else pledge.pledge.period.start
    due = target.due or (target.window.end if target.window else pledge.pledge.end)
    due = max(due, start)
    kinds = {pid: party.kind for pid, party in pledge.parties.items()}
    qualifiers = {e.qualifier for e in events}
    weakest: Qualifier = next((q for q in _WEAK_FIRST if q in qualifiers), "exact")
    done = Amount(sum(e.count for e in events), weakest)
    base: dict[str, Any] = dict(
        id=target.id, text=target.text, owners=tuple(target.owners),
        owner_group=owner_group(target, kinds), priorities=tuple(target.priorities),
        start=start, due=due, done=done, activity_count=len(events), activities=tuple(events),
        last_activity=max((last_day(e) for e in events), default=None),
    )
    goal = target.goal
    if goal is None:
        progress = _ongoing(base, today)
    elif goal.kind == "milestone":
        progress = _milestone(base, events, today)
    else:
        base.update(goal=goal.number, unit=goal.unit,
                    goal_qualifier="exactly" if goal.exactly else "at_least")
        progress = _count(base, today) if goal.kind == "count" else _rate(
            base, events, goal.per or "year", today)
    if target.outcome and (target.outcome.date is None or target.outcome.date <= today):
        progress = replace(progress, status=Status(target.outcome.status),
                           reason=target.outcome.reason, outcome_date=target.outcome.date)
    return progress


def _made(base: dict[str, Any], kind: GoalKind, status: Status, **extra: Any) -> TargetProgress:
    return TargetProgress(**base, kind=kind, status=status, computed_status=status, **extra)


def _count(base: dict[str, Any], today: dt.date) -> TargetProgress:
    goal, start, due, done = base["goal"], base["start"], base["due"], base["done"].value
    required = pace.required_by(goal, start, due, today)
    if done >= goal:
        status = Status.MET
    elif today >= due:  # judged at the end of `today`: on the due date the time is up
        status = Status.MISSED
    elif today < start:
        status = Status.NOT_STARTED
    else:
        status = Status.ON_TRACK if done >= required else Status.BEHIND
    forecast = pace.forecast_at_due(done, start, due, today)
    return _made(base, "count", status, share=done / goal,
                 expected=pace.expected_by(goal, start, due, today), required=required,
                 forecast=forecast)


def _milestone(base: dict[str, Any], events: list[Event], today: dt.date) -> TargetProgress:
    completed = next((last_day(e) for e in events if e.done), None)
    if completed is not None:
        status = Status.DONE
    elif today >= base["due"]:
        status = Status.OVERDUE
    else:
        status = Status.IN_PROGRESS if events else Status.NOT_STARTED
    return _made(base, "milestone", status, goal=1, completed_on=completed,
                 share=1.0 if completed else 0.0)


def _ongoing(base: dict[str, Any], today: dt.date) -> TargetProgress:
    """Active when an activity lies in the last INACTIVE_AFTER_DAYS days of the window.

    Early in the window (fewer days gone than the threshold) any activity makes it active and
    none leaves it not started; after the window, the window's last days are judged.
    """
    start, due, last = base["start"], base["due"], base["last_activity"]
    judged_on = min(today, due)
    recent = last is not None and (judged_on - last).days < INACTIVE_AFTER_DAYS
    if recent:
        status = Status.ACTIVE
    elif (judged_on - start).days < INACTIVE_AFTER_DAYS:
        status = Status.ACTIVE if last is not None else Status.NOT_STARTED
    else:
        status = Status.INACTIVE
    return _made(base, "ongoing", status)


def _rate(base: dict[str, Any], events: list[Event], per: pace.Per,
          today: dt.date) -> TargetProgress:
    goal, start, due = base["goal"], base["start"], base["due"]
    calendar = pace.sub_periods(per, start, due)
    sums = [Amount() for _ in calendar]
    for event in events:
        index = pace.period_index(per, last_day(event), calendar)
        if index >= 0:
            sums[index] = sums[index].plus(event.count, event.qualifier)
    periods = tuple(_sub_period(p, goal, s, today) for p, s in zip(calendar, sums, strict=True))
    ended = [p for p in periods if p.judged and p.end < today]
    met = sum(p.status == Status.MET for p in ended)
    current = next((p for p in periods if p.start <= today <= p.end), None)
    judged = [p for p in periods if p.judged]
    if today >= due:
        status = Status.MET if all(p.status == Status.MET for p in judged) else Status.MISSED
    elif today < start:
        status = Status.NOT_STARTED
    else:
        status = _rate_status(ended, current)
    return _made(base, "rate", status, per=per, periods=periods, periods_met=met,
                 periods_elapsed=len(ended), current=current,
                 share=met / len(ended) if ended else None)


def _rate_status(ended: list[SubPeriod], current: SubPeriod | None) -> Status:
    """Behind when the last ended sub-period was missed or the current one is behind."""
    if ended and ended[-1].status == Status.MISSED:
        return Status.BEHIND
    if current is not None and current.status == Status.BEHIND:
        return Status.BEHIND
    return Status.ON_TRACK


def _sub_period(period: tuple[dt.date, dt.date, int], goal: int, done: Amount,
                today: dt.date) -> SubPeriod:
    first, last, full_days = period
    days = (last - first).days + 1
    required = goal if days == full_days else goal * days // full_days
    if required == 0:
        return SubPeriod(first, last, 0, done, Status.MET, judged=False)
    if done.value >= required:
        status = Status.MET
    elif last < today:
        status = Status.MISSED
    elif first > today:
        status = Status.NOT_STARTED
    else:
        on_pace = done.value >= pace.required_by(required, first, last, today)
        status = Status.ON_TRACK if on_pace else Status.BEHIND
    return SubPeriod(first, last, required, done, status)
