"""`pledge extend --to DATE [--reason TEXT] [--decided DATE]`: record an extension in place.

The extension is appended to `pledge.extensions` by the surgical writer (`io.writer`): under
the file's lock, checked by parsing the result again, atomically, and undoable with
`pledge undo`; refusals are reported as for every writing command (`cli.writing`). The
pledge's effective end (`pledge.end`) is then the new date.
"""

from __future__ import annotations

import datetime as dt
import sys
from typing import Annotated

import typer

from medborgarlofte.cli.common import (
    EXIT_OK,
    FileOpt,
    LangOpt,
    h,
    load_valid_or_exit,
    today,
    usage_error,
)
from medborgarlofte.i18n import t


def extend(
    to: Annotated[str, typer.Option("--to", help=h("extend.opt.to"), metavar="YYYY-MM-DD",
                                    show_default=False)],
    reason: Annotated[str | None, typer.Option(
        "--reason", help=h("extend.opt.reason"), show_default=False)] = None,
    decided: Annotated[str | None, typer.Option(
        "--decided", help=h("extend.opt.decided"), metavar="YYYY-MM-DD",
        show_default=False)] = None,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record an extension of the pledge period."""
    from medborgarlofte.cli.writing import run_writer, show_warnings
    from medborgarlofte.io.writer import append_items

    loaded, language = load_valid_or_exit(file, lang)
    pledge = loaded.pledge
    assert pledge is not None
    new_end = parse_date(to, "--to", language)
    if new_end <= pledge.pledge.end:
        usage_error("extend.not_after", language, to=new_end, end=pledge.pledge.end)
    item: dict[str, str | dt.date] = {"to": new_end}
    if decided:
        item["decided"] = parse_date(decided, "--decided", language)
    if reason is not None and reason.strip():
        item["reason"] = reason.strip()
    change = run_writer(lambda: append_items(loaded.path, ("pledge", "extensions"), [item],
                                             today(), snapshot=loaded, command="extend"),
                        language)
    show_warnings(change, language)
    sys.stdout.write(t("extend.written", language, title=pledge.pledge.title,
                       start=pledge.pledge.period.start, to=new_end, path=loaded.path,
                       line=change.first_line) + "\n")
    from medborgarlofte.cli.refresh import refresh_answers

    refresh_answers(change)
    raise typer.Exit(EXIT_OK)


def parse_date(value: str, option: str, language: str) -> dt.date:
    """An ISO date (YYYY-MM-DD), or exit 2 naming the option."""
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        usage_error("extend.bad_date", language, option=option, value=value)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("extend", help=h("extend.help"))(extend)
