"""`pledge merge-file BASE OURS THEIRS [NAME]`: git's merge driver for pledge files.

git runs it as `pledge merge-file %O %A %B %P` once `pledge git-setup` has registered it. The
merge is `io.merge`'s; the result (or, on a conflict, the text with git's markers) replaces
OURS. Exit 0 when merged, 1 on a conflict, as git expects of a driver.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from medborgarlofte.cli.common import EXIT_INVALID, LangOpt, check_lang, fail, h
from medborgarlofte.cli.output import err
from medborgarlofte.i18n import t
from medborgarlofte.i18n.numbers import count_key


def merge_file(
    base: Annotated[str, typer.Argument(help=h("merge.arg.base"), metavar="BASE",
                                        show_default=False)],
    ours: Annotated[str, typer.Argument(help=h("merge.arg.ours"), metavar="OURS",
                                        show_default=False)],
    theirs: Annotated[str, typer.Argument(help=h("merge.arg.theirs"), metavar="THEIRS",
                                          show_default=False)],
    name: Annotated[str | None, typer.Argument(help=h("merge.arg.name"), metavar="NAME",
                                               show_default=False)] = None,
    lang: LangOpt = None,
) -> None:
    """Merge two versions of a pledge file (git's merge driver)."""
    from medborgarlofte.cli.common import message_language, usage_error
    from medborgarlofte.io.atomic import write_atomically
    from medborgarlofte.io.loader import LoadedPledge
    from medborgarlofte.io.merge import merge_texts
    from medborgarlofte.io.yamlread import decode_bytes

    check_lang(lang)
    shown = name or ours
    texts: list[str] = []
    bom = False
    for number, file in enumerate((base, ours, theirs)):
        try:
            raw = Path(file).read_bytes()
        except OSError as error:
            from medborgarlofte.i18n import os_reason

            usage_error("log.os_error", lang, file=file, detail=os_reason(error, lang or "sv"))
        text, has_bom, _ = decode_bytes(raw)
        texts.append(text if text is not None else raw.decode("utf-8", errors="replace"))
        bom = bom or (number == 1 and has_bom)
    language = message_language(lang, LoadedPledge(Path(shown), text=texts[1]))
    result = merge_texts(*texts)
    merged = result.text if result.text is not None else result.marked
    if merged is None:
        usage_error("merge.no_git", language)
    write_atomically(Path(ours), (b"\xef\xbb\xbf" if bom else b"") + merged.encode("utf-8"))
    if result.text is not None:
        if result.added:
            message = t(count_key("merge.merged", result.added), language, file=shown,
                        count=result.added)
            err(f"pledge: {message}")
        return
    fail(EXIT_INVALID, *conflict_lines(shown, texts[0], result, language))


def conflict_lines(shown: str, base: str, result: object, lang: str) -> list[str]:
    """What could not be merged, item by item, and what to do."""
    from medborgarlofte.cli.correcting import describe
    from medborgarlofte.core.entries.refs import event_refs
    from medborgarlofte.io.loader import describe_path
    from medborgarlofte.io.merge import MergeResult
    from medborgarlofte.io.yamlread import parse_yaml

    assert isinstance(result, MergeResult)
    lines = [f"pledge: {t('merge.conflict', lang, file=shown)}"]
    data = parse_yaml(base).data
    refs = {r.index: r for r in event_refs(data)}
    for side in result.unparsed:
        lines.append(f"  {t('merge.unreadable', lang, side=t(f'merge.side.{side}', lang))}")
    for clash in result.clashes:
        where = describe_path(clash.path, data)
        if clash.path[:1] == ("events",) and len(clash.path) > 1 and isinstance(
                clash.path[1], int) and clash.path[1] in refs:
            ref = refs[clash.path[1]]
            where += f" ({describe(ref)}, ref {ref.ref})"
        lines.append(f"  {t('merge.clash', lang, where=where)}")
    return [*lines, f"  {t('merge.how', lang, file=shown)}"]


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("merge-file", help=h("merge.file.help"))(merge_file)
