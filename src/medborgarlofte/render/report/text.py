"""The phrases every report format shares: dates, numbers, goals and progress in words.

Counts and rates are told in the goal's unit ("3 av 4 insatser"); milestones and ongoing work
as the sum of their activities' counts ("303 aktiviteter", "ca 60 aktiviteter"), as
`pledge status` tells them, so the formats and the status table agree. Every function that
tells goal kinds apart matches all of them (`assert_never`).
"""

from __future__ import annotations

import datetime as dt
from typing import assert_never

from medborgarlofte.core.progress.periods import ReportWindow
from medborgarlofte.core.progress.report import CommitmentReport, Report
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
    Status,
)
from medborgarlofte.core.schema.model import Event, PledgeInfo
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import number_text, unit_for
from medborgarlofte.render.words import (
    activities_amount,
    amount_text,
    current_text,
    missed_text,
    outcome_note,
    published_text,
    result_detail,
    result_text,
    status_word,
    summary_text,
    work_amount,
)


def long_date(day: dt.date, lang: str) -> str:
    """'1 maj 2024' / '1 May 2024'."""
    return f"{day.day} {t(f'report.month.{day.month}', lang)} {day.year}"


def span_text(start: dt.date, end: dt.date, lang: str) -> str:
    """'1 maj 2024 – 31 augusti 2024'."""
    return f"{long_date(start, lang)} – {long_date(end, lang)}"


def window_text(window: ReportWindow, lang: str) -> str:
    """'2024-T2 (1 maj 2024 – 31 augusti 2024)', or the days alone for --from/--to."""
    days = span_text(window.start, window.end, lang)
    return f"{window.label} ({days})" if window.label else days


def window_with_state(window: ReportWindow, lang: str) -> str:
    """`window_text`, and when the period is still running, until when and as of which day."""
    text = window_text(window, lang)
    if window.ongoing:
        text += " – " + t("report.window_ongoing", lang, end=long_date(window.nominal_end, lang),
                          today=long_date(window.end, lang))
    return text


def pledge_period_text(info: PledgeInfo, lang: str) -> str:
    """'1 januari 2024 – 31 december 2024', with ', förlängt till …' after an extension."""
    text = span_text(info.period.start, info.period.end, lang)
    if info.extensions:
        text += ", " + t("report.extended", lang, date=long_date(info.end, lang))
    return text


def chart_description(report: Report, lang: str) -> str:
    """The activity chart in words: the total by the window's end and the window's share."""
    months = report.chart
    in_window = Amount()
    for month in months:
        if month.in_window:
            in_window = in_window.plus(month.done.value, month.done.qualifier)
    total = months[-1].done_so_far if months else Amount()
    return t("report.chart_desc", lang, total=amount_text(total, lang),
             window=amount_text(in_window, lang),
             start=long_date(months[0].start, lang) if months else "",
             end=long_date(report.window.end, lang))


def activity_amount(event: Event, lang: str) -> str:
    """One activity's count with its qualifier: '1', 'ca 30', 'minst 20'."""
    return amount_text(Amount(event.count, event.qualifier), lang)


def window_name(window: ReportWindow) -> str:
    """'2024-T2', or '2024-02-01 – 2024-03-31' for a window given by dates."""
    return window.label or f"{window.start.isoformat()} – {window.end.isoformat()}"


def decimal_text(value: float, lang: str) -> str:
    """A number with at most one decimal, a decimal comma in Swedish: 2.69 -> '2,7'."""
    return number_text(value, lang)


def join_names(names: tuple[str, ...] | list[str], lang: str) -> str:
    """'Polisen och Olofströms kommun'; 'A, B och C'."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t('report.and', lang)} {names[-1]}"


def qualifier_word(amount: Amount, lang: str) -> str:
    """'' for an exact amount, 'ca' / 'minst' otherwise."""
    return "" if amount.qualifier == "exact" else t(f"report.q.{amount.qualifier}", lang)


def _with_unit(text: str, unit: str | None, count: float, lang: str) -> str:
    """'4 insatser', '1 insats': the unit after the number it goes with."""
    return f"{text} {unit_for(unit, count, lang)}" if unit else text


def goal_phrase(commitment: CommitmentReport, lang: str) -> str:
    """'4 insatser', 'minst 2 tillfällen per månad', 'genomförs en gång (delmål)'."""
    result = commitment.progress.result
    match result:
        case CountResult() | RateResult():
            number = str(result.goal)
            if result.qualifier == "at_least":
                number = t("status.goal.at_least", lang, n=result.goal)
            text = _with_unit(number, result.unit, result.goal, lang)
            if isinstance(result, RateResult):
                text += " " + t(f"status.per_unit.{result.per}", lang)
            return text
        case MilestoneResult():
            return t("report.goal.milestone", lang)
        case OngoingResult():
            return t("report.goal.ongoing", lang)
        case ShareResult():
            goal = _with_unit(t("status.goal.percent", lang, n=number_text(result.percent, lang)),
                              result.unit, result.percent, lang)
            return f"{goal} ({t('status.share_of', lang, of=result.of)})"
        case CoverageResult():
            return t("report.goal.cover", lang, items=", ".join(result.items))
        case ResponseResult():
            return t("status.goal.within_hours", lang, n=number_text(result.within_hours, lang))
        case _:
            assert_never(result)


def done_in_window(commitment: CommitmentReport, lang: str) -> str:
    """What the window holds, as the sum of counts: '2 insatser', 'ca 60 tillfällen',
    '303 aktiviteter'."""
    result = commitment.progress.result
    match result:
        case CountResult() | RateResult():
            return _with_unit(amount_text(commitment.in_window, lang), result.unit,
                              commitment.in_window.value, lang)
        case MilestoneResult() | CoverageResult() | ResponseResult():
            return activities_amount(commitment.in_window, lang)
        case OngoingResult():
            return work_amount(commitment.in_window, result.unit, lang)
        case ShareResult():
            return _with_unit(amount_text(commitment.in_window, lang), result.unit,
                              commitment.in_window.value, lang)
        case _:
            assert_never(result)


def done_in_total(commitment: CommitmentReport, lang: str) -> str:
    """Cumulatively by the window's end: '3 av 4 insatser', '24 tillfällen; 3 av 5 avslutade
    veckor uppfyllda, missat: v. 12, vecka 6 av 52: 1/2', 'klart 2024-05-02 (5 aktiviteter)',
    '303 aktiviteter'; '(ersatt av beslut)' when a recorded outcome overrides it."""
    progress = commitment.progress
    text = _result_in_total(progress.result, lang)
    if progress.overridden:
        text += " " + t("status.overridden", lang)
    return text


def _result_in_total(result: KindResult, lang: str) -> str:
    match result:
        case CountResult():
            done = t("report.of_goal", lang, done=amount_text(result.done, lang),
                     goal=result.goal)
            return _with_unit(done, result.unit, result.goal, lang)
        case RateResult():
            periods = t("report.periods_met", lang, met=result.met, elapsed=len(result.ended),
                        total=len(result.judged), per=t(f"status.per.{result.per}", lang))
            done = _with_unit(amount_text(result.done, lang), result.unit, result.done.value,
                              lang)
            parts = [done, periods]
            parts += [x for x in (missed_text(result, lang, limit=None),
                                  current_text(result, lang)) if x]
            return "; ".join(parts)
        case MilestoneResult():
            activities = activities_amount(result.done, lang)
            state = (t("status.done_on", lang, date=result.completed_on.isoformat())
                     if result.completed_on else t("report.milestone_open", lang))
            return f"{state} ({activities})"
        case OngoingResult():
            return work_amount(result.done, result.unit, lang)
        case ShareResult() | CoverageResult() | ResponseResult():
            detail = result_detail(result, lang)
            return "; ".join(x for x in (result_text(result, lang), detail) if x)
        case _:
            assert_never(result)


def _running_count(commitment: CommitmentReport) -> CountResult | None:
    """The count result of a commitment still judged by pace (on track or behind), else None:
    a finished or recorded one has an outcome, not a pace."""
    progress = commitment.progress
    result = progress.result
    if not isinstance(result, CountResult) or progress.status.is_outcome:
        return None
    if progress.status not in (Status.ON_TRACK, Status.BEHIND):
        return None
    return result


def expected_phrase(commitment: CommitmentReport, window: ReportWindow, lang: str) -> str:
    """'Förväntat till 31 augusti 2024: 2,7' for a count goal still running, else ''."""
    result = _running_count(commitment)
    if result is None:
        return ""
    return t("report.expected", lang, date=long_date(window.end, lang),
             expected=decimal_text(result.expected, lang))


def forecast_phrase(commitment: CommitmentReport, lang: str) -> str:
    """'I samma takt: 93 till 31 december 2024' for a count goal still running with some
    activity (a forecast of nothing tells nothing), else ''."""
    result = _running_count(commitment)
    if result is None or result.forecast is None or not result.done.value:
        return ""
    return t("report.forecast", lang, forecast=decimal_text(result.forecast, lang),
             due=long_date(commitment.progress.due, lang))


def outcome_text(commitment: CommitmentReport, lang: str) -> str:
    """'förs vidare, beslut 2024-10-15, motivering: begränsade resurser (beräknat: efter
    plan)': a recorded outcome as the report shows it; '' without one."""
    progress = commitment.progress
    if progress.outcome is None:
        return ""
    return f"{status_word(progress.status, lang)} – {outcome_note(progress, lang)}"


def final_lede(report: Report, lang: str) -> str:
    """'Löftesperioden slutade 31 december 2024; rapporten visar utfallet.' for a window
    that ends on or after the pledge's end (extensions known by then included), else ''."""
    if not report.progress.over:
        return ""
    return t("report.final_lede", lang, end=long_date(report.progress.end, lang))


def summary_sentence(report: Report, lang: str) -> str:
    """'Läget 31 augusti 2024: 10 löften: ✔ uppfyllt 2 · …' or, after the period,
    'Utfall 31 december 2024: …'."""
    key = "report.summary_outcome" if report.progress.over else "report.summary_as_of"
    return t(key, lang, date=long_date(report.window.end, lang),
             summary=summary_text(report.progress.summary, lang))


def extra_facts(c: CommitmentReport, lang: str) -> list[tuple[str, str]]:
    """(label key, text) of what the issue-11 keys add to a commitment in the report: its
    place, target group, intention, lead, the activities that did not count, the by-products
    summed, published results side by side and differing versions."""
    p, target = c.progress, c.target
    facts: list[tuple[str, str]] = []
    if p.place:
        facts.append(("report.places", p.place))
    if target.area:
        facts.append(("report.area", target.area))
    if p.target_group:
        facts.append(("report.target_group", ", ".join(p.target_group)))
    if p.modality != "ska":
        facts.append(("report.modality", t(f"report.modality.{p.modality}", lang)))
    if p.lead:
        facts.append(("report.lead", p.lead_name or p.lead))
    if p.excluded:
        facts.append(("report.excluded", ", ".join(
            f"{x.event.date.isoformat()} ({t('status.excluded.' + x.reason, lang)})"
            for x in p.excluded)))
    sums = p.by_products
    if sums:
        facts.append(("report.byproducts", ", ".join(
            f"{amount_text(a, lang)} {what}" for what, a in sums.items())))
    if target.results:
        facts.append(("report.published_results", published_text(p, lang)))
    if target.versions:
        facts.append(("report.versions", " · ".join(
            f"{v.source}: {v.text or v.note or ''}".rstrip(": ") for v in target.versions)))
    return facts


def pledge_facts(info: PledgeInfo, lang: str) -> list[tuple[str, str]]:
    """(label key, text) of the pledge-level keys: area, signing, open end, the follow-up plan
    as published, differing versions."""
    facts: list[tuple[str, str]] = []
    if info.area:
        facts.append(("report.area", info.area))
    if info.signed or info.open_ended:
        parts = [t("report.signed", lang, date=info.signed.isoformat())] if info.signed else []
        if info.from_signing:
            parts.append(t("report.from_signing", lang))
        if info.open_ended:
            parts.append(t("report.open_ended", lang))
        facts.append(("report.signing", "; ".join(parts)))
    plan = info.follow_up
    if not isinstance(plan, str):
        parts = [t(f"report.cadence.{plan.cadence}", lang)]
        if plan.lead:
            parts.append(t("status.note.lead", lang, lead=plan.lead))
        if plan.channels:
            parts.append(", ".join(plan.channels))
        if plan.text:
            parts.append(f"”{plan.text}”")
        facts.append(("report.follow_up_plan", "; ".join(parts)))
    if info.versions:
        facts.append(("report.versions", " · ".join(
            f"{v.source}: {v.text or v.note or ''}".rstrip(": ") for v in info.versions)))
    return facts
