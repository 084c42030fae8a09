"""More patterns of real published pledges the drafter had to learn (issue 14, round 5d):
rates from weekdays named without "varje", deliverables with a date they are due by, tables
whose cells are two spaces apart or whose owner cell holds a slash, "parterna" and a sentence
opener as headings, owners named with their partners or broken over two lines, one dated
event.

Every sentence here is written for the test, in the pattern real pledges use."""

from __future__ import annotations

from typing import Any

import pytest

from medborgarlofte.core.drafting.numbers import guess_goal
from tests.fromtext_helpers import draft, kinds, notes, owners, texts

# --- 1. rates from weekdays named without "varje"


@pytest.mark.parametrize("sentence, goal", [
    # the days with no preposition: so many days a week, marked (a reading)
    ("Fältassistenterna ska vara ute i Norrby fredag och lördag kvällar under jullovet.",
     {"exactly": 2, "per": "week"}),
    ("Ordningsvakterna patrullerar stationen fredag och lördag kväll.",
     {"exactly": 2, "per": "week"}),
    ("Ungdomsgården har öppet till kl. 22 fredagar under hela läsåret.",
     {"exactly": 1, "per": "week"}),  # the clock time is no count
    ("Trygghetsvärdar vid torget. Torsdag–lördag kl 19–24", {"exactly": 3, "per": "week"}),
    ("Trygghetsvärdar vid torget. Fredagar kl. 19–24", {"exactly": 1, "per": "week"}),
    ("Fältarna är ute lördagskvällar under hela sommarlovet.", {"exactly": 1, "per": "week"}),
    # "varje vår och höst": twice a year, marked
    ("Kommunen och polisen går trygghetsvandringar i Söderby varje vår och höst.",
     {"exactly": 2, "per": "year"}),
])
def test_weekdays_without_varje_are_a_marked_rate(sentence: str, goal: dict[str, Any]) -> None:
    guess = guess_goal(sentence)
    assert (guess.goal, guess.unclear) == (goal, True)


@pytest.mark.parametrize("sentence", [
    "Polisen ökar sin närvaro i parken kvällstid, särskilt fredagar och lördagar.",
    "Föräldravandring i centrum på fredagar.",
    "Trygghetsvärdar på plats fredagar och lördagar under sommaren.",
])
def test_weekdays_that_say_when_are_no_rate(sentence: str) -> None:
    assert guess_goal(sentence).goal is None


# --- 2. deliverables with a date they are due by


@pytest.mark.parametrize("sentence", [
    "förbättra belysningen i gångtunneln under Storgatan under 2032",
    "Upprustning av lekplatsen i Ekparken. Klart oktober",
    "Brev till vårdnadshavare om mopedåkning. Hösten 2031",
    "Kommunen åtgärdar belysningen vid busshållplatsen, klart till sommaren.",
    "Kommunen byter belysningen i gångtunneln, klart till hösten.",
])
def test_a_deliverable_with_a_deadline_is_a_milestone(sentence: str) -> None:
    assert guess_goal(sentence).goal == {"milestone": True}


def test_a_deliverable_with_no_date_is_ongoing_work() -> None:
    assert guess_goal("Kommunen lovar bättre belysning i gångtunnlarna.").goal is None


def test_a_table_cell_klart_with_a_month_makes_the_row_a_milestone() -> None:
    result = draft("Medborgarlöfte 2031\n\nAktiviteter\n\n"
                   "Aktivitet\tAnsvarig\tOmfattning\n"
                   "Ny belysning vid Ekbyleden\tEkby kommun\tKlart november\n"
                   "Fotpatrullering i centrum\tPolisen\tMinst 10 per tertial\n")
    assert texts(result)[0] == "Ny belysning vid Ekbyleden. Klart november"
    assert result.data["targets"][0]["goal"] == {"milestone": True}


# --- 3. tables: a slash in the owner cell, cells two spaces apart, no row dropped


def test_a_row_whose_cells_are_two_spaces_apart_is_read_and_a_slash_is_joint() -> None:
    result = draft(
        "Medborgarlöfte 2031\n\nAktiviteter\n\n"
        "Aktivitet                                Ansvarig              Omfattning\n"
        "Cykelkontroller vid skolorna             Polisen               Två per månad\n"
        "Föräldramöten på Ekbyskolan              Polisen/Ekby kommun  En gång per termin\n"
        "Nattvandring i centrum                   Ekby kommun           Varje lördag\n")
    assert texts(result)[1] == "Föräldramöten på Ekbyskolan. En gång per termin"
    assert owners(result)[1] == ["polisen", "kommunen"]
    assert result.data["targets"][1]["goal"] == {"exactly": 1, "per": "term"}
    assert len(texts(result)) == 3


def test_a_row_that_does_not_line_up_with_the_header_is_kept_with_an_owner_to_check() -> None:
    result = draft(
        "Medborgarlöfte 2031\n\nAktiviteter\n\n"
        "Aktivitet\tAnsvarig\tOmfattning\n"
        "Cykelkontroller vid skolorna\tPolisen\tTvå per månad\n"
        "Sommarläger för unga i Norrby\tUnder sommarlovet\n")
    assert texts(result)[1].startswith("Sommarläger för unga i Norrby")
    assert "owner" in notes(result, 1)


# --- 4. headings


def test_parterna_in_a_heading_are_both_parties() -> None:
    result = draft("Medborgarlöfte 2031\n\nPolisen lovar att:\n"
                   "- patrullera centrum varje fredag\n\n"
                   "Därutöver åtar sig parterna att:\n"
                   "a) gemensamt bjuda in till ett trygghetsmöte i Norrby\n")
    assert owners(result)[1] == ["polisen", "kommunen"]
    assert "dessutom" not in result.data["parties"] and "darutover" not in result.data["parties"]


def test_a_sentence_opener_without_a_colon_is_a_heading() -> None:
    result = draft("Medborgarlöfte 2031\n\nLokalpolisområde Ekby och Ekby kommun\n\n"
                   "Polisen och Ekby kommun lovar att arbeta med\n"
                   "Polisen ska genomföra minst 30 trafikkontroller vid skolorna under året.\n"
                   "Kommunen ska ta fram en plan mot klotter.\n")
    assert texts(result) == [
        "Polisen ska genomföra minst 30 trafikkontroller vid skolorna under året.",
        "Kommunen ska ta fram en plan mot klotter."]
    assert owners(result) == [["polisen"], ["kommunen"]]


# --- 5. owners


def test_partners_after_i_samverkan_med_are_no_owners() -> None:
    result = draft("Medborgarlöfte 2031\n\nAktiviteter:\n"
                   "- Drogföreläsning på gymnasiet en gång per termin (Polisen i samverkan med "
                   "elevhälsan och fältgruppen)\n")
    assert owners(result) == [["polisen"]]


@pytest.mark.parametrize("sentence, kind", [
    ("Närpolisen finns på plats vid resecentrum varje fredag.", "polis"),
    ("Socialtjänstens fältsekreterare är ute i Norrby varje lördag.", "kommun"),
])
def test_a_unit_present_somewhere_is_its_police_or_municipality(sentence: str,
                                                                kind: str) -> None:
    result = draft(f"Medborgarlöfte 2031\n\nNorrby\n– {sentence}\n")
    assert list(kinds(result, 0).values()) == [kind]
    assert notes(result, 0, "owners") == []


def test_a_volunteer_network_in_an_owner_column_is_its_own_party() -> None:
    result = draft("Medborgarlöfte 2031\n\nAktiviteter\n\n"
                   "Aktivitet\tAnsvarig\tNär\n"
                   "Vuxenvandring i Ekby centrum varje lördag\tVuxna emellan\tHela året\n")
    assert {p["name"]: p["kind"] for p in result.data["parties"].values()}["Vuxna emellan"] \
        == "other"


def test_an_owner_broken_over_two_lines_is_read_whole() -> None:
    result = draft("Medborgarlöfte 2031\n\nVåra löften\n"
                   "1. Genomföra föreläsningar om spelberoende för elever i årskurs 9, en gång "
                   "per termin – Polisen\ntillsammans med Region Ekland\n"
                   "2. Ta fram en plan för säkra skolvägar – Kommunen\n")
    assert owners(result)[0] == ["polisen", "region-ekland"]
    assert texts(result)[0].endswith("en gång per termin")


# --- 6. one dated event


@pytest.mark.parametrize("sentence, goal", [
    ("Kommunen och polisen bjuder in till ett medborgarmöte om trafiken under våren.",
     {"exactly": 1, "unit": "medborgarmöten"}),
    ("Polisen och kommunen genomför en trygghetsvandring i Norrby under hösten.",
     {"exactly": 1, "unit": "trygghetsvandringar"}),
    # on a day: one thing done once
    ("Tjänstepersoner från kommunen ska med polisen genomföra en förbättringsvandring i "
     "parken den 12:e maj.", {"milestone": True}),
])
def test_one_dated_event_is_marked(sentence: str, goal: dict[str, Any]) -> None:
    guess = guess_goal(sentence)
    assert (guess.goal, guess.unclear) == (goal, True)


def test_one_undated_event_stays_a_count_of_one() -> None:
    guess = guess_goal("Genomföra en trygghetsvandring med boende i Norrby.")
    assert (guess.goal, guess.unclear) == ({"exactly": 1, "unit": "trygghetsvandringar"}, False)


def test_signatures_under_a_table_are_no_rows_of_it() -> None:
    result = draft("Medborgarlöfte 2031\n\nAktiviteter\n\n"
                   "Aktivitet\tAnsvarig\tNär\n"
                   "Cykelkontroller vid skolorna\tPolisen\tTvå per månad\n"
                   "Sommarläger för unga i Norrby\tUnder sommarlovet\n\n"
                   "Anna Exempel\tBo Provsson\n"
                   "Kommunstyrelsens ordförande\tLokalpolisområdeschef\n")
    assert texts(result) == ["Cykelkontroller vid skolorna. Två per månad",
                             "Sommarläger för unga i Norrby"]


def test_a_heading_opened_by_an_adverb_names_the_subject_after_its_verb() -> None:
    result = draft("Medborgarlöfte 2031\n\nEkby kommun och Polisen lovar att:\n"
                   "- patrullera centrum varje fredag\n\n"
                   "Därutöver lovar polisen att:\n"
                   "- besöka alla skolor i Norrby en gång per termin\n")
    assert owners(result)[1] == ["polisen"]
    assert notes(result, 1, "owners") == []
