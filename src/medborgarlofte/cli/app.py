"""The `pledge` command: a Typer app with one module per subcommand, registered here.

Command modules import only typer and the catalogue at module level; everything heavy
(pydantic, yaml, rich tables) is imported inside the command bodies, so `pledge --help` and
shell completion stay fast.
"""

from __future__ import annotations

import copy
import importlib
import os
import sys

import typer

from medborgarlofte import __version__
from medborgarlofte.cli.common import h
from medborgarlofte.cli.completion import fast_completion

COMMANDS = (
    "validate", "log", "undo", "measure", "import_csv", "status", "events", "report",
    "init", "renew", "extend", "schema",
)
"""The subcommands, in the order `--help` lists them; each is `cli/<name>.py` with `register`."""

app = typer.Typer(
    name="pledge",
    help=h("app.help"),
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pledge {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", help=h("opt.version"), callback=_version, is_eager=True
    ),
) -> None:
    """Keep a medborgarlöfte in one YAML file."""


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
    answer = fast_completion(os.environ)  # TAB after `pledge log`: no Typer, no pydantic
    if answer is not None:
        sys.stdout.write(answer + "\n")
        return
    args = sys.argv[1:]
    names = {info.name for info in app.registered_commands}
    if "_PLEDGE_COMPLETE" in os.environ:  # the words are in the environment, not in argv
        app(prog_name="pledge")
    elif args in ([], ["--help"], ["-h"]):
        app_for(None)(prog_name="pledge")
    elif args[0] in names:
        app_for(args[0])(prog_name="pledge")
    else:
        app(prog_name="pledge")
