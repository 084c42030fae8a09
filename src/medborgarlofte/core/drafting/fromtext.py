"""Draft a whole pledge file from the text of a published pledge, for a person to review.

`draft_from_text(text, fallback_year=…)` reads the title and period as published (`period`),
the municipality, police area and follow-up cadence, the sections of the text (`layout`:
priorities, situation, commitments, effect goals, signatories), and makes each commitment a
target (`targets`: owners from `owners`, goal from `numbers`) and each effect goal an
indicator. What it cannot decide is left as a `Review` note at the item (rendered
`# kontrollera: ägare oklar`); the draft is always a valid pledge. Pure: the caller passes
the year to fall back on, which is never used without a note.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from medborgarlofte.core.drafting.draft import (
    CADENCE_WORDS,
    MUNICIPALITY_ID,
    POLICE_ID,
    Draft,
    Period,
    TakenIds,
    period_title,
    pledge_head,
    slug,
    unique_id,
)
from medborgarlofte.core.drafting.layout import MAX_ITEMS, Layout, read_layout
from medborgarlofte.core.drafting.owners import (
    POLICE,
    PartyRef,
    municipality_party,
    sole_giver,
)
from medborgarlofte.core.drafting.period import published_period
from medborgarlofte.core.drafting.targets import draft_target
from medborgarlofte.core.drafting.topics import (
    content_words,
    linked_priorities,
    main_topic,
    priority_id_and_title,
    target_slug,
)
from medborgarlofte.core.schema.model import SCHEMA_VERSION
from medborgarlofte.text.published import normalized_input, without_forbidden

_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][\wåäöé-]{1,40}) (kommun|Stad|stad)\b")
_PLACE_HEADER = re.compile(r"^[ \t]*([A-ZÅÄÖ][\wåäöé-]{0,40})[ \t]+[-–][ \t]+medborgarlöft", re.M)
_PLACE_TITLE = re.compile(r"\b[Mm]edborgarlöft\w{0,3}[ \t]+(?:för[ \t]+|i[ \t]+)?"
                          r"(?!(?:för|i|och|från|är|gäller|ska)\b)([A-ZÅÄÖ][a-zåäöé]{2,30})\b")
_POLICE_AREA = re.compile(
    r"\b(?:[Ll]okalpolisområde(?:t)?|LPO)[ \t]+((?:(?:södra|norra|östra|västra|mellersta)[ \t]+)?"
    r"[A-ZÅÄÖ][\wåäöé-]{0,40}(?:[ -][A-ZÅÄÖ][\wåäöé-]{0,40}){0,2})"
)
_CADENCE = re.compile(r"\b(?:varje|per|en gång per|en gång i)\s+(tertial|kvartal|halvår|år)\b"
                      r"|\b(tertial|kvartal|halvårs)(?:s)?vis\b", re.IGNORECASE)
_FOLLOWED = re.compile(r"följ|uppfölj|redovis", re.IGNORECASE)
"""A cadence word counts when the follow-up is named just before it ("följs upp varje …")."""
_REVIEW = "init.review."


def draft_from_text(text: str, *, fallback_year: int, language: str = "sv") -> Draft:
    """The draft pledge a published text describes, with review notes where it is unsure."""
    text = without_forbidden(normalized_input(text))  # what no published text may hold
    draft = Draft({"schema_version": SCHEMA_VERSION})
    municipality = _municipality(text, draft)
    layout = read_layout(text, municipality)
    stated = published_period(layout.lines)
    period = _period(stated.period, fallback_year, draft)
    if stated.impossible:
        draft.review(("pledge", "period"), _REVIEW + "period_impossible_date")
    elif stated.conflict:
        draft.review(("pledge", "period"), _REVIEW + "period_conflict")
    elif stated.weak and stated.period is period:
        draft.review(("pledge", "period"), _REVIEW + "period_weak")
    title = stated.title[:1].upper() + stated.title[1:] if stated.title else period_title(period)
    area = _POLICE_AREA.search(text)
    follow_up = _follow_up(text, draft)
    head = pledge_head(title, municipality, period,
                       police_area=f"Lokalpolisområde {area.group(1)}" if area else None,
                       language=language, follow_up=follow_up)
    if layout.situation:
        head["situation"] = "\n\n".join(layout.situation) + "\n"
    draft.data["pledge"] = head
    parties: dict[str, PartyRef] = {POLICE_ID: POLICE,
                                    MUNICIPALITY_ID: municipality_party(municipality)}
    _given_by_one(layout, text, municipality)
    targets = [draft_target(c, municipality, parties, period) for c in layout.commitments]
    head["signatories"] = _signatories(layout, parties, draft)
    head["sources"] = []
    draft.review(("pledge", "sources"), _REVIEW + "sources")
    draft.data["parties"] = {p.id: {"name": p.name, "kind": p.kind} for p in parties.values()}
    linkable = _priorities(layout, draft)
    _targets(targets, linkable, draft)
    draft.data["indicators"] = _indicators(layout.effects, linkable, draft)
    if layout.too_many:
        draft.review((), _REVIEW + "too_many", max=MAX_ITEMS)
    draft.data["events"] = []
    return draft


def _given_by_one(layout: Layout, text: str, municipality: str) -> None:
    """In a pledge only one party gives ("Under 2024 lovar polisen …"), its commitments
    that no heading gives an owner ("Det här lovar vi:") are that party's, not joint."""
    giver = sole_giver(text, municipality)
    if giver is None:
        return
    for commitment in layout.commitments:
        if commitment.owners is None and not commitment.named_in_line:
            commitment.owners = [giver]


def _municipality(text: str, draft: Draft) -> str:
    names = Counter((m.group(1), m.group(2)) for m in _MUNICIPALITY.finditer(text)
                    if m.group(1) not in ("Kommunen", "Varje", "Denna", "Vår", "Hela", "Staden"))
    if names:
        (name, word), _ = names.most_common(1)[0]
        return f"{name} {word}"  # "Göteborgs Stad", "Malmö stad" as the city writes it
    header = _PLACE_HEADER.search(text) or _PLACE_TITLE.search(text[:5000])
    if header:
        place = header.group(1)
        draft.review(("pledge", "municipality"), _REVIEW + "municipality_guessed", place=place)
        return place + ("" if place[-1] in "aeiouyåäösxz" else "s") + " kommun"
    draft.review(("pledge", "municipality"), _REVIEW + "municipality")
    return "Kommunen"


def _period(stated: Period | None, fallback_year: int, draft: Draft) -> Period:
    if stated is not None and 1900 <= stated.start.year <= stated.end.year < 2200:
        return stated
    draft.review(("pledge", "period"), _REVIEW + "period", year=fallback_year)
    return Period(dt.date(fallback_year, 1, 1), dt.date(fallback_year, 12, 31))


def _indicators(effects: list[str], linkable: list[tuple[str, str]],
                draft: Draft) -> list[dict[str, Any]]:
    taken: set[str] = TakenIds()
    indicators = []
    for i, text in enumerate(effects):
        lowered = text.lower()
        direction = ("decrease" if re.search(r"minsk|färre|lägre", lowered) else
                     "increase" if re.search(r"ök|förbättr|stärk|tryggare|högre|fler", lowered)
                     else "none")
        base = slug(" ".join(content_words(text)[:3]), max_length=40)
        item: dict[str, Any] = {"id": unique_id(base, taken, "effektmal"), "text": text,
                                "direction": direction}
        links = linked_priorities(text, linkable)
        if links:
            item["priorities"] = links
        indicators.append(item)
        draft.review(("indicators", i), _REVIEW + "indicator")
    return indicators


def _follow_up(text: str, draft: Draft) -> str:
    for number, match in enumerate(_CADENCE.finditer(text)):
        if number >= 50:
            break
        if _FOLLOWED.search(text[max(0, match.start() - 100): match.start()]):
            word = (match.group(1) or match.group(2)).lower()
            return CADENCE_WORDS[word.removesuffix("s")]
    draft.review(("pledge", "follow_up"), _REVIEW + "follow_up")
    return "tertial"


def _priorities(layout: Layout, draft: Draft) -> list[tuple[str, str]]:
    taken: set[str] = TakenIds()
    priorities, linkable = [], []
    for text in layout.priorities:
        base, title = priority_id_and_title(text, taken)
        pid = unique_id(base, taken, "prioritering")
        item: dict[str, Any] = {"id": pid}
        if title:
            item["title"] = title
        item["text"] = text
        priorities.append(item)
        topic = main_topic(text)
        if topic:
            linkable.append((pid, topic))
    draft.data["priorities"] = priorities
    if not priorities:
        draft.review(("priorities",), _REVIEW + "no_priorities")
    return linkable


def _targets(targets: list[dict[str, Any]], linkable: list[tuple[str, str]],
             draft: Draft) -> None:
    taken: set[str] = TakenIds()
    ordered = []
    skip = frozenset(w for party in draft.data["parties"].values()
                     for w in party["name"].lower().split())
    for i, target in enumerate(targets):
        owner_notes, unclear_goal = target.pop("_unclear")
        group = target.pop("_group")
        owners = target["owners"]
        prefix = "" if len(owners) > 1 else {"polisen": "polis", "kommunen": "kommun"}.get(
            owners[0], owners[0])
        goal = target.get("goal") or {}
        tid = unique_id(target_slug(target["text"], goal.get("unit"), prefix, skip), taken,
                        "lofte")
        item: dict[str, Any] = {"id": tid, "text": target.pop("text"), "owners": owners}
        links = linked_priorities(f"{item['text']} {group}", linkable)
        if links:
            item["priorities"] = links
        item.update(target)
        ordered.append(item)
        for key, params in owner_notes:
            where = ("targets", i, "window") if key == "window" else ("targets", i, "owners")
            draft.review(where, _REVIEW + key, **params)
        if unclear_goal:
            draft.review(("targets", i, "goal"), _REVIEW + "goal")
        if linkable and not links:
            draft.review(("targets", i, "priorities"), _REVIEW + "priority")
    draft.data["targets"] = ordered
    if not ordered:
        draft.review(("targets",), _REVIEW + "no_targets")


def _signatories(layout: Layout, parties: dict[str, PartyRef],
                 draft: Draft) -> list[dict[str, str]]:
    found = []
    for i, (name, role) in enumerate(layout.signatories):
        lowered = role.lower()
        party = next((pid for pid, ref in parties.items() if ref.kind == "other"
                      and ref.name.lower() in lowered), None)
        if party is None and "polis" in lowered:
            party = POLICE_ID
        elif party is None and ("kommun" in lowered or "ordförande" in lowered
                                or re.search(r"\bstad(?:s|en)?\b", lowered)
                                or parties[MUNICIPALITY_ID].name.lower() in lowered):
            party = MUNICIPALITY_ID
        if party is None:
            party = MUNICIPALITY_ID
            draft.review(("pledge", "signatories", i), _REVIEW + "signatory")
        found.append({"name": name, "role": role, "party": party})
    return found
