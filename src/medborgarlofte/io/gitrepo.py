"""`--commit`: commit just the pledge file with git, leaving everything else as it was.

`git commit --only -- FILE` commits the file's content from the working tree and nothing
else, whatever else is staged; an untracked pledge is added first. git runs in the file's
own directory (the real one, through symlinks), so it works from anywhere.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from medborgarlofte.io.lock import real_path


@dataclass(frozen=True)
class CommitResult:
    """Whether the commit was made, and git's own words when it was not."""

    ok: bool
    detail: str = ""
    revision: str = ""


def repository_of(path: Path) -> Path | None:
    """The top of the git work tree that holds the file, or None (not in one, or no git)."""
    if shutil.which("git") is None:
        return None
    real = real_path(path)
    result = _git(real.parent, "rev-parse", "--show-toplevel")
    return Path(result.stdout.strip()) if result.returncode == 0 else None


def commit_file(path: Path, message: str) -> CommitResult:
    """Commit only `path` with `message`."""
    real = real_path(path)
    where, name = real.parent, real.name
    if _git(where, "ls-files", "--error-unmatch", "--", name).returncode != 0:
        added = _git(where, "add", "--", name)
        if added.returncode != 0:
            return CommitResult(False, (added.stderr or added.stdout).strip())
    done = _git(where, "commit", "--quiet", "--only", "-m", message, "--", name)
    if done.returncode != 0:
        return CommitResult(False, (done.stderr or done.stdout).strip())
    revision = _git(where, "rev-parse", "--short", "HEAD").stdout.strip()
    return CommitResult(True, revision=revision)


def _git(where: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", "-C", str(where), *args], capture_output=True, text=True,
                          check=False)
