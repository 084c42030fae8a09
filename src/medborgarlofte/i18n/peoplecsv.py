"""Words for the codes a CSV for people shows (render.people_words): the goal kind, the
goal's qualifier and the sub-period, in the run's language (the machine dialect keeps codes)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "csv.kind.count": ("antal", "count"),
    "csv.kind.rate": ("takt", "rate"),
    "csv.kind.milestone": ("milstolpe", "milestone"),
    "csv.kind.ongoing": ("löpande", "ongoing"),
    "csv.kind.share": ("andel", "share"),
    "csv.kind.coverage": ("täckning", "coverage"),
    "csv.kind.response": ("svarstid", "response time"),
    "csv.goal_q.exactly": ("exakt", "exactly"),
    "csv.goal_q.at_least": ("minst", "at least"),
    "csv.per.week": ("vecka", "week"),
    "csv.per.month": ("månad", "month"),
    "csv.per.quarter": ("kvartal", "quarter"),
    "csv.per.tertial": ("tertial", "tertial"),
    "csv.per.half-year": ("halvår", "half-year"),
    "csv.per.year": ("år", "year"),
    "csv.per.term": ("termin", "term"),
    # The columns of `pledge import` as a message names them (cli.import_csv.column_name)
    "csv.import.date": ("Datum", "date"),
    "csv.import.until": ("Till och med", "until"),
    "csv.import.target": ("Löfte", "target"),
    "csv.import.count": ("Antal", "count"),
    "csv.import.qualifier": ("Ca/minst", "qualifier"),
    "csv.import.by": ("Utfört av", "by"),
    "csv.import.participants": ("Deltagare", "participants"),
    "csv.import.place": ("Plats", "place"),
    "csv.import.note": ("Anteckning", "note"),
    "csv.import.reference": ("Referens", "reference"),
    "csv.import.done": ("Klart", "done"),
    "csv.import.time": ("Tid", "time"),
    "csv.import.type": ("Typ", "type"),
    "csv.import.items": ("Delar", "items"),
    "csv.import.response_hours": ("Svarstid (timmar)", "response_hours"),
    "csv.import.results": ("Resultat", "results"),
    "csv.import.preparation": ("Förberedelse", "preparation"),
}
