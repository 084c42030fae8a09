"""Next period's pledge from this one: what changes, what stays, what a person must review.

`plan_renewal(pledge, data, period)` keeps the parties, priorities, commitments (targets) and
indicator definitions, and lists the changes as `Change`s on the file's data: the period and
the title move on ("Medborgarlöfte 2024" -> "Medborgarlöfte 2025"), extensions, sources,
outcomes and events go, dates inside the period (`due`, `window`) move by the same number of
years, and an indicator's last measurement becomes its baseline. Commitments that ended as
carried forward (or dropped, or closed early), texts that name the old years, signatories and
the situation get review notes. `apply_changes` gives the data the new file must read as, so
that a text edit of the old file can be checked against it. Pure.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from medborgarlofte.core.drafting.draft import Period, Review
from medborgarlofte.core.schema.model import Pledge
from medborgarlofte.core.schema.problems import Path

_YEARS_IN_TITLE = re.compile(r"\b([0-9]{4})(?:(\s*[-–/]\s*)([0-9]{4}))?\b")
_ENDED = {"carried_forward": "renew.review.carried_forward", "dropped": "renew.review.dropped",
          "closed_early": "renew.review.closed_early"}


@dataclass(frozen=True)
class Change:
    """Set the value at `path` (a key path), or drop the key; a new key goes before `before`."""

    path: Path
    value: Any = None
    drop: bool = False
    before: str | None = None


@dataclass
class Renewal:
    """The plan: changes to the data, review notes, and the titles and periods involved."""

    period: Period
    title: str
    old_title: str
    old_years: str
    changes: list[Change] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)


def period_overlap(pledge: Pledge, period: Period) -> dt.date | None:
    """The old pledge's last day when the new period does not start after it, else None."""
    end = pledge.pledge.end
    return end if period.start <= end else None


def next_period(pledge: Pledge) -> Period:
    """The period after this one: from the day after its (extended) end to its old last day
    moved on by its length in whole years (2024 extended to February 2025 -> March–December
    2025; 2023–2024 -> 2025–2026)."""
    old = pledge.pledge.period
    length = max(1, round((old.end - old.start).days / 365.25))
    start = pledge.pledge.end + dt.timedelta(days=1)
    end = shift_years(old.end, length)
    while end < start:
        end = shift_years(end, length)
    return Period(start, end)


def shift_years(day: dt.date, years: int) -> dt.date:
    """The same day `years` years on (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def renewed_title(title: str, old: Period, new: Period) -> str | None:
    """The title with the old period's years replaced by the new ones; None if it has none."""
    match = next((m for m in _YEARS_IN_TITLE.finditer(title)
                  if old.start.year <= int(m.group(1)) <= old.end.year), None)
    if match is None:
        return None
    first, last = new.start.year, new.end.year
    years = str(first) if first == last else f"{first}{match.group(2) or '–'}{last}"
    return title[: match.start()] + years + title[match.end():]


def plan_renewal(pledge: Pledge, data: dict[str, Any], period: Period) -> Renewal:
    """The changes and review notes that turn this pledge into next period's."""
    info = pledge.pledge
    old = Period(info.period.start, info.period.end)
    years = period.start.year - old.start.year
    title = renewed_title(info.title, old, period)
    old_years = "–".join(dict.fromkeys((str(old.start.year), str(old.end.year))))
    plan = Renewal(period, title or info.title, info.title, old_years)
    head = data["pledge"]
    if title:
        plan.changes.append(Change(("pledge", "title"), title))
    else:
        plan.reviews.append(Review(("pledge", "title"), "renew.review.title"))
    plan.changes += [Change(("pledge", "period", "start"), period.start),
                     Change(("pledge", "period", "end"), period.end)]
    if "extensions" in head:
        plan.changes.append(Change(("pledge", "extensions"), drop=True))
    _head_reviews(plan, head)
    for i, target in enumerate(data.get("targets") or []):
        _renew_target(plan, i, target, old, period, years)
    for i, priority in enumerate(data.get("priorities") or []):
        _note_years(plan, ("priorities", i), str(priority.get("text", "")), old)
    for i, indicator in enumerate(data.get("indicators") or []):
        _renew_indicator(plan, i, indicator)
    if data.get("events") or ("events" in data and data["events"] is None):
        plan.changes.append(Change(("events",), []))
    return plan


def _head_reviews(plan: Renewal, head: dict[str, Any]) -> None:
    if head.get("sources"):
        plan.changes.append(Change(("pledge", "sources"), []))
    if "sources" in head:
        plan.reviews.append(Review(("pledge", "sources"), "renew.review.sources",
                                   {"title": plan.title}))
    for key in ("signatories", "situation"):
        if head.get(key):
            plan.reviews.append(Review(("pledge", key), f"renew.review.{key}",
                                       {"title": plan.title}))
    for key in ("signed", "versions"):  # last period's signing and texts (issue 11)
        if key in head:
            plan.reviews.append(Review(("pledge", key), f"renew.review.{key}",
                                       {"title": plan.title}))


def _renew_target(plan: Renewal, i: int, target: dict[str, Any], old: Period, new: Period,
                  years: int) -> None:
    path: Path = ("targets", i)
    outcome = target.get("outcome")
    if outcome is not None:
        plan.changes.append(Change((*path, "outcome"), drop=True))
        status = outcome.get("status") if isinstance(outcome, dict) else None
        if status in _ENDED:
            reason = outcome.get("reason")
            plan.reviews.append(Review(path, _ENDED[status], {
                "previous": plan.old_years, "reason": f": {reason}" if reason else ""}))
    _note_years(plan, path, str(target.get("text", "")), old)
    if target.get("results"):  # last period's published results
        plan.changes.append(Change((*path, "results"), drop=True))
    condition = target.get("condition")
    if isinstance(condition, dict) and ({"arose", "date"} & set(condition)):
        kept = {k: v for k, v in condition.items() if k not in ("arose", "date")}
        # whether it arose is next period's question again
        plan.changes.append(Change((*path, "condition"), kept))
    moved = False
    if isinstance(target.get("due"), dt.date):
        moved = _move(plan, (*path, "due"), target["due"], new, years)
    window = target.get("window")
    if isinstance(window, dict) and all(isinstance(window.get(k), dt.date)
                                        for k in ("start", "end")):
        start, end = (shift_years(window[k], years) for k in ("start", "end"))
        if new.start <= start <= end <= new.end:
            plan.changes += [Change((*path, "window", "start"), start),
                             Change((*path, "window", "end"), end)]
            moved = True
        else:
            plan.changes.append(Change((*path, "window"), drop=True))
            plan.reviews.append(Review(path, "renew.review.dates_dropped", {"key": "window"}))
    if moved:
        plan.reviews.append(Review(path, "renew.review.dates", {"years": years}))


def _move(plan: Renewal, path: Path, day: dt.date, new: Period, years: int) -> bool:
    moved = shift_years(day, years)
    if new.start <= moved <= new.end:
        plan.changes.append(Change(path, moved))
        return True
    plan.changes.append(Change(path, drop=True))
    plan.reviews.append(Review(path[:-1], "renew.review.dates_dropped", {"key": path[-1]}))
    return False


def _note_years(plan: Renewal, path: Path, text: str, old: Period) -> None:
    found = [y for y in re.findall(r"\b([0-9]{4})\b", text)
             if old.start.year <= int(y) <= old.end.year]
    if found:
        plan.reviews.append(Review(path, "renew.review.year_in_text",
                                   {"years": ", ".join(dict.fromkeys(found))}))


def _renew_indicator(plan: Renewal, i: int, indicator: dict[str, Any]) -> None:
    measurements = [m for m in indicator.get("measurements") or [] if isinstance(m, dict)]
    if not measurements:
        return
    last = max(enumerate(measurements), key=lambda pair: (pair[1].get("date"), pair[0]))[1]
    path: Path = ("indicators", i)
    before = None if "baseline" in indicator else "measurements"
    plan.changes += [Change((*path, "baseline"), dict(last), before=before),
                     Change((*path, "measurements"), [])]
    plan.reviews.append(Review((*path, "baseline"), "renew.review.baseline",
                               {"previous": plan.old_years}))


def apply_changes(data: dict[str, Any], changes: list[Change]) -> dict[str, Any]:
    """A copy of `data` with the changes made (new keys are placed before `before`)."""
    result = copy.deepcopy(data)
    for change in changes:
        parent: Any = result
        for part in change.path[:-1]:
            parent = parent[part]
        key = change.path[-1]
        if change.drop:
            parent.pop(key, None)
        elif key in parent or change.before not in parent:
            parent[key] = copy.deepcopy(change.value)
        else:
            items = list(parent.items())
            at = [k for k, _ in items].index(change.before)
            items.insert(at, (key, copy.deepcopy(change.value)))
            parent.clear()
            parent.update(items)
    return result
