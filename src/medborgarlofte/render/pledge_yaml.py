"""The YAML text of a new pledge file, in the house style of the shipped `pledge.yaml`.

`render_pledge_yaml(data, lang=…)` writes plain data (dicts in key order, dates, numbers,
text) as block YAML with small records on one line (`period: {start: …, end: …}`,
`goal: {exactly: 4, unit: insatser}`), verbatim texts plain when YAML allows it and
double-quoted otherwise, and multi-line texts as literal blocks. Review notes become comments:
at the end of the line of the key they concern (`owners: [polisen]  # kontrollera: ägare
oklar`), or on a line of their own above the list item. Guide comments tell a person how to
fill each section. Never writes files; the text is re-read by the caller before it is saved.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from medborgarlofte.core.drafting.draft import Review
from medborgarlofte.core.schema.problems import Path
from medborgarlofte.i18n import CATALOGUE, t

WIDTH = 100
_BLOCK_KEYS = {"text", "situation"}
"""Records holding these keys are written one key per line, never on one line."""
_RESERVED = {"y", "yes", "n", "no", "true", "false", "on", "off", "null", "~"}
_NUMBER_LIKE = re.compile(r"[-+0-9.:_eExXoObBa-fA-FtTzZ ]+")
_BAD_FIRST = set("-?:,[]{}#&*!|>'\"%@`<=. ~")
_ESCAPE = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P", "\ufeff": "\\ufeff"}


def yaml_scalar(value: Any, *, flow: bool = False) -> str:
    """One value as a YAML scalar: plain where that reads back the same, else double-quoted."""
    if value is True or value is False:
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    return text if _plain_ok(text, flow) else _double_quoted(text)


def _plain_ok(text: str, flow: bool) -> bool:
    if not text or text != text.strip() or not text.isprintable():
        return False
    if text[0] in _BAD_FIRST or ": " in text or " #" in text or text.endswith(":"):
        return False
    if flow and any(c in text for c in ",[]{}:?#"):  # PyYAML ends flow plain text at these
        return False
    if text.lower() in _RESERVED:
        return False
    return not (_NUMBER_LIKE.fullmatch(text) and any(c.isdigit() for c in text))


def _double_quoted(text: str) -> str:
    out = []
    for char in json.dumps(text, ensure_ascii=False)[1:-1]:
        code = ord(char)
        if char in _ESCAPE:
            out.append(_ESCAPE[char])
        elif 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, Mapping | list)


def _literal_ok(text: str) -> bool:
    """A text worth a literal block: several lines that read back exactly from `|` or `|-`."""
    if "\n" not in text or text.endswith("\n\n") or text.startswith((" ", "\n")):
        return False
    lines = text.rstrip("\n").split("\n")
    return all(line == line.rstrip() and line.replace("\t", "").isprintable() for line in lines)


def flow_text(value: Any) -> str | None:
    """The value on one line ({a: 1}, [x, y]), or None when it holds a text block or nesting."""
    if isinstance(value, Mapping):
        if _BLOCK_KEYS & set(value):
            return None
        parts = []
        for key, item in value.items():
            inner = yaml_scalar(item, flow=True) if _is_scalar(item) else flow_text(item)
            if inner is None or (isinstance(item, str) and "\n" in item):
                return None
            parts.append(f"{yaml_scalar(key, flow=True)}: {inner}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list):
        if not all(_is_scalar(item) and not (isinstance(item, str) and "\n" in item)
                   for item in value):
            return None
        return "[" + ", ".join(yaml_scalar(item, flow=True) for item in value) + "]"
    return None


class _Writer:
    """Lines of the document being written, with the review notes still to place."""

    def __init__(self, lang: str, reviews: dict[Path, list[str]]) -> None:
        self.lang = lang
        self.reviews = reviews
        self.lines: list[str] = []
        self.inside = {p[:n] for p in reviews for n in range(len(p))}
        """Every path that has a note somewhere below it (computed once: linear)."""

    def notes_inside(self, path: Path) -> bool:
        """True when a note waits for a place inside the value at `path` (not on it)."""
        return path in self.inside

    def trailing(self, path: Path) -> str:
        notes = self.reviews.pop(path, [])
        return "  # " + "; ".join(notes) if notes else ""

    def entry(self, prefix: str, key: str, value: Any, indent: int, path: Path) -> None:
        head = f"{prefix}{yaml_scalar(key)}:"
        comment = self.trailing(path)
        if isinstance(value, str) and "\n" in value and _literal_ok(value):
            chomp = "" if value.endswith("\n") else "-"
            self.lines.append(f"{head} |{chomp}{comment}")
            pad = " " * (indent + 2)
            self.lines += [pad + line if line else "" for line in value.rstrip("\n").split("\n")]
            return
        if _is_scalar(value):
            self.lines.append(f"{head} {yaml_scalar(value)}{comment}")
            return
        inline = flow_text(value) if (len(path) > 1 and not self.notes_inside(path)
                                      or not value) else None
        if inline is not None and len(prefix) + len(key) + 2 + len(inline) <= WIDTH:
            self.lines.append(f"{head} {inline}{comment}")
        elif isinstance(value, Mapping):
            self.lines.append(head + comment)
            self.mapping(value, indent + 2, path)
        else:
            self.lines.append(head + comment)
            for i, item in enumerate(value):
                self.item(item, indent + 2, (*path, i))

    def mapping(self, value: Mapping[str, Any], indent: int, path: Path) -> None:
        for key, item in value.items():
            self.entry(" " * indent, key, item, indent, (*path, key))

    def item(self, value: Any, indent: int, path: Path) -> None:
        pad = " " * indent
        self.lines += [f"{pad}# {note}" for note in self.reviews.pop(path, [])]
        inline = None if _is_scalar(value) or self.notes_inside(path) else flow_text(value)
        if _is_scalar(value):
            self.lines.append(f"{pad}- {yaml_scalar(value)}")
        elif inline is not None and (indent + 2 + len(inline) <= WIDTH or not value):
            self.lines.append(f"{pad}- {inline}")
        else:  # the content one level in, then the dash over its first line's indentation
            first = len(self.lines)
            if isinstance(value, Mapping):
                self.mapping(value, indent + 2, path)
            else:
                for i, item in enumerate(value):
                    self.item(item, indent + 2, (*path, i))
            self.lines[first] = f"{pad}- " + self.lines[first][indent + 2:]


def _placed(path: Path, data: Any) -> Path:
    """The longest part of `path` that exists in `data` (a note on a missing key moves up)."""
    node, found = data, 0
    for part in path:
        in_mapping = isinstance(node, Mapping) and part in node
        in_list = isinstance(node, list) and isinstance(part, int) and part < len(node)
        if not (in_mapping or in_list):
            break
        node = node[part]
        found += 1
    return path[:found]


def render_pledge_yaml(data: Mapping[str, Any], *, lang: str, reviews: Iterable[Review] = (),
                       header: Sequence[str] = (), guide: Iterable[str] = ()) -> str:
    """The whole file: header comments, then each top-level key, guides and notes in place.

    `guide` names the sections that get a comment on how to fill them (with an example when
    the section is empty); guide texts are the `init.guide.<section>` messages.
    """
    notes: dict[Path, list[str]] = {}
    for review in reviews:
        notes.setdefault(_placed(review.path, data), []).append(
            t(review.key, lang, **review.params))
    writer = _Writer(lang, notes)
    writer.lines += [f"# {line}".rstrip() for line in header]
    wanted = set(guide)
    for key, value in data.items():
        if writer.lines:
            writer.lines.append("")
        if key in wanted:
            writer.lines += _guide_lines(key, lang, example=not value)
        writer.entry("", key, value, 0, (key,))
    for path, texts in writer.reviews.items():  # notes on the document as a whole
        writer.lines += [f"# {text}" for text in texts if path == ()]
    return "\n".join(writer.lines) + "\n"


def _guide_lines(section: str, lang: str, *, example: bool) -> list[str]:
    key = f"init.guide.{section}"
    lines = t(key, lang).split("\n")
    if example and f"{key}.example" in CATALOGUE:
        lines += ["  " + line for line in t(f"{key}.example", lang).split("\n")]
    return [f"# {line}".rstrip() for line in lines]
