"""`pledge validate [FILE...]`: check pledge files; exit 0 valid, 1 invalid, 2 usage."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from medborgarlofte.cli.choices import VALIDATE_FORMATS, metavar
from medborgarlofte.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    FileOpt,
    LangOpt,
    check_lang,
    h,
    message_language,
    pledge_path,
    today,
)
from medborgarlofte.cli.completion import complete_validate_format
from medborgarlofte.cli.output import err
from medborgarlofte.cli.output import out as write_out
from medborgarlofte.cli.values import choose

FORMATS = ("text", "json", "github")


def validate(
    files: Annotated[
        list[str] | None, typer.Argument(help=h("validate.files"), metavar="FILE",
                                       show_default=False)
    ] = None,
    file: FileOpt = None,
    strict: Annotated[bool, typer.Option("--strict", help=h("validate.strict"))] = False,
    output: Annotated[
        str | None,
        typer.Option("--format", help=h("validate.format"), metavar=metavar(VALIDATE_FORMATS),
                     show_default=False, autocompletion=complete_validate_format),
    ] = None,
    lang: LangOpt = None,
) -> None:
    """Check pledge files: schema, references, dates and personal data."""
    given = dict(locals())  # the command line as Typer gave it: the cache key
    from medborgarlofte.cli.common import load_file
    from medborgarlofte.io.loader import describe_path
    from medborgarlofte.render import diagnostics as render

    check_lang(lang)
    fmt = output or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    fmt = choose(fmt, VALIDATE_FORMATS, lang, "cli.bad_format")
    paths = [Path(f) for f in files or []] + ([Path(file)] if file else [])
    if not paths:
        paths = [pledge_path(None)]
    worst = EXIT_OK
    records: list[dict[str, object]] = []
    now = today()
    read: list[tuple[Path, str | None]] = []
    written: list[str] = []  # all of standard output, for the cache of answers

    def out(text: str) -> None:
        written.append(text)
        write_out(text)

    for path in paths:
        loaded = load_file(path, now)
        read.append((loaded.path, loaded.digest))
        language = message_language(lang, loaded)
        located = [(p, describe_path(p.path, loaded.data)) for p in loaded.problems]
        failed = any(strict or p.severity == "error" for p in loaded.problems)
        code = EXIT_USAGE if loaded.usage else (EXIT_INVALID if failed else EXIT_OK)
        worst = max(worst, code)
        if fmt == "json":
            records.append({
                "file": str(path), "valid": not failed,
                "problems": [render.problem_record(p, language, w, strict) for p, w in located],
            })
        elif fmt == "github":
            out(render.render_github(located, language, strict))
        elif loaded.usage:
            for problem, _ in located:
                err(f"pledge: {render.problem_message(problem, language)}")
        else:
            out(render.render_text(located, language))
            out(_summary(path, loaded, language) + "\n")
    if fmt == "json":
        out(render.render_json(records))
    if worst == EXIT_OK:
        from medborgarlofte.fast.memo import remember

        remember("validate", given, read, now, "".join(written))
    raise typer.Exit(worst)


def _summary(path: Path, loaded: object, lang: str) -> str:
    from medborgarlofte.i18n import t

    problems = getattr(loaded, "problems", [])
    pledge = getattr(loaded, "pledge", None)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    if pledge is not None and not errors and not warnings:
        return t("cli.valid", lang, file=path, targets=len(pledge.targets),
                 events=len(pledge.event_list))
    return t("cli.summary", lang, file=path, errors=errors, warnings=warnings)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("validate", help=h("validate.help"))(validate)
