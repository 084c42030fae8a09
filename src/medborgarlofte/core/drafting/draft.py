"""A pledge file in the making: plain data in file order, plus what a person must review.

`init`, `init --from-text` and `renew` all produce a `Draft`: the data exactly as it will be
written (dicts in key order, dates as `datetime.date`) and a list of `Review` notes, each
pointing at a place in the data (`("targets", 3, "owners")`). The renderer turns the notes into
YAML comments (`# kontrollera: ägare oklar`) next to the place. Pure: no files, no clock.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from medborgarlofte.core.schema.dates import EARLIEST, LATEST
from medborgarlofte.core.schema.model import SCHEMA_VERSION
from medborgarlofte.core.schema.problems import Path

CADENCES = ("tertial", "quarter", "half-year", "year")
CADENCE_WORDS = {
    "tertial": "tertial", "kvartal": "quarter", "quarter": "quarter", "halvår": "half-year",
    "half-year": "half-year", "halvar": "half-year", "år": "year", "year": "year", "ar": "year",
}
"""Cadence names a person may type, in Swedish or English, and the value they stand for."""

POLICE_ID, MUNICIPALITY_ID = "polisen", "kommunen"


@dataclass(frozen=True)
class Review:
    """A note for the person who reviews the draft: message key, params, where it applies."""

    path: Path
    key: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Draft:
    """The data of a new pledge file, in the order it is written, and its review notes."""

    data: dict[str, Any]
    reviews: list[Review] = field(default_factory=list)

    def review(self, path: Path, key: str, **params: Any) -> None:
        """Add a review note at `path`."""
        self.reviews.append(Review(path, key, params))


@dataclass(frozen=True)
class Period:
    """First and last day of a pledge period."""

    start: dt.date
    end: dt.date


_YEAR = r"([0-9]{4})"
_DATE = r"([0-9]{4}-[0-9]{2}-[0-9]{2})"


def parse_period(text: str) -> Period | None:
    """'2025', '2025-2026' (or '2025–2026') or '2025-03-01..2026-02-28'; None if not a period.

    Years mean whole calendar years. The end may not come before the start.
    """
    value = text.strip()
    years = re.fullmatch(_YEAR + r"(?:\s*[-–/]\s*" + _YEAR + r")?", value)
    try:
        if years:
            first = int(years.group(1))
            last = int(years.group(2) or first)
            period = Period(dt.date(first, 1, 1), dt.date(last, 12, 31))
        else:
            dates = re.fullmatch(_DATE + r"\s*(?:\.\.|–|/)\s*" + _DATE, value)
            if not dates:
                return None
            period = Period(dt.date.fromisoformat(dates.group(1)),
                            dt.date.fromisoformat(dates.group(2)))
    except ValueError:
        return None
    return period if (period.start <= period.end and period.start >= EARLIEST
                      and period.end <= LATEST) else None


def period_title(period: Period) -> str:
    """'Medborgarlöfte 2025', or 'Medborgarlöfte 2025–2026' for several years."""
    first, last = period.start.year, period.end.year
    return f"Medborgarlöfte {first}" if first == last else f"Medborgarlöfte {first}–{last}"


def slug(text: str, max_length: int = 50) -> str:
    """A readable id from text: 'Räddningstjänsten Syd' -> 'raddningstjansten-syd'."""
    folded = unicodedata.normalize("NFKD", text.lower())
    ascii_text = "".join(c for c in folded if not unicodedata.combining(c))
    words = re.findall(r"[a-z0-9]+", ascii_text)
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > max_length and result:
            break
        result = candidate[:max_length]
    return result


class TakenIds(set[str]):
    """Ids in use, with the next number to try per base, so that giving n ids that share a
    base takes linear time, not quadratic."""

    def __init__(self) -> None:
        super().__init__()
        self.next_number: dict[str, int] = {}


def unique_id(base: str, taken: set[str], fallback: str) -> str:
    """`base` (or `fallback` when empty), with -2, -3... appended until not in `taken`."""
    root = base or fallback
    candidate = root
    numbers = taken.next_number if isinstance(taken, TakenIds) else {}
    number = numbers.get(root, 2)
    while candidate in taken:
        candidate = f"{root}-{number}"
        number += 1
    numbers[root] = number
    taken.add(candidate)
    return candidate


def pledge_head(title: str, municipality: str, period: Period, *, police_area: str | None,
                language: str, follow_up: str) -> dict[str, Any]:
    """The `pledge:` mapping of a new file, keys in the order they are written."""
    head: dict[str, Any] = {"title": title, "municipality": municipality}
    if police_area:
        head["police_area"] = police_area
    head["period"] = {"start": period.start, "end": period.end}
    head["language"] = language
    head["follow_up"] = follow_up
    return head


def skeleton_draft(*, municipality: str, period: Period, police_area: str | None = None,
                   language: str = "sv", follow_up: str = "tertial",
                   others: list[tuple[str, str]] | None = None,
                   title: str | None = None) -> Draft:
    """A new, empty pledge: the police and the municipality, plus `others` (name, kind).

    Lists are empty so that the file validates as written; the renderer adds the comments
    that show how to fill them.
    """
    parties: dict[str, Any] = {
        POLICE_ID: {"name": "Polisen", "kind": "polis"},
        MUNICIPALITY_ID: {"name": municipality, "kind": "kommun"},
    }
    taken = set(parties)
    for name, kind in others or []:
        parties[unique_id(slug(name), taken, "part")] = {"name": name, "kind": kind}
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "pledge": pledge_head(title or period_title(period), municipality, period,
                              police_area=police_area, language=language, follow_up=follow_up),
        "parties": parties,
        "priorities": [],
        "targets": [],
        "indicators": [],
        "events": [],
    }
    return Draft(data)


_HEAD_ORDER = ("title", "municipality", "police_area", "period", "extensions", "language",
               "follow_up", "situation", "signatories", "sources")


def apply_choices(draft: Draft, *, municipality: str | None = None,
                  police_area: str | None = None, period: Period | None = None,
                  follow_up: str | None = None, title: str | None = None,
                  others: list[tuple[str, str]] | None = None) -> None:
    """Put what the person chose (flags) over what the draft guessed, and drop those notes."""
    head: dict[str, Any] = dict(draft.data["pledge"])
    chosen: dict[str, Any] = {"municipality": municipality, "police_area": police_area,
                              "follow_up": follow_up, "title": title}
    if period:
        chosen["period"] = {"start": period.start, "end": period.end}
    for key, value in chosen.items():
        if value:
            head[key] = value
            draft.reviews = [r for r in draft.reviews if r.path != ("pledge", key)]
    draft.data["pledge"] = {k: head[k] for k in _HEAD_ORDER if k in head}
    parties = draft.data["parties"]
    if municipality:
        parties[MUNICIPALITY_ID] = {**parties.get(MUNICIPALITY_ID, {}), "name": municipality,
                                    "kind": "kommun"}
    taken = set(parties)
    for name, kind in others or []:
        if not any(p["name"] == name for p in parties.values()):
            parties[unique_id(slug(name), taken, "part")] = {"name": name, "kind": kind}
