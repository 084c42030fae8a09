"""`pledge log [TARGET]...`: record an activity at the end of the event list.

Options exist for every field of an event; in a terminal without a target it asks instead
(see `cli.log_prompt`). The writing itself is `io.writer`'s: under a lock, checked, atomic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from medborgarlofte.cli.choices import QUALIFIERS, metavar
from medborgarlofte.cli.common import FileOpt, LangOpt, h, load_valid_or_exit
from medborgarlofte.cli.completion import complete_qualifier, complete_target_ids
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    import datetime as dt

    from medborgarlofte.core.schema.model import Pledge
    from medborgarlofte.io.writer import Change

EVENTS = ("events",)


def _opt(*names: str, key: str, metavar: str | None = None, **more: Any) -> Any:
    return typer.Option(*names, help=h(key), metavar=metavar, show_default=False, **more)


def log(
    targets: Annotated[list[str] | None, typer.Argument(
        help=h("log.arg.targets"), metavar="TARGET", show_default=False,
        autocompletion=complete_target_ids)] = None,
    date: Annotated[str | None, _opt("--date", "-d", key="log.opt.date", metavar="DATE")] = None,
    until: Annotated[str | None, _opt("--until", key="log.opt.until", metavar="DATE")] = None,
    count: Annotated[str | None, _opt("--count", "-n", key="log.opt.count", metavar="N")] = None,
    qualifier: Annotated[str | None, _opt("--qualifier", key="log.opt.qualifier",
                                          metavar=metavar(QUALIFIERS),
                                          autocompletion=complete_qualifier)] = None,
    by: Annotated[list[str] | None, _opt("--by", key="log.opt.by", metavar="PARTY")] = None,
    participants: Annotated[str | None, _opt("--participants", key="log.opt.participants",
                                             metavar="N")] = None,
    place: Annotated[str | None, _opt("--place", "-p", key="log.opt.place", metavar="TEXT")] = None,
    note: Annotated[str | None, _opt("--note", "-m", key="log.opt.note", metavar="TEXT")] = None,
    reference: Annotated[str | None, _opt("--reference", "-r", key="log.opt.reference",
                                          metavar="TEXT")] = None,
    done: Annotated[bool, _opt("--done", key="log.opt.done")] = False,
    time: Annotated[str | None, _opt("--time", key="log.opt.time", metavar="HH:MM")] = None,
    kind: Annotated[str | None, _opt("--type", key="log.opt.type", metavar="TEXT")] = None,
    items: Annotated[list[str] | None, _opt("--item", key="log.opt.item",
                                            metavar="TEXT")] = None,
    response_hours: Annotated[str | None, _opt("--response-hours", key="log.opt.response_hours",
                                               metavar="H")] = None,
    results: Annotated[list[str] | None, _opt("--result", key="log.opt.result",
                                              metavar="'N WHAT'")] = None,
    preparation: Annotated[bool, _opt("--preparation", key="log.opt.preparation")] = False,
    dry_run: Annotated[bool, _opt("--dry-run", key="log.opt.dry_run")] = False,
    yes: Annotated[bool, _opt("--yes", "-y", key="log.opt.yes")] = False,
    commit: Annotated[bool, _opt("--commit", key="log.opt.commit")] = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Record an activity."""
    from medborgarlofte.cli import flow, writing
    from medborgarlofte.io.apply import Append

    session = flow.open_pledge(file, lang, load_valid_or_exit)
    pledge, language, now = session.pledge, session.language, session.today
    given = {"date": date, "count": count, "place": place, "note": note, "done": done}
    interactive = not targets
    if interactive and not writing.stdin_is_terminal():
        from medborgarlofte.cli.common import usage_error

        usage_error("log.no_target", language)
    if interactive:
        from medborgarlofte.cli.log_prompt import ask_event

        answers = ask_event(pledge, now, language, given)
    else:
        answers = _answers_from_options(pledge, targets or [], given, now, language)
    item = _event(answers, until, qualifier, by, participants, reference, now, language)
    item = _with_extra(item, time, kind, items, response_hours, results, preparation, language)
    _warn_duplicate(pledge, item, language)
    flow.run(session, flow.WritePlan(
        "log", Append(EVENTS, [item]), lambda _: commit_message(item, language),
        report=lambda change: _report(change, answers["targets"], now, language),
        show_first=interactive, ask=flow.Question("log.ask.save", True) if interactive else None,
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))


def _answers_from_options(pledge: Pledge, words: list[str], given: dict[str, Any],
                          now: dt.date, lang: str) -> dict[str, Any]:
    from medborgarlofte.cli import writing

    ids = [writing.match_or_exit(w, pledge.targets, lang, "log.kind.target").id for w in words]
    given_day = given["date"]  # '' is no day (an unset $D in a script), not today
    day = writing.parse_day_or_exit(given_day, now, lang, "--date") if given_day is not None \
        else now
    count = writing.parse_whole_or_exit(given["count"], lang, "--count", 1) or 1
    return {"targets": list(dict.fromkeys(ids)), "date": day, "count": count,
            "place": given["place"], "note": given["note"], "done": given["done"]}


def _event(answers: dict[str, Any], until: str | None, qualifier: str | None,
           by: list[str] | None, participants: str | None, reference: str | None,
           now: dt.date, lang: str) -> dict[str, Any]:
    from medborgarlofte.cli import writing
    from medborgarlofte.cli.values import choose
    from medborgarlofte.core.entries.records import event_item, split_ids

    kind = "exact"
    if qualifier is not None:
        kind = choose(qualifier, QUALIFIERS, lang, "log.bad_qualifier")
    return event_item(
        date=answers["date"], targets=answers["targets"], count=answers["count"],
        until=writing.parse_day_or_exit(until, now, lang, "--until") if until else None,
        qualifier=kind, by=[p for b in by or [] for p in split_ids(b)],
        participants=writing.parse_whole_or_exit(participants, lang, "--participants", 0),
        place=answers["place"], note=answers["note"], reference=reference,
        done=answers["done"],
    )


def _with_extra(item: dict[str, Any], time: str | None, kind: str | None,
                items: list[str] | None, response_hours: str | None,
                results: list[str] | None, preparation: bool, lang: str) -> dict[str, Any]:
    """The event with the keys of --time, --type, --item, --response-hours, --result and
    --preparation (issue 11)."""
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.core.entries.records import (
        EVENT_KEYS,
        parse_by_product,
        parse_clock,
        parse_measure,
    )

    extra: dict[str, Any] = {}
    if time is not None:
        extra["time"] = parse_clock(time) or usage_error("log.bad_time", lang, value=time)
    if kind:
        extra["type"] = kind
    if items:
        extra["items"] = items[0] if len(items) == 1 else list(items)
    if response_hours is not None:
        hours = parse_measure(response_hours)
        if hours is None or hours < 0:
            usage_error("log.bad_response_hours", lang, value=response_hours)
        extra["response_hours"] = hours
    if results:
        parsed = [parse_by_product(r) for r in results]
        bad = next((r for r, p in zip(results, parsed, strict=True) if p is None), None)
        if bad is not None:
            usage_error("log.bad_result", lang, value=bad)
        extra["results"] = parsed
    if preparation:
        extra["preparation"] = True
    merged = {**item, **extra}
    return {k: merged[k] for k in EVENT_KEYS if k in merged}


def _warn_duplicate(pledge: Pledge, item: dict[str, Any], lang: str) -> None:
    """A warning when the file already has an activity just like this one."""
    from medborgarlofte.cli.output import err
    from medborgarlofte.core.entries.duplicates import duplicates

    if duplicates(pledge.event_list, [item]):
        err(f"pledge: {t('cli.warning', lang)}: {t('dup.log.same', lang)}")


def _report(change: Change, target_ids: list[str], now: dt.date, lang: str) -> None:
    from medborgarlofte.cli.output import say
    from medborgarlofte.core.progress.compute import progress_of_targets
    from medborgarlofte.render.log_lines import progress_lines

    say(t("log.written", lang, file=change.path, line=change.first_line))
    old = change.before.pledge
    before = progress_of_targets(old, target_ids, now) if old else None
    for line in progress_lines(progress_of_targets(change.pledge, target_ids, now),
                               target_ids, lang, before):
        say(line)


def commit_message(item: dict[str, Any], lang: str) -> str:
    """'pledge log: polis-mopedinsatser 2024-03-12 (antal 1)'."""
    target = item["target"]
    targets = ", ".join(target) if isinstance(target, list) else target
    return t("log.commit.log", lang, targets=targets, date=item["date"].isoformat(),
             count=item["count"])


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("log", help=h("log.help"))(log)
