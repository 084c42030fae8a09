"""`pledge init [FILE]`: a new pledge file, empty and commented, or drafted from published text.

Flags give every answer; in a terminal the command asks for what the flags left out; without a
terminal a missing answer is a usage error (exit 2). The text is checked by loading it before
anything is written, and an existing file is kept unless --force.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from medborgarlofte.cli.choices import CADENCES, choices_text, code_of, metavar
from medborgarlofte.cli.choices import PARTY_KINDS as KIND_WORDS
from medborgarlofte.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    LangOpt,
    check_lang,
    fail,
    h,
    message_language,
    today,
    usage_error,
)
from medborgarlofte.cli.completion import complete_cadence
from medborgarlofte.cli.output import err, out, say
from medborgarlofte.i18n import os_reason, t

if TYPE_CHECKING:
    from medborgarlofte.core.drafting.draft import Draft, Period

PARTY_KINDS = tuple(KIND_WORDS)


def interactive() -> bool:
    """True when questions can be asked: stdin is a terminal (tests replace this)."""
    return sys.stdin.isatty()


def init(
    file: Annotated[str | None, typer.Argument(help=h("init.arg.file"), metavar="FILE",
                                               show_default=False)] = None,
    from_text: Annotated[str | None, typer.Option(
        "--from-text", help=h("init.opt.from_text"), metavar="PUBLISHED.txt",
        show_default=False)] = None,
    municipality: Annotated[str | None, typer.Option(
        "--municipality", help=h("init.opt.municipality"), show_default=False)] = None,
    old_m: Annotated[str | None, typer.Option("-m", hidden=True)] = None,
    police_area: Annotated[str | None, typer.Option(
        "--police-area", help=h("init.opt.police_area"), show_default=False)] = None,
    period: Annotated[str | None, typer.Option(
        "--period", help=h("init.opt.period"), metavar="2025|2025-2026|START..END",
        show_default=False)] = None,
    party: Annotated[list[str] | None, typer.Option(
        "--add-party", help=h("init.opt.party"), metavar="NAME[:KIND]",
        show_default=False)] = None,
    old_party: Annotated[list[str] | None, typer.Option("--party", hidden=True)] = None,
    cadence: Annotated[str | None, typer.Option(
        "--cadence", help=h("init.opt.cadence"), metavar=metavar(CADENCES),
        show_default=False, autocompletion=complete_cadence)] = None,
    title: Annotated[str | None, typer.Option(
        "--title", help=h("init.opt.title"), show_default=False)] = None,
    force: Annotated[bool, typer.Option("--force", help=h("init.opt.force"))] = False,
    lang: LangOpt = None,
) -> None:
    """Create a new pledge file."""
    from medborgarlofte.core.drafting.draft import apply_choices, skeleton_draft
    from medborgarlofte.core.drafting.fromtext import draft_from_text

    language = message_language(check_lang(lang))
    municipality = municipality or old_m  # -m, --party: the names before (docs/grammar.md)
    party = [*(party or []), *(old_party or [])] or None
    target = Path(file or "pledge.yaml")
    refuse_existing(target, force, language)
    chosen_period = parse_period_option(period, language)
    follow_up = parse_cadence(cadence, language)
    others = [parse_party(p, language) for p in party or []]
    if from_text:
        text = read_published_text(Path(from_text), language)
        draft = draft_from_text(text, fallback_year=today().year, language=language)
        apply_choices(draft, municipality=municipality, police_area=police_area,
                      period=chosen_period, follow_up=follow_up, title=title, others=others)
        header = t("init.header.draft", language, title=draft.data["pledge"]["title"],
                   municipality=draft.data["pledge"]["municipality"],
                   source=Path(from_text).name)
        guide = ["indicators", "events"]
    else:
        if municipality is None or chosen_period is None:
            municipality, police_area, chosen_period, others, follow_up = ask_missing(
                language, municipality, police_area, chosen_period, others, follow_up)
        draft = skeleton_draft(municipality=municipality, period=chosen_period,
                               police_area=police_area, language=language,
                               follow_up=follow_up or "tertial", others=others, title=title)
        header = t("init.header.new", language, title=draft.data["pledge"]["title"],
                   municipality=municipality)
        guide = ["pledge", "parties", "priorities", "targets", "indicators", "events"]
    write_draft(target, draft, language, header.split("\n"), guide, force,
                (Path(from_text),) if from_text else ())
    summary_key = "init.written_draft" if from_text else "init.written"
    pledge = draft.data
    note(t(summary_key, language, path=shown_path(target, language),
           priorities=len(pledge["priorities"]), targets=len(pledge["targets"]),
           reviews=len(draft.reviews)), target)
    offer_git_setup(target, language)
    raise typer.Exit(EXIT_OK)


def offer_git_setup(target: Path, language: str) -> None:
    """In a git work tree where merging is not set up yet: offer `pledge git-setup` (ask in
    a terminal, else a one-line tip)."""
    if str(target) == "-":
        return
    from medborgarlofte.io.gitrepo import repository_of
    from medborgarlofte.io.gitsetup import is_set_up

    root = repository_of(target)
    if root is None or is_set_up(root):
        return
    if not interactive():
        err(t("merge.init.hint", language, file=target))
        return
    from medborgarlofte.cli.common import ask_yes_no
    from medborgarlofte.cli.git_setup import git_setup

    if ask_yes_no(t("merge.init.offer", language, file=target), language, default=True):
        git_setup(file=str(target), lang=language)


def shown_path(target: Path, language: str) -> str:
    """The file name as a person reads it ('till standardutmatningen' for '-')."""
    return t("init.stdout", language) if str(target) == "-" else str(target)


def note(message: str, target: Path) -> None:
    """A closing line: on stdout, or on stderr when the file itself went to stdout."""
    if str(target) == "-":
        err(message)
    else:
        say(message)


def refuse_existing(target: Path, force: bool, language: str) -> None:
    """Exit 2 when `target` exists and --force was not given (or it is a directory)."""
    from medborgarlofte.io.atomic import UnsafeOutput, check_output

    if str(target) == "-":
        return
    if os.path.isdir(target):
        usage_error("E002", language, path=target)
    try:
        check_output(target)
    except UnsafeOutput as error:
        usage_error(error.key, language, path=error.path)
    except OSError as error:  # e.g. a name too long for the file system
        usage_error("init.write_failed", language, path=target, detail=os_reason(error, language))
    if os.path.lexists(target) and not force:
        usage_error("init.exists", language, path=target)


def parse_period_option(value: str | None, language: str) -> Period | None:
    """The --period value as a period, None when not given; exit 2 when it is not one."""
    from medborgarlofte.core.drafting.draft import parse_period

    if value is None:
        return None
    period = parse_period(value)
    if period is None:
        usage_error("init.bad_period", language, value=value)
    return period


def parse_cadence(value: str | None, language: str) -> str | None:
    """tertial, quarter, half-year or year (Swedish names accepted); exit 2 otherwise."""
    from medborgarlofte.cli.values import choose

    return None if value is None else choose(value, CADENCES, language, "init.bad_cadence")


def split_party(value: str) -> tuple[str, str] | None:
    """'Räddningstjänsten Syd' or 'Räddningstjänsten Syd:other' as (name, kind); None if bad."""
    name, _, kind = value.rpartition(":") if ":" in value else (value, "", "other")
    name, code = name.strip(), code_of(kind or "other", KIND_WORDS)
    return (name, code) if name and code else None


def _kinds(language: str) -> str:
    """'NAMN:polis, NAMN:kommun, NAMN:annan': the KIND words of the run's language."""
    name = t("chrome.mv.name", language)
    return ", ".join(f"{name}:{word}" for word in choices_text(KIND_WORDS, language).split(", "))


def parse_party(value: str, language: str) -> tuple[str, str]:
    """The --party value as (name, kind), or exit 2."""
    party = split_party(value)
    if party is None:
        usage_error("init.bad_party", language, value=value,
                    kinds=_kinds(language))
    return party


def ask_missing(language: str, municipality: str | None, police_area: str | None,
                period: Period | None, others: list[tuple[str, str]],
                follow_up: str | None) -> tuple[str, str | None, Period,
                                                list[tuple[str, str]], str | None]:
    """Ask, in a terminal, for every answer the flags left out; exit 2 without a terminal."""
    from medborgarlofte.core.drafting.draft import parse_period

    if not interactive():
        missing = [o for o, v in (("--municipality", municipality), ("--period", period))
                   if v is None]
        usage_error("init.missing", language, options=", ".join(missing))
    if municipality is None:
        municipality = typer.prompt(t("init.ask.municipality", language)).strip()
    if police_area is None:
        police_area = typer.prompt(t("init.ask.police_area", language), default="",
                                   show_default=False).strip() or None
    while period is None:
        answer = typer.prompt(t("init.ask.period", language), default=str(today().year))
        period = parse_period(answer)
        if period is None:
            err(t("init.bad_period", language, value=answer))
    asked = not others
    while asked:
        answer = typer.prompt(t("init.ask.parties", language), default="", show_default=False)
        found = [(p, split_party(p)) for p in answer.split(",") if p.strip()]
        bad = [p.strip() for p, party in found if party is None]
        for value in bad:
            err(t("init.bad_party", language, value=value, kinds=_kinds(language)))
        others = [party for _, party in found if party is not None]
        asked = bool(bad)
    while follow_up is None:
        answer = typer.prompt(t("init.ask.cadence", language,
                                choices=choices_text(CADENCES, language)), default="tertial")
        follow_up = code_of(answer, CADENCES)
        if follow_up is None:
            err(t("init.bad_cadence", language, value=answer,
                  choices=choices_text(CADENCES, language)))
    return municipality, police_area, period, others, follow_up


def read_published_text(path: Path, language: str) -> str:
    """The text of a published pledge: UTF-8 (BOM or not), else read as Windows-1252."""
    from medborgarlofte.io.loader import read_bytes

    raw, problem = (sys.stdin.buffer.read(), None) if str(path) == "-" else read_bytes(path)
    if raw is None:
        assert problem is not None
        usage_error(problem.code, language, **problem.params)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        err(f"pledge: {t('init.not_utf8', language, path=path)}")
        return raw.decode("cp1252", errors="replace")


def write_draft(target: Path, draft: Draft, language: str, header: list[str],
                guide: list[str], force: bool, inputs: tuple[Path, ...] = ()) -> None:
    """Render the draft, check that it loads as a valid pledge, then create the file."""
    from medborgarlofte.core.schema.jsonschema import MODELINE
    from medborgarlofte.render.pledge_yaml import render_pledge_yaml

    text = render_pledge_yaml(draft.data, lang=language, reviews=draft.reviews,
                              header=header, guide=guide)
    save_checked(target, MODELINE + "\n" + text, language, force, inputs)


def save_checked(target: Path, text: str, language: str, force: bool,
                 inputs: tuple[Path, ...] = ()) -> None:
    """Write `text` as the new file `target` ('-': stdout) if it is a valid pledge; else exit 1.

    Never over one of `inputs` (the files read to make it) nor through a link."""
    from medborgarlofte.io.atomic import UnsafeOutput
    from medborgarlofte.io.create import create_file
    from medborgarlofte.io.loader import describe_path, load_pledge_bytes
    from medborgarlofte.render.diagnostics import render_problem_line

    data = text.encode("utf-8")
    loaded = load_pledge_bytes(data, target, today())
    errors = [p for p in loaded.problems if p.severity == "error"]
    if errors:
        fail(EXIT_INVALID, f"pledge: {t('init.invalid_output', language, path=target)}",
             *(render_problem_line(p, language, describe_path(p.path, loaded.data)
                                   if p.path else "") for p in errors))
    if str(target) == "-":
        out(text)
        return
    try:
        create_file(target, data, overwrite=force, inputs=inputs)
    except UnsafeOutput as error:
        usage_error(error.key, language, path=error.path)
    except FileExistsError:
        usage_error("init.exists", language, path=target)
    except OSError as error:
        usage_error("init.write_failed", language, path=target, detail=os_reason(error, language))


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("init", help=h("init.help"))(init)
