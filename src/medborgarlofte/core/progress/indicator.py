"""An indicator's progress: latest value, change from the reference, and which way it went."""

from __future__ import annotations

import datetime as dt

from medborgarlofte.core.progress.types import IndicatorProgress
from medborgarlofte.core.schema.model import Indicator, Measurement


def compute_indicator_progress(indicator: Indicator, today: dt.date) -> IndicatorProgress:
    """The indicator as measured by `today` (measurements after it are ignored).

    The change is latest minus reference; the reference is the baseline (when measured by
    `today`), else the first measurement. `trend` compares the change with `direction`.
    """
    measured = sorted((m for m in indicator.measurements if m.date <= today),
                      key=lambda m: m.date)
    baseline = indicator.baseline if indicator.baseline and indicator.baseline.date <= today \
        else None
    result = IndicatorProgress(
        id=indicator.id, text=indicator.text, direction=indicator.direction,
        unit=indicator.unit, priorities=tuple(indicator.priorities),
        measurement_count=len(measured), owners=tuple(indicator.owners),
        threshold=indicator.threshold,
    )
    if not measured:
        return result
    latest = measured[-1]
    if indicator.threshold is not None:
        from dataclasses import replace

        low = indicator.direction == "decrease"
        meets = latest.value <= indicator.threshold if low else latest.value >= indicator.threshold
        result = replace(result, meets=meets)
    reference: Measurement | None = baseline or (measured[0] if len(measured) > 1 else None)
    kind = "baseline" if baseline else "first"
    if reference is None or reference is latest:
        return _with(result, latest, None, None)
    change = latest.value - reference.value
    return _with(result, latest, reference, kind, change, _trend(change, indicator.direction))


def _trend(change: float, direction: str) -> str:
    if change == 0:
        return "unchanged"
    if direction == "none":
        return "changed"
    return "better" if (change > 0) == (direction == "increase") else "worse"


def _with(result: IndicatorProgress, latest: Measurement, reference: Measurement | None,
          kind: str | None, change: float | None = None,
          trend: str = "no_data") -> IndicatorProgress:
    from dataclasses import replace

    return replace(
        result, latest_value=latest.value, latest_date=latest.date,
        reference_value=reference.value if reference else None,
        reference_date=reference.date if reference else None,
        reference_kind=kind, change=change, trend=trend,  # type: ignore[arg-type]
    )
