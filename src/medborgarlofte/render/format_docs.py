"""The file format reference (docs/format.md), generated from the model's descriptions."""

from __future__ import annotations

import types
import typing
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from medborgarlofte.core.schema import model

RECORDS: tuple[type[BaseModel], ...] = (
    model.Pledge, model.PledgeInfo, model.DateRange, model.Extension, model.Signatory,
    model.Party, model.Priority, model.Target, model.Goal, model.Outcome, model.Indicator,
    model.Measurement, model.Event, model.FollowUpPlan, model.Version, model.Recurrence,
    model.Slots, model.PlaceGoal, model.Condition, model.PublishedResult, model.ByProduct,
)


def render_format_reference() -> str:
    """Markdown: one table per record kind, with each key's type, need and description."""
    out = [
        "# The pledge file format (schema_version 1)\n",
        "Generated from the model by `python scripts/gen_docs.py`; a test fails when it is "
        "stale. Unknown keys are errors. Dates are ISO (`2024-03-12`).\n",
    ]
    for record in RECORDS:
        out.append(f"\n## {record.__name__}\n\n{_doc(record)}\n\n")
        out.append("| key | type | required | description |\n|---|---|---|---|\n")
        for name, info in record.model_fields.items():
            required = "yes" if info.is_required() else _default(info)
            out.append(f"| `{name}` | {_type_name(info.annotation)} | {required} | "
                       f"{(info.description or '').replace('|', '/')} |\n")
    out.append(_examples())
    return "".join(out)


def _examples() -> str:
    """One published sentence of each need (issue 11), encoded in the format."""
    from medborgarlofte.render.format_examples import EXAMPLES

    out = ["\n## Published pledges, encoded\n\n"
           "Each need that a published pledge has, with one sentence from a published pledge "
           "(the corpus file is named) and how the file says it. `tests/test_pledge_keys.py` "
           "validates every example. Time slots: `end` before `start` runs past midnight. "
           "School terms (`per: term`): VT 1 January – 15 June, HT 16 August – 31 December; "
           "the summer belongs to no term. A condition that has not arisen (`arose: false`, "
           "or nothing logged and `arose` unset) reads 'villkoret har inte uppstått', never "
           "'inaktivt' or 'ej uppfyllt'; a softer promise (`modality` other than `ska`) that "
           "was missed reads 'avsikt ej genomförd'.\n"]
    for need, source, sentence, fragment in EXAMPLES:
        out.append(f"\n### {need}\n\n> {sentence}\n>\n> — `{source}`\n\n"
                   f"```yaml\n{fragment}```\n")
    return "".join(out)


def _doc(record: type[BaseModel]) -> str:
    return " ".join((record.__doc__ or "").split())


def _default(info: FieldInfo) -> str:
    if info.default_factory is not None:
        return "no (empty)"
    return "no" if info.default is None else f"no (`{info.default}`)"


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        if args[0] is str:
            return "id" if any(getattr(a, "pattern", None) for a in args[1:]) else "text"
        if typing.get_origin(args[0]) is list:
            return "id or list of ids"
        return _type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_type_name(a) for a in args if a is not type(None))
    if origin is list:
        return f"list of {_type_name(args[0])}"
    if origin is dict:
        return f"mapping of {_type_name(args[0])} → {_type_name(args[1])}"
    if origin is typing.Literal:
        return " / ".join(f"`{str(a).lower()}`" for a in args)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    names = {"str": "text", "int": "integer", "float": "number", "bool": "true/false",
             "date": "date"}
    return names.get(getattr(annotation, "__name__", ""), str(annotation))
