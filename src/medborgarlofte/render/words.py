"""Progress in words, for every output: status words and symbols, amounts, the summary line.

Plain strings, no Rich: `pledge status`, `pledge report` and `pledge log` share these so that
a status reads the same everywhere. Symbols carry the meaning without colour (NO_COLOR,
print-outs): ✔ met/done, ● on track, ○ not started, ▲ behind, ✖ missed, → ■ – ended.
Every function that tells a goal kind apart matches all of them (`assert_never`).
"""

from __future__ import annotations

from typing import assert_never

from medborgarlofte.core.progress.types import (
    STATUS_ORDER,
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
    SubPeriod,
    Summary,
    TargetProgress,
)
from medborgarlofte.i18n import t

SYMBOLS: dict[Status, str] = {
    Status.MET: "✔", Status.DONE: "✔", Status.CARRIED_OUT: "✔",
    Status.ON_TRACK: "●", Status.IN_PROGRESS: "●", Status.ACTIVE: "●",
    Status.NOT_STARTED: "○",
    Status.BEHIND: "▲", Status.INACTIVE: "▲",
    Status.PARTLY_MISSED: "✖", Status.NOT_MET: "✖", Status.NOT_DONE: "✖",
    Status.NOT_CARRIED_OUT: "✖",
    Status.CARRIED_FORWARD: "→", Status.CLOSED_EARLY: "■", Status.DROPPED: "–",
    Status.NOT_APPLICABLE: "–", Status.INTENTION_NOT_MET: "◇", Status.NOT_REPORTED: "?",
}
assert set(SYMBOLS) == set(STATUS_ORDER) == set(Status)

STYLES: dict[str, str] = {
    "met": "green", "on_track": "green", "not_started": "dim", "behind": "yellow",
    "missed": "red", "ended": "blue",
}
"""Colour of each category (only ever in addition to the symbol and the word)."""

MISSED_LISTED = 3
"""How many missed sub-periods the short progress text names before '+N'."""


def status_word(status: Status, lang: str) -> str:
    """'efter plan' / 'behind'."""
    return t(f"status.word.{status.value}", lang)


def status_symbol(status: Status) -> str:
    """One character that tells the category without colour."""
    return SYMBOLS[status]


def status_label(status: Status, lang: str) -> str:
    """'▲ efter plan': symbol and word."""
    return f"{SYMBOLS[status]} {status_word(status, lang)}"


def number_text(value: float, lang: str) -> str:
    """A number for a person (i18n.numbers): 12 -> '12', 16.5 -> '16,5' in Swedish."""
    from medborgarlofte.i18n.numbers import number_text as formatted

    return formatted(value, lang)


def amount_text(amount: Amount, lang: str) -> str:
    """'60', 'ca 60', 'minst 14' (about 60, at least 14)."""
    if amount.qualifier == "exact":
        return str(amount.value)
    return t(f"status.amount.{amount.qualifier}", lang, n=amount.value)


def activities_amount(amount: Amount, lang: str) -> str:
    """What was done, as the sum of counts: '303 aktiviteter', 'ca 60 aktiviteter',
    '1 aktivitet' (never the number of records)."""
    key = "status.activity_n" if amount.value == 1 else "status.activities"
    return t(key, lang, n=amount_text(amount, lang))


def activities_text(count: int, lang: str) -> str:
    """'1 aktivitet', '3 aktiviteter' (an exact number)."""
    return activities_amount(Amount(count), lang)


def goal_text(target: TargetProgress, lang: str) -> str:
    """The goal as promised: '4', 'minst 2', 'minst 2 per vecka'; '' for ongoing work and
    milestones."""
    result = target.result
    match result:
        case CountResult() | RateResult():
            text = str(result.goal)
            if result.qualifier == "at_least":
                text = t("status.goal.at_least", lang, n=result.goal)
            if isinstance(result, RateResult):
                text += " " + t(f"status.per_unit.{result.per}", lang)
            return text
        case ShareResult():
            return t("status.goal.percent", lang, n=number_text(result.percent, lang))
        case CoverageResult():
            return str(len(result.items))
        case ResponseResult():
            return t("status.goal.within_hours", lang, n=number_text(result.within_hours, lang))
        case MilestoneResult() | OngoingResult():
            return ""
        case _:
            assert_never(result)


def work_amount(amount: Amount, unit: str | None, lang: str) -> str:
    """Ongoing work in its unit: '303 trafikkontroller'; without one '303 aktiviteter'."""
    if unit:
        return f"{amount_text(amount, lang)} {unit}"
    return activities_amount(amount, lang)


def share_text(result: ShareResult, lang: str) -> str:
    """'26/125 (20.8 %)': done of the other target's count, as a percent."""
    reached = result.percent_done
    percent = "–" if reached is None else f"{number_text(round(reached, 1), lang)} %"
    return f"{amount_text(result.done, lang)}/{amount_text(result.of_done, lang)} ({percent})"


def result_text(result: KindResult, lang: str) -> str:
    """What has been done, in short (a table cell): '2/4', 'ca 60/100', '5/6 månader' (met of
    ended sub-periods), '303 aktiviteter' (the sum of counts, never the number of records)."""
    match result:
        case CountResult():
            return f"{amount_text(result.done, lang)}/{result.goal}"
        case RateResult():
            current = "" if result.ended else current_text(result, lang)
            if current:
                return current  # 'år 1 av 1: 0/1', never '0/0 år'
            return f"{result.met}/{len(result.ended)} {t(f'status.per.{result.per}', lang)}"
        case MilestoneResult():
            return activities_amount(result.done, lang)
        case OngoingResult():
            return work_amount(result.done, result.unit, lang)
        case ShareResult():
            return share_text(result, lang)
        case CoverageResult():
            return t("status.covered", lang, n=len(result.covered), total=len(result.items))
        case ResponseResult():
            return t("status.in_time", lang, n=result.in_time, late=len(result.late))
        case _:
            assert_never(result)


def result_detail(result: KindResult, lang: str) -> str:
    """What the short text leaves out: which sub-periods were missed and the current one
    ('missat: feb, mar · månad 7 av 12: 0/2'), the day a milestone was done; '' if nothing."""
    match result:
        case CountResult() | OngoingResult():
            return ""
        case RateResult():
            current = current_text(result, lang) if result.ended else ""
            return " · ".join(x for x in (missed_text(result, lang), current) if x)
        case MilestoneResult():
            if result.lapsed_on is not None:
                return t("status.lapsed_on", lang, date=result.lapsed_on.isoformat())
            if result.completed_on is None:
                return ""
            done = t("status.done_on", lang, date=result.completed_on.isoformat())
            if result.then is None:
                return done
            then = result.then
            recurring = (f"{then.met}/{len(then.ended)} {t(f'status.per.{then.per}', lang)}"
                         if then.ended else current_text(then, lang))
            parts = [done, t("status.then", lang, result=recurring),
                     missed_text(then, lang)]
            return " · ".join(x for x in parts if x)
        case ShareResult():
            return t("status.share_of", lang, of=result.of)
        case CoverageResult():
            if not result.uncovered:
                return ""
            return t("status.uncovered", lang, items=", ".join(result.uncovered))
        case ResponseResult():
            parts = []
            if result.late:
                late = ", ".join(
                    f"{e.date.isoformat()} ({number_text(e.response_hours or 0, lang)} h)"
                    for e in result.late)
                parts.append(t("status.late", lang, items=late))
            if result.unknown:
                parts.append(t("status.response_unknown", lang, n=result.unknown))
            return " · ".join(parts)
        case _:
            assert_never(result)


def progress_text(target: TargetProgress, lang: str) -> str:
    """`result_text`, and '(ersatt av beslut)' when a recorded outcome overrides it."""
    text = result_text(target.result, lang)
    if target.overridden:
        text += " " + t("status.overridden", lang)
    return text


def progress_parts(target: TargetProgress, lang: str) -> list[str]:
    """`progress_text` and the parts of its detail: ['4/6 månader', 'missat: feb, mar',
    'månad 7 av 12: 0/2']."""
    detail = result_detail(target.result, lang)
    return [progress_text(target, lang), *([*detail.split(" · ")] if detail else [])]


def full_progress_text(target: TargetProgress, lang: str) -> str:
    """`progress_text` with its detail: '4/6 månader · missat: feb, mar · månad 7 av 12: 0/2'."""
    return " · ".join(progress_parts(target, lang))


def period_label(result: RateResult, period: SubPeriod, lang: str) -> str:
    """A sub-period by name: 'mars', 'v. 12', 'T2', 'kv. 3', 'H1', '2023' (with the year
    when the window spans several years)."""
    per, day = result.per, period.start
    several_years = result.periods[0].start.year != result.periods[-1].end.year
    if per == "year":
        return str(day.year)
    if per == "week":
        label = t("status.label.week", lang, n=day.isocalendar().week)
    elif per == "month":
        label = t(f"status.label.month.{day.month}", lang)
    elif per == "term":
        label = t("status.label.term." + ("vt" if day.month <= 6 else "ht"), lang)
        return f"{label} {day.year}"
    else:
        months = {"quarter": 3, "tertial": 4, "half-year": 6}[per]
        label = t(f"status.label.{per}", lang, n=(day.month - 1) // months + 1)
    return f"{label} {day.year}" if several_years else label


def missed_text(result: RateResult, lang: str, limit: int | None = MISSED_LISTED) -> str:
    """'missat: mars, maj' (the first `limit`, then '+N'); '' when none was missed."""
    missed = result.missed
    if not missed:
        return ""
    shown = missed if limit is None else missed[:limit]
    labels = [period_label(result, p, lang) for p in shown]
    if len(missed) > len(shown):
        labels.append(f"+{len(missed) - len(shown)}")
    return t("status.rate.missed", lang, periods=", ".join(labels))


def current_text(result: RateResult, lang: str) -> str:
    """'månad 7 av 12: 1/2', the sub-period holding the day judged ('i år 2 av 2'); '' outside
    the window."""
    current = result.current
    if current is None or not current.judged:
        return ""  # outside the window, or a clipped edge too short to need anything
    if current.end <= result.today and current is result.periods[-1]:
        return ""  # after the window's last day there is no current one left to tell
    judged = [p for p in result.periods if p.judged]
    number = next((i for i, p in enumerate(judged, start=1) if p is current), current.number)
    name = t(f"status.per_one.{result.per}", lang, n=number, total=len(judged))
    return f"{name}: {amount_text(current.done, lang)}/{current.required}"


def summary_text(summary: Summary, lang: str) -> str:
    """'16 löften: ✔ uppfyllt 2 · ● i fas 7 · ▲ inaktivt 1': the rows' own words and
    symbols, in STATUS_ORDER, with how many rows show each."""
    if summary.total == 0:
        return t("status.cat.none", lang)
    key = "status.summary.one" if summary.total == 1 else "status.summary"
    parts = [f"{status_label(s, lang)} {n}" for s, n in summary.shown]
    return t(key, lang, total=summary.total, parts=" · ".join(parts))


def outcome_note(target: TargetProgress, lang: str) -> str:
    """A recorded outcome beside the figures: 'beslut 2024-10-15 (beräknat: efter plan);
    motivering: pandemin'; '' without one. 'Motivering' (grounds) reads right for a met
    result as for a dropped one, where 'anledning' (reason) did not."""
    outcome = target.outcome
    if outcome is None:
        return ""
    decided = (t("status.decided", lang, date=outcome.date.isoformat()) if outcome.date
               else t("status.decided_undated", lang))
    if target.overridden:
        computed = t("status.computed", lang, status=status_word(target.computed_status, lang))
        decided = f"{decided} ({computed})"
    if outcome.reason:
        return f"{decided}; {t('status.grounds', lang, reason=outcome.reason)}"
    return decided


MODALITY_KEYS = ("planerar", "verka_for", "se_over", "vill")


def target_notes(target: TargetProgress, lang: str) -> list[str]:
    """What a row says besides its figures: the place, the softer verb, the target group,
    the lead and sub-unit owners, the condition, and the activities that did not count."""
    notes = []
    if target.place:
        notes.append(t("status.note.place", lang, place=target.place))
    if target.modality in MODALITY_KEYS:
        notes.append(t(f"status.note.modality.{target.modality}", lang))
    if target.target_group:
        notes.append(t("status.note.target_group", lang, group=", ".join(target.target_group)))
    if any("(" in name for name in target.owner_names) or target.lead:
        notes.append(t("status.note.owners", lang, owners=", ".join(target.owner_names)))
    if target.lead:
        notes.append(t("status.note.lead", lang, lead=target.lead_name or target.lead))
    if target.condition:
        key = {True: "arose", False: "not_arisen", None: "condition"}[target.condition_arose]
        notes.append(t(f"status.note.{key}", lang, condition=target.condition))
    if target.published:
        notes.append(t("status.note.published", lang, results=published_text(target, lang)))
    if target.excluded:
        shown = [f"{x.event.date.isoformat()}"
                 f"{' ' + x.event.time if x.event.time else ''}"
                 f" ({t('status.excluded.' + x.reason, lang)})" for x in target.excluded]
        notes.append(t("status.note.excluded", lang, items=", ".join(shown)))
    return notes


def threshold_text(meets: bool | None, threshold: float | None, lang: str) -> str:
    """'når målet 20' / 'når inte målet 20' for an indicator with a threshold; ''."""
    if threshold is None or meets is None:
        return ""
    key = "status.indicator.meets" if meets else "status.indicator.below"
    return t(key, lang, threshold=number_text(threshold, lang))


def published_text(target: TargetProgress, lang: str) -> str:
    """'polisen.se tertial 1: ca 50, drygt femtio · kommunens nyhet: 55': each published
    source's result, side by side."""
    return " · ".join(
        f"{r.source}: " + ", ".join(x for x in (
            amount_text(Amount(r.value, r.qualifier), lang) if r.value is not None else "",
            r.text or "") if x) for r in target.published)
