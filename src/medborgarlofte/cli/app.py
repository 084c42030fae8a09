"""The `pledge` command: a Typer app with one module per subcommand, registered here.

Command modules import only typer and the catalogue at module level; everything heavy
(pydantic, yaml, rich tables) is imported inside the command bodies, so `pledge --help` and
shell completion stay fast.
"""

from __future__ import annotations

import importlib

import typer

from medborgarlofte import __version__
from medborgarlofte.cli.common import h

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


def main() -> None:
    """Entry point of the `pledge` console script."""
    app(prog_name="pledge")
