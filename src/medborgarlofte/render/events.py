"""`pledge events`: the activity log as a table, Markdown, JSON (stable) or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from rich import box
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from medborgarlofte.core.progress.activity import LoggedActivity
from medborgarlofte.core.progress.types import Amount, PledgeProgress
from medborgarlofte.core.schema.model import Event
from medborgarlofte.i18n import t
from medborgarlofte.render import words
from medborgarlofte.render.status import render_to_text

JSON_FORMAT, JSON_VERSION = "pledge-events", 1
EventsItem = tuple[str, PledgeProgress, Sequence[LoggedActivity]]
"""A file, its pledge's progress (title, parties, day judged) and its selected events."""

CSV_COLUMNS = ("file", "index", "date", "until", "targets", "count", "qualifier", "parties",
               "participants", "place", "note", "reference", "done", "time", "type",
               "items", "response_hours", "results", "preparation")


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
        extras.append(f"{words.number_text(event.response_hours)} h")
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


def render_events_table(items: Sequence[EventsItem], lang: str, *, width: int = 80,
                        color: bool = False) -> str:
    """Per pledge: a heading, the events newest first, and how many they are."""
    parts: list[RenderableType] = []
    for _, progress, activities in items:
        parts.append(Text(t("status.events.heading", lang, title=progress.title,
                            municipality=progress.municipality,
                            today=progress.today.isoformat()), style="bold"))
        if activities:
            parts.append(_events_table(activities, lang, width))
        parts += [Text(count_line(activities, lang)), Text("")]
    return render_to_text(parts, width, color).rstrip("\n") + "\n"


def _events_table(activities: Sequence[LoggedActivity], lang: str, width: int) -> Table:
    table = Table(box=box.SIMPLE_HEAD, width=width, pad_edge=False, show_edge=False,
                  padding=0)
    table.add_column(t("status.col.date", lang), no_wrap=True)
    table.add_column(t("status.col.target", lang), ratio=2, no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.amount", lang), justify="right", no_wrap=True)
    table.add_column(t("status.col.by", lang), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.place", lang), ratio=1, no_wrap=True, overflow="ellipsis")
    table.add_column(t("status.col.note", lang), ratio=3, no_wrap=True, overflow="ellipsis")
    for activity in activities:
        event = activity.event
        table.add_row(date_text(event), ", ".join(event.target), count_text(event, lang),
                      ", ".join(activity.parties), event.place or "", note_text(event, lang))
    return table


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def render_events_markdown(items: Sequence[EventsItem], lang: str) -> str:
    """Per pledge: a heading and a table with every column in full."""
    head = [t(f"status.col.{c}", lang) for c in ("date", "target", "amount", "by", "place",
                                                    "note")]
    lines: list[str] = []
    for _, progress, activities in items:
        heading = t("status.events.heading", lang, title=progress.title,
                    municipality=progress.municipality, today=progress.today.isoformat())
        lines += [f"## {_cell(heading)}", ""]
        if activities:
            lines += ["| " + " | ".join(head) + " |", "|---|---|---:|---|---|---|"]
            for a in activities:
                cells = [date_text(a.event), ", ".join(f"`{x}`" for x in a.event.target),
                         count_text(a.event, lang), ", ".join(a.parties),
                         _cell(a.event.place or ""), _cell(note_text(a.event, lang))]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
        lines += [count_line(activities, lang), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def event_record(activity: LoggedActivity) -> dict[str, Any]:
    """One event as a JSON object (see docs/progress.md)."""
    event = activity.event
    return {
        "index": activity.index, "date": event.date.isoformat(),
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


def render_events_json(items: Sequence[EventsItem], lang: str) -> str:
    """{"format": "pledge-events", "version": 1, "language", "pledges": [{..., "events"}]}."""
    document = {
        "format": JSON_FORMAT, "version": JSON_VERSION, "language": lang,
        "pledges": [{"file": file, "title": p.title, "municipality": p.municipality,
                     "as_of": p.today.isoformat(), "events": [event_record(a) for a in acts]}
                    for file, p, acts in items],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def render_events_csv(items: Sequence[EventsItem]) -> str:
    """One row per event, columns CSV_COLUMNS; lists joined with ';'."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for file, _, activities in items:
        for activity in activities:
            record = event_record(activity)
            record.update(file=file, targets=";".join(record["targets"]),
                          parties=";".join(record["parties"]),
                          done="true" if record["done"] else "false",
                          items=";".join(record["items"]),
                          results=";".join(f"{b['count']} {b['what']}"
                                           for b in record["results"]),
                          preparation="true" if record["preparation"] else "false")
            writer.writerow(["" if record[c] is None else record[c] for c in CSV_COLUMNS])
    return out.getvalue()
