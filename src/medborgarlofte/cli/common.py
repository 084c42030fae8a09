"""What every command shares: the file and language options, the clock, loading, exiting.

The CLI is the only layer that prints, exits, reads the clock or the environment; this module
keeps those few habits in one place. It imports nothing heavy at module level so that
`pledge --help` stays fast (pydantic and yaml load when a command runs).
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from medborgarlofte.cli.completion import complete_lang
from medborgarlofte.cli.output import err
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.io.loader import LoadedPledge

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130
"""Ctrl-C (or the end of input) at a prompt: 128 + SIGINT, as shells expect."""


def pledge_head(explicit: str | None) -> str | None:
    """The first bytes of the pledge file a run would use, as text (None: none readable):
    cli.completion's, which completing a value needs too."""
    from medborgarlofte.cli.completion import pledge_head as head

    return head(explicit)


def help_language(args: list[str] | None = None) -> str:
    """The language of this run (i18n.choice: --lang, $PLEDGE_LANG, the file, the locale),
    which help texts, Typer's words and messages all use."""
    from medborgarlofte.i18n.choice import run_language

    return run_language(sys.argv[1:] if args is None else args, os.environ, pledge_head)


HELP_LANG = help_language()


def h(key: str) -> str:
    """A help text in the help language."""
    return t(key, HELP_LANG)


FileOpt = Annotated[
    str | None,
    typer.Option("--file", "-f", help=h("opt.file"), metavar="FILE", show_default=False),
]
DryRunOpt = Annotated[bool, typer.Option("--dry-run", help=h("log.opt.dry_run"))]
"""--dry-run of the writing commands: show the exact text, write nothing."""
CommitOpt = Annotated[bool, typer.Option("--commit", help=h("log.opt.commit"))]
"""--commit of the writing commands: commit just the pledge file with git."""
YesOpt = Annotated[bool, typer.Option("--yes", "-y", help=h("log.opt.yes"), hidden=True)]
"""--yes of a writing command that never asks: accepted, so that one script line fits all."""
LangOpt = Annotated[
    str | None, typer.Option("--lang", help=h("opt.lang"), metavar="sv|en", show_default=False,
                             autocompletion=complete_lang)
]


def swedish_date(now: dt.datetime) -> dt.date:
    """The date in Sweden at the moment `now` (an aware datetime): UTC+1, UTC+2 from the
    last Sunday of March to the last Sunday of October, 01:00 UTC (the EU rule Sweden
    follows). A CI runner in UTC then agrees with the person who logged an activity just
    after midnight in Sweden; no time-zone database is needed (Windows has none)."""
    utc = now.astimezone(dt.UTC)
    summer = _last_sunday(utc.year, 3) <= utc < _last_sunday(utc.year, 10)
    return (utc + dt.timedelta(hours=2 if summer else 1)).date()


def _last_sunday(year: int, month: int) -> dt.datetime:
    """01:00 UTC on the last Sunday of the month (when EU clocks change)."""
    last = dt.date(year, month, 31)
    day = last - dt.timedelta(days=(last.weekday() + 1) % 7)
    return dt.datetime(day.year, day.month, day.day, 1, tzinfo=dt.UTC)


def today() -> dt.date:
    """Today's date in Sweden (`swedish_date`: the pledges are Swedish, whatever clock the
    machine keeps); $PLEDGE_TODAY (YYYY-MM-DD) pins it for reproducible runs and tests."""
    pinned = os.environ.get("PLEDGE_TODAY")
    if pinned:
        from medborgarlofte.core.schema.dates import in_range

        try:
            day = dt.date.fromisoformat(pinned)
            if not in_range(day):
                raise ValueError(pinned)
            return day
        except ValueError:
            usage_error("cli.bad_today", None, value=pinned)
    return swedish_date(dt.datetime.now(dt.UTC))


def check_lang(lang: str | None) -> str | None:
    """The --lang value as sv/en ('EN', 'svenska' too: i18n.choice.language_code), or exit 2
    with a message for an unknown one."""
    from medborgarlofte.text.languages import language_code

    if lang is None:
        return None
    code = language_code(lang)
    if code is None:
        usage_error("cli.bad_lang", None, value=lang)
    return code


ROOT_LANG: list[str] = []
"""`pledge --lang en COMMAND`: the --lang given before the command, for this run (app._root)."""


def message_language(explicit: str | None, loaded: LoadedPledge | None = None) -> str:
    """The run's language (i18n.choice): --lang, $PLEDGE_LANG, the pledge's own language (the
    loaded one, else the default file's), else the locale."""
    from medborgarlofte.i18n.choice import chosen_language, locale_language

    chosen = chosen_language(explicit or (ROOT_LANG[0] if ROOT_LANG else None), os.environ)
    if chosen:
        return chosen
    if loaded is not None and loaded.language:
        return loaded.language
    if loaded is not None and loaded.text is not None:
        return "sv"  # a pledge without `language:` is Swedish (the model's default)
    return help_language() if loaded is None else locale_language(os.environ)


def pledge_path(explicit: str | None) -> Path:
    """The pledge file a command works on (see `find_pledge_file`)."""
    from medborgarlofte.io.loader import find_pledge_file

    return find_pledge_file(explicit, Path.cwd(), dict(os.environ))


def writable_pledge_path(explicit: str | None, lang: str | None) -> Path:
    """The pledge file a writing command changes. A link is written through only when the
    user named it (`-f`, $PLEDGE_FILE): a `pledge.yaml` link found by default may have been
    committed by anyone, pointing anywhere (docs/security.md)."""
    path = pledge_path(explicit)
    if explicit is None and not os.environ.get("PLEDGE_FILE") and path.is_symlink():
        usage_error("safe.found_link", lang, path=path)
    return path


UNSAID_INTERRUPTS: list[int] = []
"""Ctrl-Cs of this run (cli.app counts them) that no message has been given for yet."""


def fail(code: int, *lines: str) -> NoReturn:
    """End the run with `code` (EXIT_INVALID, EXIT_USAGE, EXIT_INTERRUPTED) after `lines`,
    each a line on stderr: the one way a command stops on an error it reports."""
    for line in lines:
        err(line)
    if code == EXIT_INTERRUPTED:
        UNSAID_INTERRUPTS.clear()  # said
    raise typer.Exit(code)


_WRITTEN: list[Path] = []
"""The pledge file this run has changed (cli.flow), so that a Ctrl-C after it never says
that nothing was written."""


def mark_written(path: Path | None) -> None:
    """This run's change to `path` is saved (file, undo record and snapshot); None: a new run,
    nothing saved yet (cli.app)."""
    if path is None:
        _WRITTEN.clear()
    else:
        _WRITTEN.append(path)


def interrupted_line(language: str) -> str:
    """What Ctrl-C prints, at any prompt of any command (init's too) and while running: on a
    line of its own after the '^C' the terminal echoed, as cli.writing.interrupted does;
    after this run has saved its change, that it was saved."""
    if _WRITTEN:
        return f"\npledge: {t('log.aborted_saved', language, file=_WRITTEN[-1])}"
    return f"\npledge: {t('log.aborted', language)}"


@contextmanager
def held_interrupts() -> Iterator[list[int]]:
    """Ctrl-C held back for the block (the list says whether one came): what must be done
    whole is done whole. Outside the main thread, nothing is held."""
    import signal

    held: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, _frame: held.append(signum))
    except ValueError:
        yield held
        return
    try:
        yield held
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None
                      else signal.default_int_handler)


def usage_error(key: str, lang: str | None, **params: object) -> NoReturn:
    """Print 'pledge: <message>' to stderr and exit 2."""
    fail(EXIT_USAGE, f"pledge: {t(key, message_language(lang), **params)}")


STDIN = "-"
"""A file name that means standard input, where a command only reads the file."""


def load_file(path: Path, now: dt.date) -> LoadedPledge:
    """The pledge at `path`, or read from standard input when `path` is '-'."""
    from medborgarlofte.io.loader import load_pledge_bytes

    if str(path) == STDIN:
        return load_pledge_bytes(sys.stdin.buffer.read(), path, now)
    return _load_pledge_file(path, now)


def load_valid_or_exit(file: str | None, lang: str | None, stdin: bool = False,
                       writing: bool = False) -> tuple[LoadedPledge, str]:
    """Load the pledge (from standard input for '-' when `stdin`: the reading commands);
    print its problems and exit (1 invalid, 2 unreadable) unless valid. `writing`: the
    command will change the file (see `writable_pledge_path`)."""
    from medborgarlofte.render.diagnostics import problem_message, render_problem_line

    path = writable_pledge_path(file, lang) if writing else pledge_path(file)
    loaded = load_file(path, today()) if stdin else _load_pledge_file(path, today())
    language = message_language(check_lang(lang), loaded)
    if loaded.pledge is None:
        if loaded.usage:  # no line to point at: 'pledge: E002 x är en mapp', as validate
            fail(EXIT_USAGE, *(f"pledge: {problem_message(p, language)}"
                               for p in loaded.problems))
        fail(EXIT_INVALID, *(render_problem_line(p, language, _where(p, loaded))
                             for p in loaded.problems))
    return loaded, language


def _load_pledge_file(path: Path, now: dt.date) -> LoadedPledge:
    """The file a command reads or changes, from its snapshot in the user's cache when
    there is one for its bytes (`io.snapshot`; $PLEDGE_NO_CACHE=1: never): the writers
    store the snapshot of what they write, so the command after one need not read the
    whole file again."""
    from medborgarlofte.fast.memo import disabled, installed_code
    from medborgarlofte.io import snapshot
    from medborgarlofte.io.loader import load_pledge

    if disabled(os.environ):
        snapshot.stop_using_cache()
        return load_pledge(path, now)
    snapshot.use_cache(os.environ, installed_code())
    return snapshot.load_for_writing(path, now)


def refuse_identity_numbers(loaded: LoadedPledge, language: str) -> None:
    """Exit 1 when the file holds a personal identity number (E316): nothing of such a file
    is shown, in any format (a table, JSON and CSV are published as much as a report)."""
    from medborgarlofte.render.diagnostics import render_problem_line

    found = [p for p in loaded.problems if p.code == "E316"]
    if not found:
        return
    fail(EXIT_INVALID,
         *(render_problem_line(p, language, _where(p, loaded)) for p in found),
         f"pledge: {t('safe.identity_blocked', language, file=loaded.path)}",
         *(f"pledge: {t('safe.identity_in_item', language, ref=ref)}"  # `events` is refused:
           for ref in _items_with_identity_numbers(loaded)))           # name the refs here


def _items_with_identity_numbers(loaded: LoadedPledge) -> list[str]:
    """The references of the activities and measurements whose text holds a number, so that
    `pledge edit REF` or `pledge remove REF` can take it out without a look at the YAML."""
    from medborgarlofte.core.entries.refs import event_refs, measurement_refs
    from medborgarlofte.text.personnummer import exempt_numbers, find_identity_numbers

    exempt = exempt_numbers(loaded.text or "")
    refs = event_refs(loaded.data) + measurement_refs(loaded.data)
    return [r.ref for r in refs
            if any(isinstance(v, str) and next(find_identity_numbers(v, exempt), None)
                   for v in r.data.values())]


def _where(problem: object, loaded: LoadedPledge) -> str:
    from medborgarlofte.io.loader import describe_path

    path = getattr(problem, "path", ())
    return describe_path(path, loaded.data) if path else ""


_YES = {"j", "ja", "y", "yes"}
_NO = {"n", "nej", "no"}


def ask_yes_no(question: str, lang: str, default: bool) -> bool:
    """Ask a yes/no question in `lang`: 'Spara? [J/n]' takes j/ja/y/yes and n/nej/no.

    Typer's own confirm knows only y/n and answers a Swedish 'j' with an English error.
    Ctrl-C or the end of input raises typer.Abort, as typer.confirm does.
    """
    choices = ("[J/n]" if default else "[j/N]") if lang == "sv" else (
        "[Y/n]" if default else "[y/N]")
    while True:
        answer = typer.prompt(f"{question} {choices}", default="", show_default=False)
        word = str(answer).strip().lower()
        if not word:
            return default
        if word in _YES:
            return True
        if word in _NO:
            return False

        err(t("cli.answer_yes_no", lang))


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cyclic garbage collector off while a command runs, then as it was.

    Reading a pledge allocates hundreds of thousands of small containers (YAML nodes, dicts,
    records) and none of them form cycles; the collections those allocations set off walk the
    growing heap again and again: a third of `pledge validate` on 10,000 events, more than
    half of `pledge status` on 100,000, and it made growth worse than linear. Reference
    counting still frees everything. `main` wraps every command in it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
