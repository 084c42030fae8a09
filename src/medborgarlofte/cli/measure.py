"""`pledge measure INDICATOR VALUE`: add a measurement to an effect goal's indicator."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.common import (
    CommitOpt,
    DryRunOpt,
    FileOpt,
    LangOpt,
    YesOpt,
    h,
)
from medborgarlofte.cli.completion import complete_indicator_ids
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    import datetime as dt

    from medborgarlofte.core.schema.model import Pledge
    from medborgarlofte.io.writer import Change


def measure(
    indicator: Annotated[str, typer.Argument(help=h("log.measure.arg.indicator"),
                                             metavar="INDICATOR", show_default=False,
                                             autocompletion=complete_indicator_ids)],
    value: Annotated[str, typer.Argument(help=h("log.measure.arg.value"), metavar="VALUE",
                                         show_default=False)],
    date: Annotated[str | None, typer.Option("--date", "-d", help=h("log.opt.date"),
                                             metavar="DATE", show_default=False)] = None,
    source: Annotated[str | None, typer.Option("--source", "-s", help=h("log.measure.opt.source"),
                                               metavar="TEXT", show_default=False)] = None,
    note: Annotated[str | None, typer.Option("--note", "-m", help=h("log.measure.opt.note"),
                                             metavar="TEXT", show_default=False)] = None,
    dry_run: DryRunOpt = False,
    commit: CommitOpt = False,
    yes: YesOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record a measured value of an indicator."""
    from medborgarlofte.cli import flow, writing
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.core.entries.records import measurement_item, parse_measure
    from medborgarlofte.io.apply import Append

    session = flow.open_pledge(file, lang)
    pledge, language, now = session.pledge, session.language, session.today
    found = writing.match_or_exit(indicator, pledge.indicators, language, "log.kind.indicator")
    index = [i.id for i in pledge.indicators].index(found.id)
    number = parse_measure(value)
    if number is None:
        usage_error("log.measure.bad_value", language, value=value)
    day = writing.parse_day_or_exit(date, now, language, "--date") if date is not None else now
    item = measurement_item(date=day, value=number, source=source, note=note)
    message = t("log.commit.measure", language, indicator=found.id, value=value,
                date=day.isoformat())
    flow.run(session, flow.WritePlan(
        "measure", Append(("indicators", index, "measurements"), [item]), lambda _: message,
        report=lambda change: _written(change, found.id, now, language),
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))


def _written(change: Change, indicator_id: str, now: dt.date, lang: str) -> None:
    from medborgarlofte.cli.output import say

    say(t("log.measure.written", lang, file=change.path, line=change.first_line))
    _indicator_line(change.pledge, indicator_id, now, lang)


def _indicator_line(pledge: Pledge, indicator_id: str, now: dt.date, lang: str) -> None:
    from medborgarlofte.cli.output import say
    from medborgarlofte.core.progress.indicator import compute_indicator_progress
    from medborgarlofte.render.log_lines import indicator_line

    for indicator in pledge.indicators:
        if indicator.id == indicator_id:
            say(indicator_line(compute_indicator_progress(indicator, now), lang))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("measure", help=h("log.measure.help"))(measure)
