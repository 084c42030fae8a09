"""`pledge events [FILE|DIR ...]`: the activity log, newest first, with the status filters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import typer

from medborgarlofte.cli.common import FileOpt, LangOpt, check_lang, h, today, usage_error
from medborgarlofte.cli.status_options import (
    AsOfOpt,
    Filters,
    FormatOpt,
    FromOpt,
    PartyOpt,
    PathsArg,
    PriorityOpt,
    StatusOpt,
    TargetOpt,
    ToOpt,
    as_of_day,
    check_filters,
    check_format,
    load_all,
    parse_day,
    pledge_files,
    terminal_width,
    use_color,
)

if TYPE_CHECKING:
    from medborgarlofte.core.schema.model import Pledge
    from medborgarlofte.io.loader import LoadedPledge
    from medborgarlofte.render.events import EventsItem


def events(
    paths: PathsArg = None,
    file: FileOpt = None,
    start: FromOpt = None,
    end: ToOpt = None,
    as_of: AsOfOpt = None,
    party: PartyOpt = None,
    priority: PriorityOpt = None,
    target: TargetOpt = None,
    status: StatusOpt = None,
    output: FormatOpt = "table",
    lang: LangOpt = None,
) -> None:
    """Show the activity log, newest first."""
    check_lang(lang)
    check_format(output, lang)
    first, last = parse_day("--from", start, lang), parse_day("--to", end, lang)
    if first and last and first > last:
        usage_error("status.from_after_to", lang, start=first.isoformat(), end=last.isoformat())
    day = as_of_day(as_of, lang)
    files = pledge_files(paths, file, lang)
    loaded, language = load_all(files, lang)
    pledges = [x.pledge for x in loaded if x.pledge is not None]
    filters = check_filters(pledges, language, party, priority, target, status)
    items = _selected(loaded, pledges, filters, day, first, last)
    text = _rendered(items, language, output)
    typer.echo(text, nl=False)
    from medborgarlofte.fast.memo import remember

    remember("events", {"paths": paths, "file": file, "start": start, "end": end,
                        "as_of": as_of, "party": party, "priority": priority,
                        "target": target, "status": status, "output": output, "lang": lang},
             [(x.path, x.digest) for x in loaded], day if as_of is None else today(), text)


def _selected(loaded: list[LoadedPledge], pledges: list[Pledge], filters: Filters,
              day: dt.date, first: dt.date | None,
              last: dt.date | None) -> list[EventsItem]:
    """(file, progress, chosen events) per pledge."""
    from medborgarlofte.core.progress.activity import select_events
    from medborgarlofte.core.progress.compute import compute_progress

    items: list[EventsItem] = []
    for source, pledge in zip(loaded, pledges, strict=True):
        progress = compute_progress(pledge, day)
        chosen = select_events(pledge, progress, parties=filters.parties,
                               priorities=filters.priorities, targets=filters.targets,
                               statuses=filters.statuses, start=first, end=last)
        items.append((str(source.path), progress, chosen))
    return items


def _rendered(items: list[EventsItem], lang: str, output: str) -> str:
    from medborgarlofte.render import events as render

    if output == "json":
        return render.render_events_json(items, lang)
    if output == "csv":
        return render.render_events_csv(items)
    if output == "markdown":
        return render.render_events_markdown(items, lang)
    return render.render_events_table(items, lang, width=terminal_width(), color=use_color())


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("events", help=h("status.events.help"))(events)
