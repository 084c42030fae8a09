"""The names a person may give a language (`--lang`, `$PLEDGE_LANG`): the one rule, in the
layer every other may import (the answer from the cache reads it before anything heavy)."""

from __future__ import annotations

LANGUAGE_WORDS = {"sv": ("sv", "svenska", "swedish", "sv-se", "sv_se"),
                  "en": ("en", "english", "engelska", "en-gb", "en_gb", "en-us", "en_us")}
"""What `--lang` and `$PLEDGE_LANG` accept for each language, in any case."""


def language_code(value: str | None) -> str | None:
    """'EN', 'Svenska', 'english' as en/sv; None for anything else (or nothing)."""
    wanted = (value or "").strip().lower()
    for code, words in LANGUAGE_WORDS.items():
        if wanted in words:
            return code
    return None
