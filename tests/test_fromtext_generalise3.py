"""More patterns of real published pledges the drafter had to learn (issue 14, round 5c):
commitments written as noun phrases, an owner after a fronted adverbial, a municipality and its
unit after a dash, "vi" in a pledge only one party gives, a news article around a pledge,
priorities listed in a sentence, the title under a page's menu trail, an extended pledge and an
impossible published date.

Every sentence here is written for the test, in the pattern real pledges use."""

from __future__ import annotations

from medborgarlofte.core.drafting.draft import Draft
from tests.fromtext_helpers import draft, notes, owners, texts

# --- 1. a commitment written as a noun phrase, in a list of commitments

_NOUNS = """Medborgarlöfte Ekby 2031

Ekby kommun och polisen har tagit fram ett gemensamt medborgarlöfte.

Det här lovar vi under 2031:

Utökad polisiär närvaro på Torget under fredagskvällar.

Fler trygghetsvandringar i Norrby under hösten.

Polisen ska genomföra minst tolv trafikkontroller vid skolorna.

Uppföljning
Löftet följs upp varje tertial.
"""


def test_a_noun_phrase_in_a_list_of_commitments_is_one() -> None:
    found = texts(draft(_NOUNS))
    assert found == ["Utökad polisiär närvaro på Torget under fredagskvällar.",
                     "Fler trygghetsvandringar i Norrby under hösten.",
                     "Polisen ska genomföra minst tolv trafikkontroller vid skolorna."]


def test_a_noun_phrase_without_a_full_stop_over_the_next_item_is_one_too() -> None:
    text = _NOUNS.replace("fredagskvällar.", "fredagskvällar").replace("hösten.", "hösten")
    assert texts(draft(text)) == [
        "Utökad polisiär närvaro på Torget under fredagskvällar",
        "Fler trygghetsvandringar i Norrby under hösten",
        "Polisen ska genomföra minst tolv trafikkontroller vid skolorna."]


def test_a_noun_phrase_of_change_with_no_activity_is_no_commitment() -> None:
    text = _NOUNS.replace("Fler trygghetsvandringar i Norrby under hösten.",
                          "Ökad trygghet för alla som bor i Norrby.")
    assert "Ökad trygghet för alla som bor i Norrby." not in texts(draft(text))


# --- 2. an owner after a fronted adverbial, in a sentence after a table


def test_a_sentence_after_a_table_with_its_owner_after_the_verb() -> None:
    result = draft("Medborgarlöfte Åby 2031\n\nAktiviteter 2031\n"
                   "Aktivitet\tAnsvarig\tOmfattning\n"
                   "Trafikkontroller vid skolorna\tPolisen\tMinst 10 under året\n"
                   "Översyn av belysningen i parken\tÅby kommun\tKlar senast maj 2031\n\n"
                   "Utöver aktiviteterna i tabellen håller kommunen tre föräldraträffar "
                   "i Åby under året.\n")
    last = result.data["targets"][-1]
    assert last["text"].startswith("Utöver aktiviteterna i tabellen håller kommunen")
    assert last["owners"] == ["kommunen"]
    assert last["goal"] == {"exactly": 3, "unit": "föräldraträffar"}


def test_an_owner_after_other_fronted_adverbials() -> None:
    result = draft("Medborgarlöfte Åby 2031\n\nAktiviteter\n"
                   "- Polisen ska genomföra tio trafikkontroller.\n\n"
                   "Förutom detta lovar kommunen att genomföra två föräldraträffar.\n\n"
                   "Som en del av arbetet ska polisen besöka alla skolor en gång per termin.\n")
    assert owners(result) == [["polisen"], ["kommunen"], ["polisen"]]


# --- 3. a passive commitment, its owner after a dash naming the municipality and its unit


def test_the_municipality_and_its_unit_after_a_dash_own_a_passive_commitment() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nTrygghet i centrum\n"
                   "Polisen patrullerar i centrum två kvällar i veckan. – Polisen\n"
                   "Gatubelysningen i Stadsparken byts ut under 2031. "
                   "– Ekby kommun, tekniska förvaltningen\n")
    assert texts(result)[1] == "Gatubelysningen i Stadsparken byts ut under 2031."
    assert owners(result)[1] == ["kommunen"]
    assert result.data["targets"][1]["goal"] == {"milestone": True}
    assert notes(result, 1, "owners") == []


def test_the_municipality_with_its_unit_in_parentheses_after_a_dash() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nTrygghet i centrum\n"
                   "Polisen patrullerar i centrum två kvällar i veckan. – Polisen\n"
                   "Buskarna i Stadsparken ses över under 2031. "
                   "– Ekby kommun (parkförvaltningen)\n")
    assert owners(result)[1] == ["kommunen"]
    assert result.data["targets"][1]["goal"] == {"milestone": True}


# --- 4. "vi" in a pledge only one party gives


_POLICE_ONLY = """Medborgarlöfte Ekby centrum 2031

Under 2031 lovar polisen att minska otryggheten kring resecentrum.

Det här lovar vi under 2031:

Vid minst femtio tillfällen ska vi genomföra synliga insatser vid resecentrum.

Minst tre riktade insatser mot narkotikahandeln i centrum.

I arbetet deltar också socialtjänsten.
"""


def test_we_in_a_pledge_only_the_police_give_is_the_police() -> None:
    result = draft(_POLICE_ONLY)
    assert owners(result) == [["polisen"], ["polisen"]]
    assert notes(result, 0, "owners") == notes(result, 1, "owners") == []


def test_we_in_a_pledge_both_give_stays_joint_and_marked() -> None:
    result = draft(_POLICE_ONLY.replace("lovar polisen att", "lovar polisen och kommunen att"))
    assert owners(result) == [["polisen", "kommunen"], ["polisen", "kommunen"]]
    assert notes(result, 0, "owners") == ["owner"]


def test_we_in_a_pledge_only_the_municipality_gives_is_the_municipality() -> None:
    result = draft(_POLICE_ONLY.replace("lovar polisen att", "lovar Ekby kommun att"))
    assert owners(result) == [["kommunen"], ["kommunen"]]



# --- 7. the title as published, not a page's menu


def test_the_title_is_the_heading_not_the_menu_word_above_it() -> None:
    result = draft("Hoppa till innehåll\nPolisen\nMedborgarlöften\nEkby\n\n"
                   "Medborgarlöfte i Ekby\n\nLöftet gäller 2031.\n\n"
                   "Polisen ska genomföra tio trafikkontroller.\n")
    assert result.data["pledge"]["title"] == "Medborgarlöfte i Ekby"


def test_a_title_under_a_menu_trail_is_the_heading() -> None:
    result = draft("Ekby kommun\nStart > Kommun och politik > Medborgarlöften\n\n"
                   "Medborgarlöfte för Ekby 2031–2032\n\n"
                   "Polisen ska genomföra tio trafikkontroller.\n")
    assert result.data["pledge"]["title"] == "Medborgarlöfte för Ekby 2031–2032"


def test_a_menu_trail_naming_the_pledge_is_not_the_title() -> None:
    result = draft("Medborgarlöften / Ekby\n\nMedborgarlöfte i Ekby\n\nLöftet gäller 2031.\n"
                   "Polisen ska genomföra tio trafikkontroller.\n")
    assert result.data["pledge"]["title"] == "Medborgarlöfte i Ekby"


# --- 8. a pledge extended, and a published date that does not exist


def _period(result: Draft) -> tuple[str, str]:
    period = result.data["pledge"]["period"]
    return period["start"].isoformat(), period["end"].isoformat()


def _period_notes(result: Draft) -> list[str]:
    return [r.key.rsplit(".", 1)[1] for r in result.reviews if r.path == ("pledge", "period")]


def test_a_pledge_extended_is_for_the_years_it_was_extended_to() -> None:
    result = draft("Medborgarlöfte i Ekby\n\nPolisen och kommunen har beslutat att förlänga "
                   "2029 och 2030 års medborgarlöften till att gälla även under 2031.\n\n"
                   "Polisen ska genomföra tio trafikkontroller.\n")
    assert _period(result) == ("2031-01-01", "2031-12-31")
    assert _period_notes(result) == []


def test_an_end_date_that_does_not_exist_is_the_month_end_and_marked() -> None:
    result = draft("Medborgarlöfte Ekby 2031–2035\n\nMedborgarlöftet gäller 1 juli 2031 – "
                   "31 juni 2035.\n\nPolisen ska genomföra tio trafikkontroller.\n")
    assert _period(result) == ("2031-07-01", "2035-06-30")
    assert _period_notes(result) == ["period_impossible_date"]


def test_a_start_date_that_does_not_exist_is_the_day_after_its_month() -> None:
    result = draft("Medborgarlöfte Ekby\n\nLöftet gäller från 31 april 2031 - 30 april 2033."
                   "\n\nPolisen ska genomföra tio trafikkontroller.\n")
    assert _period(result) == ("2031-05-01", "2033-04-30")
    assert _period_notes(result) == ["period_impossible_date"]


def test_real_dates_are_read_as_published_and_not_marked() -> None:
    result = draft("Medborgarlöfte Ekby\n\nLöftet gäller från 1 maj 2031 - 30 april 2033."
                   "\n\nPolisen ska genomföra tio trafikkontroller.\n")
    assert _period(result) == ("2031-05-01", "2033-04-30")
    assert _period_notes(result) == []


# --- 5. a pledge published inside a news article

_LEAD = ("Den 13 januari skrev Ekby kommun och lokalpolisområde Åby under ett nytt "
         "medborgarlöfte. Syftet är att invånarna ska känna sig tryggare och att brotten "
         "ska bli färre.")
_ARTICLE = """Startsida
Nyheter
Polisen och Ekby kommun undertecknar nytt medborgarlöfte
Publicerad: 2031-01-14

LEAD

Fokusområden
Trafik i centrum
Narkotika bland unga

Polisen åtar sig att:
- genomföra minst 30 trafikkontroller i centrum.

Kommunen åtar sig att:
- genomföra två trygghetsvandringar under året.

Målet är att färre unga ska prova narkotika.
""".replace("LEAD", _LEAD)


def test_an_articles_headline_and_lead_are_neither_commitments_nor_goals() -> None:
    result = draft(_ARTICLE)
    assert texts(result) == ["genomföra minst 30 trafikkontroller i centrum.",
                             "genomföra två trygghetsvandringar under året."]
    assert [i["text"] for i in result.data["indicators"]] == [
        "Målet är att färre unga ska prova narkotika."]


def test_what_follows_the_news_of_the_signing_is_read() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nEkby kommun och polisen har undertecknat "
                   "ett nytt medborgarlöfte. Polisen ska genomföra minst 20 trafikkontroller "
                   "i centrum.\n")
    assert texts(result) == ["Polisen ska genomföra minst 20 trafikkontroller i centrum."]


# --- 6. priorities listed in a sentence


def test_priorities_named_in_a_sentence_of_the_background() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nLägesbild\nVid dialogerna lyfte de boende "
                   "framför allt nedskräpning och mörka platser.\n\nPrioriterade problem är "
                   "därför nedskräpning i centrum, mörka gångtunnlar och buskörning med "
                   "mopeder.\n\nAktiviteter\n- Polisen ska genomföra tio kontroller av "
                   "mopeder.\n")
    assert [p["text"] for p in result.data["priorities"]] == [
        "Nedskräpning i centrum", "Mörka gångtunnlar", "Buskörning med mopeder"]


def test_the_priority_areas_are_named_in_an_opening_sentence() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nDe prioriterade områdena är trafiken, "
                   "narkotikan och otryggheten i centrum.\n\nAktiviteter\n- Polisen ska "
                   "genomföra tio kontroller av mopeder.\n")
    assert [p["text"] for p in result.data["priorities"]] == [
        "Trafiken", "Narkotikan", "Otryggheten i centrum"]


def test_two_parties_each_promising_under_its_heading_is_no_one_party_pledge() -> None:
    result = draft("Medborgarlöfte Ekby 2031\n\nUnder 2031 lovar polisen att minska otryggheten."
                   "\n\nPolisen lovar att:\n- genomföra tio trafikkontroller.\n\n"
                   "Ekby kommun lovar att:\n- laga belysningen i parken.\n\n"
                   "Det här lovar vi också:\n\nFler trygghetsvandringar i Norrby.\n")
    assert owners(result) == [["polisen"], ["kommunen"], ["polisen", "kommunen"]]
