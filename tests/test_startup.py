"""The start-up fast paths give what Typer gives: completion of target ids (answered without
Typer, so without pydantic or yaml) and the app trimmed to the one command a run calls."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from medborgarlofte.cli.app import app, app_for
from medborgarlofte.cli.completion import (
    LOG_FLAGS,
    LOG_VALUE_OPTIONS,
    fast_completion,
    target_ids,
)
from medborgarlofte.io.loader import load_pledge
from tests.conftest import MINIMAL, OLOFSTROM

SHIPPED = OLOFSTROM


def test_the_text_scan_finds_the_ids_the_loader_finds() -> None:
    loaded = load_pledge(SHIPPED, dt.date(2024, 12, 31))
    assert loaded.pledge is not None
    expected = [t.id for t in loaded.pledge.targets]
    assert target_ids(SHIPPED.read_text(encoding="utf-8")) == expected


@pytest.mark.parametrize(("text", "ids"), [
    ("targets:\n  - {id: a, text: x}\n  - id: 'b'\n    text: y\n", ["a", "b"]),
    ("targets:  # the commitments\n- id: a\n  sub:\n    - id: deeper\n- id: b\n", ["a", "b"]),
    ("targets:\n  - id: a\nindicators:\n  - id: not-a-target\n", ["a"]),
    ("priorities:\n  - id: p\n", []),
    ("targets: []\n", []),
    ("", []),
])
def test_target_ids_of_odd_files(text: str, ids: list[str]) -> None:
    assert target_ids(text) == ids


def _typer_answer(env: dict[str, str]) -> str:
    """What Typer itself prints for the request (the fast path is not involved)."""
    result = CliRunner().invoke(app, [], env=env, prog_name="pledge", catch_exceptions=False)
    assert result.exit_code == 0
    return result.stdout


def _bash(words: str) -> dict[str, str]:
    parts = words.split()
    cword = len(parts) if words.endswith(" ") else len(parts) - 1
    return {"_PLEDGE_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}


def _zsh(words: str) -> dict[str, str]:
    return {"_PLEDGE_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": words}


@pytest.fixture
def in_pledge_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "pledge.yaml").write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "other.yaml").write_text(MINIMAL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


ANSWERED = [
    "pledge log ", "pledge log pol", "pledge log polis-moped", "pledge log x",
    "pledge log -d 2024-03-01 pol", "pledge log --date=2024-03-01 kom", "pledge log --done kom",
    "pledge log polis-mopedinsatser kom", "pledge log -f other.yaml ", "pledge log -f other.yaml x",
    "pledge log --file=other.yaml pol", "pledge log -m 'två ord' -n 3 bed",
    "pledge log --dry-run -y -p Jämshög gran",
]


@pytest.mark.parametrize("shell", [_bash, _zsh])
@pytest.mark.parametrize("words", ANSWERED)
def test_the_fast_answer_is_typers_answer(in_pledge_dir: Path, shell: object,
                                          words: str) -> None:
    env = shell(words)  # type: ignore[operator]
    answer = fast_completion(env)
    assert answer is not None
    assert answer + "\n" == _typer_answer(env)


@pytest.mark.parametrize("words", [
    "pledge log -f ", "pledge log --", "pledge log -", "pledge log --da", "pledge status ",
    "pledge ", "pledge log -x pol", "pledge log 'open quote",
])
def test_other_requests_are_left_to_typer(in_pledge_dir: Path, words: str) -> None:
    assert fast_completion(_bash(words)) is None
    assert fast_completion(_zsh(words)) is None


def test_no_request_no_answer() -> None:
    assert fast_completion({}) is None
    assert fast_completion({"_PLEDGE_COMPLETE": "complete_fish"}) is None
    assert fast_completion({"_PLEDGE_COMPLETE": "complete_bash", "COMP_WORDS": "pledge log",
                            "COMP_CWORD": "many"}) is None


def test_the_option_lists_match_pledge_log() -> None:
    log = typer.main.get_command(app).commands["log"]  # type: ignore[attr-defined]
    value_options: set[str] = set()
    flags: set[str] = set()
    for param in log.params:
        names = {*param.opts, *param.secondary_opts}
        if param.param_type_name != "option" or names <= {"-h", "--help"}:
            continue
        (flags if param.is_flag else value_options).update(names)
    assert (value_options, flags) == (set(LOG_VALUE_OPTIONS), set(LOG_FLAGS))


def test_completion_imports_neither_pydantic_nor_yaml(in_pledge_dir: Path) -> None:
    code = (
        "import sys\n"
        "from medborgarlofte.cli.app import main\n"
        "main()\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('pydantic', 'pydantic_core', 'yaml'))\n"
        "sys.stderr.write(repr(heavy))\n"
    )
    env = {"PATH": "/usr/bin:/bin", **_bash("pledge log pol")}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=env, cwd=in_pledge_dir)
    assert (result.stdout, result.stderr) == (
        "polis-mopedinsatser\npolis-grannsamverkanskampanjer\npolis-narkotikainsatser\n", "[]")


COMMAND_NAMES = [info.name for info in app.registered_commands]


def _help(which: typer.Typer, *args: str) -> str:
    result = CliRunner().invoke(which, [*args, "--help"], prog_name="pledge",
                                catch_exceptions=False)
    assert result.exit_code == 0
    return result.stdout


def test_the_top_level_help_is_the_same_without_the_commands_parameters() -> None:
    assert _help(app_for(None)) == _help(app)


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_a_commands_help_is_the_same_in_the_trimmed_app(name: str | None) -> None:
    assert name is not None
    assert _help(app_for(name), name) == _help(app, name)
    assert _help(app_for(name)) == _help(app)


@pytest.mark.parametrize("args", [
    ["validate", str(SHIPPED)], ["status", str(SHIPPED)], ["status", "--format", "nope"],
    ["--version"], [],
])  # a mistyped command is said in the user's language: tests/cli/test_usage_errors.py
def test_the_console_script_runs_as_the_full_app(args: list[str]) -> None:
    full = CliRunner().invoke(app, args, prog_name="pledge", catch_exceptions=False)
    code = "from medborgarlofte.cli.app import main; main()"
    ran = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         check=False, env={"PATH": "/usr/bin:/bin", "PLEDGE_TODAY": "2024-12-31",
                                           "NO_COLOR": "1", "COLUMNS": "100"})
    assert (ran.returncode, ran.stdout, ran.stderr) == (full.exit_code, full.stdout, full.stderr)


@pytest.mark.parametrize("words", ["pledge status --fo", "pledge rep", "pledge validate --st"])
def test_completion_left_to_typer_sees_every_command(in_pledge_dir: Path, words: str) -> None:
    """The trimmed app must not answer completion: its words are not in argv."""
    code = "from medborgarlofte.cli.app import main; main()"
    ran = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={"PATH": "/usr/bin:/bin", **_bash(words)})
    assert ran.stdout == _typer_answer(_bash(words))
    assert ran.stdout.strip()


@pytest.mark.parametrize(("words", "answer"), [
    ("pledge status --format ", ["tabell", "markdown", "json", "csv", "csv-maskin"]),
    ("pledge --lang en status --format ", ["table", "markdown", "json", "csv", "csv-machine"]),
    ("pledge status --format ta", ["tabell"]),
    ("pledge status --format tab", ["tabell"]),
    ("pledge status --format csv-ma", ["csv-maskin"]),
    ("pledge status --format csv-mac", ["csv-machine"]),
    ("pledge status --group-by ", ["ägare", "prioritering"]),
    ("pledge status --group-by o", ["owner"]),
    ("pledge status --status ef", ["efter-plan"]),
    ("pledge status --status mi", ["missat"]),
    ("pledge --lang en events --status b", ["behind"]),
    ("pledge outcome x --status f", ["förs-vidare"]),
    ("pledge outcome x --lang en --status c", ["carried_forward", "closed_early"]),
    ("pledge log x --qualifier ", ["exakt", "ca", "minst"]),
    ("pledge log x --lang en --qualifier ", ["exact", "approx", "at_least"]),
    ("pledge report --table ", ["löften", "aktiviteter", "indikatorer", "mätningar"]),
    ("pledge report --format ", ["webbsida", "markdown", "csv", "excel"]),
    ("pledge targets --format ", ["tabell", "markdown"]),
    ("pledge events --lang ", ["sv", "en"]),
    ("pledge report --format p", []),
    ("pledge report --period 2024-T", ["2024-T1", "2024-T2", "2024-T3"]),
    ("pledge measure ", ["otrygga-platser-narkotika", "grannsamverkansomraden"]),
    ("pledge measure g", ["grannsamverkansomraden"]),
    ("pledge init --cadence h", ["halvår"]),
    ("pledge init --cadence ha", ["halvår"]),
    ("pledge init --cadence half", ["half-year"]),
])
def test_option_values_complete(in_pledge_dir: Path, words: str, answer: list[str]) -> None:
    assert _typer_answer(_bash(words)).split() == answer


@pytest.mark.parametrize(("stage", "args", "said"), [
    ("_answered", ["status"], "\npledge: avbrutet – inget skrevs\n"),
    ("_ran", ["log", "--lang", "en"], "\npledge: aborted – nothing written\n"),
])
def test_ctrl_c_while_the_console_still_imports_is_a_message_and_130(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
        stage: str, args: list[str], said: str) -> None:
    """A Ctrl-C before the app's own boundary (while Typer and the rest are imported) says so
    and exits 130, as one inside a command does, never a traceback."""
    from medborgarlofte.cli import console as entry

    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    if stage == "_ran":
        monkeypatch.setattr(entry, "_answered", lambda: None)
    monkeypatch.setattr(entry, stage, interrupted)
    monkeypatch.setattr(entry.sys, "argv", ["pledge", *args])
    codes: list[int] = []
    monkeypatch.setattr(entry.os, "_exit", codes.append)
    entry.console()
    assert codes == [130]
    assert capsys.readouterr().err == said


def test_ctrl_c_inside_a_command_is_said_once_and_130(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Typer ends a command interrupted outside a prompt with a bare 130; the app says it."""
    import signal

    from medborgarlofte.cli import app as cli_app
    from medborgarlofte.cli import status as status_command

    def interrupted(*_: object, **__: object) -> None:
        signal.raise_signal(signal.SIGINT)  # as a real Ctrl-C: through the handler

    monkeypatch.setattr(status_command, "load_all", interrupted)
    before = signal.getsignal(signal.SIGINT)
    assert cli_app._run(cli_app.app, ["status", "--lang", "en"]) == 130
    assert capsys.readouterr().err == "\npledge: aborted – nothing written\n"
    assert signal.getsignal(signal.SIGINT) is before  # Python's own handler back


def test_ctrl_c_at_a_prompt_is_said_once(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A command that says it was interrupted itself (a prompt) is not said twice."""
    import signal

    from medborgarlofte.cli import app as cli_app
    from medborgarlofte.cli import status as status_command
    from medborgarlofte.cli import writing

    def interrupted(*_: object, **__: object) -> None:
        try:
            signal.raise_signal(signal.SIGINT)
        except KeyboardInterrupt:
            writing.interrupted("en")

    monkeypatch.setattr(status_command, "load_all", interrupted)
    assert cli_app._run(cli_app.app, ["status", "--lang", "en"]) == 130
    assert capsys.readouterr().err.count("\n") == 2  # '\npledge: aborted …\n', once


def test_a_run_without_help_or_error_does_not_import_typers_rich_help(
        in_pledge_dir: Path) -> None:
    """Typer's Rich help and error module (rich.markdown, pygments, attrs: a fifth of a
    short run) is imported only to draw help or an error; our words reach it when it is."""
    code = (
        "import sys\n"
        "from medborgarlofte.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(repr('typer.rich_utils' in sys.modules))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PLEDGE_NO_CACHE": "1", "COLUMNS": "100"}
    run = [sys.executable, "-c", code]
    plain = subprocess.run([*run, "status"], capture_output=True, text=True, env=env,
                           cwd=in_pledge_dir)
    assert plain.stderr == "False"
    helped = subprocess.run([*run, "status", "--help"], capture_output=True, text=True,
                            env=env, cwd=in_pledge_dir)
    assert helped.stderr == "True" and "Flaggor" in helped.stdout
    wrong = subprocess.run([*run, "status", "--bogus"], capture_output=True, text=True,
                           env=env, cwd=in_pledge_dir)
    assert wrong.stderr == ("pledge: okänd flagga: --bogus\n"
                            "Prova 'pledge status -h' för hjälp.\nFalse")


@pytest.mark.parametrize("args, unused", [
    (["status"], ["medborgarlofte.io.textedit", "medborgarlofte.io.emit",
                  "medborgarlofte.render.report.csv_table"]),
    (["events"], ["medborgarlofte.io.textedit", "medborgarlofte.io.emit",
                  "medborgarlofte.render.report.csv_table"]),
    (["validate"], ["medborgarlofte.io.textedit", "medborgarlofte.io.emit"]),
])
def test_reading_a_small_file_imports_no_writer_and_no_report(
        in_pledge_dir: Path, args: list[str], unused: list[str]) -> None:
    """A file without a snapshot is read without the text editor (io.textedit, io.emit) the
    snapshots and the writers use, and the events table without the report's CSV renderer."""
    code = (
        "import sys\n"
        "from medborgarlofte.cli.app import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"sys.stderr.write(repr([m for m in {unused!r} if m in sys.modules]))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "PLEDGE_NO_CACHE": "1", "COLUMNS": "100"}
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, env=env, cwd=in_pledge_dir)
    assert result.stderr.endswith("[]"), result.stderr
