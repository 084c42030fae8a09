"""`pledge measure INDICATOR VALUE`: a measurement appended to the indicator's list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL

Run = Callable[..., Any]
INDICATORS = """\
indicators:
  - id: grannsamverkansomraden
    text: Antal grannsamverkansområden
    direction: increase
    measurements:
      - {date: 2024-01-15, value: 12, source: register}
  - id: otrygga-platser
    text: Otrygga platser
    direction: decrease
"""
BEFORE = MINIMAL.replace("events: []\n", INDICATORS + "events: []\n")


@pytest.fixture
def pledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pledge.yaml"
    path.write_text(BEFORE, encoding="utf-8")
    return path


def test_measure_follows_the_flow_style_of_the_list(run: Run, pledge: Path) -> None:
    result = run("measure", "grannsamverkan", "14", "--date", "2024-06-01",
                 "--source", "register, juni")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ("pledge.yaml: mätvärdet tillagt på rad 20\n"
                             "grannsamverkansomraden 14 (2024-06-01), +2 sedan 2024-01-15, "
                             "bättre\n")
    assert pledge.read_text(encoding="utf-8") == BEFORE.replace(
        "source: register}\n",
        "source: register}\n      - {date: 2024-06-01, value: 14, source: \"register, juni\"}\n")


def test_measure_creates_the_missing_list(run: Run, pledge: Path) -> None:
    result = run("measure", "otrygga", "3,5", "--note", "ca", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "otrygga-platser 3.5 (2024-12-31)"
    assert pledge.read_text(encoding="utf-8") == BEFORE.replace(
        "    direction: decrease\n",
        "    direction: decrease\n    measurements:\n"
        "      - date: 2024-12-31\n        value: 3.5\n        note: ca\n")


@pytest.mark.parametrize(("args", "code", "message"), [
    (["grannsamverkan", "tolv"], 2, "pledge: 'tolv' är inget tal (skriv t.ex. 14 eller 3,5)\n"),
    (["grannsamverkan", "12", "--date", "31/12"], 2,
     "pledge: --date: '31/12' är inget datum – skriv ÅÅÅÅ-MM-DD, idag eller igår\n"),
    (["trygghet", "12"], 2,
     "pledge: ingen indikator heter eller innehåller 'trygghet'; menade du:\n"
     "  otrygga-platser                      Otrygga platser\n"),
    (["xyz", "12"], 2,
     "pledge: ingen indikator heter eller innehåller 'xyz'; välj bland:\n"
     "  grannsamverkansomraden               Antal grannsamverkansområden\n"
     "  otrygga-platser                      Otrygga platser\n"),
])
def test_bad_input(run: Run, pledge: Path, args: list[str], code: int, message: str) -> None:
    result = run("measure", *args)
    assert (result.exit_code, result.stderr) == (code, message)
    assert pledge.read_text(encoding="utf-8") == BEFORE


def test_future_measurement_is_refused(run: Run, pledge: Path) -> None:
    result = run("measure", "grannsamverkan", "14", "--date", "2025-02-01")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1].startswith(
        "  E320 indicators[grannsamverkansomraden].measurements[2].date:")
    assert pledge.read_text(encoding="utf-8") == BEFORE


def test_dry_run(run: Run, pledge: Path) -> None:
    result = run("measure", "otrygga", "2", "--dry-run")
    assert result.exit_code == 0
    assert result.stdout == "    measurements:\n      - date: 2024-12-31\n        value: 2\n"
    assert pledge.read_text(encoding="utf-8") == BEFORE
