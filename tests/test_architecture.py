"""The import rules of conventions.md, checked: layers point down, sub-packages keep to their
rooms, no import cycle anywhere in src/, --help stays light (docs/architecture.md).

Every import is read with `ast`: module-level and function-level, absolute and relative
(a relative one is resolved, so it cannot slip past a rule, and then refused as a style).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "medborgarlofte"

ALLOWED = {
    "text": {"text"},
    "i18n": {"i18n", "text"},
    "core": {"core", "i18n", "text"},
    "io": {"io", "core", "i18n", "text"},
    "render": {"render", "core", "i18n", "text"},
    "cli": {"cli", "io", "core", "render", "i18n", "text"},
}
"""Which layers each layer may import (the first part after `medborgarlofte.`)."""

CORE_ROOMS = {
    "schema": {"schema"},
    "progress": {"progress", "schema"},
    "drafting": {"drafting", "schema"},
    "entries": {"entries", "schema"},
}
"""Which sub-packages of `core` each may import: all build on the schema, none on another."""

PROGRESS_LEVELS = {
    "values": 0, "pace": 1, "kinds": 2, "types": 3, "periods": 3, "indicator": 4,
    "target": 4, "compute": 5, "activity": 6, "report": 6, "changes": 6, "history": 6,
}
"""Inside `core.progress`, types at the bottom and rules above: a module imports only
modules of a lower level (or its own sub-package, `kinds`)."""


def module_name(path: Path) -> str:
    """'medborgarlofte.core.progress.kinds' for .../kinds/__init__.py."""
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def imported_modules(path: Path) -> Iterator[tuple[str, int]]:
    """(absolute module name, level as written) of every import in the file, anywhere in it.

    `from a.b import c` yields `a.b.c` when `c` is a module of the tree, else `a.b`.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = module_name(path).split(".")
    package = here if _is_package(path) else here[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, 0
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                yield (candidate if _exists(candidate) else base), node.level


def _exists(module: str) -> bool:
    relative = Path(*module.split("."))
    return (SRC / relative).with_suffix(".py").exists() or (SRC / relative / "__init__.py").exists()


def _own(modules: Iterator[tuple[str, int]]) -> set[str]:
    return {m for m, _ in modules if m.split(".")[0] == "medborgarlofte"}


def _files(under: Path) -> list[Path]:
    return sorted(under.rglob("*.py"))


def _imported_layers(path: Path) -> set[str]:
    return {m.split(".")[1] for m in _own(imported_modules(path)) if m.count(".") >= 1}


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_point_down(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(_imported_layers(path) - ALLOWED[layer])
        for path in _files(PACKAGE / layer) if _imported_layers(path) - ALLOWED[layer]
    }
    assert offenders == {}


@pytest.mark.parametrize("room", sorted(CORE_ROOMS))
def test_core_sub_packages_keep_to_their_rooms(room: str) -> None:
    def rooms(path: Path) -> set[str]:
        return {m.split(".")[2] for m in _own(imported_modules(path))
                if m.startswith("medborgarlofte.core.") and m.count(".") >= 2}

    offenders = {
        str(path.relative_to(PACKAGE)): sorted(rooms(path) - CORE_ROOMS[room])
        for path in _files(PACKAGE / "core" / room) if rooms(path) - CORE_ROOMS[room]
    }
    assert offenders == {}


def test_core_has_only_its_rooms() -> None:
    loose = [p.name for p in (PACKAGE / "core").glob("*.py") if p.name != "__init__.py"]
    rooms = {p.name for p in (PACKAGE / "core").iterdir() if (p / "__init__.py").exists()}
    assert (loose, rooms) == ([], set(CORE_ROOMS))


def test_progress_types_at_the_bottom_rules_above() -> None:
    prefix = "medborgarlofte.core.progress."
    offenders = []
    for path in _files(PACKAGE / "core" / "progress"):
        name = module_name(path)
        if name == prefix.rstrip("."):
            continue
        own = name.removeprefix(prefix).split(".")[0]
        for target in _own(imported_modules(path)):
            if not target.startswith(prefix):
                continue
            other = target.removeprefix(prefix).split(".")[0]
            if other != own and PROGRESS_LEVELS[other] >= PROGRESS_LEVELS[own]:
                offenders.append(f"{name} -> {target}")
    assert offenders == []
    assert set(PROGRESS_LEVELS) == {
        p.stem if p.suffix else p.name for p in (PACKAGE / "core" / "progress").iterdir()
        if p.name not in ("__init__.py", "__pycache__")}


def test_no_relative_imports() -> None:
    relative = [f"{module_name(p)}: {m}" for p in _files(PACKAGE)
                for m, level in imported_modules(p) if level]
    assert relative == []


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of the package it imports (anywhere in the file)."""
    graph = {module_name(p): _own(imported_modules(p)) for p in _files(PACKAGE)}
    return {m: {t for t in targets if t in graph and t != m} for m, targets in graph.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import cycle as [a, b, ..., a], or [] when there is none (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        stack.append(node)
        for following in sorted(graph.get(node, ())):
            if state.get(following) == 1:
                return [*stack[stack.index(following):], following]
            if following not in state:
                found = visit(following)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return []


def test_no_import_cycle_in_src() -> None:
    assert find_cycle(import_graph()) == []


def test_cycle_finder_sees_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) == []


def test_rule_checker_sees_forbidden_and_relative_imports(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    fake = tmp_path / "medborgarlofte" / "core" / "progress"
    fake.mkdir(parents=True)
    (fake.parent.parent / "cli").mkdir()
    (fake.parent.parent / "cli" / "common.py").write_text("", encoding="utf-8")
    (fake / "values.py").write_text("", encoding="utf-8")
    bad = fake / "bad.py"
    bad.write_text("def f():\n    from medborgarlofte.cli.common import today\n"
                   "from .values import Status\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SRC", tmp_path)
    assert sorted(imported_modules(bad)) == [("medborgarlofte.cli.common", 0),
                                             ("medborgarlofte.core.progress.values", 1)]
    assert _imported_layers(bad) - ALLOWED["core"] == {"cli"}


def test_core_never_reads_the_clock_or_the_environment() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for forbidden in ("date.today(", "datetime.now(", "os.environ", "print("):
            assert forbidden not in text, f"{path.name} uses {forbidden}"


def test_help_imports_neither_pydantic_nor_yaml() -> None:
    code = (
        "import sys\n"
        "sys.argv = ['pledge', '--help']\n"
        "from medborgarlofte.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'pydantic_core', 'yaml'))\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stderr == "[]"
