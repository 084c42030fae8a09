"""Who promises what: owners read from headings, parentheses and dash lists of a pledge text.

Published pledges name owners in three ways, all handled here:
- a heading per party: "Polisen", "Olofströms kommun", "Polisen lovar att", "Kommunen och
  polisen lovar att", "Det här ska vi åstadkomma tillsammans" (joint);
- a party in parentheses after the commitment: "… (Polis)", "… (Kommun)", "(Polis och kommun)";
- a list of organisations after a dash: "… – Polisen, kommunen och Räddningstjänsten Syd".
Organisations other than the police and the municipality become parties of kind `other`.
Pure.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from medborgarlofte.core.drafting.draft import MUNICIPALITY_ID, POLICE_ID, slug


@dataclass(frozen=True)
class PartyRef:
    """A party named in the text: its id in the draft, display name and kind."""

    id: str
    name: str
    kind: str


POLICE = PartyRef(POLICE_ID, "Polisen", "polis")

_POLICE = re.compile(
    r"(?:(?:lokal|områdes|kommun|utrycknings|när)?polis(?:en|erna)?|polisområde|polisregion)"
    r"(?: (?:i|på|för) (?-i:[A-ZÅÄÖ])[\w-]+(?: (?-i:[A-ZÅÄÖ])[\w-]+)?| (?-i:[A-ZÅÄÖ])[\w-]+)?"
    r"|polismyndigheten|[\w-]{0,20}poliserna"
    r"|lokalpolisområde(?:t)?(?: (?-i:[a-zåäö])+)?(?: (?-i:[A-ZÅÄÖ])[\w-]+){0,2}"
    r"|lpo(?: (?-i:[A-ZÅÄÖ])[\w-]+)?"
    r"|(?:ungdoms|trafik|cykel|gräns|ordnings|kvarters|skol|stadsdels|centrum)polis(?:en|erna)"
    r"|polisens (?:mobila |nya |lokala )?[a-zåäö]*(?:kontor(?:et)?|grupp(?:en)?|enhet(?:en)?|"
    r"team(?:et)?|patrull(?:en|er|erna)?|buss(?:en)?)",
    re.IGNORECASE,
)
_MUNICIPALITY = re.compile(
    r"(?:(?!(?:hela|varje|en|ett|den|denna)\s)(?-i:[A-ZÅÄÖ])[\w-]+ )?kommun(?:en)?"
    r"|(?!(?:hela|varje|en|ett|den|denna)\s)(?-i:[A-ZÅÄÖ])[\w-]+ [Ss]tad|staden"
    r"|kommun och stad",
    re.IGNORECASE)
_MUNICIPAL_UNIT = re.compile(
    r"(?:(?:[\w]+- och |[\w]+a )?[\w-]*förvaltning(?:en)?"
    r"|(?:[\w]+- och |[\w]+a )?[\w-]*nämnd(?:en)?"
    r"|socialtjänst(?:en)?|kommunens [\w -]+"
    r"|(?:för)?skola[n]?|skolorna|fritidsgård(?:en|arna)?|fältgrupp(?:en)?|fältassistent(?:erna)?"
    r"|stadens [\w -]+)(?: [A-ZÅÄÖ][\w-]+)?", re.IGNORECASE)
"""A part of the municipality that promises in its own name: a party of kind `kommun`."""
_JOINT = re.compile(r"gemensamt|gemensam|gemensamma|tillsammans|båda|alla parter",
                    re.IGNORECASE)
_JOINT_HEADING = re.compile(
    r"\b(?:tillsammans|gemensamt|gemensamma (?:löften|åtaganden)|båda parter(?:na)?|"
    r"(?:åtar sig|lovar|ska|skall) parterna|parterna (?:åtar sig|lovar|ska|skall))\b",
    re.IGNORECASE,
)
_HYPHEN_AND = re.compile(r"-\s(och|samt|eller)\s", re.IGNORECASE)
_JOINED_AND = re.compile(r"-_(och|samt|eller)_", re.IGNORECASE)
"""'Kultur- och fritidsförvaltningen' is one name: never split at its 'och'."""
_SPLIT = re.compile(r"\s*(?:,|\boch\b|\bsamt\b|&|\+|/)\s*", re.IGNORECASE)
_STRONG_ORG_STEMS = (
    "bolag", "tjänst", "jour", "förening", "förbund", "region", "stiftelse", "myndighet",
    "räddning", "länsstyrelse", "brå", "försäkring", "trafik", "verket", "kriminalvård",
    "arbetsförmedling", "tull", "brandförsvar",
)
_STEM_ENDS = r"(?:en|et|ar|erna|s|arna)?\b"
"""Parts of a name that make it an organisation wherever it stands."""
_WEAK_ORG_STEMS = ("skola", "skolan", "kyrka", "bostäder", "bostad", "fastighet", "nämnd",
                   "förvaltning", "hus", "hem")
"""Parts of a name that make it an organisation only where an owner is expected."""
_NOT_NAMES = {"det", "detta", "denna", "vi", "man", "här", "vad", "hur", "under", "i", "nu",
              "så", "följ", "följande", "utifrån", "om", "för", "att"}
_NOT_ORGANISATIONS = re.compile(
    r"löft|^(?:arbetet|syftet|målet|målen|samverkan|samarbetet|insatserna|aktiviteterna|"
    r"uppföljningen|lägesbilden|trygghetsvandringen|det|detta|vi)\b", re.IGNORECASE)
"""Words that open a sentence about the pledge or its work, never an organisation's name."""
_SUBJECT = re.compile(
    r"^(?P<who>.+?)\s+(?:lovar|ska|skall|kommer att|åtar sig|ansvarar)\b", re.IGNORECASE
)
_OBJECT = re.compile(
    r"^det här (?:gör|lovar|ska|skall|åtar sig)\s+(?P<who>.+?)(?:\s+(?:göra|att))?$",
    re.IGNORECASE,
)
_PARENTHESIS = re.compile(r"\s*\(([^()]+)\)\s*(\.?)\s*$")
_DASH = re.compile(r"\s+[–—-]\s+([^–—]+?)\s*(\.?)\s*$")


def municipality_party(name: str) -> PartyRef:
    """The municipality as a party, shown by its name ('Olofströms kommun')."""
    return PartyRef(MUNICIPALITY_ID, name, "kommun")


_STRONG = re.compile("(?:" + "|".join(_STRONG_ORG_STEMS) + ")" + _STEM_ENDS)
_WEAK = re.compile("(?:" + "|".join(_WEAK_ORG_STEMS) + ")" + _STEM_ENDS)


_NAME_STOPS = {"i", "på", "för", "med", "av", "till", "om", "vid", "mot", "inom", "och", "samt"}


def _is_org_like(item: str, *, strong_only: bool) -> bool:
    lowered = item.lower()
    if re.search(r"\bab\b", lowered) or _MUNICIPAL_UNIT.fullmatch(item):
        return True
    # a stem inside a longer name ("Skånetrafiken", "Region Syd"), not a plain word ("Trafik")
    if lowered in _STRONG_ORG_STEMS or lowered in _WEAK_ORG_STEMS:
        return False  # a plain word ("Trafik"), not a name
    # in a name's own words: "Skånetrafiken", "Södertörns brandförsvarsförbund", "Region
    # Syd", never "Trygghet i trafik" (the words after a preposition are no part of the name)
    words = item.split()
    cut = next((i for i, w in enumerate(words) if i and w in _NAME_STOPS), len(words))
    named = " ".join(words[:cut]).lower()
    return bool(_STRONG.search(named) or "räddning" in named
                or (not strong_only and _WEAK.search(lowered)))


def _known(item: str, municipality: str) -> list[PartyRef] | None:
    if _POLICE.fullmatch(item):
        return [POLICE]
    if _MUNICIPALITY.fullmatch(item):
        return [municipality_party(municipality)]
    if _JOINT.fullmatch(item):
        return [POLICE, municipality_party(municipality)]
    return None


_CLAUSE_WORDS = frozenset({"är", "var", "har", "hade", "blir"})
"""'Trafiken är det som …': a clause, never an organisation's name."""


def _other(item: str) -> PartyRef | None:
    if _MUNICIPAL_UNIT.fullmatch(item) and item[0].isupper():
        return PartyRef(slug(item) or "forvaltning", item, "kommun")
    words = item.split()
    if not words or len(words) > 5 or not item[0].isupper() or re.search(r"[\d–—()\[\]:;]", item):
        return None
    if words[0].lower() in _NOT_NAMES or _NOT_ORGANISATIONS.search(item) \
            or any(w in _CONNECTORS or w in _CLAUSE_WORDS for w in words[1:]):
        return None  # "Polisen tillsammans med PRO": two parties, not one named so
    return PartyRef(slug(item) or "part", item, "other")


def split_names(text: str) -> list[str]:
    """The names of a list ("Polisen, Kultur- och fritidsförvaltningen och Vätterhem")."""
    joined = _HYPHEN_AND.sub(lambda m: f"-_{m.group(1)}_", text)
    return [_JOINED_AND.sub(r"- \1 ", item) for item in _SPLIT.split(joined)]


_CONNECTORS = {"tillsammans", "samverkan", "samarbete", "genom", "med", "stöd", "via"}


def responsible(names: str, municipality: str) -> tuple[list[PartyRef] | None, list[PartyRef]]:
    """The owners a responsible line names ("Ansvarig: Polisen tillsammans med PRO"), and the
    organisations named "tillsammans med" (co-owners a person should confirm)."""
    main, joiner, joined = [*(p.strip() for p in _JOINED_BY.split(names, maxsplit=1)), "", ""][:3]
    found = parties_in(main, municipality, mode="subject")
    if not found or not joiner or joiner.lower().startswith("genom"):
        return found, []
    named = parties_in(joined, municipality, mode="subject") or []
    return found, [p for p in named if p.kind == "other" and p not in found]


def parties_in(phrase: str, municipality: str, *, mode: str) -> list[PartyRef] | None:
    """The parties a phrase lists, in order; None unless every item is a party.

    `mode` says how far to trust a capitalised name that is no known party: "subject" (it
    promises something: any name), "list" (a dash list: any name when a known party is listed
    too, else only names that look like organisations), "strict" (only such names).
    """
    items = [i.strip(" .:") for i in split_names(phrase.strip(" .:")) if i.strip(" .:")]
    if not items:
        return None
    slots: list[list[PartyRef] | str] = [_known(item, municipality) or item for item in items]
    any_known = any(not isinstance(slot, str) for slot in slots)
    if mode == "sentence" and not any_known and len(slots) > 1:
        # "Socialförvaltningen Nordost, Victoriahem och Poseidon öppnar …": named together with
        # an organisation as the subject of a verb, the other names are organisations too
        any_known = any(isinstance(slot, str) and _is_org_like(slot, strong_only=False)
                        for slot in slots)
    found: list[PartyRef] = []
    for index, slot in enumerate(slots):
        if not isinstance(slot, str):
            found += slot
            continue
        other = _other(slot)
        if other is None and index and any_known and _MUNICIPAL_UNIT.fullmatch(slot):
            if any(p.kind == "kommun" for p in found):
                continue  # "Ekby kommun, tekniska förvaltningen": the municipality, by its unit
            # "Polisen och socialtjänsten träffar …": a unit of the municipality named after
            # a party, in lower case as in running text
            other = PartyRef(slug(slot) or "forvaltning", slot[0].upper() + slot[1:], "kommun")
        trusted = (mode == "subject" or (mode in ("list", "sentence") and any_known)
                   or _is_org_like(slot, strong_only=mode == "list"))
        if other is None or not trusted:
            return None
        found.append(other)
    return list(dict.fromkeys(found))


_MAY_NAME_OWNERS = re.compile(
    r"polis|kommun|stad|tillsammans|gemensam|båda|parter|lpo|\bab\b|bolag|tjänst|jour|fören|"
    r"förbund|region|stiftelse|myndighet|räddning|länsstyrelse|brå|försäkring|trafik|skola|"
    r"kyrka|bostad|bostäder|fastighet|nämnd|förvaltning|hus|hem|lovar|ska|kommer|åtar|ansvar|"
    r"det här", re.IGNORECASE)
"""A heading without any of these names no owner: most headings are ruled out at once."""


_PART_OF = re.compile(r"\b(polisens|kommunens) (?:del|delar|åtagande|åtaganden|ansvar|löften)\b",
                      re.IGNORECASE)
_LED_BY = re.compile(r"\bunder ledning av ((?:[A-ZÅÄÖ][\w-]*)(?: [A-ZÅÄÖ][\w-]*){0,3})")


def led_by(text: str, municipality: str) -> list[PartyRef] | None:
    """The organisation a commitment is "under ledning av", which owns it."""
    found = _LED_BY.search(text[:400])
    return parties_in(found.group(1), municipality, mode="subject") if found else None


_IN_COOPERATION = re.compile(r"\s+(?:i samverkan|i samarbete|med stöd|med hjälp) (?:med|av)\s+"
                             r"[^,:;]{2,80}?(?=\s+(?:lovar|ska|skall|kommer|åtar)\b|$)",
                             re.IGNORECASE)
"""'Det här lovar polisen i samverkan med kommunen': the police promise, the municipality is
their partner (not a co-owner)."""
_PARTNER_BEFORE_ATT = re.compile(r"(\s(?:lovar|åtar sig|ska|skall))\s+(?:tillsammans|i samverkan|"
                                 r"i samarbete) med\s+[^,:;]{2,60}?(?=\s+att$)", re.IGNORECASE)
"""'Polisen lovar tillsammans med Ekbyhem att': the police promise, with their partner."""


@functools.lru_cache(maxsize=4096)
def owners_of_heading(heading: str, municipality: str) -> list[PartyRef] | None:
    """The owners a heading names ("Polisen lovar att", "…tillsammans"), or None."""
    if len(heading) > 300 or not _MAY_NAME_OWNERS.search(heading) \
            or names_the_partners(heading) or _opens_with_infinitive(heading):
        return None
    text = _IN_COOPERATION.sub("", heading.strip().rstrip(":").strip())
    text = _PARTNER_BEFORE_ATT.sub(r"\1", text)  # "Polisen lovar tillsammans med X att"
    part = _PART_OF.search(text)
    if part:  # "Problemområden och polisens del i medborgarlöftet"
        return [POLICE] if part.group(1).lower().startswith("polis") else [
            municipality_party(municipality)]
    if _JOINT_HEADING.search(text):
        return [POLICE, municipality_party(municipality)]
    for pattern in (_SUBJECT, _OBJECT):
        match = pattern.match(text)
        if match:
            found = parties_in(match.group("who"), municipality, mode="subject")
            if found and match.group("who").strip().lower() not in _FRONTED:
                return found  # not "Dessutom" of "Dessutom åtar sig X att:"
            after = _AFTER_FRONTED.match(text[match.end():]) if found else None
            if after:  # "Dessutom lovar polisen att:": the subject after the verb
                return parties_in(after.group(1), municipality, mode="strict")
    return parties_in(text, municipality, mode="strict")


_AFTER_FRONTED = re.compile(r"^\s+(?:sig\s+)?(.{2,80}?)(?:\s+(?:att|även|också|följande|"
                            r"gemensamt|tillsammans))*\s*$", re.IGNORECASE)
"""What follows the verb of a heading opened by an adverb ("Dessutom lovar | polisen att")."""
_OWNER_LABEL = re.compile(r"^\s*(?:ansvar(?:ig|iga)?|ägare|utförare|genomförs av)\s*:\s*",
                          re.IGNORECASE)


_PARTNERS_AFTER = re.compile(r"(?<=\S)\s+(?:i samverkan|i samarbete|med stöd|med hjälp)\s+"
                             r"(?:med|av)\s+\S.*$", re.IGNORECASE | re.S)
_TOGETHER = re.compile(r"(?<=\S)\s+(?:tillsammans med|TILLSAMMANS MED)\s+"
                       r"(?=[A-ZÅÄÖ]|polisen|kommunen)")


def _co_owners(named: str) -> str:
    """The owners an annotation names without the partners it does it with ("Polisen i
    samverkan med skola och socialtjänst": the police), and with those it does it together
    with as owners too ("Polisen tillsammans med Region Västerbotten": both)."""
    return _TOGETHER.sub(" och ", _PARTNERS_AFTER.sub("", named[:300]))


_ABBREVIATED = re.compile(r"\b(?:Pol|P|Kom|K)\b")
_ABBREVIATIONS = re.compile(r"(?:Pol|P|Kom|K)(?:\s*(?:/|\+|,|&|och)\s*(?:Pol|P|Kom|K))*")
"""Owners abbreviated in parentheses: "(P)" the police, "(K)" the municipality."""


_MONTHS = (r"(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
           r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)")
_DATED_OWNER = re.compile(
    r"^(?:[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?|(?:[0-9]{1,2} )?" + _MONTHS + r"\.?(?: [0-9]{4})?|"
    r"(?:v|vecka|v\.) ?[0-9]{1,2}|[0-9]{4})\s*:\s+(?P<who>[^–—:.]{2,80}?)\s+[–—-]\s+(?=\S)",
    re.IGNORECASE)
"""'2020-03: Polisen – genomföra …', 'Maj: Kommunen – …': a timetable's line, whose owner
stands between the date and a dash."""


def dated_owners(text: str, municipality: str) -> list[PartyRef] | None:
    """The owners of a timetable's line ("2020-03: Polisen – genomföra …"), or None."""
    if not text[:1].isalnum():
        return None
    dated = _DATED_OWNER.match(text[:160])
    return parties_in(dated.group("who"), municipality, mode="list") if dated else None


def dated_activity(text: str) -> str:
    """A timetable's line without its date and owner ("genomföra …" of "2020-03: Polisen –
    genomföra …"); the text itself when it is no such line."""
    dated = _DATED_OWNER.match(text[:160]) if text[:1].isalnum() else None
    return text[dated.end():] if dated else text


def split_trailing_owners(text: str, municipality: str, *,
                          any_name: bool = False) -> tuple[str, list[PartyRef]] | None:
    """The commitment without its owner annotation, and the owners it names; None if none.

    "Genomföra X. (Polis)" -> ("Genomföra X.", [polisen]);
    "Genomföra X – Polisen och Bostadsbolaget AB" -> ("Genomföra X", [polisen, bostadsbolaget-ab]).
    `any_name`: the heading says each line names its owner ("Våra samarbetspartner lovar:"), so
    any name after the final dash is one ("… – Nattvandrarna i Ekby").
    """
    cut = max(0, len(text) - 300)  # owners stand at the end: only its last part is read
    tail = text[cut:]
    for pattern, mode in ((_PARENTHESIS, "strict"), (_DASH, "list")):
        match = pattern.search(tail)
        if not match:
            continue
        named = _OWNER_LABEL.sub("", match.group(1))  # "(Ansvarig: Kommunen)"
        named = _co_owners(named)  # "(Polisen i samverkan med skolan)": the police
        if pattern is _PARENTHESIS and _ABBREVIATIONS.fullmatch(named.strip()):
            named = _ABBREVIATED.sub(lambda m: "Polisen" if m.group()[0] == "P" else "Kommunen",
                                     named)  # "(P)", "(K)", "(P/K)" in a PDF's table
        found = parties_in(named, municipality, mode="list" if named != match.group(1) else mode)
        if not found and any_name and _names_only(named):  # "… – Ekbyhem", "… (Ekbyhem)"
            found = parties_in(named, municipality, mode="subject")
        if not found:  # "… – Östersunds kommun, tekniska förvaltningen"
            found = _municipality_and_unit(named, municipality)
        rest = text[: cut + match.start()].rstrip()
        if found and rest.strip(" .–—-"):
            ended = match.group(2) or text.rstrip().endswith(".")
            if ended and rest[-1] not in ".!?":
                rest += "."
            return rest, found
    return None


_UNIT_AFTER = re.compile(r"^(?P<who>[^,()]{2,60}?)\s*(?:,\s*(?P<unit>[^,()]{2,60})|"
                         r"\((?P<inner>[^()]{2,60})\))$")


def _municipality_and_unit(named: str, municipality: str) -> list[PartyRef] | None:
    """The municipality named with its unit after a comma or in parentheses ("Ekby kommun,
    tekniska förvaltningen", "Kommunen (socialtjänsten)"): the municipality; None otherwise."""
    found = _UNIT_AFTER.match(named.strip()[:130])
    unit = (found.group("unit") or found.group("inner") or "") if found else ""
    if not found or not _MUNICIPAL_UNIT.fullmatch(unit.strip().lower()):
        return None
    who = parties_in(found.group("who"), municipality, mode="strict")
    return who if who and all(p.kind == "kommun" for p in who) else None


SUBJECT_VERBS = frozenset({
    "ska", "skall", "kommer", "lovar", "åtar", "ansvarar", "genomför", "erbjuder", "bjuder",
    "fortsätter", "förhindrar", "öppnar", "samverkar", "arbetar", "anordnar", "ordnar", "ser",
    "verkar", "deltar", "träffas", "stöttar", "utvecklar", "driver", "informerar", "medverkar",
    "tar", "ger", "gör", "inför", "startar", "håller", "besöker", "patrullerar", "erbjuds",
    "planerar", "satsar", "avser", "vill", "bidrar", "stödjer", "kartlägger", "mäter",
})
"""Words that follow the subject of a commitment: "Polisen ska …", "Kommunen erbjuder …"."""
_WITH = re.compile(
    r"\btillsammans med ((?:[A-ZÅÄÖ][\w-]*|och|AB)(?: (?:[A-ZÅÄÖ][\w-]*|och|AB)){0,5})")
_NOT_OWNERS = ("andra ", "övriga ", "fler ", "olika ")
_ADVERBS = {"därutöver", "dessutom", "vidare", "sedan", "också", "även", "slutligen", "därtill",
            "likaså", "därför", "därefter"}
_INFINITIVES = {"genomföra", "arbeta", "fortsätta", "utveckla", "verka", "erbjuda", "starta",
                "delta", "medverka", "ta", "se", "införa", "ha", "vara", "synas", "öka"}


@dataclass(frozen=True)
class Subject:
    """Who a sentence says promises: the owners it names, and where the rest begins."""

    owners: list[PartyRef]
    with_others: list[PartyRef]
    """Organisations named "tillsammans med …" right after the verb (not police or
    municipality): co-owners a person should confirm."""
    partners: list[str]


_DEPONENTS = frozenset({"finns", "syns", "träffas", "hörs", "märks", "samverkar"})
"""Verbs in the present tense that do not end in -r: "Kommunens fältassistenter finns ute …"."""


def _present_tense_after_party(words: list[str], municipality: str) -> int | None:
    """Where the verb is in "Kommunen installerar …": a party, then a word in the present
    tense (-ar, -er, -ir, -or), when no listed verb is there."""
    if not words or not _MAY_NAME_OWNERS.search(" ".join(words[:5])):
        return None
    for k in range(1, min(5, len(words) - 1) + 1):
        verb = words[k].lower()
        if (len(verb) >= 4 and verb.endswith(("ar", "er", "ir", "or")) and verb.isalpha()
                or verb in _DEPONENTS) \
                and parties_in(" ".join(words[:k]), municipality, mode="sentence"):
            return k
    return None


def subject_of(sentence: str, municipality: str) -> Subject | None:
    """The parties a sentence opens with ("Polisen och Grums kommun ska …"), or None."""
    found = _subject_of(sentence, municipality)
    if found is None:
        clause = _THAT_CLAUSE.search(sentence[:120])
        if clause:  # "I löftet ingår bland annat att polisen ska genomföra …"
            found = _subject_of(sentence[clause.end():], municipality)
    return found


_THAT_CLAUSE = re.compile(r"\b(?:ingår|innebär|innehåller|betyder)\b[^.]{0,40}?\batt\s+(?=\w+\s+"
                          r"(?:\w+\s+){0,4}?(?:ska|skall|kommer att)\b)", re.IGNORECASE)
"""'… ingår bland annat att polisen ska …': the commitment is the clause after 'att'."""


_WE_IN_PARTY = re.compile(
    r"^vi (?:i|på|inom|hos|från) (?P<who>[^,.;:()]{2,60}?),? (?=(?:ska|skall|kommer|lovar|åtar|"
    r"vill|genomför|erbjuder|fortsätter)\b)", re.IGNORECASE)
"""'Vi i polisen ska …', 'Vi på kommunen lovar …': the party the speakers belong to."""
_WE_TOGETHER = re.compile(
    r"^(?:tillsammans|gemensamt) (?:ska|skall|kommer|lovar) vi\b|^vi (?:ska|skall|lovar att|"
    r"kommer att) (?:tillsammans|gemensamt)\b", re.IGNORECASE)
"""'Tillsammans ska vi …': both parties of the pledge."""


def _we_subject(sentence: str, municipality: str) -> Subject | None:
    """The owners of a sentence in the first person plural, when it names whose "we"."""
    head = sentence[:120]
    we = _WE_IN_PARTY.match(head)
    if we:
        who = we.group("who")
        if _MUNICIPAL_UNIT.fullmatch(who):  # "Vi inom socialtjänsten ska …"
            return Subject([municipality_party(municipality)], [], [])
        found = parties_in(who, municipality, mode="strict")
        return Subject(found, [], []) if found else None
    if _WE_TOGETHER.match(head):
        return Subject([POLICE, municipality_party(municipality)], [], [])
    return None


def _subject_of(sentence: str, municipality: str) -> Subject | None:
    we = _we_subject(sentence, municipality) if sentence[:1] in "VvTtGg" else None
    if we is not None:
        return we
    head = sentence[:200]
    if head[:4].lower() == "att ":
        head = head[4:]
    words = head.split()
    verb_at = next((i for i, w in enumerate(words[:14]) if w.lower() in SUBJECT_VERBS), None)
    if verb_at == 1 and words[0].lower().strip(",") in _ADVERBS:  # "Därutöver ska polisen …"
        verb = words[1]
        words = words[2:] + words[1:2]
        verb_at = next((i for i, w in enumerate(words[:5]) if w.lower() in
                        ("att", "även", "också", "tillsammans") or w.lower() in _INFINITIVES),
                       None)
        if not verb_at and verb.lower() in ("lovar", "erbjuder", "genomför", "inför", "ger"):
            # "Därför lovar kommunen och polisen större närvaro …": the object follows them
            verb_at = next((k for k in range(min(6, len(words) - 1), 0, -1)
                            if parties_in(" ".join(words[:k]), municipality, mode="sentence")),
                           None)
        if not verb_at:
            return None
        words = words[:verb_at] + [words[-1]] + words[verb_at:-1]
    if verb_at is None:
        verb_at = _present_tense_after_party(words, municipality)
    if not verb_at:
        return None
    who = re.split(r" [–—-] |: ", " ".join(words[:verb_at]))[-1]  # after a label or a dash
    who = _TRAILING_ADVERBS.sub("", who)  # "Kommunen och polisen gemensamt genomför …"
    who = _LEADING_BOTH.sub("", who)  # "Både polis och kommun deltar …"
    who = _UNIT_IN_PARENS.sub("", who)  # "Kommunen (fritidsförvaltningen) erbjuder …"
    who, joiner, joined = [*(part.strip() for part in _JOINED_BY.split(who, maxsplit=1)),
                           "", ""][:3]
    if not who[:1].isupper() and not who.lower().startswith(("polis", "kommun", "lokalpolis")):
        return _inverted(words, verb_at, municipality)
    items = [i for i in split_names(who.strip(" .:")) if i]
    partners = [i for i in items if i.lower().startswith(_NOT_OWNERS)]
    kept = ", ".join(i for i in items if i not in partners)
    found = parties_in(kept, municipality, mode="sentence") if kept else None
    if not found:
        return _inverted(words, verb_at, municipality)
    if joiner and not joiner.lower().startswith("genom"):  # "Polisen tillsammans med X ska"
        named = parties_in(joined, municipality, mode="sentence") or []
        others = [p for p in named if p.kind == "other" and p not in found]
        return Subject(found, others, partners + [p.name for p in named
                                                  if p.kind != "other" and p not in found])
    others, more = together_with(" ".join(words[verb_at:]), municipality, found)
    return Subject(found, others, partners + more)


_LEADING_BOTH = re.compile(r"^(?:både|såväl)\s+(?=\S)", re.IGNORECASE)
_UNIT_IN_PARENS = re.compile(r"\s*\([^()]{2,60}\)\s*$")
"""'Kommunen (fritidsförvaltningen)': the party, with the unit that does it in parentheses."""
_TRAILING_ADVERBS = re.compile(r"(?:\s+(?:gemensamt|tillsammans|också|även|båda|själva|"
                               r"dessutom|fortsatt))+$", re.IGNORECASE)
_JOINED_BY = re.compile(r"\s+(tillsammans med|i samverkan med|i samarbete med|med stöd av|"
                        r"genom)\s+", re.IGNORECASE)
"""'Polisen tillsammans med Räddningstjänsten Syd genomför …', 'Kommunen genom socialtjänsten
erbjuder …': the first named owns; one named "tillsammans med" may own too (to confirm)."""
_FRONTED = {"under", "i", "på", "vid", "inom", "efter", "före", "inför", "varje", "var", "nästa",
            "redan", "från", "till", "med", "genom", "för", "sedan", "därför", "dessutom",
            "därutöver", "vidare", "också", "även", "tillsammans", "här", "där", "nu", "sommartid",
            "vintertid", "kvällstid", "helgtid", "årligen", "utöver", "förutom",
            "som", "utifrån", "parallellt", "löpande", "kontinuerligt", "regelbundet", "samtidigt"}
"""Words that open a fronted adverbial ("Under sommaren anordnar kommunen …"): the subject
follows the verb."""


def _inverted(words: list[str], verb_at: int, municipality: str) -> Subject | None:
    """The owners after the verb of "Under sommaren anordnar kommunen en festival": an
    adverbial first, then the verb, then its subject."""
    if not 1 <= verb_at <= 5 or words[0].lower().strip(",") not in _FRONTED \
            or words[verb_at].lower() not in SUBJECT_VERBS \
            or any("medborgarlöft" in w.lower() for w in words[:verb_at]):
        return None  # "I medborgarlöftet för 2020 lovar polisen …": about the pledge itself
    after = words[verb_at + 1: verb_at + 7]
    for k in range(len(after), 0, -1):
        phrase = " ".join(after[:k]).rstrip(".,")
        if phrase[:1].isupper() or phrase.lower().startswith(("polis", "kommun", "lokalpolis")):
            found = parties_in(phrase, municipality, mode="sentence")
            if found:
                others, more = together_with(" ".join(after[k:]), municipality, found)
                return Subject(found, others, more)
    return None


def together_with(text: str, municipality: str,
                  owners: list[PartyRef]) -> tuple[list[PartyRef], list[str]]:
    """Organisations "tillsammans med …" in the first sentence that are not police or
    municipality (co-owners to confirm), and the names of the others (partners)."""
    found = _WITH.search(text[:300].split(". ", 1)[0])
    if not found:
        return [], []
    named = parties_in(found.group(1), municipality, mode="sentence") or []
    return ([p for p in named if p.kind == "other" and p not in owners],
            [p.name for p in named if p.kind != "other" and p not in owners])


_PARTNERS_HEADING = re.compile(
    r"^(?:det här (?:gör|lovar|bidrar) )?(?:våra |andra |övriga |externa |lokala |fler )?"
    r"(?:samarbetspart(?:ner|ners|er)(?:na)?|samverkanspart(?:ner|ners|er)(?:na)?|"
    r"partner(?:s|na)?|aktörer(?:na)?|(?<= )parter(?:na)?|organisationer(?:na)?)"
    r"(?:\s+(?:lovar|bidrar|ska|skall|kommer att|åtar sig|gör)(?:\s+(?:med|att|även|också|"
    r"följande))*)?\s*:?$"
    r"|^(?:våra |andra |övriga |externa )?(?:samarbetspartners|samverkanspart(?:n)?ers|partners|"
    r"aktörers|parters|organisationers) (?:åtaganden|löften|insatser|bidrag|aktiviteter)\s*:?$",
    re.IGNORECASE)


def names_the_partners(heading: str) -> bool:
    """True for a heading over the partners' own promises ("Våra samarbetspartner lovar:",
    "Andra aktörer"): no party named so, but each line names its owner (or none does)."""
    return bool(_PARTNERS_HEADING.match(heading.strip()[:120]))


_NAMED_DOES = re.compile(
    r"^(?P<who>[A-ZÅÄÖ][\w-]{2,40}(?: (?:[A-ZÅÄÖ][\w-]*|AB|i|på)){0,3}?)\s+(?:erbjuder|anordnar|"
    r"arrangerar|genomför|håller|startar|öppnar|driver|bjuder|besöker|utbildar|informerar|"
    r"samordnar|fortsätter|utvecklar|patrullerar|nattvandrar|stöttar|stödjer|bedriver|inför|"
    r"skapar|ansvarar|leder|bidrar|installerar|finansierar|tillhandahåller|lovar|ska|skall|"
    r"kommer att|åtar sig)\s+\S")
"""'Kopparstaden erbjuder …', 'Ekbybostäder ska …': a name as the subject of a verb."""


def named_subject(sentence: str, municipality: str) -> PartyRef | None:
    """The organisation a sentence opens with as its subject when no rule knows it as one
    ("Kopparstaden erbjuder sina hyresgäster …"): an owner a person should confirm; None when
    the sentence does not open with a name and a verb of doing."""
    found = _NAMED_DOES.match(sentence[:200])
    if not found:
        return None
    who = found.group("who")
    if who.split()[0].lower() in _NOT_NAMES or _known(who, municipality) is not None \
            or re.search(r"polis|kommun|\bstad", who, re.IGNORECASE):
        return None  # "Ungdomspolisen genomför …": the police's own, not another party
    return _other(who)


def _opens_with_infinitive(heading: str) -> bool:
    """'Arbeta tillsammans med Ekby kommun för att …' (a list item a careless copy wrapped, so
    that it reads as a heading): what is done, never whose list follows."""
    first = heading.split(maxsplit=1)[0].lower() if heading.split() else ""
    return first in _INFINITIVES and first not in ("ta", "se", "ha", "vara")


def dash_names(text: str, municipality: str) -> list[PartyRef] | None:
    """The names after a line's final dash read as any names ("… i trapphusen – Ekbyhem"),
    for a line whose owners come from elsewhere: if they are not those, a person should
    look; None when no name follows a dash."""
    found = _DASH.search(text[-200:])
    return parties_in(found.group(1), municipality, mode="subject") \
        if found and _names_only(found.group(1)) else None


_NAME_WORDS = frozenset({"i", "på", "för", "och", "av", "mot", "&", "samt"})


def _names_only(text: str) -> bool:
    """True for names ("Nattvandrarna i Ekby", "Ekbyhem och Räddningstjänsten Syd"), not an
    activity after the dash ("Polisen – Genomföra trygghetsvandringar")."""
    words = text.strip(" .").split()
    return bool(words) and len(words) <= 8 and words[0].lower() not in _INFINITIVES \
        and all(w[:1].isupper() or w.lower() in _NAME_WORDS for w in words)


_LEADING = re.compile(r"^(?P<who>[^–—:.,]{2,80}?)\s+[–—-]\s+(?P<verb>[A-ZÅÄÖa-zåäö]\w+)")


def leading_names(text: str, municipality: str) -> list[PartyRef] | None:
    """The names before a line's first dash when a verb of doing follows it ("Ekby IF –
    Erbjuda fotboll …", "Bostadsbolaget Ekbyhem AB – Genomföra …"), or None."""
    found = _LEADING.match(text[:200])
    if not found or found.group("verb").lower() not in _INFINITIVES | _LEADING_VERBS \
            or not _names_only(found.group("who")):
        return None
    return parties_in(found.group("who"), municipality, mode="subject")


_LEADING_VERBS = frozenset({"anordna", "arrangera", "hålla", "besöka", "installera", "sätta",
                            "bjuda", "informera", "utbilda", "ordna", "nattvandra", "stötta",
                            "bidra", "finansiera", "tillhandahålla", "patrullera", "driva"})


def is_org_like(name: str) -> bool:
    """True for a name that reads as an organisation's ("Ekbyhem", "Räddningstjänsten Syd",
    "Brf Solgläntan AB"), not a place's or a topic's ("Centrum", "Trafik")."""
    return _is_org_like(name, strong_only=False)


_POLICE_GIVES = re.compile(
    r"\b(?:lovar|utlovar|åtar sig) (?:därför )?polisen\b(?! och| tillsammans| samt)|"
    r"(?:^|[.:] |\b(?:år|\d{4}) )polisen(?: i (?:lokalpolisområde )?[A-ZÅÄÖ][\w-]+"
    r"(?: [A-ZÅÄÖ][\w-]+)?)? (?:lovar|åtar sig)\b|"
    r"\bmedborgarlöfte\w* (?:från|av) polisen\b(?! och| tillsammans| samt)", re.IGNORECASE)
_MUNICIPALITY_GIVES = re.compile(
    r"\b(?:lovar|utlovar|åtar sig) (?:därför )?(?:kommunen|staden|[A-ZÅÄÖ][\w-]+ (?:kommun|stad))"
    r"\b(?! och| tillsammans| samt)|"
    r"(?:^|[.:] |\b(?:år|\d{4}) )(?:kommunen|staden|[A-ZÅÄÖ][\w-]+ (?:kommun|stad)) "
    r"(?:lovar|åtar sig)\b", re.IGNORECASE)
_POLICE_GIVES_LINE = re.compile(_POLICE_GIVES.pattern, re.IGNORECASE | re.M)
_MUNICIPALITY_GIVES_LINE = re.compile(_MUNICIPALITY_GIVES.pattern, re.IGNORECASE | re.M)
"""The same, at the start of any line too ("Ekby kommun lovar att:"): a party that gives its
part under its own heading, so the pledge is not the other's alone."""
_BOTH_GIVE = re.compile(
    r"\bpolis(?:en)?,? (?:och|samt|tillsammans med) (?:[\wåäö-]+ )?(?:kommun|stad)|"
    r"\b(?:kommun|kommunen|stad|staden),? (?:och|samt|tillsammans med) "
    r"(?:lokalpolisområde|polis)|"
    r"\blokalpolisområde [^.]{0,40}\b(?:och|samt) [^.]{0,30}\b(?:kommun|stad)\b|"
    r"\btillsammans (?:ska|lovar|kommer) vi\b|\bvi tillsammans\b|\bgemensam(?:t|ma)? "
    r"(?:medborgarlöfte|löfte)|\bsamverkansavtal|\bsamverkansöverenskommelse|"
    r"\b(?:kommunen|staden) (?:ska|kommer att|lovar)\b|"
    r"^(?:kommunen|staden|[A-ZÅÄÖ][\w-]+ (?:kommun|stad)) åtar sig", re.IGNORECASE | re.M)
_GIVER_TEXT = 20000


def sole_giver(text: str, municipality: str) -> PartyRef | None:
    """The one party that gives a pledge when only one does ("Under 2024 lovar polisen …",
    "Polisen i Ekby lovar …", and nowhere the municipality promising or the two together):
    whose "vi" its lines are. None when both give it, or the text does not say."""
    head = text[:_GIVER_TEXT]
    police, town = _POLICE_GIVES.search(head), _MUNICIPALITY_GIVES.search(head)
    if bool(police) == bool(town) or _BOTH_GIVE.search(head) \
            or police and _MUNICIPALITY_GIVES_LINE.search(head) \
            or town and _POLICE_GIVES_LINE.search(head):
        return None
    return POLICE if police else municipality_party(municipality)

