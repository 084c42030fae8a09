"""Where the tool keeps its own state for a pledge file (the lock and the undo record).

Never in the work tree, so that no `git add -A` can pick it up and no clone receives
another clone's record:

- in a git repository, inside its git directory: `.git/pledge/` (found by reading `.git`,
  a directory or, in a worktree or submodule, a `gitdir:` file; git itself is not run),
  so each clone, worktree and submodule has its own;
- elsewhere, the undo record in the user's cache directory ($XDG_CACHE_HOME or ~/.cache,
  %LOCALAPPDATA% on Windows), and the lock on the pledge's directory itself (see io.lock).

Names are made from the file's real path, so two links to one file share the state. A
state file is created with O_NOFOLLOW beside nothing an attacker can commit, and shared
with the pledge's group when the pledge is group-writable (a shared folder).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class StatePlace:
    """The lock file (None: lock the pledge's directory) and the undo record of one file."""

    lock: Path | None
    record: Path
    in_git: bool


def git_dir_of(folder: Path) -> tuple[Path, Path] | None:
    """(work tree top, git directory) of the repository holding `folder`, or None."""
    for top in (folder, *folder.parents):
        dot_git = top / ".git"
        try:
            info = os.stat(dot_git)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            return (top, dot_git) if (dot_git / "HEAD").is_file() else None
        if stat.S_ISREG(info.st_mode):  # a worktree or submodule: 'gitdir: PATH'
            try:
                with open(dot_git, encoding="utf-8", errors="replace") as handle:
                    first = handle.readline(4096).strip()
            except OSError:
                return None
            if first.startswith("gitdir:"):
                where = Path(first[len("gitdir:"):].strip())
                where = where if where.is_absolute() else top / where
                # a git directory has a HEAD: a `.git` file in an unpacked archive that
                # points anywhere else does not get a `pledge/` folder made there
                return (top, where) if (where / "HEAD").is_file() else None
        return None
    return None


def cache_home() -> Path:
    """The user's cache directory for this tool (it holds only undo records and locks).

    Read here and not passed down from the CLI: every writer needs it, and it is the one
    piece of the environment this layer reads."""
    if os.name == "nt":  # pragma: no cover - Windows
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "medborgarlofte"


def state_place(real: Path) -> StatePlace:
    """Where the lock and undo record of the pledge file `real` (a resolved path) live."""
    found = git_dir_of(real.parent)
    if found is not None:
        top, git_dir = found
        relative = os.path.relpath(real, top)
        key = f"{_digest(relative)}-{_short_name(real.name)}"
        folder = git_dir / "pledge"
        return StatePlace(folder / f"{key}.lock", folder / f"{key}.undo.json", True)
    key = f"{_digest(str(real))}-{_short_name(real.name)}"
    return StatePlace(None, cache_home() / "undo" / f"{key}.json", False)


def fallback_lock(real: Path) -> Path:
    """A lock file in the user's cache, where the pledge's directory cannot be locked."""
    return cache_home() / "locks" / f"{_digest(str(real))}-{_short_name(real.name)}.lock"


def _digest(text: str) -> str:
    return hashlib.sha256(os.fsencode(text)).hexdigest()[:16]


def _short_name(name: str) -> str:
    """A readable part of the name, safe in any file system (the digest makes it unique)."""
    kept = "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "_" for c in name)
    return kept[:40] or "pledge"


def shared_mode(pledge: os.stat_result | None) -> int:
    """Permission bits for a state file: the owner's, plus the group's when the pledge is
    group-writable (two users of one group keep one pledge: both must take its lock)."""
    if pledge is not None and pledge.st_mode & stat.S_IWGRP:
        return 0o660
    return 0o600


def make_state_dir(folder: Path, pledge: os.stat_result | None) -> None:
    """Create `folder` (and its parents) as a real directory; refuse a link in its place."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        folder.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass  # made by another writer meanwhile
        else:
            share_with_group(folder, pledge, 0o2770 if shared_mode(pledge) == 0o660 else 0o700)
        info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise NotADirectoryError(20, "not a directory", str(folder))


def share_with_group(path: Path | int, pledge: os.stat_result | None, mode: int) -> None:
    """Give a new state file or folder `mode` and the pledge's group (where allowed)."""
    with contextlib.suppress(OSError):
        if isinstance(path, int):
            os.fchmod(path, mode)
        else:
            os.chmod(path, mode)
    if pledge is None or not hasattr(os, "fchown"):
        return
    try:
        if isinstance(path, int):
            os.fchown(path, -1, pledge.st_gid)
        else:
            os.chown(path, -1, pledge.st_gid, follow_symlinks=False)
    except OSError:
        pass  # not a member of that group: the owner's own use still works


def open_state_file(path: Path, pledge: os.stat_result | None) -> int:
    """An fd of the state file `path`, opened for reading and writing (created if absent)
    without following a link; for reading only when another user's file allows no more."""
    make_state_dir(path.parent, pledge)
    flags = os.O_RDWR | os.O_CREAT | NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | os.O_EXCL, 0o600)
    except FileExistsError:
        try:
            fd = os.open(path, os.O_RDWR | NOFOLLOW)
        except PermissionError:
            fd = os.open(path, os.O_RDONLY | NOFOLLOW)
    else:
        share_with_group(fd, pledge, shared_mode(pledge))
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise IsADirectoryError(21, "not a regular file", str(path))
    return fd
