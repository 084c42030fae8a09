"""The terminal as every command sees it: whether to colour, how wide, whether a person is
there to answer, and the one place that writes to stdout and stderr (pre-commit's output.py
is the model: tests can capture it, and a rule about output is written once).

- colour: `NO_COLOR` (any value) never; else `FORCE_COLOR` (any value but `0`) always; else
  only on a terminal and not with `TERM=dumb`;
- width: `$COLUMNS` or the terminal's, at least `MIN_WIDTH`.

Encodings: a Swedish Windows redirect is cp1252, a CI runner may be ASCII or Latin-1
(PYTHONIOENCODING): a character the stream cannot hold is never an UnicodeEncodeError.
`safe_streams` (called once by `main`) makes both streams replace it sensibly: typographic
dashes, quotes, ellipsis, arrows and the status symbols by their ASCII look-alikes, letters
by their base letter (å → a where even Latin-1 is not available), anything else by '?'.
Undecodable bytes of an argument (surrogate escapes) become '?' as well.

stderr also masks personal identity numbers in everything written to it: a message may
quote the command line or the file, and CI logs are public (`t` masks every parameter too;
this catches what does not go through the catalogue).
"""

from __future__ import annotations

import codecs
import contextlib
import os
import shutil
import sys
import unicodedata
from typing import Any, TextIO

from medborgarlofte.text.personnummer import mask_identity_numbers

MIN_WIDTH = 60


_TO_FILE: list[bool] = []
"""Set by `to_file`: this run's result goes to a file the user named, never coloured."""


def to_file(on: bool = True) -> None:
    """The result of this run goes to a file (`-o FILE`): no colour codes in it (False: to
    standard output again; every run starts so, `cli.app`)."""
    _TO_FILE.clear()
    if on:
        _TO_FILE.append(True)


def use_color() -> bool:
    """Whether tables and status words are coloured (never the only carrier of meaning)."""
    if os.environ.get("NO_COLOR") or _TO_FILE:
        return False
    forced = os.environ.get("FORCE_COLOR")
    if forced is not None and forced != "0":
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def terminal_width() -> int:
    """The terminal's width ($COLUMNS when set), at least MIN_WIDTH."""
    return max(MIN_WIDTH, shutil.get_terminal_size((100, 24)).columns)


def show(text: str, output_format: str = "table") -> None:
    """A command's result on standard output. CSV goes out as UTF-8 bytes whatever the
    console's encoding (a redirected stdout on Windows is cp1252): its BOM says UTF-8."""
    if output_format.startswith("csv"):
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.buffer.flush()
        return
    out(text)


def out(text: str) -> None:
    """Write `text` to standard output as it is (no newline added)."""
    sys.stdout.write(text)
    sys.stdout.flush()


def say(text: str) -> None:
    """Write one line (newline added) to standard output, as `typer.echo` did."""
    out(text + "\n")


def out_bytes(data: bytes) -> None:
    """Write bytes to standard output as they are (a binary report: XLSX)."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def stdout_is_terminal() -> bool:
    """Whether standard output is a terminal (a person reads it, not a file or a pipe)."""
    return sys.stdout.isatty()


def err(text: str) -> None:
    """Write one line (newline added) to standard error."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()


HANDLER = "pledge-replace"
_LOOK_ALIKE = {
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2026": "...", "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u00b7": "-",
    "\u2192": "->", "\u2190": "<-", "\u2265": ">=", "\u2264": "<=", "\u00d7": "x",
    "\u2714": "v", "\u2713": "v", "\u2716": "x", "\u2717": "x", "\u25cf": "*", "\u25cb": "o",
    "\u25b2": "^", "\u25bc": "v", "\u25a0": "#", "\u25a1": "-", "\u2588": "#", "\u2591": ".",
    "\u2592": ":", "\u2593": "#", "\u2500": "-", "\u2502": "|", "\u2022": "*",
}


def _replace(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    encoding = error.encoding
    out = []
    for char in error.object[error.start:error.end]:
        candidate = _LOOK_ALIKE.get(char)
        if candidate is None:
            base = unicodedata.normalize("NFKD", char)
            candidate = "".join(c for c in base if not unicodedata.combining(c)) or "?"
        try:
            candidate.encode(encoding)
        except (UnicodeError, LookupError):
            candidate = "?"
        out.append(candidate)
    return "".join(out), error.end


def register_handler() -> None:
    """Make the `pledge-replace` error handler known to the codecs (idempotent)."""
    try:
        codecs.lookup_error(HANDLER)
    except LookupError:
        codecs.register_error(HANDLER, _replace)


class _MaskingStream:
    """A text stream that masks personal identity numbers in what is written to it."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(mask_identity_numbers(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def safe_streams() -> None:
    """stdout and stderr that never fail to encode; stderr masking identity numbers."""
    register_handler()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # closed or detached
                reconfigure(errors=HANDLER)
    if not isinstance(sys.stderr, _MaskingStream):
        sys.stderr = _MaskingStream(sys.stderr)
