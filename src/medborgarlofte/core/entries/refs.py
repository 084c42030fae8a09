"""Short references to activities and measurements, derived from their content.

`pledge events` shows one per activity and `pledge edit REF` / `pledge remove REF` take it.
A reference is the first 6 hex digits of the SHA-1 of the item's canonical JSON (keys sorted,
dates as ISO text; a measurement's also holds its indicator's id), so it does not change when
someone else adds, removes or merges other items, in any clone. Where two different items
share those digits both get as many more as it takes to tell them apart; items with the same
content are told apart by order: the second is `a3f9c1-2`, the third `a3f9c1-3`. Changing an
item changes its reference (it is another item then). A reference may be given by any
prefix of at least 4 characters that fits one item only.

A CSV for people (Swedish Excel's dialect) shows a reference as `ref-7e4991` (`sheet_ref`):
bare, a spreadsheet reads `7e4991` as 7·10^4991, `316e73` as 3.16e+75 and `854736` as a
number, and the reference is lost on the way back. `find_refs` takes either spelling, so
what a person copies from the sheet works with `pledge edit` and `pledge remove`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SHORT = 6
MINIMUM = 4
SHEET_PREFIX = "ref-"
"""Before a reference in a CSV for people: text to every spreadsheet, in any locale."""


def sheet_ref(ref: str) -> str:
    """The reference as a CSV for people shows it ('ref-7e4991'); '' stays ''."""
    return f"{SHEET_PREFIX}{ref}" if ref else ref


@dataclass(frozen=True)
class ItemRef:
    """One list item a reference names: the list's path in the document and the index."""

    ref: str
    path: tuple[str | int, ...]
    index: int
    data: Mapping[str, Any]


def _iso(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                              default=_iso)
"""Keys sorted, no spaces, dates as ISO text: one text for one content (and fast: C)."""
_C_ENCODER = getattr(json.encoder, "c_make_encoder", None)
_ENCODE = None if _C_ENCODER is None else _C_ENCODER(
    None, _iso, json.encoder.encode_basestring, None, ":", ",", True, False, True)
"""The C encoder `_CANONICAL.encode` makes anew for every call (markers, the default, the
string encoder, no indent, the separators, sort_keys, skipkeys, allow_nan), made once: the
same text (a test compares them), without building an encoder per activity."""


def canonical_json(data: Any) -> str:
    """`_CANONICAL.encode(data)`."""
    if _ENCODE is None or isinstance(data, str):  # pragma: no cover - CPython has the C one
        return _CANONICAL.encode(data)
    return "".join(_ENCODE(data, 0))


def content_hash(item: Any, extra: Mapping[str, Any] | None = None) -> str:
    """The full hex SHA-1 of the item's canonical JSON."""
    data = {"item": item, **extra} if extra else item
    try:
        text = canonical_json(data)
    except (TypeError, ValueError):  # not a valid record (a key that is no text): still named
        text = repr(data)
    return hashlib.sha1(text.encode("utf-8", errors="replace")).hexdigest()


def short_refs(hashes: Sequence[str]) -> list[str]:
    """The references for items with these content hashes, in order (see the module doc)."""
    distinct = sorted(set(hashes))
    length = {h: SHORT for h in distinct}
    for a, b in zip(distinct, distinct[1:], strict=False):
        common = next((i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y), len(a))
        if common >= SHORT:
            length[a] = max(length[a], common + 1)
            length[b] = max(length[b], common + 1)
    seen: dict[str, int] = {}
    refs = []
    for full in hashes:
        seen[full] = seen.get(full, 0) + 1
        ref = full[:length[full]]
        refs.append(ref if seen[full] == 1 else f"{ref}-{seen[full]}")
    return refs


def event_refs(data: Any) -> list[ItemRef]:
    """A reference for each event of the document (`data` as read, not the model)."""
    events = data.get("events") if isinstance(data, Mapping) else None
    events = events if isinstance(events, list) else []
    refs = short_refs([content_hash(e) for e in events])
    return [ItemRef(r, ("events",), i, e) for i, (r, e) in enumerate(zip(refs, events,
                                                                        strict=True))]


def measurement_refs(data: Any) -> list[ItemRef]:
    """A reference for each measurement of each indicator of the document."""
    indicators = data.get("indicators") if isinstance(data, Mapping) else None
    found: list[tuple[str, tuple[str | int, ...], int, Mapping[str, Any]]] = []
    for n, indicator in enumerate(indicators if isinstance(indicators, list) else []):
        if not isinstance(indicator, Mapping):
            continue
        values = indicator.get("measurements")
        for i, value in enumerate(values if isinstance(values, list) else []):
            digest = content_hash(value, {"indicator": str(indicator.get("id"))})
            found.append((digest, ("indicators", n, "measurements"), i, value))
    refs = short_refs([f[0] for f in found])
    return [ItemRef(r, f[1], f[2], f[3]) for r, f in zip(refs, found, strict=True)]


def find_refs(word: str, refs: Sequence[ItemRef]) -> list[ItemRef]:
    """The items `word` names: the one whose reference it is, else those it begins (only
    when it has at least MINIMUM characters). Several: the word is ambiguous."""
    word = word.strip().lower()
    word = word[len(SHEET_PREFIX):] if word.startswith(SHEET_PREFIX) else word
    exact = [r for r in refs if r.ref == word]
    if exact or len(word) < MINIMUM:
        return exact
    return [r for r in refs if r.ref.startswith(word)]
