"""`pledge schema`: print the JSON Schema of the pledge file, generated from the model."""

from __future__ import annotations

import typer

from medborgarlofte.cli.common import h


def schema() -> None:
    """Print the JSON Schema (the repository ships it as pledge.schema.json)."""
    from medborgarlofte.core.schema.jsonschema import pledge_json_schema

    typer.echo(pledge_json_schema(), nl=False)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("schema", help=h("schema.help"))(schema)
