"""The interactive `pledge log`: pick a target from a numbered list, answer a few prompts.

Used only when stdin is a terminal and no target was given; options given on the command
line become the prompts' defaults. A bad answer is explained and asked again; end of input
or Ctrl-C stops with nothing written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from medborgarlofte.cli.common import ask_yes_no
from medborgarlofte.cli.output import err, say
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.core.progress.types import PledgeProgress
    from medborgarlofte.core.schema.model import Pledge

T = TypeVar("T")


def ask_event(pledge: Pledge, now: dt.date, lang: str, given: dict[str, Any]) -> dict[str, Any]:
    """The answers: targets, date, count, place, note, done (given values as defaults)."""
    from medborgarlofte.cli.status_options import terminal_width
    from medborgarlofte.core.progress.compute import compute_progress
    from medborgarlofte.render.log_lines import choice_lines

    progress = compute_progress(pledge, now)
    say(t("log.ask.header", lang))
    texts = {target.id: target.text for target in pledge.targets}
    for line in choice_lines(progress, lang, texts, terminal_width()):
        say(line)
    try:
        answers: dict[str, Any] | None = _answers(pledge, progress, now, lang, given)
    except typer.Abort:  # Ctrl-C or the end of input: nothing written, exit 130
        answers = None
    if answers is None:
        from medborgarlofte.cli.writing import interrupted

        interrupted(lang)
    return answers


def _answers(pledge: Pledge, progress: PledgeProgress, now: dt.date, lang: str,
             given: dict[str, Any]) -> dict[str, Any]:
    from medborgarlofte.core.progress.kinds import MilestoneResult

    targets = _ask(lang, "log.ask.target", "", lambda a: _targets(a, pledge))
    day = _ask(lang, "log.ask.date", given["date"] or default_day(pledge, now).isoformat(),
               lambda a: _day(a, now, pledge))
    count = _ask(lang, "log.ask.count", str(given["count"] or 1), _count)
    place = _ask_text(lang, "log.ask.place", given["place"] or "")
    note = _ask_text(lang, "log.ask.note", given["note"] or "")
    done = given["done"]
    completed = {p.id for p in progress.targets
                 if isinstance(p.result, MilestoneResult) and p.result.completed_on}
    if not done and any(_is_milestone(pledge, i) and i not in completed for i in targets):
        done = ask_yes_no(t("log.ask.done", lang), lang, default=False)
    return {"targets": targets, "date": day, "count": count, "place": place.strip(),
            "note": note.strip(), "done": done}


Refusal = tuple[str, dict[str, Any]]
"""Why an answer is not taken: a message key and its parameters (besides the answer)."""


def _ask(lang: str, key: str, default: str,
         parse: Callable[[str], T | str | Refusal]) -> T:
    """Prompt until `parse` accepts the answer; it returns a message key (or a key and its
    parameters) to say why and ask again."""
    while True:
        answer = typer.prompt(t(key, lang), default=default or None,
                              show_default=bool(default))
        value = parse(str(answer).strip())
        if isinstance(value, str):
            err(t(value, lang, answer=answer))
        elif isinstance(value, tuple):
            err(t(value[0], lang, answer=answer, **value[1]))
        else:
            return value


def _ask_text(lang: str, key: str, default: str) -> str:
    """A free text, asked again while it holds what looks like a personal identity number
    (the file is published; the write would refuse it and lose every answer)."""
    from medborgarlofte.core.schema.personnummer import find_identity_numbers

    while True:
        answer = str(typer.prompt(t(key, lang), default=default, show_default=bool(default)))
        found = list(find_identity_numbers(answer))
        if not found:
            return answer
        err(t("log.ask.personal", lang, masked=found[0][1]))


def _targets(answer: str, pledge: Pledge) -> list[str] | str | Refusal:
    from medborgarlofte.core.entries.matching import match_item
    from medborgarlofte.core.entries.records import split_ids

    chosen = []
    for word in split_ids(answer):
        if word.isdigit() and 1 <= int(word) <= len(pledge.targets):
            chosen.append(pledge.targets[int(word) - 1].id)
            continue
        match = match_item(word, pledge.targets)
        if match.found is None:
            if match.candidates and (match.close or match.ambiguous):
                ids = ", ".join(c.id for c in match.candidates[:5])
                return "log.ask.bad_target_close", {"word": word, "ids": ids}
            return "log.ask.bad_target"
        chosen.append(match.found.id)
    return list(dict.fromkeys(chosen)) or "log.ask.bad_target"


def default_day(pledge: Pledge, now: dt.date) -> dt.date:
    """Today, or the pledge's last day when today is past it."""
    return min(now, pledge.pledge.end)


def _day(answer: str, now: dt.date, pledge: Pledge) -> dt.date | str | Refusal:
    from medborgarlofte.core.entries.records import parse_day
    from medborgarlofte.core.schema.checks import GRACE_DAYS

    day = parse_day(answer, now)
    if day is None:
        return "log.ask.bad_date"
    start, end = pledge.pledge.period.start, pledge.pledge.end
    if day > now:
        return "log.ask.date_future", {"today": now.isoformat()}
    if day < start or day > end + dt.timedelta(days=GRACE_DAYS):
        return "log.ask.date_outside", {"start": start.isoformat(), "end": end.isoformat(),
                                        "grace": GRACE_DAYS}
    return day


def _count(answer: str) -> int | str:
    from medborgarlofte.core.entries.records import parse_whole

    number = parse_whole(answer)
    return number if number is not None and number >= 1 else "log.ask.bad_count"


def _is_milestone(pledge: Pledge, target_id: str) -> bool:
    target = pledge.target(target_id)
    return bool(target and target.goal and target.goal.milestone)
