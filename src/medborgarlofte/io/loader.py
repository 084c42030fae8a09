"""Read a pledge file: bytes → text → YAML → model → checks, every problem located.

`load_pledge` never raises for bad input: a file that cannot be read, decoded, parsed or
validated comes back as a `LoadedPledge` with problems (and `usage=True` when the file
itself could not be opened, which the CLI turns into exit code 2).
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.core.model import Pledge
from medborgarlofte.core.personnummer import find_identity_numbers
from medborgarlofte.core.problems import Path as DocPath
from medborgarlofte.core.problems import Problem
from medborgarlofte.core.validation import validate_data
from medborgarlofte.io.yamlread import decode_bytes, parse_yaml

MAX_BYTES = 50 * 1024 * 1024
"""Largest pledge file read: 100,000 events take about 15 MB, so this is generous."""

_LANGUAGE = re.compile(r"^\s+language:\s*['\"]?(sv|en)\b", re.M)


@dataclass
class LoadedPledge:
    """A pledge file as read: its text, data, nodes, model (when valid) and problems."""

    path: Path
    problems: list[Problem] = field(default_factory=list)
    pledge: Pledge | None = None
    text: str | None = None
    data: object = None
    root: Node | None = None
    bom: bool = False
    usage: bool = False
    """True when the file itself could not be read (missing, a directory, ...): exit 2."""

    @property
    def language(self) -> str | None:
        """The pledge's language, from the model or, for a broken file, from its text."""
        if self.pledge is not None:
            return self.pledge.pledge.language
        match = _LANGUAGE.search(self.text or "")
        return match.group(1) if match else None


def read_bytes(path: Path) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, or the problem that stops us from reading it (a usage error)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        code = "E005" if path.is_symlink() else "E001"
        return None, Problem(code, params={"path": str(path)})
    except OSError as err:
        return None, Problem("E003", params={"path": str(path), "detail": err.strerror or ""})
    if stat.S_ISDIR(info.st_mode):
        return None, Problem("E002", params={"path": str(path)})
    if not stat.S_ISREG(info.st_mode):
        return None, Problem("E004", params={"path": str(path)})
    if info.st_size > MAX_BYTES:
        return None, Problem("E105", params={"size": info.st_size // (1024 * 1024),
                                             "max": MAX_BYTES // (1024 * 1024)}, line=1, column=1)
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1), None
    except FileNotFoundError:
        return None, Problem("E001", params={"path": str(path)})
    except OSError as err:
        return None, Problem("E003", params={"path": str(path), "detail": err.strerror or ""})


def load_pledge(path: Path, today: dt.date) -> LoadedPledge:
    """Read and check one pledge file; never raises for anything in the file."""
    raw, problem = read_bytes(path)
    if raw is None:
        assert problem is not None
        usage = not problem.code.startswith("E1")
        return LoadedPledge(path, [_with_file(problem, path)], usage=usage)
    return load_pledge_bytes(raw, path, today)


def load_pledge_bytes(raw: bytes, path: Path, today: dt.date) -> LoadedPledge:
    """Check the bytes of a pledge file, as if read from `path`."""
    if len(raw) > MAX_BYTES:
        problem = Problem("E105", params={"size": len(raw) // (1024 * 1024),
                                          "max": MAX_BYTES // (1024 * 1024)}, line=1, column=1)
        return LoadedPledge(path, [_with_file(problem, path)])
    text, bom, problems = decode_bytes(raw)
    loaded = LoadedPledge(path, text=text, bom=bom)
    if text is None:
        loaded.problems = [_with_file(p, path) for p in problems]
        return loaded
    parsed = parse_yaml(text)
    loaded.root, loaded.data = parsed.root, parsed.data
    problems = list(parsed.problems)
    if not problems or parsed.value_level:
        pledge, found = validate_data(parsed.data, today)
        if problems:  # a value already reported is not reported again as missing or mistyped
            pledge = None
            found = [p for p in found if not _under_any(p.path, problems)]
        loaded.pledge = pledge if not any(p.severity == "error" for p in found) else None
        problems += found
    if not any(p.code == "E107" for p in problems):
        problems += _identity_number_problems(text)
    located = [locate(p, parsed.root) for p in problems]
    loaded.problems = sorted((_with_file(p, path) for p in located),
                             key=lambda p: (p.line or 0, p.column or 0))
    return loaded


def _under_any(path: DocPath, reported: list[Problem]) -> bool:
    return any(p.path and path[: len(p.path)] == p.path for p in reported)


def _identity_number_problems(text: str) -> list[Problem]:
    problems = []
    for offset, masked in find_identity_numbers(text):
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        problems.append(Problem("E316", params={"masked": masked}, line=line, column=column))
    return problems


def _with_file(problem: Problem, path: Path) -> Problem:
    from dataclasses import replace

    return replace(problem, file=str(path))


def locate(problem: Problem, root: Node | None) -> Problem:
    """The problem with the line and column of the deepest node its path reaches."""
    if problem.line is not None or root is None:
        return problem
    node = find_node(root, problem.path, key=problem.code == "E202")
    return problem.at(node.start_mark.line + 1, node.start_mark.column + 1)


def find_node(root: Node, path: DocPath, key: bool = False) -> Node:
    """The node at `path`, or the deepest one on the way; with `key`, the last key's node."""
    node = root
    for part in path:
        if isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, ScalarNode) and key_node.value == str(part):
                    node = key_node if key and part == path[-1] else value_node
                    break
            else:
                return node
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


def find_pledge_file(explicit: str | None, cwd: Path, env: dict[str, str]) -> Path:
    """Which file a command works on: -f, else ./pledge.yaml, $PLEDGE_FILE, a parent's."""
    if explicit:
        return Path(explicit)
    local = cwd / "pledge.yaml"
    if local.exists():
        return local
    if env.get("PLEDGE_FILE"):
        return Path(env["PLEDGE_FILE"])
    for parent in cwd.parents:
        candidate = parent / "pledge.yaml"
        if candidate.exists():
            return candidate
    return local


def describe_path(path: DocPath, data: object) -> str:
    """A readable path: ids where items have one, 1-based numbers where not."""
    parts: list[str] = []
    node = data
    for part in path:
        if isinstance(part, int):
            if not isinstance(node, list):
                continue  # `target: x` is the list [x]: no index to show
            item = node[part] if part < len(node) else None
            label = item.get("id") if isinstance(item, dict) else None
            parts.append(f"[{label}]" if isinstance(label, str) else f"[{part + 1}]")
            node = item
        else:
            if part == "[key]":
                continue
            parts.append(("." if parts else "") + str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return "".join(parts)
