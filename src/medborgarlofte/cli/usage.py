"""Usage errors of the command-line parser (Typer's bundled Click), in the user's language.

Click words its errors in English ("No such option: --foo"). `main` runs the app without
Click's standalone handling and passes such errors here, which says them again from the
catalogue ("okänd flagga: --foo") and exits 2, as Click would. A message we do not know is
shown as Click wrote it, so nothing is ever hidden.
"""

from __future__ import annotations

import re
from typing import Any

from medborgarlofte.cli.output import err
from medborgarlofte.i18n import t

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"No such option: (?P<name>\S+)"), "cli.usage.no_such_option"),
    (re.compile(r"No such command '(?P<name>[^']*)'\.(?: Did you mean (?P<guess>.+)\?)?"),
     "cli.usage.no_such_command"),
    (re.compile(r"Option '(?P<name>[^']+)' requires an argument\."), "cli.usage.needs_value"),
    (re.compile(r"Option '(?P<name>[^']+)' requires (?P<n>\d+) arguments\."),
     "cli.usage.needs_values"),
    (re.compile(r"Option '(?P<name>[^']+)' does not take a value\."), "cli.usage.no_value"),
    (re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((?P<name>.*)\)"),
     "cli.usage.extra"),
    (re.compile(r"Missing (?:argument|option|parameter) '(?P<name>[^']+)'\."),
     "cli.usage.missing"),
    (re.compile(r"Missing (?:argument|option|parameter)(?::)? (?P<name>[^'.\s]+)\.?"),
     "cli.usage.missing"),
    (re.compile(r"Missing parameter: (?P<name>\w+)"), "cli.usage.missing"),
    (re.compile(r"Missing command\."), "cli.usage.missing_command"),
    (re.compile(r"Invalid value for (?P<name>.+?): (?P<detail>.+)"), "cli.usage.invalid"),
)
_DETAILS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:Value )?'?(?P<value>.*?)'? is not a valid (?P<kind>integer|int)\.?"),
     "cli.usage.not_integer"),
    (re.compile(r"(?:Value )?'?(?P<value>.*?)'? is not a valid (?P<kind>float|number)\.?"),
     "cli.usage.not_number"),
)


def is_usage_error(error: BaseException) -> bool:
    """True for Click's UsageError and its kinds (recognised by name: we never import click)."""
    return any(kind.__name__ == "UsageError" for kind in type(error).__mro__)


def translate(message: str, lang: str) -> str:
    """Click's English message in `lang`, or as it is when we do not know its wording."""
    for pattern, key in _PATTERNS:
        match = pattern.fullmatch(message.strip())
        if match is None:
            continue
        params = {k: v for k, v in match.groupdict().items() if v is not None}
        if message.startswith("Missing parameter:"):  # Typer's name of an argument: csv_file
            params["name"] = params["name"].upper()
        if "detail" in params:
            params["detail"] = _detail(params["detail"], lang)
        text = t(key, lang, **{"name": "", **params})
        if params.get("guess"):
            text += " – " + t("hint.did_you_mean", lang, suggestion=params["guess"].strip("'"))
        return text
    return message


def _detail(detail: str, lang: str) -> str:
    for pattern, key in _DETAILS:
        match = pattern.fullmatch(detail.strip())
        if match:
            return t(key, lang, value=match.group("value"))
    return detail


def show_usage_error(error: Any, lang: str, command: str = "pledge") -> int:
    """Print the error the way every `pledge` usage error reads; the exit code (2)."""
    shown = getattr(error, "message", "") or (
        error.format_message() if hasattr(error, "format_message") else str(error))
    message = translate(str(shown), lang)
    possibilities = getattr(error, "possibilities", None)
    if possibilities:
        guesses = ", ".join(sorted(possibilities))
        message += " – " + t("hint.did_you_mean", lang, suggestion=guesses)
    ctx = getattr(error, "ctx", None)
    command = ctx.command_path if ctx is not None else command
    err(f"pledge: {message}\n{t('cli.usage.try_help', lang, command=command)}")
    return int(getattr(error, "exit_code", 2))
