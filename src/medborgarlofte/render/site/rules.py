"""The rule that gave a commitment its status, in words, with the numbers it used.

One sentence per goal kind and status, from the rules of docs/progress.md: a count is on
track when what is done reaches the pro-rata share of the goal by today (rounded down), a
rate is judged per sub-period and kept only when every one is met, a milestone is done or
not, ongoing work is active while an activity lies in the last 90 days. A recorded outcome
overrides the computed status. The kinds are matched exhaustively (`assert_never`).
"""

from __future__ import annotations

from typing import assert_never

from medborgarlofte.core.progress.kinds import (
    CountResult,
    CoverageResult,
    MilestoneResult,
    OngoingResult,
    RateResult,
    ResponseResult,
    ShareResult,
)
from medborgarlofte.core.progress.types import INACTIVE_AFTER_DAYS, Status, TargetProgress
from medborgarlofte.i18n import CATALOGUE, t
from medborgarlofte.render.report.text import decimal_text
from medborgarlofte.render.words import amount_text, full_progress_text, status_word


def status_rule(progress: TargetProgress, lang: str) -> str:
    """'Efter plan: 1 av 4 gjorda; i fas kräver minst 2 i dag (2,7 om takten är jämn).'"""
    p = progress
    if p.overridden:
        return t("site.rule.outcome", lang, status=status_word(p.status, lang),
                 computed=status_word(p.computed_status, lang))
    if p.status in (Status.NOT_APPLICABLE, Status.INTENTION_NOT_MET):
        return t(f"site.rule.{p.status.value}", lang, status=status_word(p.status, lang),
                 condition=p.condition or "", progress=full_progress_text(p, lang))
    params: dict[str, object] = {
        "status": status_word(p.status, lang), "done": amount_text(p.done, lang),
        "start": p.start.isoformat(), "due": p.due.isoformat(),
        "last": p.last_activity.isoformat() if p.last_activity else "–",
    }
    result = p.result
    match result:
        case CountResult():
            params.update(goal=result.goal, unit=result.unit or "", required=result.required,
                          expected=decimal_text(result.expected, lang))
        case RateResult():
            params.update(goal=result.goal, met=result.met, elapsed=len(result.ended),
                          missed=len(result.missed), per=t(f"status.per.{result.per}", lang))
        case MilestoneResult():
            params.update(completed=result.completed_on.isoformat()
                          if result.completed_on else "–",
                          activities=amount_text(result.done, lang))
        case OngoingResult():
            params.update(days=INACTIVE_AFTER_DAYS)
        case ShareResult() | CoverageResult() | ResponseResult():
            pass  # told by the generic sentence below, with the kind's own figures
        case _:
            assert_never(result)
    key = f"site.rule.{p.kind}.{p.status.value}"
    if key not in CATALOGUE:  # the kinds of issue 11, a milestone whose recurrence lags
        return t("site.rule.generic", lang, status=status_word(p.status, lang),
                 progress=full_progress_text(p, lang))
    return t(key, lang, **params)
