"""One door out of the CLI: every module of cli/ writes to the terminal only through
cli/output.py (pre-commit's output.py is the model), read with `ast` so that a write in any
spelling (`sys.stderr.write`, `typer.echo`, `print`, `from sys import stdout`) is found."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import ROOT

CLI = ROOT / "src" / "medborgarlofte" / "cli"
ALLOWED = {
    "output": "the output point itself",
    "console": "the console entry: standard library only, it runs before Typer is imported "
               "(the fast path) and after it has finished (flushes both streams, says an "
               "exit code that is not a number)",
}
STREAMS = {"stdout", "stderr", "__stdout__", "__stderr__"}
ECHOES = {"echo", "secho"}


def direct_writes(source: str) -> list[str]:
    """'line: what' for each place that reaches a standard stream without cli.output."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        what = None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id == "sys" and node.attr in STREAMS:
                what = f"sys.{node.attr}"
            elif node.value.id in ("typer", "click") and node.attr in ECHOES:
                what = f"{node.value.id}.{node.attr}"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and (
                node.func.id == "print"):
            what = "print"
        elif isinstance(node, ast.ImportFrom) and node.module in ("sys", "typer", "click"):
            names = {alias.name for alias in node.names} & (STREAMS | ECHOES)
            what = f"from {node.module} import {', '.join(sorted(names))}" if names else None
        if what is not None:
            found.append((getattr(node, "lineno", 0), what))
    return [f"{line}: {what}" for line, what in sorted(found)]


def _modules() -> list[str]:
    return sorted(path.stem for path in CLI.glob("*.py"))


@pytest.mark.parametrize("module", _modules())
def test_the_module_writes_only_through_cli_output(module: str) -> None:
    found = direct_writes((CLI / f"{module}.py").read_text(encoding="utf-8"))
    if module in ALLOWED:
        assert found, f"{module} is allowed to write directly but does not: take it off"
    else:
        assert found == []


def test_the_allow_list_names_only_modules_that_exist() -> None:
    assert set(ALLOWED) <= set(_modules())


@pytest.mark.parametrize(("source", "expected"), [
    ("import sys\nsys.stderr.write('x\\n')\n", ["2: sys.stderr"]),
    ("import sys\nout = sys.stdout\nout.write('x')\n", ["2: sys.stdout"]),
    ("import sys\nsys.stdout.buffer.write(b'x')\n", ["2: sys.stdout"]),
    ("import typer\ntyper.echo('x', err=True)\n", ["2: typer.echo"]),
    ("import typer\ntyper.secho('x')\n", ["2: typer.secho"]),
    ("def f():\n    print('x')\n", ["2: print"]),
    ("from sys import stderr\n", ["1: from sys import stderr"]),
    ("from typer import echo\n", ["1: from typer import echo"]),
    ("import sys\nsys.stdin.buffer.read()\n", []),  # reading is not writing
    ("from medborgarlofte.cli.output import err, say\nerr('x')\nsay('y')\n", []),
])
def test_the_scan_finds_every_spelling_of_a_direct_write(source: str,
                                                          expected: list[str]) -> None:
    assert direct_writes(source) == expected
