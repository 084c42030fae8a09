"""`pledge site [FILE|DIR ...] -o DIR`: the follow-up website, built from the pledge files.

Options -> load every file (any error, a personal identity number included, builds nothing:
exit 1, as `pledge report`) -> the site's content (render.site.model, judged on the day in
the data or --updated; no clock) -> every file (render.site.build) -> written safely as one
folder (io.sitewrite).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from medborgarlofte.cli.common import LangOpt, check_lang, h, usage_error
from medborgarlofte.cli.output import say
from medborgarlofte.cli.report import refuse_errors
from medborgarlofte.cli.status_options import load_all, pledge_files
from medborgarlofte.i18n import os_reason, t

PathsArg = Annotated[list[str] | None, typer.Argument(
    help=h("site.opt.paths"), metavar="FILE|DIR", show_default=False)]


def site(
    paths: PathsArg = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", help=h("site.opt.output"), metavar="DIR",
        show_default=False)] = None,
    updated: Annotated[str | None, typer.Option(
        "--updated", help=h("site.opt.updated"), metavar="DATE", show_default=False)] = None,
    base_url: Annotated[str | None, typer.Option(
        "--base-url", help=h("site.opt.base_url"), metavar="URL", show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help=h("site.opt.force"))] = False,
    lang: LangOpt = None,
) -> None:
    """Build the follow-up website."""
    check_lang(lang)
    if output is None:
        usage_error("site.need_output", lang)
    day = _day(updated, lang)
    if base_url is not None and not base_url.startswith(("https://", "http://")):
        usage_error("site.bad_base_url", lang, value=base_url)
    from medborgarlofte.io.sitewrite import check_output, write_site

    early = check_output(Path(output), force)
    if early is not None:
        usage_error(early.key, lang, **early.params)
    loaded, language = load_all(pledge_files(paths, None, lang), lang)
    for one in loaded:
        refuse_errors(one, language, "site.blocked")

    from medborgarlofte.render.site.build import render_site
    from medborgarlofte.render.site.model import build_site

    pledges = [(one.path.stem, one.pledge) for one in loaded if one.pledge is not None]
    content = build_site(pledges, day, base_url)
    files = render_site(content, language)
    try:
        problem = write_site(Path(output), files, force)
    except OSError as error:
        usage_error("site.write_failed", language, path=output, detail=os_reason(error, language))
    if problem is not None:
        usage_error(problem.key, language, **problem.params)
    plural = ".one" if len(content.pledges) == 1 else ""
    say(t("site.written" + plural, language, path=output,
          pages=sum(name.endswith(".html") for name in files),
          pledges=len(content.pledges)))


def _day(value: str | None, lang: str | None) -> dt.date | None:
    """--updated: a day as every date option reads it (cli.values: ISO, idag, igår)."""
    from medborgarlofte.cli.values import optional_day

    return optional_day(value, "--updated", lang)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("site", help=h("site.help"))(site)
