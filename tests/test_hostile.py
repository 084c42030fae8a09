"""Hostile and broken input through the CLI: each with its exact message and exit code.

Every file a person or a tool could hand to `pledge` by mistake (or on purpose) ends in a
located, translated message and exit 1 (the content is wrong) or 2 (the file cannot be
opened, or written) — never a traceback, a hang, or memory without bound. Each case runs
through `validate` and through every other command that reads the file.
"""

from __future__ import annotations

import errno
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from medborgarlofte.io.loader import MAX_BYTES
from tests.conftest import MINIMAL, OLOFSTROM

Run = Callable[..., Any]
SHIPPED = OLOFSTROM.read_text(encoding="utf-8")

READERS: dict[str, list[str]] = {
    "status": ["status", "{}"],
    "events": ["events", "{}"],
    "report": ["report", "--format", "md", "-f", "{}"],
    "log": ["log", "polis-mopedinsatser", "--dry-run", "-f", "{}"],
    "measure": ["measure", "grannsamverkansomraden", "12", "--dry-run", "-f", "{}"],
    "undo": ["undo", "--dry-run", "-f", "{}"],
    "import": ["import", "{csv}", "--dry-run", "-f", "{}"],
    "extend": ["extend", "--to", "2025-06-30", "-f", "{}"],
    "renew": ["renew", "-o", "-", "-f", "{}"],
}
"""Every command besides `validate` that reads a pledge file (`{}` is the file, `{csv}` a
valid CSV beside it). `init` and `schema` read none."""

NESTED = "strukturen är nästlad djupare än 64 nivåer"
ALIAS = "ankare och alias ({}) används inte i en löftesfil; skriv ut värdet"
BINARY = "filen innehåller binärdata (en NUL-byte), inte text"
NOT_UTF8 = "filen är inte UTF-8 (byte {})"
LATIN1 = " – den verkar sparad som Latin-1/Windows-1252; spara den som UTF-8"
UTF16 = "filen är kodad som UTF-16; spara den som UTF-8"
EMPTY = "filen är tom: den behöver minst schema_version, pledge och parties"
NOT_MAPPING = "filen ska vara en mappning (nyckel: värde), inte {}"
DIGITS = "talet har 5000 siffror; det är för stort"


def billion_laughs() -> str:
    """Nine levels of nine aliases each: 9**9 'lol's if a loader expanded them."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def billion_laughs_problems() -> list[str]:
    found = [f"1:4: E111 {ALIAS.format('a')}"]
    for line, (prev, name) in enumerate(zip("abcdefgh", "bcdefghi", strict=True), start=2):
        found += [f"{line}:4: E111 {ALIAS.format(name)}", f"{line}:8: E111 {ALIAS.format(prev)}"]
    return found


def with_event_count(count: str) -> str:
    return MINIMAL.replace("events: []", "events:\n  - date: 2024-03-01\n"
                           f"    target: polis-mopedinsatser\n    count: {count}")


def sparse_100_mb(path: Path) -> None:
    with open(path, "wb") as handle:  # 100 MB on paper, nothing on disk: made in no time
        handle.write(b"schema_version: 1\n")
        handle.truncate(100 * 1024 * 1024)


@dataclass(frozen=True)
class Case:
    """A hostile file: how to make it, and the problems (`LINE:COL: CODE ...`) it gives."""

    make: Callable[[Path], object]
    problems: list[str]
    heavy: bool = False
    """Only through validate and status (a second or two each; the others read alike)."""


def _bytes(content: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(content)


def _text(content: str) -> Callable[[Path], object]:
    return lambda path: path.write_text(content, encoding="utf-8")


CONTENT: dict[str, Case] = {
    "billion-laughs": Case(_text(billion_laughs()), billion_laughs_problems()),
    "million-aliases": Case(_text("a: &a x\nb: [" + "*a, " * 1_000_000 + "*a]\n"),
                            [f"1:4: E111 {ALIAS.format('a')}", f"2:5: E111 {ALIAS.format('a')}"],
                            heavy=True),
    "nesting-flow-sequences": Case(_text("[" * 10_000 + "]" * 10_000 + "\n"),
                                   [f"1:1001: E119 {NESTED}"]),
    "nesting-flow-mappings": Case(_text("a: " + "{b: " * 10_000 + "1" + "}" * 10_000 + "\n"),
                                  [f"1:4000: E119 {NESTED}"]),
    "nesting-block-sequences": Case(_text("- " * 10_000 + "x\n"), [f"1:1999: E119 {NESTED}"]),
    "nesting-past-our-limit": Case(_text("a:\n" + "- " * 70 + "x\n"),  # libyaml allows 1,000
                                   [f"2:129: E119 {NESTED}"]),
    "100-mb": Case(sparse_100_mb,
                   ["1:1: E105 filen är 104857600 byte; största tillåtna storlek är 52428800 byte "
                    "(50 MB)"]),
    "5000-digit-count": Case(_text(with_event_count("7" * 5000)),
                             [f"17:12: E118 events[1].count: {DIGITS}"]),
    "5000-digit-version": Case(
        _text(MINIMAL.replace("schema_version: 1", "schema_version: " + "9" * 5000)),
        [f"1:17: E118 schema_version: {DIGITS}"]),
    "nul-bytes": Case(_bytes(MINIMAL.encode() + b"\x00\x00"), [f"15:1: E104 {BINARY}"]),
    "png": Case(_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"),
                [f"3:1: E104 {BINARY}"]),
    "all-bytes": Case(_bytes(bytes(range(256)) * 64), [f"1:1: E104 {BINARY}"]),
    "invalid-utf8": Case(
        _bytes(MINIMAL.replace("Medborgarlöfte", "Medborgarl\udcff")
               .encode("utf-8", "surrogateescape")),
        [f"3:20: E102 {NOT_UTF8.format('0xFF')}{LATIN1}"]),
    "invalid-utf8-not-latin1": Case(
        _bytes(b"schema_version: 1\npledge: {title: \x81\x8d\x8f\x90\x9d}\n"),
        [f"2:17: E102 {NOT_UTF8.format('0x81')}"]),
    "latin-1": Case(_bytes(MINIMAL.encode("latin-1")),
                    [f"3:20: E102 {NOT_UTF8.format('0xF6')}{LATIN1}"]),
    "windows-1252": Case(_bytes(MINIMAL.encode("cp1252")),
                         [f"3:20: E102 {NOT_UTF8.format('0xF6')}{LATIN1}"]),
    "utf-16-bom": Case(_bytes(MINIMAL.encode("utf-16")), [f"1:1: E103 {UTF16}"]),
    "utf-16-le": Case(_bytes(MINIMAL.encode("utf-16-le")), [f"1:1: E103 {UTF16}"]),
    "utf-16-be": Case(_bytes(MINIMAL.encode("utf-16-be")), [f"1:1: E103 {UTF16}"]),
    "empty": Case(_bytes(b""), [f"1:1: E106 {EMPTY}"]),
    "only-bom": Case(_bytes(b"\xef\xbb\xbf"), [f"1:1: E106 {EMPTY}"]),
    "only-whitespace": Case(_bytes(b"   \n\n  \n"), [f"1:1: E106 {EMPTY}"]),
    "only-comments": Case(_bytes(b"# only a comment\n# and another\n"), [f"1:1: E106 {EMPTY}"]),
    "only-markers": Case(_bytes(b"---\n# a document marker and a comment\n...\n"),
                         [f"3:1: E106 {EMPTY}"]),
    "null-document": Case(_bytes(b"null\n"), [f"1:1: E106 {EMPTY}"]),
    "list": Case(_bytes(b"- schema_version: 1\n- pledge: {}\n"),
                 [f"1:1: E114 {NOT_MAPPING.format('en lista')}"]),
    "scalar": Case(_bytes(b"hello\n"), [f"1:1: E114 {NOT_MAPPING.format('ett enkelt värde')}"]),
    "number": Case(_bytes(b"42\n"), [f"1:1: E114 {NOT_MAPPING.format('ett enkelt värde')}"]),
}


def _missing(path: Path) -> None:
    pass


UNREADABLE: dict[str, tuple[Callable[[Path], object], str]] = {
    "directory": (Path.mkdir, "E002 {} är en mapp, inte en fil"),
    "fifo": (os.mkfifo, "E004 {} är ingen vanlig fil (en FIFO eller en enhet?)"),
    "broken-symlink": (lambda p: p.symlink_to(p.parent / "gone.yaml"),
                       "E005 {} är en länk till en fil som inte finns"),
    "missing": (_missing, "E001 filen {} finns inte"),
}


def invoke(run: Run, command: list[str], path: Path) -> tuple[int, str, str]:
    csv = path.parent / "rows.csv"
    if "{csv}" in command:
        csv.write_text("datum;löfte\n2024-05-02;polis-mopedinsatser\n", encoding="utf-8")
    result = run(*[a.format(path, csv=csv) for a in command])
    return result.exit_code, result.stdout, result.stderr


def lines(path: Path, problems: list[str]) -> str:
    return "".join(f"{path}:{p}\n" for p in problems)


# --- content that is not a pledge --------------------------------------------------------

@pytest.mark.parametrize("case", CONTENT)
def test_validate_says_exactly_what_is_wrong(run: Run, tmp_path: Path, case: str) -> None:
    path = tmp_path / "pledge.yaml"
    CONTENT[case].make(path)
    problems = CONTENT[case].problems
    summary = f"{path}: fel: {len(problems)}, varningar: 0\n"
    assert invoke(run, ["validate", "{}"], path) == (1, lines(path, problems) + summary, "")


@pytest.mark.parametrize(("case", "reader"), [
    (case, reader) for case in CONTENT for reader in READERS
    if not CONTENT[case].heavy or reader == "status"])
def test_every_reading_command_says_the_same(run: Run, tmp_path: Path, case: str,
                                             reader: str) -> None:
    path = tmp_path / "pledge.yaml"
    CONTENT[case].make(path)
    assert invoke(run, READERS[reader], path) == (1, "", lines(path, CONTENT[case].problems))


def test_a_million_anchors_are_capped(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "anchors.yaml"
    path.write_text("b: [" + "".join(f"&a{i} x, " for i in range(100_000)) + "x]\n",
                    encoding="utf-8")
    code, out, _ = invoke(run, ["validate", "{}"], path)
    assert (code, len(out.splitlines())) == (1, 21)
    assert out.splitlines()[0] == f"{path}:1:5: E111 {ALIAS.format('a0')}"
    assert out.splitlines()[-1] == f"{path}: fel: 20, varningar: 0"


def test_a_file_just_over_the_limit_in_english(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (MAX_BYTES - 1) + b"\n")
    assert invoke(run, ["validate", "--lang", "en", "{}"], path) == (1, (
        f"{path}:1:1: E105 the file is 52428802 bytes; the largest allowed is 52428800 bytes "
        "(50 MB)\n"
        f"{path}: errors: 1, warnings: 0\n"), "")


# --- paths that are not a readable file --------------------------------------------------

@pytest.mark.parametrize("reader", ["validate", *READERS])
@pytest.mark.parametrize("case", UNREADABLE)
def test_a_path_that_is_not_a_readable_file(run: Run, tmp_path: Path, case: str,
                                            reader: str) -> None:
    path = tmp_path / "pledge.yaml"
    make, message = UNREADABLE[case]
    make(path)
    command = ["validate", "{}"] if reader == "validate" else READERS[reader]
    expected = f"pledge: {message.format(path)}\n"
    if case == "directory" and reader in ("status", "events"):  # a directory is a roll-up
        expected = f"pledge: katalogen {path} har inga .yaml-filer\n"
    assert invoke(run, command, path) == (2, "", expected)


# --- faults while `pledge log` writes ----------------------------------------------------

LOG = ["log", "polis-mopedinsatser", "-d", "2024-03-01", "-m", "x", "-f", "{}"]


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    path = tmp_path / "pledge.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    return path


def test_a_file_that_disappears_between_read_and_write(
        run: Run, shipped: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from medborgarlofte.cli import log

    read = getattr(log, "load_valid_or_exit")  # noqa: B009

    def read_then_delete(file: str | None, lang: str | None, **options: Any) -> Any:
        loaded = read(file, lang, **options)
        shipped.unlink()  # e.g. a `git checkout` of another branch, just now
        return loaded

    monkeypatch.setattr(log, "load_valid_or_exit", read_then_delete)
    assert invoke(run, LOG, shipped) == (2, "", f"pledge: E001 filen {shipped} finns inte\n")
    assert not shipped.exists()  # not written again from the copy read before


def _permission_mode() -> str:
    """How a directory we may not write is made real: 'self' when we are not root (the
    directory is made read-only), 'nobody' when we are root and `setpriv` can run Python as
    the user nobody, else 'fake' (the PermissionError the OS would give, raised by a stub)."""
    if os.geteuid() != 0:
        return "self"
    setpriv = shutil.which("setpriv")
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        return "fake"
    if setpriv is None:
        return "fake"
    probe = subprocess.run([setpriv, f"--reuid={nobody.pw_uid}", f"--regid={nobody.pw_gid}",
                            "--clear-groups", sys.executable, "-c", "import medborgarlofte"],
                           capture_output=True, cwd="/", check=False)
    return "nobody" if probe.returncode == 0 else "fake"


PERMISSION_MODE = _permission_mode()


@dataclass(frozen=True)
class Denied:
    """A directory the writer may read but not write (outside root's private tmp_path)."""

    folder: Path
    pledge: Path


@pytest.fixture
def denied() -> Iterator[Denied]:
    folder = Path(tempfile.mkdtemp(prefix="pledge-denied-"))
    pledge = folder / "pledge.yaml"
    pledge.write_text(SHIPPED, encoding="utf-8")
    pledge.chmod(0o666)
    folder.chmod(0o555 if PERMISSION_MODE == "self" else 0o755)
    try:
        yield Denied(folder, pledge)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def _log_denied(denied: Denied, monkeypatch: pytest.MonkeyPatch,
                failing: tuple[Any, str, str]) -> tuple[int, str, str]:
    """`pledge log` on the denied file, as nobody / ourselves, or with `failing` (module,
    attribute, file name) raising the PermissionError the OS would (mode 'fake')."""
    args = [a.format(denied.pledge) for a in LOG]
    if PERMISSION_MODE == "fake":
        from typer.testing import CliRunner

        from medborgarlofte.cli.app import app

        module, name, filename = failing

        def refuse(*_: Any, **__: Any) -> Any:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), filename)

        monkeypatch.setattr(module, name, refuse)
        result = CliRunner().invoke(app, args, catch_exceptions=False)
        monkeypatch.undo()
        return result.exit_code, result.stdout, result.stderr
    prefix: list[str] = []
    if PERMISSION_MODE == "nobody":
        nobody = pwd.getpwnam("nobody")
        prefix = [str(shutil.which("setpriv")), f"--reuid={nobody.pw_uid}",
                  f"--regid={nobody.pw_gid}", "--clear-groups"]
    code = "from medborgarlofte.cli.app import main; main()"
    done = subprocess.run([*prefix, sys.executable, "-c", code, *args], capture_output=True,
                          text=True, env={**os.environ, "PLEDGE_TODAY": "2024-12-31"}, cwd="/",
                          check=False)
    return done.returncode, done.stdout, done.stderr


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_in_a_directory_it_may_not_write(denied: Denied,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """The directory is locked (nothing is created there for it), the new file cannot be
    made: the directory is named (see PERMISSION_MODE for how)."""
    before = denied.pledge.read_bytes()
    temporary = f"{denied.folder}/.pledge.yaml.k2x9.tmp"
    assert _log_denied(denied, monkeypatch, (tempfile, "mkstemp", temporary)) == (
        2, "", f"pledge: inget skrevs: {denied.folder}: åtkomst nekad\n")
    assert denied.pledge.read_bytes() == before
    assert sorted(p.name for p in denied.folder.iterdir()) == ["pledge.yaml"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_where_the_lock_exists_but_the_directory_is_not_writable(
        denied: Denied, monkeypatch: pytest.MonkeyPatch) -> None:
    """A legacy lock file beside the pledge (versions before 0.2) is left alone; the
    directory is not writable: the new file cannot be made."""
    lock_file = denied.folder / ".pledge.yaml.lock"
    denied.folder.chmod(0o755)
    lock_file.touch()
    lock_file.chmod(0o666)
    denied.folder.chmod(0o555 if PERMISSION_MODE == "self" else 0o755)
    before = denied.pledge.read_bytes()
    temporary = f"{denied.folder}/.pledge.yaml.k2x9.tmp"
    assert _log_denied(denied, monkeypatch, (tempfile, "mkstemp", temporary)) == (
        2, "", f"pledge: inget skrevs: {denied.folder}: åtkomst nekad\n")
    assert denied.pledge.read_bytes() == before
    assert sorted(p.name for p in denied.folder.iterdir()) == [".pledge.yaml.lock",
                                                               "pledge.yaml"]


class _FullDisk:
    """A file object whose writes fail as on a full disk (ENOSPC, which names no file)."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_during_the_write(run: Run, shipped: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """ENOSPC faked at the write of the new file's bytes: the old file stays, no leftovers."""
    real_fdopen = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: _FullDisk(real_fdopen(fd, *a, **k)))
    before = shipped.read_bytes()
    assert invoke(run, LOG, shipped) == (
        2, "", f"pledge: inget skrevs: {shipped}: disken är full\n")
    monkeypatch.undo()
    assert shipped.read_bytes() == before
    assert sorted(p.name for p in shipped.parent.iterdir()) == [
                                                                "pledge.yaml"]
