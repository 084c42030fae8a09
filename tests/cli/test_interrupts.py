"""Ctrl-C while a writing command runs: before the write nothing is written and it says so;
during the write it is held back until the file, its undo record and the snapshot are saved;
after it, the message says the change was saved (and `pledge undo` takes it back)."""

from __future__ import annotations

import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL

LOG = ["log", "polis-mopedinsatser", "-d", "2024-03-12", "-y"]


class Ran:
    def __init__(self, exit_code: int, stderr: str) -> None:
        self.exit_code, self.stderr = exit_code, stderr


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Callable[..., Ran]:
    """The app as the console script runs it (cli.app._run: its own Ctrl-C boundary)."""
    from medborgarlofte.cli import app

    def _run(*args: str) -> Ran:
        capsys.readouterr()
        code = app._run(app.app, list(args))
        return Ran(code, capsys.readouterr().err)

    return _run


@pytest.fixture
def pledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pledge.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return path


def _ctrl_c() -> None:
    signal.raise_signal(signal.SIGINT)  # as a real Ctrl-C: through whatever handler is set


def test_ctrl_c_during_the_write_is_held_until_it_is_saved(
        run: Callable[..., Ran], pledge: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medborgarlofte.io import apply

    real = apply.apply_write

    def interrupted_midway(*args: Any, **kwargs: Any) -> Any:
        _ctrl_c()  # pressed before the writer starts: held, the write goes on
        return real(*args, **kwargs)

    monkeypatch.setattr(apply, "apply_write", interrupted_midway)
    result = run(*LOG)
    assert result.exit_code == 130
    assert result.stderr == ("\npledge: avbrutet – men ändringen är redan sparad i "
                             "pledge.yaml (pledge undo tar tillbaka den)\n")
    assert "target: polis-mopedinsatser" in pledge.read_text(encoding="utf-8")
    monkeypatch.setattr(apply, "apply_write", real)
    undone = run("undo", "-y")
    assert undone.exit_code == 0, undone.stderr
    assert pledge.read_text(encoding="utf-8") == MINIMAL


def test_ctrl_c_after_the_write_says_it_was_saved(
        run: Callable[..., Ran], pledge: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medborgarlofte.cli import log

    def interrupted_report(*_: Any, **__: Any) -> None:
        _ctrl_c()

    monkeypatch.setattr(log, "_report", interrupted_report)
    result = run(*LOG, "--lang", "en")
    assert result.exit_code == 130
    assert result.stderr == ("\npledge: aborted – but the change is already saved in "
                             "pledge.yaml (pledge undo takes it back)\n")
    assert "target: polis-mopedinsatser" in pledge.read_text(encoding="utf-8")


def test_ctrl_c_before_the_write_says_nothing_was_written(
        run: Callable[..., Ran], pledge: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medborgarlofte.cli import log

    monkeypatch.setattr(log, "_warn_duplicate", lambda *_: _ctrl_c())
    result = run(*LOG)
    assert result.exit_code == 130
    assert result.stderr == "\npledge: avbrutet – inget skrevs\n"
    assert pledge.read_text(encoding="utf-8") == MINIMAL
