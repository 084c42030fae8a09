"""Regenerate the docs that are made from the code: docs/format.md, docs/commands.md and
pledge.schema.json. Tests fail when a committed copy is stale; run this after a change."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.docs_gen import generated_files  # noqa: E402

if __name__ == "__main__":
    for relative, text in generated_files().items():
        (ROOT / relative).write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {relative}")
