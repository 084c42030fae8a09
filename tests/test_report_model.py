"""render.report_model: the report agrees with compute_progress at the window's end, and
what it adds (the window's share, the chart, the sections) is counted from the raw events."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.progress.periods import ReportWindow
from medborgarlofte.core.progress.report import build_report
from medborgarlofte.core.schema.model import Event, Pledge
from tests.fixtures.report.cases import FIXTURE, SHIPPED, TODAY, load, window_of

D = dt.date
WINDOWS = {
    "T1": {"period": "2024-T1"},
    "T2": {"period": "2024-T2"},
    "T3": {"period": "2024-T3"},
    "Q2": {"period": "2024-Q2"},
    "year": {"period": "2024"},
    "dates": {"date_from": D(2024, 3, 10), "date_to": D(2024, 6, 9)},
    "default": {},
}


def _last_day(event: Event) -> dt.date:
    return event.until or event.date


def _events_of(pledge: Pledge, target_id: str, start: dt.date, end: dt.date) -> list[Event]:
    """The activities of one target whose last day lies in [start, end], from the file."""
    return [e for e in pledge.event_list
            if target_id in e.target and start <= _last_day(e) <= end]


@pytest.mark.parametrize("path", [FIXTURE, SHIPPED], ids=["fixture", "shipped"])
@pytest.mark.parametrize("window_name", sorted(WINDOWS))
def test_the_report_is_the_progress_at_the_windows_end(path: object, window_name: str) -> None:
    pledge = load(path)  # type: ignore[arg-type]
    window = window_of(pledge, TODAY, **WINDOWS[window_name])  # type: ignore[arg-type]
    report = build_report(pledge, window, TODAY)
    assert report.progress == compute_progress(pledge, window.end)
    assert [c.progress for c in report.commitments] == list(report.progress.targets)
    for commitment in report.commitments:
        expected = _events_of(pledge, commitment.progress.id, window.start, window.end)
        assert sorted(commitment.window_activities, key=_last_day) == sorted(
            expected, key=_last_day)
        assert commitment.in_window.value == sum(e.count for e in expected)
        cumulative = _events_of(pledge, commitment.progress.id, D(1, 1, 1), window.end)
        assert commitment.progress.done.value == sum(e.count for e in cumulative)


def test_the_windows_of_a_year_add_up_to_the_year() -> None:
    pledge = load(FIXTURE)
    tertials = [build_report(pledge, window_of(pledge, TODAY, f"2024-T{n}"), TODAY)
                for n in (1, 2, 3)]
    for index, commitment in enumerate(tertials[-1].commitments):
        parts = [t.commitments[index].in_window.value for t in tertials]
        assert sum(parts) == commitment.progress.done.value
        assert sum(len(t.commitments[index].window_activities) for t in tertials) == \
            len(commitment.progress.activities)


def test_qualifiers_carry_over_to_the_window_amount() -> None:
    report = build_report(load(FIXTURE), ReportWindow(D(2024, 1, 1), D(2024, 4, 30),
                                                      D(2024, 4, 30), "2024-T1"), TODAY)
    controls = report.commitments[0]
    assert (controls.progress.id, controls.in_window.value, controls.in_window.qualifier) == (
        "trafikkontroller", 42, "approx")


def test_the_chart_counts_each_activity_once_month_by_month() -> None:
    pledge = load(FIXTURE)
    report = build_report(pledge, window_of(pledge, TODAY, "2024-T2"), TODAY)
    months = report.chart
    assert [m.start for m in months] == [D(2024, m, 1) for m in range(1, 9)]
    assert months[-1].end == D(2024, 8, 31)
    by_month = [sum(e.count for e in pledge.event_list
                    if (_last_day(e).year, _last_day(e).month) == (2024, m)) for m in range(1, 9)]
    assert [m.count for m in months] == by_month
    assert [m.cumulative for m in months] == [sum(by_month[: i + 1]) for i in range(8)]
    assert [m.in_window for m in months] == [False] * 4 + [True] * 4


def test_every_commitment_is_in_exactly_one_section_in_published_order() -> None:
    report = build_report(load(FIXTURE), window_of(load(FIXTURE)), TODAY)
    listed = [c.progress.id for s in report.sections for c in s.commitments]
    assert sorted(listed) == sorted(c.progress.id for c in report.commitments)
    assert [(s.id, [c.progress.id for c in s.commitments]) for s in report.sections] == [
        ("trafik", ["trafikkontroller", "mopedinsatser", "trafiksakerhetsrad"]),
        ("trygghet", ["narvaro-centrum", "belysning", "foreningssamverkan", "sommarlager"]),
        (None, ["grannsamverkan"]),
    ]


def test_indicators_show_only_what_was_measured_by_the_windows_end() -> None:
    pledge = load(FIXTURE)
    report = build_report(pledge, window_of(pledge, TODAY, "2024-T2"), TODAY)
    safety = report.indicators[0]
    assert [m.date for m in safety.measurements] == [D(2024, 3, 15)]
    assert [m.date for m in safety.table_rows] == [D(2023, 10, 1), D(2024, 3, 15)]
    assert safety.progress.latest_value == 38


def test_signatures_name_the_party() -> None:
    report = build_report(load(SHIPPED), window_of(load(SHIPPED)), TODAY)
    assert [(s.role, s.party) for s in report.signatures] == [
        ("Chef lokalpolisområde Karlshamn", "Polisen"),
        ("Kommunstyrelsens ordförande", "Olofströms kommun"),
    ]


_PLEDGE = load(FIXTURE)


@settings(max_examples=60, deadline=None)
@given(st.dates(D(2024, 1, 1), D(2024, 12, 31)), st.dates(D(2024, 1, 1), D(2024, 12, 31)))
def test_a_window_holds_what_its_end_has_more_than_the_day_before_its_start(
        first: dt.date, last: dt.date) -> None:
    start, end = min(first, last), max(first, last)
    report = build_report(_PLEDGE, ReportWindow(start, end, end), TODAY)
    before = {p.id: p.done.value
              for p in compute_progress(_PLEDGE, start - dt.timedelta(days=1)).targets}
    for commitment in report.commitments:
        p = commitment.progress
        assert commitment.in_window.value == p.done.value - before[p.id]
    assert report.chart[-1].cumulative == sum(
        e.count for e in _PLEDGE.event_list if _last_day(e) <= end)
