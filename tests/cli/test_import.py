"""`pledge import FILE.csv`: Excel exports in, all or nothing, row-numbered errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import OLOFSTROM as OLOFSTROM_FILE

Run = Callable[..., Any]
OLOFSTROM = OLOFSTROM_FILE.read_text(encoding="utf-8")
EVENTS = OLOFSTROM.index("events: []\n")


@pytest.fixture
def pledge(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "pledge.yaml"
    path.write_text(OLOFSTROM, encoding="utf-8")
    return path


def _csv(tmp_path: Path, text: str, bom: bool = False, crlf: bool = False) -> str:
    data = text.replace("\n", "\r\n") if crlf else text
    (tmp_path / "a.csv").write_bytes((b"\xef\xbb\xbf" if bom else b"") + data.encode("utf-8"))
    return "a.csv"


def _events(path: Path) -> str:
    return path.read_text(encoding="utf-8")[EVENTS:]


SWEDISH_EXCEL = (
    "Datum;Löfte;Antal;Plats;Anteckning;Klart\n"
    '2024-02-01;polis-moped;2;Olofström;"Kontroll; två ""fordon""";\n'
    "2024-02-03;grannsamverkansutbildning bedrag;1;;;nej\n"
    "\n"
    "2024-03-05;kompetens;;;Start;ja\n"
)
IMPORTED = """\
events:
  - date: 2024-02-01
    target: polis-mopedinsatser
    count: 2
    place: Olofström
    note: Kontroll; två "fordon"
  - date: 2024-02-03
    target: [grannsamverkansutbildning, bedrageriutbildning]
    count: 1
  - date: 2024-03-05
    target: kommun-kompetenshojning-narkotika
    count: 1
    note: Start
    done: true
"""


@pytest.mark.parametrize(("bom", "crlf"), [(True, True), (False, False), (True, False)])
def test_swedish_excel_export(run: Run, pledge: Path, tmp_path: Path, bom: bool,
                              crlf: bool) -> None:
    result = run("import", _csv(tmp_path, SWEDISH_EXCEL, bom, crlf))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == (
        "pledge.yaml: 3 aktiviteter importerade från a.csv (från rad 123)")
    assert _events(pledge) == IMPORTED


def test_comma_separated_english_header(run: Run, pledge: Path, tmp_path: Path) -> None:
    text = ("date,target,count,qualifier,by,participants,place,note,reference,until\n"
            "2024-04-01,polis-moped,60,ca,polisen,,\"Råslätt, Holje\",no,A-1,2024-04-30\n")
    result = run("import", _csv(tmp_path, text), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert _events(pledge) == """\
events:
  - date: 2024-04-01
    until: 2024-04-30
    target: polis-mopedinsatser
    count: 60
    qualifier: approx
    by: polisen
    place: Råslätt, Holje
    note: "no"
    reference: A-1
"""


def test_all_or_nothing_with_row_numbered_errors(run: Run, pledge: Path, tmp_path: Path) -> None:
    text = ("datum;löfte;antal;klart\n"
            "2024-02-01;polis-moped;1;\n"
            "2024-13-01;xyz;0;kanske\n"
            "\n"
            "2025-06-01;bedrag;;\n"
            "2024-02-05;kommun;1;\n"
            ";;;\n"
            "2024-02-06;;1\n")
    result = run("import", _csv(tmp_path, text))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "pledge: a.csv: inget importerades – 7 fel:",
        "a.csv: rad 3 datum: '2024-13-01' är inget datum (ÅÅÅÅ-MM-DD)",
        "a.csv: rad 3 löfte: inget löfte heter eller innehåller 'xyz' (närmast: "
        "polis-mopedinsatser, polis-grannsamverkanskampanjer, polis-narkotikainsatser, "
        "kommun-foraldraforelasning, kommun-kompetenshojning-narkotika)",
        "a.csv: rad 3 antal: '0' är inget heltal ≥ 1",
        "a.csv: rad 3 klart: 'kanske' – skriv ja eller nej",
        "a.csv: rad 5 datum: E308 datumet 2025-06-01 ligger i framtiden (idag är 2024-12-31)",
        "a.csv: rad 6 löfte: 'kommun' passar flera löften: kommun-foraldraforelasning, "
        "kommun-kompetenshojning-narkotika, kommun-grannsamverkan-kommunikation, "
        "kommun-motorintresserade-unga",
        "a.csv: rad 8 löfte: värde saknas",
    ]
    assert pledge.read_text(encoding="utf-8") == OLOFSTROM


@pytest.mark.parametrize(("content", "message"), [
    (b"datum;plats\n2024-01-01;x\n", "a.csv: rad 1: kolumnen 'Löfte' saknas"),
    (b"datum;l\xf6fte\n", "a.csv: rad 1: byte 0xF6 är inte UTF-8; spara filen som "
                          "\"CSV UTF-8 (kommaavgränsad)\""),
    (b"datum;target;farg\n", "a.csv: rad 1: okänd kolumn 'farg' (kända: Datum, Till och med, "
                             "Löfte, Antal, Ca/minst, Utfört av, Deltagare, Plats, Anteckning, "
                             "Referens, Klart, Tid, Typ, Delar, Svarstid (timmar), Resultat, "
                             "Förberedelse)"),
    (b"date;target\n", "a.csv: rad 1: filen har inga rader med aktiviteter"),
    (b"date;target\n2024-01-01;polis-moped;x\n", "a.csv: rad 2: 3 celler men 2 rubriker"),
    (b"\xff\xfed\x00", "a.csv: rad 1: filen är UTF-16; spara den som \"CSV UTF-8\""),
])
def test_file_level_errors(run: Run, pledge: Path, tmp_path: Path, content: bytes,
                           message: str) -> None:
    (tmp_path / "a.csv").write_bytes(content)
    result = run("import", "a.csv")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[1] == message
    assert pledge.read_text(encoding="utf-8") == OLOFSTROM


def test_missing_csv_is_a_usage_error(run: Run, pledge: Path) -> None:
    result = run("import", "nope.csv", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "pledge: cannot read nope.csv: no such file or directory\n"


def test_dry_run_and_undo_of_an_import(run: Run, pledge: Path, tmp_path: Path) -> None:
    name = _csv(tmp_path, SWEDISH_EXCEL)
    dry = run("import", name, "--dry-run")
    assert (dry.exit_code, dry.stdout) == (0, IMPORTED.replace("events:\n", ""))
    assert pledge.read_text(encoding="utf-8") == OLOFSTROM
    assert run("import", name).exit_code == 0
    undone = run("undo", "--yes")
    assert undone.exit_code == 0
    removed = IMPORTED.replace("events:\n", "")
    assert undone.stdout.startswith(removed + "pledge.yaml: borttaget (3 st)\n")
    assert pledge.read_text(encoding="utf-8") == OLOFSTROM


def test_importing_the_same_csv_twice_leaves_the_file_as_after_the_first(
        run: Run, pledge: Path, tmp_path: Path) -> None:
    name = _csv(tmp_path, SWEDISH_EXCEL)
    assert run("import", name).exit_code == 0
    once = pledge.read_bytes()
    again = run("import", name)
    assert again.exit_code == 0, again.stderr
    assert again.stderr == (
        "pledge: a.csv: hoppar över 3 rader som redan finns som aktiviteter i filen (samma dag, "
        "löften, antal, plats och anteckning): rad 2, 3, 5. Importera dem ändå med "
        "--allow-duplicates.\n")
    assert again.stdout == "a.csv: inget nytt att importera; filen är oförändrad\n"
    assert pledge.read_bytes() == once


def test_a_grown_spreadsheet_adds_only_its_new_rows(run: Run, pledge: Path,
                                                    tmp_path: Path) -> None:
    assert run("import", _csv(tmp_path, SWEDISH_EXCEL)).exit_code == 0
    grown = SWEDISH_EXCEL + "2024-04-01;polis-moped;1;;Ny rad;\n"
    result = run("import", _csv(tmp_path, grown), "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("pledge: a.csv: skipping 3 rows that are already "
                                    "activities in the file")
    assert _events(pledge) == IMPORTED + (
        "  - date: 2024-04-01\n    target: polis-mopedinsatser\n    count: 1\n"
        "    note: Ny rad\n")


def test_allow_duplicates_imports_them_and_says_so(run: Run, pledge: Path,
                                                   tmp_path: Path) -> None:
    name = _csv(tmp_path, SWEDISH_EXCEL.split("\n\n")[0] + "\n")  # no milestone: twice is fine
    assert run("import", name).exit_code == 0
    once = _events(pledge)
    result = run("import", name, "--allow-duplicates")
    assert result.exit_code == 0
    assert result.stderr == ("pledge: a.csv: 2 rader finns redan som aktiviteter i filen "
                             "(rad 2, 3); de importeras ändå (--allow-duplicates)\n")
    assert _events(pledge) == once + once.removeprefix("events:\n")


def test_one_activity_and_one_error_in_the_singular(run: Run, pledge: Path,
                                                    tmp_path: Path) -> None:
    one = run("import", _csv(tmp_path, "Datum;Löfte\n2024-02-01;polis-moped\n"))
    assert one.stdout.splitlines()[0] == (
        "pledge.yaml: 1 aktivitet importerad från a.csv (från rad 123)")
    bad = run("import", _csv(tmp_path, "Datum;Löfte\n2024-13-01;polis-moped\n"), "--lang", "en")
    assert bad.stderr.splitlines()[0] == "pledge: a.csv: nothing imported – 1 error:"


def test_an_english_run_names_the_columns_by_key(run: Run, pledge: Path, tmp_path: Path) -> None:
    result = run("import", _csv(tmp_path, "Datum;Plats\n2024-02-30;x\n"), "--lang", "en")
    assert result.stderr.splitlines()[1:] == ["a.csv: row 1: the column 'target' is missing"]
    result = run("import", _csv(tmp_path, "Datum;Löfte\n2024-02-30;polis-moped\n"),
                 "--lang", "en")
    assert result.stderr.splitlines()[1:] == [  # as the header wrote it
        "a.csv: row 2 Datum: '2024-02-30' is not a date (YYYY-MM-DD)"]


def test_the_swedish_headings_of_events_csv_are_read(run: Run, pledge: Path,
                                                     tmp_path: Path) -> None:
    text = "Datum;Till och med;Löfte;Antal;Ca/minst\n2024-02-01;2024-02-03;polis-moped;3;ca\n"
    result = run("import", _csv(tmp_path, text), "--dry-run")
    assert result.exit_code == 0, result.stderr
    assert "until: 2024-02-03" in result.stdout and "qualifier: approx" in result.stdout
