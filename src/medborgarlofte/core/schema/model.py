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
RatePeriod = Literal["week", "month", "quarter", "tertial", "half-year", "year", "term"]
PartyKind = Literal["polis", "kommun", "other"]
Direction = Literal["increase", "decrease", "none"]
Qualifier = Literal["exact", "approx", "at_least"]
EndStatus = Literal["met", "not_met", "carried_forward", "closed_early", "dropped",
                    "not_reported"]
Modality = Literal["ska", "planerar", "verka_for", "se_over", "vill"]
"""How binding a commitment is, as its verb says: ska (a promise), planerar (a plan),
verka_for (work towards), se_over (look into), vill (a wish)."""
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Clock = Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$"),
                  Field(description="A time of day, HH:MM (24 hours).")]


def _as_text_list(value: object) -> object:
    return [value] if isinstance(value, str) else value


TextList = Annotated[list[Text], BeforeValidator(_as_text_list)]
"""One text, or a list of texts: `target_group: årskurs 7` reads as a list of one."""


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


class FollowUpPlan(Record):
    """The follow-up as the pledge publishes it: who leads it, how often, through which
    channels."""

    cadence: Cadence = Field("tertial", description="How often: tertial, quarter, half-year, "
                             "year.")
    lead: Id | None = Field(None, description="Party id that leads the follow-up.")
    channels: TextList = Field(default_factory=list, description="Where results are published "
                               "(the municipality's website, a citizens' dialogue, ...).")
    text: str | None = Field(None, description="The follow-up plan, verbatim as published.")


class Version(Record):
    """One official text of the pledge (or a commitment) and where it is published, when two
    official texts differ."""

    source: Text = Field(description="Where this version is published (URL or reference).")
    text: str | None = Field(None, description="The differing text, verbatim.")
    date: dt.date | None = Field(None, description="When this version was published.")
    note: str | None = Field(None, description="How it differs, as it will be published.")


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
    follow_up: Cadence | FollowUpPlan = Field(
        "tertial", description="How often the parties follow up (tertial, quarter, half-year, "
        "year), or the published plan: {cadence, lead, channels, text}.")
    situation: str | None = Field(None, description="'Situationen idag': the situation text.")
    signatories: list[Signatory] = Field(default_factory=list, description="Who signed it.")
    sources: list[str] = Field(
        default_factory=list, description="Where the pledge is published (URLs or references)."
    )
    area: str | None = Field(None, description="The sub-area (stadsdel, kommundel) the pledge "
                             "covers, when it is not the whole municipality.")
    signed: dt.date | None = Field(None, description="When the pledge was signed.")
    from_signing: bool = Field(False, description="true: 'gäller från undertecknandet', it "
                               "applies from `signed` (which must then be given).")
    open_ended: bool = Field(False, description="true: it runs until further notice; "
                             "`period.end` is then the end of the follow-up year, not of the "
                             "pledge.")
    versions: list[Version] = Field(default_factory=list, description="Official texts of the "
                                    "pledge that differ, each with its source.")

    @property
    def cadence(self) -> Cadence:
        """The follow-up cadence, whether `follow_up` is a word or a plan."""
        return self.follow_up if isinstance(self.follow_up, str) else self.follow_up.cadence

    @property
    def end(self) -> dt.date:
        """The last day the pledge runs, extensions included."""
        return self.extensions[-1].to if self.extensions else self.period.end


class Party(Record):
    """An organisation that promises something or takes part."""

    name: Text = Field(description="Display name, e.g. 'Olofströms kommun'.")
    kind: PartyKind = Field(description="polis, kommun or other (housing company, school, ...).")
    part_of: Id | None = Field(None, description="Party id this one is a unit of "
                               "(stadsdelsförvaltning of the municipality, trafikpolisen of "
                               "the police); shown with it where owners are.")


class Priority(Record):
    """A focus area (fokusområde) of the pledge."""

    id: Id = Field(description="Id that targets and indicators use to name this priority.")
    text: Text = Field(description="The priority as published.")
    title: str | None = Field(None, description="A short name for tables and reports.")


class Recurrence(Record):
    """A number per sub-period that recurs after a milestone is done."""

    at_least: int = Field(ge=1, strict=True, description="At least this many per `per`.")
    per: RatePeriod = Field(description="week, month, quarter, tertial, half-year, year or "
                            "term.")
    unit: str | None = Field(None, description="What is counted, e.g. 'möten'.")


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
    share_of: Id | None = Field(None, description="'varav minst 20 procent': this target's "
                                "count as a share of another target's (its id); `percent` "
                                "is the share promised.")
    percent: float | None = Field(None, gt=0, le=100, allow_inf_nan=False, description="The "
                                  "share promised, in percent (with `share_of`).")
    cover: TextList | None = Field(None, description="'alla klasser i årskurs 7': the set to "
                                   "cover; an activity covers the items it names in `items` "
                                   "(or its `place`). Uncovered items are named.")
    within_hours: float | None = Field(None, gt=0, allow_inf_nan=False, description="'inom 24 "
                                       "timmar': a response time; each activity's "
                                       "`response_hours` is checked, late ones are named.")
    keep: bool | None = Field(None, description="With milestone: a state to keep ('ha en "
                              "tillsatt tjänst'); an activity with done: false says it "
                              "lapsed.")
    then: Recurrence | None = Field(None, description="With milestone: what recurs once it is "
                                    "done ('upprätta ett råd och träffas regelbundet').")

    _whole_numbers = field_validator("at_least", "exactly", mode="before")(_whole)

    @model_validator(mode="after")
    def _one_kind(self) -> Goal:
        special = [k for k in ("share_of", "cover", "within_hours") if getattr(self, k)]
        if len(special) > 1:
            raise ValueError("goal_kind")
        if special:
            if self.milestone or self.per:
                raise ValueError("goal_special_extra")
            if self.share_of and self.percent is None:
                raise ValueError("goal_share_percent")
            return self
        if self.percent is not None:
            raise ValueError("goal_share_percent")
        kinds = [k for k in ("at_least", "exactly", "milestone") if getattr(self, k) is not None]
        if len(kinds) != 1:
            raise ValueError("goal_kind")
        if self.milestone and (self.per or self.unit):
            raise ValueError("goal_milestone_extra")
        if (self.keep or self.then) and not self.milestone:
            raise ValueError("goal_keep_needs_milestone")
        return self

    @property
    def kind(self) -> Literal["count", "rate", "milestone", "share", "coverage", "response"]:
        """count, rate (a number per sub-period), milestone, share, coverage or response."""
        if self.share_of:
            return "share"
        if self.cover:
            return "coverage"
        if self.within_hours:
            return "response"
        if self.milestone:
            return "milestone"
        return "rate" if self.per else "count"

    @property
    def number(self) -> int:
        """The number promised (per sub-period for a rate); 1 for a milestone."""
        return self.at_least or self.exactly or 1


class Slots(Record):
    """When an activity must take place to count: weekdays and a time of day."""

    days: list[Weekday] = Field(default_factory=list, description="Weekdays that count "
                                "(mon, tue, ... sun); empty: any day.")
    start: Clock | None = Field(None, description="Earliest time of day, HH:MM.")
    end: Clock | None = Field(None, description="Latest time of day, HH:MM; before `start` "
                              "it runs past midnight ('kvällar och nätter': 18:00-06:00).")
    distinct_days: bool = Field(False, description="true: count distinct days, not "
                                "activities ('fem dagar i veckan').")


class PlaceGoal(Record):
    """One place of a commitment that is promised for each place separately."""

    place: Text = Field(description="The place, as activities name it in `place`.")
    goal: Goal | None = Field(None, description="Its own goal; default: the target's goal.")


class Condition(Record):
    """A condition that decides whether the commitment applies, and whether it arose."""

    text: Text = Field(description="The condition as published: 'om underrättelseläget "
                       "medger', 'vid behov'.")
    arose: bool | None = Field(None, description="true: it arose; false: it did not (the "
                               "commitment did not apply). Unset: it arose when an activity "
                               "is logged.")
    date: dt.date | None = Field(None, description="When it was found to arise or not.")
    note: str | None = Field(None, description="Published remark on the condition.")


class PublishedResult(Record):
    """A result as one published source gives it (sources that disagree are shown side by
    side)."""

    source: Text = Field(description="Where it is published: 'uppföljning T2', 'kommunens "
                         "nyhet 2024-05-02'.")
    value: int | None = Field(None, ge=0, strict=True, description="The number it gives.")
    qualifier: Qualifier = Field("exact", description="exact, approx (ca) or at_least (minst).")
    text: str | None = Field(None, description="What it says, verbatim.")
    date: dt.date | None = Field(None, description="When it was published.")


class Outcome(Record):
    """How a commitment ended, when it ended otherwise than by the numbers."""

    status: EndStatus = Field(
        description="met, not_met, carried_forward, closed_early, dropped or not_reported "
        "(the follow-up gives no result: not the same as zero)."
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
    condition: str | Condition | None = Field(
        None, description="'om läget medger': when it applies; a text, or {text, arose, date, "
        "note} to record whether it arose.")
    outcome: Outcome | None = Field(None, description="Its recorded end state, with reason.")
    target_group: TextList = Field(default_factory=list, description="Who it is for: "
                                   "'bilburna ungdomar', 'årskurs 7'.")
    modality: Modality = Field("ska", description="How binding: ska (promise), planerar, "
                               "verka_for, se_over, vill (intentions: never judged 'not met').")
    lead: Id | None = Field(None, description="Party id that leads or convenes it "
                            "('LPO Karlstad är sammankallande'); one of the owners or a party.")
    unit: str | None = Field(None, description="What ongoing work is counted in, e.g. "
                             "'trafikkontroller' (for a goal, use goal.unit).")
    slots: Slots | None = Field(None, description="When activities must take place to count "
                                "('fredags- och lördagskvällar'); others are named.")
    per_place: list[PlaceGoal] = Field(default_factory=list, description="One goal per place: "
                                       "each place is its own row; activities count by "
                                       "`place`.")
    counts_types: TextList = Field(default_factory=list, description="Activity types that "
                                   "count (`type` of an event); others are named, untyped "
                                   "ones count.")
    results: list[PublishedResult] = Field(default_factory=list, description="Results as "
                                           "published, when sources disagree.")
    versions: list[Version] = Field(default_factory=list, description="Official texts of this "
                                    "commitment that differ, each with its source.")
    area: str | None = Field(None, description="The sub-area (stadsdel) it is promised for.")

    @property
    def condition_text(self) -> str | None:
        """The condition's text, whether written as a text or a record."""
        return self.condition if isinstance(self.condition, str | None) else self.condition.text


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
    owners: list[Id] = Field(default_factory=list, description="Party ids responsible for it.")
    threshold: float | None = Field(None, allow_inf_nan=False, description="The value to "
                                    "reach: met when the latest is at least it (increase) or "
                                    "at most it (decrease).")
    measurements: list[Measurement] = Field(
        default_factory=list, description="The values, oldest first; `pledge measure` appends."
    )


class ByProduct(Record):
    """Something an activity produced besides itself: 'ca 60 avvisningar'."""

    what: Text = Field(description="What: 'avvisningar', 'förare under påverkan'.")
    count: int = Field(ge=0, strict=True, description="How many.")
    qualifier: Qualifier = Field("exact", description="exact, approx (ca) or at_least (minst).")


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
    time: Clock | None = Field(None, description="Time of day it started, HH:MM (judged "
                               "against a target's `slots`).")
    type: str | None = Field(None, description="Activity type: 'fotpatrullering', 'tillsyn' "
                             "(judged against a target's `counts_types`).")
    items: TextList = Field(default_factory=list, description="Items of a coverage goal it "
                            "covers: '7A', '7B'.")
    response_hours: float | None = Field(None, ge=0, allow_inf_nan=False, description="Hours "
                                         "from report to action (judged against "
                                         "goal.within_hours).")
    results: list[ByProduct] = Field(default_factory=list, description="By-products: 'ca 60 "
                                     "avvisningar', '11 fordon beslag'.")
    preparation: bool = Field(False, description="true: preparation (before the period may "
                              "be): listed, never counted.")


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
