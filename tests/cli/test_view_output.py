"""`pledge status -o FILE` and `pledge events -o FILE`: the result written to a file as UTF-8
(CSV with its BOM), never coloured, written safely (no link followed, no input overwritten),
and never an answer kept in the cache. The way to a CSV on Windows, where PowerShell's `>`
re-encodes what a program prints."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import OLOFSTROM

Run = Callable[..., Any]


@pytest.fixture
def pledge(tmp_path: Path) -> Path:
    path = tmp_path / "pledge.yaml"
    path.write_bytes(OLOFSTROM.read_bytes())
    return path


@pytest.mark.parametrize("args", [
    ["status", "--format", "csv"],
    ["status"],
    ["events", "--format", "csv"],
    ["events"],
    ["events", "--measurements"],
])
def test_the_file_holds_exactly_what_standard_output_would(
        run: Run, pledge: Path, tmp_path: Path, args: list[str]) -> None:
    printed = run(*args, "-f", str(pledge))
    assert printed.exit_code == 0, printed.output
    target = tmp_path / ("ut.csv" if "csv" in args else "ut.txt")
    written = run(*args, "-f", str(pledge), "-o", str(target))
    assert written.exit_code == 0, written.output
    assert written.stdout == f"skrev {target}\n"
    assert written.stderr == ""
    assert target.read_bytes() == printed.stdout_bytes
    if "csv" in args:
        assert target.read_bytes().startswith(b"\xef\xbb\xbfFil;")  # BOM, ';': Swedish Excel


def test_a_file_is_never_coloured(pledge: Path, tmp_path: Path) -> None:
    """FORCE_COLOR colours standard output; a file written with -o gets no colour codes."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    env.update(FORCE_COLOR="1", PLEDGE_NO_CACHE="1")
    target = tmp_path / "status.txt"
    code = "import sys; from medborgarlofte.cli.console import console; console()"

    def pledge_run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-c", code, *args], env=env,
                              capture_output=True, check=True)

    assert b"\x1b[" in pledge_run("status", "-f", str(pledge)).stdout
    assert pledge_run("status", "-f", str(pledge), "-o", str(target)).stdout == (
        f"skrev {target}\n".encode())
    assert b"\x1b[" not in target.read_bytes()
    assert target.read_bytes().startswith("Medborgarlöfte 2024".encode())


def test_writing_to_a_file_turns_colour_off_for_that_run_only(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from medborgarlofte.cli import output

    monkeypatch.delenv("NO_COLOR")
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    output.to_file(False)  # as a run starts (an earlier test's run may have written a file)
    assert output.use_color()
    output.to_file()
    assert not output.use_color()
    output.to_file(False)  # what every run starts with (cli.app)
    assert output.use_color()


def test_a_dash_is_standard_output(run: Run, pledge: Path) -> None:
    result = run("status", "-f", str(pledge), "--format", "csv", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout_bytes == run("status", "-f", str(pledge), "--format", "csv").stdout_bytes


def test_a_link_is_never_written_through(run: Run, pledge: Path, tmp_path: Path) -> None:
    victim = tmp_path / "annan.txt"
    victim.write_text("orörd\n", encoding="utf-8")
    link = tmp_path / "ut.csv"
    os.symlink(victim, link)
    result = run("events", "-f", str(pledge), "--format", "csv", "-o", str(link))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"pledge: {link} är en symbolisk länk; pledge skriver "
                                    "aldrig genom en länk")
    assert victim.read_text(encoding="utf-8") == "orörd\n"
    assert link.is_symlink()


def test_the_pledge_itself_is_never_overwritten(run: Run, pledge: Path) -> None:
    before = pledge.read_bytes()
    result = run("status", "-f", str(pledge), "-o", str(pledge))
    assert result.exit_code == 2
    assert result.stdout == ""
    assert pledge.read_bytes() == before


def test_a_missing_folder_is_a_message(run: Run, pledge: Path, tmp_path: Path) -> None:
    target = tmp_path / "finns-inte" / "ut.csv"
    result = run("status", "-f", str(pledge), "--lang", "en", "-o", str(target))
    assert result.exit_code == 2
    assert result.stderr == f"pledge: cannot write {target}: no such file or directory\n"


def test_a_run_to_a_file_is_never_answered_from_the_cache(pledge: Path, tmp_path: Path) -> None:
    from medborgarlofte.fast.memo import parse

    request = parse(["status", "-f", str(pledge), "-o", str(tmp_path / "x.csv")])
    assert request is not None and request[1]["output_file"] == str(tmp_path / "x.csv")
    from medborgarlofte.fast.memo import answer

    assert answer(["status", "-f", str(pledge), "-o", str(tmp_path / "x.csv")],
                  dict(os.environ)) is None


@pytest.mark.parametrize(("name", "args"), [
    ("ut.csv", ["status", "--format", "csv"]), ("ut.json", ["status", "--format", "json"]),
    ("ut.md", ["status", "--format", "markdown"]), ("ut.txt", ["status"]),
    ("akt.CSV", ["events", "--format", "csv"]), ("akt.json", ["events", "--format", "json"]),
])
def test_without_format_the_files_ending_names_it(run: Run, pledge: Path, tmp_path: Path,
                                                   name: str, args: list[str]) -> None:
    """As `report -o`: `-o status.csv` writes CSV, `-o status.json` JSON."""
    target = tmp_path / name
    assert run(args[0], "-f", str(pledge), "-o", str(target)).exit_code == 0
    assert target.read_bytes() == run(*args, "-f", str(pledge)).stdout_bytes


def test_an_ending_that_names_no_format_is_refused(run: Run, pledge: Path,
                                                   tmp_path: Path) -> None:
    result = run("status", "-f", str(pledge), "-o", str(tmp_path / "status.xlsx"))
    assert result.exit_code == 2
    assert result.stderr == (
        "pledge: vet inte vilket format '.xlsx' är: ange --format tabell, markdown, json, csv "
        "eller csv-maskin, eller en fil som slutar på .txt, .md, .json eller .csv\n")
    assert not (tmp_path / "status.xlsx").exists()
    given = run("status", "-f", str(pledge), "--format", "csv", "-o", str(tmp_path / "s.xlsx"))
    assert given.exit_code == 0  # --format given: the user's choice stands


def test_measurements_in_another_format_are_refused_not_ignored(run: Run, pledge: Path) -> None:
    result = run("events", "--measurements", "--format", "csv", "-f", str(pledge))
    assert result.exit_code == 2
    assert result.stderr == ("pledge: --measurements visas bara som tabell, inte som csv "
                             "(mätvärdena som CSV: pledge report --format csv --table "
                             "mätningar)\n")


def test_report_dash_is_standard_output_too(run: Run, pledge: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("report", "-f", str(pledge), "--format", "md", "-o", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Medborgarlöfte 2024")
    assert not (tmp_path / "-").exists()
