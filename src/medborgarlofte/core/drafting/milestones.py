"""Commitments that are one thing done once: "Påbörja …", "Kommunen ska utreda …", "se över
möjligheten", "ha en tillsatt tjänst", "Kameraövervakning … utreds".

The main verb decides (after a label, the owners and "ska"/"lovar att"), or a phrase that
only a milestone uses, wherever it stands. Pure.
"""

from __future__ import annotations

import re

MILESTONE_VERBS = (
    "påbörja", "upprätta", "ta fram", "inrätta", "starta", "etablera", "bilda", "införa",
    "installera",
    "skapa", "utarbeta", "tillsätta", "utse", "implementera", "sammanställa", "kartlägga",
    "revidera", "anta", "utreda", "undersöka", "offentliggöra", "delge", "utskick", "initiera",
    "ser över", "se över", "genomföra en översyn", "översyn", "anställa", "rekrytera",
)
"""Verbs that make a commitment one thing done once, when it states no number."""


_MILESTONE_PHRASES = re.compile(
    r"\b(?:se|ser) över möjlighet|undersök(?:a|er) möjlighet|utreda och åtgärda|tillsatt tjänst|"
    r"\b(?:göra|gör|genomföra|genomför) (?:en|ett) (?:ny |gemensam |samlad |)(?:översyn|"
    r"kartläggning|utredning|inventering|analys)\b|"
    r"\b(?:göra|gör|genomföra|genomför)\b[^.,;:]{0,60}?\böversyn(?:er)? av\b|"
    r"\bsenast (?:den |i |under |till )?(?:[0-9]{1,2}(?:e|:e)? )?(?:januari|februari|mars|april|"
    r"maj|juni|juli|augusti|september|oktober|november|december|årsskiftet|halvårsskiftet)\b|"
    r"\bsenast (?:den |i |under |till )?(?:(?:19|20)[0-9]{2}|vecka [0-9]{1,2})\b|"
    r"\b(?:klar|klart|färdig|färdigt|genomförd|genomfört|på plats) senast\b|"
    r"^(?:aktivitet:\s*)?(?:kartläggning|utredning|framtagande|upprättande|inrättande|översyn|"
    r"införande) av\b|"
    r"^(?:en|ett) (?:ny |gemensam |samlad )?(?:översyn|kartläggning|utredning|inventering|"
    r"handlingsplan)\b|"
    r"\boffentliggöra|\bska?l?l? initieras|\bser över\b|\b(?:utreds|ses över|tas fram|upprättas|"
    r"inrättas|påbörjas|startas|införs|tillsätts)\b", re.IGNORECASE)
_MAIN_VERB = re.compile(
    r"^(?:att\s+)?(?:[^,.;:()]{1,80}?\s)?(?:ska|skall|kommer att|lovar(?: även| också)? att|"
    r"åtar sig att)\s+"
    r"(?:även\s+|också\s+|under året\s+|tillsammans med [^,.;]{1,40}?\s(?=\w+a\b))?",
    re.IGNORECASE)


_MILESTONE_START = re.compile("(?:" + "|".join(MILESTONE_VERBS) + r")\b")
_PRESENT = re.compile(
    r"^(?:att\s+)?(?:[A-ZÅÄÖ][\w-]*(?:,? (?:och |samt )?(?:[A-ZÅÄÖ][\w-]*|polisen|kommunen))"
    r"{0,4}?) (?:även |också )?"
    r"(?:påbörjar|upprättar|tar fram|inrättar|utarbetar|tillsätter|utser|sammanställer|"
    r"reviderar|antar|utreder|undersöker|offentliggör|initierar|kartlägger|installerar)\b")
"""A party, then a milestone verb in the present tense: "Kommunen utreder …"."""


def starts_with_milestone_verb(text: str) -> bool:
    """True for 'Påbörja…', 'Att upprätta…', 'Ta fram…', 'Kommunen ska utreda…'."""
    lowered = re.sub(r"^[^:.]{1,40}:\s+", "", text.strip()[:300].lower())  # "Löfte 2: …"
    lowered = _MAIN_VERB.sub("", lowered, count=1) if _MAIN_VERB.match(lowered) else \
        re.sub(r"^(?:att|vi ska|ska)\s+", "", lowered)
    return bool(_MILESTONE_START.match(lowered))


def is_milestone(text: str) -> bool:
    """A commitment that is one thing done once: its main verb, or a phrase anywhere."""
    return starts_with_milestone_verb(text) or bool(_MILESTONE_PHRASES.search(text[:600])) \
        or bool(_PRESENT.match(text[:200])) or bool(_DONE_BY.search(text[:300]))


_DONE_BY = re.compile(
    r"\b(?:förbättras|åtgärdas|rustas upp|byts ut|byggs om|byggs|anläggs|sätts upp|ses över|"
    r"moderniseras|förnyas|kompletteras|färdigställs)\s+(?:under|senast|före|innan|till|i)\s+"
    r"(?:(?:hösten|våren|sommaren|vintern|början av|slutet av|året)\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE)
"""'Belysningen vid X förbättras under 2021': a change in the passive, done by a given year:
one thing done once."""
