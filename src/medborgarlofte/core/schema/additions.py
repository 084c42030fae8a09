"""Validate a pledge plus a few appended events without validating every event again.

`validate_data` on the whole document is what the writer would otherwise run after each
`pledge log`; on 10,000 events most of its time goes to re-checking the 10,000 events that
were valid a moment ago. The schema has no rule that spans records, so the new events are
checked on their own (inside a document with the same head, parties and targets), then the
cross-record checks run on the whole new pledge. Only an event the schema refuses sends it
back to validating the whole document, for the complete list of problems. The outcome is
the same as `validate_data` on the whole new document; a test compares the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from medborgarlofte.core.schema.checks import run_checks
from medborgarlofte.core.schema.model import Event, Pledge
from medborgarlofte.core.schema.problems import Problem
from medborgarlofte.core.schema.validation import validate_data


def validate_with_events(pledge: Pledge, data: dict[str, Any], items: Sequence[Any],
                         today: dt.date, clean: bool = False
                         ) -> tuple[Pledge | None, list[Problem]]:
    """What `validate_data` gives for `data` (which `pledge` was read from, valid) with
    `items` appended to its events: the new pledge (None on a schema error) and problems.
    `clean`: the pledge had no problem at all on `today`, so only the new events' checks
    run (`checks_of_changed`)."""
    _, alone = validate_data({**data, "events": list(items)}, today)
    if any(p.path[:1] == ("events",) and p.code.startswith("E2") for p in alone):
        # a broken event: the rare case, where the whole document gives the full picture
        return validate_data({**data, "events": [*(data.get("events") or []), *items]}, today)
    events = [*pledge.event_list, *(Event.model_validate(item) for item in items)]
    new = pledge.model_copy(update={"events": events})
    if clean:
        first = len(pledge.event_list)
        return new, checks_of_changed(new, range(first, len(events)), today)
    return new, run_checks(new, today)


def validate_without_last_events(pledge: Pledge, count: int, empty_as: str,
                                 today: dt.date, clean: bool = False
                                 ) -> tuple[Pledge, list[Problem]]:
    """What `validate_data` gives for the document `pledge` was read from (valid) with its
    last `count` events taken off (`pledge undo`): every remaining event was valid and the
    schema has no rule across records, so only the cross-record checks run again. Building
    the whole model again would hold a second copy of every event: gigabytes on a file
    near the size limit."""
    kept = pledge.event_list[:-count] if count else pledge.event_list
    events = kept if kept or empty_as == "list" else None
    new = pledge.model_copy(update={"events": events})
    return new, checks_of_changed(new, (), today) if clean else run_checks(new, today)


def validate_event_edit(pledge: Pledge, data: dict[str, Any], index: int, item: Any,
                        expected: Any, today: dt.date) -> tuple[Pledge | None, list[Problem]]:
    """What `validate_data(expected)` gives when `expected` is `data` (which `pledge` was
    read from, without a single problem on `today`) with event `index` replaced by `item`
    (`pledge edit`), or taken off when `item` is None (`pledge remove`): the changed event
    is validated alone, and only the checks `checks_of_changed` names run again."""
    events = list(pledge.event_list)
    if item is None:
        del events[index]
        new = pledge.model_copy(update={"events": events})
        return new, checks_of_changed(new, (), today)
    _, alone = validate_data({**data, "events": [item]}, today)
    if any(p.path[:1] == ("events",) and p.code.startswith("E2") for p in alone):
        return validate_data(expected, today)  # a broken event: the full list of problems
    events[index] = Event.model_validate(item)
    new = pledge.model_copy(update={"events": events})
    return new, checks_of_changed(new, (index,), today)


def checks_of_changed(pledge: Pledge, changed: Iterable[int], today: dt.date) -> list[Problem]:
    """`run_checks(pledge, today)`, for a pledge that differs from one without a single
    problem on `today` only in its events: the events at the `changed` indexes are new (or
    edited) and others may have been taken off.

    Every cross-record check is about the head alone (unchanged: no problem), about one
    event alone (only a changed event can have one), or about the events of a target
    together: E310, a second `done` (which involves only events marked done) and W335,
    activities of a commitment whose condition did not arise (the clean pledge had none
    for such a commitment, so only changed events count). So the checks run on a pledge
    holding just the changed events and the ones marked done, in file order, and each
    problem's path (and E310's `first`) is mapped back to the whole list: the same
    problems in the same order, without going over every event again."""
    events = pledge.event_list
    keep = sorted({*changed, *(i for i, event in enumerate(events) if event.done)})
    reduced = pledge.model_copy(update={"events": [events[i] for i in keep]})
    return [_mapped(problem, keep) for problem in run_checks(reduced, today)]


def _mapped(problem: Problem, keep: Sequence[int]) -> Problem:
    """The problem of the reduced pledge, with event indexes of the whole one."""
    from dataclasses import replace

    path = problem.path
    if len(path) < 2 or path[0] != "events" or not isinstance(path[1], int):
        return problem
    params = problem.params
    if problem.code == "E310" and isinstance(params.get("first"), int):
        params = {**params, "first": keep[params["first"] - 1] + 1}
    return replace(problem, path=("events", keep[path[1]], *path[2:]), params=params)
