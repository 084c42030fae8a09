"""What the tests of the drafter's patterns (tests/test_fromtext_generalise*.py) read from a
draft: its commitments' texts, owners, goals and review notes."""

from __future__ import annotations

from typing import Any

from medborgarlofte.core.drafting.draft import Draft
from medborgarlofte.core.drafting.fromtext import draft_from_text


def draft(text: str) -> Draft:
    """The draft of `text`, for a text that states no year of its own: 2031."""
    return draft_from_text(text, fallback_year=2031)


def texts(result: Draft) -> list[str]:
    return [t["text"] for t in result.data["targets"]]


def owners(result: Draft) -> list[list[str]]:
    return [t["owners"] for t in result.data["targets"]]


def goals(result: Draft) -> list[dict[str, Any] | None]:
    return [t.get("goal") for t in result.data["targets"]]


def kinds(result: Draft, index: int) -> dict[str, str]:
    """The kind of each owner party of commitment `index`."""
    return {p: result.data["parties"][p]["kind"] for p in result.data["targets"][index]["owners"]}


def notes(result: Draft, index: int, part: str | None = None) -> list[str]:
    """The review notes of commitment `index` (of its `part` only, when given), by their
    last key word ('owner_unclear')."""
    return [r.key.rsplit(".", 1)[1] for r in result.reviews
            if r.path[:2] == ("targets", index) and (part is None or r.path[2:3] == (part,))]
