"""The `pledge` command: a Typer app with one module per subcommand, registered here.

Command modules import only typer and the catalogue at module level; everything heavy
(pydantic, yaml, rich tables) is imported inside the command bodies, so `pledge --help` and
shell completion stay fast.
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import os
import sys
from collections.abc import Iterator
from typing import Annotated

import typer

from medborgarlofte import __version__
from medborgarlofte.cli import chrome
from medborgarlofte.cli.common import (
    EXIT_INTERRUPTED,
    HELP_LANG,
    UNSAID_INTERRUPTS,
    h,
    interrupted_line,
    mark_written,
)
from medborgarlofte.cli.completion import fast_completion
from medborgarlofte.cli.output import err, out
from medborgarlofte.i18n import t

chrome.install(HELP_LANG)

COMMANDS = (
    "validate", "log", "undo", "measure", "import_csv", "status", "events", "report", "site",
    "init", "renew", "extend", "schema",
    "edit", "remove", "targets", "changes", "outcome", "merge_file", "git_setup", "resolve",
)
"""The subcommands, in the order `--help` lists them; each is `cli/<name>.py` with `register`."""

app = typer.Typer(
    name="pledge",
    help=h("app.help"),
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=False,  # our own --install-completion/--show-completion, in the run's language
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        out(f"pledge {__version__}\n")
        raise typer.Exit()


def _install_completion(ctx: typer.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        chrome.install_completion(HELP_LANG)
        raise typer.Exit()


def _show_completion(ctx: typer.Context, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        out(chrome.completion_script(HELP_LANG) + "\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help=h("opt.version"), callback=_version, is_eager=True
    ),
    install_completion: bool = typer.Option(
        False, "--install-completion", help=h("chrome.install_completion"),
        callback=_install_completion, is_eager=True, expose_value=False),
    show_completion: bool = typer.Option(
        False, "--show-completion", help=h("chrome.show_completion"),
        callback=_show_completion, is_eager=True, expose_value=False),
    lang: Annotated[str | None, typer.Option(
        "--lang", hidden=True, show_default=False)] = None,
) -> None:
    """Keep a medborgarlöfte in one YAML file.

    `--lang` is accepted before the command too (`pledge --lang en --help`); the run's
    language was chosen from the whole command line before anything was drawn; the messages
    of the command follow it too (common.ROOT_LANG)."""
    from medborgarlofte.cli import common

    common.ROOT_LANG[:] = [lang] if lang else []


for _name in COMMANDS:
    importlib.import_module(f"medborgarlofte.cli.{_name}").register(app)


def app_for(command: str | None) -> typer.Typer:
    """The app with parameterless stand-ins for every command but `command` (None: all).

    Typer builds every command's parameters before it runs one; that was a tenth of a short
    run, and a run needs one command's (the top-level help none). Tests check that both apps
    print the same help and run the same way."""
    light = copy.copy(app)
    light.registered_commands = [info if info.name == command else copy.copy(info)
                                 for info in app.registered_commands]
    for info in light.registered_commands:
        if info.name != command:
            info.callback = _stand_in
    return light


def _stand_in() -> None:
    """Never runs: it stands for a command that this run does not call."""


def main() -> None:
    """Entry point of the `pledge` console script."""
    from medborgarlofte.cli.output import safe_streams

    safe_streams()
    try:
        os.getcwd()
    except OSError:  # the directory was deleted under the shell: every relative path fails
        from medborgarlofte.cli.common import message_language

        err(f"pledge: {t('safe.no_cwd', message_language(None))}")
        sys.exit(2)
    answer = fast_completion(os.environ)  # TAB after `pledge log`: no Typer, no pydantic
    if answer is not None:
        out(answer + "\n")
        return
    args = sys.argv[1:]
    check_language_choice(args)
    names = {info.name for info in app.registered_commands}
    if "_PLEDGE_COMPLETE" in os.environ:  # the words are in the environment, not in argv
        chosen = app
    elif args in ([], ["--help"], ["-h"]):
        chosen = app_for(None)
    elif args[0] in names:
        chosen = app_for(args[0])
    else:
        chosen = app
    sys.exit(_run(chosen, args))


def check_language_choice(args: list[str]) -> None:
    """One rule for --lang and $PLEDGE_LANG, help included (i18n.choice.language_code): an
    unknown --lang anywhere on the line is refused (exit 2) before anything is drawn; an
    unknown $PLEDGE_LANG is named in one line on stderr, and the rest of the rule decides."""
    from medborgarlofte.cli.common import message_language, usage_error
    from medborgarlofte.i18n.choice import bad_lang_in_args
    from medborgarlofte.text.languages import language_code

    wanted = os.environ.get("PLEDGE_LANG", "")
    if wanted.strip() and language_code(wanted) is None:
        err(f"pledge: {t('cli.bad_pledge_lang', message_language(None), value=wanted)}")
    bad = bad_lang_in_args(args)
    if bad is not None:
        try:
            usage_error("cli.bad_lang", None, value=bad)
        except typer.Exit as stop:
            sys.exit(stop.exit_code)


_STDOUT_ERRORS = frozenset({"EPIPE", "ENOSPC", "EIO", "EFBIG", "EDQUOT", "EBADF"})


def _is_stdout_error(error: OSError) -> bool:
    """An error of writing the output (a full disk behind `> file`, a closed pipe): what the
    commands themselves write to files they handle, so what reaches here is stdout's."""
    import errno

    return errno.errorcode.get(error.errno or 0, "") in _STDOUT_ERRORS


def stdout_failed(error: OSError, language: str) -> int:
    """Say that standard output could not be written (nothing on a closed pipe: `| head`
    wanted no more); exit 1."""
    import errno

    if error.errno != errno.EPIPE:
        from medborgarlofte.i18n import os_reason

        err(t("cli.stdout_failed", language, reason=os_reason(error, language)))
    return 1


def _run(chosen: typer.Typer, args: list[str]) -> int:
    """Run the app; say Click's usage errors in the user's language; the exit code."""
    from medborgarlofte.cli.common import message_language, paused_gc
    from medborgarlofte.cli.output import to_file
    from medborgarlofte.cli.usage import is_usage_error, show_usage_error
    from medborgarlofte.i18n.choice import lang_in_args

    to_file(False)  # a run before this one in the same process (tests) wrote to a file
    mark_written(None)  # … or saved a change

    try:
        with paused_gc(), _counting_interrupts():
            code = chosen(args=args, prog_name="pledge", standalone_mode=False)
    except KeyboardInterrupt:  # Ctrl-C: the convention is 128 + SIGINT
        err(interrupted_line(message_language(lang_in_args(args))))
        return EXIT_INTERRUPTED
    except Exception as error:  # Click's own errors, recognised without importing click
        language = message_language(lang_in_args(args))
        if is_usage_error(error) and type(error).__name__ != "NoArgsIsHelpError":
            names = {info.name for info in app.registered_commands}
            command = f"pledge {args[0]}" if args and args[0] in names else "pledge"
            return show_usage_error(error, language, command)
        if type(error).__name__ == "Abort":  # Ctrl-C or end of input at a prompt
            UNSAID_INTERRUPTS.clear()
            err(interrupted_line(language))
            return EXIT_INTERRUPTED
        if isinstance(error, OSError) and _is_stdout_error(error):
            return stdout_failed(error, language)
        if hasattr(error, "exit_code"):  # as Typer shows it in standalone mode
            from typer import rich_utils

            rich_utils.rich_format_error(error)  # type: ignore[arg-type]
            return int(error.exit_code)
        raise
    if code == EXIT_INTERRUPTED and UNSAID_INTERRUPTS:  # Typer turned Ctrl-C into a bare 130
        err(interrupted_line(message_language(lang_in_args(args))))
    return code if isinstance(code, int) else 0


@contextlib.contextmanager
def _counting_interrupts() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt as always, and is counted in UNSAID_INTERRUPTS: Typer
    ends a command interrupted outside a prompt with exit 130 and no word, and the count
    tells `_run` to say it (a command that says it itself clears the count, in `fail`)."""
    import signal

    UNSAID_INTERRUPTS.clear()

    def interrupted(signum: int, frame: object) -> None:
        UNSAID_INTERRUPTS.append(signum)
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGINT, interrupted)
    except ValueError:  # not the main thread: Python's own handler stays
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None
                      else signal.default_int_handler)
