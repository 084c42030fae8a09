"""One target's progress on a day: its window, its goal kind's rule, a recorded outcome.

The rule of each goal kind lives in `core.progress.kinds`; this module gives it the target's
window and the activities that count, and applies a recorded `outcome` known by `today`.
Before the rule, activities that cannot count are set aside and named (`excluded`): a
preparation, another place of a per-place commitment, an activity type that does not count,
a wrong weekday or time of day. After it, a softer promise (modality other than `ska`) that
was missed is an intention not met, and a condition that has not arisen says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from medborgarlofte.core.progress.kinds import judge_goal
from medborgarlofte.core.progress.types import (
    Excluded,
    RecordedOutcome,
    Status,
    TargetProgress,
    owner_group,
)
from medborgarlofte.core.progress.values import Amount, Judging
from medborgarlofte.core.schema.model import (
    WEEKDAYS,
    Condition,
    Event,
    Goal,
    Pledge,
    PledgeInfo,
    Slots,
    Target,
)

MISSED = frozenset({Status.NOT_MET, Status.NOT_DONE, Status.NOT_CARRIED_OUT,
                    Status.PARTLY_MISSED})
"""The computed statuses a softer promise shows as an intention not met."""


def end_as_of(info: PledgeInfo, today: dt.date) -> dt.date:
    """The pledge's last day as known on `today`: the latest extension decided by then.

    An extension without `decided` has no date and always counts.
    """
    known = [e for e in info.extensions if e.decided is None or e.decided <= today]
    return known[-1].to if known else info.period.end


def slot_problem(event: Event, slots: Slots) -> str | None:
    """Why an activity falls outside the slots ('day', 'time', 'no_time'), or None."""
    if slots.days and WEEKDAYS[event.date.weekday()] not in slots.days:
        return "day"
    if slots.start is None and slots.end is None:
        return None
    if event.time is None:
        return "no_time"
    start, end, time = slots.start or "00:00", slots.end or "23:59", event.time
    inside = start <= time <= end if start <= end else (time >= start or time <= end)
    return None if inside else "time"


def split_events(target: Target, events: list[Event], place: str | None = None,
                 ) -> tuple[list[Event], list[Excluded]]:
    """The activities that count for `target` (at `place`) and those set aside, with why."""
    counted: list[Event] = []
    excluded: list[Excluded] = []
    types = {t.casefold() for t in target.counts_types}
    for event in events:
        reason = None
        if event.preparation:
            reason = "preparation"
        elif place is not None and (event.place or "").casefold() != place.casefold():
            reason = "place"
        elif types and event.type and event.type.casefold() not in types:
            reason = "type"
        elif target.slots:
            problem = slot_problem(event, target.slots)
            reason = f"slot_{problem}" if problem else None
        if reason is None:
            counted.append(event)
        elif reason != "place":  # another place's activity belongs to that place's row
            excluded.append(Excluded(event, reason))
    if target.slots and target.slots.distinct_days:
        counted = _one_per_day(counted)
    return counted, excluded


def _one_per_day(events: list[Event]) -> list[Event]:
    """'fem dagar i veckan': one activity of count 1 for each distinct day."""
    seen: set[dt.date] = set()
    days = []
    for event in events:
        if event.date not in seen:
            seen.add(event.date)
            days.append(event.model_copy(update={"count": 1, "qualifier": "exact"}))
    return days


def compute_target_rows(pledge: Pledge, target: Target, by_target: Mapping[str, list[Event]],
                        today: dt.date) -> list[TargetProgress]:
    """The rows of `target`: one, or one per place of `per_place`."""
    events = by_target.get(target.id, [])
    base = None
    if target.goal and target.goal.share_of:
        other = pledge.target(target.goal.share_of)
        counted = split_events(other, by_target.get(other.id, []))[0] if other else []
        base = Amount.of(counted)
    if not target.per_place:
        return [compute_target_progress(pledge, target, events, today, base=base)]
    return [compute_target_progress(pledge, target, events, today, base=base,
                                    place=p.place, goal=p.goal or target.goal)
            for p in target.per_place]


def compute_target_progress(
    pledge: Pledge, target: Target, events: list[Event], today: dt.date, *,
    base: Amount | None = None, place: str | None = None, goal: Goal | None = None,
) -> TargetProgress:
    """The progress of `target` given its events that count by `today` (sorted by day)."""
    info = pledge.pledge
    begins = max(info.period.start, info.signed) if info.from_signing and info.signed \
        else info.period.start  # 'gäller från undertecknandet'
    start = target.window.start if target.window else begins
    due = target.due or (target.window.end if target.window else end_as_of(pledge.pledge, today))
    due = max(due, start)
    counted, excluded = split_events(target, events, place)
    judging = Judging(start=start, due=due, today=today, events=tuple(counted),
                      done=Amount.of(counted), base=base)
    computed, result = judge_goal(goal or target.goal, judging, target.unit)
    condition = target.condition
    if condition is not None and not counted:
        arose = condition.arose if isinstance(condition, Condition) else None
        if arose is not True:
            computed = Status.NOT_APPLICABLE
    if target.modality != "ska" and computed in MISSED:
        computed = Status.INTENTION_NOT_MET
    outcome = None
    recorded = target.outcome
    if recorded and (recorded.date is None or recorded.date <= today):
        outcome = RecordedOutcome(Status(recorded.status), recorded.reason, recorded.date)
    kinds = {pid: party.kind for pid, party in pledge.parties.items()}
    return TargetProgress(
        id=f"{target.id}@{place_slug(place)}" if place else target.id,
        text=f"{place}: {target.text}" if place else target.text,
        owners=tuple(target.owners),
        owner_group=owner_group(target, kinds), priorities=tuple(target.priorities),
        status=outcome.status if outcome else computed, computed_status=computed,
        start=start, due=due, result=result, activities=judging.events,
        last_activity=judging.last_activity, outcome=outcome,
        source_id=target.id, place=place, modality=target.modality,
        target_group=tuple(target.target_group), lead=target.lead,
        lead_name=party_label(pledge, target.lead) if target.lead else None,
        owner_names=tuple(party_label(pledge, o) for o in target.owners),
        owner_units=tuple(dict.fromkeys(u for o in target.owners for u in _units(pledge, o))),
        condition=target.condition_text,
        condition_arose=condition.arose if isinstance(condition, Condition) else None,
        excluded=tuple(excluded), published=tuple(target.results),
    )


def party_label(pledge: Pledge, party_id: str) -> str:
    """A party's name, with the party it is a unit of: 'Trafikpolisen (Polisen)'."""
    party = pledge.parties.get(party_id)
    if party is None:
        return party_id
    parent = pledge.parties.get(party.part_of) if party.part_of else None
    return f"{party.name} ({parent.name})" if parent else party.name


def place_slug(place: str) -> str:
    """A place as part of a row id: 'Jönköpings tätort' -> 'jönköpings-tätort'."""
    return "-".join("".join(c if c.isalnum() else " " for c in place.casefold()).split())


def _units(pledge: Pledge, party_id: str) -> list[str]:
    """The party and those it is part of, up the `part_of` chain (a cycle stops it)."""
    chain = [party_id]
    party = pledge.parties.get(party_id)
    while party is not None and party.part_of and party.part_of not in chain:
        chain.append(party.part_of)
        party = pledge.parties.get(party.part_of)
    return chain
