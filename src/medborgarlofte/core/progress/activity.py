"""The activity log as `pledge events` shows it: filtered, newest first (pure)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from medborgarlofte.core.progress.types import PledgeProgress, last_day
from medborgarlofte.core.schema.model import Event, Pledge


@dataclass(frozen=True)
class LoggedActivity:
    """One event with what filters and tables need: its place in the file and its parties.

    `index` is the event's 0-based position in the file's `events` list; `parties` is `by`,
    or else the owners of its targets (in order, without repeats).
    """

    index: int
    event: Event
    parties: tuple[str, ...]


def event_parties(event: Event, owners: Mapping[str, Sequence[str]]) -> tuple[str, ...]:
    """Who did it: `by`, else the owners of its targets (in order, without repeats); one
    meaning for 'Utfört av' in `pledge events` and in the report."""
    ids = dict.fromkeys(event.target)
    return tuple(event.by or dict.fromkeys(p for i in ids for p in owners.get(i, [])))


def select_events(
    pledge: Pledge,
    progress: PledgeProgress,
    *,
    parties: Iterable[str] = (),
    priorities: Iterable[str] = (),
    targets: Iterable[str] = (),
    statuses: Iterable[str] = (),
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[LoggedActivity]:
    """The events that count by `progress.today` and match every filter, newest first.

    An event matches a target filter (`targets`, `priorities`, `statuses`: status ids or
    categories, as on `progress.today`) when any of its targets does; `parties` match its
    parties; `start`/`end` keep the events whose days overlap that span. Newest first is by
    last day, then by position in the file (the later logged first).
    """
    party_set, prio_set, id_set, status_set = map(set, (parties, priorities, targets, statuses))
    owners = {t.id: t.owners for t in pledge.targets}
    prios = {t.id: set(t.priorities) for t in pledge.targets}
    state = {t.id: {t.status.value, t.category} for t in progress.targets}
    found = []
    for index, event in enumerate(pledge.event_list):
        last = last_day(event)
        if last > progress.today or (start and last < start) or (end and event.date > end):
            continue
        ids = list(dict.fromkeys(event.target))
        who = event_parties(event, owners)
        if (party_set and not party_set & set(who)) or (id_set and not id_set & set(ids)):
            continue
        if prio_set and not any(prio_set & prios.get(i, set()) for i in ids):
            continue
        if status_set and not any(status_set & state.get(i, set()) for i in ids):
            continue
        found.append(LoggedActivity(index, event, who))
    found.sort(key=lambda a: (last_day(a.event), a.index), reverse=True)
    return found
