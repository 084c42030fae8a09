"""What `pledge status` and `pledge events` share: options, files, filters, the terminal.

Imports only typer, cli.common and the catalogue at module level (see cli/app.py); the
loader and the core are imported when a command runs.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.common import h, today, usage_error

if TYPE_CHECKING:
    from medborgarlofte.core.schema.model import Pledge
    from medborgarlofte.io.loader import LoadedPledge

FORMATS = ("table", "markdown", "json", "csv")
MIN_WIDTH = 60

PathsArg = Annotated[list[str] | None, typer.Argument(
    help=h("status.opt.paths"), metavar="FILE|DIR", show_default=False)]
AsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", help=h("status.opt.as_of"), metavar="DATE", show_default=False)]
PartyOpt = Annotated[list[str] | None, typer.Option(
    "--party", help=h("status.opt.party"), metavar="ID", show_default=False)]
PriorityOpt = Annotated[list[str] | None, typer.Option(
    "--priority", help=h("status.opt.priority"), metavar="ID", show_default=False)]
TargetOpt = Annotated[list[str] | None, typer.Option(
    "--target", help=h("status.opt.target"), metavar="ID", show_default=False)]
StatusOpt = Annotated[list[str] | None, typer.Option(
    "--status", help=h("status.opt.status"), metavar="STATUS", show_default=False)]
FromOpt = Annotated[str | None, typer.Option(
    "--from", help=h("status.opt.from"), metavar="DATE", show_default=False)]
ToOpt = Annotated[str | None, typer.Option(
    "--to", help=h("status.opt.to"), metavar="DATE", show_default=False)]
FormatOpt = Annotated[str, typer.Option(
    "--format", help=h("status.opt.format"), metavar="table|markdown|json|csv")]


@dataclass(frozen=True)
class Filters:
    """The filter options, split on commas and checked against the pledges."""

    parties: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()


def split_values(values: Iterable[str] | None) -> tuple[str, ...]:
    """'--party a --party b,c' as ('a', 'b', 'c')."""
    return tuple(v.strip() for value in values or () for v in value.split(",") if v.strip())


def check_format(value: str, lang: str | None) -> str:
    """The --format value, or exit 2."""
    if value not in FORMATS:
        usage_error("cli.bad_format", lang, value=value, choices=", ".join(FORMATS))
    return value


def parse_day(option: str, value: str | None, lang: str | None) -> dt.date | None:
    """A YYYY-MM-DD option value, or exit 2 with a message naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        usage_error("status.bad_date", lang, option=option, value=value)


def as_of_day(value: str | None, lang: str | None) -> dt.date:
    """--as-of, else today; a day after today is a usage error (exit 2)."""
    now = today()
    day = parse_day("--as-of", value, lang) or now
    if day > now:
        usage_error("status.future_as_of", lang, value=day.isoformat(), today=now.isoformat())
    return day


def pledge_files(paths: list[str] | None, file: str | None,
                 lang: str | None) -> list[str | None]:
    """The files named, a directory's *.yaml / *.yml files (sorted), else [None]: the default
    file (./pledge.yaml, $PLEDGE_FILE, a parent's), which `load_valid_or_exit` finds."""
    named = list(paths or []) + ([file] if file else [])
    if not named:
        return [None]
    found: list[str | None] = []
    for name in named:
        path = Path(name)
        if path.is_dir():
            inside = sorted(p for p in path.iterdir()
                            if p.suffix in (".yaml", ".yml") and p.is_file())
            if not inside:
                usage_error("status.empty_dir", lang, path=name)
            found += [str(p) for p in inside]
        else:
            found.append(name)
    return found


def load_all(files: list[str | None], lang: str | None) -> tuple[list[LoadedPledge], str]:
    """Every file loaded and valid (else its problems are printed and we exit 1 or 2).

    What the commands use of a valid file is its model: the YAML nodes, the plain data and
    the text are let go at once (300 files kept every node tree: 235 MB instead of 36)."""
    from medborgarlofte.cli.common import load_valid_or_exit

    loaded, languages = [], []
    for name in files:
        one, language = load_valid_or_exit(name, lang)
        one.root = one.data = one.text = None  # valid: only the model is used from here on
        loaded.append(one)
        languages.append(language)
    return loaded, languages[0]


def check_filters(pledges: list[Pledge], lang: str, parties: list[str] | None,
                  priorities: list[str] | None, targets: list[str] | None,
                  statuses: list[str] | None) -> Filters:
    """The filters, each id known to at least one pledge (else exit 2 with a suggestion)."""
    from medborgarlofte.core.progress.types import CATEGORIES, Status

    filters = Filters(split_values(parties), split_values(priorities), split_values(targets),
                      split_values(statuses))
    known = {
        "--party": {p for x in pledges for p in x.parties},
        "--priority": {p.id for x in pledges for p in x.priorities},
        "--target": {t.id for x in pledges for t in x.targets},
    }
    for option, values in (("--party", filters.parties), ("--priority", filters.priorities),
                           ("--target", filters.targets)):
        for value in values:
            if value not in known[option]:
                _unknown(option, value, sorted(known[option]), lang)
    choices = [s.value for s in Status] + [c for c in CATEGORIES if c not in set(Status)]
    for value in filters.statuses:
        if value not in choices:
            usage_error("status.bad_status", lang, value=value, choices=", ".join(choices))
    return filters


def _unknown(option: str, value: str, known: list[str], lang: str) -> None:
    from medborgarlofte.core.schema.checks import suggest

    guess = suggest(value, known)
    if guess:
        usage_error("status.unknown_id_guess", lang, option=option, value=value, guess=guess)
    usage_error("status.unknown_id", lang, option=option, value=value,
                known=", ".join(known) or "–")


def terminal_width() -> int:
    """The terminal's width ($COLUMNS when set), at least MIN_WIDTH."""
    return max(MIN_WIDTH, shutil.get_terminal_size((100, 24)).columns)


def use_color() -> bool:
    """Colour only on a terminal, and never with NO_COLOR set or TERM=dumb."""
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()
