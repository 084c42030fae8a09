"""Parsing what a person types: dates, numbers, qualifiers; building items."""

from __future__ import annotations

import datetime as dt

import pytest

from medborgarlofte.core.entries.records import (
    event_item,
    measurement_item,
    parse_day,
    parse_flag,
    parse_measure,
    parse_qualifier,
    parse_whole,
    split_ids,
)

TODAY = dt.date(2024, 3, 1)


@pytest.mark.parametrize(("text", "day"), [
    ("2024-02-29", dt.date(2024, 2, 29)), ("idag", TODAY), ("I dag", TODAY), ("today", TODAY),
    ("igår", dt.date(2024, 2, 29)), ("i går", dt.date(2024, 2, 29)),
    ("Yesterday", dt.date(2024, 2, 29)), ("2024-13-01", None), ("2023-02-29", None),
    ("2024-3-1", None), ("1/3", None), ("", None),
])
def test_parse_day(text: str, day: dt.date | None) -> None:
    assert parse_day(text, TODAY) == day


def test_numbers_and_words() -> None:
    assert [parse_whole(t) for t in ("12", " 1 200 ", "-3", "1.5", "x", "")] == [
        12, 1200, -3, None, None, None]
    assert [parse_measure(t) for t in ("14", "3,5", "3.5", ".5", "1e3", "nan", "x")] == [
        14, 3.5, 3.5, 0.5, None, None, None]
    assert [parse_qualifier(t) for t in ("ca", "Minst", "exakt", "approx", "typ")] == [
        "approx", "at_least", "exact", "approx", None]
    assert [parse_flag(t) for t in ("ja", "X", "", "nej", "kanske")] == [
        True, True, False, False, None]
    assert split_ids(" a, b|c  d;e ") == ["a", "b", "c", "d", "e"]


def test_event_item_leaves_defaults_out_and_keeps_key_order() -> None:
    assert event_item(date=TODAY, targets=["a"]) == {"date": TODAY, "target": "a", "count": 1}
    item = event_item(date=TODAY, targets=["a", "b"], count=2, until=TODAY, qualifier="approx",
                      by=["polisen"], participants=0, place="P", note="N", reference="R",
                      done=True)
    assert list(item) == ["date", "until", "target", "count", "qualifier", "by",
                          "participants", "place", "note", "reference", "done"]
    assert (item["target"], item["by"], item["participants"]) == (["a", "b"], "polisen", 0)


def test_measurement_item() -> None:
    assert measurement_item(date=TODAY, value=3.5, source="", note="n") == {
        "date": TODAY, "value": 3.5, "note": "n"}
