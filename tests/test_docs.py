"""Docs made from the code are current; the README's commands are the ones CI runs."""

from __future__ import annotations

import re

import pytest

from medborgarlofte.cli.app import app
from tests.conftest import ROOT
from tests.docs_gen import generated_files


@pytest.mark.parametrize("relative, text", sorted(generated_files().items()))
def test_generated_file_is_current(relative: str, text: str) -> None:
    path = ROOT / relative
    assert path.exists(), f"{relative} missing: run python scripts/gen_docs.py"
    assert path.read_text(encoding="utf-8") == text, f"{relative} stale: run scripts/gen_docs.py"


def _readme_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.S)
    assert block is not None
    return [line for line in block.group(1).splitlines() if line and not line.startswith("#")]


def test_readme_opens_with_the_two_setup_commands() -> None:
    main, tests = _readme_commands()
    assert main.endswith("pip install -e . && pledge status")
    assert tests.endswith("pip install -e '.[test]' -c constraints.txt && pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _readme_commands()[1] in ci.splitlines()


def test_every_command_is_in_the_readme_tour() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c.name for c in app.registered_commands if f"`pledge {c.name}" not in readme]
    assert missing == []
