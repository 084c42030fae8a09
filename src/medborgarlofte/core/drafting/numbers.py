"""Goals from Swedish commitment text: numbers as digits or words, rates, milestones.

`guess_goal("minst två tillfällen per vecka")` -> `{at_least: 2, unit: tillfällen, per: week}`.
The kinds follow `core.model.Goal`: exactly ("4 st", "fyra trygghetsvandringar"), at_least
("minst 2"), a rate (`per`: "en gång i veckan", "varje tertial"), a milestone ("Påbörja…",
"Upprätta…", "Ta fram…") or no goal (ongoing work, "Samverka…"). What the text says but the
model cannot (a share, a response time, an upper bound, "varannan vecka") makes the guess
`unclear`, so the draft marks it for review. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from medborgarlofte.core.drafting.deadlines import deliverable_with_deadline
from medborgarlofte.core.drafting.milestones import (
    MILESTONE_VERBS,
    is_milestone,
    starts_with_milestone_verb,
)

__all__ = ["MILESTONE_VERBS", "GoalGuess", "find_condition", "guess_goal", "number_value",
           "plural", "starts_with_milestone_verb", "tokenize"]

_TOKEN = re.compile(
    r"[0-9]+(?:[ \u00a0][0-9]{3}(?![0-9]))*(?:,[0-9]+)?|[^\W\d_]+(?:-[^\W\d_]+)*|%|/")

NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
    "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30,
    "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90,
    "hundra": 100, "etthundra": 100, "tusen": 1000, "ettusen": 1000,
}
_TENS = {k: v for k, v in NUMBER_WORDS.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)}
_UNITS = {k: v for k, v in NUMBER_WORDS.items() if 1 <= v <= 9 and k != "en"}

PERIODS = {
    "vecka": "week", "veckan": "week", "veckor": "week", "månad": "month", "månaden": "month",
    "kvartal": "quarter", "kvartalet": "quarter", "tertial": "tertial", "tertialet": "tertial",
    "halvår": "half-year", "halvåret": "half-year", "termin": "term",
    "terminen": "term", "år": "year", "året": "year", "läsår": "year", "läsåret": "year",
    "skolår": "year", "skolåret": "year",
}
_DEFINITE = {"veckan", "månaden", "kvartalet", "tertialet", "halvåret", "året", "terminen",
             "läsåret", "skolåret"}
_RATE_ADVERBS = {
    "årligen": "year", "årsvis": "year", "månatligen": "month", "månadsvis": "month",
    "veckovis": "week", "veckoligen": "week", "kvartalsvis": "quarter",
    "tertialvis": "tertial", "tertialsvis": "tertial", "halvårsvis": "half-year",
    "årlig": "year", "årliga": "year", "årligt": "year", "veckovisa": "week",
    "månatliga": "month", "kvartalsvisa": "quarter",
}
_NAME_BEFORE = {"årskurs", "åk", "klass", "väg", "lag", "lov", "sol", "lvu", "lvm", "kapitel",
                "kap", "paragraf", "§", "nr", "nummer", "steg", "nivå", "område", "zon", "sfs",
                "skolår", "version", "punkt", "bilaga", "buss", "linje", "e", "kl", "klockan",
                "vecka", "v", "vecko", "sida", "rum", "plan", "hus", "tel", "riksväg", "länsväg",
                "europaväg", "motorväg", "vägnummer"}
"""Words a number belongs to as a name ("årskurs 7", "väg 45", "LOV 3"), not as a count."""
_NAME_LIST_BEFORE = re.compile(
    r"(?<![\wåäö])(?:" + "|".join(sorted((re.escape(w) for w in _NAME_BEFORE), key=len,
                                          reverse=True))
    + r")\s+\d{1,4}(?:\s*(?:,|och|eller|samt|till|[–-])\s*\d{1,4})*"
    r"\s*(?:,|och|eller|samt|till|[–-])\s*$", re.IGNORECASE)
"""A name's number listed with others after its word ("årskurs 8 och 9", "åk 7–9", "väg 45,
46 eller 47"): each is part of a name, not a count."""
_DAY = (r"(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar(?:na)?|en|s(?=-))?"
        r"(?:-|s?(?:kväll|morgon|morgn|natt|nätt|eftermiddag)(?:ar|en|arna|er)?)?")
_WEEKDAYS = re.compile(
    rf"\b(?P<every>varje|var|alla|samtliga|på|under)?\s*(?P<days>{_DAY}"
    rf"(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+|\s+eller\s+){_DAY}){{0,6}})(?![\wåäö])",
    re.IGNORECASE)
"""Weekdays a commitment is done on: "varje fredagskväll", "fredagar och lördagar", "alla
fredags- och lördagskvällar", "varje fredag och lördag" (a rate per week, one per day)."""
_ONE_DAY = re.compile(r"(mån|tis|ons|tors|fre|lör|sön)dag", re.IGNORECASE)
_DAY_PARTS = {"kväll": "kvällar", "morgon": "morgnar", "morgn": "morgnar", "natt": "nätter",
              "nätt": "nätter", "eftermiddag": "eftermiddagar"}
_DIGIT_OR_COUNT = re.compile(r"\d|\bminst\b|\bgånger\b|\b(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|"
                             r"elva|tolv|femton|tjugo)\b", re.IGNORECASE)
_VAGUE = re.compile(r"\b\d+-tal\b|\bvar(?:t)? (?:annan|annat|tredje|fjärde|femte|sjätte|sjunde|"
                    r"åttonde|nionde|tionde|fjortonde|femtonde)\b", re.IGNORECASE)
"""'ett 20-tal', 'var fjortonde dag', 'var tredje månad': no goal the model can hold."""
_SEASONS = {"vår", "våren", "höst", "hösten", "sommar", "sommaren", "vinter", "vintern",
            "jul", "julen", "sommarlov", "sommarlovet", "jullov", "sportlov", "höstlov"}
_WEEKENDS = {"helg", "helger", "helgkväll", "helgkvällar", "veckoslut"}
_FROM_TO = re.compile(r"\b([^\W\d_]{4,40}) från (\w{1,12}) till (\w{1,12})\b")
_MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december", "jan", "feb", "aug", "sept",
                "okt", "nov", "dec")
_RANGE = re.compile(r"\s?[-–—]\s?\d")
_MONEY = {"kr", "kronor", "miljoner", "miljon", "mnkr", "tkr", "msek", "sek"}
_ADVERBS_BEFORE_ONE = {"tillsammans", "gemensamt", "också", "även", "årligen", "minst",
                       "åtminstone", "under", "året", "hösten", "våren", "sommaren"}
_ONE_AFTER = {"genomföra", "genomför", "anordna", "anordnar", "arrangera", "arrangerar",
              "hålla", "håller", "ordna", "ordnar", "vid", "erbjuda", "erbjuder"}
"""Words after which "en"/"ett" counts one ("genomföra en trygghetsvandring")."""
_SHARES = {"hälften", "tredjedel", "fjärdedel", "merparten", "majoriteten"}
"""'minst hälften av mopederna', '… varav hälften kvällstid': a share, which the goal cannot
hold: marked (a count beside it is kept)."""
_UNSUPPORTED_RATES = {"ett par", "tiotal", "tjugotal", "trettiotal", "femtiotal", "hundratal",
                      "dussin",
                      "flertal", "dagligen", "varannan", "vartannat", "varje dag", "per dag",
                      "i dag"}
_AT_LEAST = {"minst", "åtminstone", "minimum", "lägst"}
_MORE_THAN = {"över", "fler än", "mer än"}
_UPPER = {"högst", "max", "maximalt", "maximum", "upp till"}
_TIMES = {"gång", "gånger", "ggr", "gången"}
_TIME_UNITS = {"timme", "timmar", "dygn", "minuter", "dagar", "dag", "veckor", "månader",
               "timmars", "dygns", "minuters", "dagars", "veckors", "månaders"}
_COUNTERS = {"st", "stycken", "styck"}
_ADJECTIVES = {"nya", "ny", "nytt", "olika", "fler", "större", "extra", "gemensamma", "gemensam",
               "gemensamt", "årlig", "stor", "stort", "liten", "litet", "öppen", "öppet", "öppna",
               "särskilda", "stora", "små", "egna", "ytterligare", "tydliga", "årliga",
               "årligt", "kvartalsvisa", "veckovisa", "månatliga", "återkommande"}
_RATE_ADJECTIVES = {"årlig", "årliga", "årligt", "veckovisa", "månatliga", "kvartalsvisa"}
_ADJ_SUFFIX = ("ade", "ande", "ende", "iga", "liga", "iska", "ska", "kta", "pta", "rda", "lda",
               "gda", "vda")
"""Endings of adjectives and participles ("riktade", "förstärkta", "planerade"), skipped to
reach the unit."""
_ACTIVITY_NOUNS = ("vandring", "föreläsning", "träff", "möte", "kampanj", "insats", "utbildning",
                   "kontroll", "dialog", "dag", "kväll", "mässa", "konferens", "workshop", "besök",
                   "aktivitet", "övning", "seminarium", "informationsträff", "ning")
_NOT_UNITS = {"och", "i", "på", "av", "med", "för", "till", "under", "om", "vid", "per",
              "mot", "inom", "från", "varje", "var", "samt", "eller", "som", "år"}

MAX_COUNT = 1_000_000
"""Larger numbers are not counts of activities (a sum of money, a population): review."""

_PLURAL_EXCEPTIONS = {
    "träff": "träffar", "kväll": "kvällar", "dag": "dagar", "vecka": "veckor", "gång": "gånger",
    "möte": "möten", "tillfälle": "tillfällen", "besök": "besök", "samtal": "samtal",
    "pass": "pass", "seminarium": "seminarier", "forum": "forum", "program": "program",
    "projekt": "projekt", "event": "event", "nätverk": "nätverk", "råd": "råd",
}
_CONDITION = re.compile(
    r"\b(?:om (?:[^,.;()]{0,80}?)(?:medger|tillåter|uppkommer|finns|kräver|behövs)\b[^,.;()]{0,80}"
    r"|vid behov|i mån av (?:tid|resurser)|om möjligt)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Token:
    """A word, a number, '%' or '/' of the text, lower-cased, with its place."""

    text: str
    start: int


@dataclass(frozen=True)
class GoalGuess:
    """The goal read from a text (None: ongoing), and why a person should check it."""

    goal: dict[str, Any] | None
    unclear: bool = False


def tokenize(text: str) -> list[Token]:
    """The words and numbers of `text`, lower-cased."""
    return [Token(m.group().lower(), m.start()) for m in _TOKEN.finditer(text)]


def number_value(word: str) -> int | None:
    """4 for '4' or 'fyra', 25 for 'tjugofem', 1000 for '1 000'; None for anything else."""
    digits = word.replace(" ", "").replace("\u00a0", "")
    if digits.isascii() and digits.isdigit():
        return int(digits)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    for tens, value in _TENS.items():
        if word.startswith(tens) and word[len(tens):] in _UNITS:
            return value + _UNITS[word[len(tens):]]
    return None


def plural(noun: str) -> str:
    """The plural of a Swedish noun by its ending: föreläsning -> föreläsningar."""
    for singular, many in _PLURAL_EXCEPTIONS.items():
        if noun.endswith(singular):
            return noun[: len(noun) - len(singular)] + many
    if noun.endswith("ing"):
        return noun + "ar"
    if noun.endswith("else"):
        return noun + "r"
    if noun.endswith("a"):
        return noun[:-1] + "or"
    if noun.endswith("e"):
        return noun + "n"
    if noun.endswith("um"):
        return noun[:-2] + "er"
    return noun + "er"


def find_condition(text: str) -> str | None:
    """'om underrättelseläget medger', 'vid behov'... when the commitment is conditional."""
    match = _CONDITION.search(text[:2000])
    return match.group().strip() if match else None


def _phrase(tokens: list[Token], i: int, n: int) -> str:
    return " ".join(t.text for t in tokens[max(i, 0): i + n]) if i >= 0 else ""


def _find_rate(tokens: list[Token]) -> tuple[str | None, bool, set[int]]:
    """The rate period of the text, whether an unsupported rate was found, tokens used."""
    for i, token in enumerate(tokens):
        pair = _phrase(tokens, i, 2)
        if token.text in _UNSUPPORTED_RATES or pair in _UNSUPPORTED_RATES:
            return None, True, set()
        if token.text in _RATE_ADVERBS:
            return _RATE_ADVERBS[token.text], False, {i}
        if token.text in ("varje", "var", "alla") and _phrase(tokens, i + 1, 1) in _WEEKENDS:
            return "week", False, {i, i + 1}  # "varje helg": once a week
        if token.text in ("varje", "var", "varannan") and _phrase(tokens, i + 1, 1) in _SEASONS:
            if token.text == "varannan" or _phrase(tokens, i + 2, 1) in ("och", "samt") \
                    and _phrase(tokens, i + 3, 1) in _SEASONS:
                return None, True, set()  # "varje vår och höst": twice a year? check
            return "year", False, {i, i + 1}
        nxt = tokens[i + 1].text if i + 1 < len(tokens) else ""
        if nxt in PERIODS and (
            token.text in ("per", "varje", "var", "/")
            or (token.text in ("i", "om") and nxt in _DEFINITE)
        ):
            return PERIODS[nxt], False, {i, i + 1}
    return None, False, set()


@dataclass(frozen=True)
class _Count:
    kind: str
    value: int
    unit: str | None


def _is_year(token: Token, before: str) -> bool:
    return (len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100
            and before not in _AT_LEAST)


_UNIT_PHRASE = re.compile(
    r"[^\W\d_]+(?:-[ \t]+(?:och|eller|samt)[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*"  # trafik- och …
    r"|[ \t][^\W\d_]+-[^\W\d_]+"  # Hot spot-insatser
    r"|-[^\W\d_]+(?:-[^\W\d_]+)*"  # A-traktorkontroller
    r"|-(?![^\W\d_]))?")


def _unit_after(tokens: list[Token], i: int, value: int, text: str = "") -> str | None:
    j = i + 1
    while j < len(tokens) and tokens[j].text in _COUNTERS:
        j += 1
    skipped = 0
    while (j < len(tokens) and skipped < 2 and (
            tokens[j].text in _ADJECTIVES or tokens[j].text.endswith(_ADJ_SUFFIX)
            or value == 1 and (tokens[j].text in _ONE_ADJECTIVES  # "en riktad insats"
                               or len(tokens[j].text) >= 5
                               and tokens[j].text.endswith(_ONE_ADJ_SUFFIX)))):
        j += 1
        skipped += 1
    if j >= len(tokens):
        return None
    word = tokens[j].text
    if word in _TIMES or word in _NOT_UNITS or number_value(word) is not None or len(word) < 3:
        return None
    if not word[0].isalpha():
        return None
    phrase = _UNIT_PHRASE.match(text, tokens[j].start) if text else None
    if phrase and phrase.group() != word and phrase.group().lower() != word:
        whole = phrase.group().lower()
        return None if whole.endswith("-") else whole  # a word cut at a hyphen is no unit
    return plural(word) if value == 1 else word


def _in_name(text: str, token: Token, before: str) -> bool:
    """A number that is part of a name: 'SOL14', '2023:196', '20-minutersmetoden', 'LOV 3'."""
    if not token.text[0].isdigit():
        return False
    start, end = token.start, token.start + len(token.text)
    prev = text[start - 1] if start else " "
    nxt = text[end: end + 2]
    if prev.isalnum() or prev in ":/-–§" or nxt[:1] in (":", "/") or nxt[:1].isalpha() \
            or (nxt[:1] == "-" and nxt[1:2].isalpha()):
        return True
    if _NAME_LIST_BEFORE.search(text[max(0, start - 40): start]):
        return True  # "årskurs 8 och 9", "väg 45, 46 eller 47": the later ones are names too
    word_before = text[max(0, start - 12): start].split()[-1:] or [""]
    around = text[max(0, start - 40): end + 40]
    shouted = not any(c.islower() for c in around)  # a line in capitals: "MINST 20 KONTROLLER"
    return before in _NAME_BEFORE or (len(word_before[0]) >= 2 and word_before[0].isupper()
                                      and word_before[0].isalpha() and not shouted)


_ONE_ADJ_SUFFIX = ("ad", "at", "erad", "erat", "ig", "igt", "isk", "iskt", "ell", "ellt", "iär")
"""Endings of an adjective or participle in the singular ("en riktad insats", "ett
förebyggande möte" is in `_ADJ_SUFFIX`): skipped to reach the activity."""
_ONE_OFF_NOUNS = ("kartläggning", "utredning", "inventering", "översyn", "analys")
"""'genomföra en kartläggning': one thing done once (a milestone), not a count of one."""
_ONE_ADJECTIVES = {"gemensam", "gemensamt", "särskild", "särskilt", "stor", "större", "utökad",
                   "förstärkt", "extra", "ny", "nytt"}


def _activity_after(tokens: list[Token], i: int) -> bool:
    """True when "en"/"ett" at i names one activity: "en (gemensam) trygghetsvandring"."""
    j = i + 1
    while j < len(tokens) and j <= i + 2 and (tokens[j].text in _ADJECTIVES
                                             or tokens[j].text.endswith(_ADJ_SUFFIX)
                                             or len(tokens[j].text) >= 5
                                             and tokens[j].text.endswith(_ONE_ADJ_SUFFIX)
                                             or tokens[j].text in _ONE_ADJECTIVES):
        j += 1
    word = tokens[j].text if j < len(tokens) else ""
    return len(word) > 3 and word.endswith(_ACTIVITY_NOUNS) \
        and not word.endswith(_ONE_OFF_NOUNS)


def _doing_before(tokens: list[Token], i: int) -> bool:
    """True when a verb of doing stands just before, adverbs apart ("genomför tillsammans")."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = tokens[j].text
        if word in _ONE_AFTER:
            return True
        if word not in _ADVERBS_BEFORE_ONE:
            return False
    return False


def _read_count(tokens: list[Token], i: int, used: set[int],
                text: str = "") -> tuple[_Count | None, bool]:
    """The count that token i starts, or None; and whether it is one the model cannot hold."""
    token = tokens[i]
    value = number_value(token.text)
    before, before2 = _phrase(tokens, i - 1, 1), _phrase(tokens, i - 2, 2)
    after = _phrase(tokens, i + 1, 1)
    if value is None or i in used or _is_year(token, before) or before in ("var", "/"):
        return None, False
    if _in_name(text, token, before) or after in ("år", "åring", "åringar", "års", *_MONTH_NAMES) \
            or before == "mellan" and _phrase(tokens, i + 3, 1) == "år":
        return None, False  # a name, an age ("som fyller 15 år") or a date ("1 juni")
    if _RANGE.match(text, token.start + len(token.text)):  # "13–17 år", "2–3 insatser"
        return None, _phrase(tokens, i + 2, 1) not in ("år", "åringar", "års")
    if after in ("till", "eller") and before != "från" \
            and number_value(_phrase(tokens, i + 2, 1)) is not None \
            and _phrase(tokens, i + 3, 1) not in ("år", "åringar", "års"):
        return None, True  # "en till två insatser", "två eller tre gånger": how many? check
    if after in _MONEY:
        return None, True  # a sum of money is no count of activities
    if after in _TIME_UNITS and _phrase(tokens, i + 2, 1) in ("i", "per", "om", "varje") \
            and _phrase(tokens, i + 3, 1) in PERIODS:
        return _Count("exactly", value, after), False  # "fem dagar i veckan"
    if after in ("%", "procent") or after in _TIME_UNITS:
        return None, True  # a share or a response time: the model keeps it only as a note
    if "," in token.text or before in _UPPER or before2 in _UPPER or not 0 < value <= MAX_COUNT:
        return None, True
    qualified = before in _AT_LEAST or before2 in _MORE_THAN or before2 == "färre än"
    if token.text in ("en", "ett") and not qualified and after not in (
            *_TIMES, "tillfälle", *_COUNTERS):
        activity = _activity_after(tokens, i)
        if not activity:
            return None, False  # the indefinite article, not a number
        if not _doing_before(tokens, i) and not _invited_to_dated(tokens, i, text):
            return None, True  # "… en trygghetsvandring" after no verb of doing: one? check

    or_more = _phrase(tokens, i + 1, 2) in ("eller fler", "eller mer")
    kind = "at_least" if qualified or or_more else "exactly"
    if before2 in _MORE_THAN or before == "över":
        value += 1
    return _Count(kind, value, _unit_after(tokens, i + 2 if or_more else i, value, text)), False


def _clause_at(text: str, offset: int) -> str:
    """The clause (between commas, semicolons or sentence ends) around `offset`."""
    start = max(text.rfind(c, 0, offset) for c in ",;.") + 1
    ends = [i for i in (text.find(c, offset) for c in ",;") if i >= 0]
    end = min(ends) if ends else len(text.rstrip(". "))
    return text[start:end].strip()


_PER_PLACE = re.compile(r"\b(?:respektive|varje|per) (?:skola|skolenhet|område|stadsdel|ort|"
                        r"kommundel|fritidsgård|bostadsområde|förskola|klass|tätort)\b",
                        re.IGNORECASE)
"""'möte på respektive skola': so many per place, which the goal cannot say: marked."""


def _weekdays(text: str) -> GoalGuess | None:
    """A rate per week from the weekdays named after "varje" or "alla", when the text gives
    no other count.

    "varje fredagskväll" is once a week and "varje fredag och lördag" twice, for sure; "alla
    fredags- och lördagskvällar" or "eller" is read the same way but marked (two evenings a
    week is a reading). Days without "varje"/"alla" ("på fredagar", "under fredags- och
    lördagskvällar") say when, not how often: no rate."""
    found = _WEEKDAYS.search(text)
    every_day = _every_weekday(text)
    if every_day is not None:  # "fredagar kl. 18–23. Varje fredag …": the day after "varje"
        found = every_day
    if not found or _DIGIT_OR_COUNT.search(_YEAR.sub(" ", _CLOCK.sub(" ", text))):
        return None
    days_text = found.group("days").lower()
    count = len(set(_ONE_DAY.findall(days_text)))
    if " eller " in days_text:
        count = 1
    every = (found.group("every") or "").lower()
    plural = bool(re.search(r"dagar|s?(?:kvällar|morgnar|nätter|eftermiddagar)\b", days_text))
    if every not in ("varje", "var", "alla", "samtliga"):
        return None  # "på måndag", "under fredagskvällar": when it is done, not how often
    sure = every in ("varje", "var") and not plural and " eller " not in days_text
    goal: dict[str, Any] = {"exactly": count}
    part = next((many for one, many in _DAY_PARTS.items() if one in days_text), None)
    if part and count > 1:
        goal["unit"] = part
    goal["per"] = "week"
    return GoalGuess(goal, not sure)


_CLOCK = re.compile(r"\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?"
                    r"(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?)?", re.IGNORECASE)
"""'kl. 18–23', 'klockan 19.00': a time of day, no count."""
_YEAR = re.compile(r"(?<![\d.,:/-])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?(?![\d.,:/-]?\d)")
"""'under 2031', 'läsåret 2031–2032': a year, no count."""


def _every_weekday(text: str) -> re.Match[str] | None:
    """The first weekdays named after "varje", "var", "alla" or "samtliga" ("… fredagar kl.
    18–23. Varje fredag under läsåret"), when an earlier mention only says when."""
    for number, found in enumerate(_WEEKDAYS.finditer(text)):
        if number >= 10:
            break
        if (found.group("every") or "").lower() in ("varje", "var", "alla", "samtliga"):
            return found
    return None


def guess_goal(text: str) -> GoalGuess:
    """The goal a commitment's text states, or None for ongoing work; `unclear` for review."""
    text = text[:2000]  # a commitment is a few sentences: a longer line is not read further
    if _PER_PLACE.search(text):
        found = _guess(text)
        return GoalGuess(found.goal, True)
    return _guess(text)


def _guess(text: str) -> GoalGuess:
    if _VAGUE.search(text):
        return GoalGuess(None, True)
    weekdays = _weekdays(text) or _bare_weekdays(text) or _seasons_named(text)
    if weekdays:
        return weekdays
    on_days = _WEEKDAYS.search(text) is not None  # with a count too: per week, or in all?
    change = _FROM_TO.search(text)
    if change and number_value(change.group(2).lower()) and number_value(change.group(3).lower()):
        # "utöka antalet fältarbetare från två till fyra": the number to reach, to check
        target = number_value(change.group(3).lower())
        return GoalGuess({"exactly": target, "unit": change.group(1).lower()}, True)
    tokens = tokenize(text)
    period, unsupported, used = _find_rate(tokens)
    counts: list[_Count] = []
    first_word = ""
    first_at = 0
    unclear = unsupported
    by_adjective = any(tokens[i].text in _RATE_ADJECTIVES for i in used)
    unclear = unclear or any(t.text in _SHARES for t in tokens)
    notes: list[str] = []
    for i in range(len(tokens)):
        count, odd = _read_count(tokens, i, used, text)
        if odd:
            unclear = True
            notes.append(_clause_at(text, tokens[i].start))
        if count:
            counts.append(count)
            if len(counts) == 1:
                first_word = tokens[i].text
                first_at = tokens[i].start
    if unsupported:
        return GoalGuess(None, True)
    if counts and not period and counts[0].value == 1 and first_word in ("en", "ett"):
        single = _single_dated_event(text)
        if single == "day":
            return GoalGuess({"milestone": True}, True)
        unclear = unclear or single == "season"
    if counts and period and _rate_in_later_sentence(text, tokens, used, first_at):
        period, unclear = None, True  # "minst 25 insatser under perioden. … två gånger i månaden"
    if counts:
        first = counts[0]
        goal: dict[str, Any] = {first.kind: first.value}
        if first.value == 1 and first_word in ("en", "ett"):
            goal[first.kind] += _ones_more(text[first_at:])  # "en i Åmot och en i Jädraås"
        if first.unit:
            goal["unit"] = first.unit
        if period:
            goal["per"] = period
        if notes:
            goal["note"] = "; ".join(dict.fromkeys(notes))
        several = len({(c.value, c.unit) for c in counts}) > 1
        # "fyra kvartalsvisa möten": four in all, or one a quarter? marked
        return GoalGuess(goal, unclear or several or (on_days and not period) or by_adjective)
    if period:
        return GoalGuess({"exactly": 1, "per": period}, unclear)
    if unclear:
        return GoalGuess(None, True)
    if is_milestone(text) or deliverable_with_deadline(text):
        return GoalGuess({"milestone": True})
    return GoalGuess(None, _every_weekday(text) is not None)  # "varje fredag": how often? check


_ONE_OF = re.compile(r"^(?:en|ett)\s+(?=[^\W\d_])", re.IGNORECASE)
_COUNT_WORD = re.compile(r"\d|\b(?:en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|"
                         r"femton|tjugo|trettio|fyrtio|femtio|hundra)\b", re.IGNORECASE)


def guess_extent(cell: str) -> GoalGuess | None:
    """The goal an extent cell states by itself ("Minst 30 kontroller", "Ett möte i april
    2023": one), when it states a number; None when it names none ("Varje fredag", "Hösten
    2023"), so that the commitment's whole text is read instead."""
    cell = cell[:600].strip()
    if not _COUNT_WORD.search(_CLOCK.sub(" ", cell)):
        return None
    one = _ONE_OF.match(cell)
    if one:  # "Ett möte i april 2023": a count of one, as the column says how many
        cell = "1 " + cell[one.end():]
    found = _guess(cell)
    return found if found.goal and not found.goal.get("milestone") else None


_DAY_NAME = r"(mån|tis|ons|tors|fre|lör|sön)dag(?:ar(?:na)?|en)?"
_DAY_RANGE = re.compile(rf"\b{_DAY_NAME}\s*[–—-]\s*{_DAY_NAME}\b", re.IGNORECASE)
_DAY_ORDER = ("mån", "tis", "ons", "tors", "fre", "lör", "sön")
_BARE_DAYS = re.compile(
    rf"(?<![\wåäö-])(?P<days>{_DAY}(?:(?:\s*,\s*|\s+och\s+|\s+samt\s+){_DAY})"
    rf"{{0,6}})(?:\s+(?:kväll|kvällar|kvällen|natt|nätter|eftermiddag|eftermiddagar))?"
    rf"(?![\wåäö-])", re.IGNORECASE)
_AT_CLOCK = re.compile(r"^\s*(?:kväll(?:ar|en)?\s+)?(?:kl\.?|klockan)\s*\d", re.IGNORECASE)
_OPENS = re.compile(r"(?:^|[.:]\s+)$")
_WHEN_WORDS = re.compile(r"\b(?:på|under|om|till|från|särskilt|framför allt|främst|bland annat|"
                         r"t\.ex\.|exempelvis|även|ofta|oftast|vissa|någon|några|nästa|"
                         r"kommande|senast|före|efter|inför|eller)\s*$", re.IGNORECASE)
_ALL_YEAR = re.compile(r"^\s*(?:kväll(?:ar|en)?\s+)?(?:under\s+)?(?:hela\s+(?:året|terminen|"
                       r"läsåret|perioden|sommaren|sommarlovet|skolåret)|året runt)\b",
                       re.IGNORECASE)


def _bare_weekdays(text: str) -> GoalGuess | None:
    """A rate per week, marked, from weekdays named with no "varje" and no preposition:
    "patrullerar torget fredag och lördag kväll" (twice a week), a column's "Fredag–lördag kl
    18–23" (a span of days), "fredagar under hela året" (a plural, when the whole year or
    term follows). "på fredagar", "särskilt fredagar", "fredagar och lördagar under sommaren"
    say when, not how often: None. Clock times and years are no count."""
    plain = _YEAR.sub(" ", _CLOCK.sub(" ", text[:600]))
    if _DIGIT_OR_COUNT.search(plain) or re.search(r"\b(?:per|varje|var|alla|samtliga)\b",
                                                   plain, re.IGNORECASE):
        return None
    span = _DAY_RANGE.search(text[:600])
    if span and not _WHEN_WORDS.search(text[max(0, span.start() - 25): span.start()]):
        first = _DAY_ORDER.index(span.group(1).lower())
        last = _DAY_ORDER.index(span.group(2).lower())
        count = last - first + 1 if last >= first else last + 8 - first
        return GoalGuess({"exactly": count, "per": "week"}, True)
    found = _BARE_DAYS.search(text[:600])
    if not found or _WHEN_WORDS.search(text[max(0, found.start() - 25): found.start()]):
        return None
    days = found.group("days").lower()
    plural_days = bool(re.search(r"dagar|s?(?:kvällar|morgnar|nätter|eftermiddagar)\b", days))
    after = text[found.end(): found.end() + 40]
    scheduled = _OPENS.search(text[max(0, found.start() - 3): found.start()]) \
        and _AT_CLOCK.match(after)  # a column's "Fredagar kl. 18–23"
    if plural_days and not _ALL_YEAR.match(after) and not scheduled \
            and not _OPEN_DAYS.search(text[:600]):
        return None  # "fredagar och lördagar under sommaren": when, not how often
    count = len(set(_ONE_DAY.findall(days)))
    return GoalGuess({"exactly": count, "per": "week"}, True)


_MONTHS_RE = ("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
              "december|jan|feb|aug|sept|okt|nov|dec")
_ON_A_DAY = re.compile(rf"\b(?:den\s+)?\d{{1,2}}(?::e|:a|e|a)?\s+(?:{_MONTHS_RE})\b\.?",
                       re.IGNORECASE)
_DATED = re.compile(rf"\b(?:under|i|till|före|inför)\s+(?:början av\s+|slutet av\s+)?"
                    rf"(?:våren|hösten|sommaren|vintern|{_MONTHS_RE})\b|\binför\b",
                    re.IGNORECASE)
_INVITES = {"till"}
"""'bjuder in till ett medborgarmöte under hösten': one event, to confirm."""


def _invited_to_dated(tokens: list[Token], i: int, text: str) -> bool:
    """True for "bjuder in till ett …" (one event the parties invite to) when the text dates
    it ("under hösten", "den 25:e aug")."""
    return (i >= 3 and _phrase(tokens, i - 3, 3) in ("bjuder in till", "bjuda in till")
            and bool(_DATED.search(text[:600]) or _ON_A_DAY.search(text[:600])))


def _single_dated_event(text: str) -> str | None:
    """Whether one event ("en förbättringsvandring", "ett medborgarmöte") is dated in the text:
    "day" ("den 25:e aug": a milestone), "season" ("under hösten", "i maj", "inför …": a count
    of one); either way to be marked (a person says whether it is one event or the work it
    opens)."""
    head = text[:600]
    if _ON_A_DAY.search(head):
        return "day"
    return "season" if _DATED.search(head) else None


_SEASON_PAIR = re.compile(r"\b(?:varje|var|alla|båda)\s+(?:vår|höst|sommar|vinter)(?:en)?\s+"
                          r"(?:och|samt)\s+(?:vår|höst|sommar|vinter)(?:en)?\b", re.IGNORECASE)


def _seasons_named(text: str) -> GoalGuess | None:
    """Twice a year, marked, for "varje vår och höst" (one each season named), when the text
    gives no other count."""
    found = _SEASON_PAIR.search(text[:600])
    if not found or _DIGIT_OR_COUNT.search(_YEAR.sub(" ", _CLOCK.sub(" ", text[:600]))):
        return None
    return GoalGuess({"exactly": 2, "per": "year"}, True)


_OPEN_DAYS = re.compile(r"\b(?:öppe[nt]|öppna|öppethållande|öppettider|håller öppet)\b",
                        re.IGNORECASE)
"""'hålla fritidsgården öppen fredagar och lördagar under sommarlovet': the days it is open,
so many a week in that window (marked), not only when."""
_ONE_MORE = re.compile(r"(?:,|\s(?:och|samt))\s+(?:en|ett)\s+(?:till\s+)?(?:i|på|vid|för|"
                       r"inom|med)\s+(?=[A-ZÅÄÖ\w])", re.IGNORECASE)
_ONES_READ = 300


def _ones_more(text: str) -> int:
    """How many more of the one thing counted a text names by place after it ("en
    trygghetsvandring i Åmot och en i Jädraås": one more), within its first sentence."""
    head = text[:_ONES_READ]
    end = _SENTENCE_STOP.search(head)
    return len(_ONE_MORE.findall(head[: end.start()] if end else head))


_SENTENCE_STOP = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])")


def _rate_in_later_sentence(text: str, tokens: list[Token], used: set[int],
                            first_at: int) -> bool:
    """True when the rate read stands in a sentence after the one with the first count ("minst
    25 riktade insatser under perioden. Kontoret står där två gånger i månaden"): the rate is
    the next sentence's, not the count's."""
    if not used:
        return False
    rate_at = tokens[min(used)].start
    return rate_at > first_at and _SENTENCE_STOP.search(text, first_at, rate_at) is not None
