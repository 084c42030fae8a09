"""`pledge schema [-o FILE]`: the JSON Schema of the pledge file, as shipped in the package.

The schema is generated from the model (core.schema.jsonschema) and shipped as package data
(`medborgarlofte/pledge.schema.json`; a test keeps it current), so printing it needs neither
pydantic nor the repository. `-o` writes it where an editor's settings or a modeline can
point to it (docs/editors.md).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from medborgarlofte.cli.common import LangOpt, check_lang, h, message_language, usage_error
from medborgarlofte.cli.output import out
from medborgarlofte.i18n import os_reason, t


def shipped_schema() -> str:
    """The schema text shipped with the package."""
    return resources.files("medborgarlofte").joinpath("pledge.schema.json").read_text("utf-8")


def schema(
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help=h("schema.opt.output"), metavar="FILE",
        show_default=False)] = None,
    lang: LangOpt = None,
) -> None:
    """Print the JSON Schema, or write it to a file."""
    language = message_language(check_lang(lang))
    text = shipped_schema()
    if output is None or output == "-":
        out(text)
        return
    target = Path(output)
    if target.is_symlink() or target.is_dir():
        usage_error("schema.not_a_file", language, path=output)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # .vscode/ in a fresh repository
        target.write_text(text, encoding="utf-8", newline="\n")
    except OSError as err:
        usage_error("report.write_failed", language, path=output,
                    detail=os_reason(err, language))
    out(t("schema.written", language, path=output) + "\n")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("schema", help=h("schema.help"))(schema)
