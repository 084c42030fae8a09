"""`pledge report`: the follow-up report for citizens as HTML, Markdown, CSV or XLSX.

Options -> load (a file with any error, personal identity numbers included, gives no
report: exit 1) -> the report window (core.periods) -> the report content
(render.report_model) -> one format -> standard output or `-o FILE`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.choices import REPORT_FORMATS, metavar
from medborgarlofte.cli.common import (
    EXIT_INVALID,
    FileOpt,
    LangOpt,
    check_lang,
    fail,
    h,
    load_valid_or_exit,
    today,
    usage_error,
)
from medborgarlofte.cli.completion import (
    complete_report_format,
    complete_report_period,
    complete_table,
)
from medborgarlofte.cli.output import out_bytes, say
from medborgarlofte.cli.status_options import PartyOpt, PriorityOpt, StatusOpt, TargetOpt
from medborgarlofte.i18n import os_reason, t

if TYPE_CHECKING:
    from medborgarlofte.core.progress.report import Report
    from medborgarlofte.io.loader import LoadedPledge

FORMATS = ("html", "md", "csv", "xlsx")
_SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".csv": "csv",
             ".xlsx": "xlsx"}


def report(
    file: FileOpt = None,
    period: Annotated[str | None, typer.Option(
        "--period", help=h("report.opt.period"), metavar="PERIOD", show_default=False,
        autocompletion=complete_report_period)] = None,
    date_from: Annotated[str | None, typer.Option(
        "--from", help=h("report.opt.from"), metavar="DATE", show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", help=h("report.opt.to"), metavar="DATE", show_default=False)] = None,
    output_format: Annotated[str | None, typer.Option(
        "--format", help=h("report.opt.format"), metavar=metavar(REPORT_FORMATS),
        show_default=False, autocompletion=complete_report_format)] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help=h("report.opt.output"), metavar="FILE",
        show_default=False)] = None,
    table: Annotated[str, typer.Option(
        "--table", help=h("report.opt.table"),
        metavar="TABLE", show_default=False, autocompletion=complete_table)] = "commitments",
    party: PartyOpt = None,
    priority: PriorityOpt = None,
    target: TargetOpt = None,
    status: StatusOpt = None,
    lang: LangOpt = None,
) -> None:
    """Produce the follow-up report for citizens."""
    given = dict(locals())  # the command line as Typer gave it: the cache key
    check_lang(lang)
    to_stdout = output == "-"  # as for every command: `-o -` is standard output
    output = None if to_stdout else output
    fmt = _chosen_format(output_format, output, lang)
    table = _check_table(table, lang)
    start, end = _day(date_from, "--from", lang), _day(date_to, "--to", lang)
    if period is not None and not (start or end):
        period, start, end = _period_range(period)
    loaded, language = load_valid_or_exit(file, lang, stdin=True)
    refuse_errors(loaded, language)
    built = _build(loaded, language, period, start, end, (party, priority, target, status))
    content = _rendered(built, language, fmt, table)
    if output is None and not to_stdout and stdout_is_terminal():
        output = _named_file(built, fmt, language)
    if output is None:
        out_bytes(content)
        from medborgarlofte.fast.memo import remember

        remember("report", given,
                 [(loaded.path, loaded.digest)], built.produced, content)
        return
    from medborgarlofte.io.atomic import UnsafeOutput, write_output

    try:
        write_output(Path(output), content, inputs=(loaded.path,))
    except UnsafeOutput as error:
        usage_error(error.key, language, path=error.path)
    except OSError as error:
        usage_error("report.write_failed", language, path=output,
                    detail=os_reason(error, language))
    from medborgarlofte.render.report.text import window_name

    say(t("report.written", language, path=output, window=window_name(built.window)))


def _chosen_format(output_format: str | None, output: str | None, lang: str | None) -> str:
    if output_format is None and output is not None:
        suffix = Path(output).suffix.lower()
        if suffix not in _SUFFIXES:
            usage_error("report.unknown_suffix", lang, suffix=suffix or output)
    from medborgarlofte.cli.values import choose

    given = output_format or _SUFFIXES.get(Path(output).suffix.lower() if output else "", "html")
    fmt = choose(given, REPORT_FORMATS, lang, "cli.bad_format")
    if fmt == "xlsx" and output is None and not stdout_is_terminal():  # a terminal: named file
        usage_error("report.xlsx_needs_output", lang)
    return fmt


def _check_table(table: str, lang: str | None) -> str:
    """The --table code (`aktiviteter` is `activities`), or exit 2."""
    from medborgarlofte.cli.choices import TABLES
    from medborgarlofte.cli.values import choose

    return choose(table, TABLES, lang, "report.bad_table")


def _day(value: str | None, option: str, lang: str | None) -> dt.date | None:
    from medborgarlofte.cli.values import optional_day

    return optional_day(value, option, lang, "report.bad_date")


def refuse_errors(loaded: LoadedPledge, language: str, blocked: str = "report.blocked") -> None:
    """Exit 1 when the file has any error: a pledge that parses may still hold a
    personal identity number (E316), and such a file must never be published. `blocked` is
    the closing message (`pledge site` says no site was built)."""
    from medborgarlofte.io.loader import describe_path
    from medborgarlofte.render.diagnostics import render_problem_line

    errors = [p for p in loaded.problems if p.severity == "error"]
    if not errors:
        return
    fail(EXIT_INVALID,
         *(render_problem_line(p, language, describe_path(p.path, loaded.data) if p.path else "")
           for p in errors),
         "pledge: " + t(blocked, language, file=loaded.path))


def _build(loaded: LoadedPledge, language: str, period: str | None, start: dt.date | None,
           end: dt.date | None, wanted: tuple[list[str] | None, ...]) -> Report:
    from medborgarlofte.cli.status_options import check_filters
    from medborgarlofte.core.progress.periods import WindowError, resolve_window
    from medborgarlofte.core.progress.report import ReportFilters, build_report

    pledge = loaded.pledge
    assert pledge is not None  # load_valid_or_exit exits otherwise
    now = today()
    info = pledge.pledge
    window = resolve_window(info.period.start, info.end, info.cadence, now, period=period,
                            date_from=start, date_to=end)
    if isinstance(window, WindowError):
        usage_error(window.key, language, **window.params)
    filters = None
    if any(wanted):
        chosen = check_filters([pledge], language, *wanted)
        filters = ReportFilters(chosen.parties, chosen.priorities, chosen.targets,
                                chosen.statuses)
    return build_report(pledge, window, now, filters=filters)


def _period_range(period: str) -> tuple[str | None, dt.date | None, dt.date | None]:
    """`--period` as `init` and `renew` take it too: several years (`2024-2025`) or dates
    (`2024-03-01..2024-08-31`) are the window from/to; anything else stays a period name
    (`2024-T2`, `2024-Q3`, `2024`)."""
    from medborgarlofte.core.drafting.draft import parse_period

    parsed = parse_period(period)
    if parsed is None or period.strip().isdigit():
        return period, None, None
    return None, parsed.start, parsed.end


def stdout_is_terminal() -> bool:
    """True when the report would pour into a terminal (tests replace this)."""
    from medborgarlofte.cli import output

    return output.stdout_is_terminal()


def _named_file(built: Report, fmt: str, language: str) -> str:
    """Where a report goes when no -o is given and stdout is a terminal: 'rapport-2024-T2.html'
    in the current directory (never through a symbolic link)."""
    from medborgarlofte.render.report.text import window_name

    label = window_name(built.window).replace(" – ", "--").replace(" ", "")
    name = f"{t('report.default_name', language)}-{label}.{fmt}"
    if Path(name).is_symlink():
        usage_error("report.named_file_is_link", language, path=name)
    return name


def _rendered(built: Report, language: str, fmt: str, table: str) -> bytes:
    if fmt == "xlsx":
        from medborgarlofte.render.report.xlsx import render_report_xlsx

        return render_report_xlsx(built, language)
    if fmt == "csv":
        from medborgarlofte.render.report.csv_table import render_report_csv

        return render_report_csv(built, language, table).encode("utf-8")
    if fmt == "md":
        from medborgarlofte.render.report.markdown import render_report_md

        return render_report_md(built, language).encode("utf-8")
    from medborgarlofte.render.report.html_page import render_report_html

    return render_report_html(built, language).encode("utf-8")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("report", help=h("report.help"))(report)
