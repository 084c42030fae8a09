"""One number formatter and the units' singular (i18n.numbers), for every output."""

from __future__ import annotations

import pytest

from medborgarlofte.i18n.numbers import count_key, number_text, signed_text, unit_for


@pytest.mark.parametrize(("value", "sv", "en"), [
    (16.5, "16,5", "16.5"), (12.04, "12", "12"), (2.04, "2", "2"), (12, "12", "12"),
    (0.04, "0", "0"), (-0.04, "0", "0"), (-3.25, "-3,2", "-3.2"), (1234, "1234", "1234"),
    (12345, "12\u00a0345", "12,345"), (1234567.5, "1\u00a0234\u00a0567,5", "1,234,567.5"),
])
def test_number_text(value: float, sv: str, en: str) -> None:
    assert (number_text(value, "sv"), number_text(value, "en")) == (sv, en)


def test_signed_text_has_no_trailing_point() -> None:
    assert [signed_text(v, "sv") for v in (2.04, -1.5, 0, 0.01)] == ["+2", "−1,5", "0", "0"]


@pytest.mark.parametrize(("unit", "one"), [
    ("insatser", "insats"), ("föreläsningar", "föreläsning"), ("tillfällen", "tillfälle"),
    ("aktiviteter", "aktivitet"), ("riktade insatser", "riktad insats"), ("timmar", "timme"),
    ("veckor", "vecka"), ("st", "st"), ("läger", "läger"), ("besök", "besök"),
    ("Kontroller", "Kontroll"),
])
def test_swedish_units_in_the_singular_for_one(unit: str, one: str) -> None:
    assert (unit_for(unit, 1, "sv"), unit_for(unit, 2, "sv"), unit_for(unit, 0, "sv")) == (
        one, unit, unit)


def test_english_units_in_the_singular_for_one() -> None:
    assert [unit_for(u, 1, "en") for u in ("operations", "activities", "class")] == [
        "operation", "activity", "class"]


def test_count_key() -> None:
    assert (count_key("log.import.written", 1), count_key("log.import.written", 2)) == (
        "log.import.written.one", "log.import.written")
