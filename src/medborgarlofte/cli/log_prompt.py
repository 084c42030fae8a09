"""The interactive `pledge log`: pick a target from a numbered list, answer a few prompts.

Used only when stdin is a terminal and no target was given; options given on the command
line become the prompts' defaults. A bad answer is explained and asked again; end of input
or Ctrl-C stops with nothing written.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from medborgarlofte.cli.common import EXIT_INTERRUPTED, ask_yes_no
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.core.schema.model import Pledge

T = TypeVar("T")


def ask_event(pledge: Pledge, now: dt.date, lang: str, given: dict[str, Any]) -> dict[str, Any]:
    """The answers: targets, date, count, place, note, done (given values as defaults)."""
    from medborgarlofte.core.progress.compute import compute_progress
    from medborgarlofte.render.log_lines import choice_lines

    progress = compute_progress(pledge, now)
    typer.echo(t("log.ask.header", lang))
    for line in choice_lines(progress, lang):
        typer.echo(line)
    try:
        targets = _ask(lang, "log.ask.target", "", lambda a: _targets(a, pledge))
        day = _ask(lang, "log.ask.date", given["date"] or now.isoformat(),
                   lambda a: _day(a, now))
        count = _ask(lang, "log.ask.count", str(given["count"] or 1), _count)
        place = typer.prompt(t("log.ask.place", lang), default=given["place"] or "",
                             show_default=bool(given["place"]))
        note = typer.prompt(t("log.ask.note", lang), default=given["note"] or "",
                            show_default=bool(given["note"]))
        done = given["done"]
        if not done and any(_is_milestone(pledge, i) for i in targets):
            done = ask_yes_no(t("log.ask.done", lang), lang, default=False)
    except typer.Abort:
        sys.stderr.write(f"\npledge: {t('log.aborted', lang)}\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    return {"targets": targets, "date": day, "count": count, "place": place.strip(),
            "note": note.strip(), "done": done}


def _ask(lang: str, key: str, default: str, parse: Callable[[str], T | str]) -> T:
    """Prompt until `parse` accepts the answer; it returns a message key to ask again."""
    while True:
        answer = typer.prompt(t(key, lang), default=default or None,
                              show_default=bool(default))
        value = parse(str(answer).strip())
        if not isinstance(value, str):
            return value
        typer.echo(t(value, lang, answer=answer), err=True)


def _targets(answer: str, pledge: Pledge) -> list[str] | str:
    from medborgarlofte.core.entries.matching import match_item
    from medborgarlofte.core.entries.records import split_ids

    chosen = []
    for word in split_ids(answer):
        if word.isdigit() and 1 <= int(word) <= len(pledge.targets):
            chosen.append(pledge.targets[int(word) - 1].id)
            continue
        match = match_item(word, pledge.targets)
        if match.found is None:
            return "log.ask.bad_target"
        chosen.append(match.found.id)
    return list(dict.fromkeys(chosen)) or "log.ask.bad_target"


def _day(answer: str, now: dt.date) -> dt.date | str:
    from medborgarlofte.core.entries.records import parse_day

    return parse_day(answer, now) or "log.ask.bad_date"


def _count(answer: str) -> int | str:
    from medborgarlofte.core.entries.records import parse_whole

    number = parse_whole(answer)
    return number if number is not None and number >= 1 else "log.ask.bad_count"


def _is_milestone(pledge: Pledge, target_id: str) -> bool:
    target = pledge.target(target_id)
    return bool(target and target.goal and target.goal.milestone)
