"""Find Swedish personal identity numbers (personnummer, samordningsnummer) in any spelling.

A match needs a real date (day + 60 for a samordningsnummer) and a valid Luhn check digit,
so that ordinary numbers rarely match. It is found however a person or a word processor
wrote it: with or without the century, joined by nothing, `-`, `+`, a space, a no-break
space, an en or em dash, a Unicode minus or a (non-breaking) hyphen, and with invisible
characters anywhere inside (zero-width space and joiners, word joiner, soft hyphen, byte
order mark, direction marks). The number itself is never repeated: `mask` keeps only the
birth year and month.

A number that is not one (a phone number that happens to pass the check, 0701234569) is
declared in the file with a comment naming its digits, `# pledge: ej personnummer
0701234569` (or `not a personnummer`): `exempt_numbers` reads them, and such digits are
not reported anywhere in that file.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
"""Characters that show as nothing: a number with one inside still reads as the number."""
_SEPARATOR = "[-+\u2010-\u2015\u2212\ufe63\uff0d]"
_SPACE = "[ \u00a0\u2007\u2009\u202f]"
_INSIDE = rf"(?:{_SEPARATOR}|{_SPACE}|[./])?"
"""Between the year, month and day ('81-12-28', '81 12 28', '1981.12.28')."""
_BEFORE_TAIL = (rf"(?:{_SPACE}?{_SEPARATOR}{_SPACE}?|{_SPACE}|[/._~:]"
                rf"|{_SEPARATOR}?\r?\n[ \t]*)?")
"""Between the date and the last four digits, a line break (a wrapped line) included."""
_CANDIDATE = re.compile(
    rf"(?=\d\d)(?<!\d)((?:19|20)?)(\d\d)({_INSIDE})(\d\d)({_INSIDE})(\d\d)"
    rf"({_BEFORE_TAIL})(\d\d)((?:{_SPACE}|{_SEPARATOR})?)(\d\d)(?!\d)"
)
r"""Only a digit before it rules a match out: 'ärende-8112289874' and '--8112289874' hold
the number as much as ' 8112289874' does. The four last digits may be grouped ('98 74').
The lookahead `(?=\d\d)` lets the engine skip most positions of a large file at once."""


def _parts(match: re.Match[str]) -> tuple[str, str, str] | None:
    """(century, yymmdd, the four last digits) of a candidate; None for a spelling that is
    too likely an ordinary date and time: a date written with separators followed by a bare
    space ('2024-03-12 1830')."""
    century, yy, sep1, mm, sep2, dd, before, t1, _, t2 = match.groups()
    if (sep1 or sep2) and before and not before.strip():
        return None
    return century, yy + mm + dd, t1 + t2


_EXEMPTION = re.compile(
    r"#\s*pledge:\s*(?:ej|inte|not)\s+(?:ett\s+|a\s+)?personnummer\b([^\n]*)", re.I)


def exempt_numbers(text: str) -> frozenset[str]:
    """The digit strings the file declares not to be personal identity numbers."""
    if "ersonnummer" not in text:
        return frozenset()
    found: set[str] = set()
    for match in _EXEMPTION.finditer(text):
        for word in re.split(r"[,;\s]+", _INVISIBLE.sub("", match.group(1))):
            digits = re.sub(r"\D", "", word)
            if len(digits) in (10, 12):
                found.add(digits[-10:])
    return frozenset(found)


def find_identity_numbers(text: str, exempt: Iterable[str] = ()) -> Iterator[tuple[int, str]]:
    """Offsets (in `text`) and masked forms of every valid personnummer/samordningsnummer,
    except those whose ten digits are in `exempt`."""
    skip = frozenset(exempt)
    visible, removed = _without_invisible(text)
    for match in _CANDIDATE.finditer(visible):
        if _found(match, skip):
            yield _original_offset(match.start(), removed), mask(match.group(0))


def mask_identity_numbers(text: str, exempt: Iterable[str] = ()) -> str:
    """`text` with every valid personnummer/samordningsnummer masked (for messages that
    repeat what the file or the command line says)."""
    skip = frozenset(exempt)
    visible, removed = _without_invisible(text)
    if removed:  # the invisible characters go too: a message shows what matters
        text = visible

    def _masked(match: re.Match[str]) -> str:
        return mask(match.group(0)) if _found(match, skip) else match.group(0)

    return _CANDIDATE.sub(_masked, text)


def _found(match: re.Match[str], skip: frozenset[str]) -> bool:
    """True when the candidate is a valid number not declared exempt."""
    parts = _parts(match)
    if parts is None:
        return False
    century, yymmdd, tail = parts
    return is_identity_number(yymmdd, tail, century=century or None) and (
        _ascii_digits(yymmdd + tail) not in skip)


def _without_invisible(text: str) -> tuple[str, list[int]]:
    """The text without invisible characters, and the offsets (in the result) where each
    removed one stood, to map offsets back; ([] and the text itself when there were none)."""
    if _INVISIBLE.search(text) is None:
        return text, []
    removed: list[int] = []
    parts: list[str] = []
    kept = last = 0
    for match in _INVISIBLE.finditer(text):
        parts.append(text[last:match.start()])
        kept += match.start() - last
        removed.append(kept)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts), removed


def _original_offset(offset: int, removed: list[int]) -> int:
    """Where `offset` of the visible text is in the original (each removed character that
    stood at or before it shifts it by one)."""
    return offset + bisect.bisect_right(removed, offset) if removed else offset


def is_identity_number(yymmdd: str, tail: str, century: str | None = None) -> bool:
    """True for a valid date (or samordningsnummer day) with a correct check digit."""
    if not (yymmdd + tail).isascii():
        yymmdd, tail = _ascii_digits(yymmdd), _ascii_digits(tail)
    year, month, day = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:6])
    if day > 60:
        day -= 60
    centuries = [int(century)] if century else [19, 20]
    if not any(_is_date(c * 100 + year, month, day) for c in centuries):
        return False
    return _luhn(yymmdd + tail)


def _ascii_digits(digits: str) -> str:
    return "".join(str(int(ch)) for ch in digits)


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def mask(number: str) -> str:
    """'811228-9874' -> '8112**-****': enough to find it, too little to identify anyone."""
    digits = _ascii_digits(re.sub(r"\D", "", number))
    head = digits[: len(digits) - 6]
    return head + "**-****"
