"""Finding the target a person means: id, prefix, word; case and diacritics ignored."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from medborgarlofte.core.entries.matching import fold, match_item


@dataclass(frozen=True)
class Item:
    id: str
    text: str


ITEMS = [
    Item("polis-mopedinsatser", "4 st riktade insatser kopplat till A-traktorer och mopeder."),
    Item("polis-grannsamverkanskampanjer", "4 st kampanjer om grannsamverkan."),
    Item("kommun-foraldraforelasning", "Minst 1 föräldraföreläsning."),
    Item("grannsamverkansutbildning", "Grannsamverkanutbildning vid 4 tillfällen."),
    Item("moped", "Exakt id som också är början på ett annat."),
    Item("naringsidkare-samverkan", "Samverkan med handeln."),
]


@pytest.mark.parametrize(("word", "found"), [
    ("moped", "moped"),                                   # the exact id wins
    ("polis-moped", "polis-mopedinsatser"),               # a prefix
    ("grannsamverkan", "grannsamverkansutbildning"),      # a prefix, not a substring
    ("FÖRÄLDRA", "kommun-foraldraforelasning"),           # case and diacritics
    ("foraldra forelasning", "kommun-foraldraforelasning"),
    ("kampanjer", "polis-grannsamverkanskampanjer"),      # inside the id
    ("A-traktorer", "polis-mopedinsatser"),               # in the text only
    ("Näringsidkare", "naringsidkare-samverkan"),         # diacritics, in the id only
])
def test_found(word: str, found: str) -> None:
    match = match_item(word, ITEMS)
    assert match.found is not None and match.found.id == found


def test_ambiguous() -> None:
    match = match_item("polis", ITEMS)
    assert (match.found, match.ambiguous) == (None, True)
    assert [c.id for c in match.candidates] == ["polis-mopedinsatser",
                                                "polis-grannsamverkanskampanjer"]


def test_unknown_suggests_close_ids_or_lists_all() -> None:
    close = match_item("polis-mopedinsats3r", ITEMS)
    assert (close.found, close.close, [c.id for c in close.candidates]) == (
        None, True, ["polis-mopedinsatser"])
    nothing = match_item("qqq", ITEMS)
    assert (nothing.close, len(nothing.candidates)) == (False, len(ITEMS))


def test_fold() -> None:
    assert fold("Föräldra-Föreläsning_2 st") == "foraldraforelasning2st"
