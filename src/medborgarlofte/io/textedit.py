"""Where in the text a list ends, and the edit that appends to it or removes its last items.

Positions come from the nodes `yaml.compose` gives (character offsets, the same for the C and
the Python parser). An `Edit` is a set of non-overlapping replaced spans of the old text, so
it can be applied, inverted (for `pledge undo`) and shown. Nothing here reads or writes files.

Cases handled for appending to the list at a path such as ("events",) or
("indicators", 1, "measurements"): a block sequence (new items go right after the last
item's last line, so comments and blank lines after it stay after it), an empty or
non-empty flow sequence (`events: []`), an empty value (`events:` or `events: null`), and a
missing key (added at the end of the file, or at the end of its parent mapping).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.io.emit import Item, Style, emit_flow_mapping, emit_items, emit_scalar

DocPath = tuple[str | int, ...]
_NULL = re.compile(r"(?:~|null|Null|NULL)?")


class EditError(Exception):
    """The file's shape does not allow this edit; `key` names the reason (a message key)."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


@dataclass(frozen=True)
class Span:
    """The old text's [start, end) replaced by `new`; `old` is what was there."""

    start: int
    end: int
    old: str
    new: str


@dataclass(frozen=True)
class Edit:
    """A change of a text: spans in increasing order, never overlapping."""

    spans: tuple[Span, ...]

    def apply(self, text: str) -> str:
        """The changed text."""
        pieces, position = [], 0
        for span in self.spans:
            pieces += [text[position:span.start], span.new]
            position = span.end
        pieces.append(text[position:])
        return "".join(pieces)

    def inverse(self) -> Edit:
        """The edit that turns the changed text back into the old one."""
        spans, shift = [], 0
        for span in self.spans:
            start = span.start + shift
            spans.append(Span(start, start + len(span.new), span.new, span.old))
            shift += len(span.new) - (span.end - span.start)
        return Edit(tuple(spans))

    @property
    def added_text(self) -> str:
        """The text added, as one string (what `--dry-run` shows)."""
        return "".join(span.new for span in self.spans)


@dataclass(frozen=True)
class ListSite:
    """What the path points at: the parent mapping, and the key and value if present."""

    parent: MappingNode
    key: ScalarNode | None
    value: Node | None


def find_list(root: Node | None, path: DocPath) -> ListSite:
    """The list at `path` (its last part is the list's key), through mappings and lists."""
    node = root
    for part in path[:-1]:
        node = _child(node, part)
        if node is None:
            raise EditError("log.edit.no_path", path=_show(path))
    if not isinstance(node, MappingNode):
        raise EditError("log.edit.no_path", path=_show(path))
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.value == path[-1]:
            return ListSite(node, key, value)
    return ListSite(node, None, None)


def _child(node: Node | None, part: str | int) -> Node | None:
    found: Node | None = None
    if isinstance(node, MappingNode) and isinstance(part, str):
        found = next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == part),
                     None)
    elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        found = node.value[part]
    return found


def plan_append(text: str, root: Node | None, path: DocPath, items: Sequence[Item]) -> Edit:
    """The edit that appends `items` to the list at `path`, in the file's style."""
    site = find_list(root, path)
    value = site.value
    if site.key is None:
        return _append_key(text, root, site.parent, str(path[-1]), items)
    assert value is not None
    if isinstance(value, SequenceNode) and value.value and not value.flow_style:
        return _append_block(text, root, value, items)
    if isinstance(value, SequenceNode) and value.flow_style:
        if value.value:
            return _append_flow(text, root, value, items)
        return _replace_empty(text, root, site.key, value, items)
    if isinstance(value, ScalarNode) and value.tag.endswith(":null") and not value.style:
        return _replace_empty(text, root, site.key, value, items)
    raise EditError("log.edit.not_a_list", path=_show(path))


def plan_remove_last(text: str, root: Node | None, path: DocPath, count: int) -> Edit:
    """The edit that removes the last `count` items of the block list at `path`.

    A list left empty becomes `key: []`, so that the document still says "a list".
    """
    site = find_list(root, path)
    value = site.value
    if (site.key is None or not isinstance(value, SequenceNode) or value.flow_style
            or len(value.value) < count):
        raise EditError("log.edit.not_a_list", path=_show(path))
    items = value.value
    first = items[len(items) - count]
    start = item_line_start(text, value, first)
    end = after_line_of(text, last_leaf(items[-1]).end_mark.index)
    spans = []
    if count == len(items):
        colon = text.index(":", site.key.end_mark.index)
        spans.append(Span(colon + 1, colon + 1, "", " []"))
    spans.append(Span(start, end, text[start:end], ""))
    return Edit(tuple(spans))


def _append_block(text: str, root: Node | None, sequence: SequenceNode,
                  items: Sequence[Item]) -> Edit:
    last = sequence.value[-1]
    dash = sequence.start_mark.column
    dash_line = item_line_start(text, sequence, last)
    offset = last.start_mark.column - dash if last.start_mark.index < _line_end(
        text, dash_line) else 2
    flow = isinstance(last, MappingNode) and bool(last.flow_style) and (
        last.start_mark.line == last.end_mark.line)
    at = after_line_of(text, last_leaf(last).end_mark.index)
    style = Style(dash, max(offset, 2), _quote_style(text), newline_at(text, at), flow)
    lead = "" if at == 0 or text[at - 1] in "\n\r" else style.newline
    return Edit((Span(at, at, "", lead + emit_items(items, style)),))


def _append_flow(text: str, root: Node | None, sequence: SequenceNode,
                 items: Sequence[Item]) -> Edit:
    close = sequence.end_mark.index - 1
    if text[close] != "]":
        raise EditError("log.edit.not_a_list", path="")
    quote = _quote_style(text)
    parts = [emit_flow_mapping(i, quote) if isinstance(i, Mapping) else emit_scalar(i, quote, True)
             for i in items]
    before = text[:close].rstrip()
    glue = " " if before.endswith(",") else ", "
    return Edit((Span(close, close, "", glue + ", ".join(parts)),))


def _replace_empty(text: str, root: Node | None, key: ScalarNode, value: Node,
                   items: Sequence[Item]) -> Edit:
    """`key: []`, `key: null` or `key:` becomes `key:` followed by the block of items."""
    start, end = value.start_mark.index, value.end_mark.index
    if isinstance(value, ScalarNode) and not _NULL.fullmatch(text[start:end]):
        raise EditError("log.edit.not_a_list", path=key.value)
    if start < end:  # `key: []  # note` becomes `key:  # note`: the value and one space go
        rest = text[end:_line_end(text, end)].strip()
        while start > key.end_mark.index + 1 and text[start - 1] in " \t":
            start -= 1
            if rest:
                break
    at = after_line_of(text, end)
    style = _new_list_style(text, root, key.start_mark.column, newline_at(text, at))
    lead = "" if text[at - 1] in "\n\r" else style.newline
    spans = [Span(start, end, text[start:end], "")]
    spans.append(Span(at, at, "", lead + emit_items(items, style)))
    return Edit(tuple(s for s in spans if s.old or s.new))


def _append_key(text: str, root: Node | None, parent: MappingNode, key: str,
                items: Sequence[Item]) -> Edit:
    """A missing list: the key and its items at the end of the file or of its mapping."""
    if parent.flow_style or not parent.value:
        raise EditError("log.edit.not_a_list", path=key)
    if parent is root:
        at = len(text)
        column = 0
    else:
        at = after_line_of(text, last_leaf(parent).end_mark.index)
        column = parent.value[0][0].start_mark.column
    newline = newline_at(text, at)
    style = _new_list_style(text, root, column, newline)
    lead = "" if at == 0 or text[at - 1] in "\n\r" else newline
    added = lead + " " * column + key + ":" + newline + emit_items(items, style)
    return Edit((Span(at, at, "", added),))


def last_leaf(node: Node) -> Node:
    """The last scalar or flow collection inside `node` (block collections' end marks run
    past the comments after them, so only a leaf tells where the item's text ends)."""
    while isinstance(node, MappingNode | SequenceNode) and not node.flow_style and node.value:
        last = node.value[-1]
        node = last[1] if isinstance(last, tuple) else last
    return node


def after_line_of(text: str, index: int) -> int:
    """The start of the line after the one `index` is on (index itself at a line start)."""
    if index == 0 or text[index - 1] == "\n":
        return index
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def _line_end(text: str, index: int) -> int:
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline


def item_line_start(text: str, sequence: SequenceNode, item: Node) -> int:
    """Start of the line holding the item's '-' (the nearest such line at or above it)."""
    dash = sequence.start_mark.column
    position = text.rfind("\n", 0, item.start_mark.index) + 1
    while position > 0:
        line = text[position:_line_end(text, position)]
        if line[:dash].strip() == "" and line[dash:dash + 1] == "-":
            return position
        position = text.rfind("\n", 0, position - 1) + 1
    return position


def newline_at(text: str, index: int) -> str:
    """The line break the file uses around `index` (CRLF or LF)."""
    before = text.rfind("\n", 0, index)
    if before < 0:
        before = text.find("\n")
    return "\r\n" if before > 0 and text[before - 1] == "\r" else "\n"


_QUOTED = re.compile(r"(?:[:\-,\[{]|^)[ \t]+(['\"])", re.M)


def _quote_style(text: str) -> str:
    """The quote the file uses most for values (double when it uses none), judged from its
    head and its tail (a sample is enough, and a 10,000-event file is 1.5 MB)."""
    counts = {"'": 0, '"': 0}
    sample = text if len(text) <= 131072 else text[:65536] + "\n" + text[-65536:]
    for match in _QUOTED.finditer(sample):
        counts[match.group(1)] += 1
    return "'" if counts["'"] > counts['"'] else '"'


def _new_list_style(text: str, root: Node | None, key_column: int, newline: str) -> Style:
    """Indentation for a list that has no items yet, copied from the file's other lists."""
    indent, offset = _sequence_habit(root)
    return Style(key_column + indent, offset, _quote_style(text), newline)


def _sequence_habit(root: Node | None) -> tuple[int, int]:
    """(columns from a key to its list's '-', columns from '-' to the item) in this file."""
    stack = [root]
    while stack:
        node = stack.pop(0)
        if isinstance(node, MappingNode) and not node.flow_style:
            for key, value in node.value:
                if isinstance(value, SequenceNode) and not value.flow_style and value.value:
                    item = value.value[0]
                    dash = value.start_mark.column
                    offset = item.start_mark.column - dash
                    if item.start_mark.line == value.start_mark.line and offset >= 2:
                        return dash - key.start_mark.column, offset
                stack.append(value)
        elif isinstance(node, SequenceNode) and not node.flow_style:
            stack.extend(node.value[:1])
    return 2, 2


def _show(path: DocPath) -> str:
    return ".".join(str(p) for p in path)
