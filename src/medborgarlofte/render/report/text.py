"""The phrases every report format shares: dates, numbers, goals and progress in words.

Counts and rates are told in the goal's unit ("3 av 4 insatser"); milestones and ongoing work
in activities ("2 aktiviteter"), as `pledge status` tells them, so the formats and the status
table agree.
"""

from __future__ import annotations

import datetime as dt

from medborgarlofte.core.progress.periods import ReportWindow
from medborgarlofte.core.progress.report import CommitmentReport, Report
from medborgarlofte.core.progress.types import Amount
from medborgarlofte.core.schema.model import Event, PledgeInfo
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import number_text, unit_for
from medborgarlofte.render.words import activities_text, amount_text


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
    return t("report.chart_desc", lang, total=months[-1].cumulative if months else 0,
             window=sum(m.count for m in months if m.in_window),
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
    progress = commitment.progress
    if progress.kind == "milestone":
        return t("report.goal.milestone", lang)
    if progress.goal is None:
        return t("report.goal.ongoing", lang)
    number = str(progress.goal)
    if progress.goal_qualifier == "at_least":
        number = t("status.goal.at_least", lang, n=progress.goal)
    text = _with_unit(number, progress.unit, progress.goal, lang)
    if progress.per:
        text += " " + t(f"status.per_unit.{progress.per}", lang)
    return text


def done_in_window(commitment: CommitmentReport, lang: str) -> str:
    """What the window holds: '2 insatser', 'ca 60 tillfällen', '1 aktivitet'."""
    if commitment.progress.kind in ("count", "rate"):
        return _with_unit(amount_text(commitment.in_window, lang), commitment.progress.unit,
                          commitment.in_window.value, lang)
    return activities_text(len(commitment.window_activities), lang)


def done_in_total(commitment: CommitmentReport, lang: str) -> str:
    """Cumulatively by the window's end: '3 av 4 insatser', '24 tillfällen; 3 av 5 avslutade
    veckor uppfyllda (12 totalt)', 'klart 2024-05-02', '5 aktiviteter'."""
    progress = commitment.progress
    if progress.kind == "count":
        done = t("report.of_goal", lang, done=amount_text(progress.done, lang),
                 goal=progress.goal)
        return _with_unit(done, progress.unit, progress.goal or 0, lang)
    if progress.kind == "rate":
        periods = t("report.periods_met", lang, met=progress.periods_met,
                    elapsed=progress.periods_elapsed, total=sum(p.judged for p in
                                                                progress.periods),
                    per=t(f"status.per.{progress.per}", lang))
        done_text = _with_unit(amount_text(progress.done, lang), progress.unit,
                               progress.done.value, lang)
        return f"{done_text}; {periods}"
    activities = activities_text(progress.activity_count, lang)
    if progress.kind == "milestone":
        state = (t("status.done_on", lang, date=progress.completed_on.isoformat())
                 if progress.completed_on else t("report.milestone_open", lang))
        return f"{state} ({activities})"
    return activities


def expected_phrase(commitment: CommitmentReport, window: ReportWindow, lang: str) -> str:
    """'Förväntat till 31 augusti 2024: 2,7' for a count goal still running, else ''."""
    progress = commitment.progress
    if progress.kind != "count" or progress.expected is None or progress.category in (
            "met", "ended"):
        return ""
    return t("report.expected", lang, date=long_date(window.end, lang),
             expected=decimal_text(progress.expected, lang))


def forecast_phrase(commitment: CommitmentReport, lang: str) -> str:
    """'I samma takt: 93 till 31 december 2024' for a count goal still running with some
    activity (a forecast of nothing tells nothing), else ''."""
    progress = commitment.progress
    if (progress.kind != "count" or progress.forecast is None or not progress.done.value
            or progress.category in ("met", "ended")):
        return ""
    return t("report.forecast", lang, forecast=decimal_text(progress.forecast, lang),
             due=long_date(progress.due, lang))
