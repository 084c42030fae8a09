"""`pledge undo`: take off what the last `pledge log` (or `import`, `measure`) added.

It shows what would be removed and asks (`--yes` skips the question; without a terminal it
must be given). It refuses, saying why, when the file no longer ends with what was added.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.common import (
    CommitOpt,
    FileOpt,
    LangOpt,
    h,
)
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    import datetime as dt

    from medborgarlofte.io.writer import Change


def undo(
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("log.opt.yes"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=h("log.undo.opt.dry_run"))] = False,
    commit: CommitOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Remove the most recently added activity."""
    from medborgarlofte.cli import flow, writing
    from medborgarlofte.io.apply import Undo
    from medborgarlofte.io.undo import plan_undo, read_record

    session = flow.open_pledge(file, lang)
    loaded, language, now = session.loaded, session.language, session.today
    record = writing.run_writer(lambda: read_record(loaded.path), language)
    plan = writing.run_writer(lambda: plan_undo(loaded, record, now), language)
    restores = record is not None and "restores" in record  # an edit, removal or outcome
    flow.run(session, flow.WritePlan(
        "undo", Undo(plan.file_sha256), lambda change: _message(change, plan.command, language),
        report=lambda change: _done(change, plan.command, restores, now, language),
        shown="diff" if restores else "removed", show_first=True, planned=plan.change,
        ask=flow.Question("log.undo.ask", default=False, need_yes="log.undo.need_yes"),
        warn=False, shown_as=None if restores else plan.command,
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))


def _done(change: Change, command: str, restores: bool, now: dt.date, lang: str) -> None:
    from medborgarlofte.cli.output import say

    say(t("correct.undone" if restores else "log.undo.done", lang, file=change.path,
          count=len(change.items), command=command))
    _progress(change, now, lang)


def _progress(change: Change, now: dt.date, lang: str) -> None:
    from medborgarlofte.cli.output import say
    from medborgarlofte.core.progress.compute import compute_progress
    from medborgarlofte.render.log_lines import progress_lines

    if change.list_path != ("events",):
        return
    ids: list[str] = []
    for item in change.items:
        target = item.get("target") if isinstance(item, dict) else None
        ids += target if isinstance(target, list) else [str(target)]
    progress = compute_progress(change.pledge, now)
    before = compute_progress(change.before.pledge, now) if change.before.pledge else None
    for line in progress_lines(progress, list(dict.fromkeys(ids)), lang, before):
        say(line)


def _message(change: Change, command: str, lang: str) -> str:
    return t("log.commit.undo", lang, command=command, count=len(change.items))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("undo", help=h("log.undo.help"))(undo)
