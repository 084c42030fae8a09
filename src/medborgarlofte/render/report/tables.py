"""The report as typed tables: one for commitments, activities, indicators and measurements.

CSV and XLSX both write these, so a spreadsheet has the same cells whichever format is
chosen. Cells keep their type (dates as dates, counts as ints, decimals as floats rounded to
two places); only the headings and words are in the report's language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import assert_never

from medborgarlofte.core.progress.activity import event_parties
from medborgarlofte.core.progress.report import CommitmentReport, IndicatorReport, Report
from medborgarlofte.core.progress.types import (
    Amount,
    CountResult,
    CoverageResult,
    KindResult,
    MilestoneResult,
    OngoingResult,
    RateResult,
    ResponseResult,
    ShareResult,
)
from medborgarlofte.core.schema.model import Event
from medborgarlofte.i18n import t
from medborgarlofte.render.report.text import (
    extra_facts,
    goal_phrase,
    join_names,
    outcome_text,
    qualifier_word,
)
from medborgarlofte.render.words import amount_text, period_label, status_word

Cell = str | int | float | dt.date | None

TABLES = ("commitments", "activities", "indicators", "measurements")
"""The table names, in sheet order (`--table` for CSV)."""


@dataclass(frozen=True)
class Table:
    """A sheet: its localized name, headings, and rows of typed cells."""

    name: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def report_tables(report: Report, lang: str) -> dict[str, Table]:
    """Every table of the report, keyed by name, in `TABLES` order."""
    builders: dict[str, tuple[tuple[str, ...], list[tuple[Cell, ...]]]] = {
        "commitments": (_COMMITMENT_COLUMNS, [
            _commitment_row(c, report, lang) for c in report.commitments]),
        "activities": (_ACTIVITY_COLUMNS, [  # by date; on one day, in published order
            _activity_row(c, e, report, lang) for c, e in sorted(
                ((c, e) for c in report.commitments for e in c.window_activities),
                key=lambda pair: pair[1].date)]),
        "indicators": (_INDICATOR_COLUMNS, [_indicator_row(i, lang) for i in report.indicators]),
        "measurements": (_MEASUREMENT_COLUMNS, [
            (i.progress.id, i.progress.text, m.date, m.value, m.source, m.note)
            for i in report.indicators for m in i.measurements]),
    }
    tables = {}
    for name in TABLES:
        columns, rows = builders[name]
        tables[name] = Table(name, t(f"report.sheet.{name}", lang),
                             tuple(t(f"report.col.{c}", lang) for c in columns), tuple(rows))
    return tables


_COMMITMENT_COLUMNS = (
    "id", "priority", "owner", "commitment", "goal", "goal_number", "unit", "status",
    "status_id", "in_window", "in_window_q", "total", "total_q", "activities_window",
    "activities_total", "expected", "forecast", "periods_met", "periods_elapsed",
    "periods_missed", "completed_on", "last_activity", "due", "reason", "details",
)


def _kind_cells(result: KindResult, lang: str) -> tuple[Cell, ...]:
    """goal number, unit, expected, forecast, periods met, ended, missed, done on."""
    match result:
        case CountResult():
            return (result.goal, result.unit, _round(result.expected), _round(result.forecast),
                    None, None, None, None)
        case RateResult():
            missed = ", ".join(period_label(result, p, lang) for p in result.missed)
            return (result.goal, result.unit, None, None, result.met, len(result.ended),
                    missed or None, None)
        case MilestoneResult():
            return (1, None, None, None, None, None, None, result.completed_on)
        case OngoingResult():
            return (None, result.unit, None, None, None, None, None, None)
        case ShareResult():
            return (result.percent, result.unit, None, None, None, None, None, None)
        case CoverageResult():
            missing = ", ".join(result.uncovered)
            return (len(result.items), None, None, None, len(result.covered),
                    len(result.items), missing or None, None)
        case ResponseResult():
            late = ", ".join(e.date.isoformat() for e in result.late)
            return (result.within_hours, None, None, None, result.in_time,
                    result.in_time + len(result.late), late or None, None)
        case _:
            assert_never(result)


def _commitment_row(c: CommitmentReport, report: Report, lang: str) -> tuple[Cell, ...]:
    p = c.progress
    goal, unit, expected, forecast, met, ended, missed, completed = _kind_cells(p.result, lang)
    return (
        p.id,
        ", ".join(report.priority_titles.get(i, i) for i in p.priorities) or None,
        join_names(c.owner_names, lang), p.text, goal_phrase(c, lang), goal, unit,
        status_word(p.status, lang), p.status.value,
        c.in_window.value, qualifier_word(c.in_window, lang) or None,
        p.done.value, qualifier_word(p.done, lang) or None,
        len(c.window_activities), len(p.activities),
        expected, forecast, met, ended, missed,
        completed, p.last_activity, p.due, outcome_text(c, lang) or None,
        "; ".join(f"{t(k, lang)}: {v}" for k, v in extra_facts(c, lang)) or None,
    )


_ACTIVITY_COLUMNS = ("date", "until", "id", "commitment", "count", "qualifier", "place",
                     "note", "participants", "by", "time", "type", "results")


def _activity_row(c: CommitmentReport, e: Event, report: Report,
                  lang: str) -> tuple[Cell, ...]:
    names = report.party_names
    return (
        e.date, e.until, c.progress.id, c.progress.text, e.count,
        t(f"report.q.{e.qualifier}", lang) if e.qualifier != "exact" else None,
        e.place, e.note, e.participants,
        join_names([names.get(b, b) for b in event_parties(
            e, {x.id: x.owners for x in report.progress.targets})], lang) or None,
        e.time, e.type,
        ", ".join(f"{amount_text(Amount(b.count, b.qualifier), lang)} {b.what}"
                  for b in e.results) or None,
    )


_INDICATOR_COLUMNS = ("id", "indicator", "direction", "unit", "ref_date", "ref_value",
                      "latest_date", "latest_value", "change", "trend", "measurements")


def _indicator_row(i: IndicatorReport, lang: str) -> tuple[Cell, ...]:
    p = i.progress
    return (
        p.id, p.text, t(f"status.direction.{p.direction}", lang), p.unit, p.reference_date,
        p.reference_value, p.latest_date, p.latest_value, _round(p.change),
        t(f"status.trend.{p.trend}", lang), p.measurement_count,
    )


_MEASUREMENT_COLUMNS = ("id", "indicator", "date", "value", "source", "note")
