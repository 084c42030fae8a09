"""`pledge resolve [FILE]`: turn a pledge file with git conflict markers into the merged file,
when that can be done without guessing.

During a merge or rebase git keeps the three versions (base, ours, theirs) in its index;
they are merged as the driver would (`io.merge`). Without them, only conflicts whose markers
show an empty base part (both sides only inserted) are joined. The result must be a valid
pledge file, or nothing is written; what could not be done is said with its line.
"""

from __future__ import annotations

from typing import Annotated

import typer

from medborgarlofte.cli.common import EXIT_INVALID, DryRunOpt, FileOpt, LangOpt, check_lang, fail, h
from medborgarlofte.cli.output import err, out, say
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import count_key


def resolve(
    dry_run: DryRunOpt = False,
    commit: Annotated[bool, typer.Option("--commit", help=h("merge.resolve.opt.commit"))
                      ] = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Resolve a git conflict in the pledge file."""
    from medborgarlofte.cli import writing
    from medborgarlofte.cli.common import (
        message_language,
        today,
        usage_error,
        writable_pledge_path,
    )
    from medborgarlofte.i18n import os_reason
    from medborgarlofte.io.conflicts import has_markers, resolve_markers
    from medborgarlofte.io.gitsetup import conflict_versions, stage_file
    from medborgarlofte.io.loader import LoadedPledge, load_pledge_bytes
    from medborgarlofte.io.merge import merge_texts
    from medborgarlofte.io.yamlread import decode_bytes

    check_lang(lang)
    path = writable_pledge_path(file, lang)
    try:
        raw = path.read_bytes()
    except OSError as error:
        usage_error("log.os_error", lang, file=path, detail=os_reason(error, lang or "sv"))
    text, bom, _ = decode_bytes(raw)
    language = message_language(lang, LoadedPledge(path, text=text))
    if text is None or not has_markers(text):
        say(t("merge.resolve.no_markers", language, file=path))
        return
    versions = conflict_versions(path)
    merged: str | None = None
    problems: list[str] = []
    if versions is not None:
        result = merge_texts(*versions)
        merged = result.text
        if merged is None:
            from medborgarlofte.cli.merge_file import conflict_lines

            fail(EXIT_INVALID, *conflict_lines(str(path), versions[0], result, language))
    else:
        joined = resolve_markers(text)
        merged = joined.text
        for hunk in joined.unresolved:
            key = ("merge.resolve.unclosed" if not hunk.ours and not hunk.theirs and
                   hunk.base is None else "merge.resolve.hunk_no_base" if hunk.base is None
                   else "merge.resolve.hunk_edit")
            problems.append(t(key, language, line=hunk.line))
    if merged is None:
        fail(EXIT_INVALID, f"pledge: {t('merge.resolve.failed', language, file=path)}",
             *(f"  {path}: {line}" for line in problems))
    new_bytes = (b"\xef\xbb\xbf" if bom else b"") + merged.encode("utf-8")
    checked = load_pledge_bytes(new_bytes, path, today())
    if checked.pledge is None:
        from medborgarlofte.render.diagnostics import render_problem_line

        fail(EXIT_INVALID, f"pledge: {t('merge.resolve.invalid', language, file=path)}",
             *(render_problem_line(p, language) for p in checked.problems))
    if dry_run:
        err(t("merge.resolve.dry_run", language, file=path))
        out(merged)
        return
    _write(path, new_bytes, language)
    count = len(checked.pledge.event_list)
    say(t(count_key("merge.resolve.done", count), language, file=path, count=count))
    if commit:
        if not stage_file(path):
            writing.ensure_git_or_exit(path, language)
        say(t("merge.resolve.staged", language, file=path))


def _write(path: object, data: bytes, lang: str) -> None:
    from pathlib import Path

    from medborgarlofte.cli import writing
    from medborgarlofte.io.atomic import write_atomically
    from medborgarlofte.io.lock import locked, real_path

    assert isinstance(path, Path)
    real = real_path(path)

    def write() -> None:
        with locked(real):
            write_atomically(real, data)

    writing.run_writer(write, lang)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("resolve", help=h("merge.resolve.help"))(resolve)
