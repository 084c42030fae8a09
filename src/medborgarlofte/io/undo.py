"""`pledge undo` at the file level: take off what the last writing command added.

The record kept in the lock file (see `io.lock`) says what the last command added and the
hash of the file right after. When the file is still exactly that, the edit is inverted and
the file comes back byte for byte as it was. When the file changed since (a hand edit, a
`pledge measure` in between) the last items are still taken off if they are the recorded
ones; otherwise undo refuses, because the file no longer ends with what was added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from medborgarlofte.io.atomic import remove_stale_temporaries, write_atomically
from medborgarlofte.io.loader import LoadedPledge
from medborgarlofte.io.lock import locked, real_path
from medborgarlofte.io.textedit import EditError, plan_remove_last
from medborgarlofte.io.writer import (
    Change,
    WriteRefused,
    edit_from_record,
    file_hash,
    list_at,
    plan_edit_change,
    refresh_snapshot,
    reload,
    snapshot_bytes,
    to_json,
)


@dataclass(frozen=True)
class UndoPlan:
    """What undo would do: the change, the command that made it, whether it is exact."""

    change: Change
    command: str
    exact: bool
    file_sha256: str
    """Hash of the file the plan was made from: undo writes only if it is still the same."""


def read_record(path: Path) -> dict[str, Any] | None:
    """The record of the last write to the file (taken under the lock)."""
    with locked(real_path(path)) as sidecar:
        return sidecar.read_record()


def plan_undo(loaded: LoadedPledge, record: dict[str, Any] | None, today: dt.date) -> UndoPlan:
    """The checked removal of the last recorded addition; raises WriteRefused."""
    if record is None:
        raise WriteRefused("log.undo.nothing")
    if loaded.pledge is None or loaded.text is None:
        raise WriteRefused("log.refused.invalid", loaded.problems, loaded.data,
                           usage=loaded.usage)
    list_path = tuple(record["list_path"])
    count = len(record["items"])
    current = file_hash(snapshot_bytes(loaded))
    if current == record["sha256"]:
        edit = edit_from_record(record).inverse()
        if "restores" in record:  # an edit, removal or outcome (io.correct): exact or nothing
            from medborgarlofte.io.correct import plan_restore

            change = plan_restore(loaded, record, edit, today)
        else:
            change = plan_edit_change(loaded, list_path, count, edit, today, record["empty_as"])
        return UndoPlan(change, record["command"], True, current)
    if "restores" in record:
        raise WriteRefused("log.undo.changed", command=record["command"])
    items = list_at(loaded.data, list_path)
    if (not isinstance(items, list) or len(items) < count
            or to_json(items[-count:]) != record["items"]):
        raise WriteRefused("log.undo.changed", command=record["command"])
    try:
        edit = plan_remove_last(loaded.text, loaded.root, list_path, count)
    except EditError as err:
        raise WriteRefused(err.key, **err.params) from err
    change = plan_edit_change(loaded, list_path, count, edit, today)
    return UndoPlan(change, record["command"], False, current)


def undo_last(path: Path, today: dt.date, expected_sha256: str,
              snapshot: LoadedPledge | None = None) -> Change:
    """Undo the last recorded addition, if the file is still the one the plan was made from
    (`snapshot`, the file as the plan read it, is reused when its bytes are unchanged: a
    second reading of a file near the size limit would double the memory)."""
    real = real_path(path)
    with locked(real) as sidecar:
        loaded = reload(path, real, snapshot, today)
        if loaded.text is not None and file_hash(snapshot_bytes(loaded)) != expected_sha256:
            raise WriteRefused("log.undo.moved")
        plan = plan_undo(loaded, sidecar.read_record(), today)
        remove_stale_temporaries(real)
        write_atomically(real, plan.change.new_bytes)
        refresh_snapshot(plan.change, today)
        sidecar.write_record(None)
        return plan.change
