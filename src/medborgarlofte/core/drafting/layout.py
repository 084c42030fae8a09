"""The sections of a published pledge's text: priorities, situation, commitments, signatures.

Text copied from a web page or a PDF is a sequence of headings, bullet lines and paragraphs.
`read_layout` walks it once: a line naming priorities opens the priority list, "Situationen
idag" the situation, "Det här ska vi göra" or a party heading the commitments; a heading that
names no party and is not followed by bullets closes them. Bullet lines wrapped by a PDF
(the next line starts in lower case) are joined. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medborgarlofte.core.drafting.owners import PartyRef, owners_of_heading, split_trailing_owners

_BULLET = re.compile(r"^(?:[•·▪◦●○■►✓✔*\-–—]|[0-9]{1,2}[.)])\s+(.*)$")
_PRIORITIES = re.compile(r"prioriter|fokusområd", re.IGNORECASE)
_SITUATION = re.compile(
    r"^(?:situationen (?:idag|i dag)|lägesbild(?:en)?|bakgrund|nuläge(?:t)?)\s*:?$",
    re.IGNORECASE,
)
_COMMITMENTS = re.compile(
    r"det här (?:ska vi göra|gör vi|lovar vi)|^vi lovar|^våra löften|^löften(?:a)?\b"
    r"|^åtaganden|^medborgarlöftet innebär",
    re.IGNORECASE,
)
_NAME = re.compile(r"^[A-ZÅÄÖÉ][a-zåäöéü]+(?:[- ][A-ZÅÄÖÉ][a-zåäöéü]+){1,3}$")


@dataclass
class Commitment:
    """One commitment as published, and the owners the text gives it (None: not stated)."""

    text: str
    owners: list[PartyRef] | None
    group: str | None = None
    """The subject heading it stands under ("Trafik"), when the text groups by subject."""


@dataclass
class Layout:
    """What the text holds, section by section, in published order."""

    priorities: list[str] = field(default_factory=list)
    situation: list[str] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    signatories: list[tuple[str, str]] = field(default_factory=list)


def clean_lines(text: str) -> list[str]:
    """The text's lines, stripped, with no-break spaces and Windows line ends normalised."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return [line.replace("\u00a0", " ").strip() for line in text.split("\n")]


def is_heading(line: str) -> bool:
    """A short line that does not end a sentence: 'Polisen', 'Det här ska vi göra'."""
    return (bool(line) and len(line) <= 90 and len(line.split()) <= 12
            and line[-1] not in ".,;" and not _BULLET.match(line))


class _Reader:
    """The state of one walk over the lines."""

    def __init__(self, lines: list[str], municipality: str) -> None:
        self.lines = lines
        self.municipality = municipality
        self.layout = Layout()
        self.state = "intro"
        self.owners: list[PartyRef] | None = None
        self.group: str | None = None
        self.last_item: str | None = None
        """The item the previous line added or extended (a PDF may wrap it onto this line)."""
        self.after_blank = False
        self.paragraph: list[str] = []
        self.tail: list[str] = []

    def next_is_bullet(self, index: int) -> bool:
        following = next((line for line in self.lines[index + 1:] if line), "")
        return bool(_BULLET.match(following))

    def heading(self, line: str, index: int) -> None:
        owners = owners_of_heading(line, self.municipality)
        if owners and self.state != "situation" or (owners and self.next_is_bullet(index)):
            self.state, self.owners, self.group = "commitments", owners, None
        elif _SITUATION.match(line):
            self.state = "situation"
        elif _COMMITMENTS.search(line):
            self.state, self.owners, self.group = "commitments", None, None
        elif self.state == "commitments" and self.next_is_bullet(index):
            self.owners, self.group = None, line  # commitments grouped by subject
        elif self.state != "intro" or self.layout.commitments:
            self.state = "after"

    def line(self, line: str, index: int) -> None:
        bullet = _BULLET.match(line)
        body = bullet.group(1).strip() if bullet else line
        continuation = not bullet and self.last_item is not None and not self.after_blank and (
            line[:1].islower() or self.last_item[-1:] not in ".!?:)")
        self.last_item = None
        if not bullet and _PRIORITIES.search(line) and line.endswith(":"):
            self.state = "priorities"
        elif continuation and self.state in ("priorities", "commitments"):
            self._extend(line)
        elif is_heading(line) and not (self.state == "commitments" and self._owned(line)):
            self.heading(line, index)
        elif self.state == "priorities":
            if bullet:
                self.layout.priorities.append(body)
                self.last_item = body
            else:
                self.state = "intro"
        elif self.state == "situation":
            self.paragraph.append(line)
        elif self.state == "commitments" and (bullet or self._owned(line)):
            self.layout.commitments.append(Commitment(body, self.owners, self.group))
            self.last_item = body
        elif self.state == "commitments":
            self.state = "after"
        if self.state == "after" and not bullet:
            self.tail.append(line)

    def _owned(self, line: str) -> bool:
        """An unbulleted commitment: under a party heading, or with its owners after it."""
        if split_trailing_owners(line, self.municipality):
            return True
        return self.owners is not None and line[-1:] in ".)"

    def _extend(self, line: str) -> None:
        if self.state == "priorities":
            self.layout.priorities[-1] += " " + line
            self.last_item = self.layout.priorities[-1]
        else:
            self.layout.commitments[-1].text += " " + line
            self.last_item = self.layout.commitments[-1].text

    def blank(self) -> None:
        if self.paragraph:
            self.layout.situation.append(" ".join(self.paragraph))
            self.paragraph = []
        self.tail.append("")


def read_layout(text: str, municipality: str) -> Layout:
    """The priorities, situation, commitments and signatures of a published pledge text."""
    reader = _Reader(clean_lines(text), municipality)
    for index, line in enumerate(reader.lines):
        if not line:
            reader.blank()
            reader.after_blank = True
            continue
        before = reader.state
        reader.line(line, index)
        if before == "situation" and reader.state != "situation":
            reader.blank()
        reader.after_blank = False
    reader.blank()
    reader.layout.signatories = _signatories(reader.tail)
    return reader.layout


def _signatories(lines: list[str]) -> list[tuple[str, str]]:
    """(name, role) pairs: a line that is a person's name followed by a line with a title."""
    filled = [line for line in lines if line]
    found = []
    for name, role in zip(filled, filled[1:], strict=False):
        if _NAME.match(name) and not _NAME.match(role) and is_heading(role) \
                and owners_of_heading(name, "") is None:
            found.append((name, role))
    return found
