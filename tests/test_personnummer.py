"""core.personnummer: which numbers count as personal identity numbers, and their masks.

No number here belongs to anyone: each is built at run time from a made-up date and serial,
with its Luhn check digit computed by `with_check_digit` (written independently of the
code under test).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from medborgarlofte.core.schema.personnummer import (
    find_identity_numbers,
    is_identity_number,
    mask,
    mask_identity_numbers,
)


def with_check_digit(nine: str) -> str:
    """The nine digits YYMMDDNNN and their Luhn check digit."""
    total = 0
    for i, ch in enumerate(nine):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n // 10 + n % 10
    return nine + str((10 - total % 10) % 10)


def wrong_check_digit(nine: str) -> str:
    right = with_check_digit(nine)
    return nine + str((int(right[-1]) + 1) % 10)


PNR = with_check_digit("000229990")  # 29 February 2000
SAMORDNING = with_check_digit("000289990")  # day 29 + 60


def found(text: str) -> list[tuple[int, str]]:
    return list(find_identity_numbers(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"{PNR[:6]}-{PNR[6:]}", [(0, "0002**-****")]),
        (PNR, [(0, "0002**-****")]),
        (f"20{PNR[:6]}-{PNR[6:]}", [(0, "200002**-****")]),
        (f"20{PNR}", [(0, "200002**-****")]),
        (f"{PNR[:6]}+{PNR[6:]}", [(0, "0002**-****")]),  # '+': a person over 100
        (f"Samtal med {SAMORDNING[:6]}-{SAMORDNING[6:]}.", [(11, "0002**-****")]),
        (f"a {PNR} b {SAMORDNING}", [(2, "0002**-****"), (15, "0002**-****")]),
    ],
)
def test_valid_numbers_are_found_and_masked(text: str, expected: list[tuple[int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        wrong_check_digit("000229990"),  # check digit off by one
        with_check_digit("010229990"),  # 29 February 2001 does not exist
        with_check_digit("001329990"),  # month 13
        with_check_digit("000292990"),  # day 92 is neither a day nor a day + 60
        f"18{PNR}",  # a century that no living person has
        f"1{PNR}",  # part of a longer number
        f"{PNR}1",
        f"5000-K{PNR[:6]}-24",  # a case number
        "2024-03-12",  # a date
        "070-123 45 67",  # a phone number
    ],
)
def test_other_numbers_are_not_identity_numbers(text: str) -> None:
    assert found(text) == []


def test_is_identity_number_checks_date_and_check_digit() -> None:
    assert is_identity_number(PNR[:6], PNR[6:])
    assert is_identity_number(SAMORDNING[:6], SAMORDNING[6:])
    assert not is_identity_number(PNR[:6], PNR[6:9] + str((int(PNR[9]) + 1) % 10))
    assert not is_identity_number(PNR[:6], PNR[6:], century="21")  # 2100-02-29 does not exist


def test_the_mask_keeps_only_year_and_month() -> None:
    assert mask(f"{PNR[:6]}-{PNR[6:]}") == "0002**-****"
    assert mask(f"20{PNR}") == "200002**-****"


def test_mask_identity_numbers_masks_in_place_and_leaves_the_rest() -> None:
    text = f"nyckel {PNR[:6]}-{PNR[6:]} och 2024-03-12 och {wrong_check_digit('000229990')}"
    assert mask_identity_numbers(text) == (
        f"nyckel 0002**-**** och 2024-03-12 och {wrong_check_digit('000229990')}"
    )


@given(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), st.integers(0, 999),
       st.booleans())
def test_every_valid_number_is_found_and_never_shown(day: dt.date, serial: int,
                                                     coordination: bool) -> None:
    dd = day.day + (60 if coordination else 0)
    number = with_check_digit(f"{day:%y%m}{dd:02d}{serial:03d}")
    text = f"Anteckning: {number[:6]}-{number[6:]} ringde."
    assert [m for _, m in found(text)] == [f"{number[:4]}**-****"]
    # exact: a tail equal to the year and month (0311 in 031108-0311) is in the mask
    assert mask_identity_numbers(text) == f"Anteckning: {number[:4]}**-**** ringde."


@given(st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)), st.integers(0, 999))
def test_a_wrong_check_digit_is_never_found(day: dt.date, serial: int) -> None:
    assert found(wrong_check_digit(f"{day:%y%m%d}{serial:03d}")) == []
