"""The short lines `pledge log`, `measure` and `import` print: where a target stands now,
an indicator's latest value, and the numbered choice list of the interactive mode.

Built on `core.progress` and `render.words`, so a status reads the same as in `pledge status`.
"""

from __future__ import annotations

from medborgarlofte.core.progress.types import IndicatorProgress, PledgeProgress, TargetProgress
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import signed_text, unit_for
from medborgarlofte.render.words import (
    full_progress_text,
    number_text,
    progress_parts,
    progress_text,
    status_symbol,
    status_word,
)


def progress_line(target: TargetProgress, lang: str,
                  before: TargetProgress | None = None) -> str:
    """'polis-mopedinsatser 2/4, i fas'; with the state `before` the change, what changed:
    'polis-mopedinsatser 1/4 → 2/4, efter plan → i fas', 'varje-ar 0/1 år · år 2 av 2: 0/1 →
    1/1, delvis missat'."""
    done, status = full_progress_text(target, lang), status_word(target.status, lang)
    if before is not None:
        done = _changed(progress_parts(before, lang), progress_parts(target, lang))
        old_status = status_word(before.status, lang)
        if old_status != status:
            status = f"{old_status} → {status}"
    return f"{target.id} {done}, {status}"


def _changed(old: list[str], new: list[str]) -> str:
    """The parts of a progress text with each changed one as 'old → new' (a label they
    share, 'månad 7 av 12: ', said once)."""
    if len(old) != len(new):
        before, after = " · ".join(old), " · ".join(new)
        return after if before == after else f"{before} → {after}"
    parts = []
    for was, now in zip(old, new, strict=True):
        label, _, rest = now.rpartition(": ")
        if was == now:
            parts.append(now)
        elif label and was.startswith(label + ": "):
            parts.append(f"{label}: {was[len(label) + 2:]} → {rest}")
        else:
            parts.append(f"{was} → {now}")
    return " · ".join(parts)


def progress_lines(progress: PledgeProgress, target_ids: list[str], lang: str,
                   before: PledgeProgress | None = None) -> list[str]:
    """One progress line per target id, in the order given; with `before`, what changed."""
    by_id = {p.id: p for p in progress.targets}
    old = {p.id: p for p in before.targets} if before else {}
    return [progress_line(by_id[i], lang, old.get(i)) for i in target_ids if i in by_id]


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


def choice_lines(progress: PledgeProgress, lang: str,
                 texts: dict[str, str] | None = None, width: int = 80) -> list[str]:
    """'  1. polis-mopedinsatser   1/4   ▲ efter plan' for each target, numbered from 1, with
    the commitment's text (from `texts`, by id) wrapped below it when given."""
    import textwrap

    id_width = max((len(p.id) for p in progress.targets), default=0)
    lines = []
    for number, target in enumerate(progress.targets, start=1):
        done = progress_text(target, lang)
        lines.append(f"{number:>3}. {target.id:<{id_width}}  {done:<12} "
                     f"{status_symbol(target.status)} {status_word(target.status, lang)}")
        text = (texts or {}).get(target.id)
        if text:
            lines += textwrap.wrap(" ".join(text.split()), max(width, 30), initial_indent=" " * 5,
                                   subsequent_indent=" " * 5, break_on_hyphens=False)
    return lines
