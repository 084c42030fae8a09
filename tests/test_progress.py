"""The progress model: the pace rule and every goal kind, on the examples of docs/progress.md."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from medborgarlofte.core.progress.compute import compute_progress, filter_progress
from medborgarlofte.core.progress.types import (
    INACTIVE_AFTER_DAYS,
    Amount,
    CountResult,
    MilestoneResult,
    RateResult,
    Status,
    TargetProgress,
)
from medborgarlofte.core.schema.model import Pledge

D = dt.date.fromisoformat


def pledge_with(targets: list[dict[str, Any]], events: list[dict[str, Any]] | None = None,
                **extra: Any) -> Pledge:
    """A 2024 pledge with these targets and events (dates as ISO strings)."""
    info: dict[str, Any] = {"title": "T", "municipality": "Exempelby kommun",
                            "period": {"start": "2024-01-01", "end": "2024-12-31"}}
    info.update(extra.pop("info", {}))
    return Pledge.model_validate({
        "schema_version": 1, "pledge": info,
        "parties": {"polisen": {"name": "Polisen", "kind": "polis"},
                    "kommunen": {"name": "Kommunen", "kind": "kommun"},
                    "bolaget": {"name": "Bostadsbolaget", "kind": "other"}},
        "priorities": [{"id": "p1", "text": "P1"}, {"id": "p2", "text": "P2"}],
        "targets": [{"text": "x", "owners": ["polisen"], **t} for t in targets],
        "events": events or [], **extra,
    })


def one(target: dict[str, Any], events: list[dict[str, Any]], today: str,
        **extra: Any) -> TargetProgress:
    """The progress of a single target on `today`."""
    return compute_progress(pledge_with([target], events, **extra), D(today)).targets[0]


def count(target: TargetProgress) -> CountResult:
    assert isinstance(target.result, CountResult)
    return target.result


def rate(target: TargetProgress) -> RateResult:
    assert isinstance(target.result, RateResult)
    return target.result


FOUR = {"id": "a", "goal": {"exactly": 4}}


def times(n: int, date: str = "2024-01-15", target: str = "a") -> list[dict[str, Any]]:
    return [{"date": date, "target": target} for _ in range(n)]


# --- the pace rule: the examples the issue requires, then the table in docs/progress.md

def test_goal_of_4_is_behind_on_july_1_with_1_done() -> None:
    assert one(FOUR, times(1), "2024-07-01").status == Status.BEHIND


def test_goal_of_4_is_on_track_on_july_1_with_2_done() -> None:
    assert one(FOUR, times(2), "2024-07-01").status == Status.ON_TRACK


def test_goal_of_4_is_on_track_on_february_1_with_nothing_done() -> None:
    assert one(FOUR, [], "2024-02-01").status == Status.ON_TRACK


@pytest.mark.parametrize(("today", "done", "expected", "required", "status"), [
    ("2024-02-01", 0, 0.35, 0, Status.ON_TRACK),
    ("2024-07-01", 1, 2.0, 2, Status.BEHIND),
    ("2024-07-01", 2, 2.0, 2, Status.ON_TRACK),
    ("2024-12-31", 3, 4.0, 4, Status.NOT_MET),  # the due date is the last chance
    ("2024-03-01", 4, 0.67, 0, Status.MET),
    ("2024-07-01", 5, 2.0, 2, Status.MET),  # five of "4 st" is met
])
def test_pace_table(today: str, done: int, expected: float, required: int,
                    status: Status) -> None:
    progress = one(FOUR, times(done), today)
    result = count(progress)
    assert (round(result.expected, 2), result.required, progress.status) == (
        expected, required, status)


def test_past_due_and_short_is_not_met() -> None:
    progress = one(FOUR, times(3), "2025-01-01")
    assert (progress.status, progress.done, count(progress).share) == (
        Status.NOT_MET, Amount(3), 0.75)


def test_forecast_is_the_pace_so_far_at_the_due_date() -> None:
    assert count(one(FOUR, times(2), "2024-07-01")).forecast == 4.0
    assert count(one(FOUR, [], "2023-12-31")).forecast is None


def test_window_and_due_set_the_pace() -> None:
    target = {"id": "a", "goal": {"at_least": 2},
              "window": {"start": "2024-09-01", "end": "2024-12-31"}}
    assert one(target, [], "2024-08-01").status == Status.NOT_STARTED
    assert one(target, [], "2024-11-01").status == Status.BEHIND  # floor(2*62/122) = 1
    due = {"id": "a", "goal": {"at_least": 2}, "due": "2024-06-30"}
    assert one(due, times(1), "2024-07-01").status == Status.NOT_MET


def test_an_extension_moves_the_due_date() -> None:
    info = {"extensions": [{"to": "2025-12-31"}]}  # no `decided`: always counts
    progress = one(FOUR, times(1), "2025-01-01", info=info)
    assert (progress.due, progress.status) == (D("2025-12-31"), Status.BEHIND)


def test_as_of_ignores_an_extension_decided_later() -> None:
    """2018 extended to 2019 by a decision of 2019-01-15: on 2018-12-31 the truth was 'not
    met' and the period had ended; from 2019-01-15 the promise runs on."""
    info = {"period": {"start": "2018-01-01", "end": "2018-12-31"},
            "extensions": [{"to": "2019-12-31", "decided": "2019-01-15"}]}
    pledge = pledge_with([{"id": "a", "goal": {"exactly": 4}}], times(3, "2018-06-01"),
                         info=info)
    before = compute_progress(pledge, D("2018-12-31"))
    assert (before.end, before.over, before.extended) == (D("2018-12-31"), True, False)
    assert (before.targets[0].status, before.targets[0].due) == (
        Status.NOT_MET, D("2018-12-31"))
    after = compute_progress(pledge, D("2019-01-15"))
    assert (after.end, after.over, after.extended) == (D("2019-12-31"), False, True)
    assert after.targets[0].status == Status.ON_TRACK  # floor(4 * 380 / 730) = 2 <= 3


def test_as_of_ignores_an_outcome_decided_later() -> None:
    target = {**FOUR, "outcome": {"status": "met", "reason": "beslut i styrgruppen",
                                  "date": "2024-12-20"}}
    early = one(target, [], "2024-12-19")
    assert (early.status, early.outcome, early.overridden) == (Status.BEHIND, None, False)
    late = one(target, [], "2024-12-20")
    assert (late.status, late.computed_status, late.overridden) == (
        Status.MET, Status.BEHIND, True)
    undated = one({**FOUR, "outcome": {"status": "dropped"}}, [], "2024-01-02")
    assert undated.status == Status.DROPPED  # no date: it always applies


# --- qualifiers, ranges, several targets, as-of

def test_qualifiers_sum_to_the_weakest() -> None:
    events = [{"date": "2024-02-01", "target": "a", "count": 40},
              {"date": "2024-03-01", "target": "a", "count": 14, "qualifier": "at_least"}]
    assert one({"id": "a", "goal": {"at_least": 100}}, events, "2024-12-31").done == Amount(
        54, "at_least")
    events.append({"date": "2024-04-01", "target": "a", "count": 6, "qualifier": "approx"})
    assert one({"id": "a", "goal": {"at_least": 60}}, events, "2024-12-31").done == Amount(
        60, "approx")


def test_a_ranged_record_counts_from_its_last_day() -> None:
    events = [{"date": "2024-01-01", "until": "2024-04-30", "target": "a", "count": 303}]
    target = {"id": "a", "goal": {"at_least": 300}}
    assert one(target, events, "2024-04-29").done == Amount(0)
    progress = one(target, events, "2024-04-30")
    assert (progress.done, progress.last_activity) == (Amount(303), D("2024-04-30"))


def test_an_event_counts_for_each_of_its_targets() -> None:
    pledge = pledge_with([FOUR, {"id": "b", "goal": {"at_least": 2}}],
                         [{"date": "2024-03-01", "target": ["a", "b"], "count": 2}])
    progress = compute_progress(pledge, D("2024-07-01"))
    assert [t.done.value for t in progress.targets] == [2, 2]


# --- milestones, ongoing work, outcomes

MILESTONE = {"id": "a", "goal": {"milestone": True}, "due": "2024-06-30"}


@pytest.mark.parametrize(("events", "today", "status"), [
    ([], "2024-03-01", Status.NOT_STARTED),
    ([{"date": "2024-02-01", "target": "a"}], "2024-03-01", Status.IN_PROGRESS),
    ([{"date": "2024-02-01", "target": "a", "done": True}], "2024-03-01", Status.DONE),
    ([{"date": "2024-02-01", "target": "a"}], "2024-07-01", Status.NOT_DONE),
    ([{"date": "2024-02-01", "target": "a"}], "2024-06-30", Status.NOT_DONE),  # the due date
    ([{"date": "2024-08-01", "target": "a", "done": True}], "2024-09-01", Status.DONE),
])
def test_milestone(events: list[dict[str, Any]], today: str, status: Status) -> None:
    assert one(MILESTONE, events, today).status == status


def test_a_done_milestone_has_its_date() -> None:
    events: list[dict[str, Any]] = [{"date": "2024-02-01", "target": "a"},
                                    {"date": "2024-05-02", "target": "a", "done": True}]
    progress = one(MILESTONE, events, "2024-12-31")
    assert isinstance(progress.result, MilestoneResult)
    assert (progress.result.completed_on, progress.result.share, len(progress.activities)) == (
        D("2024-05-02"), 1.0, 2)


@pytest.mark.parametrize(("dates", "today", "status"), [
    ([], "2024-03-01", Status.NOT_STARTED),
    (["2024-02-01"], "2024-03-01", Status.ACTIVE),
    ([], "2024-03-30", Status.NOT_STARTED),  # 89 days since the start
    ([], "2024-03-31", Status.INACTIVE),  # 90 days since the start, nothing logged
    (["2024-02-01"], "2024-04-30", Status.ACTIVE),  # 89 days since the last activity
    (["2024-02-01"], "2024-05-01", Status.INACTIVE),  # 90 days since it
    (["2024-11-01"], "2024-12-30", Status.ACTIVE),
    (["2024-11-01"], "2024-12-31", Status.CARRIED_OUT),  # the due date: an outcome, no pace
    (["2024-02-01"], "2024-12-31", Status.CARRIED_OUT),  # inactive at the end, but done
    (["2024-02-01"], "2025-06-01", Status.CARRIED_OUT),
    ([], "2025-01-01", Status.NOT_CARRIED_OUT),
])
def test_ongoing_inactivity_threshold(dates: list[str], today: str, status: Status) -> None:
    progress = one({"id": "a"}, [{"date": d, "target": "a"} for d in dates], today)
    assert (progress.kind, progress.status) == ("ongoing", status)
    assert INACTIVE_AFTER_DAYS == 90


@pytest.mark.parametrize("end", ["met", "not_met", "carried_forward", "closed_early", "dropped"])
def test_a_recorded_outcome_overrides_the_status(end: str) -> None:
    target = {**FOUR, "outcome": {"status": end, "reason": "pandemin", "date": "2024-06-01"}}
    progress = one(target, times(1), "2024-07-01")
    assert (progress.status, progress.computed_status, progress.reason) == (
        Status(end), Status.BEHIND, "pandemin")
    assert progress.overridden
    assert one(target, times(1), "2024-05-31").status == Status.ON_TRACK  # before the decision


# --- rate goals

RATE = {"id": "a", "goal": {"at_least": 2, "per": "month"}}


def test_rate_partly_missed_after_a_missed_month() -> None:
    """docs/progress.md: 2, 1 and 1 in January-March, judged 2024-03-20: February was
    missed, so the promise can no longer be kept in full; March is month 3 of 12."""
    events = times(2, "2024-01-10") + times(1, "2024-02-10") + times(1, "2024-03-05")
    progress = one(RATE, events, "2024-03-20")
    result = rate(progress)
    assert (progress.status, result.met, len(result.ended)) == (Status.PARTLY_MISSED, 1, 2)
    assert [p.start for p in result.missed] == [D("2024-02-01")]
    assert not result.keepable
    assert result.current is not None and result.current.done == Amount(1)
    assert result.current.number == 3


def test_rate_on_track_early_in_a_month() -> None:
    """docs/progress.md: 2, 2, 0 judged 2024-03-10: March needs floor(2 * 10 / 31) = 0."""
    events = times(2, "2024-01-10") + times(2, "2024-02-10")
    progress = one(RATE, events, "2024-03-10")
    result = rate(progress)
    assert (progress.status, result.met, result.share) == (Status.ON_TRACK, 2, 1.0)
    assert result.current is not None and result.current.status == Status.ON_TRACK


def test_rate_behind_in_the_current_month_only() -> None:
    events = times(2, "2024-01-10") + times(2, "2024-02-10")
    progress = one(RATE, events, "2024-03-20")  # March needs floor(2 * 20 / 31) = 1 by now
    assert (progress.status, rate(progress).keepable) == (Status.BEHIND, True)


def test_a_month_ends_at_the_end_of_its_last_day() -> None:
    """At 2021-12-31 a monthly promise kept in 11 of 12 months shows 11/12, not 10/11."""
    info = {"period": {"start": "2021-01-01", "end": "2021-12-31"}}
    kept = [e for m in range(1, 13) if m != 3 for e in times(2, f"2021-{m:02}-05")]
    progress = one(RATE, kept, "2021-12-31", info=info)
    result = rate(progress)
    assert (result.met, len(result.ended), progress.status) == (11, 12, Status.NOT_MET)
    on_march_31 = rate(one(RATE, kept, "2021-03-31", info=info))
    assert (on_march_31.met, len(on_march_31.ended)) == (2, 3)  # March is judged that evening


def test_rate_after_the_period_is_met_or_not_met() -> None:
    all_months = [e for m in range(1, 13) for e in times(2, f"2024-{m:02}-05")]
    assert one(RATE, all_months, "2025-01-05").status == Status.MET
    assert one(RATE, all_months, "2024-12-31").status == Status.MET  # the due date
    assert one(RATE, all_months[2:], "2025-01-05").status == Status.NOT_MET
    assert len(rate(one(RATE, [], "2025-01-05")).periods) == 12


def test_half_year_rate_at_the_due_date() -> None:
    """A half-yearly promise over two years kept 3 of 4 times: 3 of 4 ended, not 2 of 3."""
    target = {"id": "a", "goal": {"at_least": 1, "per": "half-year"}}
    info = {"period": {"start": "2023-01-01", "end": "2024-12-31"}}
    dates = ["2023-03-01", "2023-09-01", "2024-10-01"]  # the first half of 2024 missed
    progress = one(target, [{"date": d, "target": "a"} for d in dates], "2024-12-31", info=info)
    result = rate(progress)
    assert (result.met, len(result.ended), progress.status) == (3, 4, Status.NOT_MET)


def test_yearly_rate_met_this_year_after_a_missed_year() -> None:
    """'varje år' in a 2-year pledge: 2023 missed, 2024 already met. Year 2 of 2 is shown."""
    target = {"id": "a", "goal": {"at_least": 1, "per": "year"}}
    info = {"period": {"start": "2023-01-01", "end": "2024-12-31"}}
    progress = one(target, times(1, "2024-03-01"), "2024-06-01", info=info)
    result = rate(progress)
    assert (progress.status, result.met, len(result.ended)) == (Status.PARTLY_MISSED, 0, 1)
    assert result.current is not None and result.current.number == 2
    assert result.current.status == Status.MET


def test_weekly_rate_judges_a_clipped_week_pro_rata() -> None:
    progress = rate(one({"id": "a", "goal": {"at_least": 2, "per": "week"}}, [], "2024-12-31"))
    last = progress.periods[-1]  # Monday 30 and Tuesday 31 December: 2 of 7 days
    assert (last.start, last.end, last.required, last.judged) == (
        D("2024-12-30"), D("2024-12-31"), 0, False)
    assert len(progress.periods) == 53


def test_tertials() -> None:
    target = {"id": "a", "goal": {"exactly": 1, "per": "tertial"}}
    progress = one(target, times(1, "2024-02-01"), "2024-06-01")
    assert [(p.start, p.end) for p in rate(progress).periods] == [
        (D("2024-01-01"), D("2024-04-30")), (D("2024-05-01"), D("2024-08-31")),
        (D("2024-09-01"), D("2024-12-31"))]
    assert progress.status == Status.ON_TRACK


# --- indicators

def test_indicator_change_from_baseline_against_direction() -> None:
    indicator = {"id": "i", "text": "Otrygga platser", "direction": "decrease",
                 "baseline": {"date": "2023-12-01", "value": 10},
                 "measurements": [{"date": "2024-06-01", "value": 7},
                                  {"date": "2024-03-01", "value": 12}]}
    pledge = pledge_with([], indicators=[indicator])
    got = compute_progress(pledge, D("2024-12-31")).indicators[0]
    assert (got.latest_value, got.reference_kind, got.change, got.trend) == (
        7, "baseline", -3, "better")
    as_of = compute_progress(pledge, D("2024-04-01")).indicators[0]
    assert (as_of.latest_value, as_of.change, as_of.trend) == (12, 2, "worse")


def test_indicator_without_baseline_compares_with_first() -> None:
    measurements: list[dict[str, Any]] = [{"date": "2024-01-15", "value": 12}]
    indicator = {"id": "i", "text": "Områden", "direction": "increase",
                 "measurements": measurements}
    pledge = pledge_with([], indicators=[indicator])
    assert compute_progress(pledge, D("2024-12-31")).indicators[0].trend == "no_data"
    measurements.append({"date": "2024-09-01", "value": 12})
    pledge = pledge_with([], indicators=[indicator])
    got = compute_progress(pledge, D("2024-12-31")).indicators[0]
    assert (got.reference_kind, got.change, got.trend) == ("first", 0, "unchanged")


# --- owner groups, summary, filters

def test_owner_groups_and_summary() -> None:
    pledge = pledge_with([
        {"id": "a", "goal": {"exactly": 1}, "priorities": ["p1"]},
        {"id": "b", "owners": ["kommunen"], "goal": {"exactly": 4}, "priorities": ["p2"]},
        {"id": "c", "owners": ["polisen", "kommunen"], "goal": {"exactly": 4}},
        {"id": "d", "owners": ["bolaget"]},
    ], times(1))
    progress = compute_progress(pledge, D("2024-07-01"))
    assert [t.owner_group for t in progress.targets] == ["police", "municipality", "joint",
                                                         "other"]
    assert progress.summary.shown == [(Status.MET, 1), (Status.BEHIND, 2),
                                      (Status.INACTIVE, 1)]  # inactive is not 'behind'
    assert (progress.summary.total, progress.summary.category("behind")) == (4, 3)
    kept = filter_progress(progress, parties=["kommunen"], statuses=["behind"])
    assert [t.id for t in kept.targets] == ["b", "c"]
    assert filter_progress(progress, priorities=["p1"]).summary.shown == [(Status.MET, 1)]
    assert [t.id for t in filter_progress(progress, statuses=["inactive"]).targets] == ["d"]


# --- properties

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "status" / "every-kind.yaml"
EVERY_KIND: dict[str, Any] = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
TARGET_IDS = [t["id"] for t in EVERY_KIND["targets"]]
MILESTONES = {t["id"] for t in EVERY_KIND["targets"] if (t.get("goal") or {}).get("milestone")}

RANK = {
    Status.PARTLY_MISSED: 0, Status.NOT_MET: 0, Status.NOT_DONE: 0, Status.INACTIVE: 0,
    Status.NOT_CARRIED_OUT: 0, Status.BEHIND: 1, Status.NOT_STARTED: 2,
    Status.ON_TRACK: 3, Status.IN_PROGRESS: 3, Status.ACTIVE: 3,
    Status.MET: 4, Status.DONE: 4, Status.CARRIED_OUT: 4,
    Status.CARRIED_FORWARD: 5, Status.CLOSED_EARLY: 5, Status.DROPPED: 5,
}
"""Worse to better; a status that adding an activity may reach never ranks lower."""

days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2025, 3, 31))
events = st.builds(
    lambda day, length, targets, count, qualifier, done: {
        "date": day, "target": targets, "count": count, "qualifier": qualifier,
        **({"until": day + dt.timedelta(days=length)} if length else {}),
        **({"done": True} if done else {}),
    },
    st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2024, 12, 31)),
    st.integers(0, 40), st.lists(st.sampled_from(TARGET_IDS), min_size=1, max_size=3),
    st.one_of(st.integers(1, 3), st.integers(1, 50)),
    st.sampled_from(["exact", "approx", "at_least"]), st.booleans(),
)


def _with_events(extra: list[dict[str, Any]], keep: bool = True) -> Pledge:
    data = dict(EVERY_KIND, events=(EVERY_KIND["events"] if keep else []) + extra)
    return Pledge.model_validate(data)


@settings(max_examples=150, deadline=None)
@given(added=st.lists(events, min_size=1, max_size=6), today=days, keep=st.booleans())
def test_adding_an_event_never_lowers_done_nor_worsens_status(
        added: list[dict[str, Any]], today: dt.date, keep: bool) -> None:
    logged: list[dict[str, Any]] = []
    before = compute_progress(_with_events(logged, keep), today)
    for new in added:
        if new.get("done") and not set(new["target"]) <= MILESTONES:
            new = {k: v for k, v in new.items() if k != "done"}
        logged.append(new)
        after = compute_progress(_with_events(logged, keep), today)
        for old, now in zip(before.targets, after.targets, strict=True):
            assert now.done.value >= old.done.value, old.id
            assert RANK[now.status] >= RANK[old.status], (old.id, old.status, now.status)
            assert len(now.activities) >= len(old.activities)
        before = after


@settings(max_examples=60, deadline=None)
@given(today=st.dates(min_value=dt.date(2023, 6, 1), max_value=dt.date(2024, 1, 9)))
def test_as_of_before_every_event_equals_no_events(today: dt.date) -> None:
    first = min(e["date"] for e in EVERY_KIND["events"])
    assert today < first
    assert compute_progress(_with_events([]), today) == compute_progress(
        _with_events([], keep=False), today)


def test_events_are_read_once_per_file() -> None:
    """Linear work: each event is looked at once, whatever the number of targets."""
    many = [{"date": dt.date(2024, 3, 1), "target": "mopedinsatser"}] * 5000
    progress = compute_progress(_with_events(many), dt.date(2024, 12, 31))
    assert progress.targets[1].done.value == 5003
