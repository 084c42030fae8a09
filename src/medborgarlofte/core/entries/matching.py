"""Find the commitment (or indicator) a person means from what they typed.

Rules, in order, each used only when the ones before found nothing: the exact id; ids that
start with the word; ids that contain it; texts that contain it. Case, diacritics (å ä ö é)
and the separators '-', '_' and space are ignored from the second rule on, so
"grannsamverkan" finds "grannsamverkansutbildning" and "Föräldra" finds
"kommun-foraldraforelasning". Exactly one hit is a match; several are ambiguous; none gives
the closest ids as suggestions.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

_SEPARATORS = re.compile(r"[\s_\-]+")


class Named(Protocol):
    """Anything with an id and a text: a Target, an Indicator."""

    @property
    def id(self) -> str: ...

    @property
    def text(self) -> str: ...


@dataclass(frozen=True)
class Match:
    """The outcome: `found` when one item matched, else the `candidates` to show."""

    word: str
    found: Named | None
    candidates: tuple[Named, ...] = ()
    ambiguous: bool = False
    close: bool = False
    """The candidates are the ids closest to the word (else: all of them)."""


def fold(text: str) -> str:
    """Lower-case, no diacritics, no separators: 'Föräldra-möte' -> 'foraldramote'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub("", plain)


def match_item(word: str, items: Sequence[Named]) -> Match:
    """The item `word` names, by the rules of the module docstring."""
    exact = [i for i in items if i.id == word]
    if exact:
        return Match(word, exact[0])
    folded = fold(word)
    if not folded:
        return Match(word, None, tuple(items))
    for rule in (_id_prefix, _id_contains, _text_contains):
        hits = [i for i in items if rule(folded, i)]
        if len(hits) == 1:
            return Match(word, hits[0])
        if hits:
            return Match(word, None, tuple(hits), ambiguous=True)
    close = difflib.get_close_matches(word, [i.id for i in items], n=3, cutoff=0.5)
    suggested = tuple(i for c in close for i in items if i.id == c)
    return Match(word, None, suggested or tuple(items), close=bool(suggested))


def _id_prefix(folded: str, item: Named) -> bool:
    return fold(item.id).startswith(folded)


def _id_contains(folded: str, item: Named) -> bool:
    return folded in fold(item.id)


def _text_contains(folded: str, item: Named) -> bool:
    return folded in fold(item.text)
