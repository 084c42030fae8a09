"""`pledge edit REF [--date …] [--count …] [--note …] …`: correct one activity or measurement.

REF is the reference `pledge events` shows (see `core.entries.refs`). Only the given fields
change, in place; an empty text (`--note ""`) removes that field. The change is shown as
-/+ lines first and asked for (`--yes` without a terminal); `pledge undo` takes it back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from medborgarlofte.cli.common import (
    CommitOpt,
    DryRunOpt,
    FileOpt,
    LangOpt,
    h,
)
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    import datetime as dt

    from medborgarlofte.core.entries.refs import ItemRef
    from medborgarlofte.core.schema.model import Pledge

EVENT_ONLY = ("--until", "--count", "--target", "--place", "--reference", "--participants")
MEASUREMENT_ONLY = ("--value", "--source")


def _opt(*names: str, key: str, metavar: str | None = "TEXT") -> Any:
    return typer.Option(*names, help=h(key), metavar=metavar, show_default=False)


def edit(
    ref: Annotated[str, typer.Argument(help=h("correct.arg.ref"), metavar="REF",
                                       show_default=False)],
    date: Annotated[str | None, _opt("--date", "-d", key="correct.opt.date",
                                     metavar="DATE")] = None,
    until: Annotated[str | None, _opt("--until", key="log.opt.until", metavar="DATE")] = None,
    count: Annotated[str | None, _opt("--count", "-n", key="correct.opt.count",
                                      metavar="N")] = None,
    target: Annotated[list[str] | None, _opt("--target", "-t", key="correct.opt.target",
                                             metavar="TARGET")] = None,
    participants: Annotated[str | None, _opt("--participants", key="log.opt.participants",
                                             metavar="N")] = None,
    place: Annotated[str | None, _opt("--place", "-p", key="correct.opt.place")] = None,
    note: Annotated[str | None, _opt("--note", "-m", key="correct.opt.note")] = None,
    reference: Annotated[str | None, _opt("--reference", "-r", key="correct.opt.reference")
                         ] = None,
    value: Annotated[str | None, _opt("--value", key="correct.opt.value",
                                      metavar="VALUE")] = None,
    source: Annotated[str | None, _opt("--source", "-s", key="correct.opt.source")] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("correct.opt.yes"))] = False,
    dry_run: DryRunOpt = False,
    commit: CommitOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Correct an activity or a measurement."""
    from medborgarlofte.cli import correcting, flow
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.io.apply import Replan
    from medborgarlofte.io.correct import plan_set_item

    session = flow.open_pledge(file, lang)
    loaded, pledge, language, now = (session.loaded, session.pledge, session.language,
                                      session.today)
    found = correcting.find_ref_or_exit(ref, loaded, language)
    given = {"--date": date, "--until": until, "--count": count, "--target": target,
             "--participants": participants, "--place": place, "--note": note,
             "--reference": reference, "--value": value, "--source": source}
    options = [name for name, v in given.items() if v is not None]
    if not options:
        usage_error("correct.nothing", language)
    is_event = found.path == ("events",)
    wrong = [o for o in options if o in (MEASUREMENT_ONLY if is_event else EVENT_ONLY)]
    if wrong:
        usage_error("correct.not_for_event" if is_event else "correct.not_for_measurement",
                    language, option=wrong[0])
    fields = _fields(given, found, pledge, now, language)
    message = t("correct.commit.edit", language, ref=found.ref, what=correcting.describe(found))
    flow.run(session, flow.WritePlan(
        "edit", Replan(lambda cur: plan_set_item(cur, *_site(cur, found.ref), fields, now)),
        lambda _: message, report=lambda change: _done(change, found, language),
        shown="diff", show_first=True, ask=correcting.ASK,
    ), flow.WriteOptions(dry_run=dry_run, yes=yes, commit=commit))


def _site(loaded: Any, ref: str) -> tuple[tuple[str | int, ...], int]:
    from medborgarlofte.cli.correcting import relocate

    item = relocate(loaded, ref)
    return item.path, item.index


def _fields(given: dict[str, Any], found: ItemRef, pledge: Pledge, now: dt.date,
            lang: str) -> dict[str, Any]:
    """The new values, parsed and checked; '' means: remove the field."""
    from medborgarlofte.cli import writing
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.core.entries.records import parse_measure

    fields: dict[str, Any] = {}
    for option in ("--date", "--until"):
        if given[option] is not None:
            fields[option[2:]] = (None if option == "--until" and not given[option] else
                                  writing.parse_day_or_exit(given[option], now, lang, option))
    for option, minimum in (("--count", 1), ("--participants", 0)):
        if given[option] is not None:
            fields[option[2:]] = writing.parse_whole_or_exit(given[option], lang, option,
                                                             minimum)
    if given["--target"] is not None:
        ids = [writing.match_or_exit(w, pledge.targets, lang, "log.kind.target").id
               for w in given["--target"]]
        ids = list(dict.fromkeys(ids))
        old = found.data.get("target")
        fields["target"] = ids[0] if len(ids) == 1 and not isinstance(old, list) else ids
    for option in ("--place", "--note", "--reference", "--source"):
        if given[option] is not None:
            fields[option[2:]] = given[option] or None
    if given["--value"] is not None:
        number = parse_measure(given["--value"])
        if number is None:
            usage_error("log.measure.bad_value", lang, value=given["--value"])
        fields["value"] = number
    return fields


def _done(change: Any, found: ItemRef, lang: str) -> None:
    """'pledge.yaml: ändrat på rad 17; ny referens 3b2f1a'."""
    from medborgarlofte.cli.correcting import all_refs
    from medborgarlofte.cli.flow import change_lines
    from medborgarlofte.cli.output import say
    from medborgarlofte.io.yamlread import parse_yaml

    line, _ = change_lines(change)
    refs = [r for r in all_refs(parse_yaml(change.new_text).data)
            if r.path == found.path and r.index == found.index]
    new_ref = refs[0].ref if refs else "?"
    say(t("correct.edited", lang, file=change.path, line=line, ref=new_ref))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("edit", help=h("correct.edit.help"))(edit)
