"""What scripts/gen_docs.py writes, as text: shared by the script and the staleness test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _help(*args: str) -> str:
    env = {**os.environ, "PLEDGE_LANG": "en", "COLUMNS": "100", "NO_COLOR": "1",
           "TERM": "dumb"}
    env.pop("FORCE_COLOR", None)
    result = subprocess.run([sys.executable, "-m", "medborgarlofte", *args, "--help"],
                            capture_output=True, text=True, env=env, check=True)
    return "\n".join(line.rstrip() for line in result.stdout.strip("\n").splitlines())


def commands_reference() -> str:
    """docs/commands.md: the --help of `pledge` and of every subcommand."""
    from medborgarlofte.cli.app import app

    names = [c.name or "" for c in app.registered_commands]
    parts = ["# Command reference\n\nGenerated from `--help` by `python scripts/gen_docs.py`; "
             "a test fails when it is stale. Set `PLEDGE_LANG=sv` for Swedish help.\n",
             f"\n## pledge\n\n```text\n{_help()}\n```\n"]
    parts += [f"\n## pledge {name}\n\n```text\n{_help(name)}\n```\n" for name in names]
    return "".join(parts)


def generated_files() -> dict[str, str]:
    """Relative path -> the text it must hold."""
    from medborgarlofte.core.schema.jsonschema import pledge_json_schema
    from medborgarlofte.render.format_docs import render_format_reference

    return {
        "pledge.schema.json": pledge_json_schema(),
        "src/medborgarlofte/pledge.schema.json": pledge_json_schema(),
        "docs/format.md": render_format_reference(),
        "docs/commands.md": commands_reference(),
    }
