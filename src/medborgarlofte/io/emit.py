"""YAML text for one list item, in the file's own style, quoting whatever YAML could misread.

The writer never re-dumps a document; it inserts the text made here. Strings stay plain when
that is unambiguous and are quoted otherwise: words YAML 1.1 or 1.2 reads as booleans or null
(`no`, `yes`, `on`, `y`), anything that looks like a number, date or time (`1e3`, `12:30`,
`2024-13-01`), indicator characters, `#`, `: `, leading or trailing spaces; text with line
breaks or control characters is written double-quoted with escapes. The writer re-parses
every emitted item before it touches a file, so a mistake here can only refuse, never corrupt.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import yaml

Scalar = str | int | float | bool | dt.date
Value = Scalar | Sequence[Scalar]
Item = Mapping[str, Value | None] | Scalar
"""A list item: a mapping of scalars or lists of scalars (None values are left out)."""

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = yaml.resolver.Resolver()
_FIRST_INDICATORS = set("-?:,[]{}#&*!|>'\"%@`. ")
_FLOW_INDICATORS = set(",[]{}:?")  # PyYAML ends a plain scalar at these inside [ ]
_WORDS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
_NUMBER_LIKE = re.compile(r"[-+]?(?:[0-9][0-9_.,:eExXoObB+-]*|\.[0-9a-zA-Z]+)")
_PRINTABLE_CLASS = (  # YAML's printable characters, less line breaks (NEL, LS, PS), BOM
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")


@functools.cache
def _printable() -> re.Pattern[str]:
    """The pattern of `_PRINTABLE_CLASS`, compiled when first needed (5 ms: a reading
    command never writes YAML)."""
    return re.compile(_PRINTABLE_CLASS)
_ESCAPES = {
    "\0": "\\0", "\a": "\\a", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\v": "\\v",
    "\f": "\\f", "\r": "\\r", "\x1b": "\\e", '"': '\\"', "\\": "\\\\", "\x85": "\\N",
    "\u2028": "\\L", "\u2029": "\\P",
}


@dataclass(frozen=True)
class Style:
    """How items of one list are written in this file."""

    indent: int = 2
    """Column of the item's '-'."""
    offset: int = 2
    """Columns from the '-' to the item's keys (`- date:` is 2)."""
    quote: str = '"'
    """The quote the file prefers for strings that need one."""
    newline: str = "\n"
    flow: bool = False
    """Items as one-line flow mappings: `- {date: 2024-01-15, value: 12}`."""


def emit_items(items: Sequence[Item], style: Style) -> str:
    """The lines of the items, each line ending with the style's newline."""
    return "".join(emit_item(item, style) for item in items)


def emit_item(item: Item, style: Style) -> str:
    """One item as block lines: '- key: value' then the other keys below it."""
    dash = " " * style.indent + "-" + " " * (style.offset - 1)
    if not isinstance(item, Mapping):
        return dash + emit_scalar(item, style.quote) + style.newline
    if style.flow:
        return dash + emit_flow_mapping(item, style.quote) + style.newline
    pairs = [f"{key}: {emit_value(value, style.quote)}" for key, value in _present(item)]
    if not pairs:
        return dash + "{}" + style.newline
    inner = " " * (style.indent + style.offset)
    lines = [dash + pairs[0], *(inner + pair for pair in pairs[1:])]
    return "".join(line + style.newline for line in lines)


def emit_flow_mapping(item: Mapping[str, Value | None], quote: str = '"') -> str:
    """`{date: 2024-01-15, value: 12, source: register}`."""
    pairs = [f"{key}: {emit_value(value, quote, flow=True)}" for key, value in _present(item)]
    return "{" + ", ".join(pairs) + "}"


def emit_value(value: Value, quote: str = '"', flow: bool = False) -> str:
    """A scalar, or a list of scalars as a flow sequence `[a, b]`."""
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "[" + ", ".join(emit_flow_mapping(v, quote) if isinstance(v, Mapping)  # results
                               else emit_scalar(v, quote, flow=True) for v in value) + "]"
    return emit_scalar(value, quote, flow)


def emit_scalar(value: Scalar, quote: str = '"', flow: bool = False) -> str:
    """One scalar as YAML text that reads back as exactly `value` (and its type)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, dt.datetime):
        raise TypeError("date-times are not part of the pledge format")
    if isinstance(value, dt.date):
        return value.isoformat()
    if is_plain_safe(value, flow):
        return value
    if quote == "'" and all(_printable().match(c) for c in value):
        return "'" + value.replace("'", "''") + "'"
    return double_quoted(value)


def is_plain_safe(text: str, flow: bool = False) -> bool:
    """True when `text` reads back as the same string without quotes, in any YAML reader."""
    if not text or text != text.strip() or text[0] in _FIRST_INDICATORS:
        return False
    if not all(_printable().match(c) for c in text):
        return False  # line breaks, tabs, control characters, BOM
    if "#" in text or ": " in text or text.endswith(":") or set(text) & set("[]{}"):
        return False
    if flow and set(text) & _FLOW_INDICATORS:
        return False
    if text.lower() in _WORDS or _NUMBER_LIKE.fullmatch(text):
        return False
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(tag == _STR_TAG)


def double_quoted(text: str) -> str:
    """`text` as a double-quoted YAML scalar with escapes for everything not printable."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _printable().match(char):
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'


def _float_text(value: float) -> str:
    if math.isnan(value):
        return ".nan"
    if math.isinf(value):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value)
    if "." not in text:  # PyYAML reads 1e+20 as a string: a float needs its dot
        text = text.replace("e", ".0e") if "e" in text else text + ".0"
    return text


def _present(item: Mapping[str, Value | None]) -> list[tuple[str, Value]]:
    return [(key, value) for key, value in item.items() if value is not None]
