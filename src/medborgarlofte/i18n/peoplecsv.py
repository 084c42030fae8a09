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
}
