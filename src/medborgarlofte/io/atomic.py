"""Every file the tool writes goes through here: the pledge, its undo record and lock, and
the outputs (`report -o`, `renew -o`, `init`).

One way of writing, whatever the file:

- never through a link it did not expect: an output that is a symlink, or whose relative
  path goes through one (a link a colleague committed: `rapport.html -> ~/.bashrc`), is
  refused (`UnsafeOutput`); state files are opened with O_NOFOLLOW; the pledge itself is
  written at its real path, which a link the user named leads to on purpose;
- never over the file being read: an output that is the pledge or another input (the same
  file, through any link) is refused;
- atomically: a temporary file created exclusively (O_EXCL, so never an existing name or
  link) in the target's directory (so the rename stays on one file system), written,
  flushed, fsynced, given the old file's permission bits, owner and group where the system
  allows, then `os.replace`d over the target and the directory fsynced. Any failure before
  the rename removes the temporary file and leaves the target untouched (a full disk never
  leaves a truncated report); a writer killed outright leaves its temporary file, which the
  next writer of the pledge removes under the lock.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from medborgarlofte.io.state import make_state_dir, shared_mode


class UnsafeOutput(Exception):
    """The output was not written: `key` says why (a message key) about `path`."""

    def __init__(self, key: str, path: Path) -> None:
        super().__init__(f"{key}: {path}")
        self.key = key
        self.path = path


def write_atomically(target: Path, data: bytes) -> None:
    """Replace `target` (a real file, not a symlink) with `data`, keeping its mode, owner
    and group."""
    info = os.stat(target)
    if not os.access(target, os.W_OK):  # a rename would replace even a read-only file
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
    _replace(target, data, info)


def replace_state_file(target: Path, data: bytes, pledge: os.stat_result | None) -> None:
    """Replace a state file of the tool (an undo record) in its own folder."""
    make_state_dir(target.parent, pledge)
    _replace(target, data, None, mode=shared_mode(pledge), group_of=pledge)


def check_output(target: Path, inputs: Sequence[Path] = ()) -> os.stat_result | None:
    """Refuse an output that is (or goes through) a link, is not a regular file, or is one
    of `inputs`; the stat of the existing target (None when it is new)."""
    for part in _relative_parents(target):
        with contextlib.suppress(OSError):
            if stat.S_ISLNK(os.lstat(part).st_mode):
                raise UnsafeOutput("safe.link", part)
    try:
        info = os.lstat(target)
    except FileNotFoundError:
        return None
    if stat.S_ISLNK(info.st_mode):
        raise UnsafeOutput("safe.link", target)
    if not stat.S_ISREG(info.st_mode):
        raise UnsafeOutput("safe.not_regular", target)
    for source in inputs:
        with contextlib.suppress(OSError):
            other = os.stat(source)
            if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
                raise UnsafeOutput("safe.is_input", target)
    return info


def write_output(target: Path, data: bytes, inputs: Sequence[Path] = ()) -> None:
    """Write an output file (`report -o`) atomically: a new file with the user's umask, an
    existing one replaced keeping its mode, owner and group; refused as `check_output`.
    A stream the user names (`-o /dev/stdout`, a named pipe) is written to as a stream:
    there is nothing to replace."""
    if _is_stream(target):
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return
    info = check_output(target, inputs)
    if info is not None and not os.access(target, os.W_OK):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
    _replace(target, data, info)


def _is_stream(target: Path) -> bool:
    """True for a character device or a FIFO (through links: /dev/stdout is one)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def _relative_parents(target: Path) -> list[Path]:
    """The directories a relative path goes through ('a', 'a/b' for 'a/b/c.html'): those
    are inside the work tree, where anyone with commit rights can put a link."""
    if target.is_absolute():
        return []
    parts = target.parts[:-1]
    return [Path(*parts[: i + 1]) for i in range(len(parts)) if parts[i] not in (".", "..")]


def _umask_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _replace(target: Path, data: bytes, like: os.stat_result | None, *,
             mode: int | None = None, group_of: os.stat_result | None = None) -> None:
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name[:200]}.", suffix=".tmp",
                                         dir=target.parent)
    except OSError as err:  # e.g. a directory we may not write in: name the directory
        raise _naming(err, target.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            _keep_attributes(handle.fileno(), like, mode, group_of)
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(err, OSError):  # e.g. ENOSPC from write or fsync, which name no file
            _naming(err, target)
        raise
    sync_directory(target.parent)


def _keep_attributes(fd: int, like: os.stat_result | None, mode: int | None,
                     group_of: os.stat_result | None) -> None:
    """The new file gets the old one's mode, owner and group (a shared folder's colleague
    keeps their access); owner and group only where the system lets us."""
    wanted = stat.S_IMODE(like.st_mode) if like is not None else (
        mode if mode is not None else _umask_mode())
    if hasattr(os, "fchown"):
        source = like or group_of
        if source is not None:
            uid = source.st_uid if like is not None else -1
            for owner in ((uid, source.st_gid), (-1, source.st_gid)):
                try:
                    os.fchown(fd, *owner)
                    break
                except OSError:
                    continue
    if hasattr(os, "fchmod"):
        os.fchmod(fd, wanted)


def _naming(err: OSError, name: Path) -> OSError:
    """`err` naming `name` when it named no file or only our temporary one (a message that
    says '.pledge.yaml.k2x9.tmp' or nothing at all does not tell a person what failed)."""
    if err.filename is None or str(err.filename).endswith(".tmp"):
        err.filename = str(name)
    return err


def remove_stale_temporaries(target: Path) -> list[Path]:
    """Delete temporary files a crashed writer of `target` left behind; the ones removed.

    Call only under the file's lock: then no other writer is between mkstemp and rename,
    so every such file is a leftover (a process killed mid-write cannot clean up itself).
    Only regular files are removed (unlinking a link never touches its target anyway).
    """
    removed = []
    for leftover in target.parent.glob(f".{glob.escape(target.name[:200])}.*.tmp"):
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(leftover).st_mode):
                leftover.unlink()
                removed.append(leftover)
    return removed


def sync_directory(directory: Path) -> None:
    """fsync a directory so a rename in it is durable (a no-op where that is unsupported).

    It runs after the rename: the new file is in place whatever happens here, so a failure
    is not reported as a failed write.
    """
    if os.name == "nt":  # pragma: no cover - Windows cannot open a directory for fsync
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
