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
STATUS_FORMATS: Words = {"table": ("tabell",), "markdown": ("markdown", "md"), "json": (),
                         "csv": (), "csv-machine": ("csv-maskin",)}
TARGET_FORMATS: Words = {"table": ("tabell",), "markdown": ("markdown", "md")}
VALIDATE_FORMATS: Words = {"text": (), "json": (), "github": ()}
REPORT_FORMATS: Words = {"html": ("webbsida",), "md": ("markdown",), "csv": (),
                         "xlsx": ("excel",)}
TABLES: Words = {"commitments": ("löften",), "activities": ("aktiviteter",),
                 "indicators": ("indikatorer",), "measurements": ("mätningar", "mätvärden")}
CATEGORY_WORDS: Words = {"missed": ("missat", "missade"), "ended": ("avslutat", "avslutade")}
"""Status categories that are no status of their own (their words are not status words)."""
QUALIFIERS: Words = {"exact": ("exakt",), "approx": ("ca", "cirka", "about"),
                     "at_least": ("minst", "at least")}
"""log --qualifier and the import's qualifier column (the file keeps the code)."""
CADENCES: Words = {"tertial": (), "quarter": ("kvartal",), "half-year": ("halvår", "halvar"),
                   "year": ("år", "ar")}
"""init --cadence and its prompt."""
PARTY_KINDS: Words = {"polis": ("polis", "police"), "kommun": ("kommun", "municipality"),
                      "other": ("annan", "övrig")}
"""The KIND of init --add-party NAME:KIND."""
OUTCOMES = ("met", "not_met", "carried_forward", "closed_early", "dropped")
"""The end states of `pledge outcome --status` (their words are the status words)."""

_METAVARS: dict[str, Words] = {}
"""'table|markdown|…' (as a command declares it) → the words it stands for (`metavar`)."""


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


def metavar(words: Words) -> str:
    """The metavar of an option taking one of `words` ('table|markdown'); the help shows it
    in the run's language (cli.chrome asks `metavar_words`)."""
    shown = "|".join(words)
    _METAVARS[shown] = words
    return shown


def metavar_words(shown: str, lang: str) -> str | None:
    """A metavar made by `metavar` in `lang` ('tabell|markdown'); None for any other."""
    words = _METAVARS.get(shown)
    return None if words is None else choices_text(words, lang).replace(", ", "|")


def completions(words: Words, lang: str, incomplete: str) -> list[str]:
    """What completes `incomplete`: the words shown in `lang` (Swedish words in Swedish),
    else (when none of them does) any other word or code that starts so; a space as a
    hyphen ('förs-vidare', which `code_of` reads alike): a shell splits at spaces."""
    shown = choices_text(words, lang).split(", ")
    others = [w for code, aliases in words.items() for w in (code, *aliases)]
    wanted = incomplete.lower().replace(" ", "-")
    for candidates in (shown, others):
        found: list[str] = []
        for word in (w.replace(" ", "-") for w in candidates):
            if word.lower().startswith(wanted) and word not in found:
                found.append(word)
        if found:
            return found
    return []


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
