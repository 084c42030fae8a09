"""The one module that writes pledge files: append items to a list, or take the last ones off.

Every writing command goes through here (`log`, `import`, `measure`, `undo`, `extend`):

    change = append_items(path, ("events",), [item], today, snapshot=loaded, command="log")
    change = append_items(path, ("indicators", 1, "measurements"), [m], today, command=...)
    change = append_items(path, ("pledge", "extensions"), [ext], today, command="extend")

Under the exclusive lock (`io.lock`) the file is read again (a concurrent writer may have
changed it since `snapshot` was loaded) and must be valid; the items are emitted as text in
the file's style and inserted where the nodes say the list ends (`io.textedit`); the new text
is parsed again and must read as the old document plus exactly the items (`io.verify`) and
validate with no new error; then it replaces the file atomically (`io.atomic`), and the
change is recorded for `pledge undo`. Refusals raise `WriteRefused` with the problems;
failures of the file system raise OSError or `LockTimeout`, and leave the old file.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from medborgarlofte.core.schema.additions import (
    validate_event_edit,
    validate_with_events,
    validate_without_last_events,
)
from medborgarlofte.core.schema.model import Pledge
from medborgarlofte.core.schema.personnummer import exempt_numbers, find_identity_numbers
from medborgarlofte.core.schema.problems import Problem
from medborgarlofte.core.schema.validation import validate_data
from medborgarlofte.io.atomic import remove_stale_temporaries, write_atomically
from medborgarlofte.io.emit import Item
from medborgarlofte.io.loader import LoadedPledge, load_pledge, load_pledge_bytes, read_bytes
from medborgarlofte.io.lock import locked, real_path
from medborgarlofte.io.textedit import DocPath, Edit, EditError, Span, plan_append
from medborgarlofte.io.verify import verify_edit
from medborgarlofte.io.yamlread import parse_yaml
from medborgarlofte.text.published import first_forbidden

BOM = b"\xef\xbb\xbf"


class WriteRefused(Exception):
    """Nothing was written: `key` says why (a message key), `problems` what is wrong."""

    def __init__(self, key: str, problems: Sequence[Problem] = (), data: Any = None, /,
                 **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.problems = list(problems)
        self.data = data
        """The document the problems' paths refer to (to name items by id)."""
        self.params = params


@dataclass(frozen=True)
class Change:
    """A checked change of one pledge file (written, unless it was a dry run)."""

    path: Path
    before: LoadedPledge
    list_path: DocPath
    items: tuple[Any, ...]
    edit: Edit
    new_text: str
    pledge: Pledge
    warnings: tuple[Problem, ...] = ()
    empty_as: str = "list"
    record_saved: bool = field(default=True, compare=False)
    data: Any = field(default=None, compare=False)
    """The new document's data (what the new text was checked to read as), when known."""

    @property
    def new_bytes(self) -> bytes:
        """The file's new content, with the BOM and the line endings it had."""
        text = self.new_text
        if cr_only(self.before.text):
            text = text.replace("\n", "\r")
        return (BOM if self.before.bom else b"") + text.encode("utf-8")

    @property
    def first_line(self) -> int:
        """Line (1-based, in the new text) of the first added line."""
        span = next((s for s in self.edit.spans if s.new.strip()), self.edit.spans[0])
        start = span.start + sum(len(s.new) - (s.end - s.start)
                                 for s in self.edit.spans if s.start < span.start)
        skipped = len(span.new) - len(span.new.lstrip("\r\n"))
        return self.new_text.count("\n", 0, start + skipped) + 1


def with_items(data: Any, path: DocPath, items: Sequence[Any]) -> Any:
    """`data` with `items` appended to the list at `path` (copies only along the path)."""
    result = copy.copy(data)
    node = result
    for part in path[:-1]:
        child = copy.copy(node[part])
        node[part] = child
        node = child
    node[path[-1]] = [*(node.get(path[-1]) or []), *items]
    return result


def without_last(data: Any, path: DocPath, count: int, empty_as: str = "list") -> Any:
    """`data` with the last `count` items of the list at `path` taken off.

    A list left empty becomes [] (`empty_as` "list"), null ("null") or no key ("missing"),
    as it was before the items were added."""
    result = copy.copy(data)
    node = result
    for part in path[:-1]:
        child = copy.copy(node[part])
        node[part] = child
        node = child
    kept = node[path[-1]][:-count] if count else node[path[-1]]
    if kept or empty_as == "list":
        node[path[-1]] = kept
    elif empty_as == "null":
        node[path[-1]] = None
    else:
        del node[path[-1]]
    return result


def list_at(data: Any, path: DocPath) -> Any:
    """The value at `path` (None when any part is missing)."""
    node = data
    for part in path:
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def append_to_list(text: str, path: DocPath, items: Sequence[Item]) -> str:
    """`text` with `items` appended to the list at `path`, checked by parsing it again.

    Text only: no schema validation (see `plan_append_change` for that)."""
    parsed = parse_yaml(text)
    if parsed.problems:
        raise WriteRefused("log.refused.invalid", parsed.problems)
    try:
        edit = plan_append(text, parsed.root, path, items)
        return verify_edit(text, parsed.root, edit, with_items(parsed.data, path, items), path)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err


def plan_append_change(loaded: LoadedPledge, list_path: DocPath, items: Sequence[Item],
                       today: dt.date) -> Change:
    """The checked change that appends `items`; raises WriteRefused."""
    text = _valid_text(loaded)
    before = list_at(loaded.data, list_path)
    first = len(before or [])
    forbidden = [Problem("E125", (*list_path, first + i, *where), {"char": char})
                 for i, item in enumerate(items) for where, char in _forbidden_in(item)]
    if forbidden:  # what no published text may hold (see text.published), before emitting
        raise WriteRefused("log.refused.after", forbidden,
                           with_items(loaded.data, list_path, items))
    try:
        edit = plan_append(text, loaded.root, list_path, items)
        expected = with_items(loaded.data, list_path, items)
        new_text = verify_edit(text, loaded.root, edit, expected, list_path)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    personal = [Problem("E316", (*list_path, first), {"masked": masked})
                for _, masked in find_identity_numbers(edit.added_text, exempt_numbers(text))]
    if personal:
        raise WriteRefused("log.refused.after", personal, expected)
    pledge, warnings = _validated(loaded, expected, today, list_path, items)
    empty_as = "missing" if _missing(loaded.data, list_path) else (
        "null" if before is None else "list")
    return Change(loaded.path, loaded, list_path, tuple(items), edit, new_text, pledge,
                  warnings, empty_as, data=expected)


def _forbidden_in(value: Any, where: tuple[str | int, ...] = ()
                  ) -> list[tuple[tuple[str | int, ...], str]]:
    """(path inside the item, 'U+001B') of every text holding a forbidden character."""
    if isinstance(value, str):
        char = first_forbidden(value)
        return [] if char is None else [(where, char)]
    if isinstance(value, dict):
        return [f for k, v in value.items() for f in _forbidden_in(v, (*where, str(k)))]
    if isinstance(value, list | tuple):
        return [f for i, v in enumerate(value) for f in _forbidden_in(v, (*where, i))]
    return []


def plan_edit_change(loaded: LoadedPledge, list_path: DocPath, count: int, edit: Edit,
                     today: dt.date, empty_as: str = "list") -> Change:
    """The checked change that takes the last `count` items off with `edit`."""
    text = _valid_text(loaded)
    expected = without_last(loaded.data, list_path, count, empty_as)
    try:
        new_text = verify_edit(text, loaded.root, edit, expected, list_path)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    pledge, warnings = _validated(loaded, expected, today, removed=(list_path, count, empty_as))
    removed = tuple((list_at(loaded.data, list_path) or [])[-count:])
    return Change(loaded.path, loaded, list_path, removed, edit, new_text, pledge, warnings,
                  empty_as, data=expected)


def append_items(path: Path, list_path: DocPath, items: Sequence[Item], today: dt.date, *,
                 snapshot: LoadedPledge | None = None, command: str = "log") -> Change:
    """Append `items` to the list at `list_path` of the file, under the lock; the change."""
    real = real_path(path)
    with locked(real) as sidecar:
        loaded = reload(path, real, snapshot, today)
        change = plan_append_change(loaded, list_path, items, today)
        remove_stale_temporaries(real)
        write_atomically(real, change.new_bytes)
        refresh_snapshot(change, today)
        return _recorded(change, sidecar, command)


def reload(path: Path, real: Path, snapshot: LoadedPledge | None,
           today: dt.date) -> LoadedPledge:
    """The file as it is now: `snapshot` when the bytes are unchanged, else loaded again."""
    raw, _ = read_bytes(real)
    if raw is None:
        return load_pledge(path, today)
    if snapshot is not None and snapshot.text is not None and raw == snapshot_bytes(snapshot):
        return snapshot
    from medborgarlofte.io.snapshot import lookup

    return lookup(raw, path, today) or load_pledge_bytes(raw, path, today)


def refresh_snapshot(change: Change, today: dt.date) -> None:
    """Store the snapshot of the bytes just written (`io.snapshot.refresh`), so that the
    next writer need not read the whole file. A snapshot is only ever a shortcut: one that
    cannot be made is none, and the write stands."""
    from medborgarlofte.io.snapshot import refresh, shortcut_errors

    with contextlib.suppress(*shortcut_errors()):
        refresh(change, today)


def snapshot_bytes(loaded: LoadedPledge) -> bytes:
    """The bytes `loaded` was read from (decoding was strict UTF-8, so this is exact)."""
    return (BOM if loaded.bom else b"") + (loaded.text or "").encode("utf-8")


def file_hash(data: bytes) -> str:
    """The SHA-256 of a file's bytes, in hex."""
    return hashlib.sha256(data).hexdigest()


def _recorded(change: Change, sidecar: Any, command: str) -> Change:
    record = {
        "command": command,
        "list_path": list(change.list_path),
        "items": to_json(list(change.items)),
        "spans": [[s.start, s.end, s.old, s.new] for s in change.edit.spans],
        "empty_as": change.empty_as,
        "sha256": file_hash(change.new_bytes),
    }
    try:
        sidecar.write_record(record)
    except OSError:
        return replace(change, record_saved=False)
    return change


def edit_from_record(record: dict[str, Any]) -> Edit:
    """The recorded edit."""
    return Edit(tuple(Span(int(a), int(b), str(old), str(new))
                      for a, b, old, new in record["spans"]))


def to_json(value: Any) -> Any:
    """Item data as JSON values (dates as ISO text), to record and compare items."""
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def cr_only(text: str | None) -> bool:
    """True for a text whose lines end in CR alone (classic Mac OS, some exports)."""
    return text is not None and "\r" in text and "\n" not in text


def _valid_text(loaded: LoadedPledge) -> str:
    """The text to edit. CR-only line ends are edited as LF, which has the same length,
    so every node position still holds; `Change.new_bytes` turns them back."""
    if loaded.pledge is None or loaded.text is None:
        raise WriteRefused("log.refused.invalid", loaded.problems, loaded.data,
                           usage=loaded.usage)
    return loaded.text.replace("\r", "\n") if cr_only(loaded.text) else loaded.text


def _missing(data: Any, path: DocPath) -> bool:
    parent = list_at(data, path[:-1])
    return isinstance(parent, dict) and path[-1] not in parent


def _problem_key(problem: Problem) -> tuple[str, tuple[str | int, ...], str]:
    return problem.code, problem.path, repr(sorted(problem.params.items(), key=str))


def _validated(loaded: LoadedPledge, data: Any, today: dt.date, path: DocPath = (),
               items: Sequence[Any] = (), removed: tuple[DocPath, int, str] | None = None,
               edited: tuple[int, Any] | None = None,
               ) -> tuple[Pledge, tuple[Problem, ...]]:
    """The pledge the new data makes, and the warnings it did not have; or WriteRefused.
    `edited`: (index, new item or None when taken off) of the one event changed."""
    problems: list[Problem]
    clean = not loaded.problems  # no problem at all on `today`: only the change is checked
    if path == ("events",) and items and loaded.pledge and isinstance(loaded.data, dict):
        pledge, problems = validate_with_events(loaded.pledge, loaded.data, items, today,
                                                clean)
    elif removed is not None and removed[0] == ("events",) and loaded.pledge is not None:
        pledge, problems = validate_without_last_events(loaded.pledge, removed[1], removed[2],
                                                        today, clean)
    elif edited is not None and clean and loaded.pledge and isinstance(loaded.data, dict):
        pledge, problems = validate_event_edit(loaded.pledge, loaded.data, edited[0],
                                               edited[1], data, today)
    else:
        pledge, problems = validate_data(data, today)
    known = {_problem_key(p) for p in loaded.problems}
    fresh = [p for p in problems if _problem_key(p) not in known]
    errors = [p for p in fresh if p.severity == "error"]
    if pledge is None or errors:
        raise WriteRefused("log.refused.after", errors or fresh, data)
    return pledge, tuple(fresh)
