"""`pledge changes --since DATE`: what changed since the last meeting.

New activities and measurements dated after DATE, and each commitment whose status on DATE
differs from its status today (`--to` another day), from what to what.
"""

from __future__ import annotations

from typing import Annotated

import typer

from medborgarlofte.cli.common import (
    FileOpt,
    LangOpt,
    check_lang,
    h,
    load_valid_or_exit,
    refuse_identity_numbers,
    today,
)
from medborgarlofte.cli.output import out


def changes(
    since: Annotated[str, typer.Option("--since", help=h("view.changes.since"),
                                       metavar="DATE", show_default=False)],
    to: Annotated[str | None, typer.Option("--to", help=h("view.changes.to"), metavar="DATE",
                                           show_default=False)] = None,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Show what changed since a day."""
    from medborgarlofte.cli import writing
    from medborgarlofte.cli.common import usage_error
    from medborgarlofte.core.entries.refs import event_refs
    from medborgarlofte.core.progress.changes import compute_changes
    from medborgarlofte.render.meeting import render_changes

    check_lang(lang)
    loaded, language = load_valid_or_exit(file, lang)
    refuse_identity_numbers(loaded, language)  # what it shows is as public as a report
    assert loaded.pledge is not None
    now = today()
    first = writing.parse_day_or_exit(since, now, language, "--since")
    last = writing.parse_day_or_exit(to, now, language, "--to") if to else now
    if first > last:
        usage_error("view.changes.bad_order", language, since=first.isoformat(),
                    today=last.isoformat())
    found = compute_changes(loaded.pledge, first, last)
    refs = {r.index: r.ref for r in event_refs(loaded.data)}
    out(render_changes(found, language, refs, measurement_keys(loaded)))


def measurement_keys(loaded: object) -> dict[tuple[str, int], str]:
    """(indicator id, index) -> the measurement's reference."""
    from medborgarlofte.core.entries.refs import measurement_refs

    data = getattr(loaded, "data", None)
    indicators = data.get("indicators") if isinstance(data, dict) else None
    ids = [str(i.get("id")) if isinstance(i, dict) else "" for i in indicators or []]
    return {(ids[int(r.path[1])], r.index): r.ref for r in measurement_refs(data)}


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("changes", help=h("view.changes.help"))(changes)
