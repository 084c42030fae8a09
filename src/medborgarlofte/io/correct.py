"""Change, remove or add one item anywhere in a pledge file: `pledge edit`, `remove`,
`outcome`, and `pledge undo` of them.

The edit comes from `io.itemedit`; the new text must parse to the old document with exactly
that change (`io.verify`, which windows the parse from the item before the edit) and validate
with no new error; then, under the lock, it replaces the file atomically and is recorded for
`pledge undo` with the hash of the bytes before (`restores`), so that undo puts those bytes
back exactly, and only while the file is still what this command wrote.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from medborgarlofte.core.schema.personnummer import find_identity_numbers
from medborgarlofte.core.schema.problems import Problem
from medborgarlofte.io.atomic import remove_stale_temporaries, write_atomically
from medborgarlofte.io.emit import Item, Value
from medborgarlofte.io.itemedit import plan_add_mapping, plan_remove_item, plan_set_fields
from medborgarlofte.io.loader import LoadedPledge, load_pledge_bytes
from medborgarlofte.io.lock import locked, real_path
from medborgarlofte.io.textedit import DocPath, Edit, EditError, find_list
from medborgarlofte.io.verify import verify_edit
from medborgarlofte.io.writer import (
    Change,
    WriteRefused,
    _forbidden_in,
    _valid_text,
    _validated,
    file_hash,
    refresh_snapshot,
    reload,
    snapshot_bytes,
    to_json,
)

Planner = Callable[[LoadedPledge], Change]


def _copy_along(data: Any, path: DocPath) -> tuple[Any, Any]:
    """A copy of `data` copied along `path`, and the (copied) node at `path`."""
    result = copy.copy(data)
    node = result
    for part in path:
        child = copy.copy(node[part])
        node[part] = child
        node = child
    return result, node


def _checked(loaded: LoadedPledge, list_path: DocPath, edit: Edit, expected: Any,
             today: dt.date, items: tuple[Any, ...], new_text_in_items: bool = True,
             index: int | None = None) -> Change:
    text = _valid_text(loaded)
    if new_text_in_items:  # what no published text may hold (text.published): E125, as log
        forbidden = [Problem("E125", (*list_path, *where), {"char": char})
                     for item in items for where, char in _forbidden_in(item)]
        if forbidden:
            raise WriteRefused("log.refused.after", forbidden, expected)
    verify_path = list_path if len(list_path) == 1 else list_path[:1]
    try:
        new_text = verify_edit(text, loaded.root, edit, expected, verify_path)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    personal = [Problem("E316", list_path, {"masked": masked})
                for _, masked in find_identity_numbers(edit.added_text)]
    if personal:
        raise WriteRefused("log.refused.after", personal, expected)
    edited = None  # one activity changed or taken off: only it is checked (core.additions)
    if index is not None and list_path == ("events",):
        edited = (index, items[0] if new_text_in_items else None)
    pledge, warnings = _validated(loaded, expected, today, edited=edited)
    return Change(loaded.path, loaded, list_path, items, edit, new_text, pledge, warnings,
                  data=expected)


def plan_set_item(loaded: LoadedPledge, list_path: DocPath, index: int,
                  fields: Mapping[str, Value | None], today: dt.date) -> Change:
    """The checked change that gives item `index` of the list the `fields` (None removes)."""
    text = _valid_text(loaded)
    try:
        edit = plan_set_fields(text, loaded.root, list_path, index, fields)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    expected, items = _copy_along(loaded.data, list_path)
    item = dict(items[index])
    for key, value in fields.items():
        if value is None:
            item.pop(key, None)
        else:
            item[key] = list(value) if isinstance(value, list | tuple) else value
    items[index] = item
    return _checked(loaded, list_path, edit, expected, today, (item,), index=index)


def plan_remove(loaded: LoadedPledge, list_path: DocPath, index: int,
                today: dt.date) -> Change:
    """The checked change that takes item `index` off the list at `list_path`."""
    text = _valid_text(loaded)
    try:
        edit = plan_remove_item(text, loaded.root, list_path, index)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    expected, items = _copy_along(loaded.data, list_path)
    removed = items.pop(index)
    return _checked(loaded, list_path, edit, expected, today, (removed,),
                    new_text_in_items=False, index=index)


def plan_add_key(loaded: LoadedPledge, list_path: DocPath, index: int, key: str,
                 value: Item, today: dt.date) -> Change:
    """The checked change that adds `key: value` (a mapping) to item `index` of the list
    (an `outcome:` to a commitment)."""
    from yaml.nodes import MappingNode

    text = _valid_text(loaded)
    site = find_list(loaded.root, list_path)
    nodes = getattr(site.value, "value", [])
    node = nodes[index] if 0 <= index < len(nodes) else None
    if not isinstance(node, MappingNode):
        raise WriteRefused("log.edit.not_a_list", path=key)
    try:
        edit = plan_add_mapping(text, node, key, value)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    expected, items = _copy_along(loaded.data, list_path)
    item = dict(items[index])
    item[key] = dict(value) if isinstance(value, Mapping) else value
    items[index] = item
    return _checked(loaded, list_path, edit, expected, today, (item,))


def plan_set_nested(loaded: LoadedPledge, list_path: DocPath, index: int, key: str,
                    fields: Mapping[str, Value | None], today: dt.date) -> Change:
    """The checked change that sets `fields` in the mapping under `key` of item `index`
    (an outcome replaced: only the values change, comments stay)."""
    from yaml.nodes import MappingNode, ScalarNode

    from medborgarlofte.io.itemedit import plan_set_mapping, sequence_at

    text = _valid_text(loaded)
    try:
        item = sequence_at(loaded.root, list_path).value[index]
    except (EditError, IndexError) as err:
        raise WriteRefused("log.edit.not_a_list", path=key) from err
    node = next((v for k, v in getattr(item, "value", [])
                 if isinstance(k, ScalarNode) and k.value == key), None)
    if not isinstance(node, MappingNode):
        raise WriteRefused("log.edit.not_a_list", path=key)
    try:
        edit = plan_set_mapping(text, node, fields)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    expected, items = _copy_along(loaded.data, list_path)
    new_item = dict(items[index])
    inner = dict(new_item[key])
    for name, value in fields.items():
        if value is None:
            inner.pop(name, None)
        else:
            inner[name] = value
    new_item[key] = inner
    items[index] = new_item
    return _checked(loaded, list_path, edit, expected, today, (new_item,))


def write_change(path: Path, today: dt.date, planner: Planner, *,
                 snapshot: LoadedPledge | None = None, command: str) -> Change:
    """Plan the change again under the lock (on the file as it is then), write it
    atomically and record it for `pledge undo`."""
    real = real_path(path)
    with locked(real) as sidecar:
        loaded = reload(path, real, snapshot, today)
        change = planner(loaded)
        remove_stale_temporaries(real)
        write_atomically(real, change.new_bytes)
        refresh_snapshot(change, today)
        record = {
            "command": command,
            "list_path": list(change.list_path),
            "items": to_json(list(change.items)),
            "spans": [[s.start, s.end, s.old, s.new] for s in change.edit.spans],
            "empty_as": change.empty_as,
            "sha256": file_hash(change.new_bytes),
            "restores": file_hash(snapshot_bytes(loaded)),
        }
        try:
            sidecar.write_record(record)
        except OSError:
            from dataclasses import replace

            return replace(change, record_saved=False)
        return change


def plan_restore(loaded: LoadedPledge, record: Mapping[str, Any], edit: Edit,
                 today: dt.date) -> Change:
    """Undo of an edit, removal or outcome: the inverse edit must give back exactly the
    bytes the record's hash names, and they must still be a valid pledge."""
    text = _valid_text(loaded)
    new_text = edit.apply(text)
    new_bytes = (b"\xef\xbb\xbf" if loaded.bom else b"") + new_text.encode("utf-8")
    if file_hash(new_bytes) != record["restores"]:
        raise WriteRefused("log.undo.changed", command=record["command"])
    restored = load_pledge_bytes(new_bytes, loaded.path, today)
    if restored.pledge is None:
        raise WriteRefused("log.refused.after", restored.problems, restored.data)
    list_path = tuple(record["list_path"])
    return Change(loaded.path, loaded, list_path, tuple(record["items"]), edit, new_text,
                  restored.pledge)
