"""The import rules of conventions.md, checked: layers point down, --help stays light."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "medborgarlofte"

ALLOWED = {
    "i18n": {"i18n"},
    "core": {"core", "i18n"},
    "io": {"io", "core", "i18n"},
    "render": {"render", "core", "i18n"},
    "cli": {"cli", "io", "core", "render", "i18n", "fast"},
    "fast": {"fast", "io"},  # the answer from the cache: before any heavy import
}


def _imported_layers(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    layers = set()
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            parts = name.split(".")
            if parts[0] == "medborgarlofte" and len(parts) > 1:
                layers.add(parts[1])
    return layers


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_point_down(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(_imported_layers(path) - ALLOWED[layer])
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        if _imported_layers(path) - ALLOWED[layer]
    }
    assert offenders == {}


def test_rule_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from medborgarlofte.cli.common import today\n", encoding="utf-8")
    assert _imported_layers(module) - ALLOWED["core"] == {"cli"}


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
