"""The one rule that picks the language of a run, for help texts and messages alike.

1. `--lang sv|en` anywhere on the command line (`pledge --lang en --help`, `pledge status
   --lang sv --help`);
2. `$PLEDGE_LANG`: the same choice, made once for a shell or a CI job;
3. the language of the pledge file the run works on (`-f FILE`, else the default file), as
   its text says (`language: en`; a pledge without the key is Swedish, the model's default);
4. the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`): English for a named non-Swedish locale
   (`en_US.UTF-8`, `de_DE`), else Swedish — for `sv*`, and also for `C`/`POSIX` and no
   locale at all, which say nothing about the person (containers and CI run so), so that
   the tool's own default holds: a Swedish tool for Swedish municipalities.

The rule is pure (the caller passes the arguments, the environment and a file reader) and
imports nothing heavy: it runs before `pledge --help` is drawn.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from medborgarlofte.text.languages import language_code

LANGUAGES = ("sv", "en")
LANGUAGE_LINE = re.compile(r"^\s+language:\s*['\"]?(sv|en)\b", re.M)
"""`language: en` under `pledge:`, read from the text (a broken file has no model)."""
HEAD_BYTES = 64 * 1024
"""How much of the file is scanned: the `pledge:` block comes first in every pledge."""


def bad_lang_in_args(args: Sequence[str]) -> str | None:
    """The first `--lang` value on the command line that names no language, if any."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            args[i + 1] if arg == "--lang" and i + 1 < len(args) else None)
        if value is not None and language_code(value) is None:
            return value
    return None


def language_in_text(text: str) -> str | None:
    """The `language:` a pledge file's text declares, if any."""
    match = LANGUAGE_LINE.search(text)
    return match.group(1) if match else None


def lang_in_args(args: Sequence[str]) -> str | None:
    """The (last valid) `--lang` value on the command line."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = arg.split("=", 1)[1] if arg.startswith("--lang=") else (
            args[i + 1] if arg == "--lang" and i + 1 < len(args) else None)
        if language_code(value) is not None:
            found = language_code(value)
    return found


def file_in_args(args: Sequence[str]) -> str | None:
    """The `-f/--file` value on the command line."""
    for i, arg in enumerate(args):
        if arg.startswith("--file="):
            return arg.split("=", 1)[1]
        if arg in ("-f", "--file") and i + 1 < len(args):
            return args[i + 1]
    return None


def locale_language(environ: Mapping[str, str]) -> str:
    """en for a named non-Swedish locale; sv for a Swedish one, C, POSIX or none."""
    locale = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    name = locale.split(".", 1)[0]
    if name in ("", "C", "POSIX") or name.startswith("sv"):
        return "sv"
    return "en"


def chosen_language(explicit: str | None, environ: Mapping[str, str]) -> str | None:
    """Steps 1 and 2 of the rule: --lang, else $PLEDGE_LANG (None: neither is set)."""
    return language_code(explicit) or language_code(environ.get("PLEDGE_LANG"))


def run_language(args: Sequence[str], environ: Mapping[str, str],
                 file_text: Callable[[str | None], str | None]) -> str:
    """The language of a run (the whole rule). `file_text(explicit)` gives the head of the
    pledge file the run would use (`-f` value or None for the default), None if unreadable."""
    chosen = chosen_language(lang_in_args(args), environ)
    if chosen:
        return chosen
    text = file_text(file_in_args(args))
    if text is not None:
        return language_in_text(text) or "sv"
    return locale_language(environ)
