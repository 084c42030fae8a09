"""git's side of merging pledge files: the merge driver in the clone's config, the
`.gitattributes` line that names it, and the three versions git keeps during a conflict.

`.gitattributes` is edited surgically: a line for the pledge file that already says
`merge=pledge` is left alone, a line for it with another `merge=` (say `merge=union`) gets
just that word replaced, and otherwise one line is appended in the file's line endings.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from medborgarlofte.io.atomic import check_output, write_atomically
from medborgarlofte.io.lock import real_path

DRIVER = "pledge"
ATTRIBUTES = ".gitattributes"


@dataclass(frozen=True)
class SetupPlan:
    """What `pledge git-setup` does: config values to set, and the attributes file."""

    root: Path
    config: tuple[tuple[str, str], ...]
    """(key, value) pairs that are not set to that value yet."""
    attributes: Path
    pattern: str
    old_text: str | None
    new_text: str | None
    """None: the attributes file already says it."""


def git(where: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run git in `where`, capturing its output."""
    return subprocess.run(["git", "-C", str(where), *args], capture_output=True, text=True,
                          check=False)


def plan_setup(root: Path, pledge: Path, driver_command: str, name: str) -> SetupPlan:
    """What has to change for git to merge `pledge` with the driver."""
    wanted = ((f"merge.{DRIVER}.name", name), (f"merge.{DRIVER}.driver", driver_command))
    config = tuple((k, v) for k, v in wanted
                   if git(root, "config", "--local", "--get", k).stdout.rstrip("\n") != v)
    pattern = real_path(pledge).relative_to(real_path(root)).as_posix()
    attributes = root / ATTRIBUTES
    # A committed link named .gitattributes must neither be read (its target's text would be
    # copied into the repository) nor written through: refused with UnsafeOutput.
    check_output(attributes)
    old = attributes.read_bytes().decode("utf-8") if attributes.exists() else None
    new = attributes_with(old or "", pattern)
    return SetupPlan(root, config, attributes, pattern, old, None if new == (old or "") else new)


_MERGE = re.compile(r"(?<=\s)[-!]?merge(?:=\S*)?(?=\s|$)")


def attributes_with(text: str, pattern: str) -> str:
    """`.gitattributes` text that gives `pattern` the attribute merge=pledge."""
    lines = text.splitlines(keepends=True)
    for number, line in enumerate(lines):
        body = line.rstrip("\r\n")
        words = body.split()
        if not words or words[0].startswith("#") or words[0].lstrip("/") != pattern:
            continue
        if f"merge={DRIVER}" in words[1:]:
            return text
        prefix = body[:body.index(words[0]) + len(words[0])]
        rest = body[len(prefix):]
        if _MERGE.search(rest):
            rest = _MERGE.sub(f"merge={DRIVER}", rest, count=1)
        else:
            rest += f" merge={DRIVER}"
        lines[number] = prefix + rest + line[len(body):]
        return "".join(lines)
    newline = "\r\n" if "\r\n" in text else "\n"
    lead = "" if not text or text.endswith("\n") else newline
    return text + lead + f"{pattern} merge={DRIVER}" + newline


def apply_setup(plan: SetupPlan) -> None:
    """Set the config values and write the attributes file (atomically)."""
    for key, value in plan.config:
        done = git(plan.root, "config", "--local", key, value)
        if done.returncode != 0:
            raise OSError(done.stderr.strip() or f"git config {key}")
    if plan.new_text is None:
        return
    data = plan.new_text.encode("utf-8")
    if plan.old_text is None:
        with open(plan.attributes, "xb") as handle:  # never through an unexpected link
            handle.write(data)
    else:
        write_atomically(plan.attributes, data)


def is_set_up(root: Path) -> bool:
    """True when the clone's config names the driver."""
    return bool(git(root, "config", "--local", "--get", f"merge.{DRIVER}.driver").stdout.strip())


def conflict_versions(path: Path) -> tuple[str, str, str] | None:
    """(base, ours, theirs) that git keeps for a file in conflict (stages 1-3 of the
    index), or None when git has none for it. A file both sides added has no base: ''."""
    real = real_path(path)
    where = real.parent
    listed = git(where, "ls-files", "-u", "--", real.name)
    if listed.returncode != 0 or not listed.stdout.strip():
        return None
    stages = {line.split()[2] for line in listed.stdout.splitlines() if len(line.split()) > 3}
    if not {"2", "3"} <= stages:
        return None
    texts = []
    for stage in ("1", "2", "3"):
        if stage not in stages:
            texts.append("")
            continue
        shown = subprocess.run(["git", "-C", str(where), "show", f":{stage}:./{real.name}"],
                               capture_output=True, check=False)
        if shown.returncode != 0:
            return None
        raw = shown.stdout
        texts.append(raw[3:].decode("utf-8") if raw.startswith(b"\xef\xbb\xbf")
                     else raw.decode("utf-8"))
    return texts[0], texts[1], texts[2]


def stage_file(path: Path) -> bool:
    """`git add` the file (marks a conflict resolved); True when git did."""
    real = real_path(path)
    return git(real.parent, "add", "--", real.name).returncode == 0
