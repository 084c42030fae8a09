"""The floor for `pledge --help` and for completion: a minimal Typer app in the same help
style (Rich markup, -h/--help, --version, shell completion options, the same twelve commands
with one-line help each) that imports neither pydantic nor yaml.

    python benchmarks/floor_app.py --help
"""

from __future__ import annotations

import typer

COMMANDS = {
    "validate": "Check pledge files: schema, references, dates and personal data.",
    "log": "Record an activity at the end of the event log.",
    "undo": "Remove what pledge log (or import, measure) added last.",
    "measure": "Add a measured value to an indicator (an effect goal).",
    "import": "Add many activities from a CSV file (e.g. saved from Excel).",
    "status": "Show where every commitment stands: met, on track, behind, missed.",
    "events": "Show the activity log, newest first.",
    "report": "Produce a follow-up report for citizens: HTML, Markdown, CSV or XLSX.",
    "init": "Create a new pledge file: empty and commented, or drafted from a text.",
    "renew": "Write next period's pledge from this one.",
    "extend": "Extend the pledge period.",
    "schema": "Print the file format's JSON Schema.",
}

app = typer.Typer(
    name="floor",
    help="Keep a medborgarlöfte (citizen promise) in one YAML file.",
    no_args_is_help=True,
    rich_markup_mode="rich",
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo("floor 0")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", help="Show the version and exit.",
                                 callback=_version, is_eager=True),
) -> None:
    """Keep a medborgarlöfte in one YAML file."""


def _command(name: str, text: str) -> None:
    def run(file: str | None = typer.Option(None, "--file", "-f", help="The pledge file.")
            ) -> None:
        typer.echo(name)

    app.command(name, help=text)(run)


for _name, _text in COMMANDS.items():
    _command(_name, _text)


if __name__ == "__main__":
    app(prog_name="floor")
