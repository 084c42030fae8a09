"""Renderers of progress: words and symbols, bars, colour on demand, Markdown escaping."""

from __future__ import annotations

import datetime as dt
import re
import string

import pytest

from medborgarlofte.core.progress.compute import compute_progress
from medborgarlofte.core.progress.types import (
    Amount,
    IndicatorProgress,
    Status,
    Summary,
)
from medborgarlofte.core.schema.model import Event
from medborgarlofte.i18n import status as status_messages
from medborgarlofte.render import words
from medborgarlofte.render.events import date_text
from medborgarlofte.render.status import (
    change_text,
    progress_bar,
    render_status_table,
    render_to_text,
)
from medborgarlofte.render.status_formats import render_status_markdown
from tests.test_progress import pledge_with

D = dt.date.fromisoformat


@pytest.mark.parametrize("status", list(Status))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_every_status_has_a_word_and_a_symbol(status: Status, lang: str) -> None:
    label = words.status_label(status, lang)
    assert label == f"{words.SYMBOLS[status]} {words.status_word(status, lang)}"
    assert status.category in words.STYLES


def test_status_words() -> None:
    assert words.status_label(Status.BEHIND, "sv") == "▲ efter plan"
    assert words.status_label(Status.NOT_MET, "en") == "✖ not fulfilled"
    assert words.status_label(Status.PARTLY_MISSED, "sv") == "✖ delvis missat"
    assert words.status_label(Status.CLOSED_EARLY, "en") == "■ ended early"
    assert words.status_label(Status.CARRIED_FORWARD, "sv") == "→ förs vidare"


def test_status_messages_have_both_languages_with_the_same_placeholders() -> None:
    def fields(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for key, (sv, en) in status_messages.MESSAGES.items():
        assert key.startswith("status.") and sv and en, key
        assert fields(sv) == fields(en), key


@pytest.mark.parametrize(("amount", "sv", "en"), [
    (Amount(60), "60", "60"),
    (Amount(60, "approx"), "ca 60", "about 60"),
    (Amount(14, "at_least"), "minst 14", "at least 14"),
])
def test_amounts(amount: Amount, sv: str, en: str) -> None:
    assert (words.amount_text(amount, "sv"), words.amount_text(amount, "en")) == (sv, en)


def test_amount_keeps_the_weakest_qualifier() -> None:
    assert Amount().plus(2, "at_least").plus(3, "exact") == Amount(5, "at_least")
    assert Amount().plus(2, "at_least").plus(3, "approx").plus(1, "exact") == Amount(6, "approx")


def _summary(**counts: int) -> Summary:
    return Summary({s: counts.get(s.value, 0) for s in Status})


@pytest.mark.parametrize(("summary", "sv", "en"), [
    (_summary(on_track=6, active=1, met=1, done=1, inactive=1),  # listed in STATUS_ORDER
     "10 löften: ✔ uppfyllt 1 · ✔ klart 1 · ● i fas 6 · ● aktivt 1 · ▲ inaktivt 1",
     "10 commitments: ✔ fulfilled 1 · ✔ done 1 · ● on track 6 · ● active 1 · ▲ inactive 1"),
    (_summary(not_met=1), "1 löfte: ✖ ej uppfyllt 1", "1 commitment: ✖ not fulfilled 1"),
    (Summary(), "inga löften", "no commitments"),
])
def test_summary_line(summary: Summary, sv: str, en: str) -> None:
    assert (words.summary_text(summary, "sv"), words.summary_text(summary, "en")) == (sv, en)


@pytest.mark.parametrize(("share", "bar"), [
    (None, ""), (0.0, "░░░░░░░░"), (0.5, "████░░░░"), (0.99, "████████"), (1.7, "████████"),
])
def test_progress_bar(share: float | None, bar: str) -> None:
    assert progress_bar(share) == bar


def test_goal_and_rate_texts() -> None:
    pledge = pledge_with([{"id": "a", "goal": {"at_least": 2, "per": "week"}},
                          {"id": "b", "goal": {"exactly": 4}}],
                         [{"date": "2024-01-02", "target": "a", "count": 2}])
    rate, count = compute_progress(pledge, D("2024-01-13")).targets  # Saturday
    assert (words.goal_text(rate, "sv"), words.goal_text(count, "en")) == (
        "minst 2 per vecka", "4")
    assert words.full_progress_text(rate, "sv") == "1/1 veckor · vecka 2 av 52: 0/2"
    assert words.full_progress_text(rate, "en") == "1/1 weeks · week 2 of 52: 0/2"


def test_change_text_signs() -> None:
    def change(value: float | None) -> IndicatorProgress:
        return IndicatorProgress("i", "x", "increase", None, (), change=value)

    values = (3, -2.5, 0, None, 2.04, 12345)
    assert [change_text(change(v), "en") for v in values] == [
        "+3", "−2.5", "0", "–", "+2", "+12,345"]
    assert [change_text(change(v), "sv") for v in values] == [
        "+3", "−2,5", "0", "–", "+2", "+12\u00a0345"]


def test_range_dates() -> None:
    def event(until: str | None) -> Event:
        return Event(date=D("2024-11-01"), until=D(until) if until else None, target=["a"])

    assert [date_text(event(u)) for u in (None, "2024-11-01", "2024-12-31", "2025-01-31")] == [
        "2024-11-01", "2024-11-01", "2024-11-01–12-31", "2024-11-01–2025-01-31"]


def test_colour_only_when_asked() -> None:
    pledge = pledge_with([{"id": "a", "goal": {"exactly": 4}}])
    progress = compute_progress(pledge, D("2024-07-01"))
    plain = render_status_table(progress, "sv", width=80)
    coloured = render_status_table(progress, "sv", width=80, color=True)
    assert "\x1b[" not in plain and "\x1b[" in coloured
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert [line.rstrip() for line in stripped.splitlines()] == plain.splitlines()


def test_plain_text_has_no_trailing_spaces() -> None:
    assert render_to_text(["a   ", "b"], 20, color=False) == "a\nb\n"


def test_markdown_escapes_pipes() -> None:
    pledge = pledge_with([{"id": "a", "text": "polis | kommun", "goal": {"exactly": 1},
                           "outcome": {"status": "dropped", "reason": "a|b"}}])
    text = render_status_markdown(compute_progress(pledge, D("2024-07-01")), "en")
    assert ("| – dropped | polis \\| kommun (`a`) – decided (computed: on track); grounds: a\\|b "
            "| 0/1 (overridden by a decision) | – |") in text


def test_the_log_line_says_what_changed() -> None:
    """docs/progress.md: after `pledge log`, the part of the figures that moved."""
    from medborgarlofte.render.log_lines import progress_lines

    target = {"id": "varje-ar", "goal": {"at_least": 1, "per": "year"}}
    info = {"period": {"start": "2023-01-01", "end": "2024-12-31"}}
    before = compute_progress(pledge_with([target], [], info=info), D("2024-03-01"))
    after = compute_progress(pledge_with([target], [{"date": "2024-03-01", "target": "varje-ar"}],
                                         info=info), D("2024-03-01"))
    assert progress_lines(after, ["varje-ar"], "sv", before) == [
        "varje-ar 0/1 år · missat: 2023 · år 2 av 2: 0/1 → 1/1, delvis missat"]
    count = {"id": "a", "goal": {"exactly": 4}}
    old = compute_progress(pledge_with([count], [{"date": "2024-01-15", "target": "a"}]),
                           D("2024-07-01"))
    new = compute_progress(pledge_with([count], [{"date": "2024-01-15", "target": "a"}] * 2),
                           D("2024-07-01"))
    assert progress_lines(new, ["a"], "sv", old) == ["a 1/4 → 2/4, efter plan → i fas"]
