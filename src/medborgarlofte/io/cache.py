"""The user's private cache of answers: entries named by a key, written atomically.

Lives in $XDG_CACHE_HOME/medborgarlofte (an absolute $XDG_CACHE_HOME), else
~/.cache/medborgarlofte. The directory is the user's alone (0700, owned by the user, not a
symbolic link) and every entry is a 0600 regular file, created under a fresh name without
following links and renamed into place, so a reader sees a whole entry or none. Each entry
carries its own name and a SHA-256 of its payload: a truncated, corrupt or foreign file reads
as a miss, never as an answer. Nothing here raises for the file system: a cache that cannot
be used is no cache.

Imports only the standard library (`pledge status` answers from here before anything heavy
is loaded); what goes into a key is `medborgarlofte.fast`'s business.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Mapping

MAGIC = b"medborgarlofte-cache 1\n"
MAX_ENTRIES = 1000
MAX_TOTAL_BYTES = 256 * 1024 * 1024
"""Beyond either, a write removes the oldest entries until the cache is at three quarters."""
_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | _FLAGS


def cache_dir(env: Mapping[str, str]) -> str | None:
    """Where the cache lives: $XDG_CACHE_HOME (when absolute) or $HOME/.cache, then
    medborgarlofte; None (no cache) without either, as in a stripped-down environment."""
    base = env.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = env.get("HOME", "")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "medborgarlofte")


def _open_dir(path: str, create: bool) -> int | None:
    """A descriptor of the cache directory, when it is ours alone (created 0700 if asked)."""
    if create:
        try:
            os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
            os.mkdir(path, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return None
    try:
        fd = os.open(path, _DIR_FLAGS)
    except OSError:
        return None
    info = os.fstat(fd)
    if (not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid()
            or info.st_mode & 0o077):
        os.close(fd)
        return None
    return fd


def _sha256(data: bytes) -> bytes:
    import hashlib

    return hashlib.sha256(data).hexdigest().encode("ascii")


def read_entry(env: Mapping[str, str], name: str) -> bytes | None:
    """The payload stored under `name`, or None (missing, unsafe, corrupt, another format)."""
    where = cache_dir(env)
    fd_dir = _open_dir(where, create=False) if where else None
    if fd_dir is None:
        return None
    try:
        # O_NONBLOCK: a named pipe planted under an entry's name opens at once (and is then
        # refused as no regular file) instead of waiting for a writer forever
        fd = os.open(name, os.O_RDONLY | _FLAGS | getattr(os, "O_NONBLOCK", 0), dir_fd=fd_dir)
    except OSError:
        return None
    finally:
        os.close(fd_dir)
    try:
        info = os.fstat(fd)
        if (not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid()
                or info.st_mode & 0o077):
            return None
        with os.fdopen(fd, "rb") as handle:
            fd = -1
            raw = handle.read()
            payload = _payload(raw, name)
            if payload is not None:
                with contextlib.suppress(OSError):
                    os.utime(handle.fileno())  # used now: the last entry `_prune` removes
    except OSError:
        return None
    finally:
        if fd >= 0:
            os.close(fd)
    return payload


def _payload(raw: bytes, name: str) -> bytes | None:
    head = MAGIC + name.encode("ascii") + b"\n"
    if not raw.startswith(head):
        return None
    digest, _, payload = raw[len(head):].partition(b"\n")
    return payload if digest == _sha256(payload) else None


def write_entry(env: Mapping[str, str], name: str, payload: bytes) -> bool:
    """Store `payload` under `name` (atomically, privately); False when it could not be."""
    where = cache_dir(env)
    fd_dir = _open_dir(where, create=True) if where else None
    if fd_dir is None:
        return False
    temporary = f".{name}.{os.getpid()}.tmp"
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _FLAGS, 0o600,
                     dir_fd=fd_dir)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(MAGIC + name.encode("ascii") + b"\n" + _sha256(payload) + b"\n")
                handle.write(payload)
            os.rename(temporary, name, src_dir_fd=fd_dir, dst_dir_fd=fd_dir)
        except BaseException:
            _unlink(temporary, fd_dir)
            raise
        _prune(fd_dir)
        return True
    except OSError:
        return False
    finally:
        os.close(fd_dir)


def _prune(fd_dir: int) -> None:
    """Remove the least recently used entries (written or read: `read_entry` touches what
    it reads) when there are too many or too much: an answer read on every run outlives a
    run of large entries written once."""
    entries = []
    with os.scandir(fd_dir) as found:
        for entry in found:
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                entries.append((info.st_mtime_ns, info.st_size, entry.name))
    total = sum(size for _, size, _ in entries)
    if len(entries) <= MAX_ENTRIES and total <= MAX_TOTAL_BYTES:
        return
    entries.sort()
    while entries and (len(entries) > MAX_ENTRIES * 3 // 4 or total > MAX_TOTAL_BYTES * 3 // 4):
        _, size, name = entries.pop(0)
        _unlink(name, fd_dir)
        total -= size


def _unlink(name: str, fd_dir: int) -> None:
    with contextlib.suppress(OSError):
        os.unlink(name, dir_fd=fd_dir)
