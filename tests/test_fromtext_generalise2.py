"""More patterns of real published pledges the drafter had to learn (issue 14, round 5b):
owners after a final dash under a partners' heading, a named organisation as the subject under
a joint heading, two parties' promises in one sentence, tables copied from PDF or Word with an
owner unit and an extent column, rates named by weekday, effect goals under their own heading.

Every sentence here is written for the test, in the pattern real pledges use."""

from __future__ import annotations

import pytest

from medborgarlofte.core.drafting.draft import Draft
from medborgarlofte.core.drafting.numbers import guess_goal
from tests.fromtext_helpers import draft, notes, owners, texts


def party(result: Draft, pid: str) -> tuple[str, str]:
    found = result.data["parties"][pid]
    return found["name"], found["kind"]


# --- 5. rates named by weekday


@pytest.mark.parametrize("sentence, goal, unclear", [
    # the opening hours name the days as "when"; "varje" after them says how often
    ("Fritidsgården i Norrby har öppet fredagar kl. 19–23, varje fredag under terminen.",
     {"exactly": 1, "per": "week"}, False),
    # a time of day is no count
    ("Nattvandra i centrum varje lördag klockan 21.00.", {"exactly": 1, "per": "week"}, False),
    ("Vuxenvandring varje fredag och lördag kl. 20-24 under sommarlovet.",
     {"exactly": 2, "per": "week"}, False),
])
def test_every_weekday_is_a_rate_per_week(sentence: str, goal: dict[str, object],
                                          unclear: bool) -> None:
    found = guess_goal(sentence)
    assert (found.goal, found.unclear) == (goal, unclear)


def test_a_year_beside_every_weekday_is_no_count() -> None:
    found = guess_goal("Öppen fritidsgård i Åby varje torsdag under läsåret 2031–2032.")
    assert (found.goal, found.unclear) == ({"exactly": 1, "per": "week"}, False)


# --- 4. tables copied from PDF or Word


_TABLE = """Medborgarlöfte Ekby kommun 2031

Aktiviteter
Aktivitet\tAnsvar\tOmfattning
Trafikkontroller längs riksväg 56 och E20\tPolisen\tMinst 25 kontroller
Ett föräldramöte om droger inför skolstarten\tEkby kommun (Socialförvaltningen)\tEtt möte i augusti
Kvällsöppen fritidsgård på Ängen\tEkby kommun (Fritidsenheten)\tVarje fredag under läsåret
Hastighetsmätning på väg 2000 vid skolan\tEkby kommun\t3 mätningar under perioden
"""


def test_an_extent_column_gives_the_number_not_the_road_in_the_activity() -> None:
    result = draft(_TABLE)
    goals = [t.get("goal") for t in result.data["targets"]]
    assert goals[0] == {"at_least": 25, "unit": "kontroller"}
    assert goals[1] == {"exactly": 1, "unit": "möten"}
    assert goals[2] == {"exactly": 1, "per": "week"}
    assert goals[3] == {"exactly": 3, "unit": "mätningar"}


def test_an_owner_cell_naming_the_unit_in_parentheses_is_the_municipality() -> None:
    result = draft(_TABLE)
    assert owners(result) == [["polisen"], ["kommunen"], ["kommunen"], ["kommunen"]]
    assert "(Socialförvaltningen)" in texts(result)[1]  # the unit is noted in its text
    assert "(Fritidsenheten)" in texts(result)[2]
    assert notes(result, 1, "owners") == notes(result, 2, "owners") == []


# --- 1. owners after a final dash; a heading over the partners' promises


_PARTNERS = """Medborgarlöfte Ekby kommun 2031

Polisen lovar att:
• Genomföra minst 20 trafikkontroller vid skolorna.

{heading}
• Sätta upp belysning i gångtunnlarna vid Åby – Ekbybostäder
• Vuxenvandringar varje lördag under sommarlovet – Föräldrarna i Ekby
• Erbjuda läxhjälp på biblioteket två kvällar i veckan
"""


@pytest.mark.parametrize("heading", ["Våra samarbetspartner lovar:", "Andra aktörer",
                                     "Övriga aktörer bidrar med:"])
def test_under_a_partners_heading_the_name_after_the_final_dash_owns_the_line(
        heading: str) -> None:
    result = draft(_PARTNERS.format(heading=heading))
    assert owners(result)[1:3] == [["ekbybostader"], ["foraldrarna-i-ekby"]]
    assert party(result, "ekbybostader") == ("Ekbybostäder", "other")
    assert party(result, "foraldrarna-i-ekby") == ("Föräldrarna i Ekby", "other")
    assert texts(result)[1] == "Sätta upp belysning i gångtunnlarna vid Åby"
    assert result.data["targets"][2]["goal"] == {"exactly": 1, "per": "week"}
    # the heading is no party of its own
    assert not any("aktör" in p["name"].lower() or "samarbetspartner" in p["name"].lower()
                   for p in result.data["parties"].values())


def test_a_line_under_a_partners_heading_that_names_none_is_an_owner_to_check() -> None:
    result = draft(_PARTNERS.format(heading="Våra samarbetspartner lovar:"))
    assert texts(result)[3].startswith("Erbjuda läxhjälp")
    assert "owner" in notes(result, 3, "owners")



@pytest.mark.parametrize("sentence", ["Installera trygghetskameror vid busstationen.",
                                      "Ekbybostäder installerar ny belysning i trapphusen."])
def test_installing_something_is_a_milestone(sentence: str) -> None:
    assert guess_goal(sentence).goal == {"milestone": True}


# --- 2. an organisation as the subject of the sentence under a joint heading


_JOINT = """Medborgarlöfte Ekby kommun 2031

{heading}
– Polisen och kommunen håller två medborgardialoger i Åby under hösten.
– Stenstaden erbjuder sina hyresgäster trygghetsvandringar i alla bostadsområden.
– Brf Solgläntan installerar kameror i garagen.
"""


def test_a_named_subject_wins_over_a_joint_heading_and_the_disagreement_is_marked() -> None:
    result = draft(_JOINT.format(heading="Gemensamma åtaganden och andra aktörer"))
    assert owners(result) == [["polisen", "kommunen"], ["stenstaden"], ["brf-solglantan"]]
    assert party(result, "stenstaden") == ("Stenstaden", "other")
    assert notes(result, 0, "owners") == []
    assert "owner_disagrees" in notes(result, 1, "owners")
    assert "owner_disagrees" in notes(result, 2, "owners")


def test_a_named_subject_under_a_heading_naming_no_owner_is_marked_too() -> None:
    result = draft(_JOINT.format(heading="Aktiviteter"))
    assert owners(result)[1:] == [["stenstaden"], ["brf-solglantan"]]
    assert "owner" in notes(result, 1, "owners")
    assert "owner" in notes(result, 2, "owners")


# --- 3. two parties' promises in one sentence


@pytest.mark.parametrize("paragraph", [
    # a sentence about the page follows: it is no part of the second promise
    "Polisen lovar bland annat att synas mer vid busstationen på kvällarna, och kommunen lovar "
    "bland annat att röja buskagen längs gångvägarna. Läs mer om varje löfte på sidorna nedan.",
    # no comma before "och"
    "Polisen lovar att synas mer vid busstationen på kvällarna och kommunen lovar att röja "
    "buskagen längs gångvägarna.",
    # a comma alone between them
    "Polisen lovar att synas mer vid busstationen på kvällarna, kommunen lovar att röja "
    "buskagen längs gångvägarna.",
    # a semicolon between them
    "Polisen ska synas mer vid busstationen på kvällarna; kommunen ska röja buskagen längs "
    "gångvägarna.",
])
def test_two_parties_promising_in_one_sentence_are_two_commitments(paragraph: str) -> None:
    result = draft(f"Medborgarlöfte Ekby kommun 2031\n\nVåra löften\n\n{paragraph}\n")
    assert owners(result) == [["polisen"], ["kommunen"]]
    assert "busstationen" in texts(result)[0] and "buskagen" in texts(result)[1]
    assert not any("Läs mer" in t for t in texts(result))


def test_both_parties_as_one_subject_are_never_split_at_their_and() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nVåra löften\n\nPolisen och kommunen "
                   "lovar att genomföra två trygghetsvandringar i Åby.\n")
    assert owners(result) == [["polisen", "kommunen"]]


# --- 6. effect goals under their own heading


_EFFECTS = """Medborgarlöfte Ekby kommun 2031

Polisen lovar att:
• Genomföra minst 20 trafikkontroller vid skolorna.

{heading}
Medborgarlöftet ska minska skadegörelsen i centrum och öka tryggheten i Åby.

Handlingsplanen med alla aktiviteter finns hos kommunens säkerhetssamordnare.
"""


@pytest.mark.parametrize("heading", ["Effekter vi vill uppnå", "Det här vill vi uppnå",
                                     "Detta vill vi åstadkomma:", "Önskad effekt"])
def test_effect_goals_under_their_heading_are_outcomes(heading: str) -> None:
    result = draft(_EFFECTS.format(heading=heading))
    assert [i["text"] for i in result.data["indicators"]] == [
        "Medborgarlöftet ska minska skadegörelsen i centrum och öka tryggheten i Åby."]
    assert texts(result) == ["Genomföra minst 20 trafikkontroller vid skolorna."]


# --- a careless copy: a wrapped list item read as a heading names no owner


def test_a_wrapped_item_taken_for_a_heading_is_never_a_joint_owners_heading() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nPolisen kommer att\n"
                   "Arbeta tillsammans med Ekby kommun för att öka tryggheten genom\n"
                   "bland annat metoden EST.\n"
                   "Patrullera till fots i centrum och i bostadsområdena, så som Åby.\n")
    patrol = next(i for i, t in enumerate(texts(result)) if t.startswith("Patrullera"))
    assert owners(result)[patrol] == ["polisen"] or "owner" in notes(result, patrol, "owners")


# --- 7. a municipal unit named without "kommun" or "förvaltning"


def test_a_service_named_in_common_words_is_the_municipality_to_confirm() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nAktiviteter\n"
                   "- Uppsökande fritid erbjuder unga aktiviteter på helgerna.\n"
                   "- Nattvandrarna ordnar vandringar i centrum.\n")
    assert party(result, owners(result)[0][0]) == ("Uppsökande fritid", "kommun")
    assert "owner" in notes(result, 0, "owners")
    assert party(result, owners(result)[1][0])[1] == "other"
    assert "owner" in notes(result, 1, "owners")


def test_a_table_owner_cell_naming_a_service_is_the_municipality_to_confirm() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nAktör\tAktivitet\n"
                   "Tidig läsfrämjande verksamhet\tBokcirklar för föräldrar på biblioteket.\n")
    assert party(result, owners(result)[0][0])[1] == "kommun"
    assert "owner" in notes(result, 0, "owners")


def test_under_a_partners_heading_a_parenthesis_a_label_or_the_subject_names_the_owner() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nPolisen lovar:\n"
                   "• Genomföra minst 20 trafikkontroller vid skolorna.\n\n"
                   "Övriga aktörers åtaganden\n"
                   "• Sätta upp belysning i gångtunnlarna vid Åby (Ekbybostäder)\n"
                   "• Ekby IF: Erbjuda fotboll för unga på fredagskvällar.\n"
                   "• Stenstaden erbjuder hyresgästerna grannsamverkan.\n")
    assert owners(result)[1:] == [["ekbybostader"], ["ekby-if"], ["stenstaden"]]
    assert [notes(result, i, "owners") for i in (1, 2, 3)] == [[], [], []]


def test_a_name_after_the_final_dash_under_a_party_heading_is_marked() -> None:
    # the name may own it or only take part: never silently the heading's
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nTillsammans lovar vi att:\n"
                   "• Genomföra en trygghetsvandring i trapphusen på Åby – Ekbyhem\n"
                   "• Genomföra två trygghetsvandringar i centrum.\n")
    assert "owner_heading" in notes(result, 0, "owners")
    assert notes(result, 1, "owners") == []


def test_a_table_without_a_header_row_reads_the_unit_in_the_owner_cell_too() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nAktiviteter\n"
                   "Trafikkontroller längs riksväg 56\tPolisen\tMinst 25 kontroller\n"
                   "Föräldramöte om droger\tEkby kommun (Socialförvaltningen)\tEtt möte i maj\n")
    assert owners(result) == [["polisen"], ["kommunen"]]
    assert [t.get("goal") for t in result.data["targets"]] == [
        {"at_least": 25, "unit": "kontroller"}, {"exactly": 1, "unit": "möten"}]
    assert texts(result)[1].endswith("(Socialförvaltningen)")


def test_an_owner_cell_with_a_unit_before_another_owner_names_both() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\n| Aktivitet | Ansvarig | Omfattning |\n"
                   "|---|---|---|\n| Trygghetsvandring i Åby | Ekby kommun (Fritidsförvaltningen), "
                   "Polisen | En vandring under hösten |\n")
    assert owners(result) == [["kommunen", "polisen"]]
    assert notes(result, 0, "owners") == []
    assert result.data["targets"][0]["goal"] == {"exactly": 1, "unit": "vandringar"}


def test_a_named_subject_in_prose_under_a_joint_heading_is_marked() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nGemensamma åtaganden\n\n"
                   "Stenstaden erbjuder sina hyresgäster grannsamverkan.\n")
    assert owners(result) == [["stenstaden"]]
    assert notes(result, 0, "owners") != []


def test_a_name_after_the_final_dash_under_no_owners_heading_is_the_owner_to_confirm() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nAktiviteter\n"
                   "- Grannsamverkan i tio nya områden – Ekbyhem\n")
    assert owners(result) == [["ekbyhem"]]
    assert texts(result) == ["Grannsamverkan i tio nya områden – Ekbyhem"]
    assert "owner" in notes(result, 0, "owners")


def test_under_a_partners_heading_a_name_before_the_dash_and_a_verb_owns_the_line() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nSamverkanspartners åtaganden\n"
                   "- Ekby IF – Erbjuda fotboll för unga på fredagskvällar\n"
                   "- Polisen – Genomföra trygghetsvandringar i alla bostadsområden.\n"
                   "- Bostadsbolaget Stengården – Genomföra trapphusvandringar.\n")
    assert owners(result) == [["ekby-if"], ["polisen"], ["bostadsbolaget-stengarden"]]
    # never an activity taken for a name
    assert not any(p["name"].startswith("Genomföra") for p in result.data["parties"].values())


def test_a_place_or_topic_beside_a_dash_under_no_owners_heading_is_no_party() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nAktiviteter\n"
                   "- Trygghetsvandring i Åby - Centrum\n"
                   "- Trafik – Genomföra hastighetskontroller vid skolorna\n")
    assert set(result.data["parties"]) == {"polisen", "kommunen"}
    assert "owner" in notes(result, 0, "owners")


def test_a_police_unit_as_the_subject_under_the_police_heading_stays_the_police() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nPolisen lovar att:\n"
                   "• Ungdomspolisen besöker alla högstadieskolor under hösten.\n")
    assert owners(result) == [["polisen"]]


def test_a_police_unit_as_the_subject_under_no_owners_heading_is_the_police() -> None:
    result = draft("Medborgarlöfte Ekby kommun 2031\n\nAktiviteter\n"
                   "• Ungdomspolisen besöker alla högstadieskolor under hösten.\n")
    assert owners(result) == [["polisen"]]
