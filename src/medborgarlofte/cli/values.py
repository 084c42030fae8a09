"""Option values every command reads the same way: days, written once for --date, --until,
--as-of, --from, --to, --decided (ISO `2024-03-12`, `idag`/`igår`/`today`/`yesterday`), and
codes (`choose`: the code or its word, cli.choices).

Imports only the catalogue-facing helpers of cli.common at module level; the core's parser
is imported when a value is read.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from medborgarlofte.cli.common import today, usage_error

if TYPE_CHECKING:
    from medborgarlofte.cli.choices import Words


def day_or_exit(value: str, option: str, lang: str | None,
                key: str = "status.bad_date") -> dt.date:
    """The day `value` names, or exit 2 with the message `key` naming the option."""
    from medborgarlofte.core.entries.records import parse_day

    day = parse_day(value, today())
    if day is None:
        usage_error(key, lang, option=option, value=value)
    return day


def optional_day(value: str | None, option: str, lang: str | None,
                 key: str = "status.bad_date") -> dt.date | None:
    """As `day_or_exit`, None when the option is not given."""
    return None if value is None else day_or_exit(value, option, lang, key)


def choose(value: str, words: Words, lang: str | None, key: str, **params: str) -> str:
    """The code `value` names, or exit 2 with the message `key`, which gets `value` and
    `choices` (what may be typed, in the run's language) besides `params`."""
    from medborgarlofte.cli.choices import choices_text, code_of
    from medborgarlofte.cli.common import message_language

    code = code_of(value, words)
    if code is None:
        usage_error(key, lang, value=value,
                    choices=choices_text(words, message_language(lang)), **params)
    return code
