"""Attacks on what `pledge` publishes (docs/security.md, "Publication"): personal identity
numbers in every spelling, in the file and on the command line; formulas for spreadsheets;
HTML for Markdown renderers; control characters for terminals, XLSX and CI logs; output
encodings that cannot hold the text.

No number here belongs to anyone: each is built from a made-up date and serial with its
Luhn digit computed here (as tests/test_personnummer.py does).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL

Run = Callable[..., Any]


def with_check_digit(nine: str) -> str:
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return nine + str((10 - total % 10) % 10)


PNR = with_check_digit("000229990")  # 29 February 2000
HEAD, TAIL = PNR[:6], PNR[6:]
SPELLINGS = {
    "space": f"{HEAD} {TAIL}",
    "en-dash": f"{HEAD}\u2013{TAIL}",
    "em-dash": f"{HEAD}\u2014{TAIL}",
    "unicode-minus": f"{HEAD}\u2212{TAIL}",
    "non-breaking-hyphen": f"{HEAD}\u2011{TAIL}",
    "hyphen": f"{HEAD}\u2010{TAIL}",
    "no-break-space": f"{HEAD}\u00a0{TAIL}",
    "space-dash-space": f"{HEAD} - {TAIL}",
    "zero-width-space-inside": f"{HEAD[:3]}\u200b{HEAD[3:]}-{TAIL}",
    "soft-hyphen": f"{HEAD}\u00ad{TAIL}",
    "word-joiner": f"{HEAD}\u2060-{TAIL}",
    "century-and-space": f"20{HEAD} {TAIL}",
    "century-no-separator": f"20{PNR}",
    "plain": PNR,
    "after-a-dash": f"ärende-{PNR}",
    "after-a-letter": f"nr{HEAD}-{TAIL}",
}


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _pledge(tmp_path: Path, note: str, extra: str = "", *, escaped: bool = False) -> Path:
    """A pledge with one event whose note is `note`, written as it is (`escaped`: with every
    character beyond ASCII as a \\u escape, as JSON tools write YAML)."""
    text = MINIMAL.replace("events: []\n", (
        "events:\n  - date: 2024-03-12\n    target: polis-mopedinsatser\n"
        f"    note: {json.dumps(note, ensure_ascii=escaped)}\n")) + extra
    path = tmp_path / "pledge.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _no_number(*texts: str) -> None:
    for text in texts:
        digits = "".join(c for c in text if c.isdigit())
        assert TAIL not in text and PNR not in digits, text


# --- personal identity numbers ------------------------------------------------------------


@pytest.mark.parametrize("escaped", [False, True], ids=["as-is", "escaped"])
@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_is_found_in_the_file(run: Run, tmp_path: Path, spelling: str,
                                             escaped: bool) -> None:
    _pledge(tmp_path, f"Samtal med {SPELLINGS[spelling]} om mopeder", escaped=escaped)
    result = run("validate")
    assert result.exit_code == 1
    assert "E316" in result.stdout and "0002**-****" in result.stdout
    _no_number(result.stdout, result.stderr)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_every_spelling_is_refused_by_log(run: Run, tmp_path: Path, spelling: str) -> None:
    path = _pledge(tmp_path, "Kontroll")
    before = path.read_bytes()
    result = run("log", "polis-moped", "--date", "2024-03-13", "--note",
                 f"Samtal med {SPELLINGS[spelling]}")
    assert result.exit_code == 1
    assert "E316" in result.stderr
    assert path.read_bytes() == before
    _no_number(result.stdout, result.stderr)


@pytest.mark.parametrize("command", [
    ["status"], ["status", "--format", "json"], ["status", "--format", "csv"],
    ["status", "--format", "markdown"], ["events"], ["events", "--format", "json"],
    ["events", "--format", "csv"], ["events", "--format", "markdown"],
    ["report", "--format", "md"], ["report", "--format", "csv"],
])
def test_a_file_with_a_number_is_never_shown(run: Run, tmp_path: Path,
                                             command: list[str]) -> None:
    _pledge(tmp_path, f"Samtal med {HEAD}-{TAIL}")
    result = run(*command)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "E316" in result.stderr
    _no_number(result.stderr)


@pytest.mark.parametrize("args", [
    ["log", PNR, "--date", "2024-03-12"],
    ["log", "polis-moped", "--date", f"{HEAD}-{TAIL}"],
    ["log", "polis-moped", "--place", f"{HEAD}\u2013{TAIL}"],
    ["status", "--party", PNR],
    ["status", "--target", f"{HEAD} {TAIL}"],
    ["events", "--from", PNR],
    ["report", "--period", PNR],
    ["status", f"{PNR}.yaml"],
    ["init", "--municipality", "X", "--period", PNR],
])
def test_arguments_are_never_echoed_with_the_number(run: Run, tmp_path: Path,
                                                     args: list[str]) -> None:
    _pledge(tmp_path, "Kontroll")
    result = run(*args)
    assert result.exit_code in (1, 2)
    _no_number(result.stdout, result.stderr)


@pytest.mark.parametrize("args", [[f"--{PNR}"], ["status", f"--x{HEAD}-{TAIL}"],
                                  ["log", "polis-moped", "--date", PNR]])
def test_usage_errors_of_the_parser_never_echo_the_number(tmp_path: Path,
                                                           args: list[str]) -> None:
    _pledge(tmp_path, "Kontroll")
    done = _pledge_cli(args, tmp_path, "utf-8")
    assert done.returncode == 2
    _no_number(done.stdout.decode(), done.stderr.decode())


def test_a_number_in_a_target_id_is_found(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_text(MINIMAL.replace("polis-mopedinsatser", f"polis-{PNR}"), encoding="utf-8")
    result = run("validate")
    assert result.exit_code == 1 and "E316" in result.stdout
    _no_number(result.stdout, result.stderr)
    result = run("status", "--format", "json")
    assert (result.exit_code, result.stdout) == (1, "")


def test_import_errors_never_echo_the_number(run: Run, tmp_path: Path) -> None:
    _pledge(tmp_path, "Kontroll")
    (tmp_path / "in.csv").write_text(f"datum,löfte\n{PNR},{HEAD}-{TAIL}\n", encoding="utf-8")
    result = run("import", "in.csv")
    assert result.exit_code == 1
    assert "rad 2" in result.stderr
    _no_number(result.stdout, result.stderr)


PHONE = "0701234569"
"""A mobile number that passes the date and Luhn checks."""


def test_a_false_positive_can_be_declared_in_the_file(run: Run, tmp_path: Path) -> None:
    _pledge(tmp_path, f"Ring {PHONE}")
    assert run("validate").exit_code == 1
    _pledge(tmp_path, f"Ring {PHONE}", f"# pledge: ej personnummer {PHONE} (polisens växel)\n")
    assert run("validate").exit_code == 0
    result = run("events", "--format", "csv")
    assert (result.exit_code, PHONE in result.stdout) == (0, True)
    assert run("log", "polis-moped", "--date", "2024-03-13", "--note",
               f"Ring {PHONE} igen").exit_code == 0
    # the declaration names its number: another one on the same line is still found
    _pledge(tmp_path, f"Ring {PHONE} eller {PNR}", f"# pledge: ej personnummer {PHONE}\n")
    result = run("validate")
    assert result.exit_code == 1 and "0002**-****" in result.stdout


# --- what a published text may contain ----------------------------------------------------


@pytest.mark.parametrize("char", ["\x1b", "\x0b", "\x07", "\x9b", "\ufffe", "\u202e",
                                  "\u2066"])
def test_a_forbidden_character_in_the_file_is_e125(run: Run, tmp_path: Path,
                                                   char: str) -> None:
    _pledge(tmp_path, f"Kontroll{char}[2J", escaped=True)
    result = run("validate")
    assert result.exit_code == 1
    assert f"E125 events[1].note: tecknet U+{ord(char):04X} får inte stå" in result.stdout
    assert char not in result.stdout + result.stderr


@pytest.mark.parametrize("char", ["\x1b", "\x07", "\x9b", "\ufffe", "\u202e"])
def test_log_refuses_a_forbidden_character(run: Run, tmp_path: Path, char: str) -> None:
    path = _pledge(tmp_path, "Kontroll")
    before = path.read_bytes()
    result = run("log", "polis-moped", "--date", "2024-03-13", "--note", f"a{char}[31mb")
    assert result.exit_code == 1
    assert f"E125 events[2].note: tecknet U+{ord(char):04X}" in result.stderr
    assert char not in result.stderr
    assert path.read_bytes() == before


def test_word_line_breaks_become_line_feeds_and_xlsx_reads_back(run: Run,
                                                                tmp_path: Path) -> None:
    """Word writes a line break as a vertical tab, which crashed the XLSX writer."""
    openpyxl = pytest.importorskip("openpyxl")
    _pledge(tmp_path, "Kontroll")
    assert run("log", "polis-moped", "--date", "2024-03-13", "--note",
               "Rad ett\vrad två\x0crad tre").exit_code == 0
    assert run("validate").exit_code == 0
    result = run("report", "--period", "2024", "-o", "r.xlsx")
    assert result.exit_code == 0, result.stderr
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    cells = [c.value for sheet in book for row in sheet.iter_rows() for c in row]
    assert "Rad ett\nrad två\nrad tre" in cells


def test_import_refuses_a_forbidden_character_at_its_row(run: Run, tmp_path: Path) -> None:
    _pledge(tmp_path, "Kontroll")
    (tmp_path / "in.csv").write_text("datum,löfte,anteckning\n2024-03-13,polis-moped,"
                                     "ok\n2024-03-14,polis-moped,a\x1b]0;x\x07b\n",
                                     encoding="utf-8")
    result = run("import", "in.csv")
    assert result.exit_code == 1
    assert "rad 3 anteckning: E125" in result.stderr  # the column as its header says
    assert "\x1b" not in result.stderr


# --- spreadsheets, Markdown, JSON -------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://example.org/?x="&A1,"klick")', "+1+2", "-1+2", "@SUM(A1)",
            " =1+1", "\uff1d1+1"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_events_and_status_csv_never_hold_a_formula(run: Run, tmp_path: Path,
                                                    formula: str) -> None:
    path = _pledge(tmp_path, formula)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "text: 4 st riktade", f"text: {json.dumps(formula)}  #", 1), encoding="utf-8")
    for command, column, delimiter in (
            (["events", "--format", "csv"], "Anteckning", ";"),
            (["status", "--format", "csv"], "Löfte", ";"),
            (["events", "--format", "csv-machine"], "note", ","),
            (["status", "--format", "csv-machine"], "text", ",")):
        result = run(*command)
        assert result.exit_code == 0, result.stderr
        text = result.stdout.removeprefix("\ufeff")
        row = next(csv.DictReader(io.StringIO(text), delimiter=delimiter))
        assert row[column] == "'" + formula


HTML = '<script>alert(1)</script> <img src=x onerror=alert(1)> ![x](http://example.org/x.png)'


def test_markdown_of_events_and_status_holds_no_raw_html(run: Run, tmp_path: Path) -> None:
    path = _pledge(tmp_path, HTML)
    path.write_text(path.read_text(encoding="utf-8").replace(
        "text: 4 st riktade", f"text: {json.dumps(HTML)}  #", 1), encoding="utf-8")
    escaped = (r"\<script\>alert(1)\</script\> \<img src=x onerror=alert(1)\> "
               r"!\[x\](http://example.org/x.png)")
    for command in (["events", "--format", "markdown"], ["status", "--format", "markdown"]):
        result = run(*command)
        assert result.exit_code == 0, result.stderr
        assert re.search(r"(?<!\\)<", result.stdout) is None  # every '<' escaped
        assert escaped in result.stdout


def test_status_json_never_prints_infinity(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "pledge.yaml"
    path.write_text(MINIMAL.replace("events: []\n", (
        "indicators:\n  - id: ind\n    text: Otrygghet\n    direction: decrease\n"
        "    baseline: {date: 2024-01-01, value: -1.7e+308}\n"
        "    measurements:\n      - {date: 2024-06-01, value: 1.7e+308}\nevents: []\n")),
        encoding="utf-8")
    result = run("status", "--format", "json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout, parse_constant=lambda name: pytest.fail(name))
    assert document["pledges"][0]["indicators"][0]["change"] is None


# --- terminals, encodings, CI logs --------------------------------------------------------


def _pledge_cli(args: list[str], cwd: Path, encoding: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PLEDGE_TODAY": "2024-12-31"}
    code = "from medborgarlofte.cli.app import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=env,
                          cwd=cwd, check=False)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "ascii"])
@pytest.mark.parametrize("args", [["status"], ["events"], ["status", "--as-of", "2024-06-30"],
                                  ["validate"], ["status", "--party", "okänd–≥"],
                                  ["log", "polis-moped", "--dry-run", "--note", "≥ 3 → ✔"]])
def test_no_output_encoding_crashes_a_command(tmp_path: Path, encoding: str,
                                              args: list[str]) -> None:
    """A redirect on a Swedish Windows is cp1252 (simulated with PYTHONIOENCODING)."""
    _pledge(tmp_path, "Kontroll – «citat» … ≥ 3 ✔")
    done = _pledge_cli(args, tmp_path, encoding)
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    assert done.returncode in (0, 2)
    if encoding != "ascii":  # Click writes UTF-8 where Python says ASCII
        done.stdout.decode(encoding)
        done.stderr.decode(encoding)


def test_unencodable_characters_are_replaced_sensibly() -> None:
    from medborgarlofte.cli.output import HANDLER, register_handler

    register_handler()
    assert "Kontroll – ≥ 3 → ✔ ● å".encode("cp1252", HANDLER) == (
        "Kontroll – >= 3 -> v * å".encode("cp1252"))
    assert "Kontroll – ≥ 3 → ✔ å".encode("ascii", HANDLER) == b"Kontroll - >= 3 -> v a"


def test_github_annotation_properties_are_escaped(run: Run, tmp_path: Path) -> None:
    name = "a,b::c%d.yaml"
    (tmp_path / name).write_text("a: [\n", encoding="utf-8")
    result = run("validate", "--format", "github", name)
    line = result.stdout.splitlines()[0]
    assert line.startswith("::error file=a%2Cb%3A%3Ac%25d.yaml,line=")
    assert line.count("::") == 2


def test_a_file_name_cannot_start_a_workflow_command(run: Run, tmp_path: Path) -> None:
    """A committed file named 'x\\n::error::…' must not put a line of its own in a CI log
    (the runner reads a line starting with '::' as a workflow command)."""
    folder = tmp_path / "alla"
    folder.mkdir()
    (folder / "a.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "b\n::add-mask::x\n.yaml").symlink_to("nowhere")
    (folder / "c\n::error::forged.yaml").write_text("a: [\n", encoding="utf-8")
    for args in (["status", "alla"], ["validate", "alla/c\n::error::forged.yaml"]):
        result = run(*args)
        lines = (result.stdout + result.stderr).splitlines()
        assert lines and not any(line.startswith("::") for line in lines), lines


def test_a_file_name_holding_a_number_is_masked_in_machine_outputs(run: Run,
                                                                   tmp_path: Path) -> None:
    folder = tmp_path / "8112289874"  # 811228-9874 passes the Luhn check
    folder.mkdir()
    (folder / "p.yaml").write_text(MINIMAL, encoding="utf-8")
    for output in ("json", "csv", "csv-machine", "markdown", "table"):
        for command in ("status", "events"):
            result = run(command, str(folder / "p.yaml"), "--format", output)
            assert result.exit_code == 0, result.stderr
            assert "9874" not in result.stdout, (command, output)
