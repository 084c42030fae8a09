"""`pledge import FILE.csv`: add many activities at once from a spreadsheet export.

All or nothing: every row is read and checked (also against the pledge: targets, dates),
every error is reported with its row number, and the file is written only when there is none.
The columns are documented in docs/import.md.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from medborgarlofte.cli.common import (
    EXIT_INVALID,
    CommitOpt,
    DryRunOpt,
    FileOpt,
    LangOpt,
    YesOpt,
    fail,
    h,
)
from medborgarlofte.cli.output import err
from medborgarlofte.i18n import os_reason, t
from medborgarlofte.i18n.numbers import count_key

if TYPE_CHECKING:
    import datetime as dt

    from medborgarlofte.core.entries.csvimport import RowError
    from medborgarlofte.io.writer import Change, WriteRefused

EVENTS = ("events",)


def import_csv(
    csv_file: Annotated[str, typer.Argument(help=h("log.import.arg.file"), metavar="FILE.csv",
                                            show_default=False)],
    allow_duplicates: Annotated[bool, typer.Option(
        "--allow-duplicates", help=h("dup.opt.allow"))] = False,
    dry_run: DryRunOpt = False,
    commit: CommitOpt = False,
    yes: YesOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Import activities from a CSV file."""
    from medborgarlofte.cli import flow, writing
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.cli.output import say
    from medborgarlofte.core.entries.csvimport import decode_csv, read_events
    from medborgarlofte.io.apply import Append, plan_write
    from medborgarlofte.io.writer import WriteRefused

    session = flow.open_pledge(file, lang)
    loaded, pledge, language, now = (session.loaded, session.pledge, session.language,
                                      session.today)
    source = Path(csv_file)
    try:
        raw = sys.stdin.buffer.read() if str(source) == "-" else source.read_bytes()
    except OSError as error:
        usage_error("log.import.unreadable", language, file=source,
                    detail=os_reason(error, language))
    text, problem = decode_csv(raw)
    if text is None:
        _fail(source, [problem] if problem else [], language)
    table = read_events(text, pledge, now)
    errors = list(table.errors)
    if not errors:
        _skip_duplicates(table, pledge, source, language, allow_duplicates)
        if not table.items:
            say(t("dup.import.nothing_new", language, source=source))
            return
    write = Append(EVENTS, table.items)
    if table.items:
        try:
            planned = plan_write(loaded, write, now)
        except WriteRefused as refused:
            if refused.key != "log.refused.after":
                writing.refuse(refused, language, loaded)
            errors += _row_errors(refused, table.rows, len(pledge.event_list))
    if errors:
        _fail(source, errors, language, table.headings)
    count = len(table.items)
    message = t(count_key("log.commit.import", count), language, count=count,
                source=source.name)
    flow.run(session, flow.WritePlan(
        "import", write, lambda _: message, planned=planned,
        report=lambda change: _written(change, table.items, source, now, language),
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))


def _written(change: Change, items: list[dict[str, Any]], source: Path, now: dt.date,
             lang: str) -> None:
    from medborgarlofte.cli.output import say

    count = len(items)
    say(t(count_key("log.import.written", count), lang, file=change.path, count=count,
          source=source, line=change.first_line))
    _progress(change, items, now, lang)


def _skip_duplicates(table: Any, pledge: Any, source: Path, lang: str, allow: bool) -> None:
    """Take the rows that repeat an activity already in the file off `table` (or, with
    --allow-duplicates, only warn about them)."""
    from medborgarlofte.core.entries.duplicates import duplicates

    found = duplicates(pledge.event_list, table.items)
    if not found:
        return
    rows = ", ".join(str(table.rows[i]) for i in found)
    key = "dup.import.kept" if allow else "dup.import.skipped"
    err(f"pledge: {t(key, lang, source=source, count=len(found), rows=rows)}")
    if allow:
        return
    table.items = [item for i, item in enumerate(table.items) if i not in set(found)]
    table.rows = [row for i, row in enumerate(table.rows) if i not in set(found)]


def _row_errors(err: WriteRefused, rows: list[int], first: int) -> list[RowError]:
    """The pledge's problems with the new events, at the rows they came from."""
    from medborgarlofte.core.entries.csvimport import RowError

    found = []
    for problem in err.problems:
        path = problem.path
        index = path[1] if len(path) > 1 and isinstance(path[1], int) else None
        row = rows[index - first] if index is not None and 0 <= index - first < len(rows) else 1
        column = next((str(p) for p in path[2:] if isinstance(p, str)), None)
        found.append(RowError(row, "log.import.problem", {"problem": problem}, column))
    return found


def column_name(key: str, lang: str, headings: dict[str, str] | None = None) -> str:
    """A column as the user wrote it in the header, else as they can write it: its heading
    in `lang` ('Datum' in Swedish, 'date' in English); a name that is no key as it is."""
    from medborgarlofte.i18n import CATALOGUE

    if headings and key in headings:
        return headings[key]
    return t(f"csv.import.{key}", lang) if f"csv.import.{key}" in CATALOGUE else key


def _fail(source: Path, errors: list[RowError], lang: str,
          headings: dict[str, str] | None = None) -> NoReturn:
    from medborgarlofte.core.entries.csvimport import COLUMNS
    from medborgarlofte.render.diagnostics import problem_message

    failed = t(count_key("log.import.failed", len(errors)), lang, file=source, count=len(errors))
    lines = [f"pledge: {failed}"]
    for error in sorted(errors, key=lambda e: e.row):
        params: dict[str, Any] = dict(error.params)
        if "problem" in params:
            message = problem_message(params["problem"], lang)
        else:
            if error.key == "log.import.unknown_column":
                params["known"] = ", ".join(column_name(k, lang) for k in COLUMNS)
            if error.key == "log.import.missing_column":
                params["name"] = column_name(str(params["name"]), lang)
            message = t(error.key, lang, **params)
        where = f" {column_name(error.column, lang, headings)}" if error.column else ""
        lines.append(t("log.import.at_row", lang, file=source, row=error.row, where=where,
                       message=message))
    fail(EXIT_INVALID, *lines)


def _progress(change: Any, items: list[dict[str, Any]], now: Any, lang: str) -> None:
    from medborgarlofte.cli.output import say
    from medborgarlofte.core.progress.compute import compute_progress
    from medborgarlofte.render.log_lines import progress_lines

    ids: list[str] = []
    for item in items:
        target = item["target"]
        ids += target if isinstance(target, list) else [target]
    before = compute_progress(change.before.pledge, now) if change.before.pledge else None
    for line in progress_lines(compute_progress(change.pledge, now), list(dict.fromkeys(ids)),
                               lang, before):
        say(line)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("import", help=h("log.import.help"))(import_csv)
