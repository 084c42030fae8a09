"""What the writing commands share: parsing option values with translated messages, running
the writer and turning its refusals into messages and exit codes, the question before
writing, and `--commit` (the steps in their order are `cli.flow`'s).

Imports only typer, cli.common, cli.output and i18n at module level, like every command
module.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import typer

from medborgarlofte.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_INVALID,
    EXIT_USAGE,
    ask_yes_no,
    fail,
    usage_error,
)
from medborgarlofte.cli.output import err, say
from medborgarlofte.i18n import os_reason, t

if TYPE_CHECKING:
    from medborgarlofte.core.entries.matching import Named
    from medborgarlofte.io.loader import LoadedPledge
    from medborgarlofte.io.writer import Change, WriteRefused

T = TypeVar("T")


def stdin_is_terminal() -> bool:
    """True when a person can answer prompts (tests replace this)."""
    return sys.stdin.isatty()


def parse_day_or_exit(value: str, now: dt.date, lang: str, option: str) -> dt.date:
    """A date option (ISO, idag/igår/today/yesterday), or exit 2 saying what was wrong."""
    from medborgarlofte.core.entries.records import parse_day

    day = parse_day(value, now)
    if day is None:
        usage_error("log.bad_date", lang, option=option, value=value)
    return day


def parse_whole_or_exit(value: str | None, lang: str, option: str, minimum: int) -> int | None:
    """A whole-number option of at least `minimum`, or exit 2."""
    from medborgarlofte.core.entries.records import parse_whole

    if value is None:
        return None
    number = parse_whole(value)
    if number is None or number < minimum:
        usage_error("log.bad_number", lang, option=option, value=value, minimum=minimum)
    return number


def match_or_exit(word: str, items: Sequence[Named], lang: str, kind: str) -> Named:
    """The target (or indicator) `word` names; else the candidates on stderr and exit 2."""
    from medborgarlofte.core.entries.matching import match_item

    match = match_item(word, items)
    if match.found is not None:
        return match.found
    key = "log.ambiguous" if match.ambiguous else (
        "log.unknown_close" if match.close else "log.unknown")
    fail(EXIT_USAGE, f"pledge: {t(key, lang, kind=t(kind, lang), word=word)}",
         *(f"  {c.id:<36} {_short(c.text)}" for c in match.candidates))


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def ensure_git_or_exit(path: Path, lang: str) -> None:
    """Before writing with --commit: exit 2 unless the file is inside a git work tree."""
    from medborgarlofte.io.gitrepo import repository_of

    if repository_of(path) is None:
        usage_error("log.not_git", lang, file=path)


def commit_or_exit(path: Path, message: str, lang: str) -> None:
    """Commit just the file; on failure say that the file was written but not committed."""
    from medborgarlofte.io.gitrepo import commit_file

    result = commit_file(path, message)
    if result.ok:
        say(t("log.committed", lang, revision=result.revision, message=message))
        return
    fail(EXIT_INVALID, f"pledge: {t('log.commit_failed', lang, file=path)}\n{result.detail}")


def run_writer(action: Callable[[], T], lang: str) -> T:
    """Run a writer call; refusals and file-system failures become messages and exit codes."""
    from medborgarlofte.io.lock import LockTimeout
    from medborgarlofte.io.writer import WriteRefused

    try:
        return action()
    except WriteRefused as refused:
        refuse(refused, lang)
    except LockTimeout as timeout:
        usage_error("log.locked", lang, lock=timeout.lock_file)
    except OSError as error:
        usage_error("log.os_error", lang, file=error.filename or "",
                    detail=os_reason(error, lang))


def refuse(refused: WriteRefused, lang: str, loaded: LoadedPledge | None = None) -> NoReturn:
    """Print why nothing was written, with the problems, and exit (1, or 2 for usage)."""
    from medborgarlofte.render.diagnostics import problem_message, render_problem_line

    data = refused.data if refused.data is not None else (loaded.data if loaded else None)
    problems = refused.problems
    if refused.key == "log.refused.invalid" and refused.params.get("usage"):
        # gone or unreadable since it was read: as on reading
        fail(EXIT_USAGE, *(f"pledge: {problem_message(p, lang)}" for p in problems))
    if refused.key == "log.refused.invalid":
        fail(EXIT_INVALID, f"pledge: {t('log.refused.invalid', lang)}",
             *(render_problem_line(p, lang, _where(p.path, data)) for p in problems))
    fail(EXIT_INVALID, f"pledge: {t(refused.key, lang, **refused.params)}",
         *(f"  {problem_message(p, lang, _where(p.path, data))}" for p in problems))


def _where(path: Any, data: Any) -> str:
    from medborgarlofte.io.loader import describe_path

    return describe_path(path, data) if path else ""


def show_warnings(change: Change, lang: str) -> None:
    """The warnings the change brought (a late record, `done` on an ongoing target)."""
    from medborgarlofte.render.diagnostics import problem_message

    for problem in change.warnings:
        where = _where(problem.path, change.before.data)
        err(f"pledge: {t('cli.warning', lang)}: {problem_message(problem, lang, where)}")
    if not change.record_saved:
        err(f"pledge: {t('log.no_record', lang)}")


def confirm_or_exit(question_key: str, lang: str, default: bool) -> None:
    """Ask; exit 1 with 'nothing written' unless the answer is yes."""
    try:
        answer: bool | None = ask_yes_no(t(question_key, lang), lang, default)
    except typer.Abort:  # Ctrl-C or the end of input: nothing written, exit 130
        answer = None
    if answer is None:
        interrupted(lang)
    if not answer:
        fail(EXIT_INVALID, f"pledge: {t('log.aborted', lang)}")


def interrupted(lang: str) -> NoReturn:
    """Ctrl-C or the end of input at a prompt: nothing written, exit 130."""
    from medborgarlofte.cli.common import interrupted_line

    fail(EXIT_INTERRUPTED, interrupted_line(lang))
