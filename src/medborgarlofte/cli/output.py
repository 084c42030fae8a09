"""The terminal as every command sees it: whether to colour, how wide, whether a person is
there to answer, and the one place that writes to stdout and stderr (pre-commit's output.py
is the model: tests can capture it, and a rule about output is written once).

- colour: `NO_COLOR` (any value) never; else `FORCE_COLOR` (any value but `0`) always; else
  only on a terminal and not with `TERM=dumb`;
- width: `$COLUMNS` or the terminal's, at least `MIN_WIDTH`.
"""

from __future__ import annotations

import os
import shutil
import sys

MIN_WIDTH = 60


def use_color() -> bool:
    """Whether tables and status words are coloured (never the only carrier of meaning)."""
    if os.environ.get("NO_COLOR"):
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


def err(text: str) -> None:
    """Write one line (newline added) to standard error."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()
