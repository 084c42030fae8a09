"""The exclusive lock every writer of a pledge file takes, and the record of the last write.

The lock is never taken on the pledge itself: every write replaces the pledge with a new
file (atomic rename), so a process waiting on the old file's lock would wake up holding a
lock on a file that is no longer there while a third process locks the new one. Where it
is taken (see `io.state`): in a git repository on a file inside the git directory
(`.git/pledge/…`), which is never replaced or deleted, so all writers queue on it;
elsewhere on the pledge's directory itself (flock on the directory: nothing is created that
git could later pick up, and every user of a shared folder sees the same directory), or,
where a directory cannot be locked (some network file systems, Windows), on a file in the
user's cache. Both links to one file share one lock: the place is found from the real path.

A `.pledge.yaml.lock` beside the pledge, which earlier versions used, is never opened
any more (it may be a link a colleague committed) nor read (its record came from another
clone): it is left as it is.

The record of the last change a command made (what was added where, and a hash of the file
right after), which `pledge undo` needs, is a JSON file beside the lock, read and replaced
only under the lock; it names the real path of its file, so a record copied with a git
directory or made for another file is never offered.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from medborgarlofte.io.atomic import replace_state_file
from medborgarlofte.io.state import (
    NOFOLLOW,
    StatePlace,
    fallback_lock,
    open_state_file,
    state_place,
)

LOCK_TIMEOUT = 60.0
"""Seconds a writer waits for the lock before giving up with a message."""
RECORD_VERSION = 1
MAX_RECORD_BYTES = 128 * 1024 * 1024
"""A record holds what was added: at most a 50 MB file's worth, with room for JSON escapes."""


class LockTimeout(Exception):
    """Another process held the lock for longer than LOCK_TIMEOUT."""

    def __init__(self, lock_file: Path) -> None:
        super().__init__(str(lock_file))
        self.lock_file = lock_file


def real_path(path: Path) -> Path:
    """The file a path names, through any symlinks (writes go to the target)."""
    return Path(os.path.realpath(path))


class Sidecar:
    """The state kept beside the lock: the record of the last write, read and replaced."""

    def __init__(self, real: Path, place: StatePlace) -> None:
        self.real = real
        self.path = place.record

    def read_record(self) -> dict[str, Any] | None:
        """The last write's record, or None (none yet, unreadable, malformed, or made for
        another file: nothing to undo)."""
        try:
            fd = os.open(self.path, os.O_RDONLY | NOFOLLOW)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_RECORD_BYTES:
                return None
            with os.fdopen(fd, "rb", closefd=False) as handle:
                record = json.loads(handle.read(MAX_RECORD_BYTES + 1) or b"null")
        except (OSError, ValueError, RecursionError):
            return None
        finally:
            os.close(fd)
        return record if well_formed(record, str(self.real)) else None

    def write_record(self, record: dict[str, Any] | None) -> None:
        """Replace the record (None clears it)."""
        if record is None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.path)
            return
        data = json.dumps({"version": RECORD_VERSION, "file": str(self.real), **record},
                          ensure_ascii=False).encode("utf-8", "surrogatepass")
        replace_state_file(self.path, data, _stat_or_none(self.real))


def well_formed(record: Any, file: str) -> bool:
    """True for a record of this version, for `file`, with every field of its type."""
    if not isinstance(record, dict) or record.get("version") != RECORD_VERSION:
        return False
    if record.get("file") != file:
        return False
    spans, path = record.get("spans"), record.get("list_path")
    return (
        isinstance(record.get("command"), str) and isinstance(record.get("sha256"), str)
        and isinstance(record.get("items"), list) and record["items"] != []
        and record.get("empty_as") in ("list", "null", "missing")
        and isinstance(path, list) and path != []
        and all(isinstance(p, str) or (isinstance(p, int) and not isinstance(p, bool))
                for p in path)
        and isinstance(spans, list) and spans != []
        and all(isinstance(s, list) and len(s) == 4
                and all(isinstance(x, int) and not isinstance(x, bool) and x >= 0
                        for x in s[:2])
                and s[0] <= s[1] and all(isinstance(x, str) for x in s[2:])
                for s in spans)
    )


def _stat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


@contextmanager
def locked(real: Path, timeout: float | None = None) -> Iterator[Sidecar]:
    """Hold the exclusive lock of the pledge file `real` (a resolved path)."""
    place = state_place(real)
    fd, where = _lock_fd(real, place)
    try:
        _acquire(fd, where, LOCK_TIMEOUT if timeout is None else timeout)
        yield Sidecar(real, place)
    finally:
        os.close(fd)  # closing releases the lock


def _lock_fd(real: Path, place: StatePlace) -> tuple[int, Path]:
    """An open fd to lock, and what it names (for messages)."""
    pledge = _stat_or_none(real)
    if place.lock is not None:
        try:
            return open_state_file(place.lock, pledge), place.lock
        except PermissionError:  # a git directory we may not write (another user's clone):
            pass  # the pledge's directory is locked instead, as outside git
    if os.name == "posix":
        try:
            fd = os.open(real.parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            fd = -1
        if fd >= 0:
            if _directory_lockable(fd):
                return fd, real.parent
            os.close(fd)
    lock = fallback_lock(real)
    return open_state_file(lock, None), lock


def _directory_lockable(fd: int) -> bool:
    """Whether a lock can be taken on this directory here (not on some network mounts)."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError as err:
        return err.errno in (errno.EAGAIN, errno.EACCES)  # held by another writer: lockable
    fcntl.flock(fd, fcntl.LOCK_UN)
    return True


def try_lock(fd: int) -> bool:
    """Take the exclusive lock on `fd` if it is free; False when another process holds it."""
    if os.name == "posix":
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as err:
            if err.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True
    import msvcrt  # pragma: no cover - Windows

    try:  # pragma: no cover - Windows
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
    except OSError:  # pragma: no cover - Windows
        return False
    return True  # pragma: no cover - Windows


def _acquire(fd: int, where: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not try_lock(fd):
        if time.monotonic() >= deadline:
            raise LockTimeout(where)
        time.sleep(0.02)
