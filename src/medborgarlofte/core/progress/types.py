"""Progress of a pledge on a given day: the shared result types every output reads.

`core.progress.compute.compute_progress(pledge, today)` fills them. A target's progress is
the common part (who, window, status, activities) plus the result of its goal kind
(`result`: one of the `core.progress.kinds` result types), so a field of one kind cannot be
read on another. The rules are written down, with worked examples, in docs/progress.md.

Layering inside `core.progress` (checked by tests/test_architecture.py): `values` (bottom)
← `pace` ← `kinds.*` ← `types` ← `target`, `indicator` ← `compute` ← `report`, `activity`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from medborgarlofte.core.progress.kinds import (
    KINDS,
    CountResult,
    CoverageResult,
    GoalKind,
    KindResult,
    MilestoneResult,
    OngoingResult,
    RateResult,
    ResponseResult,
    ShareResult,
    kind_of,
)
from medborgarlofte.core.progress.values import (
    CATEGORIES,
    INACTIVE_AFTER_DAYS,
    STATUS_ORDER,
    Amount,
    Category,
    Status,
    SubPeriod,
    last_day,
)
from medborgarlofte.core.schema.model import Event, PublishedResult, Target

__all__ = [
    "CATEGORIES", "INACTIVE_AFTER_DAYS", "KINDS", "STATUS_ORDER", "Amount", "Category",
    "CountResult", "CoverageResult", "Excluded", "GoalKind", "IndicatorProgress", "KindResult",
    "MilestoneResult", "OngoingResult", "OwnerGroup", "PledgeProgress", "RateResult",
    "RecordedOutcome", "ResponseResult", "ShareResult", "Status", "SubPeriod", "Summary",
    "TargetProgress", "last_day", "owner_group",
]

OwnerGroup = Literal["police", "municipality", "joint", "other"]


@dataclass(frozen=True)
class RecordedOutcome:
    """A target's `outcome`, known by the day judged: the status it sets, why, and when."""

    status: Status
    reason: str | None
    date: dt.date | None


@dataclass(frozen=True)
class Excluded:
    """An activity logged for a target that does not count for it, and why: `preparation`,
    `type` (an activity type that does not count), `slot_day`, `slot_time`, `slot_no_time`
    (outside the weekdays or hours promised)."""

    event: Event
    reason: str


@dataclass(frozen=True)
class TargetProgress:
    """Where one commitment stands on `today`.

    `result` is its goal kind's result (count, rate, milestone, ongoing); `status` is the
    recorded outcome's when there is one (known by today), else `computed_status`, the
    status its kind's rule gives.
    """

    id: str
    text: str
    owners: tuple[str, ...]
    owner_group: OwnerGroup
    priorities: tuple[str, ...]
    status: Status
    computed_status: Status
    start: dt.date
    due: dt.date
    result: KindResult
    activities: tuple[Event, ...] = ()
    last_activity: dt.date | None = None
    outcome: RecordedOutcome | None = None
    source_id: str = ""
    """The target's id in the file (`id` adds '@place' for a row of a per-place goal)."""
    place: str | None = None
    """The place of this row, for a commitment with one goal per place."""
    modality: str = "ska"
    target_group: tuple[str, ...] = ()
    lead: str | None = None
    lead_name: str | None = None
    owner_units: tuple[str, ...] = ()
    """The owners with the parties they are units of (`part_of`, all the way up)."""
    owner_names: tuple[str, ...] = ()
    """Display names of the owners, a sub-unit with its party: 'Trafikpolisen (Polisen)'."""
    condition: str | None = None
    condition_arose: bool | None = None
    excluded: tuple[Excluded, ...] = ()
    published: tuple[PublishedResult, ...] = ()
    """Results as published sources give them (`results`), side by side."""

    @property
    def by_products(self) -> dict[str, Amount]:
        """The by-products of its activities summed per kind: {'avvisningar': ca 60}."""
        sums: dict[str, Amount] = {}
        for event in self.activities:
            for b in event.results:
                sums[b.what] = sums.get(b.what, Amount()).plus(b.count, b.qualifier)
        return sums

    @property
    def file_id(self) -> str:
        """The id of the target in the file."""
        return self.source_id or self.id

    @property
    def kind(self) -> GoalKind:
        """'count', 'rate', 'milestone' or 'ongoing'."""
        return kind_of(self.result)

    @property
    def category(self) -> Category:
        """The coarse group of the status."""
        return self.status.category

    @property
    def done(self) -> Amount:
        """The counts of its activities summed, with their qualifiers."""
        return self.result.done

    @property
    def overridden(self) -> bool:
        """True when a recorded outcome replaces a different computed status."""
        return self.outcome is not None and self.status != self.computed_status

    @property
    def reason(self) -> str | None:
        """The recorded outcome's reason, if any."""
        return self.outcome.reason if self.outcome else None


@dataclass(frozen=True)
class IndicatorProgress:
    """An effect goal on `today`: latest value, change from the reference, good or bad.

    The reference is the baseline when there is one, else the first measurement (`reference_kind`
    says which). `trend` is better / worse / unchanged against the intended direction,
    `changed` when the indicator has no direction, `no_data` without two values to compare.
    """

    id: str
    text: str
    direction: Literal["increase", "decrease", "none"]
    unit: str | None
    priorities: tuple[str, ...]
    latest_value: float | None = None
    latest_date: dt.date | None = None
    reference_value: float | None = None
    reference_date: dt.date | None = None
    reference_kind: Literal["baseline", "first"] | None = None
    change: float | None = None
    trend: Literal["better", "worse", "unchanged", "changed", "no_data"] = "no_data"
    measurement_count: int = 0
    owners: tuple[str, ...] = ()
    threshold: float | None = None
    meets: bool | None = None
    """The latest value against `threshold`: at least it (increase), at most it (decrease);
    None without a threshold or a value."""


@dataclass(frozen=True)
class Summary:
    """How many commitments have each status: exactly the words the rows show.

    `counts` holds every status in STATUS_ORDER (zeros included); `shown` those with any.
    """

    counts: Mapping[Status, int] = field(default_factory=lambda: dict.fromkeys(STATUS_ORDER, 0))

    @classmethod
    def of(cls, targets: Iterable[TargetProgress]) -> Summary:
        """The counts of these targets."""
        counts = dict.fromkeys(STATUS_ORDER, 0)
        for target in targets:
            counts[target.status] += 1
        return cls(counts)

    @property
    def total(self) -> int:
        """How many commitments."""
        return sum(self.counts.values())

    @property
    def shown(self) -> list[tuple[Status, int]]:
        """(status, count) of each status that occurs, in STATUS_ORDER."""
        return [(s, self.counts[s]) for s in STATUS_ORDER if self.counts[s]]

    def category(self, category: Category) -> int:
        """How many commitments have a status of this category."""
        return sum(n for s, n in self.counts.items() if s.category == category)

    def __add__(self, other: Summary) -> Summary:
        return Summary({s: self.counts[s] + other.counts[s] for s in STATUS_ORDER})


@dataclass(frozen=True)
class PledgeProgress:
    """The whole pledge on `today`: every target and indicator, in published order.

    `end` is the pledge's last day as known on `today` (extensions decided later are not
    counted); `over` is True from that day on (judged at the end of today).
    """

    title: str
    municipality: str
    start: dt.date
    end: dt.date
    today: dt.date
    language: str
    targets: tuple[TargetProgress, ...]
    indicators: tuple[IndicatorProgress, ...]
    summary: Summary = field(default_factory=Summary)
    priorities: tuple[tuple[str, str], ...] = ()
    """(id, title or else text) of each priority, in published order."""
    parties: tuple[tuple[str, str], ...] = ()
    """(id, display name) of each party, in the file's order."""
    extended: bool = False
    """True when an extension known on `today` moved the end."""
    open_ended: bool = False
    """True when the pledge runs until further notice (`end` closes the follow-up year)."""

    @property
    def over(self) -> bool:
        """True from the last day of the pledge on: the year is told as outcomes."""
        return self.today >= self.end


def owner_group(target: Target, kinds: Mapping[str, str]) -> OwnerGroup:
    """police, municipality, joint (several owners) or other."""
    if len(target.owners) > 1:
        return "joint"
    kind = kinds.get(target.owners[0])
    return "police" if kind == "polis" else "municipality" if kind == "kommun" else "other"
