"""`pledge schema`: the shipped schema (current with the model), printed or kept in a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from medborgarlofte.cli.schema import shipped_schema
from medborgarlofte.core.schema.jsonschema import pledge_json_schema
from tests.conftest import ROOT


def test_the_shipped_schema_is_the_models(run: Any) -> None:
    assert shipped_schema() == pledge_json_schema() == (ROOT / "pledge.schema.json").read_text(
        "utf-8")
    assert run("schema").stdout == shipped_schema()


def test_output_writes_the_file_and_its_folder(run: Any, tmp_path: Path) -> None:
    target = tmp_path / ".vscode" / "pledge.schema.json"
    result = run("schema", "-o", str(target))
    assert (result.exit_code, result.stdout) == (0, f"skrev {target}\n")
    assert target.read_text("utf-8") == shipped_schema()


def test_output_never_through_a_link(run: Any, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("keep", "utf-8")
    (tmp_path / "link.json").symlink_to(elsewhere)
    result = run("schema", "-o", str(tmp_path / "link.json"))
    assert result.exit_code == 2 and elsewhere.read_text("utf-8") == "keep"
