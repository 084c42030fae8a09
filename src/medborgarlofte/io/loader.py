"""Read a pledge file: bytes → text → YAML → model → checks, every problem located.

`load_pledge` never raises for bad input: a file that cannot be read, decoded, parsed or
validated comes back as a `LoadedPledge` with problems (and `usage=True` when the file
itself could not be opened, which the CLI turns into exit code 2).
"""

from __future__ import annotations

import datetime as dt
import re
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from medborgarlofte.core.schema.model import Pledge
from medborgarlofte.core.schema.personnummer import (
    exempt_numbers,
    find_identity_numbers,
    mask_identity_numbers,
)
from medborgarlofte.core.schema.problems import Path as DocPath
from medborgarlofte.core.schema.problems import Problem
from medborgarlofte.core.schema.validation import validate_data
from medborgarlofte.i18n import os_reason_key
from medborgarlofte.i18n.choice import language_in_text
from medborgarlofte.io.paths import find_pledge_file as find_pledge_file
from medborgarlofte.io.yamlread import decode_bytes, parse_yaml

MAX_BYTES = 50 * 1024 * 1024
"""Largest pledge file read: 100,000 events take about 15 MB, so this is generous."""

_AS_WRITTEN = {"E203", "E204", "E205"}
"""Codes whose {value} is shown as the file spells it: 'no', not 'false'; '012', not '10'."""


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
    digest: str | None = None
    """SHA-256 of the bytes read, set only when the file is valid without any problem: what
    the cache of answers (`medborgarlofte.fast`) keys on."""

    @property
    def language(self) -> str | None:
        """The pledge's language, from the model or, for a broken file, from its text."""
        if self.pledge is not None:
            return self.pledge.pledge.language
        return language_in_text(self.text or "")


def read_bytes(path: Path) -> tuple[bytes | None, Problem | None]:
    """The file's bytes, or the problem that stops us from reading it (a usage error)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        code = "E005" if path.is_symlink() else "E001"
        return None, Problem(code, params={"path": str(path)})
    except OSError as err:
        return None, Problem("E003", params={"path": str(path), "detail": os_reason_key(err)})
    if stat.S_ISDIR(info.st_mode):
        return None, Problem("E002", params={"path": str(path)})
    if not stat.S_ISREG(info.st_mode):
        return None, Problem("E004", params={"path": str(path)})
    if info.st_size > MAX_BYTES:
        return None, too_large(info.st_size)
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_BYTES + 1), None
    except FileNotFoundError:
        return None, Problem("E001", params={"path": str(path)})
    except OSError as err:
        return None, Problem("E003", params={"path": str(path), "detail": os_reason_key(err)})


def too_large(size: int) -> Problem:
    """E105 with the exact sizes in bytes: 'filen är 52428801 byte; största tillåtna
    storlek är 52428800 byte (50 MB)', never '50 MB; ... 50 MB'."""
    return Problem("E105", params={"size": size, "max": MAX_BYTES,
                                   "max_mb": MAX_BYTES // (1024 * 1024)}, line=1, column=1)


def load_pledge(path: Path, today: dt.date) -> LoadedPledge:
    """Read and check one pledge file; never raises for anything in the file."""
    raw, problem = read_bytes(path)
    if raw is None:
        assert problem is not None
        usage = not problem.code.startswith("E1")
        return LoadedPledge(path, [_with_file(problem, path)], usage=usage)
    return load_pledge_bytes(raw, path, today)


def load_pledge_bytes(raw: bytes, path: Path, today: dt.date) -> LoadedPledge:
    """Check the bytes of a pledge file, as if read from `path`.

    Reading allocates many small containers that form no cycles; the CLI runs with the
    cyclic garbage collector paused (`cli.common.paused_gc`), which a long-running caller
    of this function may want to do too."""
    if len(raw) > MAX_BYTES:
        return LoadedPledge(path, [_with_file(too_large(len(raw)), path)])
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
        problems += _identity_number_problems(text, parsed.root)
    problems += _review_mark_problems(text)
    index: KeyIndex = {}
    located = [_safe(_as_written(locate(p, parsed.root, index), parsed.root))
               for p in problems]
    loaded.problems = sorted((_with_file(p, path) for p in located),
                             key=lambda p: (p.line or 0, p.column or 0))
    if loaded.pledge is not None and not loaded.problems:
        import hashlib

        loaded.digest = hashlib.sha256(raw).hexdigest()
    return loaded


def _under_any(path: DocPath, reported: list[Problem]) -> bool:
    return any(p.path and path[: len(p.path)] == p.path for p in reported)


def _identity_number_problems(text: str, root: Node | None) -> list[Problem]:
    """E316 for every number in the raw text (comments included), and in the value of every
    double-quoted scalar written with escapes ("811228\\u20139874" is the number too)."""
    exempt = exempt_numbers(text)
    problems = []
    for offset, masked in find_identity_numbers(text, exempt):
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        problems.append(Problem("E316", params={"masked": masked}, line=line, column=column))
    if root is not None and "\\" in text:
        for node in _escaped_scalars(text, root):
            if not any(find_identity_numbers(text[node.start_mark.index:node.end_mark.index],
                                             exempt)):
                problems += [Problem("E316", params={"masked": masked},
                                     line=node.start_mark.line + 1,
                                     column=node.start_mark.column + 1)
                             for _, masked in find_identity_numbers(node.value, exempt)]
    return problems


def _escaped_scalars(text: str, root: Node) -> list[ScalarNode]:
    """The double-quoted scalars whose source holds a backslash (an escape)."""
    found, stack = [], [root]
    while stack:
        node = stack.pop()
        if isinstance(node, ScalarNode):
            if node.style == '"' and "\\" in text[node.start_mark.index:node.end_mark.index]:
                found.append(node)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, MappingNode):
            for key, value in node.value:
                stack += [key, value]
    return found


_REVIEW_MARK = re.compile(r"(?<![^ \t\n])#[ \t]*((?:kontrollera|check):[^\n]*)")
"""A review note a draft left (`# kontrollera: ägare oklar`, `# check: owner unclear`)."""


def _review_mark_problems(text: str) -> list[Problem]:
    """W330 for each review mark still in the file: a draft someone has not reviewed."""
    problems: list[Problem] = []
    if "kontrollera:" not in text and "check:" not in text:
        return problems  # what every mark holds: no regular expression run over the file
    line, counted = 1, 0
    for match in _REVIEW_MARK.finditer(text):
        offset = match.start()
        line += text.count("\n", counted, offset)
        counted = offset
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        note = match.group(1).strip()
        note = note if len(note) <= 80 else note[:79] + "…"
        problems.append(Problem("W330", params={"note": note}, line=line, column=column))
    return problems


def _with_file(problem: Problem, path: Path) -> Problem:
    return replace(problem, file=str(path))


def _as_written(problem: Problem, root: Node | None) -> Problem:
    """The problem with its {value} as the file writes it, when that is a plain scalar."""
    if problem.code not in _AS_WRITTEN or root is None or "value" not in problem.params:
        return problem
    node = find_node(root, problem.path)
    if not isinstance(node, ScalarNode) or not node.value or node.tag.endswith(":str"):
        return problem  # text is shown as it is; only YAML's readings (no, 012, ~) differ
    text = node.value if len(node.value) <= 40 else node.value[:39] + "…"
    return replace(problem, params={**problem.params, "value": text})


def _safe(problem: Problem) -> Problem:
    """The problem with any personal identity number in its params masked (messages end up
    in CI logs, which are as public as the file) and line breaks shown as \\n (a key can
    span lines; a message is one line)."""
    params: dict[str, Any] = {
        k: _one_line(v) if isinstance(v, str) else v for k, v in problem.params.items()
    }
    return replace(problem, params=params)


def _one_line(text: str) -> str:
    return mask_identity_numbers(text).replace("\r", "\\r").replace("\n", "\\n")


KeyIndex = dict[int, dict[str, tuple[Node, Node]]]
"""Per mapping node (by id), its entries by key: locating many problems in one big mapping
stays linear instead of scanning the mapping once per problem."""


def locate(problem: Problem, root: Node | None, index: KeyIndex | None = None) -> Problem:
    """The problem with the line and column of the deepest node its path reaches."""
    if problem.line is not None or root is None:
        return problem
    node = find_node(root, problem.path, key=problem.code == "E202", index=index)
    return problem.at(node.start_mark.line + 1, node.start_mark.column + 1)


def find_node(root: Node, path: DocPath, key: bool = False,
              index: KeyIndex | None = None) -> Node:
    """The node at `path`, or the deepest one on the way; with `key`, the last key's node."""
    node = root
    for i, part in enumerate(path):
        if part == "[key]":  # pydantic's mark for a mapping key: handled one step earlier
            continue
        wants_key = (key and i == len(path) - 1) or path[i + 1 : i + 2] == ("[key]",)
        if isinstance(node, MappingNode):
            entry = _entry(node, str(part), index)
            if entry is None:
                return node
            node = entry[0] if wants_key else entry[1]
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


def _entry(node: MappingNode, key: str, index: KeyIndex | None) -> tuple[Node, Node] | None:
    """The first (key node, value node) of `key` in the mapping."""
    if index is None or len(node.value) < 16:
        return next(((k, v) for k, v in node.value
                     if isinstance(k, ScalarNode) and k.value == key), None)
    table = index.get(id(node))
    if table is None:  # reversed: the first of repeated keys wins, as in the scan above
        table = index[id(node)] = {k.value: (k, v) for k, v in reversed(node.value)
                                   if isinstance(k, ScalarNode)}
    return table.get(key)


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
    return _one_line("".join(parts))
