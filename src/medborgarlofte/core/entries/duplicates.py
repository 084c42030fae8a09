"""Activities that are already in the file: same date, targets, count, place and note.

`pledge log` warns when it adds one; `pledge import` skips them unless told otherwise, so
that importing a growing spreadsheet again adds only its new rows. Counting is by copies:
when the file holds an activity twice and the spreadsheet three times, one row is new.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from medborgarlofte.core.schema.model import Event

Key = tuple[str, tuple[str, ...], int, str, str]


def event_key(event: Event) -> Key:
    """What makes two activities the same for the duplicate check."""
    return (event.date.isoformat(), tuple(sorted(event.target)), event.count,
            (event.place or "").strip(), (event.note or "").strip())


def item_key(item: Mapping[str, Any]) -> Key:
    """The same, for an item about to be written (`core.entries.records.event_item`)."""
    target = item.get("target")
    targets = tuple(sorted(target if isinstance(target, list) else [str(target)]))
    day = item.get("date")
    return (day.isoformat() if isinstance(day, dt.date) else str(day), targets,
            int(item.get("count", 1)), str(item.get("place") or "").strip(),
            str(item.get("note") or "").strip())


def duplicates(existing: Iterable[Event], items: Sequence[Mapping[str, Any]]) -> list[int]:
    """Indexes of the `items` that repeat an activity already there, copy for copy."""
    keys = [item_key(item) for item in items]
    days = {key[0] for key in keys}  # only activities of those days can be the same
    left = Counter(event_key(e) for e in existing if _day(e) in days)
    found = []
    for index, key in enumerate(keys):
        if left[key] > 0:
            left[key] -= 1
            found.append(index)
    return found


def _day(event: Event) -> str:
    return event.date.isoformat()
