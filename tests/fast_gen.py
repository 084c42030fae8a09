"""Generate `medborgarlofte/fast/grammar.py` from the Typer commands (the one source of truth).

    python -m tests.fast_gen          # rewrite the file after changing a command's options

`tests/test_fast.py` fails when the committed file differs from what this generates.
"""

from __future__ import annotations

from pathlib import Path
from pprint import pformat
from typing import Any

import typer

from medborgarlofte.cli.app import app
from medborgarlofte.fast.grammar import COMMANDS

GRAMMAR_FILE = Path(__file__).resolve().parent.parent / "src/medborgarlofte/fast/grammar.py"

HEAD = '''"""The command lines the answer from the cache reads: GENERATED from the Typer commands.

Regenerate with `python -m tests.fast_gen`; tests/test_fast.py fails when this file is stale.
Per command: its variadic argument (or None), every option name with the parameter it sets
and how ("value": takes one, the last wins; "multiple": takes one each time, all kept;
"flag": sets True, "flag_off": sets False), and the defaults Typer gives the parameters.
"""

from __future__ import annotations

COMMANDS = {commands}

ARGUMENTS: dict[str, str | None] = {arguments}

OPTIONS: dict[str, dict[str, tuple[str, str]]] = {options}

DEFAULTS: dict[str, dict[str, object]] = {defaults}
'''


def grammar() -> dict[str, Any]:
    """The argument, options and defaults of every command in COMMANDS, from the Typer app."""
    group = typer.main.get_command(app)
    arguments: dict[str, str | None] = {}
    options: dict[str, dict[str, tuple[str, str]]] = {}
    defaults: dict[str, dict[str, object]] = {}
    for name in COMMANDS:
        command = group.commands[name]  # type: ignore[attr-defined]
        arguments[name], options[name], defaults[name] = None, {}, {}
        for param in command.params:
            assert not param.envvar and not param.callback and not param.is_eager, param.name
            defaults[name][param.name] = param.default
            if param.param_type_name == "argument":
                assert param.nargs == -1 and arguments[name] is None, param.name
                arguments[name] = param.name
                continue
            assert param.nargs == 1 and not getattr(param, "count", False), param.name
            how = "flag" if param.is_flag else ("multiple" if param.multiple else "value")
            for opt in param.opts:
                options[name][opt] = (param.name, how)
            for opt in param.secondary_opts:
                options[name][opt] = (param.name, "flag_off")
    return {"commands": COMMANDS, "arguments": arguments, "options": options,
            "defaults": defaults}


def grammar_text() -> str:
    """The text grammar.py should have."""
    return HEAD.format(**{key: pformat(value, width=60, sort_dicts=False)
                          for key, value in grammar().items()})


if __name__ == "__main__":
    GRAMMAR_FILE.write_text(grammar_text(), encoding="utf-8")
