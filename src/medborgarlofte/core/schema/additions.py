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
from collections.abc import Sequence
from typing import Any

from medborgarlofte.core.schema.checks import run_checks
from medborgarlofte.core.schema.model import Event, Pledge
from medborgarlofte.core.schema.problems import Problem
from medborgarlofte.core.schema.validation import validate_data


def validate_with_events(pledge: Pledge, data: dict[str, Any], items: Sequence[Any],
                         today: dt.date) -> tuple[Pledge | None, list[Problem]]:
    """What `validate_data` gives for `data` (which `pledge` was read from, valid) with
    `items` appended to its events: the new pledge (None on a schema error) and problems."""
    _, alone = validate_data({**data, "events": list(items)}, today)
    if any(p.path[:1] == ("events",) and p.code.startswith("E2") for p in alone):
        # a broken event: the rare case, where the whole document gives the full picture
        return validate_data({**data, "events": [*(data.get("events") or []), *items]}, today)
    events = [*pledge.event_list, *(Event.model_validate(item) for item in items)]
    new = pledge.model_copy(update={"events": events})
    return new, run_checks(new, today)


def validate_without_last_events(pledge: Pledge, count: int, empty_as: str,
                                 today: dt.date) -> tuple[Pledge, list[Problem]]:
    """What `validate_data` gives for the document `pledge` was read from (valid) with its
    last `count` events taken off (`pledge undo`): every remaining event was valid and the
    schema has no rule across records, so only the cross-record checks run again. Building
    the whole model again would hold a second copy of every event: gigabytes on a file
    near the size limit."""
    kept = pledge.event_list[:-count] if count else pledge.event_list
    events = kept if kept or empty_as == "list" else None
    new = pledge.model_copy(update={"events": events})
    return new, run_checks(new, today)
