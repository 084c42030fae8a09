"""`pledge validate`: exit codes, formats, languages, file discovery, and the shipped files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL, ROOT

Run = Callable[..., Any]

WARN = MINIMAL.replace("events: []\n", """\
events:
  - {date: 2024-05-10, target: polis-mopedinsatser, done: true}
""")
"""Valid but for one warning (W311 on line 15)."""

BAD = MINIMAL.replace("events: []\n", """\
events:
  - {date: 2024-05-10, target: polis-moped}
  - {date: 2024-05-11, target: polis-mopedinsatser, done: true}
""")
"""One error (E301, line 15) and one warning (W311, line 16)."""

W311 = ("done: true gäller bara delmål, och 'polis-mopedinsatser' är inget delmål")
E301 = "okänt löfte 'polis-moped' – menade du 'polis-mopedinsatser'?"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Work in tmp_path/work: file names appear as given, and '../' stays in tmp_path."""
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_valid_file_exits_0(run: Run) -> None:
    write("pledge.yaml", MINIMAL)
    result = run("validate", "pledge.yaml")
    assert (result.exit_code, result.stdout, result.stderr) == (
        0, "pledge.yaml: giltig – löften: 1, aktiviteter: 0\n", "")


def test_an_invalid_file_exits_1_with_every_problem_and_a_summary(run: Run) -> None:
    write("bad.yaml", BAD)
    result = run("validate", "bad.yaml")
    assert result.exit_code == 1
    assert result.stdout == (
        f"bad.yaml:15:32: E301 events[1].target: {E301}\n"
        f"bad.yaml:16:59: W311 events[2].done: {W311}\n"
        "bad.yaml: fel: 1, varningar: 1\n"
    )


def test_five_mistakes_give_five_lines(run: Run) -> None:
    write("pledge.yaml", MINIMAL.replace("owners: [polisen]", "owners: [polis]").replace(
        "events: []\n", """\
events:
  - {date: 2024-02-30, target: polis-mopedinsatser}
  - {date: 2024-03-01, target: polis-moped}
  - {date: 2024-03-02, target: polis-mopedinsatser, cuont: 2}
  - {date: 2025-03-02, target: polis-mopedinsatser}
"""))
    result = run("validate")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "pledge.yaml:12:14: E302 targets[polis-mopedinsatser].owners[1]: okänd part 'polis' – "
        "menade du 'polisen'?",
        "pledge.yaml:15:12: E117 events[1].date: '2024-02-30' är inget giltigt datum "
        "(ÅÅÅÅ-MM-DD)",
        "pledge.yaml:16:32: E301 events[2].target: okänt löfte 'polis-moped' – menade du "
        "'polis-mopedinsatser'?",
        "pledge.yaml:17:53: E202 events[3].cuont: okänd nyckel 'cuont' – menade du 'count'?",
        "pledge.yaml:18:12: E308 events[4].date: datumet 2025-03-02 ligger i framtiden "
        "(idag är 2024-12-31)",
        "pledge.yaml: fel: 5, varningar: 0",
    ]


def test_warnings_alone_exit_0_and_strict_makes_them_exit_1(run: Run) -> None:
    write("warn.yaml", WARN)
    plain = run("validate", "warn.yaml")
    strict = run("validate", "warn.yaml", "--strict")
    expected = f"warn.yaml:15:59: W311 events[1].done: {W311}\nwarn.yaml: fel: 0, varningar: 1\n"
    assert (plain.exit_code, plain.stdout) == (0, expected)
    assert (strict.exit_code, strict.stdout) == (1, expected)


def test_lang_en(run: Run) -> None:
    write("bad.yaml", BAD)
    result = run("validate", "bad.yaml", "--lang", "en")
    assert result.stdout == (
        "bad.yaml:15:32: E301 events[1].target: unknown commitment 'polis-moped' – did you "
        "mean 'polis-mopedinsatser'?\n"
        "bad.yaml:16:59: W311 events[2].done: done: true applies to milestones only, and "
        "'polis-mopedinsatser' is not one\n"
        "bad.yaml: errors: 1, warnings: 1\n"
    )


def test_an_english_pledge_speaks_english_even_when_broken(run: Run) -> None:
    write("en.yaml", BAD.replace("  period:", "  language: en\n  period:"))
    result = run("validate", "en.yaml")
    assert result.stdout.splitlines()[-1] == "en.yaml: errors: 1, warnings: 1"
    write("broken.yaml", "schema_version: 1\npledge:\n  language: en\n  title: [x\n")
    assert run("validate", "broken.yaml").stdout.startswith("broken.yaml:5:1: E109 YAML syntax")


def test_json_has_a_stable_shape(run: Run) -> None:
    write("bad.yaml", BAD)
    write("pledge.yaml", MINIMAL)
    result = run("validate", "bad.yaml", "pledge.yaml", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == {
        "valid": False,
        "files": [
            {"file": "bad.yaml", "valid": False, "problems": [
                {"file": "bad.yaml", "line": 15, "column": 32, "code": "E301",
                 "severity": "error", "path": "events[1].target",
                 "message": "okänt löfte 'polis-moped'",
                 "hint": "menade du 'polis-mopedinsatser'?"},
                {"file": "bad.yaml", "line": 16, "column": 59, "code": "W311",
                 "severity": "warning", "path": "events[2].done", "message": W311,
                 "hint": None},
            ]},
            {"file": "pledge.yaml", "valid": True, "problems": []},
        ],
    }


def test_json_with_strict_calls_warnings_errors(run: Run) -> None:
    write("warn.yaml", WARN)
    plain = json.loads(run("validate", "warn.yaml", "--format", "json").stdout)
    strict = json.loads(run("validate", "warn.yaml", "--format", "json", "--strict").stdout)
    assert (plain["valid"], plain["files"][0]["problems"][0]["severity"]) == (True, "warning")
    assert (strict["valid"], strict["files"][0]["problems"][0]["severity"]) == (False, "error")


def test_json_for_a_missing_file(run: Run) -> None:
    result = run("validate", "missing.yaml", "--format", "json")
    assert result.exit_code == 2
    assert json.loads(result.stdout)["files"] == [
        {"file": "missing.yaml", "valid": False, "problems": [
            {"file": "missing.yaml", "line": None, "column": None, "code": "E001",
             "severity": "error", "path": "", "message": "filen missing.yaml finns inte",
             "hint": None}]},
    ]


GITHUB = (
    f"::error file=bad.yaml,line=15,col=32,title=E301::events[1].target: {E301}\n"
    f"::warning file=bad.yaml,line=16,col=59,title=W311::events[2].done: {W311}\n"
)


def test_github_annotations(run: Run) -> None:
    write("bad.yaml", BAD)
    result = run("validate", "bad.yaml", "--format", "github")
    assert (result.exit_code, result.stdout) == (1, GITHUB)


def test_github_is_chosen_inside_github_actions(run: Run,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write("bad.yaml", BAD)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run("validate", "bad.yaml").stdout == GITHUB
    assert run("validate", "bad.yaml", "--format", "text").stdout.startswith("bad.yaml:15:32:")


def test_github_with_strict_turns_warnings_into_errors(run: Run) -> None:
    write("warn.yaml", WARN)
    result = run("validate", "warn.yaml", "--format", "github", "--strict")
    assert (result.exit_code, result.stdout) == (
        1, f"::error file=warn.yaml,line=15,col=59,title=W311::events[1].done: {W311}\n")


def test_github_escapes_what_would_end_the_annotation(run: Run) -> None:
    write("pledge.yaml", MINIMAL.replace("events: []\n", """\
events:
  - {date: 2024-05-10, target: "100%\\nx"}
"""))
    assert run("validate", "--format", "github").stdout == (
        "::error file=pledge.yaml,line=15,col=32,title=E206::events[1].target: ogiltigt id "
        "'100%25\\nx': använd små bokstäver a–z, siffror och bindestreck\n"
    )


@pytest.mark.parametrize(("make", "message"), [
    (lambda p: None, "pledge: E001 filen {p} finns inte"),
    (lambda p: p.mkdir(), "pledge: E002 {p} är en mapp, inte en fil"),
    (lambda p: p.symlink_to("nowhere.yaml"), "pledge: E005 {p} är en länk till en fil som inte "
                                              "finns"),
    (lambda p: os.mkfifo(p), "pledge: E004 {p} är ingen vanlig fil (en FIFO eller en enhet?)"),
], ids=["missing", "directory", "broken-symlink", "fifo"])
def test_a_path_that_is_no_readable_file_exits_2(run: Run, make: Callable[[Path], object],
                                                 message: str) -> None:
    path = Path("x.yaml")
    make(path)
    result = run("validate", "x.yaml")
    assert (result.exit_code, result.stdout, result.stderr) == (
        2, "", message.format(p="x.yaml") + "\n")


def test_usage_errors_win_over_invalid_files(run: Run) -> None:
    write("bad.yaml", BAD)
    result = run("validate", "bad.yaml", "missing.yaml")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[-1] == "bad.yaml: fel: 1, varningar: 1"
    assert result.stderr == "pledge: E001 filen missing.yaml finns inte\n"


def test_missing_file_in_english(run: Run) -> None:
    result = run("validate", "missing.yaml", "--lang", "en")
    assert (result.exit_code, result.stderr) == (
        2, "pledge: E001 file missing.yaml does not exist\n")


@pytest.mark.parametrize(("args", "message"), [
    (["--format", "xml"], "pledge: okänt format 'xml': välj text, json, github\n"),
    (["--lang", "de"], "pledge: okänt språk 'de': välj sv eller en\n"),
])
def test_bad_options_exit_2(run: Run, args: list[str], message: str) -> None:
    write("pledge.yaml", MINIMAL)
    result = run("validate", *args)
    assert (result.exit_code, result.stderr) == (2, message)


def test_several_files_in_one_call(run: Run) -> None:
    write("a.yaml", MINIMAL)
    write("b.yaml", WARN)
    write("c.yaml", BAD)
    result = run("validate", "a.yaml", "b.yaml", "-f", "c.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "a.yaml: giltig – löften: 1, aktiviteter: 0",
        f"b.yaml:15:59: W311 events[1].done: {W311}",
        "b.yaml: fel: 0, varningar: 1",
        f"c.yaml:15:32: E301 events[1].target: {E301}",
        f"c.yaml:16:59: W311 events[2].done: {W311}",
        "c.yaml: fel: 1, varningar: 1",
    ]


def test_the_file_option(run: Run) -> None:
    write("sub/mitt.yaml", MINIMAL)
    result = run("validate", "-f", "sub/mitt.yaml")
    assert (result.exit_code, result.stdout) == (0, "sub/mitt.yaml: giltig – löften: 1, "
                                                    "aktiviteter: 0\n")


def test_default_file_is_the_local_pledge_yaml(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    write("pledge.yaml", MINIMAL)
    write("annan/pledge.yaml", BAD)
    monkeypatch.setenv("PLEDGE_FILE", "annan/pledge.yaml")
    assert run("validate").stdout == "pledge.yaml: giltig – löften: 1, aktiviteter: 0\n"


def test_default_file_then_pledge_file_variable(run: Run,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    write("annan/mitt.yaml", MINIMAL)
    write("../pledge.yaml", BAD)  # a parent's file comes after $PLEDGE_FILE
    monkeypatch.setenv("PLEDGE_FILE", "annan/mitt.yaml")
    assert run("validate").stdout == "annan/mitt.yaml: giltig – löften: 1, aktiviteter: 0\n"


def test_default_file_then_the_nearest_parent(run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    write("pledge.yaml", MINIMAL)
    write("a/pledge.yaml", WARN)
    Path("a/b/c").mkdir(parents=True)
    monkeypatch.chdir("a/b/c")
    result = run("validate")
    assert result.stdout.splitlines()[-1] == "../../pledge.yaml: fel: 0, varningar: 1"


def test_no_file_anywhere_names_the_local_one(run: Run) -> None:
    result = run("validate")
    if any((parent / "pledge.yaml").exists() for parent in Path.cwd().parents):
        pytest.skip("a pledge.yaml above the temporary directory")
    assert (result.exit_code, result.stderr) == (2, "pledge: E001 filen pledge.yaml finns inte\n")


def test_a_broken_link_named_pledge_yaml_is_reported_not_skipped(run: Run) -> None:
    write("../pledge.yaml", MINIMAL)
    Path("pledge.yaml").symlink_to("borta.yaml")
    result = run("validate")
    assert (result.exit_code, result.stderr) == (
        2, "pledge: E005 pledge.yaml är en länk till en fil som inte finns\n")


def test_a_latin1_file_is_a_message_not_a_traceback(run: Run) -> None:
    Path("pledge.yaml").write_bytes(MINIMAL.encode("latin-1"))
    result = run("validate")
    assert (result.exit_code, result.stdout) == (
        1, "pledge.yaml:3:20: E102 filen är inte UTF-8 (byte 0xF6) – den verkar sparad som "
           "Latin-1/Windows-1252; spara den som UTF-8\npledge.yaml: fel: 1, varningar: 0\n")


# --- the files the repository ships -----------------------------------------------------


def test_the_shipped_schema_is_what_pledge_schema_prints(run: Run) -> None:
    result = run("schema")
    shipped = (ROOT / "pledge.schema.json").read_text(encoding="utf-8")
    assert result.stdout == shipped, "pledge.schema.json is stale: pledge schema > it"


def test_the_shipped_pledge_is_valid(run: Run) -> None:
    result = run("validate", str(ROOT / "pledge.yaml"), "--strict")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.endswith("giltig – löften: 10, aktiviteter: 0\n")


CHECK_JSONSCHEMA = Path(sys.executable).parent / "check-jsonschema"
needs_check_jsonschema = pytest.mark.skipif(not CHECK_JSONSCHEMA.exists(),
                                            reason="check-jsonschema is in the test extra")


@needs_check_jsonschema
def test_check_jsonschema_accepts_the_shipped_pledge() -> None:
    done = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", "pledge.schema.json", "pledge.yaml"],
        cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


@needs_check_jsonschema
def test_check_jsonschema_refuses_an_unknown_key(tmp_path: Path) -> None:
    """The shipped schema is strict, like the model: editors flag a typo too."""
    typo = tmp_path / "typo.yaml"
    typo.write_text(MINIMAL.replace("events: []\n", "events:\n  - {date: 2024-05-10, "
                                    "taget: polis-mopedinsatser}\n"), encoding="utf-8")
    done = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--schemafile", str(ROOT / "pledge.schema.json"), str(typo)],
        capture_output=True, text=True, check=False)
    assert done.returncode == 1
    assert "taget" in done.stdout
