"""Values a person types where a code is asked for: the code, or its word in either language.

The user reads Swedish words ("efter plan", "ägare", "kvartal"); the file, JSON and the docs
use codes ("behind", "owner", "quarter"). Every option that takes one of a few codes accepts
both through `code_of`, and says what it accepts in the run's language (`choices_text`).
Case, hyphens, underscores and extra spaces do not matter: `On-Track`, `on_track`, `i fas`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from medborgarlofte.i18n import t

Words = Mapping[str, Sequence[str]]
"""code → the words that mean it (besides the code itself); the first is the Swedish one."""

BY: Words = {"owner": ("ägare", "ägaren"), "priority": ("prioritering", "prioriteringar")}
STATUS_FORMATS: Words = {"table": ("tabell",), "markdown": ("md",), "json": (), "csv": (),
                         "csv-machine": ()}
REPORT_FORMATS: Words = {"html": ("webbsida",), "md": ("markdown",), "csv": (),
                         "xlsx": ("excel",)}
TABLES: Words = {"commitments": ("löften",), "activities": ("aktiviteter",),
                 "indicators": ("indikatorer",), "measurements": ("mätningar", "mätvärden")}
CATEGORY_WORDS: Words = {"missed": ("missat", "missade"), "ended": ("avslutat", "avslutade")}
"""Status categories that are no status of their own (their words are not status words)."""


def normalised(word: str) -> str:
    """'On-Track ' and 'on_track' both as 'on track'."""
    return " ".join(word.strip().lower().replace("_", " ").replace("-", " ").split())


def code_of(value: str, words: Words) -> str | None:
    """The code `value` names (a code or one of its words), None if none."""
    wanted = normalised(value)
    for code, aliases in words.items():
        if wanted in {normalised(code), *(normalised(a) for a in aliases)}:
            return code
    return None


def choices_text(words: Words, lang: str) -> str:
    """What may be typed, for a message: Swedish words in Swedish, codes in English."""
    if lang == "sv":
        return ", ".join(aliases[0] if aliases else code for code, aliases in words.items())
    return ", ".join(words)


def status_words(codes: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The status codes with their Swedish and English words ('behind': 'efter plan')."""
    result: dict[str, tuple[str, ...]] = {}
    for code in codes:
        key = f"status.word.{code}"
        from medborgarlofte.i18n import CATALOGUE

        if key in CATALOGUE:
            result[code] = (t(key, "sv"), t(key, "en"))
        else:
            result[code] = tuple(CATEGORY_WORDS.get(code, ()))
    return result
