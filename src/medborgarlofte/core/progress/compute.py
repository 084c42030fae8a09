"""Compute a pledge's progress on a day, and filter it: the entry points of `core.progress`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace

from medborgarlofte.core.progress.indicator import compute_indicator_progress
from medborgarlofte.core.progress.target import compute_target_rows, end_as_of
from medborgarlofte.core.progress.types import PledgeProgress, Summary, last_day
from medborgarlofte.core.schema.model import Event, Pledge


def compute_progress(pledge: Pledge, today: dt.date) -> PledgeProgress:
    """The progress of every target and indicator, counting activities up to `today`."""
    by_target = events_by_target(pledge.event_list, today)
    targets = tuple(row for target in pledge.targets
                    for row in compute_target_rows(pledge, target, by_target, today))
    indicators = tuple(compute_indicator_progress(i, today) for i in pledge.indicators)
    info = pledge.pledge
    end = end_as_of(info, today)
    return PledgeProgress(
        title=info.title, municipality=info.municipality, start=info.period.start,
        end=end, extended=end != info.period.end, today=today, language=info.language,
        open_ended=info.open_ended,
        targets=targets,
        indicators=indicators, summary=Summary.of(targets),
        priorities=tuple((p.id, p.title or p.text) for p in pledge.priorities),
        parties=tuple((pid, party.name) for pid, party in pledge.parties.items()),
    )


def progress_of_targets(pledge: Pledge, target_ids: Iterable[str],
                        today: dt.date) -> PledgeProgress:
    """`compute_progress` filtered to the targets `target_ids`, counting only their events
    (and those of the targets their share goals refer to): a target's row depends on
    nothing else, so `pledge log` on 100,000 activities does not go over the others'."""
    ids = set(target_ids)
    wanted = set(ids)
    for target in pledge.targets:
        if target.id in ids and target.goal and target.goal.share_of:
            wanted.add(target.goal.share_of)
    events = [e for e in pledge.event_list if not wanted.isdisjoint(e.target)]
    reduced = pledge.model_copy(update={"events": events})
    by_target = events_by_target(events, today)
    rows = tuple(row for target in pledge.targets if target.id in ids
                 for row in compute_target_rows(reduced, target, by_target, today))
    return replace(compute_progress(reduced.model_copy(update={"events": [], "targets": []}),
                                    today), targets=rows, summary=Summary.of(rows))


def events_by_target(events: Iterable[Event], today: dt.date) -> dict[str, list[Event]]:
    """The events that count by `today` (last day on or before it), per target, by date."""
    found: dict[str, list[Event]] = {}
    for event in sorted(events, key=last_day):
        if last_day(event) > today:
            continue
        for target_id in dict.fromkeys(event.target):
            found.setdefault(target_id, []).append(event)
    return found


def filter_progress(
    progress: PledgeProgress,
    *,
    parties: Iterable[str] = (),
    priorities: Iterable[str] = (),
    targets: Iterable[str] = (),
    statuses: Iterable[str] = (),
) -> PledgeProgress:
    """Only the targets that match every given filter (any of the values of each).

    `statuses` takes status ids (behind) and category names (missed) alike. Indicators are
    kept when they follow one of the `priorities` (all of them without a priority filter).
    """
    party_set, prio_set, id_set, status_set = map(set, (parties, priorities, targets, statuses))
    kept = tuple(
        t for t in progress.targets
        if (not party_set or party_set & {*t.owners, *t.owner_units})
        and (not prio_set or prio_set & set(t.priorities))
        and (not id_set or t.id in id_set or t.file_id in id_set)
        and (not status_set or t.status.value in status_set or t.category in status_set)
    )
    indicators = progress.indicators
    if prio_set:
        indicators = tuple(i for i in indicators if prio_set & set(i.priorities))
    if id_set or party_set or status_set:
        indicators = indicators if prio_set else ()
    return replace(progress, targets=kept, indicators=indicators, summary=Summary.of(kept))
