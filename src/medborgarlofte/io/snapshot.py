"""Snapshots: everything a writing command needs from a valid file, stored under its bytes.

`pledge log` on 100,000 events spent 4 s reading, parsing and validating the whole file
before it appended one activity. A snapshot holds what a full load gives a writer: the
validated model, the plain data, and where the text's events are (the line of each
activity's '-', the events section's end), stored in the user's private cache
(`io.cache`) only for a file without a single problem, under a key made of this format,
the installed code and the SHA-256 of the file's exact bytes. A writer that finds the
snapshot of the bytes it read skips the full load; the YAML nodes it needs are made from
the text on demand: the document without its activities is parsed (the head: a few kB),
and an activity's nodes come from parsing its own lines (the place where it starts is a
place where YAML starts afresh, as `io.verify` uses), at the positions of the whole text.
After the write, the snapshot of the new bytes is stored (`refresh`): the next writer
starts from it.

The payload is a pickle, read only from the cache directory `io.cache` verifies (the
user's own, 0700, no group or other access, not a link), of an entry that is a 0600
regular file of the user, opened without following links, that names its own key and the
SHA-256 of its payload; it is unpickled with only this package's, pydantic's and the
standard types' classes allowed, and must name the file's digest and this format. Anything
else is a miss, and a miss is the full load (docs/security.md).

A snapshot is valid from the day it was checked on: a file without problems stays
without them on a later day (the only checks that look at the day refuse dates after it),
never on an earlier one (`$PLEDGE_TODAY`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, overload

from yaml.error import Mark
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.core.schema.personnummer import exempt_numbers, find_identity_numbers
from medborgarlofte.io.cache import read_entry, write_entry
from medborgarlofte.io.loader import _REVIEW_MARK as _REVIEW
from medborgarlofte.io.loader import LoadedPledge, load_pledge, load_pledge_bytes, read_bytes
from medborgarlofte.io.yamlread import decode_bytes, parse_yaml

FORMAT = "snapshot 2"
EVENTS = "events"
_SEQ_TAG = "tag:yaml.org,2002:seq"


@dataclass(frozen=True)
class Layout:
    """Where the events are in the text: the key line (`head`, which ends at
    `items_start`'s line), the start of each activity's first line and its line number
    (0-based), the end of the events section (the next top-level key, or the end), and
    the column of the '-'."""

    head: str
    starts: array[int]
    lines: array[int]
    section_end: int
    dash: int
    key_start: int = 0
    """Where the `events:` key is: an edit before it moves everything by what it adds."""

    @property
    def items_start(self) -> int:
        return self.starts[0]


@dataclass
class _Use:
    env: Mapping[str, str] | None = None
    code: str = ""


_USE = _Use()


def use_cache(env: Mapping[str, str], code: str) -> None:
    """Let this run read and store snapshots (the CLI calls it; `code` is the installed
    code's key, `fast.memo.installed_code`). Without it nothing is read or stored."""
    _USE.env, _USE.code = env, code


def stop_using_cache() -> None:
    """No snapshots from here on (tests)."""
    _USE.env, _USE.code = None, ""


def _name(digest: str) -> str:
    return hashlib.sha256(repr((FORMAT, _USE.code, digest)).encode("utf-8")).hexdigest()


# --- the layout of a text ------------------------------------------------------------

def layout_of(text: str, root: Node | None) -> Layout | None:
    """The layout of a text with its full nodes; None for a shape snapshots leave to the
    full load (the top not a block mapping of unquoted keys at column 0, no block list of
    activities on the lines after `events:`, lines ending in CR alone)."""
    from medborgarlofte.io.textedit import after_line_of, item_line_start

    if "\r" in text and "\n" not in text:
        return None
    if not isinstance(root, MappingNode) or root.flow_style:
        return None
    pairs = root.value
    for key, _ in pairs:
        if not isinstance(key, ScalarNode) or key.start_mark.column != 0 or key.style:
            return None
    found = [i for i, (key, _) in enumerate(pairs) if key.value == EVENTS]
    if len(found) != 1:
        return None
    key, value = pairs[found[0]]
    if not isinstance(value, SequenceNode) or value.flow_style or not value.value:
        return None
    key_start = key.start_mark.index
    key_line_end = after_line_of(text, key_start + len(key.value))
    if value.start_mark.index < key_line_end:
        return None
    section_end = (pairs[found[0] + 1][0].start_mark.index if found[0] + 1 < len(pairs)
                   else len(text))
    starts: array[int] = array("q")
    lines: array[int] = array("q")
    line, counted = 0, 0
    for item in value.value:
        start = item_line_start(text, value, item)
        if (starts and start <= starts[-1]) or start < key_line_end:
            return None
        line += text.count("\n", counted, start)
        counted = start
        starts.append(start)
        lines.append(line)
    return Layout(text[key_start:key_line_end], starts, lines, section_end,
                  value.start_mark.column, key_start)


# --- nodes made from the text on demand -------------------------------------------------

def _mark(index: int, line: int, column: int) -> Mark:
    """A mark as the composer makes them (no buffer: the text is ours)."""
    return Mark("<unicode string>", index, line, column, None, None)  # type: ignore[arg-type]


def _moved(mark: Mark, by: int, lines: int) -> Mark:
    return _mark(mark.index + by, mark.line + lines, mark.column)


def _shift(node: Node, by: int, lines: int, at_or_after: int = 0) -> None:
    """Move every mark of the tree (from `at_or_after` on) by `by` characters, `lines` lines."""
    stack = [node]
    while stack:
        current = stack.pop()
        if current.start_mark.index >= at_or_after:
            current.start_mark = _moved(current.start_mark, by, lines)
        if current.end_mark.index >= at_or_after:
            current.end_mark = _moved(current.end_mark, by, lines)
        if isinstance(current, SequenceNode):
            stack.extend(current.value)
        elif isinstance(current, MappingNode):
            for key, value in current.value:
                stack += [key, value]


class LazyItems(Sequence[Node]):
    """The nodes of the activities, each parsed from its own lines when first asked for."""

    def __init__(self, text: str, layout: Layout) -> None:
        self._text, self._layout = text, layout
        self._nodes: dict[int, Node] = {}
        self._head_lines = layout.head.count("\n")

    def __len__(self) -> int:
        return len(self._layout.starts)

    @overload
    def __getitem__(self, index: int) -> Node: ...

    @overload
    def __getitem__(self, index: slice) -> list[Node]: ...

    def __getitem__(self, index: int | slice) -> Node | list[Node]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        count = len(self)
        if index < 0:
            index += count
        if not 0 <= index < count:
            raise IndexError(index)
        node = self._nodes.get(index)
        if node is None:
            node = self._nodes[index] = self._parse(index)
        return node

    def __iter__(self) -> Iterator[Node]:
        return (self[i] for i in range(len(self)))

    def _parse(self, index: int) -> Node:
        layout = self._layout
        start = layout.starts[index]
        stop = layout.starts[index + 1] if index + 1 < len(self) else layout.section_end
        items = _items_of(layout.head + self._text[start:stop])
        if items is None or len(items) != 1:
            from medborgarlofte.io.textedit import EditError

            raise EditError("log.edit.verify_failed")  # never: the file read as a whole
        _shift(items[0], start - len(layout.head), layout.lines[index] - self._head_lines)
        return items[0]


def _items_of(window: str) -> list[Node] | None:
    """The item nodes of `events:` followed by some of its items' lines; None if the
    window does not read as such a list (an empty one is [])."""
    found = _items_and_data(window)
    return None if found is None else found[0]


def _items_and_data(window: str) -> tuple[list[Node], list[Any]] | None:
    """The item nodes and values of `events:` followed by some of its items' lines (as
    `_items_of`)."""
    parsed = parse_yaml(window)
    root = parsed.root
    if parsed.problems or not isinstance(root, MappingNode) or len(root.value) != 1:
        return None
    value = root.value[0][1]
    data = parsed.data.get(EVENTS) if isinstance(parsed.data, dict) else None
    if isinstance(value, ScalarNode) and value.tag.endswith(":null"):
        return [], []
    if (not isinstance(value, SequenceNode) or value.flow_style or not isinstance(data, list)
            or len(data) != len(value.value)):
        return None
    return list(value.value), data


def skeleton(text: str, layout: Layout, data: Mapping[str, Any]) -> MappingNode | None:
    """The document's root node: the head parsed for real, the events as `LazyItems`, at
    the positions of the whole text; None when the head does not read as `data` says."""
    start, end = layout.items_start, layout.section_end
    parsed = parse_yaml(text[:start] + text[end:])
    root = parsed.root
    if parsed.problems or not isinstance(root, MappingNode) or not isinstance(parsed.data,
                                                                             dict):
        return None
    if ({k: v for k, v in parsed.data.items() if k != EVENTS}
            != {k: v for k, v in data.items() if k != EVENTS}):
        return None
    found = [i for i, (key, _) in enumerate(root.value)
             if isinstance(key, ScalarNode) and key.value == EVENTS]
    if len(found) != 1:
        return None
    key = root.value[found[0]][0]
    root.value[found[0]] = (key, ScalarNode("tag:yaml.org,2002:null", "", key.end_mark,
                                            key.end_mark))
    _shift(root, end - start, text.count("\n", start, end), at_or_after=start)
    first = _mark(start + layout.dash, layout.lines[0], layout.dash)
    close = _mark(end, layout.lines[-1] + text.count("\n", layout.starts[-1], end), 0)
    sequence = SequenceNode(_SEQ_TAG, LazyItems(text, layout), first, close,
                            flow_style=False)
    root.value[found[0]] = (key, sequence)
    return root


# --- reading -------------------------------------------------------------------------

_ALLOWED_CLASSES = {
    ("builtins", "set"), ("builtins", "frozenset"), ("builtins", "dict"),
    ("builtins", "list"), ("builtins", "tuple"), ("builtins", "bytearray"),
    ("datetime", "date"), ("datetime", "datetime"), ("datetime", "time"),
    ("datetime", "timedelta"), ("array", "array"), ("array", "_array_reconstructor"),
    ("copyreg", "_reconstructor"), ("builtins", "object"),
}
"""The standard classes a snapshot may name."""


def _unpickled(payload: bytes) -> Any:
    """The payload unpickled with only the classes a snapshot holds: ours, pydantic's, and
    plain standard values (pickle is imported here: a reading command on a file without a
    snapshot never needs it)."""
    import pickle

    class _Unpickler(pickle.Unpickler):
        _ALLOWED = _ALLOWED_CLASSES

        def find_class(self, module: str, name: str) -> Any:
            if ((module, name) in self._ALLOWED or module.startswith("medborgarlofte.")
                    or module == "pydantic.main"):
                return super().find_class(module, name)
            raise pickle.UnpicklingError(f"{module}.{name}")

    return _Unpickler(io.BytesIO(payload)).load()


def _pickled(stored: dict[str, Any]) -> bytes:
    import pickle

    return pickle.dumps(stored, protocol=5)


def lookup(raw: bytes, path: Path, today: dt.date) -> LoadedPledge | None:
    """The file read from its snapshot, as `load_pledge_bytes(raw, path, today)` would give
    it (a file without a problem); None when there is no usable one."""
    env = _USE.env
    if env is None:
        return None
    digest = hashlib.sha256(raw).hexdigest()
    payload = read_entry(env, _name(digest))
    if payload is None:
        return None
    found = _stored(env, digest, today, 0)
    if found is None:
        return None
    layout, pledge, data, depth = found
    text, bom, problems = decode_bytes(raw)
    if text is None or problems:
        return None
    root = skeleton(text, layout, data)
    if root is None:
        return None
    return SnapshotPledge(path, [], pledge, text, data, root, bom, digest=digest,
                          layout=layout, depth=depth)


MAX_DEPTH = 8
"""An entry is a whole snapshot, or the activities appended to the file of another entry
(`base`) and the new layout: pickling the model of 100,000 activities takes a second, so
`pledge log` stores a whole one only every MAX_DEPTH + 1 appends."""


def _stored(env: Mapping[str, str], digest: str, today: dt.date,
            depth: int) -> tuple[Layout, Any, dict[str, Any], int] | None:
    """(layout, model, data, how many appends on top of a whole snapshot) of the entry of
    `digest`, following its bases; None for a miss."""
    from medborgarlofte.core.schema.model import Pledge

    payload = read_entry(env, _name(digest))
    if payload is None or depth > MAX_DEPTH:
        return None
    try:
        stored = _unpickled(payload)
        if (not isinstance(stored, dict) or stored.get("format") != FORMAT
                or stored.get("digest") != digest):
            return None
        day, layout, base = stored["day"], stored["layout"], stored.get("base")
        if not isinstance(day, dt.date) or day > today or not isinstance(layout, Layout):
            return None
        if base is None:
            pledge, data, below = stored["model"], stored["data"], -1
        else:
            under = _stored(env, base, today, depth + 1)
            if under is None:
                return None
            _, old, old_data, below = under
            events, items = list(stored["events"]), list(stored["items"])
            old_items = list(old_data.get(EVENTS) or [])
            first, after = stored.get("cut") or (len(old_items), len(old_items))
            if not (isinstance(first, int) and isinstance(after, int)
                    and 0 <= first <= after <= len(old_items) == len(old.event_list)):
                return None
            kept = old.event_list
            pledge = old.model_copy(update={"events": [*kept[:first], *events, *kept[after:]]})
            data = {**old_data, EVENTS: [*old_items[:first], *items, *old_items[after:]]}
    except Exception:  # noqa: BLE001 - anything odd in an entry is a miss, never a failure
        return None
    if not isinstance(pledge, Pledge) or not isinstance(data, dict):
        return None
    if len(pledge.event_list) != len(layout.starts) or len(data.get(EVENTS) or []) != len(
            layout.starts):
        return None
    return layout, pledge, data, below + 1


@dataclass
class SnapshotPledge(LoadedPledge):
    """A `LoadedPledge` made from a snapshot (its nodes are made on demand)."""

    layout: Layout | None = None
    depth: int = 0
    """How many appends the snapshot holds on top of a whole one (see MAX_DEPTH)."""


def shortcut_errors() -> tuple[type[BaseException], ...]:
    """What taking or storing a snapshot may raise that makes it no shortcut (imported when
    one is raised: a reading without a snapshot never needs pickle or io.textedit)."""
    import pickle

    from medborgarlofte.io.textedit import EditError

    return (EditError, ValueError, TypeError, IndexError, KeyError, OSError,
            pickle.PicklingError)


STORE_FROM = 200
"""A file read in full is stored as a snapshot from this many activities on: below it a
full reading costs less than storing one."""


def load_for_writing(path: Path, today: dt.date) -> LoadedPledge:
    """The file a command reads or changes: from its snapshot when there is one for these
    bytes; else, when only activities changed since the snapshot of the file's previous
    bytes, from that snapshot with only the changed activities read and checked
    (`changed_since`); else read in full (`io.loader.load_pledge`), and stored."""
    raw, _ = read_bytes(path)
    if raw is None:
        return load_pledge(path, today)
    found = lookup(raw, path, today)
    if found is None:
        try:
            found = changed_since(raw, path, today)
        except shortcut_errors():  # a shortcut that cannot be taken is none: the full reading
            found = None
    if found is not None:
        return found
    loaded = load_pledge_bytes(raw, path, today)
    data = loaded.data
    if (_USE.env is not None and isinstance(data, dict)
            and len(data.get(EVENTS) or []) >= STORE_FROM):
        with suppress(*shortcut_errors()):  # a snapshot that cannot be stored is none
            store(loaded, today)
    return loaded


# --- a file changed by hand ----------------------------------------------------------

_POINTER = b"pointer 1\n"


def _pointer_name(path: Path) -> str:
    return _name("file:" + os.path.realpath(path))


def _remember(env: Mapping[str, str], path: Path, digest: str, raw: bytes) -> None:
    """Note that the file at `path` last had the bytes `raw`, whose snapshot is `digest`:
    after a change by hand, `changed_since` starts from it."""
    if hashlib.sha256(raw).hexdigest() == digest:
        write_entry(env, _pointer_name(path), _POINTER + digest.encode("ascii") + b"\n" + raw)


def _previous(env: Mapping[str, str], path: Path) -> tuple[str, bytes] | None:
    """(digest, bytes) the file at `path` had when its last snapshot was stored."""
    payload = read_entry(env, _pointer_name(path))
    if payload is None or not payload.startswith(_POINTER):
        return None
    digest, _, raw = payload[len(_POINTER):].partition(b"\n")
    name = digest.decode("ascii", "replace")
    return (name, raw) if hashlib.sha256(raw).hexdigest() == name else None


def _common_prefix(a: str, b: str) -> int:
    """The length of the longest common prefix of `a` and `b` (slices compared by halves:
    a few memory comparisons, not a loop over characters)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[low:middle] == b[low:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _common_suffix(a: str, b: str, limit: int) -> int:
    """The length (at most `limit`) of the longest common suffix of `a` and `b`."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[len(a) - middle:len(a) - low] == b[len(b) - middle:len(b) - low]:
            low = middle
        else:
            high = middle - 1
    return low


def changed_since(raw: bytes, path: Path, today: dt.date) -> LoadedPledge | None:
    """The file read from the snapshot of its previous bytes (`_remember`), when what
    changed since lies among its activities (a comment, an activity added, edited or
    taken off by hand, a `git pull`): the activities around the change are parsed again,
    the changed ones validated alone and the cross-record checks of `checks_of_changed`
    run; the text they now have is searched for what the loader looks for in the raw text
    (a personal identity number, a review mark). None, for the full reading, whenever the
    outcome is not a file without a single problem exactly as the full reading gives it:
    a change outside the activities, anything odd, any problem at all."""
    env = _USE.env
    if env is None:
        return None
    previous = _previous(env, path)
    if previous is None or previous[1] == raw:
        return None
    old_digest, old_raw = previous
    found = _stored(env, old_digest, today, 0)
    if found is None:
        return None
    old, pledge, data, depth = found
    text, bom, problems = decode_bytes(raw)
    old_text, old_bom, old_problems = decode_bytes(old_raw)
    if text is None or old_text is None or problems or old_problems or bom != old_bom:
        return None
    if "\r" in text and "\n" not in text:
        return None
    start = _common_prefix(old_text, text)
    common = _common_suffix(old_text, text, min(len(old_text), len(text)) - start)
    old_end, new_end = len(old_text) - common, len(text) - common
    if start < old.items_start or old_end > old.section_end:
        return None  # a change of another section: the full reading
    starts = old.starts
    shift = new_end - old_end
    first = bisect_right(starts, start) - 1  # the activity the change begins in
    after = bisect_left(starts, old_end, lo=first + 1)  # the first one after it
    window_start = starts[first]
    window_end = (starts[after] if after < len(starts) else old.section_end) + shift
    region = _lines_around(text, window_start, window_end)
    old_region = _lines_around(old_text, window_start, window_end - shift)
    if any(sign in part for sign in _LEFT_TO_THE_FULL_READING for part in (region, old_region)):
        return None
    if (_reported_in_raw_text(region, text) or _DOCUMENT_MARK.search(region)
            or _DOCUMENT_MARK.search(old_region)):
        return None
    line_shift = text.count("\n", start, new_end) - old_text.count("\n", start, old_end)
    relaid = _relaid(old, text, first, after, shift, line_shift)
    if relaid is None:
        return None
    layout, items = relaid
    changed = _checked(pledge, data, first, after, items, today)
    if changed is None:
        return None
    new_pledge, events = changed
    old_items = list(data.get(EVENTS) or [])
    new_data = {**data, EVENTS: [*old_items[:first], *items, *old_items[after:]]}
    root = skeleton(text, layout, new_data)
    if root is None:
        return None
    digest = hashlib.sha256(raw).hexdigest()
    stored: dict[str, Any] = {"format": FORMAT, "digest": digest, "day": today,
                              "layout": layout}
    if depth < MAX_DEPTH:
        stored.update(base=old_digest, cut=(first, after), events=events, items=items)
        depth += 1
    else:
        stored.update(model=new_pledge, data=new_data)
        depth = 0
    if write_entry(env, _name(digest), _pickled(stored)):
        _remember(env, path, digest, raw)
    return SnapshotPledge(path, [], new_pledge, text, new_data, root, bom, digest=digest,
                          layout=layout, depth=depth)


_LEFT_TO_THE_FULL_READING = ("\\", "ersonnummer", "&")
"""What the changed lines must not hold, before or after: an escape (it can spell a number
out of sight of the search; in the new lines `_reported_in_raw_text` says so too), an
exemption from the search for identity numbers (it holds for the whole file), an anchor (an
alias elsewhere may name it)."""


_DOCUMENT_MARK = re.compile(r"(?m)^(?:(?:---|\.\.\.)(?=[ \t\r\n]|$)|%)")
"""A line that ends or starts a YAML document, or a directive: the window read alone would
end where the whole file goes on."""


def _lines_around(text: str, start: int, end: int) -> str:
    """The text from the line before `start`'s to the line after `end`'s: what a number
    or a mark spelt across the edge of a change would be found in."""
    before = text.rfind("\n", 0, max(start - 1, 0))
    before = text.rfind("\n", 0, before) if before > 0 else -1
    after = text.find("\n", end)
    after = text.find("\n", after + 1) if after >= 0 else -1
    return text[before + 1: after if after >= 0 else len(text)]


def _checked(pledge: Any, data: dict[str, Any], first: int, after: int, items: list[Any],
             today: dt.date) -> tuple[Any, list[Any]] | None:
    """(the new pledge, its changed events) when activities `first`..`after` of `pledge`
    (valid, read from `data`, without a single problem on `today`) replaced by `items`
    make a pledge without a single problem; else None."""
    from medborgarlofte.core.schema.additions import checks_of_changed
    from medborgarlofte.core.schema.model import Event
    from medborgarlofte.core.schema.validation import validate_data

    if items:
        _, alone = validate_data({**data, EVENTS: list(items)}, today)
        if alone:
            return None
    events = [Event.model_validate(item) for item in items]
    kept = pledge.event_list
    new = pledge.model_copy(update={"events": [*kept[:first], *events, *kept[after:]]})
    if checks_of_changed(new, range(first, first + len(events)), today):
        return None
    return new, events


# --- storing after a write -------------------------------------------------------------

def refresh(change: Any, today: dt.date) -> bool:
    """Store the snapshot of the bytes `change` (an `io.writer.Change`) wrote, when the
    old file had no problem, the new one has none (no warning either), and the change is
    one of activities whose new layout follows from the old one by parsing only the
    changed lines. False when nothing was stored."""
    env = _USE.env
    before: LoadedPledge = change.before
    if (env is None or before.problems or before.pledge is None or change.warnings
            or change.data is None or not isinstance(change.data, dict)
            or before.text is None):
        return False
    old = before.layout if isinstance(before, SnapshotPledge) else None
    old = old or layout_of(before.text, before.root)
    if old is None or not _text_clean(change):
        return False
    layout = _layout_after(old, change.edit.spans, change.new_text)
    if layout is None:
        return False
    digest = hashlib.sha256(change.new_bytes).hexdigest()
    stored: dict[str, Any] = {"format": FORMAT, "digest": digest, "day": today,
                              "layout": layout}
    count = len(before.pledge.event_list)
    appended = change.pledge.event_list[count:]
    new_items = (change.data.get(EVENTS) or [])[count:]
    if (isinstance(before, SnapshotPledge) and before.depth < MAX_DEPTH and before.digest
            and tuple(change.list_path) == (EVENTS,) and appended
            and len(appended) == len(change.items) == len(new_items)
            and change.pledge.event_list[:count] == before.pledge.event_list):
        stored.update(base=before.digest, events=appended, items=new_items)
    else:
        stored.update(model=change.pledge, data=change.data)
    if not write_entry(env, _name(digest), _pickled(stored)):
        return False
    _remember(env, change.path, digest, change.new_bytes)
    return True


def _text_clean(change: Any) -> bool:
    """The added text holds nothing the loader would report on the whole new text: the
    writer checks the items, the loader the raw text."""
    added = "".join(span.new for span in change.edit.spans)
    return not _reported_in_raw_text(added, change.new_text)


def _reported_in_raw_text(part: str, whole: str) -> bool:
    """True when `part` of the text `whole` holds what the loader reports from the raw text
    (a personal identity number, comments included; a review mark) or an escape, which can
    spell a number out of sight of that search."""
    return ("\\" in part or _REVIEW.search(part) is not None
            or next(find_identity_numbers(part, exempt_numbers(whole)), None) is not None)


def _appends_items(span: Any, old: Layout) -> bool:
    """An insertion at the very end of the events section that belongs to it — more items
    (what `pledge log` adds) or lines of the last one (`pledge edit` adding a key) — not
    the start of the section after it (a top-level key: no indentation, no dash)."""
    first = span.new.lstrip("\r\n")
    return not span.old and bool(first) and (
        first.startswith(" " * old.dash + "- ") or first[0] in " \t")


def _layout_after(old: Layout, spans: Sequence[Any], new_text: str) -> Layout | None:
    """The layout of the new text: activities before the edit keep their lines, those
    after it move by what it added, the ones it touched are parsed again. An edit of
    another section (`measure`, `extend`, `outcome`) before the events moves them all;
    one after them moves nothing."""
    if not spans:
        return None
    shift = sum(len(s.new) - (s.end - s.start) for s in spans)
    line_shift = sum(s.new.count("\n") - s.old.count("\n") for s in spans)
    if spans[0].start > old.section_end or (spans[0].start == old.section_end
                                             and not _appends_items(spans[0], old)):
        return old
    if spans[-1].end <= old.key_start:
        return Layout(old.head, array("q", (s + shift for s in old.starts)),
                      array("q", (n + line_shift for n in old.lines)),
                      old.section_end + shift, old.dash, old.key_start + shift)
    if spans[0].start < old.items_start or spans[-1].end > old.section_end:
        return None
    first = bisect_right(old.starts, spans[0].start) - 1  # the activity the edit begins in
    after = bisect_left(old.starts, spans[-1].end, lo=first + 1)  # the first one after it
    relaid = _relaid(old, new_text, first, after, shift, line_shift)
    return None if relaid is None else relaid[0]


def _relaid(old: Layout, text: str, first: int, after: int, shift: int,
            line_shift: int) -> tuple[Layout, list[Any]] | None:
    """The layout of `text`, made from `old` by changing activities `first` up to `after`
    (which moves what follows by `shift` characters and `line_shift` lines): their lines
    (from the start of `first` to the start of `after`) are parsed again. With the values
    of the activities now in their place; None when those lines do not read as items of
    the list as the rest of the file indents it."""
    from medborgarlofte.io.textedit import item_line_start

    starts, lines = old.starts, old.lines
    window_start = starts[first]
    window_end = (starts[after] if after < len(starts) else old.section_end) + shift
    window = old.head + text[window_start:window_end]
    parsed = _items_and_data(window)
    if parsed is None:
        return None
    nodes, items = parsed
    base = window_start - len(old.head)
    sequence = SequenceNode(_SEQ_TAG, nodes, _mark(0, 0, old.dash), _mark(0, 0, 0))
    new_starts: array[int] = array("q", starts[:first])
    new_lines: array[int] = array("q", lines[:first])
    for node in nodes:
        item_start = item_line_start(window, sequence, node) + base
        if (item_start < window_start or (new_starts and item_start <= new_starts[-1])
                or text[item_start:item_start + old.dash + 1] != " " * old.dash + "-"):
            return None
        new_starts.append(item_start)
        new_lines.append(lines[first] + text.count("\n", window_start, item_start))
    new_starts.extend(s + shift for s in starts[after:])
    new_lines.extend(n + line_shift for n in lines[after:])
    if not new_starts:
        return None  # no activity left: a shape snapshots leave to the full reading
    return Layout(old.head, new_starts, new_lines, old.section_end + shift, old.dash,
                  old.key_start), items


def store(loaded: LoadedPledge, today: dt.date) -> bool:
    """Store the whole snapshot of a file read in full without a single problem on `today`
    (what a writer's `refresh` does for the bytes it wrote); False when it was not."""
    env = _USE.env
    if (env is None or loaded.problems or loaded.pledge is None or loaded.text is None
            or loaded.digest is None or not isinstance(loaded.data, dict)):
        return False
    layout = layout_of(loaded.text, loaded.root)
    if layout is None:
        return False
    stored = {"format": FORMAT, "digest": loaded.digest, "day": today, "layout": layout,
              "model": loaded.pledge, "data": loaded.data}
    if not write_entry(env, _name(loaded.digest), _pickled(stored)):
        return False
    _remember(env, loaded.path, loaded.digest,
              (b"\xef\xbb\xbf" if loaded.bom else b"") + loaded.text.encode("utf-8"))
    return True
