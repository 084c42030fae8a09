"""The model's contract: every key described (the JSON Schema and docs/format.md rely on it)."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from medborgarlofte.core.schema.model import Goal, Pledge
from medborgarlofte.render.format_docs import RECORDS


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.__name__)
def test_every_field_has_a_description(record: type[BaseModel]) -> None:
    assert [n for n, f in record.model_fields.items() if not f.description] == []


def test_every_record_kind_is_in_the_reference() -> None:
    def records_below(model: type[BaseModel], seen: set[type[BaseModel]]) -> None:
        seen.add(model)
        for field in model.model_fields.values():
            for kind in _model_types(field.annotation):
                if kind not in seen:
                    records_below(kind, seen)

    found: set[type[BaseModel]] = set()
    records_below(Pledge, found)
    assert found == set(RECORDS)


def _model_types(annotation: object) -> list[type[BaseModel]]:
    import typing

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _model_types(arg)]


@pytest.mark.parametrize(
    ("goal", "kind", "number"),
    [
        ({"exactly": 4, "unit": "insatser"}, "count", 4),
        ({"at_least": 2}, "count", 2),
        ({"at_least": 2, "per": "week"}, "rate", 2),
        ({"milestone": True}, "milestone", 1),
    ],
)
def test_goal_kind_and_number(goal: dict[str, object], kind: str, number: int) -> None:
    parsed = Goal.model_validate(goal)
    assert (parsed.kind, parsed.number) == (kind, number)
