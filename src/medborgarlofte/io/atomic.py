"""Replace a file's bytes atomically: readers see the old file or the new one, never a mix.

Steps: a temporary file in the same directory (so the rename stays on one file system),
write, flush, fsync, give it the old file's permission bits, `os.replace` over the target,
fsync the directory so the rename itself survives a power cut. Any failure before the rename
removes the temporary file and leaves the target untouched; a writer killed outright leaves
its temporary file, which the next writer removes under the lock.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Replace `target` (a real file, not a symlink) with `data`, keeping its mode."""
    mode = stat.S_IMODE(os.stat(target).st_mode)
    if not os.access(target, os.W_OK):  # a rename would replace even a read-only file
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=target.parent)
    except OSError as err:  # e.g. a directory we may not write in: name the directory
        raise _naming(err, target.parent) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException as err:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(err, OSError):  # e.g. ENOSPC from write or fsync, which name no file
            _naming(err, target)
        raise
    sync_directory(target.parent)


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
    """
    removed = []
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
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
