"""`pledge events`: the activity log as a table, Markdown, JSON (stable) or CSV."""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from medborgarlofte.core.progress.activity import LoggedActivity
from medborgarlofte.core.progress.types import Amount, PledgeProgress
from medborgarlofte.core.schema.model import Event
from medborgarlofte.i18n import t
from medborgarlofte.render import words
from medborgarlofte.render.cells import file_name, json_safe, markdown_text
from medborgarlofte.render.fast_table import table_text
from medborgarlofte.render.people_words import people_row
from medborgarlofte.render.status import render_to_text

if TYPE_CHECKING:
    from medborgarlofte.render.report.csv_table import CsvDialect

JSON_FORMAT, JSON_VERSION = "pledge-events", 1
EventsItem = tuple[str, PledgeProgress, Sequence[LoggedActivity]]
"""A file, its pledge's progress (title, parties, day judged) and its selected events."""
Refs = Sequence[Sequence[str]]
"""Per file, the reference of each event by its index (`core.entries.refs`)."""

CSV_COLUMNS = ("file", "index", "date", "until", "targets", "count", "qualifier", "parties",
               "participants", "place", "note", "reference", "done", "ref", "time", "type",
               "items", "response_hours", "results", "preparation")


def _ref(refs: Refs | None, file_number: int, activity: LoggedActivity) -> str:
    if refs is None or file_number >= len(refs) or activity.index >= len(refs[file_number]):
        return ""
    return refs[file_number][activity.index]


def byproducts_text(event: Event, lang: str) -> str:
    """'ca 60 avvisningar, 11 fordon beslag': what the activity produced besides itself."""
    return ", ".join(f"{words.amount_text(Amount(b.count, b.qualifier), lang)} {b.what}"
                     for b in event.results)


def note_text(event: Event, lang: str) -> str:
    """The note with what else the record says: time, type, by-products, response time."""
    extras = [x for x in (event.time, event.type, byproducts_text(event, lang)) if x]
    if event.items:
        extras.append(", ".join(event.items))
    if event.response_hours is not None:
        extras.append(f"{words.number_text(event.response_hours, lang)} h")
    if event.preparation:
        extras.append(t("status.excluded.preparation", lang))
    return " · ".join(x for x in (event.note or "", *extras) if x)


def date_text(event: Event) -> str:
    """'2024-03-12', or '2024-01-01–04-30' for a range (the year once when it is the same)."""
    if event.until is None or event.until == event.date:
        return event.date.isoformat()
    until = event.until.isoformat()
    return f"{event.date.isoformat()}–{until[5:] if event.until.year == event.date.year else until}"


def count_text(event: Event, lang: str) -> str:
    """'1', 'ca 303', 'minst 14', with ' ✔' when the event completes a milestone."""
    text = words.amount_text(Amount(event.count, event.qualifier), lang)
    return text + " ✔" if event.done else text


def count_line(activities: Sequence[LoggedActivity], lang: str) -> str:
    """'12 aktiviteter'; '3 poster, ca 350 aktiviteter' when records stand for several (what
    was done is the sum of the counts, never the number of records)."""
    amount = Amount.of([a.event for a in activities])
    if amount == Amount(len(activities)):
        return words.activities_text(len(activities), lang)
    return t("status.events.records", lang, n=len(activities),
             amount=words.activities_amount(amount, lang))


def text_console(width: int, color: bool) -> Console:
    """A console set as `render.status.render_to_text`'s (for Rich's reading of a cell and
    its measuring; tests/test_fast_table.py compares the output with render_to_text's)."""
    return Console(file=io.StringIO(), width=width, color_system="standard" if color else None,
                   force_terminal=color, no_color=not color, legacy_windows=False,
                   emoji=False, highlight=False)


def render_events_table(items: Sequence[EventsItem], lang: str, *, width: int = 80,
                        color: bool = False, refs: Refs | None = None) -> str:
    """Per pledge: a heading, the events newest first (each with its reference when `refs`
    are given), and how many they are. The table of events is printed by
    `render.fast_table` (the text rich.table prints, without its cost per row)."""
    console = text_console(width, color)
    chunks: list[str] = []
    for number, (_, progress, activities) in enumerate(items):
        chunks.append(render_to_text([Text(t("status.events.heading", lang, title=progress.title,
                                             municipality=progress.municipality,
                                             today=progress.today.isoformat()),
                                           style="bold")], width, color))
        if activities:
            shown = [_ref(refs, number, a) for a in activities] if refs is not None else None
            chunks.append(table_text(lambda: _events_columns(lang, width, refs is not None),
                                     _events_rows(activities, lang, shown),
                                     lambda table: render_to_text([table], width, color),
                                     console, color))
        chunks.append(render_to_text([Text(count_line(activities, lang)), Text("")], width,
                                     color))
    return "".join(chunks).rstrip("\n") + "\n"


def _events_table(activities: Sequence[LoggedActivity], lang: str, width: int,
                  refs: Sequence[str] | None = None) -> Table:
    """The table of events as rich.table lays it out (what `render_events_table` prints)."""
    table = _events_columns(lang, width, refs is not None)
    for row in _events_rows(activities, lang, refs):
        table.add_row(*row)
    return table


def _events_columns(lang: str, width: int, with_refs: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, width=width, pad_edge=False, show_edge=False,
                  padding=0)
    if with_refs:
        table.add_column(t("events.col.ref", lang), no_wrap=True)
    table.add_column(t("status.col.date", lang), no_wrap=True)
    table.add_column(t("status.col.target", lang), ratio=2, no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.amount", lang), justify="right", no_wrap=True)
    table.add_column(t("status.col.by", lang), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.place", lang), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.note", lang), ratio=3, no_wrap=True, overflow="ellipsis")
    return table


def _events_rows(activities: Sequence[LoggedActivity], lang: str,
                 refs: Sequence[str] | None) -> list[list[str]]:
    rows = []
    for number, activity in enumerate(activities):
        event = activity.event
        first = [refs[number]] if refs is not None else []
        # the common record (one day, an exact count, a bare note) without the calls
        plain = event.until is None and event.qualifier == "exact" and not event.done
        simple = plain and not (event.time or event.type or event.results or event.items
                                or event.response_hours is not None or event.preparation)
        rows.append([*first, event.date.isoformat() if plain else date_text(event),
                     ", ".join(event.target), str(event.count) if plain else count_text(
                         event, lang), ", ".join(activity.parties), event.place or "",
                     (event.note or "") if simple else note_text(event, lang)])
    return rows


def _cell(text: str) -> str:
    return markdown_text(text)  # escaped as the report's Markdown: no raw HTML gets through


def render_events_markdown(items: Sequence[EventsItem], lang: str,
                           refs: Refs | None = None) -> str:
    """Per pledge: a heading and a table with every column in full."""
    head = [t(f"status.col.{c}", lang) for c in ("date", "target", "amount", "by", "place",
                                                    "note")]
    if refs is not None:
        head.insert(0, t("events.col.ref", lang))
    lines: list[str] = []
    for number, (_, progress, activities) in enumerate(items):
        heading = t("status.events.heading", lang, title=progress.title,
                    municipality=progress.municipality, today=progress.today.isoformat())
        lines += [f"## {_cell(heading)}", ""]
        if activities:
            rule = ("|---|---|---:|---|---|---|" if refs is None
                    else "|---|---|---|---:|---|---|---|")
            lines += ["| " + " | ".join(head) + " |", rule]
            for a in activities:
                ref = [f"`{_ref(refs, number, a)}`"] if refs is not None else []
                cells = [*ref, date_text(a.event), ", ".join(f"`{x}`" for x in a.event.target),
                         count_text(a.event, lang), ", ".join(a.parties),
                         _cell(a.event.place or ""), _cell(note_text(a.event, lang))]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
        lines += [count_line(activities, lang), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def event_record(activity: LoggedActivity, ref: str = "") -> dict[str, Any]:
    """One event as a JSON object (see docs/progress.md)."""
    event = activity.event
    return {
        "ref": ref, "index": activity.index + 1,  # counted from 1, as pledge validate does
        "date": event.date.isoformat(),
        "until": event.until.isoformat() if event.until else None,
        "targets": list(event.target), "count": event.count, "qualifier": event.qualifier,
        "by": list(event.by) if event.by else None, "parties": list(activity.parties),
        "participants": event.participants, "place": event.place, "note": event.note,
        "reference": event.reference, "done": bool(event.done),
        "time": event.time, "type": event.type, "items": list(event.items),
        "response_hours": event.response_hours,
        "results": [{"what": b.what, "count": b.count, "qualifier": b.qualifier}
                    for b in event.results],
        "preparation": event.preparation,
    }


def render_events_json(items: Sequence[EventsItem], lang: str, refs: Refs | None = None) -> str:
    """{"format": "pledge-events", "version": 1, "language", "pledges": [{..., "events"}]}."""
    document = {
        "format": JSON_FORMAT, "version": JSON_VERSION, "language": lang,
        "pledges": [{"file": file_name(file), "title": p.title, "municipality": p.municipality,
                     "as_of": p.today.isoformat(),
                     "events": [event_record(a, _ref(refs, n, a)) for a in acts]}
                    for n, (file, p, acts) in enumerate(items)],
    }
    return json.dumps(json_safe(document), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def render_events_csv(items: Sequence[EventsItem], lang: str = "en",
                      dialect: CsvDialect = "machine", refs: Refs | None = None) -> str:
    """One row per event, columns CSV_COLUMNS; lists joined with ';' (render.report.csv_table:
    Swedish Excel's dialect with headings in `lang`, or the machine's with the ids)."""
    rows = []
    for number, (file, _, activities) in enumerate(items):
        for activity in activities:
            record = event_record(activity, _ref(refs, number, activity))
            done = bool(record["done"])
            record.update(file=file_name(file), targets=";".join(record["targets"]),
                          parties=";".join(record["parties"]),
                          done=("true" if done else "false") if dialect == "machine" else (
                              t("csv.yes" if done else "csv.no", lang)),
                          items=";".join(record["items"]),
                          results=";".join(f"{b['count']} {b['what']}"
                                           for b in record["results"]),
                          preparation=("true" if record["preparation"] else "false")
                          if dialect == "machine" else t(
                              "csv.yes" if record["preparation"] else "csv.no", lang))
            rows.append([record[c] for c in CSV_COLUMNS] if dialect == "machine"
                        else people_row(CSV_COLUMNS, record, lang))
    headers = CSV_COLUMNS if dialect == "machine" else [
        t(f"csv.events.{c}", lang) for c in CSV_COLUMNS]
    from medborgarlofte.render.report.csv_table import render_csv  # the report's: 7 ms

    return render_csv(headers, rows, lang, dialect)
