"""Dates a pledge may hold: 1900-01-01 to 2999-12-31.

A pledge runs a year or two; anything outside this range is a typo (9999-12-31 for
'open-ended', 0202 for 2020), and near the ends of Python's calendar the arithmetic every
command does (period end + grace, the next day, the next month) would overflow. One check
for every date of the file (E126), run before any other, so no command computes with such
a date; the command line's dates are held to the same range (`in_range`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from medborgarlofte.core.schema.problems import Problem

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2999, 12, 31)


def in_range(day: dt.date) -> bool:
    """True for a date a pledge may hold."""
    return EARLIEST <= day <= LATEST


def far_dates(pledge: Any) -> list[Problem]:
    """E126 for every date of the pledge outside EARLIEST–LATEST, at its path."""
    problems: list[Problem] = []
    _walk(pledge, (), problems)
    return problems


def _walk(value: Any, path: tuple[str | int, ...], problems: list[Problem]) -> None:
    if isinstance(value, dt.date):
        if not in_range(value):
            problems.append(Problem("E126", path, {"value": value.isoformat(),
                                                   "earliest": EARLIEST.isoformat(),
                                                   "latest": LATEST.isoformat()}))
    elif hasattr(type(value), "model_fields"):  # a record of the model
        if type(value).__name__ == "Event":  # the many: only the fields that are dates
            for name in ("date", "until"):
                _walk(getattr(value, name, None), (*path, name), problems)
            return
        for name in type(value).model_fields:
            _walk(getattr(value, name), (*path, name), problems)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _walk(item, (*path, i), problems)
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(item, (*path, key), problems)
