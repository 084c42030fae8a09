"""The one write flow of every command that changes the pledge file: load, plan, show,
confirm, write, commit.

A writing command (log, measure, import, extend, edit, remove, outcome, undo) does two
things: it opens the file (`open_pledge`: the file it may write, loaded and valid, the
language and the day of the run) and it hands `run` a `WritePlan` — what to write (an
`io.apply.Write`), how to show it, whether to ask, how to tell the result, the commit
message — with the `WriteOptions` the user gave. `run` then goes, always in this order:

1. `--commit`: outside a git work tree, exit 2 before anything is shown or asked;
2. show: with `--dry-run`, or when the command shows what it writes (`show_first`), the
   checked change is planned on the loaded file and shown; a dry run ends here, exit 0;
3. confirm: when the plan asks and `--yes` is not given (without a terminal: exit 2 saying
   `--yes` is needed; declined: exit 1, nothing written; Ctrl-C: 130);
4. write: `io.apply.apply_write`, the only call into the writers (under the lock, on the
   file as it is then, checked, atomic, recorded for `pledge undo`); refusals and failures
   of the file system become messages and exit codes (`cli.writing.run_writer`);
5. tell: the warnings the change brought, then the command's own lines (`report`);
6. commit: `--commit` commits just the pledge file.

The file's path is found once (`open_pledge`) and handed to the writer once. Everything it
prints goes through `cli.output`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from medborgarlofte.cli.output import err, out

if TYPE_CHECKING:
    from medborgarlofte.core.schema.model import Pledge
    from medborgarlofte.io.apply import Write
    from medborgarlofte.io.loader import LoadedPledge
    from medborgarlofte.io.writer import Change

Shown = Literal["added", "diff", "removed"]
"""How a planned change is shown: the text added (log, measure, import, extend), the -/+
lines (edit, remove, outcome, undo of those), the text taken off (undo of an addition)."""


@dataclass(frozen=True)
class Session:
    """The pledge file a writing command works on, loaded and valid, with the run's
    language and day."""

    loaded: LoadedPledge
    language: str
    today: dt.date

    @property
    def pledge(self) -> Pledge:
        """The pledge (valid: `open_pledge` ends the run otherwise)."""
        assert self.loaded.pledge is not None
        return self.loaded.pledge


@dataclass(frozen=True)
class WriteOptions:
    """--dry-run, --yes and --commit, as every writing command takes them."""

    dry_run: bool = False
    yes: bool = False
    commit: bool = False


@dataclass(frozen=True)
class Question:
    """The question asked before writing (`key`, answered `default` by Enter) and the usage
    error when no one can answer it (`need_yes`; None: the command asks only in a terminal)."""

    key: str
    default: bool
    need_yes: str | None = None


def _nothing(change: Change) -> None:
    """A command that tells nothing after the warnings."""


@dataclass(frozen=True)
class WritePlan:
    """What a command asks of the flow."""

    command: str
    """Its name: in the undo record and in the lines that show a change."""
    write: Write
    commit_message: Callable[[Change], str]
    report: Callable[[Change], None] = _nothing
    """Prints the result of the change written (after its warnings)."""
    shown: Shown = "added"
    show_first: bool = False
    """Show the change before writing also when it is not a dry run."""
    ask: Question | None = None
    planned: Change | None = None
    """The change, when the command had to plan it already (import's rows, undo's record);
    else it is planned from `write` when it is to be shown."""
    warn: bool = True
    """Print the warnings the change brought before `report`."""
    shown_as: str | None = None
    """The command the shown lines name, when not this one (undo: the command it takes back)."""


Loader = Callable[..., "tuple[LoadedPledge, str]"]


def open_pledge(file: str | None, lang: str | None, load: Loader | None = None) -> Session:
    """The file the command may write (`cli.common.writable_pledge_path`), loaded; its
    problems printed and exit 1 (2 unreadable) unless it is valid. `load` is
    `cli.common.load_valid_or_exit` unless the command hands its own reference to it (a
    test replaces it there to change the file between reading and writing)."""
    from medborgarlofte.cli.common import (
        STDIN,
        check_lang,
        load_valid_or_exit,
        mark_written,
        today,
        usage_error,
    )

    mark_written(None)  # this command has saved nothing yet
    check_lang(lang)
    if file == STDIN:  # '-' is read by the reading commands; a change needs a file
        usage_error("cli.stdin_not_writable", lang)
    loaded, language = (load or load_valid_or_exit)(file, lang, writing=True)
    return Session(loaded, language, today())


def run(session: Session, plan: WritePlan, options: WriteOptions) -> Change | None:
    """Show, confirm, write, tell and commit `plan` (see the module's steps); the change
    written, or None after a dry run. Every refusal ends the run with its exit code."""
    from medborgarlofte.cli import writing

    loaded, lang = session.loaded, session.language
    if options.commit:
        writing.ensure_git_or_exit(loaded.path, lang)
    if options.dry_run or plan.show_first:
        planned = plan.planned if plan.planned is not None else writing.run_writer(
            lambda: _plan(session, plan.write), lang)
        show(planned, plan, lang, options.dry_run)
        if options.dry_run:
            return None
    if plan.ask is not None and not options.yes:
        if plan.ask.need_yes is not None and not writing.stdin_is_terminal():
            from medborgarlofte.cli.common import usage_error

            usage_error(plan.ask.need_yes, lang, command=plan.command)
        writing.confirm_or_exit(plan.ask.key, lang, default=plan.ask.default)
    change = writing.run_writer(lambda: _write(session, plan), lang)
    if plan.warn:
        writing.show_warnings(change, lang)
    plan.report(change)
    if options.commit:
        writing.commit_or_exit(loaded.path, plan.commit_message(change), lang)
    return change


def _plan(session: Session, write: Write) -> Change:
    from medborgarlofte.io.apply import plan_write

    return plan_write(session.loaded, write, session.today)


def _write(session: Session, plan: WritePlan) -> Change:
    """The write, with Ctrl-C held back until the file, its undo record and the cache's
    snapshot are all written (a Ctrl-C in between would leave a change `pledge undo` cannot
    take back); from then on a Ctrl-C says that the change was saved."""
    from medborgarlofte.cli.common import UNSAID_INTERRUPTS, held_interrupts, mark_written
    from medborgarlofte.io.apply import apply_write

    loaded = session.loaded
    with held_interrupts() as held:
        change = apply_write(loaded.path, plan.write, session.today, snapshot=loaded,
                             command=plan.command)
        mark_written(change.path)
    if held:  # pressed while writing: the change is saved; say so, then stop
        UNSAID_INTERRUPTS.extend(held)
        raise KeyboardInterrupt
    return change


def show(change: Change, plan: WritePlan, lang: str, dry_run: bool) -> None:
    """The planned change: where, on stderr; the lines, on stdout."""
    if plan.shown == "added":
        show_added(change, lang, "log.dry_run" if dry_run else "log.preview")
    elif plan.shown == "diff":
        show_diff(change, lang, plan.shown_as or plan.command, dry_run)
    else:
        show_removed(change, lang, plan.shown_as or plan.command, dry_run)


def show_added(change: Change, lang: str, key: str = "log.dry_run") -> None:
    """The exact text that would be added, on stdout; where (`key`), on stderr."""
    from medborgarlofte.i18n import t

    err(t(key, lang, file=change.path, line=change.first_line))
    out(change.edit.added_text)


def show_diff(change: Change, lang: str, command: str, dry_run: bool) -> None:
    """Where, on stderr; the -/+ lines on stdout (a personal identity number in them masked,
    as everywhere: `edit` is how one takes such a number out of a note)."""
    from medborgarlofte.i18n import t
    from medborgarlofte.text.personnummer import mask_identity_numbers

    line, lines = change_lines(change)
    key = "correct.dry_run" if dry_run else "correct.show"
    err(t(key, lang, file=change.path, line=line, command=command))
    out(mask_identity_numbers(lines))


def show_removed(change: Change, lang: str, command: str, dry_run: bool = False) -> None:
    """The text an undo takes off, on stdout; where, on stderr (a dry run says so first, in
    the words every dry run uses)."""
    from medborgarlofte.i18n import t

    spans = [s for s in change.edit.spans if s.old]
    text = change.before.text or ""
    line = text.count("\n", 0, spans[0].start) + 1 if spans else 1
    key = "log.undo.dry_run" if dry_run else "log.undo.show"
    err(t(key, lang, file=change.path, line=line, command=command))
    out("".join(s.old for s in spans))


def change_lines(change: Change) -> tuple[int, str]:
    """(first line, the lines the change touches: ' ' kept, '-' old, '+' new)."""
    import difflib

    text = change.before.text or ""
    spans = change.edit.spans
    start = text.rfind("\n", 0, spans[0].start) + 1
    end = spans[-1].end
    if end < len(text) and (end == 0 or text[end - 1] != "\n"):
        newline = text.find("\n", end)
        end = len(text) if newline < 0 else newline + 1
    shift = sum(len(s.new) - (s.end - s.start) for s in spans)
    old = text[start:end].splitlines()
    new = change.new_text[start:end + shift].splitlines()
    shown: list[str] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            shown += [f" {line}" for line in old[a1:a2]]
        else:
            shown += [f"-{line}" for line in old[a1:a2]] + [f"+{line}" for line in new[b1:b2]]
    return text.count("\n", 0, start) + 1, "".join(line + "\n" for line in shown)
