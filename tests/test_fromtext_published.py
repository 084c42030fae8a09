"""The ways real pledges are published, one behaviour each: owners in the sentence, parties
of the right kind, commitments under any heading, numbers with their rates and windows (never
from names), periods and titles as stated, priorities, effect goals, milestones, signatories,
police area, follow-up cadence; and the marks left where the drafter is unsure."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from medborgarlofte.core.drafting.draft import Draft
from medborgarlofte.core.drafting.fromtext import draft_from_text
from medborgarlofte.core.drafting.numbers import guess_goal


def draft(text: str) -> Draft:
    return draft_from_text(text, fallback_year=2031)


def notes(result: Draft, index: int) -> list[str]:
    return [r.key.rsplit(".", 1)[1] for r in result.reviews if r.path[:2] == ("targets", index)]


def period(result: Draft) -> tuple[str, str]:
    p = result.data["pledge"]["period"]
    return p["start"].isoformat(), p["end"].isoformat()


# --- owners


def test_owners_written_in_the_sentence() -> None:
    result = draft("Medborgarlöfte 2021 Grums kommun\n\nAktiviteter\n"
                   "Polisen ska genomföra trafikkontroller vid skolorna.\n"
                   "Grums kommun lovar att förbättra belysningen i parken.\n"
                   "Polisen, Räddningstjänsten och Grums kommun kommer att genomföra "
                   "brandövningar.\n")
    assert [t["owners"] for t in result.data["targets"]] == [
        ["polisen"], ["kommunen"], ["polisen", "raddningstjansten", "kommunen"]]
    assert result.data["parties"]["raddningstjansten"] == {"name": "Räddningstjänsten",
                                                           "kind": "other"}
    assert all("owner" not in notes(result, i) for i in range(3))


@pytest.mark.parametrize("subject, kinds", [
    ("Polisen i Hässleholm ska", ["polis"]), ("Områdespoliserna ska", ["polis"]),
    ("Skolan ska", ["kommun"]), ("Socialtjänsten ska", ["kommun"]),
    ("Länsstyrelsen och polisen ska", ["other", "polis"]), ("Tullverket ska", ["other"]),
])
def test_who_promises_is_a_party_of_the_right_kind(subject: str, kinds: list[str]) -> None:
    result = draft(f"Medborgarlöfte 2024\n\n{subject} genomföra kontroller vid hamnen.\n")
    parties = result.data["parties"]
    assert [parties[o]["kind"] for o in result.data["targets"][0]["owners"]] == kinds


def test_the_sentence_wins_over_a_heading_and_the_disagreement_is_marked() -> None:
    result = draft("Medborgarlöfte 2024\n\nKommunen lovar att\n"
                   "• Polisen ska genomföra hastighetskontroller.\n"
                   "• Erbjuda föräldrautbildning.\n\n"
                   "Polisen och kommunen åtar sig att:\n"
                   "• Polisen ska patrullera centrum.\n")
    assert [t["owners"] for t in result.data["targets"]] == [["polisen"], ["kommunen"],
                                                             ["polisen"]]
    assert notes(result, 0) == ["owner_disagrees"]
    assert notes(result, 2) == ["owner_disagrees"]  # a joint heading, a police-only line


def test_stad_is_the_municipality_and_a_company_keeps_its_whole_name() -> None:
    result = draft("Medborgarlöfte 2019 – Göteborgs Stad och Polisen\n\nDet här gör vi\n"
                   "Socialförvaltningen Nordost, Victoriahem och Bostads AB Poseidon öppnar "
                   "fritidsgården tre kvällar i veckan.\n")
    parties = result.data["parties"]
    assert parties["kommunen"] == {"name": "Göteborgs Stad", "kind": "kommun"}
    assert parties["socialforvaltningen-nordost"]["kind"] == "kommun"
    assert parties["bostads-ab-poseidon"] == {"name": "Bostads AB Poseidon", "kind": "other"}
    assert result.data["targets"][0]["owners"] == [
        "socialforvaltningen-nordost", "victoriahem", "bostads-ab-poseidon"]


def test_who_is_responsible_in_a_parenthesis_or_on_the_next_line() -> None:
    result = draft("Medborgarlöfte 2019\n\nAktiviteter\n"
                   "• Genomföra hastighetsmätningar varje kvartal (Ansvarig: Kommunen)\n"
                   "Trygghetsvandring i Grebbestad\nAnsvarig: Polisen och Exempelhem AB\n")
    assert [(t["text"], t["owners"]) for t in result.data["targets"]] == [
        ("Genomföra hastighetsmätningar varje kvartal", ["kommunen"]),
        ("Trygghetsvandring i Grebbestad", ["polisen", "exempelhem-ab"])]


def test_a_heading_about_the_pledge_itself_is_no_party() -> None:
    result = draft("Medborgarlöfte 2024\n\nMedborgarlöftet skall genomföras med hjälp av "
                   "följande aktiviteter:\n• Genomföra trygghetsvandringar.\n")
    assert set(result.data["parties"]) == {"polisen", "kommunen"}
    assert notes(result, 0) == ["owner"]


def test_co_owners_named_together_with_are_owners_to_confirm() -> None:
    result = draft("Medborgarlöfte 2023\n\nPolisen och kommunen ska tillsammans med Vätterhem "
                   "utveckla arbetet med lägesbilder.\n")
    assert result.data["targets"][0]["owners"] == ["polisen", "kommunen", "vatterhem"]
    assert notes(result, 0)[0] == "owner_with"


# --- where commitments stand


@pytest.mark.parametrize("heading", [
    "Aktiviteter", "Våra aktiviteter", "Här är alla punkter:", "Följande medborgarlöfte gäller:",
    "Polisen och kommunen har tagit fram följande löften för 2021–2022:", "Polisiärt arbete",
    "Trygghet i offentlig miljö",
])
def test_commitments_under_any_heading(heading: str) -> None:
    result = draft(f"Medborgarlöfte 2022\n\n{heading}\n"
                   "Polisen ska genomföra minst 20 trafikkontroller.\n"
                   "Kommunen ska erbjuda lokaler för grannsamverkan.\n")
    assert [t["text"][:12] for t in result.data["targets"]] == ["Polisen ska ", "Kommunen ska"]


def test_a_paragraph_of_commitments_is_split_where_a_sentence_names_its_owner() -> None:
    result = draft("Medborgarlöfte 2021\n\nPolisen ska genomföra minst 30 trafikkontroller "
                   "vid väg 45. Polisen ska även genomföra insatser mot narkotika. Kommunen "
                   "ska starta ett ungdomsråd. Rådet ska träffas varje månad.\n")
    assert [t["text"] for t in result.data["targets"]] == [
        "Polisen ska genomföra minst 30 trafikkontroller vid väg 45.",
        "Polisen ska även genomföra insatser mot narkotika.",
        "Kommunen ska starta ett ungdomsråd. Rådet ska träffas varje månad."]


def test_prose_about_the_pledge_is_no_commitment() -> None:
    result = draft("Medborgarlöfte 2020\n\nPolisen och kommunen har tagit fram löftet "
                   "tillsammans. Löftet följs upp varje tertial.\n\n"
                   "Polisen lovar att\n• genomföra fyra trygghetsvandringar\n")
    assert len(result.data["targets"]) == 1
    assert result.data["pledge"]["follow_up"] == "tertial"


# --- priorities and effect goals


@pytest.mark.parametrize("text, expected", [
    ("Prioriterade områden\nTrafik\nNarkotika\nOtrygghet i centrum\n",
     ["Trafik", "Narkotika", "Otrygghet i centrum"]),
    ("Prioriteringar\n• Våld i offentlig miljö\n• Otrygga miljöer\n",
     ["Våld i offentlig miljö", "Otrygga miljöer"]),
    ("Lägesbild – identifierade områden\nNarkotika\nTrafik\n", ["Narkotika", "Trafik"]),
    ("Problemområden\n1. Våld i offentlig miljö.\n2. Otrygga miljöer.\n",
     ["Våld i offentlig miljö.", "Otrygga miljöer."]),
    ("Vi har särskilt fokus på trygghet, narkotika, trafik och brottsaktiva.\n",
     ["Trygghet", "Narkotika", "Trafik", "Brottsaktiva"]),
    ("Fokusområden: aggressiv körning, felaktigt trafikbeteende och nykterhet.\n",
     ["Aggressiv körning", "Felaktigt trafikbeteende", "Nykterhet"]),
])
def test_priorities_as_they_are_published(text: str, expected: list[str]) -> None:
    result = draft("Medborgarlöfte 2024\n\n" + text)
    assert [p["text"] for p in result.data["priorities"]] == expected
    assert result.data["targets"] == []


def test_effect_goals_are_indicators_not_commitments() -> None:
    result = draft("Medborgarlöfte 2024\n\nMålet är att den upplevda tryggheten ska öka.\n\n"
                   "Aktiviteter\n• Genomföra trygghetsvandringar.\n"
                   "• Effekt: Färre inbrott i bostadsområdena.\n")
    assert [(i["text"], i["direction"]) for i in result.data["indicators"]] == [
        ("Målet är att den upplevda tryggheten ska öka.", "increase"),
        ("Färre inbrott i bostadsområdena.", "decrease")]
    assert len(result.data["targets"]) == 1
    assert [r.path for r in result.reviews if r.key.endswith("indicator")] == [
        ("indicators", 0), ("indicators", 1)]


# --- numbers, rates, windows, milestones


@pytest.mark.parametrize("sentence, goal, unclear", [
    ("Öppna polisstationen fem dagar i veckan.", {"exactly": 5, "unit": "dagar", "per": "week"},
     False),
    ("Polisen genomför en föreläsning om året.",
     {"exactly": 1, "unit": "föreläsningar", "per": "year"}, False),
    ("Genomföra den årliga trygghetsvandringen.", {"exactly": 1, "per": "year"}, False),
    ("Förstärkt närvaro alla fredags- och lördagskvällar.",
     {"exactly": 2, "unit": "kvällar", "per": "week"}, True),
    ("Patrullera torget varje fredagskväll.", {"exactly": 1, "per": "week"}, False),
    ("Genomföra insatser mot LOV 3 områden enligt SOL14.", None, False),
    ("Brandskyddsutbildning för alla elever i årskurs 7.", None, False),
    ("Brev till föräldrar med ungdomar som fyller 15 år.", None, False),
    ("Trafikkontroller med 20-minutersmetoden.", None, False),
    ("Genomföra 4 Hot spot-insatser.", {"exactly": 4, "unit": "hot spot-insatser"}, False),
    ("Genomföra 2 trafik- och narkotikainsatser.",
     {"exactly": 2, "unit": "trafik- och narkotikainsatser"}, False),
    ("Genomföra ett tiotal insatser.", None, True),
    ("Besöka ungdomar i åldern 13–17 år.", None, False),
    ("Genomföra 2–3 insatser.", None, True),
    ("Patrullera kl. 18–22 och den 1 juni.", None, False),
    ("Satsa 100 000 kr på belysning.", None, True),
    ("Utöka antalet fältarbetare från två till fyra.",
     {"exactly": 4, "unit": "fältarbetare"}, True),
])
def test_numbers_rates_and_names(sentence: str, goal: dict[str, Any] | None,
                                 unclear: bool) -> None:
    guess = guess_goal(sentence)
    assert (guess.goal, guess.unclear) == (goal, unclear)


def test_a_rate_within_part_of_the_period_gets_a_window() -> None:
    result = draft("Medborgarlöfte 2020\n\nKommunen lovar att\n• genomföra mätningar en gång i "
                   "veckan under perioden april–september\n")
    target = result.data["targets"][0]
    assert target["goal"] == {"exactly": 1, "per": "week"}
    assert target["window"] == {"start": dt.date(2020, 4, 1), "end": dt.date(2020, 9, 30)}


@pytest.mark.parametrize("sentence", [
    "Kommunen ska utreda och åtgärda otrygga platser.",
    "Kommunen ska se över möjligheten att förbättra belysningen.",
    "Polisen och kommunen ska undersöka möjligheterna att starta grannsamverkan.",
    "Heby kommun lovar att ha en tillsatt tjänst som trygghetssamordnare.",
    "Kommunen ska offentliggöra resultatet av trygghetsmätningen.",
])
def test_milestones(sentence: str) -> None:
    assert guess_goal(sentence).goal == {"milestone": True}


# --- the head: period, title, police area, signatories, cadence


@pytest.mark.parametrize("line, expected", [
    ("Medborgarlöftet gäller från 1 januari 2018 – 31 december 2019.",
     ("2018-01-01", "2019-12-31")),
    ("Tid: 1 november 2016 - 30 april 2017.", ("2016-11-01", "2017-04-30")),
    ("Löftet gäller 2018-2019.", ("2018-01-01", "2019-12-31")),
    ("Det här lovar vi mellan 2020 - 2021", ("2020-01-01", "2021-12-31")),
    ("Medborgarlöftet kommer att löpa från 2018-07-01—2020-06-30.",
     ("2018-07-01", "2020-06-30")),
    ("Följande aktiviteter utlovas juni 2017-juni 2018", ("2017-06-01", "2018-06-30")),
    ("Medborgarlöfte 2022 och 2023", ("2022-01-01", "2023-12-31")),
])
def test_the_period_as_stated(line: str, expected: tuple[str, str]) -> None:
    result = draft(f"Sjöstads kommun\n\n{line}\n")
    assert period(result) == expected
    assert not any(r.path == ("pledge", "period") for r in result.reviews)


def test_a_cooperation_agreement_s_years_are_not_the_pledge_s() -> None:
    result = draft("Medborgarlöfte 2023\n\nNuvarande överenskommelse gäller 2023-2026.\n")
    assert period(result) == ("2023-01-01", "2023-12-31")


def test_the_title_as_published() -> None:
    result = draft("Medborgarlöfte Heby 2020\n\nPolisen och Heby kommun lovar.\n")
    head = result.data["pledge"]
    assert (head["title"], head["municipality"]) == ("Medborgarlöfte Heby 2020", "Heby kommun")
    assert period(result) == ("2020-01-01", "2020-12-31")


def test_no_period_in_the_text_is_never_silently_this_year() -> None:
    result = draft("Medborgarlöfte Östra Göteborg\n\nPolisen ska patrullera torget.\n")
    assert period(result) == ("2031-01-01", "2031-12-31")
    assert [r.params for r in result.reviews if r.path == ("pledge", "period")] == [
        {"year": 2031}]


def test_police_area_signatories_and_cadence() -> None:
    result = draft("Medborgarlöfte 2018\n\nLokalpolisområde södra Vätterbygden och "
                   "Jönköpings kommun.\n\nUppföljning sker varje kvartal.\n\n"
                   "Lisa Exempel, kommunstyrelsens ordförande\n"
                   "Jonas Prov, lokalpolisområdeschef\n")
    head = result.data["pledge"]
    assert head["police_area"] == "Lokalpolisområde södra Vätterbygden"
    assert head["follow_up"] == "quarter"
    assert head["signatories"] == [
        {"name": "Lisa Exempel", "role": "kommunstyrelsens ordförande", "party": "kommunen"},
        {"name": "Jonas Prov", "role": "lokalpolisområdeschef", "party": "polisen"}]


def test_readable_ids_without_party_names() -> None:
    result = draft("Medborgarlöfte 2019\n\nKungsbacka kommun lovar att fortsätta jobba med "
                   "belysning i tunnlar.\nPolisen ska genomföra trafikkontroller.\n")
    assert [t["id"] for t in result.data["targets"]] == ["kommun-belysning",
                                                              "polis-trafikkontroller"]
