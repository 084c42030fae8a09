"""What a published text may contain, decided once for input, the file and every output.

A text from the pledge file or the command line ends up on a terminal, in a CI log, in a
spreadsheet and on a web page. It may hold any character except those that control the
device showing it rather than being shown:

- C0 and C1 control characters other than tab and line feed (ESC starts terminal escape
  sequences, CSI U+009B too; Word's line break is a vertical tab, which XLSX cannot hold);
- DEL, lone surrogates (undecodable bytes of an argument) and Unicode noncharacters
  (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two of every plane: a workbook holding one
  cannot be read back);
- the bidirectional embedding, override and isolate controls U+202A–U+202E and
  U+2066–U+2069, which make text display in another order than it is stored.

At input (`log --note`, `import`) line breaks written as vertical tab, form feed, U+0085,
U+2028 or U+2029 become line feeds and anything else forbidden is refused; in the file it is
E125; at output `publishable` replaces what is left with U+FFFD, so no output can crash on it
or hand it to a terminal.
"""

from __future__ import annotations

import re

_FORBIDDEN_BMP_CLASS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 (but tab, line feed), DEL, C1
    "\ud800-\udfff"  # lone surrogates
    "\u202a-\u202e\u2066-\u2069"  # bidi embeddings, overrides, isolates
    "\ufdd0-\ufdef\ufffe\uffff"
)
_FORBIDDEN_CLASS = _FORBIDDEN_BMP_CLASS + "".join(
    f"{chr(plane * 0x10000 + 0xFFFE)}{chr(plane * 0x10000 + 0xFFFF)}" for plane in range(1, 17))
FORBIDDEN = re.compile(f"[{_FORBIDDEN_CLASS}]")
"""One character a published text may not contain."""
_FORBIDDEN_BMP = re.compile(f"[{_FORBIDDEN_BMP_CLASS}]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
"""A search for the astral noncharacters is ten times slower than for the rest: it is run
only over a text that holds a character beyond U+FFFF at all (an emoji)."""
_LINE_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
REPLACEMENT = "\ufffd"


def clean_but_line_ends(text: str) -> bool:
    """True when `text` holds no forbidden character, carriage returns aside (a file's line
    ends, which YAML reads as line feeds); as `first_forbidden(text.replace("\\r", ""))` is
    None, and a few times faster over a whole file."""
    text = text.replace("\r", "")
    if _FORBIDDEN_BMP.search(text):
        return False
    return _ASTRAL.search(text) is None or FORBIDDEN.search(text) is None


def first_forbidden(text: str) -> str | None:
    """The first character `text` may not contain, as 'U+001B'; None when it is clean."""
    found = FORBIDDEN.search(text)
    return None if found is None else f"U+{ord(found.group()):04X}"


def normalized_input(text: str) -> str:
    """Typed or imported text with every kind of line break as a line feed (Word writes
    a vertical tab, Windows CR LF); other forbidden characters are left for the caller to
    refuse with `first_forbidden`."""
    return _LINE_BREAKS.sub("\n", text)


def publishable(text: str) -> str:
    """`text` with every forbidden character replaced by U+FFFD (a visible mark)."""
    if FORBIDDEN.search(text) is None:  # the common case: no copy
        return text
    return FORBIDDEN.sub(REPLACEMENT, text)


def without_forbidden(text: str) -> str:
    """`text` with every forbidden character removed (a pasted source text to draft from,
    where nothing was meant by them)."""
    return FORBIDDEN.sub("", text) if FORBIDDEN.search(text) else text


def one_line(text: str) -> str:
    """A publishable text for a one-line message: line breaks shown as \\r and \\n."""
    return publishable(text.replace("\r", "\\r").replace("\n", "\\n"))
