"""A fault at each step of a write leaves the old file or the new one, never a mix, and no
temporary file behind."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.io import atomic, lock, writer
from medborgarlofte.io.lock import LockTimeout
from medborgarlofte.io.writer import append_items
from tests.conftest import MINIMAL

TODAY = dt.date(2024, 12, 31)
EVENT = {"date": dt.date(2024, 3, 12), "target": "polis-mopedinsatser", "count": 1}
NEW = MINIMAL.replace("events: []\n", "events:\n  - date: 2024-03-12\n"
                      "    target: polis-mopedinsatser\n    count: 1\n")


def _fail(*_: Any, **__: Any) -> Any:
    raise OSError(5, "Input/output error (injected)")


def _interrupt(*_: Any, **__: Any) -> Any:
    raise KeyboardInterrupt


class _Count:
    """Fail on the n-th call only (1-based), pass through otherwise."""

    def __init__(self, real: Callable[..., Any], fail_on: int) -> None:
        self.real, self.fail_on, self.calls = real, fail_on, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.calls == self.fail_on:
            raise OSError(5, "Input/output error (injected)")
        return self.real(*args, **kwargs)


FAULTS_BEFORE_RENAME: dict[str, tuple[Any, str, Any]] = {
    "reading the file after taking the lock": (writer, "read_bytes", _fail),
    "creating the temporary file": (atomic.tempfile, "mkstemp", _fail),
    "writing the temporary file": (atomic.os, "fdopen", None),
    "fsync of the temporary file": (atomic.os, "fsync", _fail),
    "Ctrl-C during fsync": (atomic.os, "fsync", _interrupt),
    "setting the mode": (atomic.os, "fchmod", _fail),
    "the rename": (atomic.os, "replace", _fail),
}


@pytest.fixture
def pledge(tmp_path: Path) -> Path:
    path = tmp_path / "pledge.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.mark.parametrize("step", FAULTS_BEFORE_RENAME)
def test_fault_before_rename_leaves_the_old_file(pledge: Path, step: str,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    module, name, replacement = FAULTS_BEFORE_RENAME[step]
    if replacement is None:  # a handle whose write fails
        real_fdopen = os.fdopen

        def replacement(fd: int, *args: Any, **kwargs: Any) -> Any:
            handle = real_fdopen(fd, *args, **kwargs)
            handle.write = _fail
            return handle
    monkeypatch.setattr(module, name, replacement)
    with pytest.raises((OSError, KeyboardInterrupt)):
        append_items(pledge, ("events",), [EVENT], TODAY)
    monkeypatch.undo()
    assert pledge.read_text(encoding="utf-8") == MINIMAL
    assert _leftovers(pledge.parent) == []


def test_lock_not_acquired_writes_nothing(pledge: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock, "try_lock", lambda fd: False)  # always held by another
    monkeypatch.setattr(lock, "LOCK_TIMEOUT", 0.05)
    with pytest.raises(LockTimeout):
        append_items(pledge, ("events",), [EVENT], TODAY)
    assert pledge.read_text(encoding="utf-8") == MINIMAL


def test_fault_opening_the_directory_after_rename_keeps_the_new_file(
        pledge: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def open_files_only(path: Any, *args: Any, **kwargs: Any) -> int:
        if Path(path).is_dir():
            raise OSError(5, "Input/output error (injected)")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "open", open_files_only)
    append_items(pledge, ("events",), [EVENT], TODAY)
    assert pledge.read_text(encoding="utf-8") == NEW
    assert _leftovers(pledge.parent) == []


def test_fault_recording_for_undo_keeps_the_new_file(pledge: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lock.Sidecar, "write_record", _fail)
    change = append_items(pledge, ("events",), [EVENT], TODAY)
    assert change.record_saved is False
    assert pledge.read_text(encoding="utf-8") == NEW


def test_fsync_of_the_directory_fails_after_the_rename(pledge: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    failing = _Count(os.fsync, fail_on=2)  # 1: the temporary file, 2: the directory
    monkeypatch.setattr(atomic.os, "fsync", failing)
    append_items(pledge, ("events",), [EVENT], TODAY)
    assert failing.calls >= 2
    assert pledge.read_text(encoding="utf-8") == NEW
    assert _leftovers(pledge.parent) == []


CRASH = """
import os, sys
from medborgarlofte.io import atomic
def crash(*args, **kwargs):
    os._exit(9)
atomic.os.replace = crash
from medborgarlofte.cli.app import main
sys.argv = ["pledge", "log", "polis-moped", "-f", sys.argv[1], "--date", "2024-03-12"]
main()
"""


def test_killed_writer_leaves_old_file_and_next_writer_cleans_up(pledge: Path) -> None:
    env = {**os.environ, "PLEDGE_TODAY": "2024-12-31"}
    crashed = subprocess.run([sys.executable, "-c", CRASH, str(pledge)], env=env, check=False)
    assert crashed.returncode == 9
    assert pledge.read_text(encoding="utf-8") == MINIMAL
    assert len(_leftovers(pledge.parent)) == 1
    append_items(pledge, ("events",), [EVENT], TODAY)
    assert pledge.read_text(encoding="utf-8") == NEW
    assert _leftovers(pledge.parent) == []


def test_a_read_only_file_is_not_replaced(pledge: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "access", lambda path, mode: False)  # root ignores modes
    with pytest.raises(PermissionError) as error:
        append_items(pledge, ("events",), [EVENT], TODAY)
    assert error.value.filename == str(pledge)
    assert pledge.read_text(encoding="utf-8") == MINIMAL
