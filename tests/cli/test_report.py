"""`pledge report`: outputs and files, the window options, every usage error, files that
must not be published, and agreement with `pledge status --as-of` the window's end."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLDEN, MINIMAL
from tests.fixtures.report.cases import FIXTURE, SHIPPED

Run = Callable[..., Any]
EXEMPELBY, OLOFSTROM = str(FIXTURE), str(SHIPPED)


def test_markdown_to_standard_output_is_the_golden_report(run: Run) -> None:
    result = run("report", "-f", EXEMPELBY, "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (GOLDEN / "report" / "exempelby-T2-sv.md").read_text("utf-8")


def test_english_for_the_whole_year(run: Run) -> None:
    result = run("report", "-f", EXEMPELBY, "--format", "md", "--lang", "en", "--period", "2024")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == (GOLDEN / "report" / "exempelby-2024-en.md").read_text("utf-8")


def test_csv_to_standard_output_starts_with_the_bom(run: Run) -> None:
    result = run("report", "-f", OLOFSTROM, "--format", "csv", "--table", "activities")
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfDatum;Till och med;Id;")


@pytest.mark.parametrize("name, start", [
    ("rapport.html", b"<!DOCTYPE html>\n<html lang=\"sv\">"),
    ("rapport.md", "# Medborgarlöfte 2024\n".encode()),
    ("rapport.csv", b"\xef\xbb\xbfId;"),
    ("rapport.xlsx", b"PK"),
])
def test_output_file_format_follows_its_extension(run: Run, tmp_path: Path, name: str,
                                                  start: bytes) -> None:
    target = tmp_path / name
    result = run("report", "-f", OLOFSTROM, "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"skrev {target} (2024-T2)\n"
    assert target.read_bytes().startswith(start)


def test_xlsx_file_is_a_workbook(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "out.data"
    assert run("report", "-f", EXEMPELBY, "--format", "xlsx", "-o", str(target)).exit_code == 0
    assert "xl/workbook.xml" in zipfile.ZipFile(target).namelist()


def test_from_and_to_make_the_window(run: Run) -> None:
    result = run("report", "-f", EXEMPELBY, "--format", "csv", "--from", "2024-03-01",
                 "--to", "2024-03-31")
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff")), delimiter=";"))
    assert {r["Id"]: r["I perioden"] for r in rows if r["I perioden"] != "0"} == {
        "mopedinsatser": "1", "narvaro-centrum": "1"}


@pytest.mark.parametrize("args, message", [
    (["--format", "pdf"], "okänt format 'pdf': välj webbsida, markdown, csv, excel"),
    (["-o", "rapport.pdf"], "vet inte vilket format '.pdf' är: ange --format html, md, csv "
                            "eller xlsx"),
    (["-o", "rapport"], "vet inte vilket format 'rapport' är: ange --format html, md, csv "
                        "eller xlsx"),
    (["--format", "xlsx"], "xlsx är en binärfil: ange en fil med -o, t.ex. -o rapport.xlsx"),
    (["--table", "events"],
     "okänd tabell 'events': välj löften, aktiviteter, indikatorer, mätningar"),
    (["--period", "2024-T4"],
     "okänd period '2024-T4': skriv t.ex. 2024-T2, 2024-Q3, 2024-H1 eller 2024"),
    (["--period", "2023"], "perioden 2023 ligger utanför löftets period 2024-01-01 – 2024-12-31"),
    (["--period", "2024", "--to", "2024-05-01"], "ange antingen --period eller --from/--to, "
                                                 "inte båda"),
    (["--from", "2024-13-01"], "--from '2024-13-01' är inget datum (ÅÅÅÅ-MM-DD)"),
    (["--from", "2024-06-01", "--to", "2024-05-01"],
     "--from 2024-06-01 ligger efter --to 2024-05-01"),
    (["--from", "2025-02-01", "--to", "2025-03-01"],
     "2025-02-01 – 2025-03-01 ligger utanför löftets period 2024-01-01 – 2024-12-31"),
    (["--lang", "fi"], "okänt språk 'fi': välj sv eller en"),
])
def test_usage_errors(run: Run, args: list[str], message: str) -> None:
    result = run("report", "-f", OLOFSTROM, *args)
    assert (result.exit_code, result.stdout, result.stderr) == (2, "", f"pledge: {message}\n")


def test_usage_errors_in_english(run: Run) -> None:
    result = run("report", "-f", OLOFSTROM, "--period", "2024-X1", "--lang", "en")
    assert result.stderr == ("pledge: unknown period '2024-X1': write e.g. 2024-T2, 2024-Q3, "
                             "2024-H1 or 2024\n")


def test_no_period_has_ended_yet(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLEDGE_TODAY", "2024-03-01")
    result = run("report", "-f", OLOFSTROM)
    assert (result.exit_code, result.stderr) == (2, (
        "pledge: ingen uppföljningsperiod är avslutad än (den första, 2024-T1, slutar "
        "2024-04-30); ange --period eller --from/--to\n"))
    assert run("report", "-f", OLOFSTROM, "--period", "2024-T1", "--format", "md").exit_code == 0


def test_an_invalid_file_gives_no_report(run: Run, write_pledge: Callable[..., Path],
                                         tmp_path: Path) -> None:
    path = write_pledge(MINIMAL.replace("owners: [polisen]", "owners: [polis]"))
    target = tmp_path / "rapport.html"
    result = run("report", "-f", str(path), "-o", str(target))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{path}:12:14: E302 ")
    assert not target.exists()


def _identity_number() -> str:
    """A made-up personnummer with a valid check digit, built here so no file holds one."""
    digits = "1212121212"[:9]
    total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(digits))
    return f"{digits[:6]}-{digits[6:]}{(10 - total % 10) % 10}"


def test_a_personal_identity_number_blocks_publication(run: Run, tmp_path: Path,
                                                       write_pledge: Callable[..., Path]) -> None:
    number = _identity_number()
    text = MINIMAL.replace("events: []", "events:\n  - {date: 2024-03-01, target: "
                           f"polis-mopedinsatser, note: 'Kontakt med {number}'}}")
    path = write_pledge(text)
    target = tmp_path / "rapport.html"
    result = run("report", "-f", str(path), "-o", str(target))
    assert result.exit_code == 1
    assert "E316" in result.stderr and number not in result.stderr
    assert result.stderr.endswith(f"pledge: ingen rapport skapad: {path} har fel (se ovan); "
                                  "rätta dem och kör igen\n")
    assert not target.exists() and result.stdout == ""


def test_unwritable_output_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "rapport.html"
    result = run("report", "-f", OLOFSTROM, "-o", str(target))
    assert (result.exit_code, result.stderr) == (
        2, f"pledge: kan inte skriva {target}: filen eller mappen finns inte\n")


@pytest.mark.parametrize("path, period, as_of", [
    (OLOFSTROM, None, "2024-08-31"), (OLOFSTROM, "2024-T1", "2024-04-30"),
    (EXEMPELBY, "2024-T2", "2024-08-31"), (EXEMPELBY, "2024-Q3", "2024-09-30"),
])
def test_numbers_agree_with_status_as_of_the_windows_end(run: Run, path: str,
                                                         period: str | None,
                                                         as_of: str) -> None:
    window = ["--period", period] if period else []
    report = run("report", "-f", path, "--format", "csv", *window)
    status = json.loads(run("status", path, "--as-of", as_of, "--format", "json").stdout)
    rows = list(csv.DictReader(io.StringIO(report.stdout.lstrip("\ufeff")), delimiter=";"))
    targets = status["pledges"][0]["targets"]
    assert [r["Id"] for r in rows] == [t["id"] for t in targets]
    for row, target in zip(rows, targets, strict=True):
        assert row["Statuskod"] == target["status"]
        assert row["Totalt"] == str(target["done"]["value"])
        assert row["Aktiviteter totalt"] == str(target["activities"])
        if target["expected"] is not None:
            assert abs(float(row["Förväntat"].replace(",", ".")) - target["expected"]) < 0.01
        assert row["Klart den"] == (target["completed_on"] or "")
