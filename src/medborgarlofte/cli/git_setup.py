"""`pledge git-setup`: make git merge the pledge file with `pledge merge-file`.

Sets `merge.pledge.name` and `merge.pledge.driver` in the clone's own config and gives the
file `merge=pledge` in the repository's `.gitattributes` (see `io.gitsetup`). Running it again
changes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from medborgarlofte.cli.common import CommitOpt, DryRunOpt, FileOpt, LangOpt, check_lang, h
from medborgarlofte.cli.output import err, say
from medborgarlofte.i18n import t

if TYPE_CHECKING:
    from medborgarlofte.io.loader import LoadedPledge


def driver_command() -> str:
    """How git should run the driver: this `pledge`, by its full path when it has one."""
    import shlex
    import shutil

    found = shutil.which("pledge")
    head = shlex.quote(found) if found else f"{shlex.quote(sys.executable)} -m medborgarlofte"
    return f"{head} merge-file %O %A %B %P"


def git_setup(
    dry_run: DryRunOpt = False,
    commit: CommitOpt = False,
    file: FileOpt = None,
    lang: LangOpt = None,
) -> None:
    """Set git up to merge the pledge file."""
    from medborgarlofte.cli import writing
    from medborgarlofte.cli.common import message_language, usage_error, writable_pledge_path
    from medborgarlofte.io.atomic import UnsafeOutput
    from medborgarlofte.io.gitrepo import repository_of
    from medborgarlofte.io.gitsetup import apply_setup, plan_setup

    check_lang(lang)
    path = writable_pledge_path(file, lang)
    language = message_language(lang, _loaded(path))
    root = repository_of(path)
    if root is None:
        usage_error("merge.setup.not_git", language, file=path)
    try:
        plan = plan_setup(root, path, driver_command(), t("merge.setup.name", language))
    except UnsafeOutput as error:
        usage_error(error.key, language, path=error.path)
    if not plan.config and plan.new_text is None:
        say(t("merge.setup.already", language, file=path))
        return
    if dry_run:
        err(t("merge.setup.dry_run", language))
    for key, value in plan.config:
        say(t("merge.setup.config", language, key=key, value=value))
    if plan.new_text is not None:
        say(t("merge.setup.attributes", language, file=plan.attributes,
              line=f"{plan.pattern} merge=pledge"))
    if dry_run:
        return
    writing.run_writer(lambda: apply_setup(plan), language)
    say(t("merge.setup.done", language, file=path))
    if commit and plan.new_text is not None:
        message = t("merge.setup.commit", language, file=plan.pattern)
        writing.commit_or_exit(plan.attributes, message, language)


def _loaded(path: Path) -> LoadedPledge:
    from medborgarlofte.io.loader import LoadedPledge

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        text = None
    return LoadedPledge(path, text=text)


def register(app: typer.Typer) -> None:
    """Add the command to the app."""
    app.command("git-setup", help=h("merge.setup.help"))(git_setup)
