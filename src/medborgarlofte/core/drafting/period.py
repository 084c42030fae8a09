"""The period and title of a published pledge, as its text states them.

Pledges state their period in many ways: "Medborgarlöfte 2024", "Medborgarlöfte Heby 2020",
"Löftet gäller 2018-2019.", "Det här lovar vi mellan 2020 - 2021", "gäller från 1 januari 2018
– 31 december 2019", "Tid: 1 november 2016 - 30 april 2017.", "2018-07-01—2020-06-30", "juni
2017-juni 2018". Explicit dates win over years; among years, the first statement wins. The
title is the published heading ("Medborgarlöfte Heby 2020") when there is one. Each line is
read once, and at most its first 300 characters: linear in the length of the text. Pure.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from medborgarlofte.core.drafting.draft import Period

MONTHS = {name: i for i, name in enumerate(
    ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
     "oktober", "november", "december"), start=1)}
_MONTH = "(" + "|".join(MONTHS) + ")"
_SEP = r"\s*(?:-|–|—|till och med|till|t\.?\s?o\.?\s?m\.?)\s*"
_DAY_RANGE = re.compile(rf"\b(\d{{1,2}}) {_MONTH} (\d{{4}}){_SEP}(\d{{1,2}}) {_MONTH} (\d{{4}})"
                        rf"|\bmellan (\d{{1,2}}) {_MONTH} (\d{{4}}) och "
                        rf"(\d{{1,2}}) {_MONTH} (\d{{4}})", re.IGNORECASE)
_SPLIT_RANGE = re.compile(
    rf"\b(?:från och med|fr\.?\s?o\.?\s?m\.?|från)\s+(?:den\s+)?(\d{{1,2}}) {_MONTH} (\d{{4}})\b"
    rf"[^!?:;]{{0,200}}?\b(?:till och med|t\.?\s?o\.?\s?m\.?|fram till|till)\s+(?:den\s+)?"
    rf"(\d{{1,2}}) {_MONTH} (\d{{4}})\b", re.IGNORECASE)
""""Från och med den 1 juli 2023 gäller det nya medborgarlöftet, som gäller till och med den
30 juni 2027": the dates of a validity stated in prose, with words between them."""
_PLEDGE_WORD = re.compile(r"löfte|löftet|medborgarlöft", re.IGNORECASE)
_ISO_RANGE = re.compile(
    r"\b(\d{4})-(\d{2})-(\d{2})\s*(?:-|–|—|till och med|till|t\.?\s?o\.?\s?m\.?|\.\.)\s*"
    r"(\d{4})-(\d{2})-(\d{2})\b")
_SLASH_RANGE = re.compile(
    r"\b(\d{1,2})/(\d{1,2})[ -](\d{4})\s*(?:-|–|—|till och med|till|t\.?\s?o\.?\s?m\.?)\s*"
    r"(\d{1,2})/(\d{1,2})[ -](\d{4})\b")
""""1/1 2024 – 31/12 2025": day/month and the year."""
_STRONG_YEARS = re.compile(
    r"\b(?:gäller|löper|giltig\w*)\b[^\d.!?]{0,30}?\b(?P<first>20\d\d|19\d\d)(?!-\d\d-)"
    r"(?:\s*(?:-|–|—|/|och|till)\s*(?P<last>20\d\d|19\d\d|\d\d)\b)?", re.IGNORECASE)
""""Löftet gäller i två år, 2023 och 2024", "Gäller: 2024-2025", "löper över två år
(2023–2024)": a stated validity with a few words before its years."""
_MONTH_RANGE = re.compile(rf"\b{_MONTH} (\d{{4}}){_SEP}{_MONTH} (\d{{4}})", re.IGNORECASE)
_DAY_RANGE_ONE_YEAR = re.compile(rf"\b(\d{{1,2}}) {_MONTH}{_SEP}(\d{{1,2}}) {_MONTH} (\d{{4}})",
                                 re.IGNORECASE)
""""1 januari – 31 december 2024": the year written once, at the end."""
_MONTH_RANGE_ONE_YEAR = re.compile(rf"\b{_MONTH}{_SEP}{_MONTH} (\d{{4}})", re.IGNORECASE)
""""september–december 2015"."""
_YEARS = re.compile(
    r"(?:(?P<strong>\bgäller|\blöper|\bmellan|tid:|period:?|^(?:genomförande|giltighet\w*|löptid|"
    r"tidsperiod|avser|period)\b:?)|\b(?:för|under)"
    r"|(?P<title>medborgarlöft\w{0,3}))"
    r"(?: (?:för|i|från|år|perioden|åren|[A-ZÅÄÖ][\w-]{1,30})){0,3}"
    r" (?P<first>20\d\d|19\d\d)(?!-\d\d-)"
    r"(?:\s*(?:-|–|—|/|och|till)\s*(?P<last>20\d\d|19\d\d|\d\d)\b)?",
    re.IGNORECASE)
_YEARS_OWNED = re.compile(
    r"\b(?P<first>20\d\d|19\d\d)(?:\s*(?:-|–|—|/)\s*(?P<last>20\d\d|19\d\d|\d\d))? års "
    r"(?:medborgarlöft|löfte)", re.IGNORECASE)
""""2019/2020 års medborgarlöften": the years the pledge is for, as strong as a title."""
_TITLE_LINE = re.compile(r"^medborgarlöft\w{0,3}\b[^.!?]{0,80}$", re.IGNORECASE)
_TITLE_IN_LINE = re.compile(r"medborgarlöft\w{0,3}(?: [A-ZÅÄÖ][\w-]{1,30}){0,2} (?:19|20)\d\d"
                            r"(?:\s*[-–/]\s*(?:19|20)?\d\d\b)?", re.IGNORECASE)
_LINE = 300
_SECOND_TITLE_LINE = re.compile(
    r"^[^.!?:]{0,50}?\b((?:19|20)\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?\s*$")
_VALIDITY = re.compile(r"gäller|giltig|löper|period|\btid\b|genomförande|löptid|avser",
                       re.IGNORECASE)
_HEADING_TITLE = re.compile(r"^[^.!?:]{0,60}\bmedborgarlöft\w{0,3}\b[^.!?:]{0,60}$",
                            re.IGNORECASE)
"""A heading naming the pledge near the top of the text: its title as published."""
_CRUMBS = re.compile(r" [>/|»›] |\bpublicerad|\buppdaterad", re.IGNORECASE)
_AGREEMENT = re.compile(r"överenskommelse|avtal", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_WIDE_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


@dataclass(frozen=True)
class StatedPeriod:
    """The period the text states (None: it states none) and its title as published."""

    period: Period | None
    title: str | None
    conflict: bool = False
    """The text states other periods too (a person should check which is the pledge's)."""
    weak: bool = False
    """The period was read only from a passing mention ("under 2018", "för 2024"), not from a
    title, a date or a stated validity: a person should check it."""
    impossible: bool = False
    """A date of the stated period does not exist ("31 juni"): the nearest real day was
    taken, and a person should check it."""


def _day(year: str, month: int | str, day: int | str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _month_end(year: str, month: int) -> dt.date:
    return dt.date(int(year), month, calendar.monthrange(int(year), month)[1])


def _explicit(line: str) -> Period | None:
    """A period given by dates ("1 januari 2018 – 31 december 2019", ISO dates, months)."""
    found = _DAY_RANGE.search(line)
    if found:
        groups = found.groups()
        d1, m1, y1, d2, m2, y2 = groups[:6] if groups[0] else groups[6:]
        start, end = _day(y1, MONTHS[m1.lower()], d1), _day(y2, MONTHS[m2.lower()], d2)
        if start and end:
            return Period(start, end)
    found = _SPLIT_RANGE.search(line) if _VALIDITY.search(line) and _PLEDGE_WORD.search(line) \
        else None
    if found:  # "Från och med den 1 juli 2023 gäller …, som gäller till och med den 30 juni 2027"
        d1, m1, y1, d2, m2, y2 = found.groups()
        start, end = _day(y1, MONTHS[m1.lower()], d1), _day(y2, MONTHS[m2.lower()], d2)
        if start and end and start <= end:
            return Period(start, end)
    found = _ISO_RANGE.search(line)
    if found:
        y1, m1, d1, y2, m2, d2 = found.groups()
        start, end = _day(y1, m1, d1), _day(y2, m2, d2)
        if start and end:
            return Period(start, end)
    found = _SLASH_RANGE.search(line)
    if found:
        d1, m1, y1, d2, m2, y2 = found.groups()
        start, end = _day(y1, m1, d1), _day(y2, m2, d2)
        if start and end:
            return Period(start, end)
    found = _MONTH_RANGE.search(line)
    if found:
        m1, y1, m2, y2 = found.groups()
        return Period(dt.date(int(y1), MONTHS[m1.lower()], 1),
                      _month_end(y2, MONTHS[m2.lower()]))
    validity = _VALIDITY.search(line) is not None
    found = _DAY_RANGE_ONE_YEAR.search(line) if validity else None
    if found:  # only where the line says it is the validity: "gäller 1 juni – 31 december 2024"
        d1, m1, d2, m2, year = found.groups()
        start, end = _day(year, MONTHS[m1.lower()], d1), _day(year, MONTHS[m2.lower()], d2)
        if start and end and start <= end:
            return Period(start, end)
    found = _MONTH_RANGE_ONE_YEAR.search(line) if validity else None
    if found:  # "gäller september–december 2015"
        m1, m2, year = found.groups()
        if MONTHS[m1.lower()] <= MONTHS[m2.lower()]:
            return Period(dt.date(int(year), MONTHS[m1.lower()], 1),
                          _month_end(year, MONTHS[m2.lower()]))
    return None


def _years(line: str) -> tuple[int, Period] | None:
    """The years a line states, and how strongly: 0 "gäller 2024", 1 "Medborgarlöfte 2024",
    2 "under 2024"."""
    owned = _YEARS_OWNED.search(line)
    strong = None if owned else _STRONG_YEARS.search(line)
    found = owned or strong or _YEARS.search(line)
    if not found:
        return None
    rank = 1 if owned else 0 if strong or found.group("strong") else \
        1 if found.group("title") else 2
    if _AGREEMENT.search(line):  # "Överenskommelsen gäller 2023-2026": not the pledge's period
        rank = 2
    first = int(found.group("first"))
    last_text = found.group("last")
    last = first if not last_text else int(
        last_text if len(last_text) == 4 else str(first)[:2] + last_text)
    return (rank, Period(dt.date(first, 1, 1), dt.date(last, 12, 31))) if first <= last else None


def read_period(lines: list[str]) -> StatedPeriod:
    """The period and title the lines of a pledge text state."""
    explicit: Period | None = None
    years: dict[int, list[Period]] = {}
    title: str | None = None
    title_in_line: str | None = None
    heading_title: str | None = None
    bare_title: str | None = None
    """A title with no year ("MEDBORGARLÖFTE"), whose next line may hold the rest of it."""
    for number, full in enumerate(lines):
        line = full[:_LINE]
        if number < 40 and "   " in line:  # a page's header: "MEDBORGARLÖFTE I KUNGÄLV    Polisen"
            line = _WIDE_GAP.split(line, maxsplit=1)[0]
        if bare_title is not None and line:
            second = None if "öft" in line.lower() else _SECOND_TITLE_LINE.match(line)
            if second:  # a PDF's title set on two lines: "MEDBORGARLÖFTE" / "Vingåker 2025"
                first, last = int(second.group(1)), second.group(2)
                end = first if not last else int(last if len(last) == 4 else str(first)[:2] + last)
                if first <= end:
                    years.setdefault(1, []).append(Period(dt.date(first, 1, 1),
                                                          dt.date(end, 12, 31)))
                    if title is None or title == bare_title:
                        title = f"{bare_title} {line}"
            bare_title = None
        if number < 40 and _TITLE_LINE.match(line) and not _DIGIT.search(line) \
                and len(line.split()) <= 3:
            bare_title = line.rstrip(" :")
        if heading_title is None and number < 40 and _HEADING_TITLE.match(line) \
                and len(line.split()) <= 12 and not _CRUMBS.search(line):
            heading_title = line.strip()
        has_digit = _DIGIT.search(line) is not None
        if not has_digit and "öft" not in line.lower():
            continue
        if explicit is None and has_digit:
            explicit = _explicit(line)
        if has_digit and sum(len(v) for v in years.values()) < 20:
            stated = _years(line)
            if stated:
                years.setdefault(stated[0], []).append(stated[1])
        if title is None and _TITLE_LINE.match(line) and len(full) <= 90 \
                and len(line.split()) <= 12:
            title = line.rstrip(" :")
        if title_in_line is None and has_digit:
            found = _TITLE_IN_LINE.search(line)
            title_in_line = found.group() if found else None
    best_rank = next((rank for rank in (0, 1, 2) if rank in years), None)
    best = years[best_rank][0] if best_rank is not None else None
    period = explicit or best
    weak = explicit is None and best_rank == 2
    if period is not None and period.start > period.end:
        period = None
    others = {p for rank in (0, 1) for p in years.get(rank, [])} - {period}
    conflict = period is not None and bool(others) and (
        explicit is None or any((p.start.year, p.end.year) != (explicit.start.year,
                                                               explicit.end.year)
                                for p in others))  # dates that disagree with the title's years
    if title and title.isupper() and " " not in title:
        title = None  # "MEDBORGARLÖFTE" alone: no title yet (the period's makes one)
    if title and not re.search(r"\d", title) and title_in_line:
        title = title_in_line
    if title is None and heading_title and _DIGIT.search(heading_title):
        title = heading_title  # "Kungsör – medborgarlöfte 2023", "Nya medborgarlöften för 2024"
    return StatedPeriod(period, title or title_in_line, conflict, weak and period is not None)


_WINDOW = re.compile(rf"\b(?:under (?:perioden )?|mellan |från |\()?{_MONTH}\s*(?:-|–|—|till)\s*"
                     rf"{_MONTH}\b", re.IGNORECASE)


def find_window(text: str, period: Period) -> tuple[dt.date, dt.date] | None:
    """The part of the period a commitment is for ("under perioden april–september"), in
    the period's first year; None when the text names none or it falls outside the period."""
    found = _WINDOW.search(text[:600])
    if not found:
        return None
    first, last = MONTHS[found.group(1).lower()], MONTHS[found.group(2).lower()]
    year = period.start.year
    if last < first:
        return None
    start = max(dt.date(year, first, 1), period.start)
    end = min(_month_end(str(year), last), period.end)
    return (start, end) if start <= end else None


_EXTENDED = re.compile(
    r"\b(?:förläng\w*\b[^.!?]{0,160}?\b(?:gälla|gäller)|förläng(?:s|ts|as))\s+"
    r"(?:även\s+|också\s+|ytterligare\s+)?(?:under\s+|för\s+|hela\s+)?(?:år\s+|året\s+)?"
    r"(?P<first>(?:19|20)\d\d)\b(?:\s*(?:-|–|—|och|till)\s*(?P<last>(?:19|20)\d\d)\b)?",
    re.IGNORECASE)
"""'… har valt att förlänga 2016 och 2017 års medborgarlöften till att gälla även under 2018',
'Löftet förlängs under 2024': the years the pledge was extended to."""
_LOOSE_DAY_RANGE = re.compile(
    rf"\b(\d{{1,2}}) {_MONTH} (\d{{4}})\s*(?:-|–|—|till)\s*(\d{{1,2}}) {_MONTH} (\d{{4}})",
    re.IGNORECASE)
_MENU_TITLE = re.compile(r"^medborgarlöft\w{0,3}$", re.IGNORECASE)
_TRAIL = re.compile(r" [>/|»›] ")
_TOP_LINES = 40


def published_period(lines: list[str]) -> StatedPeriod:
    """`read_period`, and what it leaves to a person to read otherwise: a pledge extended to
    later years ("förlänga 2016 och 2017 års medborgarlöften till att gälla även under 2018":
    2018), a published date that does not exist ("1 juli 2023 – 31 juni 2027": to 30 June,
    marked), and the title under a page's menu ("Medborgarlöften" / "Ekby" / "Medborgarlöfte i
    Ekby": the heading, not the menu's word)."""
    stated = read_period(lines)
    period, conflict, weak = stated.period, stated.conflict, stated.weak
    extended = _extension(lines)
    if extended is not None and (period is None or period.end < extended.start):
        period, conflict, weak = extended, False, False  # the years it was extended to
    impossible = _impossible_range(lines)
    if impossible is not None:
        period, conflict, weak = impossible, False, False
    return StatedPeriod(period, _title_under_menu(lines, stated.title), conflict, weak,
                        impossible is not None)


def _extension(lines: list[str]) -> Period | None:
    for line in lines:
        if "örläng" not in line[:_LINE]:
            continue
        found = _EXTENDED.search(line[:_LINE])
        if found:
            first = int(found.group("first"))
            last = int(found.group("last") or first)
            if first <= last:
                return Period(dt.date(first, 1, 1), dt.date(last, 12, 31))
    return None


def _impossible_range(lines: list[str]) -> Period | None:
    """The period of the text's first range of dates when a date in it does not exist ("31
    juni"): a start read as the first day after its month, an end as its month's last day;
    None when the first range is a real one (or there is none)."""
    for line in lines:
        found = _LOOSE_DAY_RANGE.search(line[:_LINE]) if _DIGIT.search(line[:_LINE]) else None
        if not found:
            continue
        d1, m1, y1, d2, m2, y2 = found.groups()
        start, end = _day(y1, MONTHS[m1.lower()], d1), _day(y2, MONTHS[m2.lower()], d2)
        if start and end or not (1 <= int(d1) <= 31 and 1 <= int(d2) <= 31):
            return None
        if start is None:
            last = _month_end(y1, MONTHS[m1.lower()])
            start = last + dt.timedelta(days=1)
        if end is None:
            end = _month_end(y2, MONTHS[m2.lower()])
        return Period(start, end) if start <= end else None
    return None


def _title_under_menu(lines: list[str], title: str | None) -> str | None:
    """The heading naming the pledge ("Medborgarlöfte i Ekby") when the title read is a
    menu's word alone ("Medborgarlöften") or a menu trail ("Start > … > Medborgarlöfte")."""
    if title is None or not (_MENU_TITLE.match(title.strip()) and not title.isupper()
                             or _TRAIL.search(title)):
        return title
    seen = False
    for line in lines[:_TOP_LINES]:
        line = line.strip()
        if line == title.strip() or _TRAIL.search(line):
            seen = True
            continue
        if seen and _HEADING_TITLE.match(line) and not _CRUMBS.search(line) \
                and 2 <= len(line.split()) <= 12 and not _MENU_TITLE.match(line):
            return line
    return title
