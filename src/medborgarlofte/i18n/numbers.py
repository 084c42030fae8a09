"""Numbers and counted words, one way for every output: status, measure, log, report.

- `number_text(16.5, "sv")` → '16,5'; `number_text(12.04, "sv")` → '12' (at most one decimal,
  never '12.' or '+2.'); `number_text(12345, "sv")` → '12 345' with a no-break space between
  the groups (Swedish), '12,345' in English. Groups start at five digits (Språkrådet: four-digit
  numbers are written together).
- `signed_text(2, lang)` → '+2', '−1,5' (a real minus sign), '0'.
- `unit_for("insatser", 1, "sv")` → 'insats': the file gives a goal's unit in the plural (as the
  published pledge says "4 insatser"); for one, Swedish needs the singular ("1 insats",
  "minst 1 föreläsning"). Known words come from a table, others by the regular endings.
"""

from __future__ import annotations

NBSP = "\u00a0"
"""Between digit groups in Swedish: a space that never breaks a number over two lines."""


def number_text(value: float, lang: str, decimals: int = 1) -> str:
    """A number for a person: at most `decimals` decimals, none when they are zero."""
    rounded = round(float(value), decimals) or 0.0  # `or`: no '-0'
    whole, _, fraction = f"{abs(rounded):.{decimals}f}".partition(".")
    fraction = fraction.rstrip("0")
    if len(whole) >= 5:
        groups = [whole[max(0, i - 3):i] for i in range(len(whole), 0, -3)][::-1]
        whole = (NBSP if lang == "sv" else ",").join(groups)
    text = whole + ((("," if lang == "sv" else ".") + fraction) if fraction else "")
    return ("-" if rounded < 0 else "") + text


def signed_text(value: float, lang: str) -> str:
    """A change with its sign: '+2', '−1,5', '0'."""
    text = number_text(abs(value), lang)
    if text in ("0", "0,0"):
        return "0"
    return f"+{text}" if value > 0 else f"−{text}" if value < 0 else text


_SINGULAR_SV = {
    "tillfällen": "tillfälle", "möten": "möte", "timmar": "timme", "dagar": "dag",
    "veckor": "vecka", "månader": "månad", "gånger": "gång", "år": "år", "st": "st",
    "personer": "person", "besök": "besök", "deltagare": "deltagare", "kronor": "krona",
    "insatser": "insats", "föreläsningar": "föreläsning", "aktiviteter": "aktivitet",
    "kontroller": "kontroll", "kampanjer": "kampanj", "utbildningar": "utbildning",
    "träffar": "träff", "trygghetsvandringar": "trygghetsvandring", "områden": "område",
    "skolor": "skola", "händelser": "händelse", "samtal": "samtal", "ärenden": "ärende",
    "läger": "läger", "nummer": "nummer", "seminarier": "seminarium", "meter": "meter",
    "kilometer": "kilometer", "liter": "liter", "filter": "filter", "program": "program",
    "evenemang": "evenemang", "fall": "fall", "tester": "test", "kurser": "kurs",
}


_ADJECTIVE_SV = (("ade", "ad"), ("iska", "isk"), ("liga", "lig"), ("nya", "ny"))


def unit_for(unit: str, count: float, lang: str) -> str:
    """The unit as it goes with `count`: singular for exactly one, else as the file says
    ('riktade insatser' → 'riktad insats')."""
    if count != 1 or not unit:
        return unit
    words = unit.split(" ")
    words[-1] = _singular(words[-1], lang)
    if lang == "sv":
        for i, word in enumerate(words[:-1]):
            for plural, singular in _ADJECTIVE_SV:
                if word.endswith(plural):
                    words[i] = word[: len(word) - len(plural)] + singular
                    break
    return " ".join(words)


def _singular(word: str, lang: str) -> str:
    lower = word.lower()
    if lang == "en":
        if lower.endswith("ies") and len(word) > 4:
            return word[:-3] + "y"
        if lower.endswith("s") and not lower.endswith("ss"):
            return word[:-1]
        return word
    known = _SINGULAR_SV.get(lower)
    if known is not None:
        return word[0] + known[1:] if word[:1].isupper() else known
    for plural, singular in (("ningar", "ning"), ("ar", ""), ("er", ""), ("or", "a"),
                             ("en", "e")):
        if lower.endswith(plural) and len(word) > len(plural) + 2:
            return word[: len(word) - len(plural)] + singular
    return word


def count_key(key: str, count: int) -> str:
    """`key + '.one'` for one thing, else `key`: the catalogue's two plural forms."""
    return f"{key}.one" if count == 1 else key
