"""`pledge undo`: take off what the last `pledge log` (or `import`, `measure`) added.

It shows what would be removed and asks (`--yes` skips the question; without a terminal it
must be given). It refuses, saying why, when the file no longer ends with what was added.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.common import (
    CommitOpt,
    FileOpt,
    LangOpt,
    check_lang,
    h,
    load_valid_or_exit,
    today,
)
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.io.writer import Change


def undo(
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("log.opt.yes"))] = False,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=h("log.undo.opt.dry_run"))] = False,
    commit: CommitOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Remove the most recently added activity."""
    from medborgarlofte.cli import writing
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.io.undo import plan_undo, read_record, undo_last

    check_lang(lang)
    loaded, language = load_valid_or_exit(file, lang)
    now = today()
    record = writing.run_writer(lambda: read_record(loaded.path), language)
    plan = writing.run_writer(lambda: plan_undo(loaded, record, now), language)
    restores = record is not None and "restores" in record  # an edit, removal or outcome
    if restores:
        from medborgarlofte.cli.correcting import show_change

        show_change(plan.change, language, "undo", dry_run)
    else:
        _show(plan.change, plan.command, language)
    if dry_run:
        return
    if commit:
        writing.ensure_git_or_exit(loaded.path, language)
    if not yes:
        if not writing.stdin_is_terminal():
            usage_error("log.undo.need_yes", language)
        writing.confirm_or_exit("log.undo.ask", language, default=False)
    change = writing.run_writer(
        lambda: undo_last(loaded.path, now, plan.file_sha256, snapshot=loaded), language)
    typer.echo(t("correct.undone" if restores else "log.undo.done", language,
                 file=change.path, count=len(change.items), command=plan.command))
    _progress(change, now, language)
    if commit:
        writing.commit_or_exit(loaded.path, _message(change, plan.command, language), language)


def _show(change: Change, command: str, lang: str) -> None:
    spans = [s for s in change.edit.spans if s.old]
    text = change.before.text or ""
    line = text.count("\n", 0, spans[0].start) + 1 if spans else 1
    sys.stderr.write(t("log.undo.show", lang, file=change.path, line=line, command=command)
                     + "\n")
    sys.stdout.write("".join(s.old for s in spans))


def _progress(change: Change, now: object, lang: str) -> None:
    from medborgarlofte.core.progress.compute import compute_progress
    from medborgarlofte.render.log_lines import progress_lines

    if change.list_path != ("events",):
        return
    ids: list[str] = []
    for item in change.items:
        target = item.get("target") if isinstance(item, dict) else None
        ids += target if isinstance(target, list) else [str(target)]
    progress = compute_progress(change.pledge, now)  # type: ignore[arg-type]
    before = compute_progress(change.before.pledge, now) if change.before.pledge else None  # type: ignore[arg-type]
    for line in progress_lines(progress, list(dict.fromkeys(ids)), lang, before):
        typer.echo(line)


def _message(change: Change, command: str, lang: str) -> str:
    return t("log.commit.undo", lang, command=command, count=len(change.items))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("undo", help=h("log.undo.help"))(undo)
