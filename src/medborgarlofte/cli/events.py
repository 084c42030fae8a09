"""`pledge events [FILE|DIR ...]`: the activity log, newest first, with the status filters."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.common import FileOpt, LangOpt, check_lang, h, today, usage_error
from medborgarlofte.cli.status_options import (
    AsOfOpt,
    Filters,
    FormatOpt,
    FromOpt,
    OutputFileOpt,
    PartyOpt,
    PathsArg,
    PriorityOpt,
    StatusOpt,
    TargetOpt,
    ToOpt,
    as_of_day,
    check_filters,
    csv_dialect,
    deliver,
    load_all,
    parse_day,
    pledge_files,
    prepare_output_file,
    terminal_width,
    use_color,
    view_format,
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
    output: FormatOpt = None,
    output_file: OutputFileOpt = None,
    measurements: Annotated[bool, typer.Option("--measurements",
                                               help=h("view.opt.measurements"))] = False,
    lang: LangOpt = None,
) -> None:
    """Show the activity log, newest first."""
    given = dict(locals())  # the command line as Typer gave it: the cache key
    check_lang(lang)
    prepare_output_file(output_file)
    output = view_format(output, output_file, lang)
    if measurements:
        if output != "table":  # the measurements are listed as a table only
            usage_error("view.measurements_table", lang, format=output)
        _measurements(file, lang, given, output_file)
        return
    first, last = parse_day("--from", start, lang), parse_day("--to", end, lang)
    if first and last and first > last:
        usage_error("status.from_after_to", lang, start=first.isoformat(), end=last.isoformat())
    day = as_of_day(as_of, lang)
    files = pledge_files(paths, file, lang)
    loaded, language = load_all(files, lang, keep_data=True)
    pledges = [x.pledge for x in loaded if x.pledge is not None]
    filters = check_filters(pledges, language, party, priority, target, status)
    items = _selected(loaded, pledges, filters, day, first, last)
    text = _rendered(items, language, output, _refs(loaded))
    deliver("events", given, text, output, output_file, loaded,
            day if as_of is None else today(), language)


def _measurements(file: str | None, lang: str | None, given: dict[str, object],
                  output_file: str | None = None) -> None:
    """Every measurement with its reference (for `pledge edit` and `pledge remove`)."""
    from medborgarlofte.cli.changes import measurement_keys
    from medborgarlofte.cli.common import load_valid_or_exit, refuse_identity_numbers
    from medborgarlofte.render.meeting import render_measurements

    loaded, language = load_valid_or_exit(file, lang)
    refuse_identity_numbers(loaded, language)
    assert loaded.pledge is not None
    refs = measurement_keys(loaded)
    rows = [(refs.get((i.id, n), ""), i.id, m) for i in loaded.pledge.indicators
            for n, m in enumerate(i.measurements)]
    text = render_measurements(rows, language)
    deliver("events", given, text, "table", output_file, [loaded], today(), language)


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


def _refs(loaded: list[LoadedPledge]) -> list[list[str]]:
    """Each valid file's event references (`pledge edit REF`, `pledge remove REF`)."""
    from medborgarlofte.core.entries.refs import event_refs

    return [[r.ref for r in event_refs(x.data)] for x in loaded if x.pledge is not None]


def _rendered(items: list[EventsItem], lang: str, output: str, refs: list[list[str]]) -> str:
    from medborgarlofte.render import events as render

    if output == "json":
        return render.render_events_json(items, lang, refs)
    if output in ("csv", "csv-machine"):
        dialect = csv_dialect(output)
        if dialect == "people":  # 'ref-7e4991': text to a spreadsheet (core.entries.refs)
            from medborgarlofte.core.entries.refs import sheet_ref

            refs = [[sheet_ref(r) for r in file_refs] for file_refs in refs]
        return render.render_events_csv(items, lang, dialect, refs)
    if output == "markdown":
        return render.render_events_markdown(items, lang, refs)
    return render.render_events_table(items, lang, width=terminal_width(), color=use_color(),
                                      refs=refs)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("events", help=h("status.events.help"))(events)
