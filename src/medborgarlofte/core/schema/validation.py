"""From plain data to a `Pledge`: schema version first, then the model, errors as problems.

Pydantic's errors are turned into problems with stable codes and translated messages; the
path of each is the pydantic location, which the loader maps to a line and column.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from dataclasses import replace
from typing import Any

from pydantic import BaseModel, ValidationError

from medborgarlofte.core.schema.checks import run_checks, suggest, unknown_reference
from medborgarlofte.core.schema.dates import far_dates
from medborgarlofte.core.schema.model import SCHEMA_VERSION, Pledge
from medborgarlofte.core.schema.problems import Path, Problem

_TYPE_NAMES = {
    "string_type": "text", "int_type": "integer", "int_parsing": "integer",
    "int_from_float": "integer", "float_type": "number", "float_parsing": "number",
    "bool_type": "boolean", "bool_parsing": "boolean", "date_type": "date",
    "date_parsing": "date", "date_from_datetime_inexact": "date",
    "date_from_datetime_parsing": "date", "list_type": "list", "dict_type": "mapping",
    "model_type": "mapping", "model_attributes_type": "mapping", "literal_error": "choice",
}


def validate_data(data: Any, today: dt.date) -> tuple[Pledge | None, list[Problem]]:
    """The pledge and every problem of its data: schema errors, then cross-record checks."""
    if data is None:  # a document with nothing in it: '---' or '~' alone
        return None, [Problem("E106")]
    if not isinstance(data, dict):
        return None, [Problem("E114", (), {"kind": "kind." + _kind(data)})]
    problems = []
    if "schema_version" not in data:
        problems = [Problem("E115", (), {"version": SCHEMA_VERSION})]
    else:
        wrong = _version_problem(data["schema_version"])
        if wrong:  # a file of another version: one clear message, not a cascade
            return None, [wrong]
    try:
        pledge = Pledge.model_validate(data)
    except ValidationError as err:
        errors = err.errors(include_url=False)
        found = [
            p for p in (_problem_from_error(e, data) for e in errors)
            if not (p.code == "E201" and p.path == ("schema_version",))
        ]
        problems += _without_typo_twins(found)
        return None, problems + _checks_of_valid_part(data, errors, today)
    far = far_dates(pledge)
    if far:  # every check and computation adds days to dates: none may overflow
        return None, problems + far
    return pledge, problems + run_checks(pledge, today)


def _version_problem(version: Any) -> Problem | None:
    """E116 for a newer version, E204 for anything but the integer 1 (true, 1.0, "1")."""
    if type(version) is int and version == SCHEMA_VERSION:
        return None
    if version is None:  # `schema_version:` with nothing after it
        return Problem("E115", ("schema_version",), {"version": SCHEMA_VERSION})
    if type(version) is int and version > SCHEMA_VERSION:
        return Problem("E116", ("schema_version",), {"version": version,
                                                     "supported": SCHEMA_VERSION})
    hint = "hint.unquote_number" if isinstance(version, str) and version.isdigit() else None
    return Problem("E204", ("schema_version",), {"value": _show(version),
                                                 "expected": SCHEMA_VERSION}, hint=hint)


def _without_typo_twins(problems: list[Problem]) -> list[Problem]:
    """Drop 'field x missing' when an unknown key beside it is a typo of x: one mistake,
    one message (the E202 says 'did you mean x?')."""
    typos = {(p.path[:-1], p.params.get("suggestion")) for p in problems if p.code == "E202"}
    return [p for p in problems
            if not (p.code == "E201" and (p.path[:-1], p.path[-1]) in typos)]


_SECTIONS = ("priorities", "targets", "indicators", "events")


def _checks_of_valid_part(data: dict[str, Any], errors: list[Any], today: dt.date) -> list[Problem]:
    """Cross-record problems among the records that passed the schema.

    The records with schema errors are left out (their ids still count as known, so nothing
    is reported twice), the rest is checked, and each problem's path is mapped back to the
    record's place in the file.
    """
    broken: dict[str, set[int]] = {s: set() for s in _SECTIONS}
    for error in errors:
        loc = error["loc"]
        if loc and loc[0] in _SECTIONS and len(loc) > 1 and isinstance(loc[1], int):
            broken[loc[0]].add(loc[1])
        elif loc and loc[0] != "schema_version":
            return []  # the pledge head or the parties are broken: nothing to check against
    salvaged = dict(data, schema_version=SCHEMA_VERSION)
    places: dict[str, list[int]] = {}
    left_out: dict[str, set[str]] = {}
    for section in _SECTIONS:
        items = data.get(section) or []
        if not isinstance(items, list):
            return []
        places[section] = [i for i in range(len(items)) if i not in broken[section]]
        salvaged[section] = [items[i] for i in places[section]]
        left_out[section] = {items[i]["id"] for i in broken[section]
                             if isinstance(items[i], dict) and isinstance(items[i].get("id"), str)}
    try:
        pledge = Pledge.model_validate(salvaged)
    except ValidationError:
        return []
    found = []
    for problem in run_checks(pledge, today):
        section = "targets" if problem.code == "E301" else "priorities"
        if problem.code in ("E301", "E303") and problem.params.get("value") in left_out[section]:
            continue
        path = problem.path
        if len(path) > 1 and path[0] in places and isinstance(path[1], int):
            path = (path[0], places[str(path[0])][path[1]], *path[2:])
        found.append(replace(problem, path=path))
    known_targets = [t.id for t in pledge.targets] + sorted(left_out["targets"])
    return found + _broken_event_references(data, broken["events"], errors, known_targets,
                                            list(pledge.parties))


def _broken_event_references(data: dict[str, Any], broken: set[int], errors: list[Any],
                             targets: list[str], parties: list[str]) -> list[Problem]:
    """E301/E302 of the events left out for a schema error: a bad date and a mistyped
    target in one record are two problems, reported in the same run."""
    bad = {tuple(e["loc"][:3]) for e in errors}
    problems = []
    for i in sorted(broken):
        event = data["events"][i]
        for key, code, known in (("target", "E301", targets), ("by", "E302", parties)):
            values = event.get(key) if isinstance(event, dict) else None
            if ("events", i, key) in bad or not isinstance(values, str | list):
                continue
            for j, value in enumerate([values] if isinstance(values, str) else values):
                if isinstance(value, str) and value not in known:
                    problems.append(unknown_reference(code, ("events", i, key, j), value, known))
    return problems


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, list):
        return "list"
    return "scalar"


def _problem_from_error(error: Any, data: Any) -> Problem:
    loc: Path = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return Problem("E201", loc, {"field": loc[-1]})
    if kind == "extra_forbidden":
        allowed = allowed_keys(loc[:-1], data)
        guess = suggest(str(loc[-1]), allowed)
        if guess:
            return Problem("E202", loc, {"key": loc[-1], "suggestion": guess},
                           hint="hint.did_you_mean")
        return Problem("E202", loc, {"key": loc[-1], "known": ", ".join(allowed)},
                       hint="hint.known_keys")
    if loc and loc[-1] == "[key]":  # a mapping key (a party id): the path keeps '[key]' so
        return Problem("E206", loc, {"value": loc[-2] if len(loc) > 1 else value})  # the key
    if kind == "string_pattern_mismatch":
        if "[01][0-9]" in str(ctx.get("pattern", "")):
            return Problem("E214", loc, {"value": _show(value)})
        return Problem("E206", loc, {"value": value})
    if kind == "literal_error":
        return Problem("E204", loc, {"value": _show(value),
                                     "expected": _choices(str(ctx.get("expected", "")))})
    if kind in ("greater_than_equal", "greater_than"):
        return Problem("E205", loc, {"value": _show(value),
                                     "limit": ctx.get("ge", ctx.get("gt", ""))})
    if kind in ("too_short", "string_too_short"):
        return Problem("E207", loc, {})
    if kind == "string_too_long":
        return Problem("E210", loc, {"max": ctx.get("max_length", "")})
    if kind == "value_error":
        reason = str(ctx.get("error", ""))
        if reason in ("goal_kind", "goal_milestone_extra"):
            return Problem("E208" if reason == "goal_kind" else "E209", loc, {})
        codes = {"goal_special_extra": "E211", "goal_share_percent": "E212",
                 "goal_keep_needs_milestone": "E213"}
        if reason in codes:
            return Problem(codes[reason], loc, {})
    if kind in _TYPE_NAMES:
        if value is None:  # `title:` with nothing after it
            return Problem("E207", loc, {})
        return _type_problem(loc, kind, value)
    if kind == "finite_number":
        return Problem("E203", loc, {"expected": "type.number", "value": _show(value)})
    return Problem("E299", loc, {"detail": error.get("msg", kind)})


def _type_problem(loc: Path, kind: str, value: Any) -> Problem:
    expected = _TYPE_NAMES[kind]
    hint = None
    if expected == "text" and isinstance(value, bool | int | float | dt.date):
        hint = "hint.quote_text"
    elif expected == "date":
        hint = "hint.date_format"
    elif expected in ("integer", "number") and isinstance(value, str):
        if re.fullmatch(r"[-+]?\d+", value.strip()):
            hint = "hint.unquote_number"
        elif re.fullmatch(r"[-+]?\d+,\d+", value.strip()):
            hint = "hint.decimal_point"
    return Problem("E203", loc, {"expected": f"type.{expected}", "value": _show(value)},
                   hint=hint)


def _choices(expected: str) -> str:
    """Pydantic's "'a', 'b' or 'c'" as 'a, b, c' (no English 'or'; True as true)."""
    items = [item.strip().strip("'") for item in re.split(r",| or ", expected) if item.strip()]
    return ", ".join({"True": "true", "False": "false"}.get(i, i) for i in items)


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, dict | list):
        return "{…}" if isinstance(value, dict) else "[…]"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def allowed_keys(path: Path, data: Any) -> list[str]:
    """The keys the schema allows at `path` (a pydantic location) of the document."""
    annotation: Any = Pledge
    for part in path:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else annotation
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = annotation.model_fields.get(str(part))
            if field is None:
                return []
            annotation = field.annotation
        else:  # a dict of records, keyed by id
            args = typing.get_args(annotation)
            annotation = args[-1] if args else annotation
    annotation = _unwrap(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return list(annotation.model_fields)
    return []


def _unwrap(annotation: Any) -> Any:
    """Optional[X] and Annotated[X, ...] as X."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation
