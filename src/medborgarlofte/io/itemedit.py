"""The text edits that change or remove one item in the middle of a list (`pledge edit`,
`pledge remove`, `pledge outcome`).

Like `io.textedit`, positions come from the composed nodes and an `Edit` replaces spans of
the old text, so that everything outside them (comments, blank lines, other items, line
endings) stays byte for byte. Changing a field replaces just its value's text (a comment
after it on the line stays); a new field is a new line under the item's last key (or `, key:
value` before a flow mapping's `}`); a removed field takes its lines with it. Nothing here
reads or writes files; `io.correct` checks every edit by parsing the result again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.io.emit import Item, Style, Value, emit_item, emit_value
from medborgarlofte.io.textedit import (
    DocPath,
    Edit,
    EditError,
    Span,
    _quote_style,
    after_line_of,
    find_list,
    item_line_start,
    last_leaf,
    newline_at,
    plan_remove_last,
)


def sequence_at(root: Node | None, path: DocPath) -> SequenceNode:
    """The list node at `path`, or EditError."""
    site = find_list(root, path)
    if not isinstance(site.value, SequenceNode):
        raise EditError("log.edit.not_a_list", path=".".join(str(p) for p in path))
    return site.value


def plan_remove_item(text: str, root: Node | None, path: DocPath, index: int) -> Edit:
    """The edit that takes item `index` off the list at `path` (its lines, or in a flow
    list its text and one comma); the last item left makes the list `[]`."""
    sequence = sequence_at(root, path)
    items = sequence.value
    if not 0 <= index < len(items):
        raise EditError("log.edit.no_path", path=f"{path}[{index}]")
    if not sequence.flow_style:
        if index == len(items) - 1:
            return plan_remove_last(text, root, path, 1)
        start = item_line_start(text, sequence, items[index])
        end = item_line_start(text, sequence, items[index + 1])
        last_end = after_line_of(text, last_leaf(items[index]).end_mark.index)
        end = min(end, last_end)  # comments above the next item belong to it
        return Edit((Span(start, end, text[start:end], ""),))
    if len(items) == 1:
        start, end = items[0].start_mark.index, items[0].end_mark.index
    elif index < len(items) - 1:
        start, end = items[index].start_mark.index, items[index + 1].start_mark.index
    else:
        start, end = items[index - 1].end_mark.index, items[index].end_mark.index
    return Edit((Span(start, end, text[start:end], ""),))


def plan_set_fields(text: str, root: Node | None, path: DocPath, index: int,
                    fields: Mapping[str, Value | None]) -> Edit:
    """The edit that gives item `index` of the list at `path` the `fields` (None: remove
    the key), in the file's quoting and line endings."""
    sequence = sequence_at(root, path)
    if not 0 <= index < len(sequence.value):
        raise EditError("log.edit.no_path", path=f"{path}[{index}]")
    item = sequence.value[index]
    if not isinstance(item, MappingNode):
        raise EditError("log.edit.not_a_list", path=".".join(str(p) for p in path))
    return plan_set_mapping(text, item, fields, bool(sequence.flow_style))


def plan_set_mapping(text: str, mapping: MappingNode, fields: Mapping[str, Value | None],
                     in_flow: bool = False) -> Edit:
    """The edit that sets (or removes) keys of one mapping node."""
    quote = _quote_style(text)
    flow = in_flow or bool(mapping.flow_style)
    spans: list[Span] = []
    pairs = [(k, v) for k, v in mapping.value if isinstance(k, ScalarNode)]
    for key, value in fields.items():
        found = next(((i, v) for i, (k, v) in enumerate(pairs) if k.value == key), None)
        if found is None and value is None:
            continue
        if found is None:
            assert value is not None
            spans.append(_new_key(text, mapping, key, value, quote, flow))
        elif value is None:
            spans.append(_drop_key(text, mapping, pairs, found[0]))
        else:
            spans.append(_new_value(text, found[1], value, quote, flow))
    spans.sort(key=lambda s: s.start)
    return Edit(tuple(spans))


def _new_value(text: str, node: Node, value: Value, quote: str, flow: bool) -> Span:
    start, end = node.start_mark.index, node.end_mark.index
    if isinstance(node, MappingNode | SequenceNode) and not node.flow_style:
        end = after_line_of(text, last_leaf(node).end_mark.index)
        new = emit_value(value, quote, flow) + newline_at(text, start)
        if text[start - 1] not in " \n":
            new = " " + new
        return Span(start, end, text[start:end], new)
    new = emit_value(value, quote, flow)
    if isinstance(node, ScalarNode) and node.style in ("|", ">") and end > start and (
            text[end - 1] == "\n"):
        new += newline_at(text, start)
    return Span(start, end, text[start:end], new)


def _new_key(text: str, mapping: MappingNode, key: str, value: Value, quote: str,
             flow: bool) -> Span:
    if mapping.flow_style:
        close = mapping.end_mark.index - 1
        if text[close] != "}":
            raise EditError("log.edit.not_a_list", path=key)
        glue = ", " if mapping.value else ""
        pair = f"{key}: {emit_value(value, quote, True)}"
        return Span(close, close, "", glue + pair)
    if not mapping.value:
        raise EditError("log.edit.not_a_list", path=key)
    at = after_line_of(text, last_leaf(mapping).end_mark.index)
    column = mapping.value[0][0].start_mark.column
    newline = newline_at(text, max(at - 1, 0))
    lead = "" if at == 0 or text[at - 1] in "\n\r" else newline
    line = " " * column + f"{key}: {emit_value(value, quote, flow)}" + newline
    return Span(at, at, "", lead + line)


def _drop_key(text: str, mapping: MappingNode, pairs: Sequence[tuple[ScalarNode, Node]],
              position: int) -> Span:
    key, value = pairs[position]
    if mapping.flow_style:
        if len(pairs) == 1:
            start, end = key.start_mark.index, value.end_mark.index
        elif position < len(pairs) - 1:
            start, end = key.start_mark.index, pairs[position + 1][0].start_mark.index
        else:
            start, end = pairs[position - 1][1].end_mark.index, value.end_mark.index
        return Span(start, end, text[start:end], "")
    start = text.rfind("\n", 0, key.start_mark.index) + 1
    if text[start:key.start_mark.index].strip():  # the key shares the line of the '-'
        raise EditError("log.correct.first_key", field=key.value)
    end = after_line_of(text, last_leaf(value).end_mark.index)
    if position < len(pairs) - 1:
        end = min(end, text.rfind("\n", 0, pairs[position + 1][0].start_mark.index) + 1)
    return Span(start, end, text[start:end], "")


def plan_add_mapping(text: str, target: MappingNode, key: str, item: Item) -> Edit:
    """The edit that adds `key:` holding the mapping `item` to the block mapping `target`
    (`outcome:` into a commitment), indented like the target's keys."""
    if target.flow_style or not target.value or not isinstance(item, Mapping):
        raise EditError("log.edit.not_a_list", path=key)
    at = after_line_of(text, last_leaf(target).end_mark.index)
    column = target.value[0][0].start_mark.column
    newline = newline_at(text, max(at - 1, 0))
    lead = "" if at == 0 or text[at - 1] in "\n\r" else newline
    inner = emit_item(item, Style(column + 2, 2, _quote_style(text), newline))
    lines = [line[column + 2 + 2:] for line in inner.splitlines(keepends=True)]
    body = "".join(" " * (column + 2) + line for line in lines)
    return Edit((Span(at, at, "", lead + " " * column + key + ":" + newline + body),))
