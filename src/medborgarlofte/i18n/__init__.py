"""One message catalogue, Swedish and English, for everything a person reads.

Each area keeps its messages in a module of its own (`MESSAGES = {key: (sv, en)}`) so that
commands do not step on each other; `CATALOGUE` joins them and a test checks that every key
has both languages with the same placeholders.
"""

from __future__ import annotations

from typing import Any

from medborgarlofte.i18n import cli, diagnostics, init, log, report, status

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"
_NESTED = ("type.", "kind.", "yaml.")

CATALOGUE: dict[str, tuple[str, str]] = {}
for _area in (diagnostics, cli, log, status, report, init):
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
