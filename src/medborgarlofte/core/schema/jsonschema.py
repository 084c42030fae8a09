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


YAML11_TRUE = ("yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE")
YAML11_FALSE = ("no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE")
"""What `pledge` (YAML 1.1, as PyYAML reads) takes as true and false. Tools that read YAML 1.2
(check-jsonschema, the YAML language server) see these words as text, so the schema accepts
them where a boolean goes: schema and `pledge validate` agree on `done: yes`."""

GOAL_KINDS = ("at_least", "exactly", "milestone")


def _yaml11_booleans(node: object) -> object:
    """Every boolean of the schema also as the YAML 1.1 words for it."""
    if isinstance(node, list):
        return [_yaml11_booleans(n) for n in node]
    if not isinstance(node, dict):
        return node
    node = {k: _yaml11_booleans(v) for k, v in node.items()}
    if node.get("type") == "boolean":
        words = list(YAML11_TRUE) if node.get("const") is True else [*YAML11_TRUE,
                                                                       *YAML11_FALSE]
        return {"anyOf": [node, {"type": "string", "enum": words}]}
    return node


def _keys_are_ids(node: object) -> None:
    """A mapping keyed by ids (`parties`) refuses other keys, as the model does."""
    if isinstance(node, list):
        for item in node:
            _keys_are_ids(item)
        return
    if not isinstance(node, dict):
        return
    patterns = node.get("patternProperties")
    names = node.get("propertyNames")
    if isinstance(patterns, dict) and len(patterns) == 1 and isinstance(names, dict):
        names.setdefault("pattern", next(iter(patterns)))
    for value in node.values():
        _keys_are_ids(value)


def _goal_rules(goal: dict[str, object]) -> None:
    """The model's rules for a goal, in the schema: exactly one of at_least, exactly,
    milestone (a key set to null does not count), and a milestone has no unit or per."""
    def given(key: str) -> dict[str, object]:
        return {"required": [key], "properties": {key: {"not": {"type": "null"}}}}

    goal["oneOf"] = [
        {**given(kind), "not": {"anyOf": [given(k) for k in GOAL_KINDS if k != kind]}}
        for kind in GOAL_KINDS
    ]
    goal["if"] = given("milestone")
    goal["then"] = {"not": {"anyOf": [given("unit"), given("per")]}}


def pledge_json_schema() -> str:
    """The schema as pretty-printed JSON text, stable from run to run."""
    schema = Pledge.model_json_schema(mode="validation")
    _goal_rules(schema["$defs"]["Goal"])
    _keys_are_ids(schema)
    schema = _yaml11_booleans(schema)  # type: ignore[assignment]
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
              **{k: v for k, v in schema.items() if k != "$schema"}}
    schema["title"] = "Medborgarlöfte (pledge.yaml)"
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
