"""Owners named by headings, parentheses and dash lists; third parties become `other`."""

from __future__ import annotations

import pytest

from medborgarlofte.core.drafting.owners import (
    owners_of_heading,
    parties_in,
    split_trailing_owners,
)

TOWN = "Sjöstads kommun"


def ids(refs: object) -> list[str] | None:
    return None if refs is None else [r.id for r in refs]  # type: ignore[attr-defined]


@pytest.mark.parametrize("heading, owners", [
    ("Polisen", ["polisen"]),
    ("Sjöstads kommun", ["kommunen"]),
    ("Kommunen", ["kommunen"]),
    ("Polisen lovar att", ["polisen"]),
    ("Polisen lovar att:", ["polisen"]),
    ("Kommunen och polisen lovar att", ["kommunen", "polisen"]),
    ("Det här ska vi åstadkomma tillsammans", ["polisen", "kommunen"]),
    ("Gemensamma åtaganden", ["polisen", "kommunen"]),
    ("Det här gör kommunen", ["kommunen"]),
    ("Räddningstjänsten Syd lovar att", ["raddningstjansten-syd"]),
    ("Polis och kommun", ["polisen", "kommunen"]),
    # headings that name no party
    ("Det här ska vi göra", None),
    ("Situationen idag", None),
    ("Följ med i hur det går!", None),
    ("Narkotika", None),
    ("Gemensam lägesbild", None),
    ("Sjöstad - medborgarlöften", None),
])
def test_owners_of_a_heading(heading: str, owners: list[str] | None) -> None:
    assert ids(owners_of_heading(heading, TOWN)) == owners


def test_a_heading_party_keeps_its_published_name() -> None:
    found = owners_of_heading("Sjöstads kommun", TOWN)
    assert found is not None and (found[0].name, found[0].kind) == (TOWN, "kommun")


@pytest.mark.parametrize("line, text, owners", [
    ("Genomföra trygghetsvandringar i Hamnen. (Polis)", "Genomföra trygghetsvandringar i Hamnen.",
     ["polisen"]),
    ("Erbjuda lokaler för grannsamverkansträffar (Kommun).",
     "Erbjuda lokaler för grannsamverkansträffar.", ["kommunen"]),
    ("Genomföra två föräldramöten (Polis och kommun)", "Genomföra två föräldramöten",
     ["polisen", "kommunen"]),
    ("Informera om bedrägerier (Gemensamt)", "Informera om bedrägerier", ["polisen", "kommunen"]),
    ("Samla in kunskap om klotter (Polisen, Kommunen)", "Samla in kunskap om klotter",
     ["polisen", "kommunen"]),
])
def test_a_party_in_parentheses_after_the_line(line: str, text: str,
                                                owners: list[str]) -> None:
    split = split_trailing_owners(line, TOWN)
    assert split is not None
    assert (split[0], ids(split[1])) == (text, owners)


def test_a_list_of_organisations_after_a_dash() -> None:
    split = split_trailing_owners(
        "Genomföra trygghetsvandringar i Norrby – Polisen, kommunen, Sjöstadshem AB och "
        "Räddningstjänsten Syd.", TOWN)
    assert split is not None
    text, refs = split
    assert text == "Genomföra trygghetsvandringar i Norrby."
    assert [(r.id, r.name, r.kind) for r in refs] == [
        ("polisen", "Polisen", "polis"), ("kommunen", TOWN, "kommun"),
        ("sjostadshem-ab", "Sjöstadshem AB", "other"),
        ("raddningstjansten-syd", "Räddningstjänsten Syd", "other"),
    ]


def test_a_dash_list_of_only_organisations() -> None:
    split = split_trailing_owners("Stöd till brottsutsatta - Brottsofferjouren Sjöstad", TOWN)
    assert split is not None and ids(split[1]) == ["brottsofferjouren-sjostad"]


@pytest.mark.parametrize("line", [
    "4 st riktade insatser kopplat till A-traktorer och mopeder.",
    "Samverkan med näringsidkare kring brotts-/otrygghetsproblematik.",
    "Minska antalet mopeder (A-traktorer)",
    "Fler vuxna ute på kvällar – särskilt under helger",
    "Besök på skolor – Norrskolan och Söderskolan",
])
def test_text_that_only_looks_like_owners_is_left_alone(line: str) -> None:
    assert split_trailing_owners(line, TOWN) is None


def test_strict_lists_refuse_plain_names() -> None:
    assert parties_in("Norrskolan, Polisen", TOWN, mode="strict") is not None
    assert parties_in("Anna och Bertil", TOWN, mode="strict") is None
    assert ids(parties_in("Anna och Bertil", TOWN, mode="subject")) == ["anna", "bertil"]
