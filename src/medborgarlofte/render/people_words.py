"""One rule for every CSV for people (status, events, the report): a code is shown as its
word in the run's language — `count` as 'antal', `police` as 'Polisen', `at_least` as
'minst', `on_track` as 'i fas', an exact amount's qualifier as nothing (as the report always
did) — and a column means the same in every CSV. The machine dialect keeps the codes.

A column named for its code (`status`: 'Statuskod' in status and the report) keeps the code:
it is there to filter on; its word is in the column beside it ('Status')."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from medborgarlofte.i18n import CATALOGUE, t

_PREFIXES = {"kind": "csv.kind.", "owner_group": "status.group.",
             "goal_qualifier": "csv.goal_q.", "per": "csv.per.",
             "computed_status": "status.word."}
"""Column → the catalogue's words for its codes."""
_QUALIFIERS = frozenset({"qualifier", "done_qualifier"})
"""Columns of an amount's qualifier: '' for exact, 'ca', 'minst'."""


def people_value(column: str, value: Any, lang: str) -> Any:
    """The value of `column` as a person reads it in `lang` (anything else as it is)."""
    if not isinstance(value, str) or not value:
        return value
    if column in _QUALIFIERS:
        return "" if value == "exact" else t(f"report.q.{value}", lang)
    key = _PREFIXES.get(column, "\0") + value
    return t(key, lang) if key in CATALOGUE else value


def people_row(columns: Sequence[str], record: Mapping[str, Any], lang: str) -> list[Any]:
    """The cells of one row of a CSV for people, in `columns` order."""
    return [people_value(c, record[c], lang) for c in columns]
