"""core.checks: cross-record problems of a valid-shaped pledge, with paths and params."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from medborgarlofte.core.schema.checks import GRACE_DAYS, run_checks, suggest
from medborgarlofte.core.schema.model import Pledge

END = dt.date(2024, 12, 31)


def pledge(**sections: Any) -> Pledge:
    data: dict[str, Any] = {
        "schema_version": 1,
        "pledge": {"title": "Medborgarlöfte 2024", "municipality": "Exempelby kommun",
                   "period": {"start": dt.date(2024, 1, 1), "end": END}},
        "parties": {"polisen": {"name": "Polisen", "kind": "polis"},
                    "kommunen": {"name": "Exempelby kommun", "kind": "kommun"}},
        "targets": [
            {"id": "mopeder", "text": "4 st insatser.", "owners": ["polisen"],
             "goal": {"exactly": 4}},
            {"id": "kompetens", "text": "Påbörja insatser.", "owners": ["kommunen"],
             "goal": {"milestone": True}},
        ],
    }
    data.update(sections)
    return Pledge.model_validate(data)


def found(p: Pledge, today: dt.date = END) -> list[tuple[str, tuple[Any, ...]]]:
    return [(problem.code, problem.path) for problem in run_checks(p, today)]


def event(day: dt.date, **extra: Any) -> dict[str, Any]:
    return {"date": day, "target": "mopeder", **extra}


def test_the_grace_is_a_month() -> None:
    assert GRACE_DAYS == 31


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (END, []),
        (END + dt.timedelta(days=1), [("W307", ("events", 0, "date"))]),
        (END + dt.timedelta(days=GRACE_DAYS), [("W307", ("events", 0, "date"))]),
        (END + dt.timedelta(days=GRACE_DAYS + 1), [("E306", ("events", 0, "date"))]),
        (dt.date(2024, 1, 1), []),
        (dt.date(2023, 12, 31), [("E305", ("events", 0, "date"))]),
    ],
)
def test_events_against_the_period_and_its_grace(day: dt.date,
                                                expected: list[tuple[str, Any]]) -> None:
    assert found(pledge(events=[event(day)]), today=dt.date(2026, 1, 1)) == expected


def test_the_future_wins_over_the_grace() -> None:
    assert found(pledge(events=[event(END + dt.timedelta(days=5))]), today=END) == [
        ("E308", ("events", 0, "date"))
    ]


def test_today_itself_is_not_the_future() -> None:
    assert found(pledge(events=[event(dt.date(2024, 6, 1))]), today=dt.date(2024, 6, 1)) == []


def test_a_range_is_judged_by_its_last_day() -> None:
    ev = event(dt.date(2024, 12, 1), until=dt.date(2025, 1, 10))
    problems = run_checks(pledge(events=[ev]), dt.date(2025, 6, 1))
    assert [(p.code, p.path, p.params["date"]) for p in problems] == [
        ("W307", ("events", 0, "until"), dt.date(2025, 1, 10))
    ]


def test_a_range_into_the_future_names_its_end() -> None:
    ev = event(dt.date(2024, 12, 1), until=dt.date(2025, 1, 10))
    assert found(pledge(events=[ev]), today=END) == [("E308", ("events", 0, "until"))]


def test_a_reversed_range_is_one_problem() -> None:
    ev = event(dt.date(2024, 5, 10), until=dt.date(2024, 5, 1))
    assert found(pledge(events=[ev])) == [("E309", ("events", 0, "until"))]


def test_an_extension_moves_the_end_and_the_grace() -> None:
    p = pledge(events=[event(dt.date(2025, 3, 1))])
    assert found(p, today=dt.date(2026, 1, 1)) == [("E306", ("events", 0, "date"))]
    data = p.model_dump()
    data["pledge"]["extensions"] = [{"to": dt.date(2025, 6, 30)}]
    assert found(Pledge.model_validate(data), today=dt.date(2026, 1, 1)) == []


def test_extensions_must_move_forward() -> None:
    data = pledge().model_dump()
    data["pledge"]["extensions"] = [{"to": dt.date(2025, 6, 30)}, {"to": dt.date(2025, 3, 1)}]
    assert found(Pledge.model_validate(data)) == [("E314", ("pledge", "extensions", 1, "to"))]


def test_a_milestone_is_done_once() -> None:
    events = [{"date": dt.date(2024, 3, 1), "target": "kompetens", "done": True},
              {"date": dt.date(2024, 4, 1), "target": "kompetens"},
              {"date": dt.date(2024, 5, 1), "target": "kompetens", "done": True}]
    problems = run_checks(pledge(events=events), END)
    assert [(p.code, p.path, p.params) for p in problems] == [
        ("E310", ("events", 2, "done"), {"id": "kompetens", "first": 1})
    ]


def test_done_false_is_no_completion() -> None:
    events = [{"date": dt.date(2024, 3, 1), "target": "kompetens", "done": True},
              {"date": dt.date(2024, 5, 1), "target": "kompetens", "done": False}]
    assert found(pledge(events=events)) == []


def test_done_on_a_count_is_a_warning() -> None:
    assert found(pledge(events=[event(dt.date(2024, 3, 1), done=True)])) == [
        ("W311", ("events", 0, "done"))
    ]


def test_every_unknown_reference_is_named_where_it_is() -> None:
    p = pledge(
        priorities=[{"id": "narkotika", "text": "Narkotika."}],
        indicators=[{"id": "otrygghet", "text": "Otrygghet", "direction": "decrease",
                     "priorities": ["narkotka"]}],
        events=[{"date": dt.date(2024, 3, 1), "target": ["mopeder", "mopedr"],
                 "by": ["polisen", "kommun"]}],
    )
    assert [(q.code, q.path, q.params.get("suggestion")) for q in run_checks(p, END)] == [
        ("E303", ("indicators", 0, "priorities", 0), "narkotika"),
        ("E301", ("events", 0, "target", 1), "mopeder"),
        ("E302", ("events", 0, "by", 1), "kommunen"),
    ]


def test_duplicate_ids_name_the_first() -> None:
    p = pledge(indicators=[
        {"id": "otrygghet", "text": "a", "direction": "decrease"},
        {"id": "tryggt", "text": "b", "direction": "increase"},
        {"id": "otrygghet", "text": "c", "direction": "none"},
    ])
    assert [(q.code, q.path, q.params) for q in run_checks(p, END)] == [
        ("E304", ("indicators", 2, "id"), {"id": "otrygghet", "first": 1})
    ]


def test_a_window_inside_the_period_is_fine_and_outside_is_not() -> None:
    data = pledge().model_dump()
    data["targets"][0]["window"] = {"start": dt.date(2024, 3, 1), "end": dt.date(2024, 5, 31)}
    data["targets"][1]["window"] = {"start": dt.date(2024, 11, 1), "end": dt.date(2025, 1, 31)}
    assert found(Pledge.model_validate(data)) == [("E312", ("targets", 1, "window"))]


def test_a_reversed_window_is_not_called_outside() -> None:
    data = pledge().model_dump()
    data["targets"][0]["window"] = {"start": dt.date(2024, 5, 1), "end": dt.date(2024, 3, 1)}
    assert found(Pledge.model_validate(data)) == [("E317", ("targets", 0, "window", "end"))]


def test_a_due_date_on_the_last_day_is_inside() -> None:
    data = pledge().model_dump()
    data["targets"][0]["due"] = END
    data["targets"][1]["due"] = END + dt.timedelta(days=1)
    assert found(Pledge.model_validate(data)) == [("E315", ("targets", 1, "due"))]


def test_a_measurement_today_is_fine_tomorrow_is_not() -> None:
    p = pledge(indicators=[{"id": "omraden", "text": "Antal", "direction": "increase",
                            "measurements": [{"date": END, "value": 12},
                                             {"date": END + dt.timedelta(days=1), "value": 13}]}])
    assert found(p) == [("E320", ("indicators", 0, "measurements", 1, "date"))]


@pytest.mark.parametrize(
    ("word", "candidates", "expected"),
    [
        ("polis-moped", ["polis-mopedinsatser", "kommun-fältare"], "polis-mopedinsatser"),
        ("taget", ["date", "target", "count"], "target"),
        ("brandkaren", ["polisen", "kommunen"], None),
        ("x", [], None),
    ],
)
def test_suggest_finds_a_close_word_or_nothing(word: str, candidates: list[str],
                                               expected: str | None) -> None:
    assert suggest(word, candidates) == expected
