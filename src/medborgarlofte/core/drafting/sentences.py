"""What a line of a pledge text is: a commitment, an effect goal, or prose about the pledge.

A commitment says who does what: it opens with a verb of doing ("Genomföra …", "Att
arbeta …"), with its owners and a verb ("Polisen ska …", "Kommunen erbjuder …"), with a
modal and a verb ("… ska fortsätta …"), or with a number ("Minst fyra insatser …"). An
effect goal says what should change, not what anyone does ("Målet är …", "Effekt: …",
"Ökad trygghet …", "… ska minska"). Prose about the pledge itself (who wrote it, how it is
followed up) is neither. Every function reads at most the first few hundred characters of a
line, so a text of any size is read in linear time. Pure.
"""

from __future__ import annotations

import re

from medborgarlofte.core.drafting.numbers import number_value
from medborgarlofte.core.drafting.owners import PartyRef, subject_of

DOING_VERBS = frozenset({
    "genomföra", "arbeta", "fortsätta", "utveckla", "verka", "öka", "minska", "stärka", "skapa",
    "erbjuda", "informera", "delta", "medverka", "prioritera", "träffas", "ta", "se", "utreda",
    "undersöka", "ha", "starta", "införa", "upprätta", "påbörja", "sprida", "stötta", "stödja",
    "bjuda", "anordna", "arrangera", "hålla", "besöka", "patrullera", "fotpatrullera", "vara",
    "bidra", "främja", "förebygga", "motverka", "kartlägga", "mäta", "beakta", "delge",
    "analysera", "identifiera", "samverka", "tillsätta", "offentliggöra", "initiera", "initieras",
    "öppnas", "öppna", "förbättra", "rikta", "följa", "kontrollera", "jobba", "etablera",
    "implementera", "sammanställa", "inrätta", "bilda", "utbilda", "uppmärksamma", "skydda",
    "förhindra", "vidta", "sanera", "utföra", "leda", "driva", "lyfta", "säkerställa", "synas",
    "planera", "genomföras", "göras", "ske", "presenteras", "ordna", "tillhandahålla", "erbjudas",
    "använda", "fördjupa", "ge", "göra", "verkställa", "anställa", "samordna", "utöka", "utse",
    "förstärka", "installera", "rusta", "bygga", "åtgärda", "nattvandra", "uppmuntra",
    "sätta", "montera", "placera", "röja",
})
"""Verbs a commitment is made of, in the infinitive."""

_MODAL = re.compile(r"\b(?:ska|skall|kommer att|kommer)\s+((?:\w+\s+){0,4}\w+)", re.IGNORECASE)
_EFFECT_START = re.compile(
    r"^(?:målet (?:är|med)|målen är|syftet är att (?:öka|minska|förbättra|stärka) |"
    r"effekt(?:mål|er|en)?\s*:|effektmål|vi vill\b|ökad |ökat |"
    r"ökade |minskad |minskat |minskade |förbättrad |stärkt |högre |lägre |färre |tryggare )",
    re.IGNORECASE)
_EFFECT_VERB = re.compile(
    r"\bska (?:minska|öka|förbättras|ökas|minskas|uppfattas|upplevas|känna)\b", re.IGNORECASE)
_EFFECT_AIM = re.compile(
    r"^(?:(?:arbeta|verka) för att )?(?:öka|minska|förbättra|stärka) (?:den |det |de )?"
    r"(?:upplevda|känslan|trygghet|förtroende|brottslighet|antalet anmälda|andelen|problem)",
    re.IGNORECASE)
_META = re.compile(
    r"uppföljning|följs upp|följas upp|följer (?:vi )?upp|redovisa|"
    r"medborgarlöfte\w* (?:är|gäller|bygger|skrevs|"
    r"har|togs|tas|beskriver|innebär|handlar|syftar|utgår|anger|visar)\b|"
    r"tagit fram|undertecknade|kontakta|läs mer|\bhar (?:valt|genomfört|gjort|"
    r"arrangerat|utfört)|, säger\b|\b(?:har|hade) (?:skrivit|skrivits) under\b|\bskriver under\b|"
    r"\b(?:har|hade) (?:undertecknat|tecknat|signerat)\b|\blovar (?:\w+ ){0,7}följande\b|"
    r"\b(?:ger|tar fram|tecknar|skriver under|antar)\b[^.]{0,40}\bmedborgarlöft",
    re.IGNORECASE)
WE_PROMISE = re.compile(
    r"^(?:vi|tillsammans (?:ska|skall|kommer) vi)\s+"
    r"(?:(?:ska|skall|kommer att|lovar att|åtar oss att|lovar)\s+"
    r"(?:även\s+|också\s+|tillsammans\s+|gemensamt\s+|tidigt\s+|aktivt\s+)*"
    r"[a-zåäö]{2,}a\b|(?:genomför|erbjuder|anordnar|arrangerar|håller|ordnar|startar|inför|"
    r"fortsätter|bjuder|patrullerar|besöker|informerar)\b)", re.IGNORECASE)
"""'Vi ska …', 'Vi lovar att …': the parties of the pledge (or of the heading) promise."""
_COUNT_START = re.compile(r"^(?i:vid |med )?(?i:minst|högst|cirka|ca|totalt)\b"
                          r"|^(?i:vid |med )?\d+(?:[ ,.]\d+)?\s*(?:(?i:st)\b|[a-zåäö%]|$)")
"""'Minst fyra insatser', '20 trafikkontroller', '4 st …': a count opens the commitment; a
number before a capital ('1 Brottsförebyggande rådet, NTU 2030.') is a footnote."""
_HEAD = 300
_META_LABEL = re.compile(r"(?:\w+)?(?:tid|period|datum|källa|publicerad|uppdaterad|kontakt|"
                         r"telefon|e-post|diarienummer|beslutad|undertecknad)$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text[:_HEAD].lower())


def strip_att(text: str) -> str:
    """The text without a leading 'Att ' ("Att genomföra …" -> "genomföra …")."""
    return text[4:] if text[:4].lower() == "att " else text


def effect_text(text: str) -> str:
    """The effect goal without its label ("Effekt: Andelen …" -> "Andelen …")."""
    return re.sub(r"^effekt(?:mål|er|en)?\s*:\s*", "", text, flags=re.IGNORECASE).strip()


def opens_as_effect_goal(text: str) -> bool:
    """True for a line labelled as an effect goal ("Målet är …", "Effekt: …")."""
    return bool(_EFFECT_START.match(text[:_HEAD]))


_PLEDGE_SUBJECT = re.compile(r"^(?:nytt |nya |årets |ett nytt |det nya )?(?:medborgarlöfte\w*|"
                             r"löftet|löftena)\b", re.IGNORECASE)


def is_effect_goal(text: str, municipality: str) -> bool:
    """True for a goal about what should change rather than what someone does."""
    head = text[:_HEAD]
    if _PLEDGE_SUBJECT.match(head):
        return False  # "Nytt medborgarlöfte ska öka tryggheten": a headline about the pledge
    if _EFFECT_START.match(head):
        return True
    subject = subject_of(head, municipality)
    if subject is None:
        return bool(_EFFECT_VERB.search(head)) and not _first_is_doing(head)
    rest = re.sub(r"^.*?\b(?:ska|skall|kommer att|lovar att)\s+", "", strip_att(head),
                  count=1, flags=re.IGNORECASE)
    inverted = _INVERTED_AIM.search(head)  # "Under 2017 lovar polisen att minska problemen …"
    return bool(_EFFECT_AIM.match(rest)) or rest.lower().startswith("uppfattas") \
        or bool(inverted and _EFFECT_AIM.match(head[inverted.end():]))


_INVERTED_AIM = re.compile(r"\b(?:lovar|ska|skall|kommer)\s+(?:\S+\s+){1,3}?(?:att\s+)?"
                           r"(?=(?:öka|minska|förbättra|stärka)\s)", re.IGNORECASE)


def _first_is_doing(text: str) -> bool:
    words = _words(strip_att(text))
    return bool(words) and words[0] in DOING_VERBS


def is_meta(text: str) -> bool:
    """True for prose about the pledge itself: how it was made or is followed up."""
    return bool(_META.search(text[:_HEAD]) or _PLEDGE_WILL.match(text[:_HEAD]))


_PLEDGE_WILL = re.compile(r"^(?:nytt |nya |årets |ett nytt |det nya )?(?:medborgarlöfte\w*|löftet|"
                          r"löftena) (?:ska|skall|kommer att|kan)\b", re.IGNORECASE)
"""'Nytt medborgarlöfte ska öka tryggheten i Märsta': the pledge as the subject."""


_FOCUS_STATEMENT = re.compile(
    r"\b(?:särskilt )?fokusera på\b|\brikta (?:ett )?(?:särskilt )?fokus på\b|"
    r"\bha (?:ett )?(?:särskilt |fortsatt )?fokus på\b", re.IGNORECASE)
"""'… kommer polisen att rikta särskilt fokus på problemet med …': what the pledge is about (its
priorities), not something done."""
LABEL = re.compile(r"^([A-ZÅÄÖ][^:.]{1,40}):\s+(?=\S)")
"""A label before a commitment: "Polisen: Genomföra …", "Löfte 2: Kommunen ska …"."""


def looks_like_commitment(text: str, municipality: str) -> bool:
    """True when a line of prose reads as a commitment (see the module docstring)."""
    head = text[:_HEAD]
    label = LABEL.match(head)
    if label and _META_LABEL.match(label.group(1)):
        return False  # "Tid: 1 augusti 2015 – …", "Publicerad: …"
    if label:
        head = head[label.end():]
    if is_meta(head) or head.rstrip().endswith((":", "?")) or _FOCUS_STATEMENT.search(head) \
            or is_background(head):
        return False
    if _first_is_doing(head) or WE_PROMISE.match(head):
        return True
    if subject_of(head, municipality) is not None:
        return True
    modal = _MODAL.search(head)
    if modal:
        words = modal.group(1).lower().split()
        verb = next((i for i, w in enumerate(words) if w in DOING_VERBS), None)
        if verb is not None and "att" not in words[:verb]:
            return True
    first = head.split(maxsplit=1)[0].lower() if head.split() else ""
    return bool(_COUNT_START.match(head)) or number_value(first.strip(".,")) is not None \
        and first not in ("en", "ett") and not first[:1].isdigit()


_SUPPORTS = re.compile(
    r"^(?:\S+\s+){1,5}?(?:deltar|medverkar|bistår|stöttar|stödjer|hjälper till)\b(?![^.]{0,80}\d)"
    r"[^.]{0,80}\.?$", re.IGNORECASE)
"""'Kommunens fältassistenter deltar vid behov.': who helps with the commitment before, not a
commitment of its own."""


_BACKGROUND = re.compile(
    r"\b(?:redan|i dag|idag|numera|sedan (?:\d{4}|flera|många|länge)|under (?:de senaste|flera|"
    r"många|förra|föregående)|tidigare år|(?:har|hade) (?:under|sedan|länge|tidigare|sett|märkt|"
    r"noterat|haft)|(?:upplever|anser|menar|tycker|bedömer|konstaterar|märker|noterar|"
    r"uppfattar|visar) att|enligt (?:\w+ )?(?:trygghetsmätning|trygghetsundersökning|"
    r"statistik|lägesbild|medborgarundersökning|enkät)\w*)\b", re.IGNORECASE)
_PROMISE = re.compile(r"\b(?:ska|skall|kommer att|lovar|åtar|fortsätter|fortsatt|fortsätta|"
                      r"även fortsättningsvis)\b", re.IGNORECASE)


def is_background(text: str) -> bool:
    """True for a sentence about how things are or were ("Polisen arbetar redan i dag med …",
    "Kommunen har sedan 2019 en trygghetssamordnare"): no promise, but a word of the present
    or the past."""
    head = text[:_HEAD]
    return bool(_BACKGROUND.search(head)) and not _PROMISE.search(head)


def split_sentences(line: str, municipality: str) -> list[str]:
    """A paragraph as its commitments: a new one starts where a sentence names its owners
    ("… väg 45. Polisen ska även …"); other sentences belong to the one before."""
    if len(line) > 2000:
        return [line]
    if ". " not in line:
        return _two_parties(line, municipality)
    parts: list[str] = []
    for sentence in (part for whole in re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ])", line)
                     for part in _two_parties(whole, municipality)):
        if parts and (subject_of(sentence, municipality) is None
                      or _SUPPORTS.match(sentence[:120])) \
                and not (is_meta(sentence) and not is_meta(parts[-1])):
            parts[-1] += " " + sentence  # ("Läs mer om …" after a commitment: not part of it)
        else:
            parts.append(sentence)
    return parts


_AND_PARTY = re.compile(r",\s+(?:och|men|medan|samtidigt som)\s+(?=[a-zåäö])|;\s+(?:och\s+)?"
                        r"(?=[a-zåäö])|(?<=\w)\s+(?:och|medan)\s+(?=(?:polisen|kommunen)\s)"
                        r"|,\s+(?=(?:polisen|kommunen|staden)\s)",
                        re.IGNORECASE)


def _two_parties(sentence: str, municipality: str) -> list[str]:
    """'Polisen lovar att vara på platserna …, och kommunen lovar att fortsätta jobba med
    belysning': two commitments of two parties in one sentence, split where the second
    party's own clause begins (it names its owners and promises)."""
    if "," not in sentence[:1000] and ";" not in sentence[:1000] \
            and not _SECOND_PARTY.search(sentence[:1000]):
        return [sentence]
    first = subject_of(sentence[:_HEAD], municipality)
    if first is None:
        return [sentence]
    for found in _AND_PARTY.finditer(sentence[:1000]):
        rest = sentence[found.end():]
        second = subject_of(rest[:_HEAD], municipality)
        if second is not None and _OWN_CLAUSE.match(rest[:120]) \
                and _PROMISED.search(sentence[:found.start()]) \
                and {p.id for p in second.owners} != {p.id for p in first.owners}:
            return [sentence[:found.start()] + ".", rest]
    return _named_second_party(sentence, municipality, first.owners)


_OWN_CLAUSE = re.compile(r"^(?:polisen|kommunen|[a-zåäö]+ kommun|staden)\s+(?:lovar|ska|skall|"
                         r"kommer att|åtar sig|erbjuder|genomför)\b", re.IGNORECASE)


_SECOND_PARTY = re.compile(r"\s(?:och|medan)\s+(?:polisen|kommunen)\s", re.IGNORECASE)
_PROMISED = re.compile(r"\b(?:lovar|ska|skall|kommer att|åtar sig|erbjuder|genomför)\b",
                       re.IGNORECASE)
"""The first party's own verb stands before the split ("Polisen lovar att …, och kommunen
lovar …"), never "Polisen och kommunen lovar …" split at its "och"."""


_AND_NAMED = re.compile(r",\s+(?:och|samt)\s+(?=[A-ZÅÄÖ])")


def _named_second_party(sentence: str, municipality: str, first: list[PartyRef]) -> list[str]:
    """'Ekby brandförsvar ska besöka skolorna …, och Region Ekby och kommunen fortsätter
    arbetet …': a second commitment after ", och" where an organisation named with a capital
    opens its own clause, its own verb after it."""
    for found in _AND_NAMED.finditer(sentence[:1000]):
        rest = sentence[found.end():]
        second = subject_of(rest[:_HEAD], municipality)
        if second is not None and _PROMISED.search(sentence[:found.start()]) \
                and {p.id for p in second.owners} != {p.id for p in first}:
            return [sentence[:found.start()] + ".", rest]
    return [sentence]


_SAME_SUBJECT_CLAUSE = re.compile(
    r",?\s+(?:och|samt)\s+(?:(?:även|också|dessutom)\s+)?(?=(?:lovar att|ska|skall|kommer att|"
    r"kommer även att|kommer också att|åtar sig att)\s+(?:(?:även|också|dessutom|att)\s+)?"
    r"(?P<verb>[a-zåäö]+)\b)", re.IGNORECASE)
_COUNT_WORD = re.compile(r"\b(?!(?:19|20)\d\d\b)\d+\b|\bminst\b", re.IGNORECASE)


_CLAUSES_TRIED = 4


def _has_count(text: str) -> bool:
    return bool(_COUNT_WORD.search(text)) or any(
        number_value(w.strip(".,;")) is not None and w.lower() not in ("en", "ett")
        for w in text.lower().split()[:40])


def same_subject_clauses(sentence: str,
                         municipality: str) -> tuple[str, str, list[PartyRef]] | None:
    """'Polisen kommer att genomföra minst sex insatser …, och lovar att delta vid minst fyra
    medborgardialoger': two commitments of one party in one sentence, each with a count of
    its own; the first (its ',' a full stop), the second as published, and the owners the
    sentence opens with (the second's). None unless the sentence reads so."""
    head = sentence[:1000]
    subject = subject_of(head[:_HEAD], municipality)
    if subject is None or len(sentence) > 1000:
        return None
    for tried, found in enumerate(_SAME_SUBJECT_CLAUSE.finditer(head)):
        if tried >= _CLAUSES_TRIED:
            break  # a sentence is read a bounded number of times: linear in the text
        first, rest = head[:found.start()], head[found.end():]
        if found.group("verb").lower() in DOING_VERBS \
                and (_PROMISED.search(first) or _MODAL.search(first)) \
                and _has_count(first) and _has_count(rest):
            return first.rstrip(" ,") + ".", rest, subject.owners
    return None

