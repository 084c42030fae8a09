"""The one door from a command into the writers: what a writing command asks for, as a value.

A command says *what* to write, in one of three shapes, and `apply_write` runs the writer that
does it (under the file's lock, on the file as it is then, checked, atomically, recorded for
`pledge undo`); `plan_write` makes the same checked change without writing (a dry run, a
preview):

- `Append(list_path, items)`: items at the end of a list (`log`, `measure`, `import`,
  `extend`), by `io.writer.append_items`;
- `Replan(planner)`: one item changed, removed or given a key anywhere (`edit`, `remove`,
  `outcome`), by `io.correct.write_change`, which plans again under the lock;
- `Undo(file_sha256)`: the last recorded write taken back (`undo`), by `io.undo.undo_last`,
  only while the file is still the one the plan was made from.

This is a thin layer on purpose: the writers' internals stay where they are, and the CLI's
call into them is here, once (`cli.flow`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from medborgarlofte.io.emit import Item
from medborgarlofte.io.loader import LoadedPledge
from medborgarlofte.io.textedit import DocPath
from medborgarlofte.io.writer import Change


@dataclass(frozen=True)
class Append:
    """Add `items` at the end of the list at `list_path`."""

    list_path: DocPath
    items: Sequence[Item]


@dataclass(frozen=True)
class Replan:
    """The change `planner` makes of the file as it is (planned again under the lock)."""

    planner: Callable[[LoadedPledge], Change]


@dataclass(frozen=True)
class Undo:
    """Take back the last recorded write, if the file still has this hash."""

    file_sha256: str


Write = Append | Replan | Undo


def plan_write(loaded: LoadedPledge, write: Write, today: dt.date) -> Change:
    """The checked change `write` makes of `loaded`, written nowhere; raises WriteRefused
    (`io.writer`)."""
    if isinstance(write, Append):
        from medborgarlofte.io.writer import plan_append_change

        return plan_append_change(loaded, write.list_path, write.items, today)
    if isinstance(write, Replan):
        return write.planner(loaded)
    from medborgarlofte.io.undo import plan_undo, read_record

    return plan_undo(loaded, read_record(loaded.path), today).change


def apply_write(path: Path, write: Write, today: dt.date, *, snapshot: LoadedPledge,
                command: str) -> Change:
    """Write `write` to the file at `path` (`snapshot`: the file as the command read it,
    reused when its bytes are unchanged); the change written. Raises WriteRefused, LockTimeout
    or OSError, and then the file is as it was."""
    if isinstance(write, Append):
        from medborgarlofte.io.writer import append_items

        return append_items(path, write.list_path, write.items, today, snapshot=snapshot,
                            command=command)
    if isinstance(write, Replan):
        from medborgarlofte.io.correct import write_change

        return write_change(path, today, write.planner, snapshot=snapshot, command=command)
    from medborgarlofte.io.undo import undo_last

    return undo_last(path, today, write.file_sha256, snapshot=snapshot)
