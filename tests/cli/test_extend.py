"""`pledge extend`: an extension appended in place by the surgical writer, and undoable."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.io.loader import load_pledge
from tests.conftest import MINIMAL, OLOFSTROM

Run = Callable[..., Any]


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    path = tmp_path / "pledge.yaml"
    shutil.copyfile(OLOFSTROM, path)
    return path


def test_extension_is_added_and_nothing_else_changes(run: Run, shipped: Path) -> None:
    before = shipped.read_text(encoding="utf-8")
    result = run("extend", "-f", str(shipped), "--to", "2025-06-30", "--reason",
                 "Förlängs tills ett nytt löfte är antaget", "--decided", "2024-12-10")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (f"Förlängde Medborgarlöfte 2024 (2024-01-01–2025-06-30); "
                             f"{shipped} rad 27.\n")
    after = shipped.read_text(encoding="utf-8")
    added = ("  extensions:\n"
             "    - to: 2025-06-30\n"
             "      decided: 2024-12-10\n"
             "      reason: Förlängs tills ett nytt löfte är antaget\n")
    anchor = "till medborgarna i Olofströms kommun\"\n"
    assert after == before.replace(anchor, anchor + added, 1)
    pledge = load_pledge(shipped, dt.date(2024, 12, 31)).pledge
    assert pledge is not None and pledge.pledge.end == dt.date(2025, 6, 30)
    assert run("validate", str(shipped)).exit_code == 0


def test_a_second_extension_goes_after_the_first(run: Run, shipped: Path) -> None:
    assert run("extend", "-f", str(shipped), "--to", "2025-03-31").exit_code == 0
    result = run("extend", "-f", str(shipped), "--to", "2025-06-30", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout == (f"Extended Medborgarlöfte 2024 (2024-01-01–2025-06-30); "
                             f"{shipped} line 29.\n")
    assert "  extensions:\n    - to: 2025-03-31\n    - to: 2025-06-30\n" in shipped.read_text(
        encoding="utf-8")
    pledge = load_pledge(shipped, dt.date(2024, 12, 31)).pledge
    assert pledge is not None
    assert [e.to for e in pledge.pledge.extensions] == [dt.date(2025, 3, 31),
                                                         dt.date(2025, 6, 30)]


def test_an_extension_can_be_undone(run: Run, shipped: Path) -> None:
    before = shipped.read_bytes()
    assert run("extend", "-f", str(shipped), "--to", "2025-03-31").exit_code == 0
    result = run("undo", "-f", str(shipped), "--yes")
    assert result.exit_code == 0, result.stderr
    assert shipped.read_bytes() == before


@pytest.mark.parametrize("args, message", [
    (["--to", "2024-12-31"], "pledge: det nya slutdatumet 2024-12-31 måste ligga efter "
                             "löftets nuvarande slut 2024-12-31\n"),
    (["--to", "31/12/2025"], "pledge: --to: '31/12/2025' är inget datum (ÅÅÅÅ-MM-DD)\n"),
    (["--to", "2025-06-30", "--decided", "i förrgår"],
     "pledge: --decided: 'i förrgår' är inget datum (ÅÅÅÅ-MM-DD)\n"),
])
def test_bad_dates_are_usage_errors(run: Run, shipped: Path, args: list[str],
                                    message: str) -> None:
    before = shipped.read_bytes()
    result = run("extend", "-f", str(shipped), *args)
    assert (result.exit_code, result.stderr) == (2, message)
    assert shipped.read_bytes() == before


def test_personal_data_in_the_reason_is_refused(run: Run, shipped: Path) -> None:
    digits = "811218987"
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(digits))
    number = f"{digits[:6]}-{digits[6:]}{(10 - total % 10) % 10}"
    before = shipped.read_bytes()
    result = run("extend", "-f", str(shipped), "--to", "2025-06-30", "--reason",
                 f"Beslut om {number}")
    assert result.exit_code == 1
    assert "E316" in result.stderr and "8112**-****" in result.stderr
    assert number not in result.stderr
    assert shipped.read_bytes() == before


def test_the_to_option_is_required(run: Run, shipped: Path) -> None:
    result = run("extend", "-f", str(shipped))
    assert result.exit_code == 2
    assert "--to" in result.stderr


def test_day_words_dry_run_and_commit_like_every_writing_command(
        run: Any, write_pledge: Any) -> None:
    path = write_pledge(MINIMAL)
    before = path.read_bytes()
    result = run("extend", "-f", str(path), "--to", "2025-06-30", "--decided", "igår",
                 "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "  extensions:\n    - to: 2025-06-30\n      decided: 2024-12-30\n"
    assert path.read_bytes() == before
    outside = run("extend", "-f", str(path), "--to", "2025-06-30", "--commit", "--yes")
    assert outside.exit_code == 2 and path.read_bytes() == before
