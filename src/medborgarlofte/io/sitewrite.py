"""Write a whole site into a folder safely: never through a link, all or nothing.

`write_site(out, files, force)`:

- `out` itself a symbolic link: refused (a planted link would send the site elsewhere).
- `out` missing, empty, or a site written before (it holds the `.pledge-site` marker, a real
  file): the site is built in a new temporary folder beside `out` (same file system), every
  file created exclusively without following links, then the folder is renamed into place
  and the old one removed. Readers see the old site or the new one; stale pages go.
- `out` not empty and not a site: refused unless `force`; with `force` each file is written
  atomically into the existing folder, other files stay, and any symbolic link on the way
  (a folder or a file) is refused instead of followed.

Returns None, or a `SiteWriteError` with a message key (site area) and its parameters.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

MARKER = ".pledge-site"
"""The file that marks a folder as a site `pledge site` wrote (and may replace)."""
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


@dataclass(frozen=True)
class SiteWriteError:
    """Why the site was not written: a message key and its parameters."""

    key: str
    params: dict[str, str] = field(default_factory=dict)


def check_output(out: Path, force: bool = False) -> SiteWriteError | None:
    """Why `out` cannot take a site (a link, a file, a folder that is not a site without
    `force`), else None; `pledge site` asks before it builds anything."""
    if out.is_symlink():
        return SiteWriteError("site.out_symlink", {"path": str(out)})
    if out.exists() and not out.is_dir():
        return SiteWriteError("site.out_not_dir", {"path": str(out)})
    if not force and _foreign(out):
        return SiteWriteError("site.out_not_site", {"path": str(out)})
    return None


def _foreign(out: Path) -> bool:
    """A folder with files in it that `pledge site` did not write."""
    return out.is_dir() and any(out.iterdir()) and not _is_site(out)


def write_site(out: Path, files: dict[str, bytes], force: bool = False) -> SiteWriteError | None:
    """Write `files` (site path -> bytes) as the folder `out`; see the module docstring."""
    problem = check_output(out, force)
    if problem is not None:
        return problem
    if _foreign(out):
        return _write_into(out, {**files, MARKER: b"pledge site\n"})
    _replace_folder(out, {**files, MARKER: b"pledge site\n"})
    return None


def _is_site(folder: Path) -> bool:
    marker = folder / MARKER
    return marker.is_file() and not marker.is_symlink()


def _replace_folder(out: Path, files: dict[str, bytes]) -> None:
    parent = out.parent
    building = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".new", dir=parent))
    try:
        os.chmod(building, 0o755)
        for name, data in files.items():
            target = building / name
            _make_dirs(building, target.parent)
            _create(target, data)
        old = None
        if out.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".old", dir=parent))
            os.replace(out, old)  # an empty temporary folder is replaced by the old site
        os.replace(building, out)
    except BaseException:
        shutil.rmtree(building, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    _sync(parent)


def _make_dirs(root: Path, folder: Path) -> None:
    """Create `folder` (inside `root`, which we made) and its parents, mode 755."""
    for part in reversed([folder, *folder.parents]):
        if part == root or root not in part.parents:
            continue
        with contextlib.suppress(FileExistsError):
            os.mkdir(part, 0o755)


def _create(target: Path, data: bytes) -> None:
    """A new file, never through a link (O_EXCL | O_NOFOLLOW), mode 644."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, 0o644)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.chmod(target, 0o644)


def _write_into(out: Path, files: dict[str, bytes]) -> SiteWriteError | None:
    """--force into a folder that is not a site: each file atomically, no link followed."""
    for name in files:
        target = out / name
        for part in [*reversed(target.relative_to(out).parents), Path(name)]:
            here = out / part
            if here != out and here.is_symlink():
                return SiteWriteError("site.out_link_inside", {"path": str(here)})
    for name, data in files.items():
        target = out / name
        for folder in reversed(target.relative_to(out).parents):
            here = out / folder
            if here != out and not here.is_dir():
                os.mkdir(here, 0o755)
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.chmod(temporary, 0o644)
            if target.exists() and not stat.S_ISREG(os.lstat(target).st_mode):
                raise IsADirectoryError(21, "not a file", str(target))
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    return None


def _sync(folder: Path) -> None:
    if os.name == "nt":  # pragma: no cover
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
