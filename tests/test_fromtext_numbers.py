"""Goals read from commitment sentences: digits, number words, rates, milestones, none."""

from __future__ import annotations

from typing import Any

import pytest

from medborgarlofte.core.drafting.numbers import (
    find_condition,
    guess_goal,
    number_value,
    plural,
    starts_with_milestone_verb,
)

CLEAR: list[tuple[str, dict[str, Any] | None]] = [
    # exactly: digits with "st", a bare number, a number word
    ("6 st riktade trafikkontroller vid skolorna.", {"exactly": 6, "unit": "trafikkontroller"}),
    ("Genomföra medborgardialog vid 3 tillfällen.", {"exactly": 3, "unit": "tillfällen"}),
    ("Polisen genomför fyra trygghetsvandringar i Centrum.",
     {"exactly": 4, "unit": "trygghetsvandringar"}),
    ("Starta två nya båtsamverkansområden.", {"exactly": 2, "unit": "båtsamverkansområden"}),
    ("Genomföra tjugofem alkoholkontroller.", {"exactly": 25, "unit": "alkoholkontroller"}),
    ("Dela ut 1 000 broschyrer.", {"exactly": 1000, "unit": "broschyrer"}),
    # at least: minst, fler än, eller fler
    ("Genomföra föräldravandringar vid minst två tillfällen.",
     {"at_least": 2, "unit": "tillfällen"}),
    ("Ordna minst 1 föreläsning om nätbedrägerier.", {"at_least": 1, "unit": "föreläsningar"}),
    ("Hålla fler än 10 samtal med butiker.", {"at_least": 11, "unit": "samtal"}),
    ("Genomföra 5 eller fler insatser i hamnen.", {"at_least": 5, "unit": "insatser"}),
    # rates: per, i veckan, varje, -vis, årligen
    ("Besöka fritidsgården en gång i veckan.", {"exactly": 1, "per": "week"}),
    ("Genomföra minst två tillfällen per vecka med synlig polis.",
     {"at_least": 2, "unit": "tillfällen", "per": "week"}),
    ("Följa upp arbetet varje tertial.", {"exactly": 1, "per": "tertial"}),
    ("Träffa föreningarna tre gånger per månad.", {"exactly": 3, "per": "month"}),
    ("Redovisa läget kvartalsvis för BRÅ.", {"exactly": 1, "per": "quarter"}),
    ("Anordna årligen ett grannsamverkansmöte.",
     {"exactly": 1, "unit": "grannsamverkansmöten", "per": "year"}),
    # milestones: no number, and a verb of one thing done once
    ("Upprätta ett lokalt trafiksäkerhetsråd.", {"milestone": True}),
    ("Ta fram en handlingsplan mot klotter.", {"milestone": True}),
    ("Påbörja kartläggning av otrygga platser.", {"milestone": True}),
    ("Att inrätta en samverkansgrupp för skolorna.", {"milestone": True}),
    # a number wins over a milestone verb
    ("Starta upp 3 nya grannsamverkansområden.",
     {"exactly": 3, "unit": "grannsamverkansområden"}),
    # ongoing: no number, no milestone verb
    ("Samverka med fastighetsägare kring belysning.", None),
    ("Genomföra trafikkontroller i tätorten.", None),
    ("Genomföra en trygghetsvandring med boende.", {"exactly": 1, "unit": "trygghetsvandringar"}),
    # years are not counts
    ("Genomföra grannsamverkansträffar under 2025.", None),
    ("Genomföra 4 träffar under 2025.", {"exactly": 4, "unit": "träffar"}),
]


@pytest.mark.parametrize("sentence, goal", CLEAR)
def test_clear_goals_need_no_review(sentence: str, goal: dict[str, Any] | None) -> None:
    assert guess_goal(sentence).goal == goal
    assert guess_goal(sentence).unclear is False


UNCLEAR: list[tuple[str, dict[str, Any] | None]] = [
    ("Klotter ska saneras inom 24 timmar.", None),
    ("Träffa skolorna varannan vecka.", None),
    ("Patrullera centrum dagligen.", None),
    ("Genomföra högst 3 stora insatser.", None),
    ("Genomföra minst 100 trafikkontroller, varav minst 20 procent på landsbygden.",
     {"at_least": 100, "unit": "trafikkontroller",
      "note": "varav minst 20 procent på landsbygden"}),
    ("Genomföra 4 vandringar och 2 föreläsningar.", {"exactly": 4, "unit": "vandringar"}),
    ("Bjuda in till en dialog om trygghet.", None),  # one dialogue, or the article? check
]


@pytest.mark.parametrize("sentence, goal", UNCLEAR)
def test_what_the_model_cannot_hold_is_marked_unclear(
        sentence: str, goal: dict[str, Any] | None) -> None:
    guess = guess_goal(sentence)
    assert (guess.goal, guess.unclear) == (goal, True)


@pytest.mark.parametrize("word, value", [
    ("4", 4), ("fyra", 4), ("ett", 1), ("tolv", 12), ("tjugo", 20), ("trettiotvå", 32),
    ("hundra", 100), ("1 000", 1000), ("vandringar", None), ("tjugoåtta", 28),
])
def test_number_value(word: str, value: int | None) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize("singular, many", [
    ("föreläsning", "föreläsningar"), ("insats", "insatser"), ("kampanj", "kampanjer"),
    ("träff", "träffar"), ("möte", "möten"), ("tillfälle", "tillfällen"),
    ("skola", "skolor"), ("händelse", "händelser"),
    ("grannsamverkansträff", "grannsamverkansträffar"),
])
def test_plural_of_a_counted_noun(singular: str, many: str) -> None:
    assert plural(singular) == many


def test_conditions_are_found() -> None:
    assert find_condition("Genomföra 2 insatser om underrättelseläget medger.") == (
        "om underrättelseläget medger")
    assert find_condition("Erbjuda stöd vid behov.") == "vid behov"
    assert find_condition("Erbjuda stöd till skolorna.") is None


def test_milestone_verbs_only_at_the_start() -> None:
    assert starts_with_milestone_verb("Ta fram en plan")
    assert not starts_with_milestone_verb("Samverka för att ta fram en plan")
