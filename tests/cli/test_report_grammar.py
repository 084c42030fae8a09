"""`pledge report` speaks the grammar of every command: the filters of `pledge status`,
`md`/`markdown`, day words, and a named file instead of HTML poured into a terminal."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.cli import report
from tests.fixtures.report.cases import FIXTURE

Run = Callable[..., Any]
EXEMPELBY = str(FIXTURE)


def _ids(result: Any) -> list[str]:
    rows = csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";")
    return [row["Id"] for row in rows]


@pytest.mark.parametrize(("filters", "ids"), [
    ([], ["trafikkontroller", "mopedinsatser", "narvaro-centrum", "trafiksakerhetsrad",
          "belysning", "foreningssamverkan", "grannsamverkan", "sommarlager"]),
    (["--party", "polisen"], ["trafikkontroller", "mopedinsatser", "narvaro-centrum",
                              "grannsamverkan"]),
    (["--status", "efter plan"], ["trafikkontroller", "foreningssamverkan", "grannsamverkan"]),
    (["--target", "sommarlager"], ["sommarlager"]),
])
def test_the_filters_of_status(run: Run, filters: list[str], ids: list[str]) -> None:
    result = run("report", "-f", EXEMPELBY, "--period", "2024-T2", "--format", "csv", *filters)
    assert result.exit_code == 0, result.stderr
    assert _ids(result) == ids


def test_a_filter_with_an_unknown_id_is_a_usage_error(run: Run) -> None:
    result = run("report", "-f", EXEMPELBY, "--target", "sommarläger")
    assert (result.exit_code, result.stderr) == (
        2, "pledge: --target: okänt id 'sommarläger' – menade du 'sommarlager'?\n")


def test_markdown_and_md_are_one_format(run: Run) -> None:
    md = run("report", "-f", EXEMPELBY, "--format", "md")
    markdown = run("report", "-f", EXEMPELBY, "--format", "markdown")
    assert (markdown.exit_code, markdown.stdout) == (0, md.stdout)


def test_a_terminal_gets_a_named_file(run: Run, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(report, "stdout_is_terminal", lambda: True)
    result = run("report", "-f", EXEMPELBY, "--period", "2024-T2")
    assert (result.exit_code, result.stdout) == (0, "skrev rapport-2024-T2.html (2024-T2)\n")
    assert (tmp_path / "rapport-2024-T2.html").read_text("utf-8").startswith("<!DOCTYPE html>")
    english = run("report", "-f", EXEMPELBY, "--to", "2024-06-30", "--format", "md",
                  "--lang", "en")
    assert english.exit_code == 0, english.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "rapport-2024-T2.html", "report-2024-01-01--2024-06-30.md"]


@pytest.mark.parametrize(("period", "dates"), [
    ("2024-05-01..2024-08-31", ["--from", "2024-05-01", "--to", "2024-08-31"]),
    ("2024-2024", ["--from", "2024-01-01", "--to", "2024-12-31"]),
])
def test_period_takes_what_init_and_renew_take(run: Run, period: str,
                                               dates: list[str]) -> None:
    by_period = run("report", "-f", EXEMPELBY, "--period", period, "--format", "md")
    by_dates = run("report", "-f", EXEMPELBY, *dates, "--format", "md")
    assert (by_period.exit_code, by_period.stdout) == (0, by_dates.stdout)


def test_xlsx_on_a_terminal_gets_a_named_file(run: Run, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(report, "stdout_is_terminal", lambda: True)
    result = run("report", "-f", EXEMPELBY, "--period", "2024-T2", "--format", "xlsx")
    assert (result.exit_code, result.stdout) == (0, "skrev rapport-2024-T2.xlsx (2024-T2)\n")
    assert (tmp_path / "rapport-2024-T2.xlsx").read_bytes().startswith(b"PK")
