"""Every word of the help pages and of the parser's errors in the run's language: Typer's
own chrome ("Usage:", "Options", "[required]", "<bool>") never shows in a Swedish run."""

from __future__ import annotations

import importlib
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer

from medborgarlofte.cli import chrome
from medborgarlofte.cli.app import app, main

ENGLISH_CHROME = ("Usage", "Options", "Arguments", "Commands", "[required]", "[default",
                  "Show this message", "<bool>", "<str>", "<int>", "list[str]", "TARGET",
                  "Missing", "Try '", "Error", "Aborted", "completion for", "[OPTIONS]",
                  "COMMAND", "[ARGS]", "INDICATOR", "DATE", "FILE", "PARTY")
COMMANDS = [info.name or "" for info in app.registered_commands]


def _english_words(text: str) -> list[str]:
    """The chrome words in `text`, as words ('FILE', not the FILE of $PLEDGE_FILE)."""
    return [word for word in ENGLISH_CHROME
            if re.search(rf"(?<![A-Za-z_$]){re.escape(word)}(?![A-Za-z_])", text)]


def _pledge(*args: str, lang: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LC_ALL", "PLEDGE_FILE")}
    env.update({"PLEDGE_LANG": lang, "COLUMNS": "100", "NO_COLOR": "1"})
    return subprocess.run([sys.executable, "-m", "medborgarlofte", *args], cwd=cwd,
                          capture_output=True, text=True, env=env)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_swedish_help_has_no_english_chrome(command: str, tmp_path: Path) -> None:
    result = _pledge(*([command] if command else []), "--help", lang="sv", cwd=tmp_path)
    assert result.returncode == 0
    assert _english_words(result.stdout) == []
    assert "Användning: pledge" in result.stdout


def test_english_help_keeps_typers_words(tmp_path: Path) -> None:
    result = _pledge("log", "--help", lang="en", cwd=tmp_path)
    assert "Usage: pledge log [OPTIONS] [TARGET]..." in result.stdout
    assert "Show this message and exit." in result.stdout
    assert "<bool>" not in result.stdout and "list[str]" not in result.stdout


@pytest.mark.parametrize(("args", "expected"), [
    (["--lang", "en", "--help"], "Usage: pledge [OPTIONS]"),
    (["status", "--lang", "sv", "--help"], "Användning: pledge status [FLAGGOR]"),
    (["status", "--help", "--lang=en"], "Usage: pledge status [OPTIONS]"),
])
def test_lang_anywhere_on_the_line_chooses_the_help_language(
        args: list[str], expected: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PLEDGE_LANG", "LANG", "LC_ALL")}
    env.update({"COLUMNS": "100", "NO_COLOR": "1"})
    result = subprocess.run([sys.executable, "-m", "medborgarlofte", *args], cwd=tmp_path,
                            capture_output=True, text=True, env=env)
    assert (result.returncode, expected in result.stdout) == (0, True), result.stderr


@pytest.mark.parametrize(("locale", "file_language", "help_word", "error_word"), [
    ("C.UTF-8", None, "Användning:", "okänd flagga"),
    ("en_US.UTF-8", None, "Usage:", "no such option"),
    ("en_US.UTF-8", "sv", "Användning:", "okänd flagga"),
    ("sv_SE.UTF-8", "en", "Usage:", "no such option"),
])
def test_help_and_errors_follow_one_rule(tmp_path: Path, locale: str,
                                         file_language: str | None, help_word: str,
                                         error_word: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PLEDGE_LANG", "LC_ALL")}
    env.update({"LANG": locale, "COLUMNS": "100", "NO_COLOR": "1"})

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "medborgarlofte", *args], cwd=tmp_path,
                              capture_output=True, text=True, env=env)

    if file_language:
        (tmp_path / "pledge.yaml").write_text(
            f"schema_version: 1\npledge:\n  title: x\n  language: {file_language}\n",
            encoding="utf-8")
    assert help_word in run("--help").stdout
    assert error_word in run("log", "-X").stderr


def _usage_error_args() -> list[list[str]]:
    """For every command: an unknown option, each value option without its value, and no
    arguments at all (a missing required argument or option)."""
    cases: list[list[str]] = [["nosuchcommand"], []]
    group = typer.main.get_command(app)
    for name in COMMANDS:
        command = group.commands[name]  # type: ignore[attr-defined]
        cases.append([name, "--no-such-option"])
        cases.append([name, "extra", "arguments", "x", "y", "z"] if name != "log" else
                     [name, "--count", "many", "x"])
        for param in command.params:
            if param.param_type_name == "option" and not param.is_flag:
                cases.append([name, param.opts[0]])
        if any(p.required for p in command.params):
            cases.append([name])
    return cases


@pytest.mark.parametrize("args", _usage_error_args(), ids=" ".join)
def test_swedish_usage_errors_have_no_english_chrome(
        args: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PLEDGE_LANG", "sv")
    monkeypatch.setattr(sys, "argv", ["pledge", *args])
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    with pytest.raises(SystemExit) as stopped:
        main()
    out, err = capsys.readouterr()
    assert stopped.value.code in (1, 2)
    assert _english_words(err) == [], err


def test_the_typer_internals_we_rely_on_exist() -> None:
    for module, names in chrome.TYPER_INTERNALS.items():
        loaded = importlib.import_module(module)
        assert [n for n in names if not hasattr(loaded, n)] == [], module


def test_every_metavar_a_command_declares_has_words() -> None:
    group = typer.main.get_command(app)
    declared = {p.metavar for c in group.commands.values()  # type: ignore[attr-defined]
                for p in c.params if p.metavar}
    codes = {"sv|en", "ID", "N", "STATUS", "text|json|github", "html|md|csv|xlsx",
             "table|markdown|json|csv", "table|markdown|json|csv|csv-machine",
             "table|markdown", "met|not_met|carried_forward|closed_early|dropped"}
    assert sorted(declared - set(chrome.METAVARS) - codes) == []
