"""More patterns of real published pledges the drafter had to learn (issue 14, round 5e):
a slide show's focus bullets and its intro to the activities, a party's heading that names
its partner, a news article whose paragraphs hold one commitment per sentence under a
headline, and numbers: one thing in each of two places, a count whose next sentence has a
rate, the days a place is open.

Every sentence here is written for the test, in the pattern real pledges use."""

from __future__ import annotations

from typing import Any

import pytest

from medborgarlofte.core.drafting.numbers import guess_goal
from tests.fromtext_helpers import draft, goals, notes, owners, texts

# --- 1. slides: the focus bullets are priorities, the intro to the activities no commitment

SLIDES = """Medborgarlöfte
Norra Ekby
Lokalpolisområde Ekby och Ekby kommun

1

Fokus
• Färre unga som dras in i kriminella nätverk
• Minskad langning av alkohol
• Ökad trygghet

Årets aktiviteter samlas kring Norrby torg och Ekparken.

2

{intro}

3

Norrby torg
• Polisen patrullerar Norrby torg varje fredagskväll.
• Fältgruppen är ute i Ekparken två kvällar i veckan.
""".format(intro="Det här är några av de aktiviteter som polisen och Ekby kommun tillsammans "
                 "med föreningarna kommer att genomföra")


def test_focus_bullets_on_a_slide_are_priorities_and_the_slide_intro_no_commitment() -> None:
    result = draft(SLIDES)
    assert [p["text"] for p in result.data["priorities"]] == [
        "Färre unga som dras in i kriminella nätverk", "Minskad langning av alkohol",
        "Ökad trygghet"]
    assert texts(result) == ["Polisen patrullerar Norrby torg varje fredagskväll.",
                             "Fältgruppen är ute i Ekparken två kvällar i veckan."]
    assert result.data["indicators"] == []


@pytest.mark.parametrize("heading", ["Fokus", "Vårt fokus", "Årets fokus:"])
def test_a_focus_heading_opens_the_priorities(heading: str) -> None:
    result = draft(f"Medborgarlöfte Ekby 2031\n\n{heading}\n• Trafiken vid skolorna\n"
                   "• Unga i riskzon\n\nPolisen lovar att:\n"
                   "• genomföra 20 hastighetskontroller vid skolorna\n")
    assert [p["text"] for p in result.data["priorities"]] == ["Trafiken vid skolorna",
                                                             "Unga i riskzon"]
    assert texts(result) == ["genomföra 20 hastighetskontroller vid skolorna"]


# --- 2. a party's heading with its partner, no colon


@pytest.mark.parametrize("partner", ["i samverkan med kommunen", "tillsammans med Ekbyhem",
                                     "i samarbete med skolorna"])
def test_a_party_heading_naming_its_partner_is_a_heading_of_that_party(partner: str) -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\n"
                   f"Polisen lovar {partner} att\n"
                   "- genomföra minst 40 hastighetskontroller i Ekby tätort\n"
                   "- närpolisen kommer att fortsätta besöka skolorna i Norrby\n\n"
                   "Kommunen lovar att\n"
                   "- genomföra två trygghetsvandringar i Ekparken\n")
    assert texts(result) == ["genomföra minst 40 hastighetskontroller i Ekby tätort",
                             "närpolisen kommer att fortsätta besöka skolorna i Norrby",
                             "genomföra två trygghetsvandringar i Ekparken"]
    assert owners(result) == [["polisen"], ["polisen"], ["kommunen"]]
    assert "owner_disagrees" not in notes(result, 1)


# --- 3. a news article: one commitment per sentence, each with its owner; the headline none

ARTICLE = "\n".join([
    "Ekby", "Nyheter", "",
    "Polis och kommun lovar mer närvaro i Norrby", "",
    "Fler kontroller, ett mobilt kontor och mer föräldrastöd. Det är några av löftena när "
    "polisen och Ekby kommun skrev under ett nytt medborgarlöfte i går.", "",
    "Löftet gäller från 1 april 2031 till 31 mars 2032.", "",
    "Polisen ska genomföra minst 30 riktade insatser mot langning i Norrby under perioden. "
    "Polisens mobila poliskontor kommer att stå vid Norrby torg en gång i veckan, så att fler "
    "kan ta kontakt.", "",
    "– Vi vill synas där folk rör sig, säger Lisa Provare, kommunpolis i Ekby.", "",
    "Ekbyhem kommer att genomföra tre trygghetsvandringar per år med hyresgästerna. Ekby "
    "brandförsvar ska besöka alla förskolor i området för att prata om brandsäkerhet, och "
    "Region Ekby och kommunen fortsätter arbetet med föräldrastöd på familjecentralen.", ""])


def test_each_sentence_of_an_article_with_its_own_owner_is_its_own_commitment() -> None:
    result = draft(ARTICLE)
    assert texts(result) == [
        "Polisen ska genomföra minst 30 riktade insatser mot langning i Norrby under perioden.",
        "Polisens mobila poliskontor kommer att stå vid Norrby torg en gång i veckan, så att "
        "fler kan ta kontakt.",
        "Ekbyhem kommer att genomföra tre trygghetsvandringar per år med hyresgästerna.",
        "Ekby brandförsvar ska besöka alla förskolor i området för att prata om "
        "brandsäkerhet.",
        "Region Ekby och kommunen fortsätter arbetet med föräldrastöd på familjecentralen."]
    assert owners(result) == [["polisen"], ["polisen"], ["ekbyhem"], ["ekby-brandforsvar"],
                              ["region-ekby", "kommunen"]]
    assert goals(result)[:3] == [{"at_least": 30, "unit": "insatser"},
                                 {"exactly": 1, "per": "week"},
                                 {"exactly": 3, "unit": "trygghetsvandringar", "per": "year"}]
    assert result.data["parties"]["ekby-brandforsvar"] == {"name": "Ekby brandförsvar",
                                                           "kind": "other"}


def test_a_headline_saying_who_promises_what_is_no_commitment() -> None:
    result = draft("Kommun och polis lovar tryggare kvällar i Ekby\n\n"
                   "Ekby kommun ska anställa två fältassistenter till sommaren.\n")
    assert texts(result) == ["Ekby kommun ska anställa två fältassistenter till sommaren."]


# --- 4. numbers


@pytest.mark.parametrize("sentence, goal", [
    # one thing in each place named: as many as the places
    ("Anordna en föreläsning i Norrby och en i Söderby",
     {"exactly": 2, "unit": "föreläsningar"}),
    ("Genomföra en trygghetsvandring i Ekby, en i Norrby och en på Björkö.",
     {"exactly": 3, "unit": "trygghetsvandringar"}),
    # the count of the first sentence, not the rate of the next
    ("Kommunen ska genomföra minst 12 trafikmätningar under året. Skylten flyttas två gånger "
     "i månaden.", {"at_least": 12, "unit": "trafikmätningar"}),
])
def test_counts_of_one_per_place_and_a_rate_in_the_next_sentence(
        sentence: str, goal: dict[str, Any]) -> None:
    assert guess_goal(sentence).goal == goal


def test_a_rate_in_the_next_sentence_is_not_the_counts_and_is_marked() -> None:
    guess = guess_goal("Polisen ska genomföra minst 12 insatser under året. Kontoret står på "
                       "torget två gånger i månaden.")
    assert (guess.goal, guess.unclear) == ({"at_least": 12, "unit": "insatser"}, True)


@pytest.mark.parametrize("sentence, goal", [
    ("hålla ungdomsgården öppen fredagar och lördagar under jullovet",
     {"exactly": 2, "per": "week"}),
    ("Fritidsgården har öppet tisdagar, torsdagar och fredagar under sommarlovet.",
     {"exactly": 3, "per": "week"}),
])
def test_the_days_a_place_is_open_are_a_marked_rate(sentence: str,
                                                    goal: dict[str, Any]) -> None:
    guess = guess_goal(sentence)
    assert (guess.goal, guess.unclear) == (goal, True)


def test_one_per_place_in_a_draft_is_counted_whole() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nKommunen lovar att:\n"
                   "• genomföra en trygghetsvandring i Norrby och en i Söderby\n")
    assert goals(result) == [{"exactly": 2, "unit": "trygghetsvandringar"}]
