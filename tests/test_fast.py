"""The answer from the cache (`medborgarlofte.fast`, `io.cache`, `cli.console`): its grammar
is Typer's, every option answers byte for byte as the full path, only valid files are
answered, the cache is private and a broken one is no cache."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from medborgarlofte.cli.app import app
from medborgarlofte.fast import grammar, memo
from medborgarlofte.io import cache
from tests.conftest import MINIMAL, ROOT, answered
from tests.fast_gen import grammar_text
from tests.test_personnummer import with_check_digit

FIXTURES = Path(__file__).resolve().parent / "fixtures"
Run = Callable[..., Any]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory with the shipped pledge, every-kind.yaml and a roll-up folder."""
    shutil.copy(ROOT / "pledge.yaml", tmp_path / "pledge.yaml")
    shutil.copy(FIXTURES / "status" / "every-kind.yaml", tmp_path / "every-kind.yaml")
    region = tmp_path / "region"
    region.mkdir()
    shutil.copy(ROOT / "pledge.yaml", region / "a.yaml")
    shutil.copy(FIXTURES / "status" / "every-kind.yaml", region / "b.yml")
    (region / "notes.txt").write_text("not a pledge\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _cache_folder() -> Path:
    return Path(os.environ["XDG_CACHE_HOME"]) / "medborgarlofte"


def _both_ways(args: list[str]) -> tuple[tuple[int, bytes, bytes], tuple[int, bytes, bytes]]:
    """(exit, stdout, stderr) of the full path, and of the answer (the full path's again
    when there is none: nothing printed, as the console script then runs the full path)."""
    full = CliRunner().invoke(app, args, catch_exceptions=False)
    first = (full.exit_code, full.stdout_bytes, full.stderr_bytes)
    fast = answered(args)
    return first, (first if fast is None else (fast[0], fast[1], b""))


def test_the_grammar_is_generated_from_the_typer_commands() -> None:
    assert (Path(grammar.__file__).read_text(encoding="utf-8") == grammar_text()), (
        "fast/grammar.py is stale: run python -m tests.fast_gen")


CASES = [
    # every option of every command the cache answers, in both spellings where it takes one
    ["status"], ["status", "pledge.yaml"], ["status", "-f", "every-kind.yaml"],
    ["status", "--file=every-kind.yaml"], ["status", "region"],
    ["status", "region", "pledge.yaml"], ["status", "--as-of", "2024-07-01"],
    ["status", "--", "pledge.yaml"], ["validate", "--lang", "en", "--", "pledge.yaml"],
    ["status", "--as-of=2024-03-31", "every-kind.yaml"],
    ["status", "every-kind.yaml", "--party", "polisen"],
    ["status", "every-kind.yaml", "--party=polisen", "--party", "kommunen"],
    ["status", "every-kind.yaml", "--priority", "trygghet"],
    ["status", "every-kind.yaml", "--target", "polis-mopedinsatser"],
    ["status", "every-kind.yaml", "--status", "behind", "--status=met"],
    ["status", "every-kind.yaml", "--by", "priority"], ["status", "--by=priority"],
    ["status", "--format", "json"], ["status", "region", "--format=csv"],
    ["status", "--format", "markdown", "every-kind.yaml"], ["status", "--lang", "en"],
    ["status", "--lang=sv", "every-kind.yaml"],
    ["status", "--group-by", "priority"], ["status", "--group-by=ägare", "every-kind.yaml"],
    ["status", "every-kind.yaml", "--short"], ["status", "--short", "--by", "priority"],
    ["status", "--format", "csv-machine"], ["status", "every-kind.yaml", "--status",
                                            "efter plan"],
    ["events", "--measurements"], ["events", "every-kind.yaml", "--format", "csv-machine"],
    ["report", "-f", "every-kind.yaml", "--party", "polisen"],
    ["report", "-f", "every-kind.yaml", "--priority=trygghet"],
    ["report", "-f", "every-kind.yaml", "--target", "polis-mopedinsatser", "--format", "md"],
    ["report", "-f", "every-kind.yaml", "--status", "behind", "--format", "md"],
    ["validate"], ["validate", "pledge.yaml", "every-kind.yaml"],
    ["validate", "-f", "every-kind.yaml"], ["validate", "--file=pledge.yaml"],
    ["validate", "--strict"], ["validate", "--format", "json"], ["validate", "--format=github"],
    ["validate", "--lang", "en", "pledge.yaml"], ["validate", "--lang=en", "--format", "text"],
    ["events"], ["events", "region"], ["events", "-f", "every-kind.yaml"],
    ["events", "--file=every-kind.yaml", "--from", "2024-05-01", "--to", "2024-06-30"],
    ["events", "every-kind.yaml", "--from=2024-05-01", "--to=2024-06-30"],
    ["events", "--as-of", "2024-07-01"], ["events", "--as-of=2024-07-01"],
    ["events", "every-kind.yaml", "--party", "polisen"],
    ["events", "every-kind.yaml", "--party=kommunen"],
    ["events", "every-kind.yaml", "--priority", "trygghet"],
    ["events", "every-kind.yaml", "--target", "polis-mopedinsatser"],
    ["events", "every-kind.yaml", "--status=behind"], ["events", "--format", "json"],
    ["events", "--format=csv", "region"], ["events", "--format", "markdown"],
    ["events", "--lang", "en"], ["events", "--lang=en"],
    ["report"], ["report", "-f", "every-kind.yaml"], ["report", "--file=pledge.yaml"],
    ["report", "--period", "2024"], ["report", "--period=T1"],
    ["report", "--from", "2024-01-01", "--to", "2024-06-30"],
    ["report", "--from=2024-02-01", "--to=2024-03-31"], ["report", "--format", "md"],
    ["report", "--format=csv", "--table", "events"], ["report", "--format", "csv",
                                                     "--table=commitments"],
    ["report", "--lang", "en", "--format", "md"], ["report", "--lang=en"],
    ["report", "--output", "out.md"], ["report", "-o", "out.csv"],
    ["report", "--output=out.html"],
    ["status", "-o", "status.csv", "--format", "csv"], ["status", "--output=status.txt"],
    ["status", "--output=-", "--format", "json"], ["events", "-o", "events.csv"],
    ["events", "--output=-"],
    # usage errors and unusual spellings: the full path answers, the cache never does
    ["status", "--format", "nope"], ["status", "--as-of", "2099-01-01"], ["status", "-h"],
    ["status", "--help"], ["status", "--", "-f"], ["status", "--party", "nobody"],
    ["status", "--frmat", "json"], ["validate", "--strict=yes"], ["status", "-f"],
    ["events", "--from", "2024-06-30", "--to", "2024-05-01"], ["report", "--table", "x"],
    ["status", "missing.yaml"], ["validate", "region"], ["report", "--format", "xlsx"],
]


def test_the_cases_use_every_option_of_every_command() -> None:
    for command in grammar.COMMANDS:
        used = {word.split("=")[0] for case in CASES if case[0] == command for word in case}
        assert set(grammar.OPTIONS[command]) <= used, command


@pytest.mark.parametrize("args", CASES, ids=" ".join)
def test_every_option_answers_as_the_full_path(here: Path, args: list[str]) -> None:
    full, fast = _both_ways(args)
    assert fast == full
    stored = _cache_folder().is_dir() and any(_cache_folder().iterdir())
    named = [b for a, b in zip(args, [*args[1:], ""], strict=True) if a in ("-o", "--output")]
    named += [a.split("=", 1)[1] for a in args if a.startswith("--output=")]
    writes = any(name != "-" for name in named)  # `-o -` is standard output: answered
    helps = "-h" in args or "--help" in args
    assert stored == (full[0] == 0 and not full[2] and not writes and not helps)
    if stored:
        assert answered(args) is not None  # answered, not just equal by running twice


def test_a_changed_file_is_not_answered(here: Path) -> None:
    assert _both_ways(["status"])[0][0] == 0
    assert answered(["status"]) is not None
    (here / "pledge.yaml").write_bytes((here / "pledge.yaml").read_bytes() + b"# note\n")
    assert answered(["status"]) is None
    assert answered(["status", "every-kind.yaml"]) is None


def test_another_day_width_or_language_is_another_answer(
        here: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _both_ways(["status"])
    for name, value in (("PLEDGE_TODAY", "2024-12-30"), ("COLUMNS", "81"),
                        ("PLEDGE_LANG", "en"), ("NO_COLOR", "")):
        with monkeypatch.context() as patch:
            patch.setenv(name, value)
            assert answered(["status"]) is None, name
    assert answered(["status"]) is not None


def test_files_with_problems_are_never_stored(
        write_pledge: Callable[..., Path], run: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    pnr = with_check_digit("000229990")
    monkeypatch.chdir(write_pledge(MINIMAL).parent)
    late = MINIMAL.replace("events: []", "events:\n  - {date: 2025-01-05, target: "
                           "polis-mopedinsatser, count: 1}")
    write_pledge(late, "late.yaml")  # W307: after the end, within the grace days
    write_pledge(MINIMAL.replace("Exempelby kommun\n  period", f"Exempelby {pnr}\n  period"),
                 "personal.yaml")
    monkeypatch.setenv("PLEDGE_TODAY", "2025-01-10")
    for args in (["validate", "late.yaml"], ["status", "late.yaml"], ["events", "late.yaml"],
                 ["validate", "personal.yaml"], ["status", "personal.yaml"]):
        result = run(*args)
        assert ("W307" in result.stdout) == (args == ["validate", "late.yaml"])
        assert answered(args) is None
    assert not _cache_folder().exists() or not any(_cache_folder().iterdir())


def test_no_cache_stores_and_answers_nothing(here: Path, monkeypatch: pytest.MonkeyPatch
                                            ) -> None:
    monkeypatch.setenv("PLEDGE_NO_CACHE", "1")
    CliRunner().invoke(app, ["status"], catch_exceptions=False)
    assert not _cache_folder().exists()
    monkeypatch.delenv("PLEDGE_NO_CACHE")
    CliRunner().invoke(app, ["status"], catch_exceptions=False)
    monkeypatch.setenv("PLEDGE_NO_CACHE", "1")
    assert answered(["status"]) is None


def test_the_cache_is_private(here: Path) -> None:
    _both_ways(["status"])
    folder = _cache_folder()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    entries = list(folder.iterdir())
    assert len(entries) == 1 and stat.S_IMODE(entries[0].stat().st_mode) == 0o600
    assert "Olofström".encode() not in entries[0].name.encode()


def test_an_entry_that_is_not_whole_is_no_answer(here: Path) -> None:
    _both_ways(["status"])
    (entry,) = _cache_folder().iterdir()
    good = entry.read_bytes()
    middle = len(good) // 2
    flipped = good[:middle] + bytes([good[middle] ^ 1]) + good[middle + 1:]
    for bad in (good[:-1], good + b"x", flipped, b"", good.replace(b"cache 1", b"cache 2")):
        entry.write_bytes(bad)
        assert answered(["status"]) is None
    entry.write_bytes(good)
    assert answered(["status"]) is not None


def test_an_entry_or_folder_others_may_write_is_not_used(here: Path) -> None:
    _both_ways(["status"])
    folder = _cache_folder()
    (entry,) = folder.iterdir()
    entry.chmod(0o644)
    assert answered(["status"]) is None
    entry.chmod(0o600)
    folder.chmod(0o755)
    assert answered(["status"]) is None
    folder.chmod(0o700)
    assert answered(["status"]) is not None
    target = entry.with_name("elsewhere")
    entry.rename(target)
    entry.symlink_to(target)  # an entry that is a link is not followed
    assert answered(["status"]) is None


def test_a_named_pipe_in_place_of_an_entry_is_a_miss_not_a_wait(here: Path) -> None:
    """A FIFO planted under an entry's name opens without waiting for a writer (O_NONBLOCK)
    and is refused as no regular file: the command answers in full, it never hangs."""
    CliRunner().invoke(app, ["status"], catch_exceptions=False)
    (entry,) = _cache_folder().iterdir()
    entry.unlink()
    os.mkfifo(entry, 0o600)
    assert cache.read_entry(os.environ, entry.name) is None  # returns: no writer needed
    assert answered(["status"]) is None


def test_a_cache_folder_that_is_a_link_is_neither_read_nor_written(
        here: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    elsewhere.chmod(0o700)
    _cache_folder().parent.mkdir(parents=True, exist_ok=True)
    _cache_folder().symlink_to(elsewhere)
    assert not cache.write_entry(os.environ, "a" * 64, b"payload")
    CliRunner().invoke(app, ["status"], catch_exceptions=False)
    assert list(elsewhere.iterdir()) == []
    assert cache.read_entry(os.environ, "a" * 64) is None


def test_a_relative_cache_home_falls_back_to_the_home_folder() -> None:
    assert cache.cache_dir({"XDG_CACHE_HOME": "rel", "HOME": "/h"}) == "/h/.cache/medborgarlofte"
    assert cache.cache_dir({"XDG_CACHE_HOME": "/c"}) == "/c/medborgarlofte"
    assert cache.cache_dir({"XDG_CACHE_HOME": "rel"}) is None  # no $HOME: no cache


def test_the_files_are_the_ones_the_commands_read(here: Path) -> None:
    from medborgarlofte.cli.status_options import pledge_files

    for args in (["region"], ["region", "pledge.yaml"], [], ["./pledge.yaml"]):
        parsed = memo.parse(["status", *args])
        assert parsed is not None
        expected = [str(Path(x)) if x else "pledge.yaml"
                    for x in pledge_files(args or None, None, None)]
        assert memo._files("status", parsed[1], os.environ) == expected


def _console(args: list[str], cwd: Path, **env: str) -> tuple[int, str, str]:
    ran = subprocess.run([sys.executable, "-m", "medborgarlofte", *args], capture_output=True,
                         text=True, check=False, cwd=cwd,
                         env={"PATH": "/usr/bin:/bin", "PLEDGE_TODAY": "2024-12-31",
                              "NO_COLOR": "1", "COLUMNS": "100",
                              "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"], **env})
    return ran.returncode, ran.stdout, ran.stderr


@pytest.mark.parametrize("args", [["status"], ["validate", "--format", "json"],
                                  ["status", "--format", "nope"], ["status", "--help"]])
def test_the_console_script_answers_as_the_full_app(here: Path, args: list[str]) -> None:
    full = CliRunner().invoke(app, args, prog_name="pledge", catch_exceptions=False)
    expected = (full.exit_code, full.stdout, full.stderr)
    before = set(_cache_folder().iterdir()) if _cache_folder().is_dir() else set()
    cold = _console(args, here)
    assert cold == expected
    stored = set(_cache_folder().iterdir()) - before if _cache_folder().is_dir() else set()
    assert len(stored) == (full.exit_code == 0 and not args[-1].startswith("--h"))
    assert _console(args, here) == expected  # warm: answered from the cache when stored
    assert _console(args, here, PLEDGE_NO_CACHE="1") == expected


def test_the_console_answer_imports_neither_typer_nor_pydantic_nor_yaml(here: Path) -> None:
    code = ("import sys\nimport medborgarlofte.cli.console as c\nsys.argv = ['pledge', 'status']\n"
            "c.os._exit = lambda code: sys.stderr.write(repr(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('typer', 'click', 'pydantic', 'yaml', 'rich'))))\n"
            "c.console()\n")
    env = {"PATH": "/usr/bin:/bin", "PLEDGE_TODAY": "2024-12-31", "NO_COLOR": "1",
           "COLUMNS": "100", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True, cwd=here, env=env)
    assert "pydantic" in first.stderr  # cold: the full path
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, cwd=here, env=env)
    assert (second.stdout, second.stderr) == (first.stdout, "[]")


def test_a_full_cache_lets_its_oldest_entries_go(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 8)
    for i in range(9):
        assert cache.write_entry(os.environ, f"{i:064x}", b"x")
        path = _cache_folder() / f"{i:064x}"
        os.utime(path, ns=(i * 10**9, i * 10**9))  # written in this order
    names = sorted(p.name for p in _cache_folder().iterdir())
    assert names == [f"{i:064x}" for i in range(3, 9)]  # down to three quarters: 6
    assert cache.read_entry(os.environ, f"{8:064x}") == b"x"


WRITES = [
    ["log", "polis-mopedinsatser", "-d", "2024-06-01"],
    ["log", "polis-mopedinsatser", "-d", "2024-06-01", "-f", "pledge.yaml", "-n", "3"],
    ["measure", "otrygga-platser-narkotika", "14", "-d", "2024-10-01"],
    ["extend", "--to", "2025-06-30"],
]


@pytest.mark.parametrize("write", [*WRITES, None], ids=lambda w: " ".join(w or ["undo"]))
def test_after_a_write_the_next_read_takes_the_full_path(
        here: Path, write: list[str] | None) -> None:
    # A write stores no answer of its own making: the next read computes it (in its own
    # language, width and options), and only then is it stored.
    runner = CliRunner()
    if write is None:
        runner.invoke(app, WRITES[0], catch_exceptions=False)
        write = ["undo", "--yes"]
    done = runner.invoke(app, write, catch_exceptions=False)
    assert done.exit_code == 0, done.stderr
    for args in (["status"], ["validate", "pledge.yaml"]):
        assert answered(args) is None, args
        full = runner.invoke(app, args, catch_exceptions=False)
        assert answered(args) == (full.exit_code, full.stdout_bytes), args


def test_a_full_cache_keeps_what_was_read_last(monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer read on every run outlives entries written after it and never read."""
    monkeypatch.setattr(cache, "MAX_ENTRIES", 8)
    for i in range(8):
        assert cache.write_entry(os.environ, f"{i:064x}", b"x")
        path = _cache_folder() / f"{i:064x}"
        os.utime(path, ns=(i * 10**9, i * 10**9))  # written in this order
    assert cache.read_entry(os.environ, f"{0:064x}") == b"x"  # the oldest, read now
    assert cache.write_entry(os.environ, f"{8:064x}", b"x")
    names = sorted(p.name for p in _cache_folder().iterdir())
    assert names == [f"{i:064x}" for i in (0, 4, 5, 6, 7, 8)]
