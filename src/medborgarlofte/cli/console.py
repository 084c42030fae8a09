"""The `pledge` console script: the stored answer when there is one, else the Typer app;
then a quick exit.

Imports neither Typer nor anything heavy until it knows it needs them. After the command,
standard output and error are flushed and the process ends with `os._exit`: the work is
done, files are closed and locks released by the commands' own `with` blocks, and what is
left (collecting and freeing every object of a large pledge, the interpreter's teardown)
was a fifth of a short run. Only this entry point exits so: `cli.app.main` (used by tests
and by `python -c`) raises SystemExit as before.
"""

from __future__ import annotations

import contextlib
import os
import sys


def console() -> None:
    """Entry point of the `pledge` console script."""
    for name in ("stdout", "stderr"):  # closed by the shell (`>&-`): written to nowhere
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    try:
        try:
            code = _answered()
        except OSError as error:  # the stored answer could not be written: say so
            _leave(_unwritten(error))
            return
        if code is None:
            code = _ran()
    except KeyboardInterrupt:  # Ctrl-C before the app's own boundary (while importing)
        code = _interrupted()
    _leave(code)


def _interrupted() -> int:
    """Say that the run was interrupted, as the app does; 130 (128 + SIGINT)."""
    try:
        from medborgarlofte.cli.common import interrupted_line, message_language
        from medborgarlofte.i18n.choice import lang_in_args

        text = interrupted_line(message_language(lang_in_args(sys.argv[1:])))
    except BaseException:  # noqa: BLE001 -- interrupted again, or while importing these
        text = "\npledge: avbrutet / interrupted"
    with contextlib.suppress(OSError, ValueError):
        sys.stderr.write(text + "\n")
    return 130


def _answered() -> int | None:
    from medborgarlofte.fast.grammar import COMMANDS

    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        return None  # --help, completion, the writing commands: Typer's
    from medborgarlofte.fast.memo import answer

    return answer(sys.argv[1:], os.environ)


def _ran() -> int:
    from medborgarlofte.cli.app import main

    try:
        main()
    except SystemExit as done:
        return _code(done.code)
    except OSError as error:  # stdout failed outside the app's own boundary
        from medborgarlofte.cli.app import _is_stdout_error

        if not _is_stdout_error(error):
            raise
        return _unwritten(error)
    return 0


def _code(code: object) -> int:
    """The exit status Python gives for SystemExit(code)."""
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    sys.stderr.write(f"{code}\n")
    return 1


def _leave(code: int) -> None:
    """Flush what was written and end the process with `code` (120 when output could not be
    written, as Python's own exit does)."""
    try:
        sys.stdout.flush()
    except OSError as error:  # a full disk behind `> file`: said, not a traceback
        code = _unwritten(error)
    except ValueError:
        code = code or 120
    try:
        sys.stderr.flush()
    except (OSError, ValueError):
        code = code or 120
    os._exit(code)


def _unwritten(error: OSError) -> int:
    from medborgarlofte.cli.app import stdout_failed
    from medborgarlofte.cli.common import message_language
    from medborgarlofte.i18n.choice import lang_in_args

    try:
        return stdout_failed(error, message_language(lang_in_args(sys.argv[1:])))
    except (OSError, ValueError):
        return 120
