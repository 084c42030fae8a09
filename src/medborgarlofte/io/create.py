"""Create a new pledge file whole: never half-written, never over a file that appeared meanwhile.

`init` and `renew` write files that did not exist. The text goes to a temporary file in the
same directory (created with the user's umask, flushed and fsynced), which is then hard-linked
to the target name: the link fails if the name exists, so a file created in the meantime is
never replaced. With `overwrite` (`--force`) an existing file is replaced atomically instead,
keeping its permission bits. Where the file system has no hard links the temporary file is
renamed after a last existence check.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from medborgarlofte.io.atomic import sync_directory, write_atomically


def create_file(target: Path, data: bytes, *, overwrite: bool = False) -> None:
    """Write `data` as the new file `target`; FileExistsError if it exists (unless overwrite)."""
    if overwrite and target.exists():
        write_atomically(Path(os.path.realpath(target)), data)
        return
    temporary = target.with_name(f".{target.name}.{os.getpid()}.new")
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
        if target.exists():
            raise FileExistsError(str(target)) from None
        os.replace(temporary, target)
