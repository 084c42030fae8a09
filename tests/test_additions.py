"""Validating appended events alone gives what validating the whole document gives."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from medborgarlofte.core.schema.additions import validate_with_events
from medborgarlofte.core.schema.validation import validate_data
from medborgarlofte.io.yamlread import parse_yaml
from tests.conftest import MINIMAL

TODAY = dt.date(2024, 12, 31)
TEXT = MINIMAL.replace("events: []\n", """\
  - id: rad
    text: Ett råd.
    owners: [kommunen]
    goal: {milestone: true}
events:
  - {date: 2024-02-01, target: rad, done: true}
  - {date: 2024-03-01, target: polis-mopedinsatser}
""")
D = dt.date(2024, 5, 1)


@pytest.mark.parametrize("items", [
    [{"date": D, "target": "polis-mopedinsatser", "count": 2}],
    [{"date": dt.date(2025, 1, 2), "target": "polis-mopedinsatser"}],        # E308
    [{"date": D, "target": "polis-moped"}],                                   # E301
    [{"date": D, "target": "rad", "done": True}],                             # E310
    [{"date": D, "target": "polis-mopedinsatser", "done": True}],             # W311
    [{"date": D, "target": "polis-mopedinsatser", "count": 0}],               # E205
    [{"date": D, "target": "polis-mopedinsatser", "taget": "x"}],             # E202
    [{"date": D, "target": "polis-mopedinsatser", "by": ["brandkaren"]}],     # E302
    [{"date": D, "target": "polis-mopedinsatser"}, {"date": "igår", "target": "rad"}],
])
def test_same_outcome_as_validating_everything(items: list[dict[str, Any]]) -> None:
    parsed = parse_yaml(TEXT)
    pledge, problems = validate_data(parsed.data, TODAY)
    assert pledge is not None and problems == []
    whole = {**parsed.data, "events": [*parsed.data["events"], *items]}
    expected_pledge, expected = validate_data(whole, TODAY)
    found_pledge, found = validate_with_events(pledge, parsed.data, items, TODAY)
    assert found_pledge == expected_pledge
    key = [(p.code, p.path, p.params, p.hint) for p in found]
    assert key == [(p.code, p.path, p.params, p.hint) for p in expected]


def _key(problems: list[Any]) -> list[tuple[Any, ...]]:
    return [(p.code, p.path, p.params, p.hint) for p in problems]


def _clean_fixture() -> dict[str, Any]:
    """The issue-11 fixture (shares, conditions, places, coverage) without the one activity
    it warns about: a pledge without a single problem, with every kind of cross-record
    check to make."""
    from tests.test_pledge_keys import FIXTURE

    data = parse_yaml(FIXTURE.read_text(encoding="utf-8")).data
    day = dt.date(2025, 1, 15)
    warned = [p.path[1] for p in validate_data(data, day)[1]]
    data["events"] = [e for i, e in enumerate(data["events"]) if i not in warned]
    assert validate_data(data, day)[1] == []
    return data


def _variants(event: dict[str, Any]) -> list[dict[str, Any]]:
    return [event, {**event, "place": "Någonstans"}, {**event, "done": True},
            {**event, "items": ["okänt"]}, {**event, "date": dt.date(2025, 2, 1)},
            {**event, "target": "okänd"}, {**event, "count": -1}]


def test_checks_of_the_change_alone_give_what_checking_everything_gives() -> None:
    """`clean`: validate_with_events, validate_event_edit and validate_without_last_events
    against validate_data of the whole new document, for appended, edited and removed
    activities of every kind (checks_of_changed)."""
    from medborgarlofte.core.schema.additions import (
        validate_event_edit,
        validate_without_last_events,
    )

    data = _clean_fixture()
    day = dt.date(2025, 1, 15)
    pledge, _ = validate_data(data, day)
    assert pledge is not None
    events = data["events"]
    compared = 0
    for index, event in enumerate(events):
        for variant in _variants(event):
            whole = {**data, "events": [*events, variant]}
            expected_pledge, expected = validate_data(whole, day)
            found_pledge, found = validate_with_events(pledge, data, [variant], day, True)
            assert (found_pledge, _key(found)) == (expected_pledge, _key(expected))
            edited = {**data, "events": [*events[:index], variant, *events[index + 1:]]}
            expected_pledge, expected = validate_data(edited, day)
            found_pledge, found = validate_event_edit(pledge, data, index, variant, edited,
                                                      day)
            assert (found_pledge, _key(found)) == (expected_pledge, _key(expected))
            compared += 1 if expected else 0
        removed = {**data, "events": [*events[:index], *events[index + 1:]]}
        expected_pledge, expected = validate_data(removed, day)
        found_pledge, found = validate_event_edit(pledge, data, index, None, removed, day)
        assert (found_pledge, _key(found)) == (expected_pledge, _key(expected))
    for count in range(len(events) + 1):
        kept = {**data, "events": events[:len(events) - count]}
        expected_pledge, expected = validate_data(kept, day)
        found_pledge, found = validate_without_last_events(pledge, count, "list", day, True)
        assert (found_pledge, _key(found)) == (expected_pledge, _key(expected))
    assert compared > len(events)  # problems were found, and found the same way
