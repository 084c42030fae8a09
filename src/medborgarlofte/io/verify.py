"""Proof, before a write, that the edited text reads as the old document plus the change.

The edited text is parsed again with our reader (`parse_yaml`: every hazard check included)
and its data compared with the data we meant to write. To keep `pledge log` on a file of
10,000 events cheap, the parse covers only the part of the text the edit touches, cut at
places where YAML starts afresh:

- a top-level key at column 0 of a block mapping begins a *section* that reads the same on
  its own as inside the file, and text outside the touched sections is byte-for-byte the
  same, so those sections are parsed together as one small document;
- inside a top-level block list, the line of an item's '-' is such a place too: when the
  edit only appends or removes items at the end, the window is the list's key line, the
  last untouched item and everything after it up to the next section.

When the file's shape gives no such place (a flow mapping at the top, keys not at column 0),
the whole text is parsed; so it is when the window holds a document marker (`---`, `...`)
or a directive at column 0, which would end the document in the file but not in the window.
A property test checks, on generated files and insertions, that whenever a window parses,
the whole text parses to what the window implies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.io.textedit import (
    DocPath,
    Edit,
    EditError,
    after_line_of,
    item_line_start,
    last_leaf,
)
from medborgarlofte.io.yamlread import parse_yaml

_DOCUMENT_MARKER = re.compile(r"^(?:---|\.\.\.)(?:[ \t\r\n]|$)|^%", re.M)
"""A line that ends or starts a document, or a directive: a window holding one says nothing
about the whole file (it would end the document there), so the whole file is parsed."""


@dataclass(frozen=True)
class Window:
    """The part of the new text that is parsed again, and what it stands for.

    A section window covers the top-level `keys` (plus any key the edit adds); an item
    window covers the items from `first_item` on of the top-level list `list_key`, after
    `head` (the list's key line).
    """

    start: int
    end: int
    head: str
    keys: tuple[str, ...]
    old_keys: frozenset[str]
    list_key: str | None = None
    first_item: int = 0

    def text(self, new_text: str) -> str:
        """The small document to parse."""
        return self.head + new_text[self.start:self.end]

    def expected(self, whole: dict[str, Any]) -> dict[str, Any] | None:
        """What the window must parse to when the whole new document is `whole`."""
        if self.list_key is not None:
            items = whole.get(self.list_key)
            if not isinstance(items, list) or len(items) < self.first_item:
                return None
            return {self.list_key: items[self.first_item:]}
        keys = [*self.keys, *(k for k in whole if k not in self.old_keys)]
        return {key: whole[key] for key in keys if key in whole}

    def implied(self, old: dict[str, Any], parsed: Any) -> dict[str, Any] | None:
        """The whole new document, given the old one and what the window parsed to; None
        when the window holds a key found outside it too (the file would repeat it)."""
        if not isinstance(parsed, dict):
            return None
        if self.list_key is not None:
            if set(parsed) != {self.list_key} or not isinstance(parsed[self.list_key], list):
                return None
            return {**old, self.list_key: [*old[self.list_key][:self.first_item],
                                           *parsed[self.list_key]]}
        if set(parsed) & (self.old_keys - set(self.keys)):
            return None
        return {**{k: v for k, v in old.items() if k not in self.keys}, **parsed}


def verify_edit(text: str, root: Node | None, edit: Edit, expected: dict[str, Any],
                path: DocPath) -> str:
    """The new text, after checking that it parses to `expected` (raises EditError if not)."""
    new_text = edit.apply(text)
    window = find_window(text, root, edit, path)
    part: str = new_text
    wanted: dict[str, Any] | None = expected
    if window is not None and not _DOCUMENT_MARKER.search(window.text(new_text)):
        part, wanted = window.text(new_text), window.expected(expected)
    parsed = parse_yaml(part)
    if parsed.problems or wanted is None or parsed.data != wanted:
        raise EditError("log.edit.verify_failed")
    return new_text


def find_window(text: str, root: Node | None, edit: Edit, path: DocPath) -> Window | None:
    """The window of the new text that decides the edit's outcome; None: parse it all."""
    sections = _sections(root)
    if sections is None or not edit.spans:
        return None
    low = edit.spans[0].start - 1
    high = max(low, edit.spans[-1].end - 1)
    starts = [start for _, start, _ in sections]
    if low < starts[0]:
        return None
    first, last = _section_at(starts, low), _section_at(starts, high)
    shift = sum(len(s.new) - (s.end - s.start) for s in edit.spans)
    end = (starts[last + 1] if last + 1 < len(starts) else len(text)) + shift
    old_keys = frozenset(key for key, _, _ in sections)
    if first == last and len(path) == 1 and sections[first][0] == path[0]:
        inner = _item_window(text, sections[first], edit, end, old_keys)
        if inner is not None:
            return inner
    keys = tuple(key for key, _, _ in sections[first:last + 1])
    return Window(starts[first], end, "", keys, old_keys)


def _item_window(text: str, section: tuple[str, int, Node], edit: Edit, end: int,
                 old_keys: frozenset[str]) -> Window | None:
    """The window from the last untouched item of a top-level block list, if there is one."""
    key, start, value = section
    if not isinstance(value, SequenceNode) or value.flow_style or not value.value:
        return None
    key_line_end = after_line_of(text, start + len(key))
    if value.start_mark.index < key_line_end:
        return None
    low = edit.spans[0].start
    items = value.value
    index = len(items) - 1
    while index >= 0 and after_line_of(text, last_leaf(items[index]).end_mark.index) > low:
        index -= 1
    if index < 0:
        return None
    head = text[start:key_line_end]  # the key line, untouched: the edit comes after it
    return Window(item_line_start(text, value, items[index]), end, head, (key,), old_keys,
                  key, index)


def _sections(root: Node | None) -> list[tuple[str, int, Node]] | None:
    """(key, offset of its line, value) of each top-level key, or None when the top is not a
    block mapping with every key, unquoted, at column 0."""
    if not isinstance(root, MappingNode) or root.flow_style or not root.value:
        return None
    sections = []
    for key, value in root.value:
        if not isinstance(key, ScalarNode) or key.start_mark.column != 0 or key.style:
            return None
        sections.append((key.value, key.start_mark.index, value))
    return sections


def _section_at(starts: list[int], offset: int) -> int:
    return max(i for i, start in enumerate(starts) if start <= offset or i == 0)
