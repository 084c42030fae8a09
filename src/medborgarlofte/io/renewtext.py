"""A renewal made as an edit of the old file's text, so its comments and layout survive.

`renewed_text(text, root, renewal, expected, lang)` applies each `core.renew.Change` at the
place the YAML nodes give: a scalar is replaced in place, a list is emptied to `[]`, a key is
removed with its lines, a new key (an indicator's baseline) is inserted above its sibling.
Review notes become comments at the end of the key's line or on a line above a list item, and
a header comment goes above `schema_version`. The result is parsed again and must read as
`expected`; any shape the edit cannot handle (flow mappings around a key to remove, say)
raises `EditError`, and the caller writes the file afresh instead.
"""

from __future__ import annotations

from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.core.drafting.draft import Review
from medborgarlofte.core.drafting.renew import Change, Renewal
from medborgarlofte.i18n import t
from medborgarlofte.io.emit import emit_flow_mapping, emit_scalar
from medborgarlofte.io.textedit import (
    DocPath,
    Edit,
    EditError,
    Span,
    after_line_of,
    item_line_start,
    last_leaf,
    newline_at,
)
from medborgarlofte.io.yamlread import parse_yaml


def _entry(root: Node | None, path: DocPath) -> tuple[MappingNode, ScalarNode, Node] | None:
    """(mapping, key node, value node) of the key at `path`, None when the key is absent."""
    node = root
    for part in path[:-1]:
        node = _child(node, part)
    if not isinstance(node, MappingNode):
        raise EditError("renew.edit.shape", path=_show(path))
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.value == path[-1]:
            return node, key, value
    return None


def _child(node: Node | None, part: str | int) -> Node | None:
    if isinstance(node, MappingNode):
        return next((v for k, v in node.value if isinstance(k, ScalarNode) and k.value == part),
                    None)
    if isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
        item: Node = node.value[part]
        return item
    return None


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _line_end(text: str, index: int) -> int:
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _value_end(text: str, value: Node) -> int:
    """The start of the line after the value's last line (its own comment included)."""
    return after_line_of(text, last_leaf(value).end_mark.index)


def _own_line(text: str, key: ScalarNode, path: DocPath) -> int:
    start = _line_start(text, key.start_mark.index)
    if text[start:key.start_mark.index].strip():
        raise EditError("renew.edit.shape", path=_show(path))
    return start


def _set(text: str, root: Node | None, change: Change, quote: str,
         trailing: dict[DocPath, list[str]]) -> list[Span]:
    found = _entry(root, change.path)
    value = change.value
    if found is None:
        return _insert(text, root, change, quote, trailing)
    mapping, key, node = found
    if isinstance(value, list | dict) and not value:
        new = "[]" if isinstance(value, list) else "{}"
    elif isinstance(value, dict):
        new = emit_flow_mapping(value, quote)
    elif isinstance(node, ScalarNode) and not isinstance(value, list | dict):
        new = emit_scalar(value, quote, flow=bool(mapping.flow_style))
        return [Span(node.start_mark.index, node.end_mark.index,
                     text[node.start_mark.index:node.end_mark.index], new)]
    else:
        raise EditError("renew.edit.shape", path=_show(change.path))
    if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
        start, end = node.start_mark.index, node.end_mark.index
        if start == end:  # `key:` with nothing after it
            start = end = text.index(":", key.end_mark.index) + 1
            new = " " + new
        return [Span(start, end, text[start:end], new)]
    colon = text.index(":", key.end_mark.index) + 1
    rest = text[colon:_line_end(text, colon)].strip()
    end = _value_end(text, node)
    notes = ([rest] if rest.startswith("#") else []) + [
        f"# {note}" for note in trailing.pop(change.path, [])]
    tail = "".join(f"  {note}" for note in notes)
    return [Span(colon, end, text[colon:end], f" {new}{tail}{newline_at(text, end)}")]


def _insert(text: str, root: Node | None, change: Change, quote: str,
            trailing: dict[DocPath, list[str]]) -> list[Span]:
    found = _entry(root, (*change.path[:-1], change.before or ""))
    if found is None or found[0].flow_style:
        raise EditError("renew.edit.shape", path=_show(change.path))
    _, sibling, _ = found
    at = _own_line(text, sibling, change.path)
    value = change.value
    shown = emit_flow_mapping(value, quote) if isinstance(value, dict) else emit_scalar(
        value, quote)
    line = " " * sibling.start_mark.column + f"{change.path[-1]}: {shown}" + "".join(
        f"  # {note}" for note in trailing.pop(change.path, []))
    return [Span(at, at, "", line + newline_at(text, at))]


def _drop(text: str, root: Node | None, change: Change) -> list[Span]:
    found = _entry(root, change.path)
    if found is None:
        return []
    mapping, key, value = found
    if mapping.flow_style or mapping.value[0][0] is key:
        raise EditError("renew.edit.shape", path=_show(change.path))
    start = _own_line(text, key, change.path)
    end = _value_end(text, value)
    return [Span(start, end, text[start:end], "")]


def _notes(reviews: list[Review], lang: str) -> dict[DocPath, list[str]]:
    notes: dict[DocPath, list[str]] = {}
    for review in reviews:
        notes.setdefault(review.path, []).append(t(review.key, lang, **review.params))
    return notes


def _comments(text: str, root: Node | None, notes: dict[DocPath, list[str]]) -> list[Span]:
    """Comments for the notes: above a list item, or at the end of a key's line."""
    spans = []
    above: dict[int, list[str]] = {}
    for path, messages in notes.items():
        if isinstance(path[-1], int):
            sequence = _child_path(root, path[:-1])
            if not isinstance(sequence, SequenceNode) or sequence.flow_style:
                raise EditError("renew.edit.shape", path=_show(path))
            at = item_line_start(text, sequence, sequence.value[path[-1]])
            pad = " " * sequence.start_mark.column
            above.setdefault(at, []).extend(f"{pad}# {message}" for message in messages)
            continue
        found = _entry(root, path)
        if found is not None:
            at = _line_end(text, found[1].start_mark.index)
            spans.append(Span(at, at, "", "".join(f"  # {m}" for m in messages)))
    for at, lines in above.items():
        newline = newline_at(text, at)
        spans.append(Span(at, at, "", "".join(line + newline for line in lines)))
    return spans


def _child_path(root: Node | None, path: DocPath) -> Node | None:
    node = root
    for part in path:
        node = _child(node, part)
    return node


def _header(text: str, root: Node | None, lines: list[str]) -> list[Span]:
    found = _entry(root, ("schema_version",))
    at = _line_start(text, found[1].start_mark.index) if found else 0
    newline = newline_at(text, at)
    return [Span(at, at, "", "".join(f"# {line}".rstrip() + newline for line in lines)
                 + newline)]


def renewed_text(text: str, root: Node | None, renewal: Renewal, expected: Any, lang: str,
                 header: list[str]) -> str:
    """The old text edited into the renewed pledge; EditError when that cannot be done."""
    quote = '"'
    notes = _notes(renewal.reviews, lang)
    spans: list[Span] = []
    for change in renewal.changes:
        spans += (_drop(text, root, change) if change.drop
                  else _set(text, root, change, quote, notes))
    spans += _comments(text, root, notes)
    spans += _header(text, root, header)
    ordered = sorted(spans, key=lambda s: (s.start, s.end))
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            raise EditError("renew.edit.shape", path="")
        if merged and span.start == merged[-1].start == merged[-1].end == span.end:
            merged[-1] = Span(span.start, span.end, "", merged[-1].new + span.new)
        else:
            merged.append(span)
    new_text = Edit(tuple(merged)).apply(text)
    parsed = parse_yaml(new_text)
    if parsed.problems or parsed.data != expected:
        raise EditError("renew.edit.mismatch", path="")
    return new_text


def _show(path: DocPath) -> str:
    return ".".join(str(p) for p in path)
