"""What every command shares, through the one entry point: Ctrl-C exits 130, colour follows
NO_COLOR and FORCE_COLOR, days are read alike, option names mean one thing."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import typer

from medborgarlofte.cli import output, writing
from medborgarlofte.cli.app import main
from tests.conftest import MINIMAL


def _main(args: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "argv", ["pledge", *args])
    with pytest.raises(SystemExit) as stopped:
        main()
    return int(stopped.value.code or 0)


def test_ctrl_c_at_a_prompt_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pledge.yaml").write_text(MINIMAL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(writing, "stdin_is_terminal", lambda: True)

    def interrupted(*args: object, **kwargs: object) -> str:
        raise typer.Abort  # what Click's prompt raises on Ctrl-C

    monkeypatch.setattr("typer.prompt", interrupted)
    assert _main(["log"], monkeypatch) == 130
    assert capsys.readouterr().err == "\npledge: avbrutet – inget skrevs\n"
    assert (tmp_path / "pledge.yaml").read_text(encoding="utf-8") == MINIMAL


def test_ctrl_c_while_running_exits_130(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("medborgarlofte.cli.common.load_valid_or_exit", interrupted)
    monkeypatch.chdir(tmp_path)
    assert _main(["status"], monkeypatch) == 130


@pytest.mark.parametrize(("env", "tty", "colour"), [
    ({}, False, False), ({}, True, True), ({"FORCE_COLOR": "1"}, False, True),
    ({"FORCE_COLOR": "0"}, False, False), ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
    ({"TERM": "dumb"}, True, False),
])
def test_colour_follows_no_color_and_force_color(
        monkeypatch: pytest.MonkeyPatch, env: dict[str, str], tty: bool, colour: bool) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: tty, raising=False)
    assert output.use_color() is colour


@pytest.mark.parametrize("args", [["validate", "-"], ["status", "-"], ["events", "-f", "-"],
                                  ["report", "-f", "-", "--format", "md"]])
def test_a_dash_reads_the_pledge_from_standard_input(run: Any, args: list[str],
                                                     tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # no pledge.yaml here: only standard input has one
    result = run(*args, input=MINIMAL)
    assert result.exit_code == 0, result.stderr
    if args[0] == "validate":
        assert result.stdout == "-: giltig – löften: 1, aktiviteter: 0\n"


def test_a_dash_is_no_file_to_write(run: Any, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("log", "polis-moped", "-f", "-", "--yes", input=MINIMAL)
    assert result.exit_code == 2
    assert not (tmp_path / "-").exists()
