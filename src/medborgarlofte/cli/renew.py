"""`pledge renew [--period P] [-o FILE]`: next period's pledge, written beside this one.

The old file is only read. The new file is the old text edited in place (comments kept) when
its shape allows, else written afresh; either way it is checked by loading it before it is
saved, and an existing file is kept unless --force.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from medborgarlofte.cli.common import (
    EXIT_OK,
    FileOpt,
    LangOpt,
    h,
    load_valid_or_exit,
    usage_error,
)
from medborgarlofte.cli.init import (
    note,
    parse_period_option,
    refuse_existing,
    save_checked,
    shown_path,
)
from medborgarlofte.cli.output import err
from medborgarlofte.i18n import t


def renew(
    period: Annotated[str | None, typer.Option(
        "--period", help=h("renew.opt.period"), metavar="2025|2025-2026|START..END",
        show_default=False)] = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help=h("renew.opt.output"), metavar="FILE", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help=h("init.opt.force"))] = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write next period's pledge from this one."""
    from medborgarlofte.core.drafting.renew import (
        apply_changes,
        next_period,
        period_overlap,
        plan_renewal,
    )
    from medborgarlofte.io.renewtext import renewed_text
    from medborgarlofte.io.textedit import EditError
    from medborgarlofte.render.pledge_yaml import render_pledge_yaml

    loaded, language = load_valid_or_exit(file, lang)
    pledge = loaded.pledge
    assert pledge is not None and isinstance(loaded.data, dict) and loaded.text is not None
    new_period = parse_period_option(period, language) or next_period(pledge)
    last_day = period_overlap(pledge, new_period)
    if last_day is not None:
        usage_error("renew.overlap", language, start=new_period.start, end=last_day)
    target = Path(output) if output else default_output(loaded.path, new_period.start.year,
                                                        new_period.end.year)
    if (str(target) != "-" and os.path.exists(target)
            and target.resolve() == loaded.path.resolve()):
        usage_error("renew.same_file", language, path=target)
    refuse_existing(target, force, language)
    plan = plan_renewal(pledge, loaded.data, new_period)
    expected = apply_changes(loaded.data, plan.changes)
    header = t("renew.header", language, previous=loaded.path.name,
               old_title=plan.old_title).split("\n")
    try:
        text = renewed_text(loaded.text, loaded.root, plan, expected, language, header)
    except EditError:
        err(f"pledge: {t('renew.fresh', language, path=loaded.path)}")
        text = render_pledge_yaml(expected, lang=language, reviews=plan.reviews, header=header)
    save_checked(target, text, language, force, inputs=(loaded.path,))
    note(t("renew.written", language, path=shown_path(target, language), title=plan.title,
           start=new_period.start, end=new_period.end, targets=len(pledge.targets),
           reviews=len(plan.reviews)), target)
    raise typer.Exit(EXIT_OK)


def default_output(path: Path, first: int, last: int) -> Path:
    """pledge.yaml -> pledge-2025.yaml; pledge-2024.yaml -> pledge-2025.yaml (a year ends
    the name once), beside the old file."""
    import re

    stem = re.sub(r"-[0-9]{4}(?:-[0-9]{4})?$", "", path.stem)
    years = str(first) if first == last else f"{first}-{last}"
    return path.with_name(f"{stem}-{years}{path.suffix or '.yaml'}")


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("renew", help=h("renew.help"))(renew)
