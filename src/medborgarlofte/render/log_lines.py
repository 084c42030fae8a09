"""The short lines `pledge log`, `measure` and `import` print: where a target stands now,
an indicator's latest value, and the numbered choice list of the interactive mode.

Built on `core.progress` and `render.words`, so a status reads the same as in `pledge status`.
"""

from __future__ import annotations

from medborgarlofte.core.progress.types import IndicatorProgress, PledgeProgress, TargetProgress
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import signed_text, unit_for
from medborgarlofte.render.words import number_text, progress_text, status_symbol, status_word


def progress_line(target: TargetProgress, lang: str) -> str:
    """'polis-mopedinsatser 2/4, i fas'."""
    return f"{target.id} {progress_text(target, lang)}, {status_word(target.status, lang)}"


def progress_lines(progress: PledgeProgress, target_ids: list[str], lang: str) -> list[str]:
    """One progress line per target id, in the order given."""
    by_id = {p.id: p for p in progress.targets}
    return [progress_line(by_id[i], lang) for i in target_ids if i in by_id]


def indicator_line(indicator: IndicatorProgress, lang: str) -> str:
    """'grannsamverkansomraden 14 (2024-12-31), +2 sedan 2024-01-15, bättre'."""
    if indicator.latest_value is None or indicator.latest_date is None:
        return f"{indicator.id} –"
    unit = unit_for(indicator.unit or "", indicator.latest_value, lang)
    unit = f" {unit}" if unit else ""
    line = (f"{indicator.id} {number_text(indicator.latest_value, lang)}{unit} "
            f"({indicator.latest_date.isoformat()})")
    if indicator.change is not None and indicator.reference_date is not None:
        line += ", " + t("log.indicator_change", lang, change=signed_text(indicator.change, lang),
                         date=indicator.reference_date.isoformat())
        line += ", " + t(f"status.trend.{indicator.trend}", lang)
    return line


def choice_lines(progress: PledgeProgress, lang: str) -> list[str]:
    """'  1. polis-mopedinsatser   1/4   ▲ efter plan' for each target, numbered from 1."""
    width = max((len(p.id) for p in progress.targets), default=0)
    lines = []
    for number, target in enumerate(progress.targets, start=1):
        done = progress_text(target, lang)
        lines.append(f"{number:>3}. {target.id:<{width}}  {done:<12} "
                     f"{status_symbol(target.status)} {status_word(target.status, lang)}")
    return lines
