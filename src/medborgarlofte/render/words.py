"""Progress in words, for every output: status words and symbols, amounts, the summary line.

Plain strings, no Rich: `pledge status`, `pledge report` and `pledge log` share these so that
a status reads the same everywhere. Symbols carry the meaning without colour (NO_COLOR,
print-outs): ✔ met/done, ● on track, ○ not started, ▲ behind, ✖ missed, → ■ – ended.
"""

from __future__ import annotations

from medborgarlofte.core.progress.types import CATEGORIES, Amount, Status, Summary, TargetProgress
from medborgarlofte.i18n import t

SYMBOLS: dict[Status, str] = {
    Status.MET: "✔", Status.DONE: "✔",
    Status.ON_TRACK: "●", Status.IN_PROGRESS: "●", Status.ACTIVE: "●",
    Status.NOT_STARTED: "○",
    Status.BEHIND: "▲", Status.OVERDUE: "▲", Status.INACTIVE: "▲",
    Status.MISSED: "✖", Status.NOT_MET: "✖",
    Status.CARRIED_FORWARD: "→", Status.CLOSED_EARLY: "■", Status.DROPPED: "–",
}

STYLES: dict[str, str] = {
    "met": "green", "on_track": "green", "not_started": "dim", "behind": "yellow",
    "missed": "red", "ended": "blue",
}
"""Colour of each category (only ever in addition to the symbol and the word)."""


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


def goal_text(target: TargetProgress, lang: str) -> str:
    """The goal as promised: '4', 'minst 2', 'minst 2 per vecka'; '' for ongoing work."""
    if target.goal is None or target.kind == "milestone":
        return ""
    text = str(target.goal)
    if target.goal_qualifier == "at_least":
        text = t("status.goal.at_least", lang, n=target.goal)
    if target.per:
        text += " " + t(f"status.per_unit.{target.per}", lang)
    return text


def progress_text(target: TargetProgress, lang: str) -> str:
    """What has been done, in short: '2/4', 'ca 60/100', '3/5 veckor', '2 aktiviteter'."""
    if target.kind == "count":
        return f"{amount_text(target.done, lang)}/{target.goal}"
    if target.kind == "rate":
        return rate_text(target, lang)
    return activities_text(target.activity_count, lang)


def rate_text(target: TargetProgress, lang: str) -> str:
    """'7/11 månader' (sub-periods met of those ended), with the current sub-period when it
    is behind ('2/2 tertial, nu 0/1') or when none has ended yet ('nu 1/2')."""
    current = target.current
    now = t("status.rate.now", lang, done=amount_text(current.done, lang),
            required=current.required) if current else ""
    if target.periods_elapsed == 0:
        return now or f"0/0 {t(f'status.per.{target.per}', lang)}"
    text = f"{target.periods_met}/{target.periods_elapsed} {t(f'status.per.{target.per}', lang)}"
    if current is not None and current.status == Status.BEHIND:
        text += ", " + now
    return text


def activities_text(count: int, lang: str) -> str:
    """'1 aktivitet', '3 aktiviteter'."""
    return t("status.activity", lang) if count == 1 else t("status.activities", lang, n=count)


def summary_text(summary: Summary, lang: str) -> str:
    """'7 av 10 löften i fas, 2 uppfyllda, 1 efter plan' (categories with none left out)."""
    if summary.total == 0:
        return t("status.cat.none", lang)
    one = ".one" if summary.total == 1 else ""
    parts = [t("status.cat.on_track" + one, lang, n=summary.on_track, total=summary.total)]
    for category in CATEGORIES:
        count = getattr(summary, category)
        if category != "on_track" and count:
            suffix = ".one" if count == 1 else ""
            parts.append(t(f"status.cat.{category}{suffix}", lang, n=count))
    return ", ".join(parts)
