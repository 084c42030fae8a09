"""`pledge extend --to DATE [--reason TEXT] [--decided DATE]`: record an extension in place.

The extension is appended to `pledge.extensions` by the surgical writer (`io.writer`): under
the file's lock, checked by parsing the result again, atomically, and undoable with
`pledge undo`; it takes the steps of every writing command (`cli.flow`). The
pledge's effective end (`pledge.end`) is then the new date.
"""

from __future__ import annotations

import datetime as dt
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
    from medborgarlofte.cli import flow
    from medborgarlofte.cli.output import say
    from medborgarlofte.io.apply import Append

    session = flow.open_pledge(file, lang)
    loaded, pledge, language = session.loaded, session.pledge, session.language
    new_end = parse_date(to, "--to", language)
    if new_end <= pledge.pledge.end:
        usage_error("extend.not_after", language, to=new_end, end=pledge.pledge.end)
    item: dict[str, str | dt.date] = {"to": new_end}
    if decided:
        item["decided"] = parse_date(decided, "--decided", language)
    if reason is not None and reason.strip():
        item["reason"] = reason.strip()
    flow.run(session, flow.WritePlan(
        "extend", Append(("pledge", "extensions"), [item]),
        lambda _: t("extend.commit", language, to=new_end),
        report=lambda change: say(t(
            "extend.written", language, title=pledge.pledge.title,
            start=pledge.pledge.period.start, to=new_end, path=loaded.path,
            line=change.first_line)),
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))
    raise typer.Exit(EXIT_OK)


def parse_date(value: str, option: str, language: str) -> dt.date:
    """A day (cli.values: ISO, idag, igår), or exit 2 naming the option."""
    from medborgarlofte.cli.values import day_or_exit

    return day_or_exit(value, option, language, "extend.bad_date")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("extend", help=h("extend.help"))(extend)
