"""One door out of the CLI: the shared modules write to the terminal only through
cli/output.py (pre-commit's output.py is the model). The command modules follow as they
are touched; the list below only grows."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT

CLI = ROOT / "src" / "medborgarlofte" / "cli"
THROUGH_OUTPUT = ["app", "common", "usage", "chrome", "schema", "values", "choices", "status",
                  "events", "status_options", "completion"]
DIRECT = re.compile(r"sys\.std(?:out|err)\b|typer\.echo\(|print\(")


@pytest.mark.parametrize("module", THROUGH_OUTPUT)
def test_the_module_writes_only_through_cli_output(module: str) -> None:
    text = (CLI / f"{module}.py").read_text(encoding="utf-8")
    assert [line for line in text.splitlines() if DIRECT.search(line)
            and not line.lstrip().startswith("#")] == []
