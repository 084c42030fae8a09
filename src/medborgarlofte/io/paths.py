"""Which pledge file a command works on, found without reading it (standard library only).

Kept apart from `io.loader` so that the answer from the cache (`medborgarlofte.fast`) finds
the same file as the loader without importing yaml or pydantic.
"""

from __future__ import annotations

import os
from pathlib import Path


def find_pledge_file(explicit: str | None, cwd: Path, env: dict[str, str]) -> Path:
    """Which file a command works on: -f, else ./pledge.yaml, $PLEDGE_FILE, a parent's.

    A found file is given relative to `cwd` ('pledge.yaml', '../pledge.yaml'), as a person
    would type it: messages and GitHub annotations name it so."""
    if explicit:
        return Path(explicit)
    local = cwd / "pledge.yaml"
    if local.exists() or local.is_symlink():  # a broken link here is reported, not skipped
        return Path("pledge.yaml")
    if env.get("PLEDGE_FILE"):
        return Path(env["PLEDGE_FILE"])
    for parent in cwd.parents:
        candidate = parent / "pledge.yaml"
        if candidate.exists():
            return Path(os.path.relpath(candidate, cwd))
    return Path("pledge.yaml")
