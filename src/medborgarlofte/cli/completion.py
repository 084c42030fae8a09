"""Shell completion of target ids (`pledge log pol<TAB>`) that stays as fast as `--help`.

Completion runs on every TAB, so it must not import yaml or pydantic (about 0.1 s): the ids
are read from the pledge file with a text scan of the `targets:` block — the list items at
its first indentation, `- id: x` or `- {id: x, ...}`. A file the scan cannot read gives no
suggestions, never an error (the command itself reports a broken file when it runs).

Typer answers completion requests after processing every parameter of the command, and its
parameter processing imports pydantic (typer._adapters). So `fast_completion` answers the
common request itself — bash or zsh completing a TARGET of `pledge log` — exactly as Typer
would (a test compares the two), and leaves every other request to Typer.
"""

from __future__ import annotations

import os
import re
import shlex
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import typer

from medborgarlofte.cli import choices

_TOP_KEY = re.compile(r"^[^\s#-][^:]*:", re.M)
_ITEM = re.compile(r"^( *)- *(?:\{ *)?id: *['\"]?([A-Za-z0-9_.-]+)", re.M)
_MAX_BYTES = 50 * 1024 * 1024


def target_ids(text: str, key: str = "targets") -> list[str]:
    """The ids of the items of the top-level `targets:` (or `key:`) list, in file order."""
    start = re.search(rf"^{key} *:[ \t]*(?:#.*)?$", text, re.M)
    if start is None:
        return []
    following = _TOP_KEY.search(text, start.end())
    block = text[start.end(): following.start() if following else len(text)]
    ids: list[str] = []
    indent: int | None = None
    for match in _ITEM.finditer(block):
        if indent is None:
            indent = len(match.group(1))
        if len(match.group(1)) == indent:
            ids.append(match.group(2))
    return ids


def pledge_file(explicit: str | None) -> Path:
    """The file a command would use (the rule of io.loader.find_pledge_file, which this
    module must not import: it loads yaml and pydantic)."""
    if explicit:
        return Path(explicit)
    cwd = Path.cwd()
    if (cwd / "pledge.yaml").exists():
        return cwd / "pledge.yaml"
    if os.environ.get("PLEDGE_FILE"):
        return Path(os.environ["PLEDGE_FILE"])
    for parent in cwd.parents:
        if (parent / "pledge.yaml").exists():
            return parent / "pledge.yaml"
    return cwd / "pledge.yaml"


def matching(ids: list[str], incomplete: str) -> list[str]:
    """Ids that start with what was typed (Typer keeps only those, whatever we return)."""
    return [i for i in ids if i.startswith(incomplete)]


def ids_in_file(path: Path) -> list[str]:
    """The target ids of the pledge file at `path` ([] when it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            return target_ids(handle.read(_MAX_BYTES).decode("utf-8-sig", errors="replace"))
    except OSError:
        return []


def complete_target_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Completion callback for a TARGET argument: the pledge's target ids."""
    return matching(ids_in_file(pledge_file(ctx.params.get("file"))), incomplete)


LOG_VALUE_OPTIONS = frozenset({
    "-d", "--date", "--until", "-n", "--count", "--qualifier", "--by", "--participants",
    "-p", "--place", "-m", "--note", "-r", "--reference", "-f", "--file", "--lang",
    "--time", "--type", "--item", "--response-hours", "--result",
})
"""The options of `pledge log` that take a value (a test keeps this in step with log)."""
LOG_FLAGS = frozenset({"--done", "--dry-run", "-y", "--yes", "--commit", "--preparation"})


def _log_target_file(args: list[str]) -> tuple[bool, str | None]:
    """For the words before the one completed: (is that word a TARGET of `pledge log`, the
    -f/--file value given)."""
    if not args or args[0] != "log":
        return False, None
    file, i = None, 1
    while i < len(args):
        word = args[i]
        name, equals, value = word.partition("=")
        if word in LOG_VALUE_OPTIONS:
            if i + 1 == len(args):
                return False, None  # the word completed is this option's value
            file = args[i + 1] if word in ("-f", "--file") else file
            i += 2
            continue
        if name.startswith("--") and equals and name in LOG_VALUE_OPTIONS:
            file = value if name == "--file" else file
        elif word.startswith("-") and word not in LOG_FLAGS:
            return False, None  # "--", or an option Typer would judge
        i += 1
    return True, file


def _requested(environ: Mapping[str, str]) -> tuple[str, list[str], str] | None:
    """(shell, words before the one completed, that word) of a bash or zsh request."""
    instruction = environ.get("_PLEDGE_COMPLETE", "")
    try:
        if instruction == "complete_bash":
            words = shlex.split(environ.get("COMP_WORDS", ""))
            cword = int(environ.get("COMP_CWORD", ""))
            return "bash", words[1:cword], words[cword] if cword < len(words) else ""
        if instruction == "complete_zsh":
            raw = environ.get("_TYPER_COMPLETE_ARGS", "")
            args = shlex.split(raw)[1:]
            if args and not raw.endswith(" "):
                return "zsh", args[:-1], args[-1]
            return "zsh", args, ""
    except ValueError:  # an open quote, or a COMP_CWORD that is no number
        return None
    return None


def fast_completion(environ: Mapping[str, str]) -> str | None:
    """The answer to a shell's request to complete a TARGET of `pledge log`, or None to let
    Typer answer (any other request)."""
    request = _requested(environ)
    if request is None:
        return None
    shell, args, incomplete = request
    is_target, file = _log_target_file(args)
    if not is_target or incomplete.startswith("-"):
        return None
    ids = matching(ids_in_file(pledge_file(file)), incomplete)
    if shell == "bash":
        return "\n".join(ids)
    if not ids:
        return "_files"
    quoted = "\n".join(f'"{_zsh_escape(i)}"' for i in ids)
    return f"_arguments '*: :(({quoted}))'"


def _zsh_escape(value: str) -> str:
    return (value.replace('"', '""').replace("'", "''").replace("$", "\\$")
            .replace("`", "\\`").replace(":", r"\\:"))


# --- option values (Typer calls these; they read at most the head of the pledge file)

def _choices(words: tuple[str, ...]) -> Callable[[str], list[str]]:
    def complete(incomplete: str) -> list[str]:
        return [w for w in words if w.startswith(incomplete)]
    return complete


def pledge_head(explicit: str | None) -> str | None:
    """The first bytes of the pledge file a run would use, as text (None: none readable)."""
    from medborgarlofte.i18n.choice import HEAD_BYTES

    try:
        with open(pledge_file(explicit), "rb") as handle:
            return handle.read(HEAD_BYTES).decode("utf-8-sig", errors="replace")
    except OSError:
        return None


def completion_language() -> str:
    """The language of the command line being completed (i18n.choice, as for a run)."""
    from medborgarlofte.i18n.choice import run_language

    request = _requested(os.environ)
    return run_language(request[1] if request else [], os.environ, pledge_head)


def complete_choices(words: Mapping[str, Sequence[str]]) -> Callable[[str], list[str]]:
    """Completion of an option taking a code (cli.choices): the words shown in the run's
    language first ('tabell', 'förs vidare' in Swedish), then the codes."""
    def complete(incomplete: str) -> list[str]:
        from medborgarlofte.cli.choices import completions

        return completions(words, completion_language(), incomplete)
    return complete


def complete_status_filter(incomplete: str) -> list[str]:
    """Completion of --status (status, events, report): the status words of the run."""
    from medborgarlofte.cli.choices import completions, status_words
    from medborgarlofte.core.progress.types import CATEGORIES, Status

    codes = [s.value for s in Status] + [c for c in CATEGORIES if c not in set(Status)]
    return completions(status_words(codes), completion_language(), incomplete)


complete_lang = _choices(("sv", "en"))
complete_status_format = complete_choices(choices.STATUS_FORMATS)
complete_report_format = complete_choices(choices.REPORT_FORMATS)
complete_validate_format = complete_choices(choices.VALIDATE_FORMATS)
complete_group_by = complete_choices(choices.BY)
complete_cadence = complete_choices(choices.CADENCES)
complete_table = complete_choices(choices.TABLES)
complete_qualifier = complete_choices(choices.QUALIFIERS)
complete_target_format = complete_choices(choices.TARGET_FORMATS)


def indicator_ids(text: str) -> list[str]:
    """The ids of the items of the top-level `indicators:` list, in file order."""
    return target_ids(text, "indicators")


def complete_indicator_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Completion of `pledge measure INDICATOR`: the pledge's indicator ids."""
    try:
        with open(pledge_file(ctx.params.get("file")), "rb") as handle:
            text = handle.read(_MAX_BYTES).decode("utf-8-sig", errors="replace")
    except OSError:
        return []
    return matching(indicator_ids(text), incomplete)


_START_YEAR = re.compile(r"^\s+start:\s*['\"]?(\d{4})-", re.M)
_PERIOD_YEAR = re.compile(r"period:\s*\{\s*start:\s*['\"]?(\d{4})-", re.M)


def complete_report_period(ctx: typer.Context, incomplete: str) -> list[str]:
    """Completion of `pledge report --period`: the year's tertials, quarters and halves, for
    the pledge's first year (the current year when the file says none)."""
    import datetime as dt

    try:
        with open(pledge_file(ctx.params.get("file")), "rb") as handle:
            head = handle.read(64 * 1024).decode("utf-8-sig", errors="replace")
    except OSError:
        head = ""
    found = _PERIOD_YEAR.search(head) or _START_YEAR.search(head)
    year = found.group(1) if found else str(dt.date.today().year)
    names = [year, *(f"{year}-T{i}" for i in (1, 2, 3)), *(f"{year}-Q{i}" for i in range(1, 5)),
             f"{year}-H1", f"{year}-H2"]
    return [n for n in names if n.startswith(incomplete)]
