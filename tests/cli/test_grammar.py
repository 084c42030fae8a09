"""What every command shares, through the one entry point: Ctrl-C exits 130, colour follows
NO_COLOR and FORCE_COLOR, days are read alike, option names mean one thing."""

from __future__ import annotations

import sys
from pathlib import Path

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
