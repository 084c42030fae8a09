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
