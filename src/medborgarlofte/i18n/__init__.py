"""One message catalogue, Swedish and English, for everything a person reads.

Each area keeps its messages in a module of its own (`MESSAGES = {key: (sv, en)}`) so that
commands do not step on each other; `CATALOGUE` joins them and a test checks that every key
has both languages with the same placeholders.
"""

from __future__ import annotations

import errno
import os
import re
from typing import Any

from medborgarlofte.i18n import (
    chrome,
    cli,
    correct,
    counts,
    csvheads,
    diagnostics,
    grammar,
    init,
    log,
    merge,
    peoplecsv,
    pledgekeys,
    report,
    safety,
    site,
    status,
    view,
)
from medborgarlofte.text.personnummer import mask_identity_numbers
from medborgarlofte.text.published import publishable

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
_NESTED = ("type.", "kind.", "yaml.", "os.")
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")

CATALOGUE: dict[str, tuple[str, str]] = {}
for _area in (diagnostics, cli, log, status, report, init, safety, site, correct, merge, view,
              chrome, counts, grammar, csvheads, pledgekeys, peoplecsv):
    for _key, _texts in _area.MESSAGES.items():
        if _key in CATALOGUE:
            raise RuntimeError(f"message key {_key!r} defined twice")
        CATALOGUE[_key] = _texts


def t(key: str, lang: str, /, **params: Any) -> str:
    """The message `key` in `lang`, filled with `params` (type names are translated too)."""
    texts = CATALOGUE[key]
    text = texts[1] if lang == "en" else texts[0]
    if not params:
        return text
    filled = {k: _param(v, lang) for k, v in params.items()}
    return text.format(**filled)


def _param(value: Any, lang: str) -> Any:
    """A parameter as a message may show it: a nested key translated; any other text (an
    argument, a file name, a value from the file) with personal identity numbers masked,
    control characters replaced (see `text.published`) and line breaks made spaces (a file
    named 'x\n::error::…' must not start a line of its own in a CI log, where the runner
    would read it as a workflow command), whatever the caller passed."""
    if isinstance(value, os.PathLike):
        value = os.fsdecode(value)
    if isinstance(value, str):
        if value.startswith(_NESTED) and value in CATALOGUE:
            return t(value, lang)
        return publishable(_LINE_BREAK.sub(" ", mask_identity_numbers(value)))
    return value


def os_reason(error: OSError, lang: str) -> str:
    """Why the system refused, in `lang` ('åtkomst nekad'); its own words when unknown."""
    name = errno.errorcode.get(error.errno or 0, "")
    key = f"os.{name}"
    if key in CATALOGUE:
        return t(key, lang)
    return error.strerror or type(error).__name__


def os_reason_key(error: OSError) -> str:
    """The catalogue key of the reason ('os.EACCES'), or the system's words when unknown;
    for problems, which carry keys and are translated when shown."""
    key = f"os.{errno.errorcode.get(error.errno or 0, '')}"
    return key if key in CATALOGUE else (error.strerror or type(error).__name__)
