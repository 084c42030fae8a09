"""`pledge outcome TARGET --status … --reason …`: record a commitment's end state.

The `outcome:` mapping is inserted into the commitment, indented like its other keys; with
`--replace` an existing one gets the new values instead (otherwise it is refused). The
lines are shown as they are written; `pledge undo` takes them back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from medborgarlofte.cli.choices import OUTCOMES, metavar, status_words
from medborgarlofte.cli.common import (
    CommitOpt,
    DryRunOpt,
    FileOpt,
    LangOpt,
    YesOpt,
    h,
)
from medborgarlofte.cli.completion import complete_choices, complete_target_ids
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.io.loader import LoadedPledge
    from medborgarlofte.io.writer import Change

END_STATES = OUTCOMES
OUTCOME_WORDS = status_words(OUTCOMES)
"""What --status takes: the code or its word ('förs vidare' is carried_forward)."""


def outcome(
    target: Annotated[str, typer.Argument(help=h("view.outcome.arg.target"), metavar="TARGET",
                                          show_default=False,
                                          autocompletion=complete_target_ids)],
    status: Annotated[str, typer.Option("--status", help=h("view.outcome.opt.status"),
                                        metavar=metavar(OUTCOME_WORDS), show_default=False,
                                        autocompletion=complete_choices(OUTCOME_WORDS))],
    reason: Annotated[str, typer.Option("--reason", help=h("view.outcome.opt.reason"),
                                        metavar="TEXT", show_default=False)],
    date: Annotated[str | None, typer.Option("--date", "-d", help=h("view.outcome.opt.date"),
                                             metavar="DATE", show_default=False)] = None,
    replace: Annotated[bool, typer.Option("--replace", help=h("view.outcome.opt.replace"))
                       ] = False,
    dry_run: DryRunOpt = False,
    commit: CommitOpt = False,
    yes: YesOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record a commitment's outcome."""
    from medborgarlofte.cli import flow, writing
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.cli.output import say
    from medborgarlofte.cli.values import choose
    from medborgarlofte.io.apply import Replan
    from medborgarlofte.io.correct import plan_add_key, plan_set_nested

    session = flow.open_pledge(file, lang)
    pledge, language, now = session.pledge, session.language, session.today
    found = writing.match_or_exit(target, pledge.targets, language, "log.kind.target")
    status = choose(status, OUTCOME_WORDS, language, "view.outcome.bad_status")
    if not reason.strip():
        usage_error("view.outcome.no_reason", language)
    day = writing.parse_day_or_exit(date, now, language, "--date") if date else now
    exists = pledge.target(found.id).outcome is not None  # type: ignore[union-attr]
    if exists and not replace:
        usage_error("view.outcome.exists", language, id=found.id)
    values: dict[str, Any] = {"status": status, "reason": reason.strip(), "date": day}

    def planner(current: LoadedPledge) -> Change:
        index = _index(current, found.id)
        if exists:
            return plan_set_nested(current, ("targets",), index, "outcome", values, now)
        return plan_add_key(current, ("targets",), index, "outcome", values, now)

    message = t("view.outcome.commit", language, id=found.id, status=status)
    flow.run(session, flow.WritePlan(
        "outcome", Replan(planner), lambda _: message, shown="diff", show_first=True,
        report=lambda change: say(t("view.outcome.written", language, file=change.path,
                                    id=found.id, status=t(f"status.word.{status}", language))),
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))


def _index(loaded: LoadedPledge, target_id: str) -> int:
    from medborgarlofte.io.writer import WriteRefused

    targets = loaded.data.get("targets") if isinstance(loaded.data, dict) else None
    for index, item in enumerate(targets if isinstance(targets, list) else []):
        if isinstance(item, dict) and item.get("id") == target_id:
            return index
    raise WriteRefused("correct.gone", ref=target_id)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("outcome", help=h("view.outcome.help"))(outcome)
