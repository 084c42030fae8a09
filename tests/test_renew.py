"""Renewal: the plan (core.renew) and the comment-keeping edit of the old text (io.renewtext)."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from medborgarlofte.core.drafting.draft import Period
from medborgarlofte.core.drafting.renew import (
    apply_changes,
    next_period,
    period_overlap,
    plan_renewal,
    renewed_title,
    shift_years,
)
from medborgarlofte.io.loader import LoadedPledge, load_pledge, load_pledge_bytes
from medborgarlofte.io.renewtext import renewed_text
from medborgarlofte.io.textedit import EditError
from tests.conftest import MINIMAL, OLOFSTROM

D = dt.date

EVERY_CASE = """\
schema_version: 1
pledge:
  title: Trygghetslöfte för Sjöstad
  municipality: Sjöstads kommun
  period: {start: 2023-03-01, end: 2024-02-29}
  extensions:
    - {to: 2024-06-30, reason: Nytt löfte dröjer}
  situation: Läget är lugnt.
  sources: [https://example.org/lofte-2023]
parties:
  polisen: {name: Polisen, kind: polis}
  kommunen: {name: Sjöstads kommun, kind: kommun}
priorities:
  - id: trafik
    text: Säkrare trafik under 2023.
targets:
  - id: a  # den viktigaste
    text: Genomföra 4 hastighetskontroller.
    owners: [polisen]
    priorities: [trafik]
    goal: {exactly: 4, unit: hastighetskontroller}
    due: 2023-09-30
    outcome: {status: carried_forward, reason: Personalbrist}
  - id: b
    text: Ta fram en plan under 2023.
    owners: [kommunen]
    goal: {milestone: true}
    window: {start: 2023-03-01, end: 2023-12-31}
    outcome:
      status: dropped
  - id: c
    text: Samverka.
    owners: [polisen, kommunen]
    due: 2024-02-29
    outcome: {status: met}
indicators:
  - id: otrygghet
    text: Andel som känner sig otrygga
    direction: decrease
    measurements:
      - {date: 2023-05-01, value: 21.5, source: trygghetsmätning}
      - {date: 2023-11-01, value: 19.0}
events:
  - date: 2023-04-01
    target: a
"""

RENEWED = """\
# Förnyat.

schema_version: 1
pledge:
  title: Trygghetslöfte för Sjöstad  # kontrollera: titeln (inget årtal att flytta fram)
  municipality: Sjöstads kommun
  period: {start: 2024-07-01, end: 2025-06-30}
  situation: Läget är lugnt.  # kontrollera: situationen idag inför Trygghetslöfte för Sjöstad
  sources: []  # kontrollera: lägg till var Trygghetslöfte för Sjöstad publiceras
parties:
  polisen: {name: Polisen, kind: polis}
  kommunen: {name: Sjöstads kommun, kind: kommun}
priorities:
  # kontrollera: texten nämner 2023
  - id: trafik
    text: Säkrare trafik under 2023.
targets:
  # kontrollera: fördes vidare från 2023–2024: Personalbrist
  # kontrollera: datum flyttade 1 år framåt
  - id: a  # den viktigaste
    text: Genomföra 4 hastighetskontroller.
    owners: [polisen]
    priorities: [trafik]
    goal: {exactly: 4, unit: hastighetskontroller}
    due: 2024-09-30
  # kontrollera: ströks 2023–2024
  # kontrollera: texten nämner 2023
  # kontrollera: window togs bort (hamnade utanför den nya perioden)
  - id: b
    text: Ta fram en plan under 2023.
    owners: [kommunen]
    goal: {milestone: true}
  # kontrollera: datum flyttade 1 år framåt
  - id: c
    text: Samverka.
    owners: [polisen, kommunen]
    due: 2025-02-28
indicators:
  - id: otrygghet
    text: Andel som känner sig otrygga
    direction: decrease
    baseline: {date: 2023-11-01, value: 19.0}  # senaste mätningen 2023–2024; kontrollera
    measurements: []
events: []
"""


MINIMAL_TWO_YEARS = MINIMAL.replace("period: {start: 2024-01-01, end: 2024-12-31}",
                                    "period: {start: 2023-01-01, end: 2024-12-31}")


JUNE_30 = D(2024, 6, 30)


def loaded_from(text: str, today: dt.date = JUNE_30) -> LoadedPledge:
    loaded = load_pledge_bytes(text.encode("utf-8"), Path("pledge.yaml"), today)
    assert loaded.pledge is not None, loaded.problems
    return loaded


def renew_text(loaded: LoadedPledge, period: Period, lang: str = "sv") -> str:
    assert loaded.pledge is not None and isinstance(loaded.data, dict)
    plan = plan_renewal(loaded.pledge, loaded.data, period)
    expected = apply_changes(loaded.data, plan.changes)
    assert loaded.text is not None
    return renewed_text(loaded.text, loaded.root, plan, expected, lang, ["Förnyat."])


def test_every_change_and_note_in_place_with_comments_kept() -> None:
    loaded = loaded_from(EVERY_CASE)
    text = renew_text(loaded, Period(D(2024, 7, 1), D(2025, 6, 30)))
    assert text == RENEWED
    renewed = loaded_from(text, D(2025, 6, 30)).pledge
    assert renewed is not None and renewed.event_list == []
    assert [t.outcome for t in renewed.targets] == [None, None, None]


def test_notes_in_english() -> None:
    loaded = loaded_from(EVERY_CASE)
    text = renew_text(loaded, Period(D(2024, 7, 1), D(2025, 6, 30)), lang="en")
    assert ("  # check: carried forward from 2023–2024: Personalbrist\n"
            "  # check: dates moved on by 1 year(s)\n  - id: a") in text


def shipped() -> LoadedPledge:
    return load_pledge(OLOFSTROM, D(2024, 12, 31))


def test_shipped_pledge_renewed_keeps_its_targets() -> None:
    loaded = shipped()
    assert loaded.pledge is not None
    text = renew_text(loaded, next_period(loaded.pledge))
    renewed = loaded_from(text, D(2025, 12, 31)).pledge
    assert renewed is not None
    assert renewed.targets == loaded.pledge.targets
    assert renewed.priorities == loaded.pledge.priorities
    assert renewed.parties == loaded.pledge.parties
    assert renewed.indicators == loaded.pledge.indicators
    info = renewed.pledge
    assert (info.title, info.period.start, info.period.end) == (
        "Medborgarlöfte 2025", D(2025, 1, 1), D(2025, 12, 31))
    assert info.sources == []
    assert info.signatories == loaded.pledge.pledge.signatories


def test_shipped_pledge_keeps_every_comment_line() -> None:
    loaded = shipped()
    assert loaded.pledge is not None and loaded.text is not None
    text = renew_text(loaded, next_period(loaded.pledge))
    old_comments = [line for line in loaded.text.splitlines() if line.lstrip().startswith("#")]
    new_lines = text.splitlines()
    assert all(line in new_lines for line in old_comments)


def test_a_flow_style_head_cannot_be_edited_in_place() -> None:
    loaded = loaded_from(textwrap.dedent("""\
        schema_version: 1
        pledge: {title: Medborgarlöfte 2024, municipality: X kommun,
          period: {start: 2024-01-01, end: 2024-12-31},
          extensions: [{to: 2025-03-31}]}
        parties: {polisen: {name: Polisen, kind: polis}}
        """), D(2024, 12, 31))
    with pytest.raises(EditError):
        renew_text(loaded, Period(D(2025, 4, 1), D(2025, 12, 31)))


def test_an_edit_that_reads_back_differently_is_refused() -> None:
    loaded = shipped()
    assert loaded.pledge is not None and isinstance(loaded.data, dict)
    assert loaded.text is not None
    plan = plan_renewal(loaded.pledge, loaded.data, next_period(loaded.pledge))
    wrong = apply_changes(loaded.data, plan.changes[:1])  # not what the edit makes
    with pytest.raises(EditError):
        renewed_text(loaded.text, loaded.root, plan, wrong, "sv", [])


@pytest.mark.parametrize("title, new, expected", [
    ("Medborgarlöfte 2024", Period(D(2025, 1, 1), D(2025, 12, 31)), "Medborgarlöfte 2025"),
    ("Medborgarlöfte 2024", Period(D(2025, 1, 1), D(2026, 12, 31)), "Medborgarlöfte 2025–2026"),
    ("Löfte 2024 för Sjöstad", Period(D(2026, 1, 1), D(2026, 12, 31)), "Löfte 2026 för Sjöstad"),
    ("Medborgarlöfte", Period(D(2025, 1, 1), D(2025, 12, 31)), None),
    ("Sedan 1998: löfte 2024", Period(D(2025, 1, 1), D(2025, 12, 31)),
     "Sedan 1998: löfte 2025"),
])
def test_renewed_title(title: str, new: Period, expected: str | None) -> None:
    assert renewed_title(title, Period(D(2024, 1, 1), D(2024, 12, 31)), new) == expected


def test_renewed_title_of_a_two_year_pledge() -> None:
    old = Period(D(2023, 1, 1), D(2024, 12, 31))
    assert renewed_title("Medborgarlöfte 2023-2024", old,
                         Period(D(2025, 1, 1), D(2026, 12, 31))) == "Medborgarlöfte 2025-2026"


def test_next_period_follows_the_extended_end() -> None:
    pledge = loaded_from(EVERY_CASE).pledge
    assert pledge is not None
    assert next_period(pledge) == Period(D(2024, 7, 1), D(2025, 2, 28))
    assert period_overlap(pledge, Period(D(2024, 6, 1), D(2025, 5, 31))) == D(2024, 6, 30)
    assert period_overlap(pledge, Period(D(2024, 7, 1), D(2025, 6, 30))) is None


def test_next_period_of_a_two_year_pledge_is_two_years() -> None:
    two_years = MINIMAL_TWO_YEARS
    pledge = loaded_from(two_years, D(2024, 12, 31)).pledge
    assert pledge is not None
    assert next_period(pledge) == Period(D(2025, 1, 1), D(2026, 12, 31))


def test_shift_years_keeps_the_day_or_the_end_of_february() -> None:
    assert shift_years(D(2024, 2, 29), 1) == D(2025, 2, 28)
    assert shift_years(D(2023, 9, 30), 2) == D(2025, 9, 30)
