"""Who signed a published pledge: "Namn, roll" lines, or a name line over a role line.

Only people in public office sign a pledge ("kommunstyrelsens ordförande",
"lokalpolisområdeschef"), so a role must name an office. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medborgarlofte.core.drafting.owners import owners_of_heading

_NAME = re.compile(
    r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:[- ][A-ZÅÄÖÉ][a-zåäöéü]+){1,3}(?: \([A-ZÅÄÖ]{1,4}\))?$")
_COLUMNS = re.compile(r"\s{3,}|\t")
"""Signatures set side by side in a PDF: 'Anna Exempel        Per Provsson'."""
OFFICE = re.compile(r"chef|ordförande|kommunalråd|direktör|kommunchef|polismästare|"
                     r"kommunpolis|samordnare|råd\b", re.IGNORECASE)


def signatories(lines: list[str], is_heading: Callable[[str], bool]) -> list[tuple[str, str]]:
    """(name, role) pairs: "Namn, roll" lines, or a name line followed by a role line."""
    found = []
    ends = lines if len(lines) <= 600 else lines[:300] + lines[-300:]  # signatures open or close
    filled = [line for line in ends if line and len(line) <= 120]
    for i, line in enumerate(filled):
        columns = _COLUMNS.split(line)
        if len(columns) > 1 and i + 1 < len(filled):
            roles = _COLUMNS.split(filled[i + 1])
            if len(roles) == len(columns) and all(_NAME.match(c) for c in columns) \
                    and all(OFFICE.search(r) for r in roles):  # names side by side, roles below
                found += list(zip(columns, roles, strict=True))
            continue
        name, _, role = line.partition(", ")
        if role and _NAME.match(name) and OFFICE.search(role) and not role.endswith("."):
            found.append((name, role))
        elif _NAME.match(line) and i + 1 < len(filled) and OFFICE.search(filled[i + 1]) \
                and not _NAME.match(filled[i + 1]) and is_heading(filled[i + 1]) \
                and owners_of_heading(line, "") is None:
            found.append((line, filled[i + 1]))
    return found
