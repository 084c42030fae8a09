"""Typer's and its bundled Click's own words in the help ("Usage:", "Options", "[required]",
"Show this message and exit.") in the run's language, and no Python types as metavars.

Typer writes these in English, as module constants and literals. `install(lang)` sets them
once, before any help is drawn; the names it touches are Typer internals, listed in
`TYPER_INTERNALS` and checked by tests/cli/test_chrome.py against the installed Typer so that
an upgrade that renames one fails a test rather than showing English in a Swedish run.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from medborgarlofte.i18n import t

TYPER_INTERNALS = {
    "typer.rich_utils": ("ARGUMENTS_PANEL_TITLE", "OPTIONS_PANEL_TITLE", "COMMANDS_PANEL_TITLE",
                         "ERRORS_PANEL_TITLE", "DEFAULT_STRING", "ENVVAR_STRING",
                         "REQUIRED_LONG_STRING", "DEPRECATED_STRING", "ABORTED_TEXT",
                         "RICH_HELP"),
    "typer.core": ("TyperArgument", "TyperOption", "_"),
    "typer._click.formatting": ("HelpFormatter",),
    "typer._click.decorators": ("help_option",),
    "typer._completion_shared": ("install", "get_completion_script", "_get_shell_name"),
    "typer._completion_classes": ("completion_init",),
}
"""Module → the names `install` replaces or wraps (a test checks that each exists)."""

_CONSTANTS = {
    "ARGUMENTS_PANEL_TITLE": "chrome.arguments",
    "OPTIONS_PANEL_TITLE": "chrome.options",
    "COMMANDS_PANEL_TITLE": "chrome.commands",
    "ERRORS_PANEL_TITLE": "chrome.error",
    "DEFAULT_STRING": "chrome.default",
    "ENVVAR_STRING": "chrome.envvar",
    "REQUIRED_LONG_STRING": "chrome.required",
    "DEPRECATED_STRING": "chrome.deprecated",
    "ABORTED_TEXT": "cli.aborted",
    "RICH_HELP": "chrome.try_help",
}
_GETTEXT = {  # typer.core's own gettext calls (plain, non-Rich help)
    "(dynamic)": "chrome.dynamic",
    "default: {default}": "chrome.default_plain",
    "required": "chrome.required_plain",
    "Arguments": "chrome.arguments",
    "Options": "chrome.options",
    "Commands": "chrome.commands",
}

METAVARS = {
    "DATE": "chrome.mv.date", "FILE": "chrome.mv.file", "FILE|DIR": "chrome.mv.file_dir",
    "[FILE]": "chrome.mv.file_optional", "NAME[:KIND]": "chrome.mv.name_kind",
    "PARTY": "chrome.mv.party", "PUBLISHED.txt": "chrome.mv.published",
    "TABLE": "chrome.mv.table", "YYYY-MM-DD": "chrome.mv.iso_date",
    "TARGET": "chrome.mv.target", "INDICATOR": "chrome.mv.indicator",
    "VALUE": "chrome.mv.value", "FILE.csv": "chrome.mv.csv_file", "TEXT": "chrome.mv.text",
    "2025|2025-2026|START..END": "chrome.mv.period", "PERIOD": "chrome.mv.period_name",
    "[OPTIONS]": "chrome.options_metavar", "COMMAND [ARGS]...": "chrome.command_metavar",
    "owner|priority": "chrome.mv.by", "tertial|quarter|half-year|year": "chrome.mv.cadence",
    "exact|approx|at_least": "chrome.mv.qualifier", "DIR": "chrome.mv.dir",
    "NUMBER": "chrome.mv.number", "REF": "chrome.mv.ref", "BASE": "chrome.mv.base",
    "OURS": "chrome.mv.ours", "THEIRS": "chrome.mv.theirs", "NAME": "chrome.mv.name",
    "URL": "chrome.mv.url",
    "HH:MM": "chrome.mv.clock", "H": "chrome.mv.hours", "'N WHAT'": "chrome.mv.by_product",
}
"""The metavars the commands declare (in English, as codes) → their catalogue words."""

_PYTHON_TYPES = {"<str>": "TEXT", "<list[str]>": "TEXT", "<int>": "N", "<float>": "NUMBER"}
"""What Typer shows for an option without a metavar → a word a person reads."""

_installed: list[str] = []


def metavar(value: str, lang: str) -> str:
    """A metavar in `lang` ('DATE' → 'DATUM'); unknown ones as they are."""
    key = METAVARS.get(value)
    if key:
        return t(key, lang)
    from medborgarlofte.cli.choices import metavar_words

    return metavar_words(value, lang) or value


def install(lang: str) -> None:
    """Make Typer speak `lang` in every help page and parser message of this run."""
    from typer import core
    from typer._click import decorators, formatting

    _installed[:] = [lang]
    _when_imported("typer.rich_utils", _set_constants)
    core._ = _gettext  # type: ignore[attr-defined]
    _wrap_usage(formatting.HelpFormatter, t("chrome.usage", lang))
    _wrap_help_option(decorators, t("chrome.help", lang))
    _types_without_python(core.TyperArgument, core.TyperOption)
    from typer._completion_classes import completion_init

    completion_init()  # what add_completion=True would do: `_PLEDGE_COMPLETE` requests work


def _set_constants(rich_utils: Any) -> None:
    lang = _installed[0] if _installed else "en"
    for name, key in _CONSTANTS.items():
        setattr(rich_utils, name, t(key, lang))  # templates: Typer fills them


def _when_imported(name: str, then: Callable[[Any], None]) -> None:
    """`then(module)` now if `name` is imported, else right after it is: Typer imports its
    Rich help and error module (with rich.markdown, pygments, attrs: a fifth of a short
    run) only when it draws help or an error, and a run that draws neither need not."""
    module = sys.modules.get(name)
    if module is not None:
        then(module)
    elif not any(isinstance(f, _AfterImport) and f.name == name for f in sys.meta_path):
        sys.meta_path.insert(0, _AfterImport(name, then))


class _AfterImport:
    """A finder that lets the others find `name` and runs `then` on the module once its
    code has run (a post-import hook)."""

    def __init__(self, name: str, then: Callable[[Any], None]) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> Any:
        if fullname != self.name:
            return None
        import importlib.util

        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is not None and spec.loader is not None:
            spec.loader = _ThenLoader(spec.loader, self.then)  # type: ignore[assignment]
        return spec


class _ThenLoader:
    """A loader that runs its module's code with the finder's loader, then `then`."""

    def __init__(self, loader: Any, then: Callable[[Any], None]) -> None:
        self._loader, self._then = loader, then

    def create_module(self, spec: Any) -> Any:
        return self._loader.create_module(spec)

    def exec_module(self, module: Any) -> None:
        self._loader.exec_module(module)
        self._then(module)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._loader, name)


def _gettext(message: str) -> str:
    key = _GETTEXT.get(message)
    return t(key, _installed[0]) if key and _installed else message


def _wrap_usage(formatter: Any, prefix: str) -> None:
    original = getattr(formatter.write_usage, "__wrapped__", formatter.write_usage)

    def write_usage(self: Any, prog: str, args: str = "", prefix_: str | None = None) -> None:
        lang = _installed[0] if _installed else "en"
        args = args.replace("COMMAND [ARGS]...", metavar("COMMAND [ARGS]...", lang))
        words = " ".join(_translated_piece(piece) for piece in args.split(" ")) if args else ""
        original(self, prog, words, prefix if prefix_ is None else prefix_)

    write_usage.__wrapped__ = original  # type: ignore[attr-defined]
    formatter.write_usage = write_usage


def _translated_piece(piece: str) -> str:
    """One word of a usage line: '[OPTIONS]' → '[FLAGGOR]', '{TARGET}' → 'LÖFTE' (a required
    argument plain, as every command shows it; an optional one in brackets)."""
    lang = _installed[0] if _installed else "en"
    if piece in METAVARS:
        return metavar(piece, lang)
    core, suffix = (piece[:-3], "...") if piece.endswith("...") else (piece, "")
    if core.startswith("{") and core.endswith("}"):
        return f"{metavar(core[1:-1], lang)}{suffix}"
    if core.startswith("[") and core.endswith("]"):
        return f"[{metavar(core[1:-1], lang)}]{suffix}"
    return metavar(core, lang) + suffix


def _wrap_help_option(decorators: Any, text: str) -> None:
    original: Callable[..., Any] = getattr(decorators.help_option, "__wrapped__",
                                           decorators.help_option)

    def help_option(param_decls: list[str]) -> Callable[[Any], Any]:
        def apply(command: Any) -> Any:
            result = original(param_decls)(command)
            command.params[-1].help = text
            return result
        return apply

    help_option.__wrapped__ = original  # type: ignore[attr-defined]
    decorators.help_option = help_option


def _types_without_python(argument: Any, option: Any) -> None:
    """No '<bool>' for a flag, no '<str>' or '<list[str]>' beside an argument's name; the
    metavars in the run's language."""
    if getattr(option.display_type_rich, "_pledge", False):
        return
    option_type = option.display_type_rich
    argument_name = argument.display_name_raw

    def option_display(self: Any, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) or getattr(self, "count", False):
            return None
        shown = option_type(self, ctx)
        if shown is None:
            return None
        shown = _PYTHON_TYPES.get(str(shown), str(shown))
        return _translated_piece(shown)

    def argument_display(self: Any, ctx: Any) -> str | None:
        return None

    def argument_display_name(self: Any) -> str:
        name = str(argument_name.fget(self))
        return _translated_piece(name)

    option_display._pledge = True  # type: ignore[attr-defined]
    option.display_type_rich = option_display
    argument.display_type_rich = argument_display
    argument.display_name_raw = property(argument_display_name)


SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def completion_shell(lang: str) -> str:
    """The shell this run is started from, or exit 2 when it is not one Typer completes."""
    from typer._completion_shared import _get_shell_name

    shell = _get_shell_name()
    if shell not in SHELLS:
        from medborgarlofte.cli.common import EXIT_USAGE, fail

        fail(EXIT_USAGE, "pledge: " + t("chrome.completion_unknown_shell", lang,
                                        shell=shell or "?"))
    return str(shell)


def install_completion(lang: str) -> None:
    """`pledge --install-completion`: Typer's installer, our words."""
    from typer._completion_shared import install

    shell, path = install(shell=completion_shell(lang), prog_name="pledge",
                          complete_var="_PLEDGE_COMPLETE")
    from medborgarlofte.cli.output import out

    out(t("chrome.completion_installed", lang, shell=shell, path=path) + "\n"
        + t("chrome.completion_restart", lang) + "\n")


def completion_script(lang: str) -> str:
    """`pledge --show-completion`: the script Typer would install."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name="pledge", complete_var="_PLEDGE_COMPLETE",
                                 shell=completion_shell(lang))
