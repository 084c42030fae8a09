"""core.validation: plain data to a Pledge, pydantic's errors to stable problems."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from medborgarlofte.core.schema.model import SCHEMA_VERSION
from medborgarlofte.core.schema.validation import allowed_keys, validate_data

TODAY = dt.date(2024, 12, 31)


def minimal(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "schema_version": 1,
        "pledge": {"title": "Medborgarlöfte 2024", "municipality": "Exempelby kommun",
                   "period": {"start": dt.date(2024, 1, 1), "end": dt.date(2024, 12, 31)}},
        "parties": {"polisen": {"name": "Polisen", "kind": "polis"}},
        "targets": [{"id": "mopeder", "text": "4 st insatser.", "owners": ["polisen"]}],
    }
    data.update(changes)
    return data


def problems(data: Any) -> list[tuple[str, tuple[Any, ...], dict[str, Any], str | None]]:
    return [(p.code, p.path, p.params, p.hint) for p in validate_data(data, TODAY)[1]]


def test_a_minimal_pledge_is_valid() -> None:
    pledge, found = validate_data(minimal(), TODAY)
    assert found == []
    assert pledge is not None and pledge.targets[0].id == "mopeder"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (None, [("E106", (), {}, None)]),
        ([1, 2], [("E114", (), {"kind": "kind.list"}, None)]),
        ("text", [("E114", (), {"kind": "kind.scalar"}, None)]),
    ],
)
def test_a_file_that_is_not_a_mapping(data: Any, expected: list[Any]) -> None:
    assert problems(data) == expected


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        (2, ("E116", ("schema_version",), {"version": 2, "supported": 1}, None)),
        ("1", ("E204", ("schema_version",), {"value": "1", "expected": 1},
               "hint.unquote_number")),
        (True, ("E204", ("schema_version",), {"value": "true", "expected": 1}, None)),
        (1.0, ("E204", ("schema_version",), {"value": "1.0", "expected": 1}, None)),
        (0, ("E204", ("schema_version",), {"value": "0", "expected": 1}, None)),
        (None, ("E115", ("schema_version",), {"version": 1}, None)),
    ],
)
def test_a_wrong_schema_version_is_one_problem_and_nothing_else(version: Any,
                                                                expected: Any) -> None:
    assert problems(minimal(schema_version=version, pledge={})) == [expected]


def test_a_missing_schema_version_does_not_hide_the_other_problems() -> None:
    data = minimal()
    del data["schema_version"]
    data["targets"][0]["owners"] = ["polis"]
    assert [p[0] for p in problems(data)] == ["E115", "E302"]


def test_the_supported_version_is_one() -> None:
    assert SCHEMA_VERSION == 1


def test_a_typo_is_one_problem_not_two() -> None:
    data = minimal(events=[{"date": dt.date(2024, 3, 1), "taget": "mopeder"}])
    assert problems(data) == [
        ("E202", ("events", 0, "taget"), {"key": "taget", "suggestion": "target"},
         "hint.did_you_mean"),
    ]


def test_a_missing_field_beside_an_unrelated_unknown_key_is_still_reported() -> None:
    data = minimal(events=[{"date": dt.date(2024, 3, 1), "plats": "Torget"}])
    assert [(p[0], p[1]) for p in problems(data)] == [
        ("E201", ("events", 0, "target")),
        ("E202", ("events", 0, "plats")),
    ]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        ("4", ("E203", {"expected": "type.integer", "value": "4"}, "hint.unquote_number")),
        (True, ("E203", {"expected": "type.integer", "value": "true"}, None)),
        (2.5, ("E203", {"expected": "type.integer", "value": "2.5"}, None)),
        (0, ("E205", {"value": "0", "limit": 1}, None)),
        (None, ("E207", {}, None)),
    ],
)
def test_a_count_is_a_whole_positive_number(count: Any, expected: Any) -> None:
    """2.0 is the whole number 2 (as in JSON Schema: tests/test_schema_agreement.py)."""
    data = minimal(events=[{"date": dt.date(2024, 3, 1), "target": "mopeder", "count": count}])
    code, params, hint = expected
    assert problems(data) == [(code, ("events", 0, "count"), params, hint)]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (float("inf"), ("E203", {"expected": "type.number", "value": "inf"}, None)),
        ("12,5", ("E203", {"expected": "type.number", "value": "12,5"}, "hint.decimal_point")),
        ("12", ("E203", {"expected": "type.number", "value": "12"}, "hint.unquote_number")),
    ],
)
def test_a_measured_value_is_a_finite_number(value: Any, expected: Any) -> None:
    data = minimal(indicators=[{"id": "omraden", "text": "Antal", "direction": "increase",
                                "measurements": [{"date": dt.date(2024, 3, 1), "value": value}]}])
    code, params, hint = expected
    assert problems(data) == [(code, ("indicators", 0, "measurements", 0, "value"), params, hint)]


def test_an_integer_measurement_is_a_number() -> None:
    data = minimal(indicators=[{"id": "omraden", "text": "Antal", "direction": "increase",
                                "measurements": [{"date": dt.date(2024, 3, 1), "value": 12}]}])
    assert problems(data) == []


def test_allowed_values_are_listed_without_english_words() -> None:
    data = minimal(events=[{"date": dt.date(2024, 3, 1), "target": "mopeder", "qualifier": "ca"}])
    assert problems(data) == [
        ("E204", ("events", 0, "qualifier"),
         {"value": "ca", "expected": "exact, approx, at_least"}, None),
    ]


def test_an_invalid_party_key_points_at_the_key() -> None:
    data = minimal(parties={"Polisen": {"name": "Polisen", "kind": "polis"}})
    assert problems(data)[0] == ("E206", ("parties", "Polisen", "[key]"),
                                 {"value": "Polisen"}, None)


def test_a_date_that_is_text_gets_the_date_hint() -> None:
    data = minimal(events=[{"date": "12/3/2024", "target": "mopeder"}])
    assert problems(data) == [
        ("E203", ("events", 0, "date"), {"expected": "type.date", "value": "12/3/2024"},
         "hint.date_format"),
    ]


def test_a_broken_record_is_left_out_and_the_others_keep_their_place() -> None:
    events = [
        {"date": dt.date(2024, 3, 1), "target": "mopeder", "count": 0},
        {"date": dt.date(2024, 3, 2), "target": "moped"},
        {"date": dt.date(2024, 3, 3), "target": "mopeder", "count": -1},
        {"date": dt.date(2025, 3, 3), "target": "mopeder"},
    ]
    assert [(p[0], p[1]) for p in problems(minimal(events=events))] == [
        ("E205", ("events", 0, "count")),
        ("E205", ("events", 2, "count")),
        ("E301", ("events", 1, "target", 0)),
        ("E308", ("events", 3, "date")),
    ]


def test_a_broken_event_still_has_its_references_checked() -> None:
    events = [{"date": "2024-02-30", "target": ["mopeder", "moped"], "by": "polis"},
              {"date": "2024-02-30", "target": 12}]
    assert [(p[0], p[1], p[2].get("value")) for p in problems(minimal(events=events))] == [
        ("E203", ("events", 0, "date"), "2024-02-30"),
        ("E203", ("events", 1, "date"), "2024-02-30"),
        ("E203", ("events", 1, "target"), "12"),
        ("E301", ("events", 0, "target", 1), "moped"),
        ("E302", ("events", 0, "by", 0), "polis"),
    ]


def test_a_broken_target_still_counts_as_known() -> None:
    data = minimal(
        targets=[{"id": "mopeder", "text": "", "owners": ["polisen"]}],
        events=[{"date": dt.date(2024, 3, 1), "target": "mopeder"}],
    )
    assert [(p[0], p[1]) for p in problems(data)] == [("E207", ("targets", 0, "text"))]


def test_a_broken_head_stops_the_cross_record_checks() -> None:
    """Without a valid period there is nothing to check dates against: the head comes
    first, the rest is checked once it is fixed (docs/diagnostics.md says so)."""
    data = minimal(events=[{"date": dt.date(2024, 3, 1), "target": "moped"}])
    data["pledge"] = {**data["pledge"], "perod": data["pledge"]["period"]}
    del data["pledge"]["period"]
    assert [(p[0], p[1]) for p in problems(data)] == [("E202", ("pledge", "perod"))]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ((), ["schema_version", "pledge", "parties", "priorities", "targets", "indicators",
              "events"]),
        (("parties", "polisen"), ["name", "kind", "part_of"]),
        (("targets", 0, "goal"), ["at_least", "exactly", "milestone", "unit", "per", "note",
                                  "share_of", "percent", "cover", "within_hours", "keep",
                                  "then"]),
        (("pledge", "period"), ["start", "end"]),
        (("indicators", 0, "measurements", 3), ["date", "value", "source", "note"]),
        (("pledge", "title"), []),
        (("nothing",), []),
    ],
)
def test_allowed_keys_follow_the_model(path: tuple[Any, ...], expected: list[str]) -> None:
    assert allowed_keys(path, None) == expected


def test_known_ids_of_a_broken_event_are_listed_once_and_only_ids() -> None:
    data = minimal(
        targets=[{"id": "mopeder", "text": "4 st insatser.", "owners": ["polisen"]},
                 {"id": "mopeder", "text": "no", "owners": ["polisen"], "taget": 1}],
        events=[{"date": dt.date(2024, 3, 1), "target": "xyz", "count": 0},
                {"date": dt.date(2024, 3, 2), "target": "mopeder"}],
    )
    unknown = [p for p in problems(data) if p[0] == "E301"]
    assert unknown == [("E301", ("events", 0, "target", 0),
                        {"value": "xyz", "known": "mopeder"}, "hint.known_ids")]


def test_a_whole_number_with_a_point_is_that_number() -> None:
    data = minimal(events=[{"date": dt.date(2024, 3, 1), "target": "mopeder", "count": 2.0}])
    assert problems(data) == []
