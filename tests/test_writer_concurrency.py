"""30 `pledge log` processes on one file at once: all 30 events land, the file stays valid."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from medborgarlofte.io.loader import load_pledge
from tests.conftest import MINIMAL

pytestmark = pytest.mark.slow  # see [tool.pytest.ini_options] markers

WRITERS = 30


def test_concurrent_logs_all_land(tmp_path: Path) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    env = {**os.environ, "PLEDGE_TODAY": "2024-12-31", "NO_COLOR": "1"}
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "medborgarlofte", "log", "polis-moped", "-f", str(path),
             "--date", "2024-06-01", "--note", f"writer {number}"],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for number in range(WRITERS)
    ]
    outcomes = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in processes]
    for process in processes:
        for stream in (process.stdout, process.stderr):
            if stream:
                stream.close()
    assert outcomes == [(0, "")] * WRITERS
    loaded = load_pledge(path, dt.date(2024, 12, 31))
    assert loaded.problems == []
    assert loaded.pledge is not None
    notes = sorted(e.note or "" for e in loaded.pledge.event_list)
    assert notes == sorted(f"writer {n}" for n in range(WRITERS))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pledge.yaml"]
