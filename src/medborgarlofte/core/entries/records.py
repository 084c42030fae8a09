"""From what a person types to the records `pledge log`, `measure` and `import` add.

Pure: `today` is a parameter. Parsers return None for input they cannot read, and the
caller says what was wrong in the person's language. Items are plain data in the file's key
order, with defaults left out (qualifier `exact`, `done` unless true), ready for the writer.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import Any

from medborgarlofte.core.schema.dates import in_range
from medborgarlofte.text.published import normalized_input

DAY_WORDS = {"idag": 0, "i dag": 0, "today": 0, "igår": -1, "i går": -1, "yesterday": -1}
"""Words accepted for a date, and their distance from today in days."""

QUALIFIERS = {
    "exact": "exact", "exakt": "exact",
    "approx": "approx", "ca": "approx", "cirka": "approx", "about": "approx",
    "at_least": "at_least", "at-least": "at_least", "minst": "at_least",
}
"""Words accepted for a qualifier (English ids and Swedish words) and the stored value."""

TRUE_WORDS = {"ja", "yes", "true", "x", "1", "klart", "done"}
FALSE_WORDS = {"nej", "no", "false", "0", ""}

EVENT_KEYS = ("date", "until", "target", "count", "qualifier", "by", "participants", "place",
              "note", "reference", "done", "time", "type", "items", "response_hours", "results",
              "preparation")
"""The order of keys in a written event (the order of the model)."""

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_day(text: str, today: dt.date) -> dt.date | None:
    """An ISO date, or idag/igår/today/yesterday; None if it is neither."""
    word = " ".join(text.strip().lower().split())
    if word in DAY_WORDS:
        return today + dt.timedelta(days=DAY_WORDS[word])
    if not _ISO_DAY.fullmatch(word):
        return None
    try:
        day = dt.date.fromisoformat(word)
    except ValueError:
        return None
    return day if in_range(day) else None


def parse_qualifier(text: str) -> str | None:
    """exact, approx or at_least from an English or Swedish word; None if unknown."""
    return QUALIFIERS.get(text.strip().lower())


def parse_flag(text: str) -> bool | None:
    """A yes/no cell (ja, nej, x, true, ...); None if it is neither."""
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def parse_whole(text: str) -> int | None:
    """A whole number ('12', ' 12 ', '1 200'); None otherwise."""
    digits = text.strip().replace(" ", "").replace("\u00a0", "")
    return int(digits) if re.fullmatch(r"[+-]?\d{1,15}", digits) else None


def parse_measure(text: str) -> int | float | None:
    """A measured value: an integer, or a decimal with a point or a Swedish comma."""
    whole = parse_whole(text)
    if whole is not None:
        return whole
    cleaned = text.strip().replace(" ", "").replace(",", ".", 1)
    if not re.fullmatch(r"[+-]?(\d+\.\d*|\.\d+)", cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def split_ids(text: str) -> list[str]:
    """'a, b', 'a b' or 'a|b' as ['a', 'b'] (ids never hold spaces, commas or bars)."""
    return [part for part in re.split(r"[\s,|;]+", text.strip()) if part]


def event_item(
    *,
    date: dt.date,
    targets: Sequence[str],
    count: int = 1,
    until: dt.date | None = None,
    qualifier: str = "exact",
    by: Sequence[str] = (),
    participants: int | None = None,
    place: str | None = None,
    note: str | None = None,
    reference: str | None = None,
    done: bool = False,
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """An event as data: one target as a plain id, several as a list; `extra` the keys of
    time, type, items, response_hours, results and preparation (empty ones left out)."""
    item: dict[str, Any] = {
        "date": date,
        "until": until,
        "target": targets[0] if len(targets) == 1 else list(targets),
        "count": count,
        "qualifier": qualifier if qualifier != "exact" else None,
        "by": (by[0] if len(by) == 1 else list(by)) if by else None,
        "participants": participants,
        "place": _typed(place),
        "note": _typed(note),
        "reference": _typed(reference),
        "done": True if done else None,
    }
    for key, value in (extra or {}).items():
        item[key] = value if value not in ("", [], False) else None
    return {key: value for key, value in item.items() if value is not None}


_BY_PRODUCT = re.compile(r"(?:(ca|cirka|about|minst|at least)\s+)?(\d+)\s+(.+)", re.I)


def parse_by_product(text: str) -> dict[str, Any] | None:
    """'ca 60 avvisningar' -> {what: avvisningar, count: 60, qualifier: approx}; None when
    the text is not 'NUMBER WHAT'."""
    found = _BY_PRODUCT.fullmatch(text.strip())
    if not found:
        return None
    word = (found.group(1) or "").lower()
    qualifier = {"ca": "approx", "cirka": "approx", "about": "approx", "minst": "at_least",
                 "at least": "at_least"}.get(word)
    item: dict[str, Any] = {"what": found.group(3).strip(), "count": int(found.group(2))}
    if qualifier:
        item["qualifier"] = qualifier
    return item


_CLOCK = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")


def parse_clock(text: str) -> str | None:
    """'19:00', '7.30' -> 'HH:MM'; None otherwise."""
    found = _CLOCK.fullmatch(text.strip())
    return f"{int(found.group(1)):02d}:{found.group(2)}" if found else None


def measurement_item(*, date: dt.date, value: float, source: str | None = None,
                     note: str | None = None) -> dict[str, Any]:
    """A measurement as data, in the model's key order."""
    item: dict[str, Any] = {"date": date, "value": value, "source": _typed(source),
                            "note": _typed(note)}
    return {key: value for key, value in item.items() if value is not None}


def _typed(text: str | None) -> str | None:
    """A text as typed or imported, its line breaks made line feeds (Word's vertical tab,
    CR LF); None for none. Other characters no published text may hold are refused by the
    writer (E125), never silently dropped."""
    return normalized_input(text) if text else None
