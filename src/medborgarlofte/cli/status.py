"""`pledge status [FILE|DIR ...]`: where every commitment stands, for the follow-up meeting.

One pledge: a table per owner (or priority), the summary line and the effect goals. Several
pledges (files or a directory): one summary row per pledge and the totals.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Annotated, Literal, cast

import typer

from medborgarlofte.cli.choices import BY, metavar
from medborgarlofte.cli.common import FileOpt, LangOpt, check_lang, h, today
from medborgarlofte.cli.completion import complete_group_by
from medborgarlofte.cli.status_options import (
    AsOfOpt,
    FormatOpt,
    OutputFileOpt,
    PartyOpt,
    PathsArg,
    PriorityOpt,
    StatusOpt,
    TargetOpt,
    as_of_day,
    check_filters,
    csv_dialect,
    deliver,
    load_all,
    pledge_files,
    prepare_output_file,
    terminal_width,
    use_color,
    view_format,
)

if TYPE_CHECKING:
    from medborgarlofte.core.progress.types import PledgeProgress

GroupBy = Literal["owner", "priority"]
GROUPINGS = ("owner", "priority")


def status(
    paths: PathsArg = None,
    file: FileOpt = None,
    as_of: AsOfOpt = None,
    party: PartyOpt = None,
    priority: PriorityOpt = None,
    target: TargetOpt = None,
    status: StatusOpt = None,
    by: Annotated[str, typer.Option("--group-by", help=h("status.opt.by"),
                                    metavar=metavar(BY), show_default=False,
                                    autocompletion=complete_group_by)] = "owner",
    old_by: Annotated[str | None, typer.Option("--by", hidden=True)] = None,
    output: FormatOpt = None,
    output_file: OutputFileOpt = None,
    short: Annotated[bool, typer.Option("--short", help=h("view.opt.short"))] = False,
    lang: LangOpt = None,
) -> None:
    """Show where every commitment stands: done, on track, behind, missed."""
    given = dict(locals())  # the command line as Typer gave it: the cache key
    check_lang(lang)
    output = view_format(output, output_file, lang)
    prepare_output_file(output_file)
    # --by: the name before --group-by (docs/grammar.md); the message names the one typed
    by = _grouping(old_by or by, lang, "--by" if old_by else "--group-by")
    day = as_of_day(as_of, lang)
    files = pledge_files(paths, file, lang)

    from medborgarlofte.core.progress.compute import compute_progress, filter_progress

    if party or priority or target or status:  # checked against every pledge: all loaded
        loaded, language = load_all(files, lang)
        pledges = [x.pledge for x in loaded if x.pledge is not None]
        filters = check_filters(pledges, language, party, priority, target, status)
        items = [
            (str(x.path), filter_progress(
                compute_progress(p, day), parties=filters.parties,
                priorities=filters.priorities, targets=filters.targets,
                statuses=filters.statuses))
            for x, p in zip(loaded, pledges, strict=True)
        ]
    else:  # no filter: each file's progress as it is read, one model held at a time
        loaded, items, languages = [], [], []
        for name in files:
            (one,), language = load_all([name], lang)
            assert one.pledge is not None  # load_all exits otherwise
            progress = filter_progress(compute_progress(one.pledge, day))
            if len(files) > 1:  # no view of several pledges shows activities: let them go
                progress = replace(progress, targets=tuple(
                    replace(t, activities=()) for t in progress.targets))
            items.append((str(one.path), progress))
            one.pledge = None
            loaded.append(one)
            languages.append(language)
        language = languages[0]
    text = _rendered(items, language, output, cast(GroupBy, by), short)
    deliver("status", given, text, output, output_file, loaded,
            day if as_of is None else today(), language)


def _grouping(value: str, lang: str | None, option: str = "--group-by") -> str:
    """The --by code (`ägare` is `owner`), or exit 2."""
    from medborgarlofte.cli.choices import BY
    from medborgarlofte.cli.values import choose

    return choose(value, BY, lang, "status.bad_by", option=option)


def _rendered(items: list[tuple[str, PledgeProgress]], lang: str, output: str,
              by: GroupBy, short: bool = False) -> str:
    """The chosen view; only the renderer it needs is imported (status stays quick)."""
    if output in ("json", "csv", "csv-machine") or (output == "markdown" and len(items) == 1):
        from medborgarlofte.render import status_formats

        if output == "json":
            return status_formats.render_status_json(items, lang)
        if output in ("csv", "csv-machine") and len(items) == 1:
            return status_formats.render_status_csv(items, lang, csv_dialect(output))
        if output == "markdown":
            return status_formats.render_status_markdown(items[0][1], lang, by)
    if len(items) > 1:
        from medborgarlofte.render import rollup

        if output == "markdown":
            return rollup.render_rollup_markdown(items, lang)
        if output in ("csv", "csv-machine"):
            return rollup.render_rollup_csv(items, lang, csv_dialect(output))
        return rollup.render_rollup_table(items, lang, width=terminal_width(),
                                          color=use_color())
    from medborgarlofte.render.status import render_status_table

    return render_status_table(items[0][1], lang, width=terminal_width(), by=by,
                               color=use_color(), short=short)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("status", help=h("status.help"))(status)
