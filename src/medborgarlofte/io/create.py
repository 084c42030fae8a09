"""Create a new file whole: never half-written, never over a file that appeared meanwhile,
never through a link (`io.atomic.check_output`).

`init` and `renew` write files that did not exist. The text goes to a temporary file in the
same directory (created exclusively with the user's umask, flushed and fsynced), which is
then hard-linked to the target name: the link fails if the name exists, so a file created
in the meantime is never replaced. With `overwrite` (`--force`) an existing regular file is
replaced atomically instead, keeping its mode, owner and group. Where the file system has no
hard links the temporary file is renamed after a last existence check.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from pathlib import Path

from medborgarlofte.io.atomic import check_output, sync_directory, write_output


def create_file(target: Path, data: bytes, *, overwrite: bool = False,
                inputs: Sequence[Path] = ()) -> None:
    """Write `data` as the new file `target`; FileExistsError if it exists (unless overwrite);
    UnsafeOutput for a link or an input."""
    exists = check_output(target, inputs) is not None
    if exists and overwrite:
        write_output(target, data, inputs)
        return
    if exists:
        raise FileExistsError(17, os.strerror(17), str(target))
    temporary = target.with_name(f".{target.name[:200]}.{os.getpid()}.new")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        _publish(temporary, target)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
    sync_directory(target.parent)


def _publish(temporary: Path, target: Path) -> None:
    try:
        os.link(temporary, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (some network or FAT file systems)
        if os.path.lexists(target):
            raise FileExistsError(17, os.strerror(17), str(target)) from None
        os.replace(temporary, target)
