"""The rule that gave a commitment its status, in words, with the numbers it used.

One sentence per goal kind and status category, from the rules of docs/progress.md: a count
is on track when what is done reaches the pro-rata share of the goal by today (rounded
down), a rate is judged per sub-period, a milestone is done or not, ongoing work is active
while an activity lies in the last 90 days. A recorded outcome overrides the computed status.
"""

from __future__ import annotations

from medborgarlofte.core.progress.types import INACTIVE_AFTER_DAYS, TargetProgress
from medborgarlofte.i18n import t
from medborgarlofte.render.report.text import decimal_text
from medborgarlofte.render.words import amount_text, status_word


def status_rule(progress: TargetProgress, lang: str) -> str:
    """'Efter plan: 1 av 4 gjorda; i fas kräver minst 2 i dag (2,7 om takten är jämn).'"""
    p = progress
    if p.status != p.computed_status:
        return t("site.rule.outcome", lang, status=status_word(p.status, lang),
                 computed=status_word(p.computed_status, lang))
    params = {
        "status": status_word(p.status, lang), "done": amount_text(p.done, lang),
        "goal": p.goal if p.goal is not None else "–", "unit": p.unit or "",
        "required": p.required if p.required is not None else 0,
        "expected": decimal_text(p.expected, lang) if p.expected is not None else "–",
        "start": p.start.isoformat(), "due": p.due.isoformat(),
        "met": p.periods_met, "elapsed": p.periods_elapsed,
        "per": t(f"status.per.{p.per}", lang) if p.per else "",
        "last": p.last_activity.isoformat() if p.last_activity else "–",
        "days": INACTIVE_AFTER_DAYS, "activities": p.activity_count,
        "completed": p.completed_on.isoformat() if p.completed_on else "–",
    }
    return t(f"site.rule.{p.kind}.{p.category}", lang, **params)
