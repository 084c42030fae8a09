"""`pledge events`: the activity log newest first, its filters, formats and usage errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL, OLOFSTROM

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "status"
Run = Callable[..., Any]


@pytest.fixture(autouse=True)
def _in_fixtures(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(FIXTURES)  # file names, as given, appear in JSON and CSV


@pytest.mark.parametrize(("name", "args"), [
    ("every-kind-sv-80.txt", ["--as-of", "2024-07-01"]),
    ("every-kind-en-120.txt", ["--lang", "en"]),
    ("every-kind-from-to-sv-100.txt", ["--from", "2024-05-01", "--to", "2024-06-30"]),
    ("every-kind-sv.md", ["--format", "markdown", "--as-of", "2024-04-30"]),
    ("every-kind.json", ["--format", "json", "--as-of", "2024-03-31"]),
    ("every-kind.csv", ["--format", "csv-machine"]),
    ("every-kind-sv.csv", ["--format", "csv"]),
])
def test_golden(run: Run, golden: Callable[[str, str], None],
                monkeypatch: pytest.MonkeyPatch, name: str, args: list[str]) -> None:
    width = name.rsplit("-", 1)[-1].split(".")[0]
    monkeypatch.setenv("COLUMNS", width if width.isdigit() else "100")
    result = run("events", "every-kind.yaml", *args)
    assert result.exit_code == 0, result.stderr
    golden(f"events/{name}", result.stdout)


def _dates(run: Run, *args: str) -> list[str]:
    data = json.loads(run("events", "every-kind.yaml", "--format", "json", *args).stdout)
    return [e["date"] + ("/" + e["until"] if e["until"] else "")
            for e in data["pledges"][0]["events"]]


def test_order_and_as_of(run: Run) -> None:
    assert _dates(run, "--as-of", "2024-04-29") == [
        "2024-04-10", "2024-04-02", "2024-03-20", "2024-03-05", "2024-02-14", "2024-01-20"]
    # the range 2024-01-10..04-30 counts from its last day, and sorts by it
    assert _dates(run, "--as-of", "2024-04-30")[:2] == ["2024-01-10/2024-04-30", "2024-04-10"]


@pytest.mark.parametrize(("args", "dates"), [
    (["--target", "mopedinsatser"], ["2024-09-25", "2024-06-15", "2024-03-05"]),
    (["--party", "bostadsbolaget"], ["2024-09-03"]),
    (["--priority", "trafik", "--to", "2024-03-31"], ["2024-01-10/2024-04-30", "2024-03-05"]),
    (["--priority", "trafik", "--to", "2024-01-09"], []),
    (["--from", "2024-08-01", "--to", "2024-08-31", "--target", "trafikkontroller"],
     ["2024-05-01/2024-08-31"]),
    (["--status", "done"], ["2024-12-10", "2024-05-20", "2024-05-02", "2024-04-02"]),
])
def test_filters(run: Run, args: list[str], dates: list[str]) -> None:
    assert _dates(run, *args) == dates


def test_by_defaults_to_the_owners(run: Run) -> None:
    data = json.loads(run("events", "every-kind.yaml", "--format", "json", "--target",
                          "sommarinsats").stdout)
    assert [(e["by"], e["parties"]) for e in data["pledges"][0]["events"]] == [
        (None, ["polisen", "kommunen"]), (["polisen"], ["polisen"])]


def test_shipped_pledge_has_no_events_yet(run: Run) -> None:
    result = run("events", str(OLOFSTROM))
    assert result.stdout == ("Aktiviteter · Medborgarlöfte 2024 · Olofströms kommun · "
                             "läget 2024-12-31\n0 aktiviteter\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--from", "2024-06-01", "--to", "2024-05-01"],
     "pledge: --from 2024-06-01 ligger efter --to 2024-05-01\n"),
    (["--from", "juni"], "pledge: --from: 'juni' är inget datum (ÅÅÅÅ-MM-DD)\n"),
    (["--target", "polis-mopedinsats"],
     "pledge: --target: okänt id 'polis-mopedinsats' – menade du 'polis-mopedinsatser'?\n"),
    (["--format", "xlsx"], "pledge: okänt format 'xlsx': välj tabell, markdown, json, "
                            "csv, csv-maskin\n"),
])
def test_usage_errors(run: Run, write_pledge: Callable[..., Path], args: list[str],
                      message: str) -> None:
    path = write_pledge(MINIMAL)
    result = run("events", str(path), *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", message)


def test_invalid_file_exits_1(run: Run, write_pledge: Callable[..., Path]) -> None:
    path = write_pledge(MINIMAL.replace("events: []", "events: [{date: 2024-02-30, "
                                                      "target: polis-mopedinsatser}]"))
    result = run("events", str(path))
    assert result.exit_code == 1
    assert result.stderr == (f"{path}:14:17: E117 events[1].date: '2024-02-30' är inget "
                             "giltigt datum (ÅÅÅÅ-MM-DD)\n")
