"""Click's own parser errors reach the user in Swedish or English, with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from medborgarlofte.cli.usage import translate
from tests.conftest import ROOT


def _pledge(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("PLEDGE_LANG", "LANG")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "medborgarlofte", *args], cwd=ROOT,
                          capture_output=True, text=True, env=environment)


@pytest.mark.parametrize(("args", "stderr"), [
    (["log", "--foo"], "pledge: okänd flagga: --foo\nProva 'pledge log -h' för hjälp.\n"),
    (["stat"], "pledge: okänt kommando 'stat' – menade du 'status'?\n"
               "Prova 'pledge -h' för hjälp.\n"),
    (["status", "--as-of"], "pledge: flaggan --as-of behöver ett värde\n"
                            "Prova 'pledge status -h' för hjälp.\n"),
    (["validate", "--strict=ja"], "pledge: flaggan --strict tar inget värde\n"
                                  "Prova 'pledge validate -h' för hjälp.\n"),
    (["status", "--fromat", "--lang", "en"],
     "pledge: no such option: --fromat – did you mean '--format'?\n"
     "Try 'pledge status -h' for help.\n"),
])
def test_parser_errors_are_translated(args: list[str], stderr: str) -> None:
    result = _pledge(*args)
    assert (result.returncode, result.stdout, result.stderr) == (2, "", stderr)


def test_language_from_the_environment() -> None:
    result = _pledge("log", "--foo", env={"PLEDGE_LANG": "en"})
    assert result.stderr == "pledge: no such option: --foo\nTry 'pledge log -h' for help.\n"


def test_no_arguments_shows_the_help() -> None:
    result = _pledge()
    assert result.returncode == 2
    assert "Användning: pledge [FLAGGOR] KOMMANDO [ARGUMENT]..." in result.stdout


def test_a_command_still_exits_with_its_own_code(tmp_path: Path) -> None:
    assert _pledge("validate", str(tmp_path / "saknas.yaml")).returncode == 2
    assert _pledge("validate", "pledge.yaml").returncode == 0


@pytest.mark.parametrize(("english", "swedish"), [
    ("Missing argument 'CSV_FILE'.", "CSV_FILE saknas"),
    ("Got unexpected extra argument (x)", "oväntat extra argument: x"),
    ("Invalid value for '--count' / '-n': 'abc' is not a valid integer.",
     "ogiltigt värde för '--count' / '-n': 'abc' är inget heltal"),
    ("Option '--x' requires 2 arguments.", "flaggan --x behöver 2 värden"),
    ("Something Click says that we have never seen.",
     "Something Click says that we have never seen."),
])
def test_translate(english: str, swedish: str) -> None:
    assert translate(english, "sv") == swedish
