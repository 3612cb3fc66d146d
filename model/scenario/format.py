"""The scenario file format as frozen pydantic models.

A scenario is one YAML file holding its own vocabulary (the kinds of actor, the regions, the name of
the destination and of the unit of flow), the tour (stages with narrative, facts, misconceptions, quiz
questions and teacher notes), the actors and routes of the supply network, the market and adaptation
parameters, and named intervention presets. Nothing here is specific to one trade or place: those
words belong to the scenario file (see ``model.scenario.vocabulary`` for the defaults of older files).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from model.scenario.vocabulary import default_vocabulary_data

# Upper limits keep every number well inside the solver's 64-bit integers after scaling.
MAX_QUANTITY = 1_000_000.0
MAX_UNIT_COST = 10_000.0

# What an actor of a kind does in the model. ``market`` actors end the chain, where supply meets demand;
# ``group`` actors are the trafficking groups counted for fragmentation. ``money`` and ``equipment``
# actors may *enable* others (an actor's ``needs`` name them): they then carry no flow themselves but
# cap the capacity of the actors they serve. Without a ``needs`` entry naming them they carry flow
# like any ``carrier``, as in files written before enabling inputs existed. ``source`` names a supplier.
Role = Literal["source", "carrier", "group", "money", "equipment", "market"]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
ENABLING_ROLES: frozenset[str] = frozenset({"money", "equipment"})


def _one_line(value: str) -> str:
    """Names, titles and choices are drawn on one line: a line break or tab inside would break it."""
    if "\n" in value or "\t" in value:
        raise ValueError("expected one line of text, without line breaks or tabs")
    return value


OneLine = AfterValidator(_one_line)
# Every text field has a length limit (see docs/scenario-format.md); what characters text may hold
# is checked for every string by model.characters, through the reader.
Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
RegionId = Annotated[str, Field(min_length=1, max_length=64), OneLine]
Colour = Annotated[str, Field(pattern=r"^#[0-9a-fA-F]{6}$")]
Language = Annotated[str, Field(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", max_length=35)]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]
ShortText = Annotated[str, Field(min_length=1, max_length=200), OneLine]
Quantity = Annotated[float, Field(strict=True, ge=0, le=MAX_QUANTITY, allow_inf_nan=False)]
Cost = Annotated[float, Field(strict=True, ge=0, le=MAX_UNIT_COST, allow_inf_nan=False)]
Factor = Annotated[float, Field(strict=True, ge=0, le=100, allow_inf_nan=False)]
Demand = Annotated[float, Field(strict=True, ge=0.01, le=MAX_QUANTITY, allow_inf_nan=False)]
Months = Annotated[int, Field(strict=True, ge=0, le=120)]


class _Frozen(BaseModel):
    # defer_build: the validators are built when a file is first validated, not at import; a scenario
    # from the cache of validated scenarios (model.scenario.cache) never needs them.
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True, defer_build=True)


class Forms(_Frozen):
    """A word in the singular and the plural: ``{one: unit, other: units}``."""

    one: ShortText
    other: ShortText

    def for_count(self, count: float) -> str:
        return self.one if count == 1 else self.other


class Kind(_Frozen):
    """A kind of actor: its label, how its flow reads ("Makes" 12 units a month) and its role in the model."""

    id: Id
    label: ShortText
    flow: ShortText
    role: Role = "carrier"


class Region(_Frozen):
    """A place actors work in. Regions sharing a ``band`` are drawn on one tinted band, in list order."""

    id: RegionId
    label: ShortText | None = None
    band: ShortText | None = None
    colour: Colour | None = None

    @property
    def name(self) -> str:
        return self.label or self.id

    @property
    def band_name(self) -> str:
        return self.band or self.name


class Vocabulary(_Frozen):
    """The scenario's own words: kinds, regions, where supply ends, the unit of flow, the groups counted."""

    destination: ShortText
    unit: Forms
    group: Forms
    kinds: Annotated[tuple[Kind, ...], Field(min_length=1)]
    regions: Annotated[tuple[Region, ...], Field(min_length=1)]

    @cached_property
    def kind_by_id(self) -> Mapping[str, Kind]:
        return {k.id: k for k in self.kinds}

    @cached_property
    def region_by_id(self) -> Mapping[str, Region]:
        return {r.id: r for r in self.regions}

    def kind(self, kind_id: str) -> Kind:
        return self.kind_by_id[kind_id]

    def region(self, region_id: str) -> Region:
        return self.region_by_id[region_id]

    def bands(self) -> tuple[str, ...]:
        """The band names in drawing order (the order their first region is listed)."""
        return tuple(dict.fromkeys(r.band_name for r in self.regions))

    def band_colour(self, band: str) -> str | None:
        """The first colour given by a region of this band."""
        return next((r.colour for r in self.regions if r.band_name == band and r.colour), None)


class Source(_Frozen):
    """Where a fact comes from: publisher, title, year, and a web address when there is one."""

    publisher: ShortText
    title: Annotated[str, Field(min_length=1, max_length=400), OneLine]
    year: Annotated[int, Field(strict=True, ge=1900, le=2100)] | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = None
    note: Annotated[str, Field(max_length=400), OneLine] | None = None

    def citation(self) -> str:
        """One line: publisher, title, year."""
        year = f", {self.year}" if self.year is not None else ""
        return f"{self.publisher}, \u201c{self.title}\u201d{year}"


Sources = Annotated[tuple[Source, ...], Field(min_length=1)]


class KeyFact(_Frozen):
    text: Text
    sources: Sources


class Misconception(_Frozen):
    claim: Text
    evidence: Text
    sources: Sources


class QuizQuestion(_Frozen):
    question: Text
    activity: Text | None = None  # what to do in the model to find the answer, shown before the choices
    choices: Annotated[tuple[ShortText, ...], Field(min_length=2, max_length=6)]
    correct: Annotated[int, Field(strict=True, ge=0)]
    explanation: Text

    @field_validator("correct")
    @classmethod
    def _correct_in_range(cls, value: int, info: Any) -> int:
        choices = info.data.get("choices")
        if choices is not None and value >= len(choices):
            raise ValueError(f"expected the index of one of the {len(choices)} choices (0 to {len(choices) - 1})")
        return value


class Perspective(_Frozen):
    """One side of a debate, in its own terms, shown next to the other sides."""

    who: ShortText
    view: Text
    sources: Sources


class Prompt(_Frozen):
    """A question to put to the class, with a model answer for whoever leads the discussion."""

    question: Text
    answer: Text | None = None


class TeacherNotes(_Frozen):
    minutes: Annotated[int, Field(strict=True, ge=1, le=240)]
    objective: Text | None = None
    prompts: Annotated[tuple[Prompt, ...], Field(min_length=1)]
    notes: Annotated[str, Field(max_length=20_000)] = ""

    @field_validator("prompts", mode="before")
    @classmethod
    def _plain_questions(cls, value: Any) -> Any:
        """A prompt may be written as just its question."""
        if isinstance(value, list):
            return [{"question": item} if isinstance(item, str) else item for item in value]
        return value


# The months a challenge may ask about: those the app simulates (model.simulation.DEFAULT_MONTHS; a
# test checks that they agree).
CHALLENGE_MONTHS = 24
ChallengeMonth = Annotated[int, Field(strict=True, ge=0, le=CHALLENGE_MONTHS)]


class KeepBelow(_Frozen):
    """Keep the share of the baseline that reaches the destination below ``share`` in every month from
    ``from_month`` to ``to_month``, removing at most ``max_removals`` actors (only from the stages in
    ``removals_from``, when given), with the scenario's policies too when ``policies`` is true."""

    goal: Literal["keep_below"]
    share: Annotated[float, Field(strict=True, gt=0, le=1, allow_inf_nan=False)]
    from_month: ChallengeMonth = 0
    to_month: ChallengeMonth = 12
    max_removals: Annotated[int, Field(strict=True, ge=0, le=20)] = 3
    policies: bool = False
    removals_from: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _months_in_order(self) -> KeepBelow:
        if self.from_month > self.to_month:
            raise ValueError(f"expected from_month ({self.from_month}) at most to_month ({self.to_month})")
        return self


class MostCritical(_Frozen):
    """Find the one actor (in the stages ``among``, when given) whose removal alone leaves the least
    supply reaching the destination after ``month`` months; answers within ``tolerance`` of the
    least (a share of the baseline) count too, since the model's numbers are illustrative."""

    goal: Literal["most_critical"]
    month: ChallengeMonth = 12
    among: tuple[Id, ...] = ()
    tolerance: Annotated[float, Field(strict=True, ge=0, le=0.2, allow_inf_nan=False)] = 0.01


Goal = Annotated[KeepBelow | MostCritical, Field(discriminator="goal")]


class Solution(_Frozen):
    """One plan that meets a challenge: for the teacher's notes, and checked by the content tests."""

    remove: tuple[Id, ...] = ()
    presets: tuple[Id, ...] = ()


class Challenge(_Frozen):
    """The task that ends a stage, answered by using the model and checked automatically."""

    text: Text
    goal: Goal
    solution: Solution | None = None


class Stage(_Frozen):
    id: Id
    title: ShortText
    short_title: Annotated[str, Field(min_length=1, max_length=40), OneLine]
    narrative: Text
    key_facts: tuple[KeyFact, ...] = ()
    misconceptions: tuple[Misconception, ...] = ()
    quiz: tuple[QuizQuestion, ...] = ()
    perspectives: Annotated[tuple[Perspective, ...], Field(max_length=3)] = ()
    teacher_notes: TeacherNotes | None = None
    challenge: Challenge | None = None


class Need(_Frozen):
    """A share of an actor's capacity that works only with an enabling input from one of ``from``.

    The channels listed are substitutes: any of them can serve the need, as far as its capacity goes.
    The rest of the actor's capacity (``1 - share``) needs none of them."""

    share: Annotated[float, Field(strict=True, gt=0, le=1, allow_inf_nan=False)]
    from_: Annotated[tuple[Id, ...], Field(min_length=1, alias="from")]

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, str_strip_whitespace=True)


class Actor(_Frozen):
    id: Id
    name: ShortText
    short_name: Annotated[str, Field(min_length=1, max_length=24), OneLine] | None = None
    stage: Id
    kind: Id
    region: RegionId
    description: Text
    capacity: Quantity
    unit_cost: Cost
    sources: Sources
    latent: bool = False
    entry_lag_months: Months = 0
    entry_price: Annotated[float, Field(strict=True, ge=1, allow_inf_nan=False)] = 1.0
    max_expansion: Annotated[float, Field(strict=True, ge=1, le=10, allow_inf_nan=False)] | None = None
    needs: tuple[Need, ...] = ()  # enabling inputs: payment channels, equipment
    splinter_of: tuple[Id, ...] = ()  # a latent splinter group forms when one of these is removed or loses most of its flow


class Route(_Frozen):
    from_: Id = Field(alias="from")
    to: Id
    capacity: Quantity
    unit_cost: Cost = 0.0
    description: Annotated[str, Field(max_length=2000)] | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, str_strip_whitespace=True, defer_build=True)

    @property
    def key(self) -> tuple[str, str]:
        return (self.from_, self.to)


class Market(_Frozen):
    """Street demand and how the trade adapts over the months after an intervention."""

    demand: Demand
    elasticity: Annotated[float, Field(strict=True, gt=0, le=5, allow_inf_nan=False)]
    max_price_index: Annotated[float, Field(strict=True, ge=1, le=100, allow_inf_nan=False)] = 4.0
    ramp_rate: Annotated[float, Field(strict=True, gt=0, le=1, allow_inf_nan=False)] = 0.25
    max_expansion: Annotated[float, Field(strict=True, ge=1, le=10, allow_inf_nan=False)] = 1.5
    entry_lag_spread: Months = 2
    # A group left able to carry less than this share of its baseline flow has lost most of its
    # business: its splinter groups (actors whose ``splinter_of`` names it) start to form.
    splinter_threshold: Annotated[float, Field(strict=True, gt=0, le=1, allow_inf_nan=False)] = 0.5


class RemoveActors(_Frozen):
    action: Literal["remove"]
    actors: Annotated[tuple[Id, ...], Field(min_length=1)]


class ScaleCapacity(_Frozen):
    action: Literal["scale_capacity"]
    factor: Factor
    kind: Id | None = None
    region: RegionId | None = None


class AddRouteCost(_Frozen):
    action: Literal["add_route_cost"]
    amount: Cost
    to_kind: Id | None = None
    from_kind: Id | None = None
    to_region: RegionId | None = None
    from_region: RegionId | None = None


class ScaleDemand(_Frozen):
    action: Literal["scale_demand"]
    factor: Factor


Action = Annotated[RemoveActors | ScaleCapacity | AddRouteCost | ScaleDemand, Field(discriminator="action")]


class Preset(_Frozen):
    id: Id
    name: ShortText
    description: Text
    sources: Sources
    actions: Annotated[tuple[Action, ...], Field(min_length=1)]


class GlossaryEntry(_Frozen):
    """A term a learner may not know, defined in plain words, with its source."""

    term: ShortText
    definition: Text
    sources: Sources


class Scenario(_Frozen):
    id: Id | None = None  # names a bundled scenario (with its language); defaults to the file's name
    language: Language = "en"
    description: ShortText | None = None  # one line for the list of scenarios
    title: ShortText
    information_date: ShortText
    illustrative_note: Text
    stages: Annotated[tuple[Stage, ...], Field(min_length=1)]
    actors: Annotated[tuple[Actor, ...], Field(min_length=1)]
    routes: tuple[Route, ...]
    market: Market
    presets: tuple[Preset, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    support: KeyFact | None = None  # where to find help (a support line), shown in About and where the stages say
    model_limits: tuple[KeyFact, ...] = ()  # what the model cannot show, shown in About and on the policy stage
    vocabulary: Vocabulary

    @model_validator(mode="before")
    @classmethod
    def _default_vocabulary(cls, data: Any) -> Any:
        """A file that declares no vocabulary, or only part of it, gets the documented defaults."""
        return with_default_vocabulary(data)

    @cached_property
    def _stage_index(self) -> Mapping[str, int]:
        return {s.id: i for i, s in enumerate(self.stages)}

    @cached_property
    def _actor_by_id(self) -> Mapping[str, Actor]:
        return {a.id: a for a in self.actors}

    def stage(self, stage_id: str) -> Stage:
        return self.stages[self._stage_index[stage_id]]

    def actor(self, actor_id: str) -> Actor:
        return self._actor_by_id[actor_id]

    def stage_index(self, stage_id: str) -> int:
        return self._stage_index[stage_id]

    def kind_of(self, actor_id: str) -> Kind:
        return self.vocabulary.kind(self.actor(actor_id).kind)

    def region_of(self, actor_id: str) -> Region:
        return self.vocabulary.region(self.actor(actor_id).region)

    def preset(self, preset_id: str) -> Preset:
        for preset in self.presets:
            if preset.id == preset_id:
                return preset
        raise KeyError(preset_id)


def with_default_vocabulary(data: Any) -> Any:
    """Raw scenario data with the default vocabulary filled in where the file leaves it out."""
    if not isinstance(data, dict):
        return data
    given = data.get("vocabulary")
    if given is None:
        return {**data, "vocabulary": default_vocabulary_data()}
    if isinstance(given, dict):
        return {**data, "vocabulary": {**default_vocabulary_data(), **given}}
    return data
