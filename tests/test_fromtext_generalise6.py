"""More patterns of real published pledges the drafter had to learn (issue 14, round 6): an
owner line under each item ("Ansvarig: Polisen") owns the item above it and no other, a
numbered list of problem areas announced in an intro sentence, two commitments in one
sentence, and a period stated in news prose with words between its dates.

Every sentence here is written for the test, in the pattern real pledges use."""

from __future__ import annotations

import pytest

from medborgarlofte.core.drafting.numbers import guess_goal
from tests.fromtext_helpers import draft, goals, notes, owners, texts

# --- 1. an owner line under an item owns the item above it, never the next one

CARDS = """Medborgarlöfte Ekby 2031

Det här lovar vi

Genomföra minst 8 trafikkontroller vid Norrby skola.
Ansvarig: Polisen

{middle}
Ansvar: kommunen

Delta vid minst 3 föräldramöten på Ekby skola.
Ansvarig: Polisen

Erbjuda brandskyddsutbildning vid minst 5 träffpunkter.
Ansvarig: Räddningstjänsten Ekby
"""


@pytest.mark.parametrize("middle", [
    "Sätta upp ny belysning i Ekparken senast 31 maj 2031.",  # no verb the drafter read
    "Ny belysning på gångvägen vid Ekparken senast 31 maj 2031.",  # no verb at all
    "Genomföra två trygghetsvandringar i Norrby.",  # a verb it reads
])
def test_an_owner_line_belongs_to_the_item_above_it(middle: str) -> None:
    result = draft(CARDS.format(middle=middle))
    assert texts(result) == [
        "Genomföra minst 8 trafikkontroller vid Norrby skola.", middle,
        "Delta vid minst 3 föräldramöten på Ekby skola.",
        "Erbjuda brandskyddsutbildning vid minst 5 träffpunkter."]
    assert owners(result) == [["polisen"], ["kommunen"], ["polisen"],
                              ["raddningstjansten-ekby"]]
    assert all("owner" not in notes(result, i) for i in range(4))


def test_the_belysning_line_with_a_deadline_is_a_milestone_with_its_owner() -> None:
    result = draft(CARDS.format(middle="Sätta upp ny belysning i Ekparken senast 31 maj 2031."))
    assert goals(result)[1] == {"milestone": True}


def test_an_item_with_no_owner_line_among_items_with_one_is_marked() -> None:
    text = ("Medborgarlöfte Ekby 2031\n\nPolisen och Ekby kommun lovar att:\n\n"
            "Genomföra minst 8 trafikkontroller vid Norrby skola.\nAnsvarig: Polisen\n\n"
            "Genomföra två trygghetsvandringar i Norrby.\n\n"
            "Delta vid minst 3 föräldramöten på Ekby skola.\nAnsvarig: Polisen\n")
    result = draft(text)
    assert texts(result)[1] == "Genomföra två trygghetsvandringar i Norrby."
    assert owners(result)[2] == ["polisen"]  # not shifted up to the item without one
    assert "owner" in notes(result, 1)
    assert "owner" not in notes(result, 0) and "owner" not in notes(result, 2)


def test_an_owner_line_that_names_no_party_leaves_the_item_marked() -> None:
    text = ("Medborgarlöfte Ekby 2031\n\nDet här lovar vi\n\n"
            "Genomföra minst 8 trafikkontroller vid Norrby skola.\nAnsvarig: Polisen\n\n"
            "Genomföra två trygghetsvandringar i Norrby.\nAnsvarig: se handlingsplanen\n\n"
            "Delta vid minst 3 föräldramöten på Ekby skola.\nAnsvarig: Polisen\n")
    result = draft(text)
    assert len(texts(result)) == 3
    assert owners(result)[0] == ["polisen"] and owners(result)[2] == ["polisen"]
    assert "owner" in notes(result, 1)


def test_the_last_item_without_its_owner_line_keeps_no_owner_from_above_unmarked() -> None:
    text = ("Medborgarlöfte Ekby 2031\n\nDet här lovar vi\n\n"
            "Genomföra minst 8 trafikkontroller vid Norrby skola.\nAnsvarig: Polisen\n\n"
            "Sätta upp fler papperskorgar i Ekparken.\n\nUppföljning\n"
            "Löftet följs upp två gånger per år.\n")
    result = draft(text)
    assert texts(result) == ["Genomföra minst 8 trafikkontroller vid Norrby skola.",
                             "Sätta upp fler papperskorgar i Ekparken."]
    assert owners(result)[0] == ["polisen"]
    assert "owner" in notes(result, 1)


# --- 2. a numbered list of problem areas announced in a sentence: priorities

AREAS = """Nytt medborgarlöfte i Ekby

Löftet bygger på dialoger som polisen hållit i Norrby och Söderby. {intro}

1. Skadegörelse i centrum.
2. Otrygga parker.
3. Langning av alkohol till unga.

Polisen och kommunen kommer tillsammans att:

Genomföra minst 6 trygghetsvandringar i Norrby.
Genomföra tillsyn på krogar och restauranger.
"""


@pytest.mark.parametrize("intro", [
    "Dialogerna pekar ut tre problemområden:",
    "Polisen och kommunen har enats om följande prioriterade områden:",
    "Tre områden är prioriterade:",
])
def test_a_numbered_list_of_areas_announced_in_a_sentence_is_the_priorities(intro: str) -> None:
    result = draft(AREAS.format(intro=intro))
    assert [p["text"] for p in result.data["priorities"]] == [
        "Skadegörelse i centrum.", "Otrygga parker.", "Langning av alkohol till unga."]
    assert texts(result) == ["Genomföra minst 6 trygghetsvandringar i Norrby.",
                             "Genomföra tillsyn på krogar och restauranger."]
    assert owners(result) == [["polisen", "kommunen"], ["polisen", "kommunen"]]


def test_a_numbered_list_of_doings_under_such_a_sentence_stays_commitments() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nPolisen och kommunen ska arbeta inom följande "
                   "områden:\n\n1. Genomföra minst 6 trygghetsvandringar i Norrby.\n"
                   "2. Genomföra tillsyn på krogar och restauranger.\n")
    assert texts(result) == ["Genomföra minst 6 trygghetsvandringar i Norrby.",
                             "Genomföra tillsyn på krogar och restauranger."]


# --- 3. two commitments of one party in one sentence, each with its own number

@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Polisen kommer också att genomföra minst åtta trafikkontroller i Norrby, och lovar att "
     "delta vid minst tre föräldramöten.",
     "Polisen kommer också att genomföra minst åtta trafikkontroller i Norrby.",
     "lovar att delta vid minst tre föräldramöten."),
    ("Ekby kommun ska ordna 4 ungdomskvällar på fritidsgården och ska hålla minst 2 "
     "föräldrautbildningar.",
     "Ekby kommun ska ordna 4 ungdomskvällar på fritidsgården.",
     "ska hålla minst 2 föräldrautbildningar."),
])
def test_two_commitments_in_one_sentence_each_get_their_own_number(
        sentence: str, first: str, second: str) -> None:
    result = draft(f"Medborgarlöfte Ekby 2031\n\n{sentence}\n")
    assert texts(result) == [first, second]
    counts = [g.get("at_least") or g.get("exactly") for g in goals(result) if g]
    assert counts == ([8, 3] if "åtta" in sentence else [4, 2])
    assert owners(result) == ([["polisen"], ["polisen"]] if "Polisen" in sentence
                              else [["kommunen"], ["kommunen"]])
    assert notes(result, 0, "goal") == [] and notes(result, 1, "goal") == []
    assert "owner" not in notes(result, 1)


def test_one_commitment_with_two_verbs_and_one_number_stays_whole() -> None:
    text = ("Medborgarlöfte Ekby 2031\n\nPolisen ska genomföra minst 10 trafikkontroller vid "
            "skolorna och ska informera föräldrarna om resultatet.\n")
    assert texts(draft(text)) == [
        "Polisen ska genomföra minst 10 trafikkontroller vid skolorna och ska informera "
        "föräldrarna om resultatet."]


# --- 4. a period stated in news prose, with words between its dates

@pytest.mark.parametrize("sentence", [
    "Från och med den 1 juli 2030 gäller det nya medborgarlöftet, som gäller till och med den "
    "30 juni 2032.",
    "Från och med 1 juli 2030 gäller ett nytt medborgarlöfte mellan Ekby kommun och "
    "lokalpolisområde Ekby. Medborgarlöftet gäller till och med 30 juni 2032, med möjlighet "
    "att revidera det.",
    "Medborgarlöftet gäller från den 1 juli 2030 och fram till den 30 juni 2032.",
])
def test_a_period_in_news_prose_with_words_between_its_dates(sentence: str) -> None:
    result = draft(f"Nyheter\nNytt medborgarlöfte i Ekby\n\n{sentence}\n\n"
                   "Polisen ska genomföra minst 10 trafikkontroller i centrum.\n")
    period = result.data["pledge"]["period"]
    assert (period["start"].isoformat(), period["end"].isoformat()) == ("2030-07-01",
                                                                       "2032-06-30")


def test_dates_of_a_commitment_in_prose_are_no_period() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nPolisen ska från 1 mars 2031 genomföra "
                   "kontroller i centrum varje vecka till 30 april 2031.\n")
    period = result.data["pledge"]["period"]
    assert (period["start"].isoformat(), period["end"].isoformat()) == ("2031-01-01",
                                                                       "2031-12-31")


def test_an_indented_owner_line_under_a_bullet_is_its_owner_not_its_text() -> None:
    text = ("Medborgarlöfte Ekby 2031\n\nDet här lovar vi\n\n"
            "• Genomföra minst 8 trafikkontroller vid Norrby skola.\n  Ansvarig: Polisen\n"
            "• Fler papperskorgar i Ekparken\n  Ansvarig: Ekby kommun\n")
    result = draft(text)
    assert texts(result) == ["Genomföra minst 8 trafikkontroller vid Norrby skola.",
                             "Fler papperskorgar i Ekparken"]
    assert owners(result) == [["polisen"], ["kommunen"]]
    assert notes(result, 0, "owners") == [] and notes(result, 1, "owners") == []


@pytest.mark.parametrize("between", ["Det här lovar vi\n", ""])
def test_items_with_owner_lines_right_under_the_priorities_are_commitments(between: str) -> None:
    text = ("Medborgarlöfte Ekby 2031\nPrioriteringar\nTrygghet i bostadsområden\nUnga och droger\n"
            f"{between}Genomföra minst 12 trafikkontroller vid Norrby skola.\nAnsvarig: Polisen\n"
            "Erbjuda läxhjälp på biblioteket varje vecka.\nAnsvarig: Ekby kommun\n")
    result = draft(text)
    assert [p["text"] for p in result.data["priorities"]] == ["Trygghet i bostadsområden",
                                                             "Unga och droger"]
    assert texts(result) == ["Genomföra minst 12 trafikkontroller vid Norrby skola.",
                             "Erbjuda läxhjälp på biblioteket varje vecka."]
    assert owners(result) == [["polisen"], ["kommunen"]]


# --- a name's number listed with others ("årskurs 8 och 9") is no goal


@pytest.mark.parametrize("sentence, goal", [
    # pattern: the school years of a target group, a list of road numbers: names, not counts
    ("Polisen ska besöka alla skolor med årskurs 8 och 9 under hösten.", None),
    ("Fältarna träffar eleverna i åk 7, 8 och 9 på skolorna.", None),
    ("Föreläsning för årskurs 7–9 två gånger per termin.", {"exactly": 2, "per": "term"}),
    ("Hastighetskontroller på väg 45 eller 46 minst 10 gånger.", {"at_least": 10}),
    # the count after a name is still the goal
    ("Besöka årskurs 8 och genomföra 4 föreläsningar.",
     {"exactly": 4, "unit": "föreläsningar"}),
])
def test_numbers_listed_after_a_names_word_are_part_of_the_name(
        sentence: str, goal: dict[str, object] | None) -> None:
    assert guess_goal(sentence).goal == goal


# --- a web page's trail of where it sits is no commitment


@pytest.mark.parametrize("trail", [
    "Omsorg och hjälp / Trygghet / Förebyggande / ÖPK - Överenskommelse mellan polis och "
    "kommun",
    "Start > Kommun och politik > Trygghet > Medborgarlöfte",
    "Hem › Bo och leva › Trygghet",
])
def test_a_pages_trail_is_no_commitment(trail: str) -> None:
    # pattern: the breadcrumb a municipal web page shows above its text, copied along with it
    result = draft(f"Ekby kommun\n{trail}\n\nMedborgarlöfte 2031\n\nPolisen ska genomföra "
                   "minst tio trafikkontroller vid skolorna.\n")
    assert texts(result) == ["Polisen ska genomföra minst tio trafikkontroller vid skolorna."]
    assert result.data["pledge"]["title"] == "Medborgarlöfte 2031"


def test_a_line_with_slashes_that_says_something_is_kept() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nPolisen / kommunen ska genomföra minst tio "
                   "trafikkontroller vid skolorna.\n")
    assert texts(result) == ["Polisen / kommunen ska genomföra minst tio trafikkontroller vid "
                             "skolorna."]
