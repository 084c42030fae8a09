"""The one write flow (cli/flow.py): every writing command takes the same steps in the same
order, and the writers are reached only through io/apply.py."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL, ROOT

Run = Callable[..., Any]
CLI = ROOT / "src" / "medborgarlofte" / "cli"
TEXT = MINIMAL.replace(
    "    goal: {exactly: 4, unit: insatser}\n",
    "    goal: {exactly: 4, unit: insatser}\n"
    "indicators:\n"
    "  - id: otrygghet\n    text: Andel som känner sig otrygga.\n    direction: decrease\n",
).replace("events: []\n", "events:\n  - date: 2024-03-01\n    target: polis-mopedinsatser\n")
REF = "5af169"
NOT_GIT = ("pledge: --commit: pledge.yaml is not inside a git repository (or git is missing); "
           "nothing written\n")
WRITERS = {"append_items", "write_change", "undo_last", "plan_append_change"}
COMMANDS = [
    ("log", "polis-moped"),
    ("measure", "otrygghet", "12"),
    ("import", "rows.csv"),
    ("extend", "--to", "2025-06-30"),
    ("edit", REF, "--note", "ny"),
    ("remove", REF),
    ("outcome", "polis-mopedinsatser", "--status", "met", "--reason", "Klart"),
    ("undo",),
]


@pytest.fixture
def pledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path.parent))
    (tmp_path / "rows.csv").write_text("date,target\n2024-04-02,polis-mopedinsatser\n",
                                       encoding="utf-8")
    path = tmp_path / "pledge.yaml"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_the_sample_is_valid_and_has_the_reference(run: Run, pledge: Path) -> None:
    result = run("events")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[3].startswith(REF)


@pytest.mark.parametrize("args", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_commit_outside_git_is_refused_before_anything_is_shown(
        run: Run, pledge: Path, args: tuple[str, ...]) -> None:
    if args[0] == "undo":  # something to undo first (no --commit: no git needed)
        assert run("log", "polis-moped", "--lang", "en").exit_code == 0
    before = pledge.read_bytes()
    for options in (["--dry-run"], ["--yes"]):
        result = run(*args, *options, "--commit", "--lang", "en")
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", NOT_GIT)
        assert pledge.read_bytes() == before


@pytest.mark.parametrize("args", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_every_writing_command_takes_dry_run_and_yes(run: Run, pledge: Path,
                                                     args: tuple[str, ...]) -> None:
    if args[0] == "undo":
        assert run("log", "polis-moped").exit_code == 0
    before = pledge.read_bytes()
    dry = run(*args, "--dry-run")
    assert dry.exit_code == 0, dry.stderr
    assert dry.stdout and pledge.read_bytes() == before
    written = run(*args, "--yes")
    assert written.exit_code == 0, written.stderr
    assert pledge.read_bytes() != before


def _imported_names(module: str) -> set[str]:
    tree = ast.parse((CLI / f"{module}.py").read_text(encoding="utf-8"))
    return {alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
            for alias in node.names}


@pytest.mark.parametrize("module", sorted(path.stem for path in CLI.glob("*.py")))
def test_no_command_calls_a_writer_but_through_the_flow(module: str) -> None:
    names = _imported_names(module)
    assert names & WRITERS == set()
    assert ("apply_write" in names) == (module == "flow")
