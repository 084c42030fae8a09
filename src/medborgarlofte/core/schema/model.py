"""The pledge file's schema: one immutable pydantic model per record kind.

The model is the contract of `pledge.yaml` (schema_version 1). It checks the shape of each
record on its own; checks that span records (references, dates against the period, personal
identity numbers) live in `core.checks` and return problems as values.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
    field_validator,
    model_validator,
)

SCHEMA_VERSION = 1

Id = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$", max_length=80),
    Field(description="A short identifier: lower-case a-z, digits and '-', e.g. 'polis-moped'."),
]


def _as_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


def _whole(value: object) -> object:
    """4.0 is the whole number 4, as JSON Schema says (an integer is any number with a zero
    fraction): the schema and `pledge validate` must agree. 4.5 still fails as no integer."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


IdList = Annotated[
    list[Id],
    BeforeValidator(_as_list),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"},
                {
                    "type": "array",
                    "items": {"type": "string", "pattern": r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$"},
                    "minItems": 1,
                },
            ]
        }
    ),
    Field(min_length=1),
]
"""One id, or a list of ids: `target: a` reads as `target: [a]`."""
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=False)]
Language = Literal["sv", "en"]
Cadence = Literal["tertial", "quarter", "half-year", "year"]
RatePeriod = Literal["week", "month", "quarter", "tertial", "half-year", "year"]
PartyKind = Literal["polis", "kommun", "other"]
Direction = Literal["increase", "decrease", "none"]
Qualifier = Literal["exact", "approx", "at_least"]
EndStatus = Literal["met", "not_met", "carried_forward", "closed_early", "dropped"]


class Record(BaseModel):
    """Base of every record: unknown keys are errors, records never change once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class DateRange(Record):
    """A span of days, both ends included."""

    start: dt.date = Field(description="First day, ISO date (2024-01-01).")
    end: dt.date = Field(description="Last day, ISO date (2024-12-31).")


class Extension(Record):
    """A decision to let the pledge run longer than its original period."""

    to: dt.date = Field(description="The new last day of the pledge.")
    decided: dt.date | None = Field(None, description="When the extension was decided.")
    reason: str | None = Field(None, description="Why, as it will be published.")


class Signatory(Record):
    """A person who signed the pledge in office (a public office holder)."""

    name: Text = Field(description="Name as published in the pledge.")
    role: Text = Field(description="Office, e.g. 'Kommunstyrelsens ordförande'.")
    party: Id = Field(description="Id of the party the signatory signs for (see `parties`).")


class PledgeInfo(Record):
    """What the pledge is: who promises what to whom, and when."""

    title: Text = Field(description="Title as published, e.g. 'Medborgarlöfte 2024'.")
    municipality: Text = Field(description="The municipality, e.g. 'Olofströms kommun'.")
    police_area: Text | None = Field(None, description="The local police area (LPO).")
    period: DateRange = Field(description="The period the pledge covers.")
    extensions: list[Extension] = Field(
        default_factory=list, description="Extensions of the period, in the order decided."
    )
    language: Language = Field("sv", description="Language of output and messages: sv or en.")
    follow_up: Cadence = Field("tertial", description="How often the parties follow up.")
    situation: str | None = Field(None, description="'Situationen idag': the situation text.")
    signatories: list[Signatory] = Field(default_factory=list, description="Who signed it.")
    sources: list[str] = Field(
        default_factory=list, description="Where the pledge is published (URLs or references)."
    )

    @property
    def end(self) -> dt.date:
        """The last day the pledge runs, extensions included."""
        return self.extensions[-1].to if self.extensions else self.period.end


class Party(Record):
    """An organisation that promises something or takes part."""

    name: Text = Field(description="Display name, e.g. 'Olofströms kommun'.")
    kind: PartyKind = Field(description="polis, kommun or other (housing company, school, ...).")


class Priority(Record):
    """A focus area (fokusområde) of the pledge."""

    id: Id = Field(description="Id that targets and indicators use to name this priority.")
    text: Text = Field(description="The priority as published.")
    title: str | None = Field(None, description="A short name for tables and reports.")


class Goal(Record):
    """What counts as kept. Exactly one of at_least, exactly, milestone."""

    at_least: int | None = Field(
        None, ge=1, strict=True, description="At least this many (of `unit`)."
    )
    exactly: int | None = Field(
        None, ge=1, strict=True, description="Exactly this many (of `unit`)."
    )
    milestone: Literal[True] | None = Field(
        None, description="The commitment is one thing done once (log it with done: true)."
    )
    unit: str | None = Field(None, description="What is counted, e.g. 'insatser'.")
    per: RatePeriod | None = Field(
        None, description="A recurring rate: the number is per week, month, ... of the period."
    )
    note: str | None = Field(
        None, description="What the number cannot say (a share, a response time)."
    )

    _whole_numbers = field_validator("at_least", "exactly", mode="before")(_whole)

    @model_validator(mode="after")
    def _one_kind(self) -> Goal:
        kinds = [k for k in ("at_least", "exactly", "milestone") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("goal_kind")
        if self.milestone and (self.per or self.unit):
            raise ValueError("goal_milestone_extra")
        return self

    @property
    def kind(self) -> Literal["count", "rate", "milestone"]:
        """count, rate (a number per sub-period) or milestone."""
        if self.milestone:
            return "milestone"
        return "rate" if self.per else "count"

    @property
    def number(self) -> int:
        """The number promised (per sub-period for a rate); 1 for a milestone."""
        return self.at_least or self.exactly or 1


class Outcome(Record):
    """How a commitment ended, when it ended otherwise than by the numbers."""

    status: EndStatus = Field(
        description="met, not_met, carried_forward, closed_early or dropped."
    )
    reason: str | None = Field(None, description="Why, as it will be published.")
    date: dt.date | None = Field(None, description="When it was decided.")


class Target(Record):
    """A commitment: what a party (or several) promises to do."""

    id: Id = Field(description="Id that events use to name this commitment.")
    text: Text = Field(description="The commitment, verbatim as published.")
    owners: list[Id] = Field(
        min_length=1, description="Party ids; several make it joint, the first leads."
    )
    priorities: list[Id] = Field(default_factory=list, description="Priority ids it serves.")
    goal: Goal | None = Field(None, description="What counts as kept; none means ongoing work.")
    due: dt.date | None = Field(None, description="When it must be done (default: period end).")
    window: DateRange | None = Field(None, description="Part of the period it applies to.")
    places: list[Text] = Field(default_factory=list, description="Places it is promised for.")
    partners: list[Text] = Field(
        default_factory=list, description="Others who take part without promising."
    )
    condition: str | None = Field(None, description="'om läget medger': when it applies.")
    outcome: Outcome | None = Field(None, description="Its recorded end state, with reason.")


class Measurement(Record):
    """One value of an indicator."""

    date: dt.date = Field(description="When the value was measured.")
    value: float = Field(strict=True, allow_inf_nan=False, description="The value.")
    source: str | None = Field(None, description="Where it comes from (trygghetsmätning, ...).")
    note: str | None = Field(None, description="A remark on the value, as published.")


class Indicator(Record):
    """An effect goal: something that should move, and its measurements."""

    id: Id = Field(description="Id that `pledge measure` uses.")
    text: Text = Field(description="What is measured.")
    direction: Direction = Field(description="Which way is better: increase, decrease or none.")
    priorities: list[Id] = Field(default_factory=list, description="Priority ids it follows.")
    unit: str | None = Field(None, description="Unit of the values, e.g. 'områden'.")
    source: str | None = Field(None, description="Where measurements usually come from.")
    baseline: Measurement | None = Field(None, description="The value to compare with.")
    measurements: list[Measurement] = Field(
        default_factory=list, description="The values, oldest first; `pledge measure` appends."
    )


class Event(Record):
    """An activity carried out for one or several commitments."""

    date: dt.date = Field(description="Day of the activity (first day of a range).")
    until: dt.date | None = Field(None, description="Last day, when the record covers a range.")
    target: IdList = Field(description="Target id, or a list of ids it serves.")
    count: int = Field(
        1, ge=1, strict=True, description="How many activities this record stands for."
    )
    qualifier: Qualifier = Field("exact", description="exact, approx (ca) or at_least (minst).")
    by: IdList | None = Field(None, description="Party ids that did it (default: owners).")
    participants: int | None = Field(None, ge=0, strict=True, description="People reached.")
    place: str | None = Field(None, description="Where it took place.")
    note: str | None = Field(None, description="Published text: never personal data.")
    reference: str | None = Field(None, description="A link or a case number.")

    _whole_numbers = field_validator("count", "participants", mode="before")(_whole)
    done: bool | None = Field(None, description="true when this completes a milestone.")


class Pledge(Record):
    """A whole pledge file."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    schema_version: Literal[1] = Field(description="Version of this file format; 1.")
    pledge: PledgeInfo = Field(description="Title, municipality, period, language, signatories.")
    parties: dict[Id, Party] = Field(description="The organisations, keyed by id.")
    priorities: list[Priority] = Field(
        default_factory=list, description="The priorities (fokusområden), as published."
    )
    targets: list[Target] = Field(
        default_factory=list, description="The commitments, in published order."
    )
    indicators: list[Indicator] = Field(
        default_factory=list, description="Effect goals and their measurements."
    )
    events: list[Event] | None = Field(
        default_factory=list, description="The activity log; `pledge log` appends here."
    )

    @property
    def event_list(self) -> list[Event]:
        """The events, an empty list when the key is empty."""
        return self.events or []

    def target(self, target_id: str) -> Target | None:
        """The target with this id, if any."""
        return next((t for t in self.targets if t.id == target_id), None)
