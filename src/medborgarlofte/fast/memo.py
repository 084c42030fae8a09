"""What a run printed, stored under everything it depends on, and printed again from there.

The key of an answer is a SHA-256 of: this format, the installed code (every file of the
package and the library directories on sys.path, by name, size and time: a new version of
ours, of Python or of pydantic is another key), the command and its parameters as Typer
gave them to the command, each file it read (the path as written and the SHA-256 of its
bytes), the day it counted on, the working directory, the environment variables that
reach the output (language, colour, terminal size, GitHub Actions, $PLEDGE_*), and whether
and how wide standard output is a terminal. Only runs that read valid files without a single
problem and ended with exit 0 and nothing on standard error are stored (`remember`, called
by the commands), so every message about a file still comes from the full path; `answer`
(called by `cli.console` before Typer is imported) prints a stored answer byte for byte.
$PLEDGE_NO_CACHE=1 turns both off.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from medborgarlofte.fast import grammar
from medborgarlofte.io.cache import read_entry, write_entry
from medborgarlofte.io.paths import find_pledge_file

FORMAT = "answers 1"
MAX_BYTES = 50 * 1024 * 1024
"""As `io.loader.MAX_BYTES`: a larger file is refused by the full path, never answered."""
_ENV_NAMES = frozenset({
    "LANG", "LANGUAGE", "COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "TERM", "COLORTERM",
    "TTY_COMPATIBLE", "TTY_INTERACTIVE", "GITHUB_ACTIONS", "JUPYTER_COLUMNS", "JUPYTER_LINES",
    "PYTHONIOENCODING", "PYTHONUTF8", "CLICOLOR", "CLICOLOR_FORCE",
})
_ENV_PREFIXES = ("PLEDGE_", "LC_")
_PACKAGE = Path(__file__).resolve().parent.parent


def disabled(env: Mapping[str, str]) -> bool:
    """True when $PLEDGE_NO_CACHE is set to anything but '' or 0, or $PLEDGE_LANG names no
    language (the full path warns about it on stderr: such a run is never answered)."""
    if env.get("PLEDGE_NO_CACHE", "") not in ("", "0"):
        return True
    wanted = env.get("PLEDGE_LANG", "")
    if wanted in ("", "sv", "en"):
        return False
    from medborgarlofte.text.languages import language_code

    return bool(wanted.strip()) and language_code(wanted) is None


def remember(command: str, params: Mapping[str, object],
             loaded: Sequence[tuple[Path, str | None]], day: dt.date,
             output: str | bytes) -> None:
    """Store what `command` is about to print (the whole of it, exit 0), when every file it
    read was valid without a problem: `loaded` is (path, digest) of each, as
    `io.loader.LoadedPledge` has them; `day` is the day the command counted on."""
    env = os.environ
    if disabled(env) or not loaded or any(digest is None for _, digest in loaded):
        return
    if set(params) != set(grammar.DEFAULTS.get(command, {})):
        # A parameter the key leaves out would let two different command lines share one
        # answer: store nothing (tests/test_fast.py checks that every command passes all).
        return
    name = entry_name(command, params, [(str(path), str(digest)) for path, digest in loaded],
                      day, env)
    kind = b"t" if isinstance(output, str) else b"b"
    data = output.encode("utf-8", "surrogateescape") if isinstance(output, str) else output
    write_entry(env, name, kind + data)


def entry_name(command: str, params: Mapping[str, object], files: Sequence[tuple[str, str]],
               day: dt.date, env: Mapping[str, str]) -> str:
    """The key of an answer, as a file name (hex SHA-256)."""
    import hashlib

    parts: list[Any] = [
        FORMAT, _installed(), command, sorted((k, _normal(v)) for k, v in params.items()),
        list(files), day.isoformat(), _cwd(),
        sorted((k, v) for k, v in env.items()
               if k in _ENV_NAMES or k.startswith(_ENV_PREFIXES)),
        _terminal(),
    ]
    return hashlib.sha256(repr(parts).encode("utf-8", "surrogateescape")).hexdigest()


def _normal(value: object) -> object:
    """A parameter as Typer may give it: None, () and [] alike; lists as tuples."""
    if value is None or (isinstance(value, list | tuple) and not value):
        return None
    if isinstance(value, list | tuple):
        return tuple(value)
    return value


def _cwd() -> str:
    try:
        return os.getcwd()
    except OSError:
        return ""


def _terminal() -> tuple[object, ...]:
    """Whether standard output is a terminal, its encoding, and the terminal's size."""
    out = sys.stdout
    try:
        size: object = tuple(os.get_terminal_size(sys.__stdout__.fileno()))  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        size = None
    return (out.isatty(), getattr(out, "encoding", None), size)


_INSTALLED: list[str] = []


def _installed() -> str:
    """The installed code, by name, size and modification time of every file of the package
    and of each directory on sys.path (installing or upgrading a library changes those)."""
    if _INSTALLED:
        return _INSTALLED[0]
    seen: list[tuple[str, int, int]] = []
    for folder, _dirs, names in os.walk(_PACKAGE):
        for name in names:
            if name.endswith((".pyc", ".pyo")):
                continue
            try:
                info = os.stat(os.path.join(folder, name))
            except OSError:
                continue
            seen.append((os.path.join(folder, name), info.st_size, info.st_mtime_ns))
    for entry in sys.path[1:]:  # [0] is the script's directory or the working one
        try:
            info = os.stat(entry or ".")
        except OSError:
            continue
        seen.append((entry, info.st_size, info.st_mtime_ns))
    text = repr((sys.version, sys.executable, sorted(seen)))
    _INSTALLED.append(text)
    return text


def answer(args: Sequence[str], env: Mapping[str, str]) -> int | None:
    """Print the stored answer of this command line and give its exit code (0); None when
    there is none (or the line is not one this reads), and nothing was printed."""
    if disabled(env):
        return None
    request = parse(args)
    if request is None:
        return None
    command, params = request
    if command == "report" and params.get("output") is not None:
        return None  # it writes a file: always the full path
    if params.get("output_file") not in (None, "-"):
        return None  # status/events -o FILE: the same
    day = _today(env)
    names = _files(command, params, env)
    if day is None or names is None:
        return None
    files = []
    for name in names:
        digest = _digest(name)
        if digest is None:
            return None
        files.append((name, digest))
    payload = read_entry(env, entry_name(command, params, files, day, env))
    if payload is None or payload[:1] not in (b"t", b"b"):
        return None
    if payload[:1] == b"t":
        sys.stdout.write(payload[1:].decode("utf-8", "surrogateescape"))
    else:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload[1:])
    sys.stdout.flush()
    return 0


def parse(args: Sequence[str]) -> tuple[str, dict[str, object]] | None:
    """(command, parameters) as Typer would give them, for the plain forms of a command line
    (`--opt value`, `--opt=value`, `-o value`, flags, arguments, `--`); None for anything
    else, which the full path handles (help, unknown options, a value that starts with '-')."""
    if not args or args[0] not in grammar.COMMANDS:
        return None
    command = args[0]
    options, argument = grammar.OPTIONS[command], grammar.ARGUMENTS[command]
    params: dict[str, object] = dict(grammar.DEFAULTS[command])
    given: dict[str, list[str]] = {}
    rest = list(args[1:])
    while rest:
        word = rest.pop(0)
        if word == "--" and argument is not None:  # the rest are arguments, even '-x'
            given.setdefault(argument, []).extend(rest)
            break
        if not word.startswith("-"):
            if argument is None:
                return None
            given.setdefault(argument, []).append(word)
            continue
        name, eq, value = word.partition("=") if word.startswith("--") else (word, "", "")
        if name not in options:
            return None
        param, how = options[name]
        if how in ("flag", "flag_off"):
            if eq:
                return None
            params[param] = how == "flag"
            continue
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if how == "multiple":
            given.setdefault(param, []).append(value)
        else:
            params[param] = value
    params.update({k: tuple(v) for k, v in given.items()})
    return command, params


def _today(env: Mapping[str, str]) -> dt.date | None:
    """As `cli.common.today`: $PLEDGE_TODAY, else today (None for a value it would refuse)."""
    pinned = env.get("PLEDGE_TODAY")
    if not pinned:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(pinned)
    except ValueError:
        return None


def _files(command: str, params: Mapping[str, object], env: Mapping[str, str]) -> list[str] | None:
    """The files the command reads, named as the loader names them (`str(path)`)."""
    cwd = Path.cwd()
    file = params.get("file")
    if command == "report":
        return [str(find_pledge_file(_text(file), cwd, dict(env)))]
    listed = params.get(grammar.ARGUMENTS[command] or "")
    named = [str(x) for x in listed or ()] if isinstance(listed, tuple) else []
    named += [file] if isinstance(file, str) and file else []
    if not named:
        return [str(find_pledge_file(None, cwd, dict(env)))]
    if command == "validate":
        return [str(Path(name)) for name in named]
    found: list[str] = []
    for name in named:  # as `cli.status_options.pledge_files`
        path = Path(name)
        if path.is_dir():
            inside = sorted(p for p in path.iterdir()
                            if p.suffix in (".yaml", ".yml") and p.is_file())
            if not inside:
                return None
            found += [str(p) for p in inside]
        else:
            found.append(str(Path(name)))
    return found


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _digest(name: str) -> str | None:
    """SHA-256 of the file's bytes, read as the loader reads them; None when it would not
    read them (not a regular file, too large: the full path says so)."""
    import hashlib
    import stat

    try:
        info = os.stat(name)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
            return None
        with open(name, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    return hashlib.sha256(raw).hexdigest() if len(raw) <= MAX_BYTES else None


def installed_code() -> str:
    """The key of the installed code (see `_installed`), for the snapshots of `io.snapshot`."""
    return _installed()
