"""`pledge status` as JSON (stable, for tools), CSV (one row per target) and Markdown.

The JSON format is documented in docs/progress.md ("JSON format") and versioned: fields may
be added, none removed or changed in meaning without raising `version`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, assert_never

from medborgarlofte.core.progress.types import (
    CATEGORIES,
    STATUS_ORDER,
    Amount,
    CountResult,
    CoverageResult,
    IndicatorProgress,
    KindResult,
    MilestoneResult,
    OngoingResult,
    PledgeProgress,
    RateResult,
    ResponseResult,
    ShareResult,
    SubPeriod,
    Summary,
    TargetProgress,
)
from medborgarlofte.i18n import t
from medborgarlofte.render import words
from medborgarlofte.render.cells import file_name, json_safe, markdown_text
from medborgarlofte.render.people_words import people_row
from medborgarlofte.render.report.csv_table import CsvDialect, render_csv
from medborgarlofte.render.status import (
    GroupBy,
    change_text,
    direction_text,
    group_targets,
    latest_text,
    period_line,
    summary_line,
    trend_label,
)

JSON_FORMAT, JSON_VERSION = "pledge-status", 2
Item = tuple[str, PledgeProgress]
"""A pledge's progress with the file it comes from."""

CSV_COLUMNS = (
    "file", "pledge", "id", "text", "kind", "owners", "owner_group", "priorities", "status",
    "status_text", "done", "done_qualifier", "goal", "goal_qualifier", "unit", "per", "share",
    "expected", "required", "forecast", "periods_met", "periods_ended", "periods_missed",
    "can_be_kept", "current_period", "activities", "last_activity", "completed_on", "start",
    "due", "overridden", "computed_status", "reason", "outcome_date", "file_id", "place",
    "modality", "target_group", "lead", "condition", "excluded",
)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def amount_record(amount: Amount) -> dict[str, Any]:
    """{"value": 60, "qualifier": "approx"}."""
    return {"value": amount.value, "qualifier": amount.qualifier}


def _period_record(period: SubPeriod) -> dict[str, Any]:
    return {"number": period.number, "start": _date(period.start), "end": _date(period.end),
            "required": period.required, "done": amount_record(period.done),
            "status": period.status.value, "judged": period.judged}


_KIND_FIELDS = ("goal", "goal_qualifier", "unit", "per", "share", "expected", "required",
                "forecast", "periods_met", "periods_ended", "periods_missed", "can_be_kept",
                "current_period", "periods", "completed_on")
"""Fields that only some goal kinds fill; the others give null (periods: an empty list)."""


def kind_fields(result: KindResult, lang: str) -> dict[str, Any]:
    """The fields of one goal kind's result (see docs/progress.md)."""
    fields: dict[str, Any] = dict.fromkeys(_KIND_FIELDS)
    fields["periods"] = []
    match result:
        case CountResult():
            fields.update(goal=result.goal, goal_qualifier=result.qualifier, unit=result.unit,
                          share=_round(result.share), expected=_round(result.expected),
                          required=result.required, forecast=_round(result.forecast))
        case RateResult():
            current = result.current
            fields.update(
                goal=result.goal, goal_qualifier=result.qualifier, unit=result.unit,
                per=result.per, share=_round(result.share), periods_met=result.met,
                periods_ended=len(result.ended),
                periods_missed=[words.period_label(result, p, lang) for p in result.missed],
                can_be_kept=result.keepable,
                current_period=current.number if current else None,
                periods=[_period_record(p) for p in result.periods])
        case MilestoneResult():
            fields.update(goal=1, share=result.share, completed_on=_date(result.completed_on),
                          lapsed_on=_date(result.lapsed_on))
            if result.then is not None:
                then = result.then
                fields.update(then={
                    "goal": then.goal, "per": then.per, "unit": then.unit,
                    "periods_met": then.met, "periods_ended": len(then.ended),
                    "periods_missed": [words.period_label(then, p, lang) for p in then.missed]})
        case OngoingResult():
            fields.update(unit=result.unit)
        case ShareResult():
            fields.update(goal=result.percent, unit=result.unit, share=_round(result.share),
                          share_of=result.of, of_done=amount_record(result.of_done),
                          percent_done=_round(result.percent_done))
        case CoverageResult():
            fields.update(goal=len(result.items), share=_round(result.share),
                          covered=list(result.covered), uncovered=list(result.uncovered))
        case ResponseResult():
            fields.update(within_hours=result.within_hours, share=_round(result.share),
                          in_time=result.in_time, unknown=result.unknown,
                          late=[{"date": _date(e.date), "response_hours": e.response_hours}
                                for e in result.late])
        case _:
            assert_never(result)
    return fields


def target_record(target: TargetProgress, lang: str) -> dict[str, Any]:
    """One target as a JSON object (see docs/progress.md)."""
    outcome = target.outcome
    return {
        "id": target.id, "text": target.text, "kind": target.kind,
        "owners": list(target.owners), "owner_group": target.owner_group,
        "priorities": list(target.priorities), "status": target.status.value,
        "computed_status": target.computed_status.value, "category": target.category,
        "status_text": words.status_word(target.status, lang),
        "progress_text": words.full_progress_text(target, lang),
        "start": _date(target.start), "due": _date(target.due),
        "done": amount_record(target.done),
        **kind_fields(target.result, lang),
        "activities": len(target.activities), "last_activity": _date(target.last_activity),
        "overridden": target.overridden,
        "reason": outcome.reason if outcome else None,
        "outcome_date": _date(outcome.date) if outcome else None,
        "file_id": target.file_id, "place": target.place, "modality": target.modality,
        "target_group": list(target.target_group), "lead": target.lead,
        "owner_names": list(target.owner_names), "condition": target.condition,
        "condition_arose": target.condition_arose,
        "excluded": [{"date": _date(x.event.date), "time": x.event.time,
                      "reason": x.reason} for x in target.excluded],
        "by_products": [{"what": what, **amount_record(a)}
                        for what, a in target.by_products.items()],
        "published_results": [{"source": r.source, "value": r.value,
                               "qualifier": r.qualifier, "text": r.text,
                               "date": _date(r.date)} for r in target.published],
    }


def indicator_record(indicator: IndicatorProgress) -> dict[str, Any]:
    """One indicator as a JSON object."""
    latest = None if indicator.latest_value is None else {
        "value": indicator.latest_value, "date": _date(indicator.latest_date)}
    reference = None if indicator.reference_value is None else {
        "value": indicator.reference_value, "date": _date(indicator.reference_date),
        "kind": indicator.reference_kind}
    return {
        "id": indicator.id, "text": indicator.text, "direction": indicator.direction,
        "unit": indicator.unit, "priorities": list(indicator.priorities), "latest": latest,
        "reference": reference, "change": indicator.change, "trend": indicator.trend,
        "measurements": indicator.measurement_count,
        "owners": list(indicator.owners), "threshold": indicator.threshold,
        "meets": indicator.meets,
    }


def summary_record(summary: Summary) -> dict[str, int]:
    """{"total": 10, "met": 2, "on_track": 7, ...}: rows per status id, every id present."""
    return {"total": summary.total, **{s.value: summary.counts[s] for s in STATUS_ORDER}}


def categories_record(summary: Summary) -> dict[str, int]:
    """{"met": 3, "on_track": 5, ...}: rows per category (`--status` groups)."""
    return {c: summary.category(c) for c in CATEGORIES}


def pledge_record(file: str, progress: PledgeProgress, lang: str) -> dict[str, Any]:
    """One pledge as a JSON object."""
    return {
        "file": file_name(file), "title": progress.title, "municipality": progress.municipality,
        "period": {"start": _date(progress.start), "end": _date(progress.end)},
        "as_of": _date(progress.today), "over": progress.over,
        "extended": progress.extended, "summary": summary_record(progress.summary),
        "categories": categories_record(progress.summary),
        "summary_text": summary_line(progress, lang),
        "targets": [target_record(x, lang) for x in progress.targets],
        "indicators": [indicator_record(i) for i in progress.indicators],
    }


def render_status_json(items: Sequence[Item], lang: str) -> str:
    """{"format": "pledge-status", "version": 1, "language", "pledges": [...], "totals"}."""
    totals = sum((p.summary for _, p in items), Summary())
    document = {
        "format": JSON_FORMAT, "version": JSON_VERSION, "language": lang,
        "pledges": [pledge_record(f, p, lang) for f, p in items],
        "totals": summary_record(totals),
    }
    return json.dumps(json_safe(document), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def render_status_csv(items: Sequence[Item], lang: str,
                      dialect: CsvDialect = "people") -> str:
    """One row per target of every pledge, columns CSV_COLUMNS (render.report.csv_table:
    Swedish Excel's dialect with headings in `lang`, or the machine's with the ids)."""
    rows = []
    for file, progress in items:
        for target in progress.targets:
            record = target_record(target, lang)
            record.update(
                file=file_name(file), pledge=progress.title, owners=";".join(target.owners),
                priorities=";".join(target.priorities), done=target.done.value,
                done_qualifier=target.done.qualifier,
                periods_missed=";".join(record["periods_missed"] or []) or None,
                target_group=";".join(target.target_group) or None,
                excluded=";".join(f"{x.event.date.isoformat()} {x.reason}"
                                  for x in target.excluded) or None)
            rows.append([record[c] for c in CSV_COLUMNS] if dialect == "machine"
                        else people_row(CSV_COLUMNS, record, lang))
    headers = CSV_COLUMNS if dialect == "machine" else [
        t(f"csv.status.{c}", lang) for c in CSV_COLUMNS]
    return render_csv(headers, rows, lang, dialect)


def _cell(text: str) -> str:
    return markdown_text(text)  # escaped as the report's Markdown: no raw HTML gets through


def render_status_markdown(progress: PledgeProgress, lang: str, by: GroupBy = "owner") -> str:
    """Headings, a table per group, the summary line and the indicators, in Markdown."""
    lines = [f"## {_cell(progress.title)} · {_cell(progress.municipality)}", "",
             period_line(progress, lang), "", f"**{summary_line(progress, lang)}**", ""]
    head = [t(f"status.col.{c}", lang) for c in ("status", "target", "done", "last")]
    for title, targets in group_targets(progress, by, lang):
        lines += [f"### {_cell(title)}", "", _row(head), _row(["---"] * len(head))]
        for target in targets:
            text = f"{_cell(target.text)} (`{target.id}`)"
            for note in (words.result_detail(target.result, lang),
                         words.outcome_note(target, lang),
                         *words.target_notes(target, lang)):
                if note:
                    text += " – " + _cell(note)
            last = target.last_activity.isoformat() if target.last_activity else "–"
            lines.append(_row([words.status_label(target.status, lang), text,
                               _cell(words.progress_text(target, lang)), last]))
        lines.append("")
    if progress.indicators:
        lines += _indicator_markdown(progress.indicators, lang)
    return "\n".join(lines).rstrip("\n") + "\n"


def _indicator_markdown(indicators: Sequence[IndicatorProgress], lang: str) -> list[str]:
    head = [t(f"status.col.{c}", lang)
            for c in ("indicator", "direction", "latest", "change", "trend")]
    lines = [f"### {t('status.indicators', lang)}", "", _row(head),
             _row(["---", "---", "---", "---:", "---"])]
    for i in indicators:
        lines.append(_row([f"{_cell(i.text)} (`{i.id}`)", direction_text(i, lang),
                           latest_text(i, lang), change_text(i, lang), trend_label(i, lang)]))
    return [*lines, ""]


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"
