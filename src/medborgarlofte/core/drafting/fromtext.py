"""Draft a whole pledge file from the text of a published pledge, for a person to review.

`draft_from_text(text, fallback_year=…)` reads the title and period ("Medborgarlöfte 2024"),
the municipality and police area, the priorities, the situation, every commitment verbatim
with its owners (`fromtext_owners`) and goal (`fromtext_numbers`), partners ("Samverka med
föreningslivet"), conditions ("om läget medger") and the signatories. What it cannot decide is
left as a `Review` note at the item (rendered `# kontrollera: ägare oklar`); the draft is
always a valid pledge. Pure: the caller passes the year to fall back on.
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
from medborgarlofte.core.drafting.layout import MAX_ITEMS, Commitment, Layout, read_layout
from medborgarlofte.core.drafting.numbers import find_condition, guess_goal
from medborgarlofte.core.drafting.owners import (
    POLICE,
    PartyRef,
    led_by,
    municipality_party,
    parties_in,
    split_trailing_owners,
    subject_of,
)
from medborgarlofte.core.drafting.period import find_window, read_period
from medborgarlofte.core.drafting.sentences import LABEL
from medborgarlofte.core.drafting.topics import (
    content_words,
    linked_priorities,
    main_topic,
    priority_id_and_title,
    target_slug,
)
from medborgarlofte.core.schema.model import SCHEMA_VERSION

_TITLE = re.compile(r"[Mm]edborgarlöft(?:e|et|en)[ \t]+(?:för[ \t]+)?([0-9]{4})"
                    r"(?:[ \t]*[-–/][ \t]*([0-9]{4}|[0-9]{2})\b)?")
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
_PARTNERS = re.compile(r"\b[Ss]amverka(?:n)? med ([\wåäöÅÄÖ-]+(?: (?:och|samt) [\wåäöÅÄÖ-]+)?)")
_NOT_PARTNERS = {"de", "dem", "andra", "varandra", "polisen", "kommunen", "en", "ett"}
_REVIEW = "init.review."


def draft_from_text(text: str, *, fallback_year: int, language: str = "sv") -> Draft:
    """The draft pledge a published text describes, with review notes where it is unsure."""
    draft = Draft({"schema_version": SCHEMA_VERSION})
    municipality = _municipality(text, draft)
    layout = read_layout(text, municipality)
    stated = read_period(layout.lines)
    period = _period(stated.period, fallback_year, draft)
    if stated.conflict:
        draft.review(("pledge", "period"), _REVIEW + "period_conflict")
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
    targets = [_target(c, municipality, parties, period) for c in layout.commitments]
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


def _municipality(text: str, draft: Draft) -> str:
    names = Counter((m.group(1), m.group(2).lower()) for m in _MUNICIPALITY.finditer(text)
                    if m.group(1) not in ("Kommunen", "Varje", "Denna", "Vår", "Hela", "Staden"))
    if names:
        (name, word), _ = names.most_common(1)[0]
        return f"{name} {'Stad' if word == 'stad' else 'kommun'}"
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


def _ids(refs: list[PartyRef] | None) -> set[str]:
    return {r.id for r in refs or []}


def _names(refs: list[PartyRef]) -> str:
    return ", ".join(r.name for r in refs)


def _add_party(parties: dict[str, PartyRef], ref: PartyRef) -> PartyRef:
    """The party `ref` names, added unless it is one already there under a shorter or longer
    name ("Räddningstjänsten" and "Räddningstjänsten Grums" are one party)."""
    if ref.id in parties:
        return parties[ref.id]
    for pid, known in parties.items():
        if known.kind == ref.kind == "other" and (
                ref.name.startswith(known.name + " ") or known.name.startswith(ref.name + " ")):
            if len(ref.name) > len(known.name):
                parties[pid] = PartyRef(pid, ref.name, ref.kind)
            return parties[pid]
    parties[ref.id] = ref
    return ref


_POLICE_WORD = re.compile(r"\bpolis", re.IGNORECASE)
_MUNICIPAL_WORD = re.compile(r"\b(?:kommun|socialtjänst|skola|skolan|förvaltning|stad)",
                             re.IGNORECASE)


def _mentions_others(text: str, heading: list[PartyRef]) -> bool:
    """True when a line owned by its heading names, early on, a party the heading does not."""
    head = text[:120]
    kinds = {r.kind for r in heading}
    return (("polis" not in kinds and bool(_POLICE_WORD.search(head)))
            or ("kommun" not in kinds and bool(_MUNICIPAL_WORD.search(head))))


def _sentence_owners(text: str, municipality: str) -> tuple[list[PartyRef], list[PartyRef]]:
    """The owners the sentence itself names, and those it adds "tillsammans med …"."""
    label = LABEL.match(text[:100])
    if label:  # "Polisen: Genomföra …"
        named = parties_in(label.group(1), municipality, mode="list")
        if named:
            return named, []
        text = text[label.end():]
    subject = subject_of(text, municipality)
    dash = re.search(r" [–—-] ", text[:100])
    if subject is None and dash:  # "Sportcentrum – Kommunen och polisen ska …"
        subject = subject_of(text[dash.end():], municipality)
    if subject is None:
        return led_by(text, municipality) or [], []
    return subject.owners, subject.with_others


def _target(commitment: Commitment, municipality: str, parties: dict[str, PartyRef],
            period: Period) -> dict[str, Any]:
    text, heading = commitment.text, commitment.owners
    notes: list[tuple[str, dict[str, str]]] = []
    trailing = split_trailing_owners(text, municipality)
    if trailing:
        text = trailing[0]
    said, with_others = _sentence_owners(text, municipality)
    stated = trailing[1] if trailing else said
    if trailing and said and _ids(said) != _ids(trailing[1]):
        notes.append(("owner_disagrees", {"sentence": _names(said),
                                          "heading": _names(trailing[1])}))
    elif stated and heading and _ids(stated) != _ids(heading) \
            and not _ids(stated) <= _ids(heading) | {MUNICIPALITY_ID}:
        notes.append(("owner_disagrees", {"sentence": _names(stated),
                                          "heading": _names(heading)}))
    owners = stated or heading
    if not stated and heading and _mentions_others(text, heading):
        notes.append(("owner_heading", {"heading": _names(heading)}))
    if owners and with_others:
        owners = [*owners, *with_others]
        notes.append(("owner_with", {"names": _names(with_others)}))
    if not owners:
        notes.append(("owner", {}))
    refs = [_add_party(parties, ref) for ref in owners or [POLICE,
                                                            municipality_party(municipality)]]
    guess = guess_goal(text)
    target: dict[str, Any] = {"text": text, "owners": list(dict.fromkeys(r.id for r in refs))}
    if guess.goal:
        target["goal"] = guess.goal
    window = find_window(text, period)
    if window and guess.goal and guess.goal.get("per"):
        target["window"] = {"start": window[0], "end": window[1]}
        if period.start.year != period.end.year:
            notes.append(("window", {}))
    partners = _partners(text)
    if partners:
        target["partners"] = partners
    condition = find_condition(text)
    if condition:
        target["condition"] = condition
    target["_unclear"] = (notes, guess.unclear)
    target["_group"] = commitment.group or ""
    return target


def _partners(text: str) -> list[str]:
    match = _PARTNERS.search(text[:2000])
    if not match:
        return []
    names = re.split(r" (?:och|samt) ", match.group(1))
    return [n for n in names if n.lower() not in _NOT_PARTNERS]


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
        elif party is None and ("kommun" in lowered or "ordförande" in lowered):
            party = MUNICIPALITY_ID
        if party is None:
            party = MUNICIPALITY_ID
            draft.review(("pledge", "signatories", i), _REVIEW + "signatory")
        found.append({"name": name, "role": role, "party": party})
    return found
