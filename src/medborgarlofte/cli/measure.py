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
    check_lang,
    h,
    load_valid_or_exit,
    today,
)
from medborgarlofte.cli.completion import complete_indicator_ids
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    import datetime as dt

    from medborgarlofte.core.schema.model import Pledge


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
    from medborgarlofte.cli import writing
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.core.entries.records import measurement_item, parse_measure
    from medborgarlofte.io.writer import append_items, plan_append_change

    check_lang(lang)
    loaded, language = load_valid_or_exit(file, lang)
    pledge = loaded.pledge
    assert pledge is not None
    now = today()
    found = writing.match_or_exit(indicator, pledge.indicators, language, "log.kind.indicator")
    index = [i.id for i in pledge.indicators].index(found.id)
    number = parse_measure(value)
    if number is None:
        usage_error("log.measure.bad_value", language, value=value)
    day = writing.parse_day_or_exit(date, now, language, "--date") if date else now
    item = measurement_item(date=day, value=number, source=source, note=note)
    path = ("indicators", index, "measurements")
    if dry_run:
        planned = writing.run_writer(lambda: plan_append_change(loaded, path, [item], now),
                                     language)
        writing.show_added(planned, language)
        return
    if commit:
        writing.ensure_git_or_exit(loaded.path, language)
    change = writing.run_writer(
        lambda: append_items(loaded.path, path, [item], now, snapshot=loaded,
                             command="measure"), language)
    writing.show_warnings(change, language)
    typer.echo(t("log.measure.written", language, file=change.path, line=change.first_line))
    _indicator_line(change.pledge, found.id, now, language)
    if commit:
        message = t("log.commit.measure", language, indicator=found.id, value=value,
                    date=day.isoformat())
        writing.commit_or_exit(loaded.path, message, language)


def _indicator_line(pledge: Pledge, indicator_id: str, now: dt.date, lang: str) -> None:
    from medborgarlofte.core.progress.indicator import compute_indicator_progress
    from medborgarlofte.render.log_lines import indicator_line

    for indicator in pledge.indicators:
        if indicator.id == indicator_id:
            typer.echo(indicator_line(compute_indicator_progress(indicator, now), lang))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("measure", help=h("log.measure.help"))(measure)
