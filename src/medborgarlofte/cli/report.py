"""`pledge report`: the follow-up report for citizens as HTML, Markdown, CSV or XLSX.

Options -> load (a file with any error, personal identity numbers included, gives no
report: exit 1) -> the report window (core.periods) -> the report content
(render.report_model) -> one format -> standard output or `-o FILE`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.common import (
    EXIT_INVALID,
    FileOpt,
    LangOpt,
    check_lang,
    h,
    load_valid_or_exit,
    today,
    usage_error,
)
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
        "--period", help=h("report.opt.period"), metavar="PERIOD", show_default=False)] = None,
    date_from: Annotated[str | None, typer.Option(
        "--from", help=h("report.opt.from"), metavar="DATE", show_default=False)] = None,
    date_to: Annotated[str | None, typer.Option(
        "--to", help=h("report.opt.to"), metavar="DATE", show_default=False)] = None,
    output_format: Annotated[str | None, typer.Option(
        "--format", help=h("report.opt.format"), metavar="html|md|csv|xlsx",
        show_default=False)] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help=h("report.opt.output"), metavar="FILE",
        show_default=False)] = None,
    table: Annotated[str, typer.Option(
        "--table", help=h("report.opt.table"),
        metavar="TABLE")] = "commitments",
    lang: LangOpt = None,
) -> None:
    """Produce the follow-up report for citizens."""
    check_lang(lang)
    fmt = _chosen_format(output_format, output, lang)
    _check_table(table, lang)
    start, end = _day(date_from, "--from", lang), _day(date_to, "--to", lang)
    loaded, language = load_valid_or_exit(file, lang)
    _refuse_errors(loaded, language)
    built = _build(loaded, language, period, start, end)
    content = _rendered(built, language, fmt, table)
    if output is None:
        sys.stdout.buffer.write(content)
        sys.stdout.flush()
        return
    try:
        Path(output).write_bytes(content)
    except OSError as err:
        usage_error("report.write_failed", language, path=output,
                    detail=os_reason(err, language))
    from medborgarlofte.render.report.text import window_name

    typer.echo(t("report.written", language, path=output, window=window_name(built.window)))


def _chosen_format(output_format: str | None, output: str | None, lang: str | None) -> str:
    if output_format is None and output is not None:
        suffix = Path(output).suffix.lower()
        if suffix not in _SUFFIXES:
            usage_error("report.unknown_suffix", lang, suffix=suffix or output)
    fmt = output_format or _SUFFIXES.get(Path(output).suffix.lower() if output else "", "html")
    if fmt not in FORMATS:
        usage_error("cli.bad_format", lang, value=fmt, choices=", ".join(FORMATS))
    if fmt == "xlsx" and output is None:
        usage_error("report.xlsx_needs_output", lang)
    return fmt


def _check_table(table: str, lang: str | None) -> None:
    from medborgarlofte.render.report.tables import TABLES

    if table not in TABLES:
        usage_error("report.bad_table", lang, value=table, choices=", ".join(TABLES))


def _day(value: str | None, option: str, lang: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        usage_error("report.bad_date", lang, option=option, value=value)


def _refuse_errors(loaded: LoadedPledge, language: str) -> None:
    """Exit 1 when the file has any error: a pledge that parses may still hold a
    personal identity number (E316), and such a file must never be published."""
    from medborgarlofte.io.loader import describe_path
    from medborgarlofte.render.diagnostics import render_problem_line

    errors = [p for p in loaded.problems if p.severity == "error"]
    if not errors:
        return
    for problem in errors:
        where = describe_path(problem.path, loaded.data) if problem.path else ""
        sys.stderr.write(render_problem_line(problem, language, where) + "\n")
    sys.stderr.write("pledge: " + t("report.blocked", language, file=loaded.path) + "\n")
    raise typer.Exit(EXIT_INVALID)


def _build(loaded: LoadedPledge, language: str, period: str | None, start: dt.date | None,
           end: dt.date | None) -> Report:
    from medborgarlofte.core.progress.periods import WindowError, resolve_window
    from medborgarlofte.core.progress.report import build_report

    pledge = loaded.pledge
    assert pledge is not None  # load_valid_or_exit exits otherwise
    now = today()
    info = pledge.pledge
    window = resolve_window(info.period.start, info.end, info.cadence, now, period=period,
                            date_from=start, date_to=end)
    if isinstance(window, WindowError):
        usage_error(window.key, language, **window.params)
    return build_report(pledge, window, now)


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
