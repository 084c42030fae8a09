"""core.periods: follow-up periods and the window a report covers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medborgarlofte.core.progress.periods import (
    FollowUpPeriod,
    ReportWindow,
    WindowError,
    latest_completed,
    parse_period,
    periods_overlapping,
    resolve_window,
)

D = dt.date
START, END = D(2024, 1, 1), D(2024, 12, 31)


@pytest.mark.parametrize("text, label, start, end", [
    ("2024-T1", "2024-T1", D(2024, 1, 1), D(2024, 4, 30)),
    ("2024-T2", "2024-T2", D(2024, 5, 1), D(2024, 8, 31)),
    ("2024-t3", "2024-T3", D(2024, 9, 1), D(2024, 12, 31)),
    ("2024-Q1", "2024-Q1", D(2024, 1, 1), D(2024, 3, 31)),
    ("2024-Q4", "2024-Q4", D(2024, 10, 1), D(2024, 12, 31)),
    ("2024-H1", "2024-H1", D(2024, 1, 1), D(2024, 6, 30)),
    ("2024-H2", "2024-H2", D(2024, 7, 1), D(2024, 12, 31)),
    (" 2024 ", "2024", D(2024, 1, 1), D(2024, 12, 31)),
])
def test_parse_period(text: str, label: str, start: dt.date, end: dt.date) -> None:
    assert parse_period(text) == FollowUpPeriod(label, start, end)


@pytest.mark.parametrize("text", ["2024-T4", "2024-Q5", "2024-H3", "2024-T0", "T2", "24-T1",
                                  "2024-M1", "2024-T12", "0000", "", "2024-", "2024-T"])
def test_parse_period_refuses(text: str) -> None:
    assert parse_period(text) is None


def test_periods_overlapping_are_clipped_to_the_pledge() -> None:
    found = periods_overlapping("tertial", D(2024, 3, 15), D(2025, 2, 10))
    assert [(p.label, p.start, p.end) for p in found] == [
        ("2024-T1", D(2024, 3, 15), D(2024, 4, 30)),
        ("2024-T2", D(2024, 5, 1), D(2024, 8, 31)),
        ("2024-T3", D(2024, 9, 1), D(2024, 12, 31)),
        ("2025-T1", D(2025, 1, 1), D(2025, 2, 10)),
    ]


@pytest.mark.parametrize("cadence, today, label", [
    ("tertial", D(2024, 5, 1), "2024-T1"),
    ("tertial", D(2024, 8, 31), "2024-T1"),   # T2's last day: not yet ended
    ("tertial", D(2024, 9, 1), "2024-T2"),
    ("tertial", D(2024, 12, 31), "2024-T2"),
    ("tertial", D(2025, 1, 1), "2024-T3"),
    ("tertial", D(2030, 6, 1), "2024-T3"),    # long after: the pledge's last period
    ("quarter", D(2024, 7, 2), "2024-Q2"),
    ("half-year", D(2024, 7, 1), "2024-H1"),
    ("year", D(2025, 1, 1), "2024"),
    ("tertial", D(2024, 4, 30), None),        # nothing has ended yet
    ("year", D(2024, 12, 31), None),
])
def test_latest_completed(cadence: str, today: dt.date, label: str | None) -> None:
    found = latest_completed(cadence, START, END, today)
    assert (found.label if found else None) == label


def test_default_window_is_the_latest_completed_period() -> None:
    assert resolve_window(START, END, "tertial", D(2024, 12, 31)) == ReportWindow(
        D(2024, 5, 1), D(2024, 8, 31), D(2024, 8, 31), "2024-T2")


def test_default_window_of_a_pledge_not_on_the_calendar_year_is_clipped() -> None:
    window = resolve_window(D(2024, 7, 1), D(2025, 6, 30), "tertial", D(2024, 9, 15))
    assert window == ReportWindow(D(2024, 7, 1), D(2024, 8, 31), D(2024, 8, 31), "2024-T2")


def test_default_window_before_any_period_ended_is_an_error() -> None:
    assert resolve_window(START, END, "tertial", D(2024, 3, 1)) == WindowError(
        "report.no_completed_period", {"label": "2024-T1", "end": "2024-04-30"})


def test_a_running_period_is_cut_at_today() -> None:
    window = resolve_window(START, END, "tertial", D(2024, 10, 15), period="2024-T3")
    assert window == ReportWindow(D(2024, 9, 1), D(2024, 10, 15), D(2024, 12, 31), "2024-T3")
    assert isinstance(window, ReportWindow) and window.ongoing


def test_a_period_is_clipped_to_the_pledge_with_its_extension() -> None:
    window = resolve_window(D(2024, 3, 1), D(2025, 2, 28), "tertial", D(2025, 6, 1),
                            period="2025-T1")
    assert window == ReportWindow(D(2025, 1, 1), D(2025, 2, 28), D(2025, 2, 28), "2025-T1")


@pytest.mark.parametrize("options, error", [
    ({"period": "2024-T9"}, WindowError("report.bad_period", {"value": "2024-T9"})),
    ({"period": "2023-T1"}, WindowError("report.period_outside", {
        "label": "2023-T1", "start": "2024-01-01", "end": "2024-12-31"})),
    ({"period": "2024-T3"}, WindowError("report.period_future", {
        "label": "2024-T3", "start": "2024-09-01"})),
    ({"period": "2024", "date_from": D(2024, 2, 1)}, WindowError("report.period_and_dates")),
    ({"date_from": D(2024, 6, 1), "date_to": D(2024, 5, 1)}, WindowError(
        "report.from_after_to", {"start": "2024-06-01", "end": "2024-05-01"})),
    ({"date_from": D(2023, 1, 1), "date_to": D(2023, 3, 1)}, WindowError(
        "report.window_outside", {"from": "2023-01-01", "to": "2023-03-01",
                                  "start": "2024-01-01", "end": "2024-12-31"})),
    ({"date_from": D(2024, 8, 1)}, WindowError(
        "report.from_after_to", {"start": "2024-08-01", "end": "2024-07-01"})),
])
def test_window_errors(options: dict[str, object], error: WindowError) -> None:
    assert resolve_window(START, END, "tertial", D(2024, 7, 1), **options) == error  # type: ignore[arg-type]


def test_dates_window_defaults() -> None:
    today = D(2024, 7, 1)
    assert resolve_window(START, END, "tertial", today, date_to=D(2024, 3, 31)) == \
        ReportWindow(START, D(2024, 3, 31), D(2024, 3, 31))
    assert resolve_window(START, END, "tertial", today, date_from=D(2024, 2, 1)) == \
        ReportWindow(D(2024, 2, 1), today, today)
    assert resolve_window(START, END, "tertial", today, date_from=D(2024, 2, 1),
                          date_to=D(2024, 9, 30)) == ReportWindow(D(2024, 2, 1), today,
                                                                  D(2024, 9, 30))


@given(st.sampled_from(["tertial", "quarter", "half-year", "year"]),
       st.dates(D(2000, 1, 1), D(2090, 12, 31)), st.integers(0, 1500))
def test_periods_tile_the_pledge_without_gaps(cadence: str, start: dt.date, days: int) -> None:
    end = start + dt.timedelta(days=days)
    found = periods_overlapping(cadence, start, end)
    assert found[0].start == start and found[-1].end == end
    for before, after in zip(found, found[1:], strict=False):
        assert after.start == before.end + dt.timedelta(days=1)
    for period in found:
        parsed = parse_period(period.label)
        assert parsed is not None and parsed.start <= period.start <= period.end <= parsed.end
