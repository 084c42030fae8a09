"""`pledge targets`: every commitment with its id, owners, goal and whole text."""

from __future__ import annotations

from typing import Annotated

import typer

from medborgarlofte.cli.choices import TARGET_FORMATS, metavar
from medborgarlofte.cli.common import (
    FileOpt,
    LangOpt,
    check_lang,
    h,
    load_valid_or_exit,
    refuse_identity_numbers,
    today,
)
from medborgarlofte.cli.completion import complete_target_format
from medborgarlofte.cli.output import out


def targets(
    output: Annotated[str, typer.Option("--format", help=h("view.targets.format"),
                                        metavar=metavar(TARGET_FORMATS),
                                        show_default=False,
                                        autocompletion=complete_target_format)] = "table",
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """List the commitments."""
    from medborgarlofte.cli.status_options import terminal_width, use_color
    from medborgarlofte.cli.values import choose
    from medborgarlofte.core.progress.compute import compute_progress
    from medborgarlofte.render.meeting import render_targets_markdown, render_targets_table

    check_lang(lang)
    output = choose(output, TARGET_FORMATS, lang, "cli.bad_format")
    loaded, language = load_valid_or_exit(file, lang)
    refuse_identity_numbers(loaded, language)  # what it shows is as public as a report
    assert loaded.pledge is not None
    progress = compute_progress(loaded.pledge, today())
    if output == "markdown":
        out(render_targets_markdown(progress, language))
        return
    out(render_targets_table(progress, language, width=terminal_width(),
                             color=use_color()))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("targets", help=h("view.targets.help"))(targets)
