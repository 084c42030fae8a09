"""One message catalogue, Swedish and English, for everything a person reads.

Each area keeps its messages in a module of its own (`MESSAGES = {key: (sv, en)}`) so that
commands do not step on each other; `CATALOGUE` joins them and a test checks that every key
has both languages with the same placeholders.
"""

from __future__ import annotations

import errno
from typing import Any

from medborgarlofte.i18n import cli, diagnostics, init, log, pledgekeys, report, status

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
_NESTED = ("type.", "kind.", "yaml.", "os.")

CATALOGUE: dict[str, tuple[str, str]] = {}
for _area in (diagnostics, cli, log, status, report, init, pledgekeys):
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
    filled = {
        k: t(v, lang) if isinstance(v, str) and v.startswith(_NESTED) and v in CATALOGUE else v
        for k, v in params.items()
    }
    return text.format(**filled)


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
