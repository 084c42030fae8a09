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
    CommitOpt,
    DryRunOpt,
    FileOpt,
    LangOpt,
    YesOpt,
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
    dry_run: DryRunOpt = False,
    commit: CommitOpt = False,
    yes: YesOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record an extension of the pledge period."""
    from medborgarlofte.cli.writing import (
        commit_or_exit,
        ensure_git_or_exit,
        run_writer,
        show_added,
        show_warnings,
    )
    from medborgarlofte.io.writer import append_items, plan_append_change

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
    if dry_run:
        show_added(run_writer(lambda: plan_append_change(
            loaded, ("pledge", "extensions"), [item], today()), language), language)
        raise typer.Exit(EXIT_OK)
    if commit:
        ensure_git_or_exit(loaded.path, language)
    change = run_writer(lambda: append_items(loaded.path, ("pledge", "extensions"), [item],
                                             today(), snapshot=loaded, command="extend"),
                        language)
    show_warnings(change, language)
    sys.stdout.write(t("extend.written", language, title=pledge.pledge.title,
                       start=pledge.pledge.period.start, to=new_end, path=loaded.path,
                       line=change.first_line) + "\n")
    if commit:
        commit_or_exit(loaded.path, t("extend.commit", language, to=new_end), language)
    raise typer.Exit(EXIT_OK)


def parse_date(value: str, option: str, language: str) -> dt.date:
    """A day (cli.values: ISO, idag, igår), or exit 2 naming the option."""
    from medborgarlofte.cli.values import day_or_exit

    return day_or_exit(value, option, language, "extend.bad_date")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("extend", help=h("extend.help"))(extend)
