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
    h,
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
    from medborgarlofte.cli import correcting, flow
    from medborgarlofte.io.apply import Replan
    from medborgarlofte.io.correct import plan_remove

    session = flow.open_pledge(file, lang)
    loaded, language, now = session.loaded, session.language, session.today
    found = correcting.find_ref_or_exit(ref, loaded, language)

    def planner(current: LoadedPledge) -> Change:
        item = correcting.relocate(current, found.ref)
        return plan_remove(current, item.path, item.index, now)

    message = t("correct.commit.remove", language, ref=found.ref,
                what=correcting.describe(found))
    flow.run(session, flow.WritePlan(
        "remove", Replan(planner), lambda _: message,
        report=lambda change: _removed(change, language),
        shown="diff", show_first=True, ask=correcting.ASK,
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))


def _removed(change: Change, lang: str) -> None:
    from medborgarlofte.cli.flow import change_lines
    from medborgarlofte.cli.output import say

    line, _ = change_lines(change)
    say(t("correct.removed", lang, file=change.path, line=line))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("remove", help=h("correct.remove.help"))(remove)
