"""Conflicts as git writes them: its line merge (`git merge-file`), the markers it leaves,
and joining the conflicts that are two insertions at one place (`pledge resolve`).

A conflict whose base part is shown (diff3 style) and empty means both sides only inserted
there, and both insertions are kept, ours first; any other conflict, and one whose base part
is not shown (an insertion cannot be told from an edit then), is left for a person.
"""

from __future__ import annotations

import os
import re
import subprocess
import tempfile
from dataclasses import dataclass
from typing import Any

from medborgarlofte.io.textedit import DocPath
from medborgarlofte.io.yamlread import parse_yaml

_MARKER = re.compile(r"^(<{7}|={7}|>{7}|\|{7})(?: |$)", re.M)


def counts_add_up(base: str, ours: str, theirs: str, merged: str) -> bool:
    """True when the merged text reads and each list has the base's items plus what each
    side added (a check that joining two insertions did not split or glue items)."""
    parsed = [parse_yaml(x) for x in (base, ours, theirs, merged)]
    if any(p.problems for p in parsed):
        return False
    b, o, t, m = (p.data for p in parsed)
    return all(length(m, path) == length(o, path) + length(t, path) - length(b, path)
               for path in list_paths(b))


def length(data: Any, path: DocPath) -> int:
    """How many items the list at `path` has (0 when it is no list)."""
    value = at(data, path)
    return len(value) if isinstance(value, list) else 0


def list_paths(data: Any, path: DocPath = ()) -> list[DocPath]:
    """The paths of every list in the document (and in the mappings inside lists)."""
    found: list[DocPath] = []
    if isinstance(data, dict):
        for key, value in data.items():
            found += list_paths(value, (*path, key))
    elif isinstance(data, list):
        found.append(path)
        for index, item in enumerate(data):
            if isinstance(item, dict):
                found += list_paths(item, (*path, index))
    return found


def at(data: Any, path: DocPath) -> Any:
    """The value at `path`, or None."""
    for part in path:
        if isinstance(data, dict) and isinstance(part, str):
            data = data.get(part)
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data


@dataclass(frozen=True)
class Hunk:
    """One conflict in a text with git's markers: where it starts (1-based line), the two
    sides' lines, and the base's (None when the markers do not show it)."""

    line: int
    ours: str
    theirs: str
    base: str | None


@dataclass(frozen=True)
class Resolved:
    """A marked text with its conflicts resolved (None when one could not be), and the
    hunks that could not be."""

    text: str | None
    hunks: tuple[Hunk, ...]
    unresolved: tuple[Hunk, ...]


def resolve_markers(text: str) -> Resolved:
    """Each conflict whose base part is shown and empty (both sides only inserted there)
    becomes ours followed by theirs; any other conflict stays unresolved. Without a base
    part there is no telling an insertion from an edit, so such a conflict is not
    guessed at."""
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    hunks: list[Hunk] = []
    unresolved: list[Hunk] = []
    index = 0
    while index < len(lines):
        if not lines[index].startswith("<<<<<<<"):
            out.append(lines[index])
            index += 1
            continue
        start = index
        parts: dict[str, list[str]] = {"ours": [], "base": [], "theirs": []}
        section, has_base = "ours", False
        index += 1
        while index < len(lines) and not lines[index].startswith(">>>>>>>"):
            line = lines[index]
            if line.startswith("|||||||"):
                section, has_base = "base", True
            elif line.startswith("=======") and section != "theirs":
                section = "theirs"
            else:
                parts[section].append(line)
            index += 1
        if index >= len(lines):
            return Resolved(None, tuple(hunks), (*unresolved, Hunk(start + 1, "", "", None)))
        index += 1
        hunk = Hunk(start + 1, "".join(parts["ours"]), "".join(parts["theirs"]),
                    "".join(parts["base"]) if has_base else None)
        hunks.append(hunk)
        if hunk.base is None or hunk.base.strip():
            unresolved.append(hunk)
            continue
        ours = hunk.ours if not hunk.ours or hunk.ours.endswith("\n") else hunk.ours + "\n"
        out += [ours, hunk.theirs]
    if unresolved:
        return Resolved(None, tuple(hunks), tuple(unresolved))
    return Resolved("".join(out), tuple(hunks), ())


def git_merge_file(base: str, ours: str, theirs: str) -> tuple[str | None, int]:
    """(`git merge-file -p` of the three texts, its number of conflicts); (None, -1)
    without git."""
    with tempfile.TemporaryDirectory(prefix="pledge-merge-") as folder:
        names = []
        for name, text in (("ours", ours), ("base", base), ("theirs", theirs)):
            path = os.path.join(folder, name)
            with open(path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            names.append(path)
        try:
            done = subprocess.run(
                ["git", "merge-file", "-p", "--diff3", "-L", "ours", "-L", "base", "-L", "theirs",
                 *names], capture_output=True, check=False)
        except OSError:
            return None, -1
    if done.returncode < 0 or done.returncode > 127:
        return None, -1
    return done.stdout.decode("utf-8", errors="replace"), done.returncode


def has_markers(text: str) -> bool:
    """True when the text holds git conflict markers at a line start."""
    return bool(_MARKER.search(text))
