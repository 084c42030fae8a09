"""Read activities from a spreadsheet export (CSV) into events, with row-numbered errors.

Pure: bytes in, items and errors out. UTF-8 with or without BOM; comma, semicolon (Swedish
Excel) or tab separated, told by the header line. The header names the columns, in English
(the file's keys) or Swedish; docs/import.md lists them. Rows are numbered as a spreadsheet
shows them: the header is row 1. Every row is checked and every error reported; the caller
writes nothing unless there are none.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from medborgarlofte.core.entries import records as entries
from medborgarlofte.core.entries.matching import fold, match_item
from medborgarlofte.core.schema.model import Pledge

COLUMNS: dict[str, tuple[str, ...]] = {
    "date": ("datum",),
    "until": ("till", "tom", "till och med", "slutdatum"),
    "target": ("targets", "löfte", "löften", "åtagande"),
    "count": ("antal",),
    "qualifier": ("kvalificering", "precision", "ca/minst"),
    "by": ("av", "utförare", "utfört av"),
    "participants": ("deltagare",),
    "place": ("plats",),
    "note": ("anteckning", "notering", "beskrivning"),
    "reference": ("referens", "länk"),
    "done": ("klart", "klar"),
    "time": ("tid", "klockslag"),
    "type": ("typ", "aktivitetstyp"),
    "items": ("delar", "täcker", "klasser"),
    "response_hours": ("svarstid", "svarstid_timmar", "svarstid (timmar)", "timmar"),
    "results": ("resultat", "biprodukter"),
    "preparation": ("förberedelse",),
}
"""Each column's key and the other names accepted for it in the header (any case); the
messages name a column as its header does, else by its heading in the run's language
(`csv.import.<key>`: the headings `pledge events --format csv` writes, where it has one)."""
REQUIRED = ("date", "target")
_BY_NAME = {fold(name): key for key, names in COLUMNS.items() for name in (key, *names)}
_ROW_ONLY = {fold(name) for name in ("file", "fil", "index", "nr", "no.", "no", "ref")}
"""Columns `pledge events --format csv` writes about the row, not the activity (which file,
its number, its reference): read past, so that the log kept in a spreadsheet imports."""


@dataclass(frozen=True)
class RowError:
    """One thing wrong in the file: a message key and its params, at a row (and column)."""

    row: int
    key: str
    params: dict[str, Any] = field(default_factory=dict)
    column: str | None = None


@dataclass
class Table:
    """The events read, the spreadsheet row of each, and the errors."""

    items: list[dict[str, Any]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    headings: dict[str, str] = field(default_factory=dict)
    """Column key → its name as the header wrote it ('Datum' for date)."""


def decode_csv(raw: bytes) -> tuple[str | None, RowError | None]:
    """The text of a UTF-8 CSV file (BOM removed), or why it cannot be read."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, RowError(1, "log.import.utf16")
    body = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
    try:
        return body.decode("utf-8"), None
    except UnicodeDecodeError as err:
        row = body.count(b"\n", 0, err.start) + 1
        return None, RowError(row, "log.import.not_utf8", {"byte": f"0x{body[err.start]:02X}"})


def delimiter_of(header_line: str) -> str:
    """';', ',' or tab: whichever the header line holds most of (',' on a tie)."""
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def read_events(text: str, pledge: Pledge, today: dt.date) -> Table:
    """Every data row as an event item, or the errors that stop the import."""
    table = Table()
    delimiter = delimiter_of(text.split("\n", 1)[0])
    records, error = _records(text, delimiter)
    if error is not None:
        table.errors.append(error)
        return table
    if not records or not any(c.strip() for c in records[0]):
        table.errors.append(RowError(1, "log.import.no_header"))
        return table
    columns = _columns(records[0], table.errors, table.headings)
    if table.errors:
        return table
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(columns):
            table.errors.append(RowError(number, "log.import.extra_cells",
                                         {"found": len(record), "expected": len(columns)}))
            continue
        cells = {key: record[i].strip() if i < len(record) else ""
                 for i, key in enumerate(columns)}
        item = _event(cells, number, pledge, today, table.errors,
                      exported="ref" in {fold(name) for name in records[0]})
        if item is not None:
            table.items.append(item)
            table.rows.append(number)
    if not table.items and not table.errors:
        table.errors.append(RowError(1, "log.import.empty"))
    return table


MAX_FIELD = csv.field_size_limit()
"""Longest field read (128 KB): a note longer than that is a stray quote, not a note."""


def _records(text: str, delimiter: str) -> tuple[list[list[str]], RowError | None]:
    """The rows of the CSV text, or the error at the row where its quoting breaks.

    Read strictly: a quote that opens a field and never closes would otherwise swallow
    every row after it into one field (a published note of raw CSV). A quoted field that
    spans lines is fine (a note with line breaks), unless one of its lines holds a whole
    row's worth of delimiters: then it is rows swallowed by a stray quote."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[list[str]] = []
    width = 0
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return records, None
        except csv.Error as err:
            key = "safe.import_field" if "field limit" in str(err) else "safe.import_quote"
            return records, RowError(len(records) + 1, key, {"max": MAX_FIELD})
        width = width or len(record)
        if width > 1 and any(line.count(delimiter) >= width - 1
                             for cell in record if "\n" in cell
                             for line in cell.split("\n")[1:]):
            return records, RowError(len(records) + 1, "safe.import_quote")
        records.append(record)


def _columns(header: Sequence[str], errors: list[RowError],
             headings: dict[str, str]) -> list[str]:
    """The key of each column; `headings` gets each key's name as written. The errors name
    a column by key (`column`), which the CLI shows as the user can write it."""
    keys = []
    for name in header:
        key = _BY_NAME.get(fold(name))
        if key is None and fold(name) in _ROW_ONLY:
            keys.append("")  # its cells are not read
            continue
        if key is None:
            errors.append(RowError(1, "log.import.unknown_column",
                                   {"name": name, "known": ", ".join(COLUMNS)}))
        elif key in keys:
            errors.append(RowError(1, "log.import.twice", {"name": name}))
        else:
            headings[key] = name.strip()
        keys.append(key or "")
    errors += [RowError(1, "log.import.missing_column", {"name": key})
               for key in REQUIRED if key not in keys]
    return keys


_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[ T]0?0:00(?::00(?:\.0+)?)?)$")
"""A day as a spreadsheet saves a date cell: '2024-02-01 0:00:00', '2024-02-01T00:00'."""


def _day_cell(text: str) -> str:
    """The day of a date cell that a spreadsheet wrote with the time midnight."""
    found = _MIDNIGHT.match(text.strip())
    return found.group(1) if found else text


def _event(cells: dict[str, str], row: int, pledge: Pledge, today: dt.date,
           errors: list[RowError], exported: bool = False) -> dict[str, Any] | None:
    """The row's event item. `exported`: the rows are `pledge events --format csv`'s (it has
    a Ref column), whose 'Utfört av' names the owners when no one else did it."""
    found = len(errors)

    def bad(column: str, key: str, **params: Any) -> None:
        errors.append(RowError(row, key, {"value": cells.get(column, ""), **params}, column))

    date = entries.parse_day(_day_cell(cells["date"]), today) if cells["date"] else None
    if date is None:
        bad("date", "log.import.bad_date" if cells["date"] else "log.import.missing")
    until = (entries.parse_day(_day_cell(cells["until"]), today) if cells.get("until")
             else None)
    if cells.get("until") and until is None:
        bad("until", "log.import.bad_date")
    targets = []
    for word in entries.split_ids(cells["target"]):
        match = match_item(word, pledge.targets)
        if match.found is None:
            bad("target", "log.import.ambiguous" if match.ambiguous else "log.import.unknown",
                word=word, candidates=", ".join(c.id for c in match.candidates[:5]))
        else:
            targets.append(match.found.id)
    if not cells["target"]:
        bad("target", "log.import.missing")
    numbers = {}
    for column, minimum in (("count", 1), ("participants", 0)):
        text = cells.get(column, "")
        numbers[column] = entries.parse_whole(text) if text else None
        if text and (numbers[column] is None or (numbers[column] or 0) < minimum):
            bad(column, "log.import.bad_number", minimum=minimum)
    qualifier = entries.parse_qualifier(cells.get("qualifier") or "exact")
    if qualifier is None:
        bad("qualifier", "log.import.bad_qualifier")
    done = entries.parse_flag(cells.get("done", ""))
    if done is None:
        bad("done", "log.import.bad_flag")
    extra = _extra(cells, bad)
    if len(errors) > found or date is None:
        return None
    by = entries.split_ids(cells.get("by", ""))
    owners = {o for t in pledge.targets if t.id in targets for o in t.owners}
    if exported and set(by) == owners:  # `pledge events` showing the default: no `by`
        by = []
    return entries.event_item(
        date=date, until=until, targets=list(dict.fromkeys(targets)),
        count=numbers["count"] or 1, qualifier=qualifier or "exact",
        by=by, participants=numbers["participants"],
        place=cells.get("place"), note=cells.get("note"), reference=cells.get("reference"),
        done=bool(done), extra=extra,
    )


def _extra(cells: dict[str, str], bad: Any) -> dict[str, Any]:
    """The issue-11 columns: time (HH:MM), type, items and results (';'-separated),
    response_hours, preparation (yes/no)."""
    extra: dict[str, Any] = {}
    if cells.get("time"):
        extra["time"] = entries.parse_clock(cells["time"])
        if extra["time"] is None:
            bad("time", "log.import.bad_time")
    extra["type"] = cells.get("type") or None
    items = [x.strip() for x in (cells.get("items") or "").split(";") if x.strip()]
    extra["items"] = items[0] if len(items) == 1 else items
    if cells.get("response_hours"):
        hours = entries.parse_measure(cells["response_hours"])
        if hours is None or hours < 0:
            bad("response_hours", "log.import.bad_number", minimum=0)
        extra["response_hours"] = hours
    results = [x.strip() for x in (cells.get("results") or "").split(";") if x.strip()]
    parsed = [entries.parse_by_product(x) for x in results]
    if any(p is None for p in parsed):
        bad("results", "log.import.bad_result")
    extra["results"] = [p for p in parsed if p is not None]
    preparation = entries.parse_flag(cells.get("preparation", ""))
    if preparation is None:
        bad("preparation", "log.import.bad_flag")
    extra["preparation"] = bool(preparation)
    return {k: v for k, v in extra.items() if v not in (None, "", [], False)}
