"""`pledge remove REF`: take one activity or measurement off, wherever it is in the list.

REF is the reference `pledge events` shows. The lines that go are shown first and asked for
(`--yes` without a terminal); everything else in the file stays byte for byte, and
`pledge undo` puts the item back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.common import (
    CommitOpt,
    DryRunOpt,
    FileOpt,
    LangOpt,
    check_lang,
    h,
    load_valid_or_exit,
    today,
)
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.io.loader import LoadedPledge
    from medborgarlofte.io.writer import Change


def remove(
    ref: Annotated[str, typer.Argument(help=h("correct.arg.ref"), metavar="REF",
                                       show_default=False)],
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("correct.opt.yes"))] = False,
    dry_run: DryRunOpt = False,
    commit: CommitOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Remove an activity or a measurement."""
    from medborgarlofte.cli import correcting, writing
    from medborgarlofte.io.correct import plan_remove

    check_lang(lang)
    loaded, language = load_valid_or_exit(file, lang)
    now = today()
    found = correcting.find_ref_or_exit(ref, loaded, language)

    def planner(current: LoadedPledge) -> Change:
        item = correcting.relocate(current, found.ref)
        return plan_remove(current, item.path, item.index, now)

    change = correcting.apply_or_exit(loaded, planner, now, language, "remove", yes=yes,
                                      dry_run=dry_run, commit=commit)
    if change is None:
        return
    line, _ = correcting.change_lines(change)
    typer.echo(t("correct.removed", language, file=change.path, line=line))
    if commit:
        message = t("correct.commit.remove", language, ref=found.ref,
                    what=correcting.describe(found))
        writing.commit_or_exit(loaded.path, message, language)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("remove", help=h("correct.remove.help"))(remove)
