"""The scenario file format as frozen dataclasses, with what each field must hold.

The classes here are plain Python: the app holds a scenario in them without importing pydantic (a
scenario from the cache of validated scenarios, ``model.scenario.cache``, never needs it). What a
valid file holds is written beside each field as a ``Rule`` (``model.scenario.rules``: lengths,
bounds, patterns, one line of text); ``model.scenario.schema`` turns these classes and their rules
into pydantic models when a file is validated, and adds the checks that span several fields.

A scenario is one YAML file holding its own vocabulary (the kinds of actor, the regions, the name of
the destination and of the unit of flow), the tour (stages with narrative, facts, misconceptions, quiz
questions and teacher notes), the actors and routes of the supply network, the market and adaptation
parameters, and named intervention presets. Nothing here is specific to one trade or place: those
words belong to the scenario file (see ``model.scenario.vocabulary`` for the defaults of older files).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, is_dataclass
from functools import cached_property
from typing import Annotated, Any, Literal

from model.scenario.rules import (
    Colour,
    Cost,
    Demand,
    Expansion,
    Factor,
    Id,
    Language,
    Months,
    Quantity,
    RegionId,
    Rule,
    Share,
    ShortText,
    Text,
)
from model.scenario.vocabulary import default_vocabulary_data

# What an actor of a kind does in the model. ``market`` actors end the chain, where supply meets demand;
# ``group`` actors are the trafficking groups counted for fragmentation. ``money`` and ``equipment``
# actors may *enable* others (an actor's ``needs`` name them): they then carry no flow themselves but
# cap the capacity of the actors they serve. Without a ``needs`` entry naming them they carry flow
# like any ``carrier``, as in files written before enabling inputs existed. ``source`` names a supplier.
Role = Literal["source", "carrier", "group", "money", "equipment", "market"]
ROLES: tuple[str, ...] = Role.__args__  # type: ignore[attr-defined]
ENABLING_ROLES: frozenset[str] = frozenset({"money", "equipment"})


# Every class of the format is a frozen dataclass whose fields are given by name, as in the file.
@dataclass(frozen=True, kw_only=True)
class Forms:
    """A word in the singular and the plural: ``{one: unit, other: units}``."""

    one: ShortText
    other: ShortText

    def for_count(self, count: float) -> str:
        return self.one if count == 1 else self.other


@dataclass(frozen=True, kw_only=True)
class Kind:
    """A kind of actor: its label, how its flow reads ("Makes" 12 units a month) and its role in the model."""

    id: Id
    label: ShortText
    flow: ShortText
    role: Role = "carrier"


@dataclass(frozen=True, kw_only=True)
class Region:
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


@dataclass(frozen=True, kw_only=True)
class Vocabulary:
    """The scenario's own words: kinds, regions, where supply ends, the unit of flow, the groups counted."""

    destination: ShortText
    unit: Forms
    group: Forms
    kinds: Annotated[tuple[Kind, ...], Rule(min_length=1)]
    regions: Annotated[tuple[Region, ...], Rule(min_length=1)]

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


@dataclass(frozen=True, kw_only=True)
class Source:
    """Where a fact comes from: publisher, title, year, and a web address when there is one."""

    publisher: ShortText
    title: Annotated[str, Rule(min_length=1, max_length=400, one_line=True)]
    year: Annotated[int, Rule(strict=True, ge=1900, le=2100)] | None = None
    url: Annotated[str, Rule(pattern=r"^https?://\S+$", max_length=500)] | None = None
    note: Annotated[str, Rule(max_length=400, one_line=True)] | None = None

    def citation(self) -> str:
        """One line: publisher, title, year."""
        year = f", {self.year}" if self.year is not None else ""
        return f"{self.publisher}, \u201c{self.title}\u201d{year}"


Sources = Annotated[tuple[Source, ...], Rule(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class KeyFact:
    text: Text
    sources: Sources


@dataclass(frozen=True, kw_only=True)
class Misconception:
    claim: Text
    evidence: Text
    sources: Sources


@dataclass(frozen=True, kw_only=True)
class QuizQuestion:
    question: Text
    activity: Text | None = None  # what to do in the model to find the answer, shown before the choices
    choices: Annotated[tuple[ShortText, ...], Rule(min_length=2, max_length=6)]
    correct: Annotated[int, Rule(strict=True, ge=0)]
    explanation: Text


@dataclass(frozen=True, kw_only=True)
class Perspective:
    """One side of a debate, in its own terms, shown next to the other sides."""

    who: ShortText
    view: Text
    sources: Sources


@dataclass(frozen=True, kw_only=True)
class Prompt:
    """A question to put to the class, with a model answer for whoever leads the discussion."""

    question: Text
    answer: Text | None = None


@dataclass(frozen=True, kw_only=True)
class TeacherNotes:
    minutes: Annotated[int, Rule(strict=True, ge=1, le=240)]
    objective: Text | None = None
    prompts: Annotated[tuple[Prompt, ...], Rule(min_length=1)]
    notes: Annotated[str, Rule(max_length=20_000)] = ""


# The months a challenge may ask about: those the app simulates (model.simulation.DEFAULT_MONTHS; a
# test checks that they agree).
CHALLENGE_MONTHS = 24
ChallengeMonth = Annotated[int, Rule(strict=True, ge=0, le=CHALLENGE_MONTHS)]


@dataclass(frozen=True, kw_only=True)
class KeepBelow:
    """Keep the share of the baseline that reaches the destination below ``share`` in every month from
    ``from_month`` to ``to_month``, removing at most ``max_removals`` actors (only from the stages in
    ``removals_from``, when given), with the scenario's policies too when ``policies`` is true."""

    goal: Literal["keep_below"]
    share: Share
    from_month: ChallengeMonth = 0
    to_month: ChallengeMonth = 12
    max_removals: Annotated[int, Rule(strict=True, ge=0, le=20)] = 3
    policies: bool = False
    removals_from: tuple[Id, ...] = ()


@dataclass(frozen=True, kw_only=True)
class MostCritical:
    """Find the one actor (in the stages ``among``, when given) whose removal alone leaves the least
    supply reaching the destination after ``month`` months; answers within ``tolerance`` of the
    least (a share of the baseline) count too, since the model's numbers are illustrative."""

    goal: Literal["most_critical"]
    month: ChallengeMonth = 12
    among: tuple[Id, ...] = ()
    tolerance: Annotated[float, Rule(strict=True, ge=0, le=0.2, allow_inf_nan=False)] = 0.01


Goal = Annotated[KeepBelow | MostCritical, Rule(discriminator="goal")]


@dataclass(frozen=True, kw_only=True)
class Solution:
    """One plan that meets a challenge: for the teacher's notes, and checked by the content tests."""

    remove: tuple[Id, ...] = ()
    presets: tuple[Id, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Challenge:
    """The task that ends a stage, answered by using the model and checked automatically."""

    text: Text
    goal: Goal
    solution: Solution | None = None


@dataclass(frozen=True, kw_only=True)
class Stage:
    id: Id
    title: ShortText
    short_title: Annotated[str, Rule(min_length=1, max_length=40, one_line=True)]
    narrative: Text
    key_facts: tuple[KeyFact, ...] = ()
    misconceptions: tuple[Misconception, ...] = ()
    quiz: tuple[QuizQuestion, ...] = ()
    perspectives: Annotated[tuple[Perspective, ...], Rule(max_length=3)] = ()
    teacher_notes: TeacherNotes | None = None
    challenge: Challenge | None = None


@dataclass(frozen=True, kw_only=True)
class Need:
    """A share of an actor's capacity that works only with an enabling input from one of ``from``.

    The channels listed are substitutes: any of them can serve the need, as far as its capacity goes.
    The rest of the actor's capacity (``1 - share``) needs none of them."""

    share: Share
    from_: Annotated[tuple[Id, ...], Rule(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class Actor:
    id: Id
    name: ShortText
    short_name: Annotated[str, Rule(min_length=1, max_length=24, one_line=True)] | None = None
    stage: Id
    kind: Id
    region: RegionId
    description: Text
    capacity: Quantity
    unit_cost: Cost
    sources: Sources
    latent: bool = False
    entry_lag_months: Months = 0
    entry_price: Annotated[float, Rule(strict=True, ge=1, allow_inf_nan=False)] = 1.0
    max_expansion: Expansion | None = None
    needs: tuple[Need, ...] = ()  # enabling inputs: payment channels, equipment
    splinter_of: tuple[Id, ...] = ()  # a latent splinter group forms when one of these is removed or loses most of its flow


@dataclass(frozen=True, kw_only=True)
class Route:
    from_: Id
    to: Id
    capacity: Quantity
    unit_cost: Cost = 0.0
    description: Annotated[str, Rule(max_length=2000)] | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.from_, self.to)


@dataclass(frozen=True, kw_only=True)
class Market:
    """Street demand and how the trade adapts over the months after an intervention."""

    demand: Demand
    elasticity: Annotated[float, Rule(strict=True, gt=0, le=5, allow_inf_nan=False)]
    max_price_index: Annotated[float, Rule(strict=True, ge=1, le=100, allow_inf_nan=False)] = 4.0
    ramp_rate: Share = 0.25
    max_expansion: Expansion = 1.5
    entry_lag_spread: Months = 2
    # A group left able to carry less than this share of its baseline flow has lost most of its
    # business: its splinter groups (actors whose ``splinter_of`` names it) start to form.
    splinter_threshold: Share = 0.5


@dataclass(frozen=True, kw_only=True)
class RemoveActors:
    action: Literal["remove"]
    actors: Annotated[tuple[Id, ...], Rule(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class ScaleCapacity:
    action: Literal["scale_capacity"]
    factor: Factor
    kind: Id | None = None
    region: RegionId | None = None


@dataclass(frozen=True, kw_only=True)
class AddRouteCost:
    action: Literal["add_route_cost"]
    amount: Cost
    to_kind: Id | None = None
    from_kind: Id | None = None
    to_region: RegionId | None = None
    from_region: RegionId | None = None


@dataclass(frozen=True, kw_only=True)
class ScaleDemand:
    action: Literal["scale_demand"]
    factor: Factor


Action = Annotated[RemoveActors | ScaleCapacity | AddRouteCost | ScaleDemand, Rule(discriminator="action")]


@dataclass(frozen=True, kw_only=True)
class Preset:
    id: Id
    name: ShortText
    description: Text
    sources: Sources
    actions: Annotated[tuple[Action, ...], Rule(min_length=1)]


@dataclass(frozen=True, kw_only=True)
class GlossaryEntry:
    """A term a learner may not know, defined in plain words, with its source."""

    term: ShortText
    definition: Text
    sources: Sources


@dataclass(frozen=True, kw_only=True)
class Scenario:
    id: Id | None = None  # names a bundled scenario (with its language); defaults to the file's name
    language: Language = "en"
    description: ShortText | None = None  # one line for the list of scenarios
    title: ShortText
    information_date: ShortText
    illustrative_note: Text
    stages: Annotated[tuple[Stage, ...], Rule(min_length=1)]
    actors: Annotated[tuple[Actor, ...], Rule(min_length=1)]
    routes: tuple[Route, ...]
    market: Market
    presets: tuple[Preset, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    support: KeyFact | None = None  # where to find help (a support line), shown in About and where the stages say
    model_limits: tuple[KeyFact, ...] = ()  # what the model cannot show, shown in About and on the policy stage
    vocabulary: Vocabulary

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


# The classes of the format (every dataclass above but ``Rule``), for the validator and the cache.
CLASSES: tuple[type, ...] = tuple(
    value
    for value in list(globals().values())
    if isinstance(value, type) and is_dataclass(value) and value.__module__ == __name__ and value is not Rule
)
