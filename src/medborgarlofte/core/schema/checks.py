"""Checks that span records: references, ids, dates against the period and the clock.

Pure: takes a validated `Pledge` and `today`, returns problems with document paths. The
loader locates them in the file.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable

from medborgarlofte.core.schema.model import Event, Pledge
from medborgarlofte.core.schema.problems import Path, Problem

GRACE_DAYS = 31
"""Days after the pledge's end during which an activity is still accepted (with W307).

The last tertial is followed up in January; an activity dated in those weeks is most often a
late record of December's work, so it is accepted with a warning rather than refused."""


def run_checks(pledge: Pledge, today: dt.date) -> list[Problem]:
    """Every cross-record problem of the pledge, in document order."""
    problems: list[Problem] = []
    problems += _period_problems(pledge)
    problems += _duplicate_ids(pledge)
    problems += _reference_problems(pledge)
    problems += _target_date_problems(pledge)
    problems += _event_problems(pledge, today)
    problems += _indicator_problems(pledge, today)
    problems += _pledge_keys_problems(pledge)
    return problems


def suggest(word: str, candidates: Iterable[str]) -> str | None:
    """The closest candidate to a mistyped id or key, if any is close enough."""
    found = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


def unknown_reference(code: str, path: Path, value: str, known: Iterable[str]) -> Problem:
    """E301/E302/E303 for `value`, with the closest known id as a hint, or the list."""
    known = list(dict.fromkeys(k for k in known if isinstance(k, str)))  # each id once
    guess = suggest(value, known)
    if guess:
        return Problem(code, path, {"value": value, "suggestion": guess}, hint="hint.did_you_mean")
    return Problem(code, path, {"value": value, "known": ", ".join(known) or "–"},
                   hint="hint.known_ids")


def _period_problems(pledge: Pledge) -> list[Problem]:
    info = pledge.pledge
    problems = []
    if info.period.end < info.period.start:
        problems.append(Problem("E313", ("pledge", "period", "end"),
                                {"start": info.period.start, "end": info.period.end}))
    previous = info.period.end
    for i, ext in enumerate(info.extensions):
        if ext.to <= previous:
            problems.append(Problem("E314", ("pledge", "extensions", i, "to"),
                                    {"to": ext.to, "previous": previous}))
        previous = max(previous, ext.to)
    return problems


def _duplicate_ids(pledge: Pledge) -> list[Problem]:
    problems = []
    for section in ("priorities", "targets", "indicators"):
        seen: dict[str, int] = {}
        for i, item in enumerate(getattr(pledge, section)):
            if item.id in seen:
                problems.append(Problem("E304", (section, i, "id"),
                                        {"id": item.id, "first": seen[item.id] + 1}))
            else:
                seen[item.id] = i
    return problems


def _reference_problems(pledge: Pledge) -> list[Problem]:
    parties = pledge.parties.keys()
    priorities = [p.id for p in pledge.priorities]
    problems = []
    for i, sig in enumerate(pledge.pledge.signatories):
        if sig.party not in parties:
            problems.append(unknown_reference("E302", ("pledge", "signatories", i, "party"),
                                              sig.party, parties))
    for section in ("targets", "indicators"):
        for i, item in enumerate(getattr(pledge, section)):
            for j, prio in enumerate(item.priorities):
                if prio not in priorities:
                    problems.append(unknown_reference("E303", (section, i, "priorities", j),
                                                      prio, priorities))
    for i, target in enumerate(pledge.targets):
        for j, owner in enumerate(target.owners):
            if owner not in parties:
                problems.append(unknown_reference("E302", ("targets", i, "owners", j), owner,
                                                  parties))
    return problems


def _target_date_problems(pledge: Pledge) -> list[Problem]:
    start, end = pledge.pledge.period.start, pledge.pledge.end
    problems = []
    for i, target in enumerate(pledge.targets):
        window = target.window
        params = {"id": target.id, "start": start, "end": end}
        if window and window.end < window.start:
            problems.append(Problem("E317", ("targets", i, "window", "end"),
                                    {**params, "wstart": window.start, "wend": window.end}))
        elif window and (window.start < start or window.end > end):
            problems.append(Problem("E312", ("targets", i, "window"),
                                    {**params, "wstart": window.start, "wend": window.end}))
        if target.due and not start <= target.due <= end:
            problems.append(Problem("E315", ("targets", i, "due"), {**params, "due": target.due}))
    return problems


def _event_problems(pledge: Pledge, today: dt.date) -> list[Problem]:
    targets = {t.id: t for t in pledge.targets}
    parties = pledge.parties.keys()
    start, end = pledge.pledge.period.start, pledge.pledge.end
    grace_end = end + dt.timedelta(days=GRACE_DAYS)
    done_at: dict[str, int] = {}
    problems: list[Problem] = []
    for i, event in enumerate(pledge.event_list):
        path: Path = ("events", i)
        problems += _event_date_problems(event, path, start, end, grace_end, today)
        for j, target_id in enumerate(event.target):
            tpath = (*path, "target", j)
            target = targets.get(target_id)
            if target is None:
                problems.append(unknown_reference("E301", tpath, target_id, targets))
                continue
            if event.done:
                if target.goal is None or target.goal.milestone is None:
                    problems.append(Problem("W311", (*path, "done"), {"id": target_id}))
                elif target_id in done_at and not target.goal.keep:
                    problems.append(Problem("E310", (*path, "done"),
                                            {"id": target_id, "first": done_at[target_id] + 1}))
                else:
                    done_at[target_id] = i
        for j, party in enumerate(event.by or []):
            if party not in parties:
                problems.append(unknown_reference("E302", (*path, "by", j), party, parties))
    return problems


def _pledge_keys_problems(pledge: Pledge) -> list[Problem]:
    """The keys of sub-units, leads, conditions, places, shares and coverage (issue 11)."""
    parties = pledge.parties
    problems: list[Problem] = []
    info = pledge.pledge
    if info.from_signing and info.signed is None:
        problems.append(Problem("E334", ("pledge", "from_signing"), {}))
    plan = info.follow_up
    if not isinstance(plan, str) and plan.lead and plan.lead not in parties:
        problems.append(unknown_reference("E302", ("pledge", "follow_up", "lead"), plan.lead,
                                          parties))
    for pid, party in parties.items():
        if party.part_of is None:
            continue
        if party.part_of not in parties:
            problems.append(unknown_reference("E302", ("parties", pid, "part_of"),
                                              party.part_of, parties))
            continue
        chain, seen = [pid], {pid}
        current: str | None = party.part_of
        while current is not None and current in parties:
            chain.append(current)
            if current in seen:
                problems.append(Problem("E330", ("parties", pid, "part_of"),
                                        {"id": pid, "chain": " → ".join(chain)}))
                break
            seen.add(current)
            current = parties[current].part_of
    ids = {t.id for t in pledge.targets}
    counts: dict[str, int] = {}
    for event in pledge.event_list:
        for target_id in event.target:
            counts[target_id] = counts.get(target_id, 0) + 1
    for i, target in enumerate(pledge.targets):
        path: Path = ("targets", i)
        if target.lead and target.lead not in parties:
            problems.append(unknown_reference("E302", (*path, "lead"), target.lead, parties))
        seen_places: set[str] = set()
        for j, place in enumerate(target.per_place):
            key = place.place.casefold()
            if key in seen_places:
                problems.append(Problem("E332", (*path, "per_place", j, "place"),
                                        {"place": place.place, "id": target.id}))
            seen_places.add(key)
        goal = target.goal
        if goal and goal.share_of:
            if goal.share_of == target.id:
                problems.append(Problem("E333", (*path, "goal", "share_of"), {"id": target.id}))
            elif goal.share_of not in ids:
                problems.append(unknown_reference("E301", (*path, "goal", "share_of"),
                                                  goal.share_of, ids))
        condition = target.condition
        if not isinstance(condition, str | None) and condition.arose is False \
                and counts.get(target.id):
            problems.append(Problem("W335", (*path, "condition", "arose"),
                                    {"id": target.id, "n": counts[target.id]}))
    for i, indicator in enumerate(pledge.indicators):
        for j, owner in enumerate(indicator.owners):
            if owner not in parties:
                problems.append(unknown_reference("E302", ("indicators", i, "owners", j), owner,
                                                  parties))
    places = {t.id: [p.place for p in t.per_place] for t in pledge.targets if t.per_place}
    for i, event in enumerate(pledge.event_list):
        for target_id in event.target:
            known_places = places.get(target_id)
            if known_places and (event.place or "").casefold() not in {
                    p.casefold() for p in known_places}:
                problems.append(Problem("W337", ("events", i, "place"),
                                        {"place": event.place or "–", "id": target_id,
                                         "known": ", ".join(known_places)}))
    covers = {t.id: t.goal.cover for t in pledge.targets if t.goal and t.goal.cover}
    for i, event in enumerate(pledge.event_list):
        for target_id in event.target:
            cover = covers.get(target_id)
            if cover is None:
                continue
            known = {c.casefold() for c in cover}
            for j, item in enumerate(event.items):
                if item.casefold() not in known:
                    problems.append(Problem("W336", ("events", i, "items", j),
                                            {"item": item, "id": target_id,
                                             "known": ", ".join(cover)}))
    return problems


def _event_date_problems(event: Event, path: Path, start: dt.date, end: dt.date,
                         grace_end: dt.date, today: dt.date) -> list[Problem]:
    problems = []
    last = event.until or event.date
    params = {"date": event.date, "start": start, "end": end, "today": today,
              "grace": GRACE_DAYS}
    if event.until and event.until < event.date:
        problems.append(Problem("E309", (*path, "until"), {"date": event.date,
                                                           "until": event.until}))
    if event.date > today or last > today:
        key = "date" if event.date > today else "until"
        problems.append(Problem("E308", (*path, key), {**params, "date": getattr(event, key)}))
    elif event.date < start and not event.preparation:
        problems.append(Problem("E305", (*path, "date"), params))
    elif last > grace_end:
        key = "date" if event.date > grace_end else "until"
        problems.append(Problem("E306", (*path, key), {**params, "date": getattr(event, key)}))
    elif last > end:
        key = "date" if event.date > end else "until"
        problems.append(Problem("W307", (*path, key), {**params, "date": getattr(event, key)}))
    return problems


def _indicator_problems(pledge: Pledge, today: dt.date) -> list[Problem]:
    problems = []
    for i, indicator in enumerate(pledge.indicators):
        for j, m in enumerate(indicator.measurements):
            if m.date > today:
                problems.append(Problem("E320", ("indicators", i, "measurements", j, "date"),
                                        {"id": indicator.id, "date": m.date, "today": today}))
    return problems
