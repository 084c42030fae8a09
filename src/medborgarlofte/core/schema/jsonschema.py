"""The JSON Schema of the pledge file, generated from the model (for editors and tools)."""

from __future__ import annotations

import json

from medborgarlofte.core.schema.model import Pledge

SCHEMA_ID = (
    "https://raw.githubusercontent.com/medborgarlofte/medborgarlofte/main/pledge.schema.json"
)
"""The schema's stable address (docs/editors.md): the file at the tip of the main branch."""
MODELINE = f"# yaml-language-server: $schema={SCHEMA_ID}"
"""The first line `pledge init` writes: editors with the YAML language server check the file
against the schema while it is typed, in any repository (docs/editors.md)."""


def pledge_json_schema() -> str:
    """The schema as pretty-printed JSON text, stable from run to run."""
    schema = Pledge.model_json_schema(mode="validation")
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
              **{k: v for k, v in schema.items() if k != "$schema"}}
    schema["title"] = "Medborgarlöfte (pledge.yaml)"
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
