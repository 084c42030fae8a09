"""Three-way merge of pledge files that keeps both sides' bytes (`pledge merge-file`, the git
merge driver, and `pledge resolve`).

Two clones usually differ from their common base only by additions: activities and
measurements appended, an extension, an outcome added to a commitment. `additions(base,
side)` finds those (None when the side changed or removed anything else). When one side only
added, its additions are copied, as the text that side wrote (comments and all, re-indented
and with the other side's line endings when they differ), to the end of the same lists in the
other side's text; a flow list gets them emitted in its style. The result is parsed again and
must read as the other side's document plus exactly those items; otherwise, and when both
sides changed the same thing, git's own line merge (`git merge-file`) is the fallback, and
what both sides changed differently is named.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.io.conflicts import (
    at,
    counts_add_up,
    git_merge_file,
    length,
    list_paths,
    resolve_markers,
)
from medborgarlofte.io.emit import emit_flow_mapping, emit_value
from medborgarlofte.io.textedit import (
    DocPath,
    EditError,
    after_line_of,
    item_line_start,
    last_leaf,
    newline_at,
    plan_append,
)
from medborgarlofte.io.yamlread import parse_yaml


@dataclass(frozen=True)
class Addition:
    """Items appended to the list at `path` from index `start` on (`key` None), or the key
    `key` added to the mapping at `path`."""

    path: DocPath
    key: str | None = None
    start: int = 0


@dataclass(frozen=True)
class Clash:
    """Something both sides changed differently: the path in the base document."""

    path: DocPath


@dataclass(frozen=True)
class MergeResult:
    """The merged text (None when it could not be merged cleanly), with conflict markers
    from git's line merge in `marked` when there is a conflict, and what clashed."""

    text: str | None
    marked: str | None = None
    clashes: tuple[Clash, ...] = ()
    added: int = 0
    """How many items (activities, measurements, ...) came from the other side."""
    unparsed: tuple[str, ...] = field(default=())
    """The sides ('base', 'ours', 'theirs') that are not readable YAML."""


def additions(base: Any, side: Any, path: DocPath = ()) -> list[Addition] | None:
    """What `side` added to `base`, if adding is all it did; else None."""
    if base == side:
        return []
    if isinstance(base, dict) and isinstance(side, dict):
        if set(base) - set(side):
            return None
        found: list[Addition] = []
        for key, value in side.items():
            if key not in base:
                found.append(Addition(path, str(key)))
                continue
            inner = additions(base[key], value, (*path, key))
            if inner is None:
                return None
            found += inner
        return found
    if isinstance(base, list) and isinstance(side, list) and len(side) >= len(base):
        found = []
        for index, item in enumerate(base):
            inner = additions(item, side[index], (*path, index))
            if inner is None:
                return None
            found += inner
        if len(side) > len(base):
            found.append(Addition(path, None, len(base)))
        return found
    return None


def node_at(root: Node | None, path: DocPath) -> Node | None:
    """The node at `path`, or None."""
    node = root
    for part in path:
        if isinstance(node, MappingNode) and isinstance(part, str):
            node = next((v for k, v in node.value
                         if isinstance(k, ScalarNode) and k.value == part), None)
        elif isinstance(node, SequenceNode) and isinstance(part, int) and (
                0 <= part < len(node.value)):
            node = node.value[part]
        else:
            return None
    return node


def merge_texts(base: str, ours: str, theirs: str) -> MergeResult:
    """Merge `theirs` into `ours` (both descend from `base`)."""
    if ours == theirs or theirs == base:
        return MergeResult(ours)
    if ours == base:
        return MergeResult(theirs)
    parsed = {name: parse_yaml(text) for name, text in
              (("base", base), ("ours", ours), ("theirs", theirs))}
    broken = tuple(name for name, p in parsed.items() if p.problems)
    if broken:
        return _line_merge(base, ours, theirs, (), broken)
    b, o, t = (parsed[n].data for n in ("base", "ours", "theirs"))
    from_theirs = additions(b, t)
    if from_theirs is not None:
        merged = _apply(from_theirs, theirs, parsed["theirs"].root, t, ours)
        if merged is not None:
            return MergeResult(merged[0], added=merged[1])
    from_ours = additions(b, o)
    if from_ours is not None:
        merged = _apply(from_ours, ours, parsed["ours"].root, o, theirs)
        if merged is not None:
            return MergeResult(merged[0], added=merged[1])
    found = tuple(Clash(p) for p in clashes(b, o, t))
    split = _merge_cores(base, b, ours, parsed["ours"].root, o, theirs,
                         parsed["theirs"].root, t)
    if split is not None:
        return split
    return _line_merge(base, ours, theirs, found, ())


def _merge_cores(base: str, b: Any, ours: str, ours_root: Node | None, o: Any, theirs: str,
                 theirs_root: Node | None, t: Any) -> MergeResult | None:
    """Both sides changed items and appended: line-merge the sides without what they
    appended, then append both sides' new items to that; None when that does not work."""
    cores = [_core(ours, b, o), _core(theirs, b, t)]
    if cores[0] is None or cores[1] is None:
        return None
    text, conflicts = git_merge_file(base, cores[0][0], cores[1][0])
    if text is None or conflicts != 0:
        return None
    total = 0
    for (_, tails), src, root, data in ((cores[0], ours, ours_root, o),
                                        (cores[1], theirs, theirs_root, t)):
        merged = _apply(tails, src, root, data, text)
        if merged is None:
            return None
        text, added = merged
        total += added
    return MergeResult(text, added=total)


def _core(text: str, b: Any, side: Any) -> tuple[str, list[Addition]] | None:
    """The side's text without the items it appended to the base's lists, and those
    appends."""
    from medborgarlofte.io.textedit import plan_remove_last

    tails = [Addition(path, None, length(b, path)) for path in list_paths(b)
             if length(side, path) > length(b, path) > 0]
    for addition in sorted(tails, key=lambda a: a.path, reverse=True):
        parsed = parse_yaml(text)
        if parsed.problems:
            return None
        count = length(side, addition.path) - addition.start
        try:
            text = plan_remove_last(text, parsed.root, addition.path, count).apply(text)
        except EditError:
            return None
    return (text, tails) if tails else None


def clashes(base: Any, ours: Any, theirs: Any, path: DocPath = ()) -> list[DocPath]:
    """The paths (of list items where there is one) that both sides changed differently."""
    if ours in (theirs, base) or theirs == base:
        return []
    item_level = len(path) >= 1 and isinstance(path[-1], int)
    if isinstance(base, dict) and isinstance(ours, dict) and isinstance(theirs, dict):
        if item_level:
            return [path]
        found: list[DocPath] = []
        for key in dict.fromkeys([*base, *ours, *theirs]):
            found += clashes(base.get(key), ours.get(key), theirs.get(key), (*path, key))
        return found
    if isinstance(base, list) and isinstance(ours, list) and isinstance(theirs, list):
        found = []
        for index, item in enumerate(base):
            if index < len(ours) and index < len(theirs):
                found += clashes(item, ours[index], theirs[index], (*path, index))
        return found or [path]
    return [path]


def _apply(found: Sequence[Addition], src: str, src_root: Node | None, src_data: Any,
           dst: str) -> tuple[str, int] | None:
    """`dst` with the additions copied from `src`, checked; None when they do not fit."""
    text = dst
    parsed = parse_yaml(text)
    if parsed.problems:
        return None
    expected = copy.deepcopy(parsed.data)
    count = 0
    for addition in found:
        step = _apply_one(addition, src, src_root, src_data, text, parsed.root, expected)
        if step is None:
            return None
        text, added = step
        count += added
        parsed = parse_yaml(text)
        if parsed.problems:
            return None
    if parsed.data != expected:
        return None
    return text, count


def _same_items(src_data: Any, dst_data: Any, path: DocPath) -> bool:
    """True when every list item on the path is the same record on both sides (same id)."""
    for depth, part in enumerate(path):
        if isinstance(part, int):
            mine, other = at(src_data, path[:depth + 1]), at(dst_data, path[:depth + 1])
            if not isinstance(mine, dict) or not isinstance(other, dict):
                return False
            if mine.get("id") != other.get("id"):
                return False
    return True


def _apply_one(addition: Addition, src: str, src_root: Node | None, src_data: Any,
               dst: str, dst_root: Node | None, expected: Any) -> tuple[str, int] | None:
    if not _same_items(src_data, expected, addition.path):
        return None
    target = at(expected, addition.path)
    if addition.key is None:
        new_items = at(src_data, addition.path)[addition.start:]
        if not isinstance(target, list):
            return None
        if target[addition.start:addition.start + len(new_items)] == new_items:
            return dst, 0  # the same items are there already (a cherry-pick, a rebase)
        text = _copy_items(addition, src, src_root, dst, dst_root, new_items)
        target.extend(copy.deepcopy(new_items))
        return (text, len(new_items)) if text is not None else None
    value = at(src_data, (*addition.path, addition.key))
    if not isinstance(target, dict):
        return None
    if addition.key in target:
        if target[addition.key] == value:
            return dst, 0
        if isinstance(target[addition.key], list) and isinstance(value, list):
            list_path = (*addition.path, addition.key)
            return _apply_one(Addition(list_path, None, 0), src, src_root, src_data, dst,
                              dst_root, expected)
        return None
    text = _copy_key(addition, src, src_root, dst, dst_root, value)
    target[addition.key] = copy.deepcopy(value)
    return (text, 1) if text is not None else None


def _copy_items(addition: Addition, src: str, src_root: Node | None, dst: str,
                dst_root: Node | None, items: list[Any]) -> str | None:
    src_node = node_at(src_root, addition.path)
    dst_node = node_at(dst_root, addition.path)
    if (isinstance(src_node, SequenceNode) and isinstance(dst_node, SequenceNode)
            and not src_node.flow_style and not dst_node.flow_style and dst_node.value):
        first = src_node.value[addition.start]
        start = item_line_start(src, src_node, first)
        end = after_line_of(src, last_leaf(src_node.value[-1]).end_mark.index)
        shift = dst_node.start_mark.column - src_node.start_mark.column
        at_index = after_line_of(dst, last_leaf(dst_node.value[-1]).end_mark.index)
        piece = _fit(src[start:end], shift, newline_at(dst, at_index))
        if piece is None:
            return None
        lead = "" if at_index == 0 or dst[at_index - 1] == "\n" else newline_at(dst, at_index)
        return dst[:at_index] + lead + piece + dst[at_index:]
    try:
        edit = plan_append(dst, dst_root, addition.path, items)
    except (EditError, TypeError):
        return None
    return edit.apply(dst)


def _copy_key(addition: Addition, src: str, src_root: Node | None, dst: str,
              dst_root: Node | None, value: Any) -> str | None:
    src_map = node_at(src_root, addition.path)
    dst_map = node_at(dst_root, addition.path)
    if not isinstance(src_map, MappingNode) or not isinstance(dst_map, MappingNode):
        return None
    pair = next(((k, v) for k, v in src_map.value
                 if isinstance(k, ScalarNode) and k.value == addition.key), None)
    if pair is None or not dst_map.value:
        return None
    key, node = pair
    column = dst_map.value[0][0].start_mark.column
    if dst_map.flow_style:
        close = dst_map.end_mark.index - 1
        text = _flow_text(value)
        if text is None or dst[close] != "}":
            return None
        return dst[:close] + f", {addition.key}: {text}" + dst[close:]
    at_index = after_line_of(dst, last_leaf(dst_map).end_mark.index)
    newline = newline_at(dst, max(at_index - 1, 0))
    if src_map.flow_style:
        text = _flow_text(value)
        if text is None:
            return None
        piece: str | None = " " * column + f"{addition.key}: {text}" + newline
    else:
        start = src.rfind("\n", 0, key.start_mark.index) + 1
        end = after_line_of(src, last_leaf(node).end_mark.index)
        piece = _fit(src[start:end], column - key.start_mark.column, newline)
    if piece is None:
        return None
    lead = "" if at_index == 0 or dst[at_index - 1] == "\n" else newline
    return dst[:at_index] + lead + piece + dst[at_index:]


def _flow_text(value: Any) -> str | None:
    try:
        if isinstance(value, Mapping):
            return emit_flow_mapping(value)
        return emit_value(value, flow=True)
    except TypeError:
        return None


def _fit(piece: str, shift: int, newline: str) -> str | None:
    """Lines moved right (or left) by `shift` columns, ending in `newline`; None when a line
    would lose text. Lines inside block scalars move with the rest, which keeps them."""
    lines = piece.splitlines()
    out = []
    for line in lines:
        if shift >= 0 or not line.strip():
            out.append(" " * shift + line if line.strip() else line)
        elif line[:-shift].strip():
            return None
        else:
            out.append(line[-shift:])
    return "".join(line + newline for line in out)


def _line_merge(base: str, ours: str, theirs: str, found: tuple[Clash, ...],
                broken: tuple[str, ...]) -> MergeResult:
    """git's line merge: clean when it finds no conflict, or when every conflict is two
    insertions at one place (which both stay), and the result reads with every item."""
    text, conflicts = git_merge_file(base, ours, theirs)
    if text is not None and conflicts == 0 and not parse_yaml(text).problems:
        return MergeResult(text)
    if text is not None and conflicts > 0 and not broken:
        joined = resolve_markers(text)
        if joined.text is not None and counts_add_up(base, ours, theirs, joined.text):
            return MergeResult(joined.text)
    return MergeResult(None, text if text is not None else ours, found, 0, broken)


