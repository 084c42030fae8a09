"""Text from the pledge file made safe for the place it is published in: one guard for every
spreadsheet cell (CSV and XLSX) and one escape for every Markdown text, used by the report,
`status` and `events` alike. Both also apply `text.published.publishable`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from medborgarlofte.text.personnummer import mask_identity_numbers
from medborgarlofte.text.published import publishable

FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""What makes a spreadsheet read a cell as a formula (the full-width forms too, which Excel
takes for their ASCII twins); leading spaces do not stop it."""
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def spreadsheet_text(text: str) -> str:
    """A text cell that no spreadsheet runs as a formula: a leading apostrophe where it
    would (the usual guard against formula injection), forbidden characters replaced."""
    text = publishable(text)
    return "'" + text if text.lstrip(" ").startswith(FORMULA_START) else text


def spreadsheet_value(value: Any) -> Any:
    """A CSV cell: '' for none, text guarded, numbers as they are."""
    if value is None:
        return ""
    return spreadsheet_text(value) if isinstance(value, str) else value


def markdown_text(text: str) -> str:
    """Text as a literal in Markdown: special characters escaped (so '<script>' is text,
    not HTML, and '![x](url)' no image), lines joined."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(publishable(text).split()))


def json_safe(value: Any) -> Any:
    """`value` for JSON: a non-finite number (from `.inf` or `.nan` in the file) becomes
    null, so the output is JSON (which has no Infinity or NaN) and never crashes."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_safe(v) for v in value]
    return value


def file_name(path: str) -> str:
    """A file's name as an output shows it: it comes from the command line, not the file, so
    the file's check never saw it; a personal identity number in it is masked."""
    return mask_identity_numbers(path)
