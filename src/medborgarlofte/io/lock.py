"""The exclusive lock every writer of a pledge file takes, and the record of the last write.

The lock is held on a separate file beside the pledge, `.pledge.yaml.lock`, not on the pledge
itself: every write replaces the pledge with a new file (atomic rename), so a process waiting
on the old file's lock would wake up holding a lock on a file that is no longer there while a
third process locks the new one. The lock file is never replaced or deleted, so all writers
queue on the same file. It is created beside the real file when the pledge is a symlink, so
two links to one file share one lock.

A new lock file inside a git work tree is listed in that work tree's `.git/info/exclude`,
so it never shows up in `git status` (nor gets committed).

The lock file also holds, as JSON, the record of the last change a command made (what was
added where, and a hash of the file right after), which `pledge undo` needs; it is read and
written only under the lock, so it can never describe a write other than the last one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import portalocker

LOCK_TIMEOUT = 60.0
"""Seconds a writer waits for the lock before giving up with a message."""
RECORD_VERSION = 1


class LockTimeout(Exception):
    """Another process held the lock for longer than LOCK_TIMEOUT."""

    def __init__(self, lock_file: Path) -> None:
        super().__init__(str(lock_file))
        self.lock_file = lock_file


def real_path(path: Path) -> Path:
    """The file a path names, through any symlinks (writes go to the target)."""
    return Path(os.path.realpath(path))


def lock_file_for(real: Path) -> Path:
    """`.pledge.yaml.lock` beside the (real) pledge file."""
    return real.with_name(f".{real.name}.lock")


class Sidecar:
    """The open lock file: the record of the last write, readable and replaceable."""

    def __init__(self, handle: IO[str], path: Path) -> None:
        self._handle = handle
        self.path = path

    def read_record(self) -> dict[str, Any] | None:
        """The last write's record, or None (none yet, or unreadable: nothing to undo)."""
        self._handle.seek(0)
        try:
            record = json.loads(self._handle.read() or "null")
        except ValueError:
            return None
        if not isinstance(record, dict) or record.get("version") != RECORD_VERSION:
            return None
        return record

    def write_record(self, record: dict[str, Any] | None) -> None:
        """Replace the record (None clears it)."""
        self._handle.seek(0)
        self._handle.truncate()
        if record is not None:
            self._handle.write(json.dumps({"version": RECORD_VERSION, **record},
                                          ensure_ascii=False))
        self._handle.flush()
        os.fsync(self._handle.fileno())


@contextmanager
def locked(real: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[Sidecar]:
    """Hold the exclusive lock of the pledge file `real` (a resolved path)."""
    lock_path = lock_file_for(real)
    new = not lock_path.exists()
    lock = portalocker.Lock(
        str(lock_path), mode="a+", timeout=timeout, check_interval=0.02,
        fail_when_locked=False, encoding="utf-8",
    )
    try:
        handle = lock.acquire()
    except portalocker.LockException as err:
        raise LockTimeout(lock_path) from err
    try:
        if new:
            exclude_from_git(lock_path)
        yield Sidecar(handle, lock_path)
    finally:
        lock.release()


def exclude_from_git(lock_path: Path) -> None:
    """Keep a new lock file out of `git status`: list it in the work tree's local
    `.git/info/exclude` (never shared, unlike .gitignore). Outside git, or when git keeps
    its data elsewhere (a worktree, a submodule), nothing is done."""
    for folder in lock_path.parents:
        git = folder / ".git"
        if git.exists():
            if not git.is_dir():
                return
            line = "/" + lock_path.relative_to(folder).as_posix()
            exclude = git / "info" / "exclude"
            try:
                present = exclude.read_text(encoding="utf-8") if exclude.exists() else ""
                if line not in present.splitlines():
                    exclude.parent.mkdir(exist_ok=True)
                    with open(exclude, "a", encoding="utf-8") as handle:
                        handle.write(("" if present.endswith("\n") or not present else "\n")
                                     + line + "\n")
            except OSError:
                pass  # only tidiness is lost
            return
