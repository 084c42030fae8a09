"""One commitment of a published text as a target: owners, goal, window, partners, condition.

Owners come from the parenthesis or dash list after the line, else from the sentence ("Polisen
ska …", "Polisen: …", "… under ledning av X"), else from the heading; where these disagree, or
a co-owner is named "tillsammans med …", or nothing names an owner, the target carries an
owner note (`owner_disagrees`, `owner_with`, `owner_heading`, `owner`). An organisation named
shorter and longer is one party. Pure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from medborgarlofte.core.drafting.draft import Period
from medborgarlofte.core.drafting.layout import Commitment, unit_subject_party
from medborgarlofte.core.drafting.numbers import (
    GoalGuess,
    find_condition,
    guess_extent,
    guess_goal,
)
from medborgarlofte.core.drafting.owners import (
    POLICE,
    PartyRef,
    dash_names,
    dated_activity,
    dated_owners,
    is_org_like,
    leading_names,
    led_by,
    municipality_party,
    named_subject,
    parties_in,
    split_trailing_owners,
    subject_of,
    together_with,
)
from medborgarlofte.core.drafting.period import find_window
from medborgarlofte.core.drafting.sentences import LABEL

_NOT_PARTNERS = {"de", "dem", "andra", "varandra", "polisen", "kommunen", "en", "ett"}
_PARTNERS = re.compile(r"\b[Ss]amverka(?:n)? med ([\wåäöÅÄÖ-]+(?: (?:och|samt) [\wåäöÅÄÖ-]+)?)")
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


_POLICE_OR_MUNICIPALITY = re.compile(r"polis|kommun|\bstad", re.IGNORECASE)
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
    dated = dated_owners(text, municipality)
    if dated:  # "2020-03: Polisen – genomföra …": a planned month, the owner, the activity
        return dated, []
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
    if subject is None and _WITH_A_UNIT.match(text[:200]):
        return [municipality_party(municipality)], []  # a förvaltning is the municipality
    if subject is None and _PRESENT_UNIT.match(text[:200]):  # "Kommunpolisen finns på plats …"
        return _present_owner(text, municipality), []
    if subject is None:
        return led_by(text, municipality) or [], []
    return subject.owners, subject.with_others


_WITH_A_UNIT = re.compile(
    r"^(?:i samarbete med|i samverkan med|tillsammans med|genom)\s+(?:[\wåäö-]+\s+){0,2}?"
    r"(?:[\wåäö-]*förvaltning(?:en|arna)?|[\wåäö-]*nämnd(?:en|erna)?|kommunens [\wåäö-]+)\b"
    r"(?![^.]{0,80}\b(?:polisen|kommunen) (?:ska|kommer|lovar))", re.IGNORECASE)
"""'I samarbete med förvaltningen för Teknik ska det göras …': no subject, but the one who
does it is a unit of the municipality."""


_PRESENT_UNIT = re.compile(
    r"^(?P<who>(?:kommun|när|lokal|ungdoms|områdes)?polis(?:en|erna)|"
    r"(?:socialtjänstens|kommunens|fritidsgårdens|skolans|stadens) [\wåäö-]{3,30}|"
    r"(?:fältare|fältarbetare|fältsekreterare|fältassistent|fritidsledare)(?:na)?|"
    r"fältgruppen|fältarna)\s+(?:finns|är|rör sig|syns|befinner sig)\s+"
    r"(?:ute|på plats|närvarande|synlig|synliga|tillgänglig|tillgängliga|i|på|vid|runt)\b",
    re.IGNORECASE)
"""'Kommunpolisen finns på plats i …', 'Socialtjänstens fältare är ute i …': a unit of the
police or of the municipality, present somewhere, as the subject."""


def _present_owner(text: str, municipality: str) -> list[PartyRef]:
    """The police for a police unit ("Kommunpolisen", "Närpolisen"), else the municipality
    (its social services' field workers, its youth leaders)."""
    found = _PRESENT_UNIT.match(text[:200])
    who = found.group("who").lower() if found else ""
    return [POLICE] if "polis" in who else [municipality_party(municipality)]


def draft_target(commitment: Commitment, municipality: str, parties: dict[str, PartyRef],
                 period: Period) -> dict[str, Any]:
    """The target a commitment becomes, in file order, with `_unclear` (owner notes, whether
    the goal is unclear) and `_group` for the caller to take out."""
    text, heading = commitment.text, commitment.owners
    notes: list[tuple[str, dict[str, str]]] = []
    trailing = split_trailing_owners(text, municipality, any_name=commitment.named_in_line)
    if trailing:
        text = trailing[0]
    said, with_others = _sentence_owners(text, municipality)
    named = (named_subject(text, municipality) or unit_subject_party(text)) \
        if not said and not trailing else None
    if named is not None and _POLICE_OR_MUNICIPALITY.search(named.name):
        named = None  # "Ungdomspolisen besöker …": the police's own unit, its heading's
    label = LABEL.match(text[:100]) if commitment.named_in_line and not said and not trailing \
        else None
    if label:  # "Ekby IF: Erbjuda …" under "Våra samarbetspartner lovar:": the label owns it
        said = parties_in(label.group(1), municipality, mode="subject") or []
    if named is not None:  # "Kopparstaden erbjuder …" under a joint heading: the sentence wins
        said = [named]
        if not (heading or commitment.named_in_line) or named.kind == "kommun" \
                or commitment.owner_unsure:  # a name no rule knows as a party: to confirm
            notes.append(("owner", {}))
    stated = trailing[1] if trailing else said
    if trailing and said and _ids(said) != _ids(trailing[1]):
        notes.append(("owner_disagrees", {"sentence": _names(said),
                                          "heading": _names(trailing[1])}))
    elif stated and heading and _ids(stated) != _ids(heading):
        notes.append(("owner_disagrees", {"sentence": _names(stated),
                                          "heading": _names(heading)}))
    owners = stated or heading
    helpers: list[str] = []
    if not stated and heading and not with_others:  # "… tillsammans med Västtrafik"
        with_others = together_with(text, municipality, heading)[0]
        if commitment.responsible_named and with_others:
            helpers = [p.name for p in with_others]  # the "Ansvarig" column names only X:
            with_others = []  # those X works with are its partners
    if not stated and heading and _mentions_others(text, heading) \
            and not (commitment.owner_line and not commitment.owner_unsure):
        notes.append(("owner_heading", {"heading": _names(heading)}))
    elif not stated and heading and _ids(dash_names(text, municipality)) - _ids(heading):
        notes.append(("owner_heading", {"heading": _names(heading)}))  # "… – Ekbyhem"
    dashed = dash_names(text, municipality) if not owners else None
    if dashed and all(p.kind != "other" or is_org_like(p.name) for p in dashed):
        # "Grannsamverkan i Åby – Ekbyhem" under no owner's heading: likely its owner
        owners = dashed  # (the text kept whole: the name may be a place)
        notes.append(("owner", {}))
    leading = leading_names(text, municipality) if not owners and commitment.named_in_line \
        else None
    if leading:  # "Ekby IF – Erbjuda fotboll …": the name, then what it does
        owners = leading
    if owners and commitment.with_others:  # "Ansvarig: Polisen tillsammans med PRO"
        with_others = [*with_others, *(p for p in commitment.with_others if p not in with_others)]
    if owners and with_others:
        owners = [*owners, *with_others]
        notes.append(("owner_with", {"names": _names(with_others)}))
    if not owners or commitment.owner_unsure and not stated:
        notes.append(("owner", {}))
    refs = [_add_party(parties, ref) for ref in owners or [POLICE,
                                                            municipality_party(municipality)]]
    if commitment.goal_text:  # "Aktivitet: X" / "Mål: Minst 20 per termin": one text, as published
        text = f"{text}{'' if text.endswith('.') else '.'} {commitment.goal_text}"
    guess = guess_goal(dated_activity(text))  # "2020-03: Polisen – ta fram …": its activity
    extent = guess_extent(commitment.goal_text) if commitment.goal_text else None
    if extent is not None:  # "Omfattning: Minst 30 kontroller" wins over "riksväg 69"
        guess = _extent_wins(extent, guess)
    target: dict[str, Any] = {"text": text, "owners": list(dict.fromkeys(r.id for r in refs))}
    if guess.goal:
        target["goal"] = guess.goal
    due = _planned_date(text, period) if guess.goal and guess.goal.get("milestone") else None
    if due:  # "2020-06: Kommunen – ta fram en plan": the month it is planned for
        target["due"] = due
    window = find_window(text, period)
    if window and guess.goal and guess.goal.get("per"):
        target["window"] = {"start": window[0], "end": window[1]}
        if period.start.year != period.end.year:
            notes.append(("window", {}))
    if commitment.places:  # a table's "Plats" column
        target["places"] = commitment.places
    partners = list(dict.fromkeys([*_partners(text), *helpers]))
    if partners:
        target["partners"] = partners
    condition = find_condition(text)
    if condition:
        target["condition"] = condition
    if commitment.details:  # its "a)", "b)" lines: published with it, no goal of their own
        target["text"] = f"{text}{'' if text.endswith('.') else '.'} {commitment.details}"
    target["_unclear"] = (notes, guess.unclear)
    target["_group"] = commitment.group or ""
    return target


_PLANNED = re.compile(r"^([0-9]{4})-([0-9]{2})(?:-([0-9]{2}))?\s*:\s")


def _planned_date(text: str, period: Period) -> dt.date | None:
    """The day a timetable's line ("2020-06: Kommunen – …") plans a milestone for: that day,
    or the last of that month; None unless within the period."""
    found = _PLANNED.match(text[:20])
    if not found:
        return None
    year, month = int(found.group(1)), int(found.group(2))
    try:
        day = dt.date(year, month, int(found.group(3))) if found.group(3) else \
            dt.date(year, month, calendar.monthrange(year, month)[1])
    except ValueError:
        return None
    return day if period.start <= day <= period.end else None


def _partners(text: str) -> list[str]:
    match = _PARTNERS.search(text[:2000])
    if not match:
        return []
    names = re.split(r" (?:och|samt) ", match.group(1))
    return [n for n in names if n.lower() not in _NOT_PARTNERS]


def _count_of(goal: dict[str, Any] | None) -> int | None:
    return (goal or {}).get("at_least") or (goal or {}).get("exactly")


def _extent_wins(extent: GoalGuess, whole: GoalGuess) -> GoalGuess:
    """The goal of a commitment whose extent is stated apart ("Omfattning: Minst 30
    kontroller"): the extent's, marked when the rest of the text counted otherwise (a number
    there, "riksväg 69", is most likely a name, but a person should see it)."""
    other = _count_of(whole.goal)
    differs = other is not None and other != _count_of(extent.goal)
    return GoalGuess(extent.goal, extent.unclear or differs)
