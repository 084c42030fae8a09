"""What `pledge status` and `pledge events` share: options, files, filters, the terminal.

Imports only typer, cli.common and the catalogue at module level (see cli/app.py); the
loader and the core are imported when a command runs.
"""

from __future__ import annotations

import datetime as dt
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.choices import STATUS_FORMATS, metavar
from medborgarlofte.cli.common import h, today, usage_error
from medborgarlofte.cli.completion import complete_status_filter, complete_status_format
from medborgarlofte.cli.output import err
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.core.schema.model import Pledge
    from medborgarlofte.io.loader import LoadedPledge
    from medborgarlofte.render.report.csv_table import CsvDialect

FORMATS = ("table", "markdown", "json", "csv", "csv-machine")
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
    "--status", help=h("status.opt.status"), metavar="STATUS", show_default=False,
    autocompletion=complete_status_filter)]
FromOpt = Annotated[str | None, typer.Option(
    "--from", help=h("status.opt.from"), metavar="DATE", show_default=False)]
ToOpt = Annotated[str | None, typer.Option(
    "--to", help=h("status.opt.to"), metavar="DATE", show_default=False)]
OutputFileOpt = Annotated[str | None, typer.Option(
    "--output", "-o", help=h("view.opt.output"), metavar="FILE", show_default=False)]
"""Where `status` and `events` write their result instead of standard output."""


def prepare_output_file(output_file: str | None) -> None:
    """Before anything is rendered: a result that goes to a file (`-o FILE`; `-o -` is
    standard output) is never coloured."""
    if output_file is None or output_file == "-":
        return
    from medborgarlofte.cli.output import to_file

    to_file()


def deliver(command: str, given: dict[str, object], text: str, output: str,
            output_file: str | None, loaded: list[LoadedPledge], day: dt.date,
            lang: str) -> None:
    """A view's result: to the `-o` file, or on standard output and kept as the answer of
    `given` (fast.memo) — the one ending of status and events."""
    if output_file is not None and output_file != "-":
        write_result(output_file, text, [x.path for x in loaded], lang)
        return
    from medborgarlofte.cli.output import show

    show(text, output)
    from medborgarlofte.fast.memo import remember

    remember(command, given, [(x.path, x.digest) for x in loaded], day, text)


def write_result(output_file: str, text: str, inputs: list[Path], lang: str) -> None:
    """The result, as UTF-8, written safely to `output_file` (as `report -o`); 'skrev FILE'."""
    from medborgarlofte.cli.output import say
    from medborgarlofte.i18n import os_reason
    from medborgarlofte.io.atomic import UnsafeOutput, write_output

    try:
        write_output(Path(output_file), text.encode("utf-8"), inputs=inputs)
    except UnsafeOutput as error:
        usage_error(error.key, lang, path=error.path)
    except OSError as error:
        usage_error("report.write_failed", lang, path=output_file,
                    detail=os_reason(error, lang))
    say(t("view.written", lang, path=output_file))


FormatOpt = Annotated[str | None, typer.Option(
    "--format", help=h("status.opt.format"), metavar=metavar(STATUS_FORMATS),
    show_default=False, autocompletion=complete_status_format)]


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


_VIEW_SUFFIXES = {".txt": "table", ".md": "markdown", ".markdown": "markdown",
                  ".json": "json", ".csv": "csv"}
"""What a file named with `-o` holds when --format is not given (as `report -o`)."""


def view_format(value: str | None, output_file: str | None, lang: str | None) -> str:
    """The --format code; without --format, the one the `-o` file's ending names (`.csv`,
    `.json`, `.md`, `.txt`), else the table. An ending that names none (`.xlsx`): exit 2."""
    if value is not None:
        return check_format(value, lang)
    if output_file is None or output_file == "-":
        return "table"
    suffix = Path(output_file).suffix.lower()
    if suffix not in _VIEW_SUFFIXES:
        usage_error("view.unknown_suffix", lang, suffix=suffix or output_file)
    return _VIEW_SUFFIXES[suffix]


def check_format(value: str, lang: str | None) -> str:
    """The --format code (`md` is `markdown`, `tabell` is `table`), or exit 2."""
    from medborgarlofte.cli.choices import STATUS_FORMATS
    from medborgarlofte.cli.values import choose

    return choose(value, STATUS_FORMATS, lang, "cli.bad_format")


def csv_dialect(output: str) -> CsvDialect:
    """`csv` is for people (Swedish Excel's dialect), `csv-machine` for scripts."""
    return "machine" if output == "csv-machine" else "people"


def parse_day(option: str, value: str | None, lang: str | None) -> dt.date | None:
    """A day option value (cli.values: ISO, idag, igår), or exit 2 naming the option."""
    from medborgarlofte.cli.values import optional_day

    return optional_day(value, option, lang)


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
        if os.path.isdir(path):  # False, not an error, for a name too long to look up
            inside = _pledges_in(path, lang)
            if not inside:
                usage_error("status.empty_dir", lang, path=name)
            found += [str(p) for p in inside]
        else:
            found.append(name)
    return found


def _pledges_in(folder: Path, lang: str | None) -> list[Path]:
    """The regular *.yaml / *.yml files of a directory, sorted; every other such entry (a
    broken link, a link in a loop, a FIFO, a directory) is named on stderr as skipped."""
    from medborgarlofte.cli.common import message_language
    from medborgarlofte.i18n import t

    kept = []
    language = message_language(lang)
    try:
        entries = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))
    except OSError:
        return []
    for entry in entries:
        reason = _not_a_pledge(entry)
        if reason is None:
            kept.append(entry)
        else:
            said = t("safe.skipped", language, path=entry, reason=t(reason, language))
            err(f"pledge: {said}")
    return kept


def _not_a_pledge(entry: Path) -> str | None:
    """Why a directory entry is not read as a pledge (a catalogue key), or None."""
    import errno

    try:
        info = os.stat(entry)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "safe.skip.loop"
        return "safe.skip.broken_link" if os.path.islink(entry) else "safe.skip.unreadable"
    return None if stat.S_ISREG(info.st_mode) else "safe.skip.not_regular"


def load_all(files: list[str | None], lang: str | None,
             keep_data: bool = False) -> tuple[list[LoadedPledge], str]:
    """Every file loaded and valid (else its problems are printed and we exit 1 or 2).

    What the commands use of a valid file is its model: the YAML nodes, the plain data and
    the text are let go at once (300 files kept every node tree: 235 MB instead of 36), once
    the file is known to hold no personal identity number."""
    from medborgarlofte.cli.common import load_valid_or_exit, refuse_identity_numbers

    loaded, languages = [], []
    for name in files:
        one, language = load_valid_or_exit(name, lang, stdin=True)
        refuse_identity_numbers(one, language)
        one.root = one.text = None  # valid: only the model is used from here on
        if not keep_data:  # `events` keeps the plain data: its references are read from it
            one.data = None
        loaded.append(one)
        languages.append(language)
    return loaded, languages[0]


def check_filters(pledges: list[Pledge], lang: str, parties: list[str] | None,
                  priorities: list[str] | None, targets: list[str] | None,
                  statuses: list[str] | None) -> Filters:
    """The filters, each id known to at least one pledge (else exit 2 with a suggestion)."""
    from medborgarlofte.cli.choices import choices_text, code_of, status_words
    from medborgarlofte.core.progress.types import CATEGORIES, Status

    codes = [s.value for s in Status] + [c for c in CATEGORIES if c not in set(Status)]
    words = status_words(codes)
    wanted = split_values(statuses)
    for value in wanted:
        if code_of(value, words) is None:
            usage_error("status.bad_status", lang, value=value,
                        choices=", ".join(codes) if lang == "en" else choices_text(words, lang))
    filters = Filters(split_values(parties), split_values(priorities), split_values(targets),
                      tuple(code_of(v, words) or v for v in wanted))
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
    return filters


def _unknown(option: str, value: str, known: list[str], lang: str) -> None:
    from medborgarlofte.core.schema.checks import suggest

    guess = suggest(value, known)
    if guess:
        usage_error("status.unknown_id_guess", lang, option=option, value=value, guess=guess)
    usage_error("status.unknown_id", lang, option=option, value=value,
                known=", ".join(known) or "–")


def terminal_width() -> int:
    """The terminal's width (cli.output)."""
    from medborgarlofte.cli.output import terminal_width as width

    return width()


def use_color() -> bool:
    """Whether to colour (cli.output: NO_COLOR, FORCE_COLOR, a terminal)."""
    from medborgarlofte.cli.output import use_color as color

    return color()
