"""The activity log kept in a spreadsheet comes back: what `pledge events --format csv`
writes, `pledge import` reads (docs/import.md), the row-only columns (Fil, Nr, Ref) read
past and 'Utfört av' that only names the owners left as the default it stands for."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import OLOFSTROM

Run = Callable[..., Any]


def _events(path: Path) -> list[dict[str, Any]]:
    return sorted(yaml.safe_load(path.read_text(encoding="utf-8"))["events"],
                  key=lambda e: (str(e["date"]), str(e["target"])))


def test_the_events_csv_imports_into_a_fresh_copy_as_the_same_activities(
        run: Run, tmp_path: Path) -> None:
    kept = tmp_path / "pledge.yaml"
    kept.write_bytes(OLOFSTROM.read_bytes())
    for args in (["polis-mopedinsatser", "-d", "2024-03-01", "-p", "Jämshög", "-m", "Kontroll"],
                 ["bedrageriutbildning", "-d", "2024-04-02", "-n", "2", "--by", "polisen"],
                 ["kommun-foraldraforelasning", "-d", "2024-05-06", "--by", "polisen",
                  "--participants", "40"]):
        assert run("log", *args, "-y", "-f", str(kept)).exit_code == 0
    sheet = tmp_path / "aktiviteter.csv"
    assert run("events", "--format", "csv", "-f", str(kept), "-o", str(sheet)).exit_code == 0
    fresh = tmp_path / "ny.yaml"
    fresh.write_bytes(OLOFSTROM.read_bytes())
    result = run("import", str(sheet), "-y", "-f", str(fresh))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{fresh}: 3 aktiviteter importerade från {sheet}")
    assert _events(fresh) == _events(kept)
    again = run("import", str(sheet), "-y", "-f", str(kept))  # every row is already there
    assert again.exit_code == 0
    assert again.stdout == f"{sheet}: inget nytt att importera; filen är oförändrad\n"


def test_a_date_cell_a_spreadsheet_saved_with_midnight_is_the_day(run: Run,
                                                                  tmp_path: Path) -> None:
    """LibreOffice and Excel save a date cell as '2024-02-01 0:00:00': that is the day; any
    other time of day is not a date (it is refused as before)."""
    pledge = tmp_path / "pledge.yaml"
    pledge.write_bytes(OLOFSTROM.read_bytes())
    sheet = tmp_path / "in.csv"
    sheet.write_text("Datum;Löfte;Antal\n2024-02-01 0:00:00;polis-mopedinsatser;1\n"
                     "2024-02-02T00:00:00;polis-mopedinsatser;2\n", encoding="utf-8")
    result = run("import", str(sheet), "-y", "-f", str(pledge))
    assert result.exit_code == 0, result.stderr
    dates = [str(e["date"]) for e in _events(pledge)]
    assert dates == ["2024-02-01", "2024-02-02"]
    sheet.write_text("Datum;Löfte\n2024-02-03 13:30:00;polis-mopedinsatser\n", encoding="utf-8")
    assert run("import", str(sheet), "-y", "-f", str(pledge)).exit_code == 1
