"""The scenario file format: frozen pydantic models and a safe, fully reporting loader.

A scenario is one YAML file holding the tour (stages with narrative, facts, misconceptions,
quiz questions and teacher notes), the actors and routes of the supply network, the market
and adaptation parameters, and named intervention presets. ``load_scenario`` never executes
anything from the file, rejects unknown keys, and reports every problem at once as a
``ScenarioError`` whose problems each name the file, the field path and what was expected.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 5_000_000
# Upper limits keep every number well inside the solver's 64-bit integers after scaling.
MAX_QUANTITY = 1_000_000.0
MAX_UNIT_COST = 10_000.0
MAX_NESTING = 40

ActorKind = Literal[
    "chemical_supplier",
    "pill_press_vendor",
    "broker",
    "money_network",
    "producer",
    "pill_presser",
    "transport_network",
    "border_crossing",
    "distributor",
    "street_market",
]
ACTOR_KINDS: tuple[str, ...] = ActorKind.__args__  # type: ignore[attr-defined]

KIND_LABELS: Mapping[str, str] = {
    "chemical_supplier": "Chemical supplier",
    "pill_press_vendor": "Pill-press vendor",
    "broker": "Chemical broker",
    "money_network": "Money network",
    "producer": "Producer",
    "pill_presser": "Pill presser",
    "transport_network": "Transport network",
    "border_crossing": "Border crossing",
    "distributor": "Distributor",
    "street_market": "Street market",
}

# How the learner reads an actor's monthly flow, by kind: "Makes 12 units a month".
KIND_FLOW_VERBS: Mapping[str, str] = {
    "chemical_supplier": "Supplies chemicals for",
    "pill_press_vendor": "Supplies presses for",
    "broker": "Arranges chemicals for",
    "money_network": "Handles payments for",
    "producer": "Makes",
    "pill_presser": "Presses",
    "transport_network": "Moves",
    "border_crossing": "Passes",
    "distributor": "Distributes",
    "street_market": "Sells",
}

Region = Literal["China", "India", "Other", "Mexico", "Border", "United States"]
REGIONS: tuple[str, ...] = Region.__args__  # type: ignore[attr-defined]

# Kinds whose actors count as separate trafficking groups when measuring fragmentation.
GROUP_KINDS: frozenset[str] = frozenset({"transport_network"})

Id = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]
ShortText = Annotated[str, Field(min_length=1, max_length=200)]
Quantity = Annotated[float, Field(strict=True, ge=0, le=MAX_QUANTITY, allow_inf_nan=False)]
Cost = Annotated[float, Field(strict=True, ge=0, le=MAX_UNIT_COST, allow_inf_nan=False)]
Factor = Annotated[float, Field(strict=True, ge=0, le=100, allow_inf_nan=False)]
Demand = Annotated[float, Field(strict=True, ge=0.01, le=MAX_QUANTITY, allow_inf_nan=False)]
Months = Annotated[int, Field(strict=True, ge=0, le=120)]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class Source(_Frozen):
    """Where a fact comes from: publisher, title, year, and a web address when there is one."""

    publisher: ShortText
    title: Annotated[str, Field(min_length=1, max_length=400)]
    year: Annotated[int, Field(strict=True, ge=1900, le=2100)] | None = None
    url: Annotated[str, Field(pattern=r"^https?://\S+$", max_length=500)] | None = None
    note: Annotated[str, Field(max_length=400)] | None = None

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
    notes: str = ""

    @field_validator("prompts", mode="before")
    @classmethod
    def _plain_questions(cls, value: Any) -> Any:
        """A prompt may be written as just its question."""
        if isinstance(value, list):
            return [{"question": item} if isinstance(item, str) else item for item in value]
        return value


class Stage(_Frozen):
    id: Id
    title: ShortText
    short_title: Annotated[str, Field(min_length=1, max_length=40)]
    narrative: Text
    key_facts: tuple[KeyFact, ...] = ()
    misconceptions: tuple[Misconception, ...] = ()
    quiz: tuple[QuizQuestion, ...] = ()
    perspectives: Annotated[tuple[Perspective, ...], Field(max_length=3)] = ()
    teacher_notes: TeacherNotes | None = None


class Actor(_Frozen):
    id: Id
    name: ShortText
    short_name: Annotated[str, Field(min_length=1, max_length=24)] | None = None
    stage: Id
    kind: ActorKind
    region: Region
    description: Text
    capacity: Quantity
    unit_cost: Cost
    sources: Sources
    latent: bool = False
    entry_lag_months: Months = 0
    entry_price: Annotated[float, Field(strict=True, ge=1, allow_inf_nan=False)] = 1.0
    max_expansion: Annotated[float, Field(strict=True, ge=1, le=10, allow_inf_nan=False)] | None = None

    @property
    def is_group(self) -> bool:
        return self.kind in GROUP_KINDS


class Route(_Frozen):
    from_: Id = Field(alias="from")
    to: Id
    capacity: Quantity
    unit_cost: Cost = 0.0
    description: Annotated[str, Field(max_length=2000)] | None = None

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True, str_strip_whitespace=True)

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


class RemoveActors(_Frozen):
    action: Literal["remove"]
    actors: Annotated[tuple[Id, ...], Field(min_length=1)]


class ScaleCapacity(_Frozen):
    action: Literal["scale_capacity"]
    factor: Factor
    kind: ActorKind | None = None
    region: Region | None = None


class AddRouteCost(_Frozen):
    action: Literal["add_route_cost"]
    amount: Cost
    to_kind: ActorKind | None = None
    from_kind: ActorKind | None = None
    to_region: Region | None = None
    from_region: Region | None = None


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

    def stage(self, stage_id: str) -> Stage:
        for stage in self.stages:
            if stage.id == stage_id:
                return stage
        raise KeyError(stage_id)

    def actor(self, actor_id: str) -> Actor:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)

    def stage_index(self, stage_id: str) -> int:
        return [s.id for s in self.stages].index(stage_id)

    def preset(self, preset_id: str) -> Preset:
        for preset in self.presets:
            if preset.id == preset_id:
                return preset
        raise KeyError(preset_id)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a scenario file."""

    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class ScenarioError(Exception):
    """A scenario file could not be loaded; ``problems`` lists every reason."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    @property
    def file(self) -> str:
        return self.problems[0].file if self.problems else ""


class _GuardedLoader(yaml.SafeLoader):
    """A SafeLoader that refuses aliases (no billion-laughs expansion) and deep nesting."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(f"line {event.start_mark.line + 1}: anchors and aliases (*name) are not supported in scenario files")
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                event = self.peek_event()
                raise yaml.YAMLError(f"line {event.start_mark.line + 1}: nested more than {MAX_NESTING} levels deep")
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def parse_yaml(text: str, file: str) -> Any:
    """Safe-parse YAML text, turning every parser failure into a ScenarioError.

    With libyaml (PyYAML's C parser, five times faster on the bundled scenario) the node tree is
    composed in C and checked for aliases and depth before anything is constructed; without it,
    a pure-Python loader refuses both while composing."""
    loader: Any = None
    try:
        if getattr(yaml, "__with_libyaml__", False):
            loader = yaml.CSafeLoader(text)
            node = loader.get_single_node()
            if node is None:
                return None
            _check_nodes(node, text)
            return loader.construct_document(node)
        loader = _GuardedLoader(text)  # the reader checks the characters here already
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        message = _one_line(str(exc))
        if "maximum nesting depth" in message:  # libyaml's own limit, far above ours
            message = f"nested more than {MAX_NESTING} levels deep"
        raise ScenarioError([Problem(file, "", f"not valid YAML: {message}")]) from None
    except RecursionError:
        raise ScenarioError([Problem(file, "", f"not valid YAML: nested too deeply (at most {MAX_NESTING} levels)")]) from None
    except Exception as exc:  # PyYAML's constructors raise many kinds of error on badly tagged values
        raise ScenarioError([Problem(file, "", f"not valid YAML: a value could not be read ({type(exc).__name__})")]) from None
    finally:
        if loader is not None:
            loader.dispose()


_ALIAS = re.compile(r"(?:^|[\s\[{,])(\*[^\s,\[\]{}]+)", re.MULTILINE)


def _check_nodes(root: yaml.Node, text: str) -> None:
    """Refuse aliases (a node reached twice) and nesting deeper than MAX_NESTING."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, int]] = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        line = node.start_mark.line + 1
        if id(node) in seen:
            # The node keeps the anchor's position; name the first alias's line instead.
            alias = _ALIAS.search(text)
            if alias is not None:
                line = text.count("\n", 0, alias.start(1)) + 1
            raise yaml.YAMLError(f"line {line}: anchors and aliases (*name) are not supported in scenario files")
        seen.add(id(node))
        if depth > MAX_NESTING:
            raise yaml.YAMLError(f"line {line}: nested more than {MAX_NESTING} levels deep")
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.append((key, depth + 1))
                stack.append((value, depth + 1))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def load_scenario(path: str | Path) -> Scenario:
    """Read, parse and validate a scenario file; raise ScenarioError listing every problem."""
    path = Path(path)
    file = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ScenarioError([Problem(file, "", f"cannot be read: {exc.strerror or exc}")]) from None
    if size > MAX_FILE_BYTES:
        raise ScenarioError([Problem(file, "", f"is {size:,} bytes; expected a scenario file of at most 5 MB ({MAX_FILE_BYTES:,} bytes)")])
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError([Problem(file, "", f"cannot be read: {exc.strerror or exc}")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError([Problem(file, "", "is not UTF-8 text; expected a YAML scenario file")]) from None
    return scenario_from_text(text, file)


def scenario_from_text(text: str, file: str = "<scenario>") -> Scenario:
    """Parse and validate scenario YAML given as text (``file`` names it in messages)."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise ScenarioError([Problem(file, "", f"expected a scenario of at most 5 MB ({MAX_FILE_BYTES:,} bytes)")])
    data = parse_yaml(text, file)
    return scenario_from_data(data, file)


def scenario_from_data(data: Any, file: str = "<scenario>") -> Scenario:
    """Validate already-parsed data into a Scenario, checking every cross-reference."""
    if not isinstance(data, dict):
        kind = "empty" if data is None else _describe(data)
        raise ScenarioError([Problem(file, "", f"is {kind}; expected a mapping with title, stages, actors, routes and market")])
    problems: list[Problem] = []
    scenario: Scenario | None = None
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        errors = exc.errors()
        # A list that is too short only because one of its items failed repeats that item's error.
        failed = [tuple(e["loc"]) for e in errors if e.get("type") != "too_short"]
        errors = [e for e in errors if e.get("type") != "too_short" or not any(loc[: len(e["loc"])] == tuple(e["loc"]) for loc in failed)]
        problems.extend(Problem(file, _field_path(err["loc"], data), _expected(err)) for err in errors)
    except (RecursionError, ValueError, TypeError) as exc:
        problems.append(Problem(file, "", f"could not be validated: {type(exc).__name__}"))
    problems.extend(_cross_check(_Outline.of(data), file))
    if problems or scenario is None:
        raise ScenarioError(problems or [Problem(file, "", "could not be validated")])
    return scenario


@dataclass(frozen=True)
class _Outline:
    """The ids and references of a scenario, read tolerantly from raw data, so that reference
    problems are reported together with type problems."""

    stage_ids: tuple[str, ...]
    actors: tuple[tuple[str, str, str], ...]  # id, stage, kind
    routes: tuple[tuple[str, str], ...]
    presets: tuple[tuple[str, tuple[tuple[int, tuple[str, ...]], ...]], ...]

    @staticmethod
    def of(data: Mapping[str, Any]) -> _Outline:
        def items(key: str) -> list[Mapping[str, Any]]:
            value = data.get(key)
            return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []

        stage_ids = tuple(s["id"] for s in items("stages") if isinstance(s.get("id"), str))
        actors = tuple((a["id"], str(a.get("stage", "")), str(a.get("kind", ""))) for a in items("actors") if isinstance(a.get("id"), str))
        routes = tuple((r["from"], r["to"]) for r in items("routes") if isinstance(r.get("from"), str) and isinstance(r.get("to"), str))
        presets = []
        for p in items("presets"):
            refs = []
            actions = p.get("actions")
            for i, act in enumerate(actions if isinstance(actions, list) else []):
                if isinstance(act, dict) and act.get("action") == "remove" and isinstance(act.get("actors"), list):
                    refs.append((i, tuple(x for x in act["actors"] if isinstance(x, str))))
            presets.append((str(p.get("id", "?")), tuple(refs)))
        return _Outline(stage_ids, actors, routes, tuple(presets))


def _describe(value: Any) -> str:
    names = {list: "a list", str: "a piece of text", int: "a number", float: "a number", bool: "true or false"}
    return names.get(type(value), f"a {type(value).__name__}")


def _field_path(loc: Iterable[Any], data: Any) -> str:
    """Turn a pydantic location into ``actors[sinaloa_chapitos].capacity``, naming items by id."""
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            label: str = str(part)
            if isinstance(node, list) and 0 <= part < len(node):
                item = node[part]
                if isinstance(item, dict):
                    if isinstance(item.get("id"), str):
                        label = item["id"]
                    elif isinstance(item.get("from"), str) and isinstance(item.get("to"), str):
                        label = f"{item['from']}->{item['to']}"
                    elif isinstance(item.get("term"), str):
                        label = item["term"]
                node = item
            else:
                node = None
            out += f"[{label}]"
        else:
            key = str(part)
            if isinstance(node, dict) and key not in node and key in {"remove", "scale_capacity", "add_route_cost", "scale_demand"}:
                continue  # discriminated-union tag that pydantic adds to the location
            out += f".{key}" if out else key
            node = node.get(key) if isinstance(node, dict) else None
    return out


def _expected(err: Mapping[str, Any]) -> str:
    kind = err.get("type", "")
    msg = str(err.get("msg", "invalid value"))
    got = err.get("input")
    if kind == "extra_forbidden":
        return "unknown key; check its spelling against docs/scenario-format.md"
    if kind == "missing":
        return "missing; this field is required"
    shown = repr(got)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    if kind == "value_error":
        return msg.removeprefix("Value error, ")
    msg = msg[0].lower() + msg[1:] if msg else msg
    return f"expected: {msg} (found {shown})"


def _cross_check(outline: _Outline, file: str) -> Iterable[Problem]:
    """Problems pydantic cannot see: ids, references, stage order, loops, dead ends."""
    stage_ids = list(outline.stage_ids)
    for dup in _duplicates(stage_ids):
        yield Problem(file, f"stages[{dup}].id", f"duplicate stage id '{dup}'; expected every stage id once")
    for dup in _duplicates([a[0] for a in outline.actors]):
        yield Problem(file, f"actors[{dup}].id", f"duplicate actor id '{dup}'; expected every actor id once")
    for dup in _duplicates([p[0] for p in outline.presets]):
        yield Problem(file, f"presets[{dup}].id", f"duplicate preset id '{dup}'")
    stage_order: dict[str, int] = {}
    for i, sid in enumerate(stage_ids):
        stage_order.setdefault(sid, i)
    actors = {a[0]: a for a in outline.actors}
    for actor_id, stage, _kind in outline.actors:
        if stage_ids and stage not in stage_order:
            yield Problem(file, f"actors[{actor_id}].stage", f"unknown stage '{stage}'; expected one of {', '.join(stage_order)}")
    seen: set[tuple[str, str]] = set()
    good: list[tuple[str, str]] = []
    for a_id, b_id in outline.routes:
        where = f"routes[{a_id}->{b_id}]"
        if (a_id, b_id) in seen:
            yield Problem(file, where, "duplicate route; expected each from/to pair once")
        seen.add((a_id, b_id))
        missing = False
        for end, ref in (("from", a_id), ("to", b_id)):
            if ref not in actors:
                missing = True
                yield Problem(file, f"{where}.{end}", f"unknown actor '{ref}'{_suggest(ref, actors)}")
        if missing:
            continue
        if a_id == b_id:
            yield Problem(file, where, "a route cannot lead from an actor to itself")
            continue
        good.append((a_id, b_id))
        sa, sb = actors[a_id][1], actors[b_id][1]
        if sa in stage_order and sb in stage_order and stage_order[sb] < stage_order[sa]:
            yield Problem(
                file,
                where,
                f"runs backwards from stage '{sa}' to the earlier stage '{sb}'; expected routes to lead to the same or a later stage",
            )
    for preset_id, refs in outline.presets:
        for i, ids in refs:
            for ref in ids:
                if ref not in actors:
                    yield Problem(file, f"presets[{preset_id}].actions[{i}].actors", f"unknown actor '{ref}'{_suggest(ref, actors)}")
    if not actors:
        return
    incoming = {a: 0 for a in actors}
    outgoing = {a: 0 for a in actors}
    for a_id, b_id in good:
        outgoing[a_id] += 1
        incoming[b_id] += 1
    placed = [stage_order[a[1]] for a in outline.actors if a[1] in stage_order]
    first_stage = min(placed, default=0)
    for actor_id, stage, kind in outline.actors:
        if stage not in stage_order:
            continue
        if stage_order[stage] != first_stage and incoming[actor_id] == 0:
            yield Problem(file, f"actors[{actor_id}]", "no route leads into this actor; expected at least one route from an earlier actor")
        if kind != "street_market" and outgoing[actor_id] == 0:
            yield Problem(
                file,
                f"actors[{actor_id}]",
                "no route leads out of this actor; expected at least one onward route (only street markets end the chain)",
            )
    if not any(a[2] == "street_market" for a in outline.actors):
        yield Problem(file, "actors", "expected at least one actor of kind street_market, where supply meets demand")
    cycle = _find_cycle(good)
    if cycle:
        yield Problem(file, "routes", f"routes form a loop ({' -> '.join(cycle)}); expected routes to lead onward only")


def _duplicates(items: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    dups: list[str] = []
    for item in items:
        if item in seen and item not in dups:
            dups.append(item)
        seen.add(item)
    return dups


def _suggest(ref: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(ref, list(known), n=3, cutoff=0.5)
    return f"; did you mean {', '.join(close)}?" if close else ""


def _find_cycle(edges: Sequence[tuple[str, str]]) -> list[str]:
    graph: dict[str, list[str]] = {}
    for a, b in edges:
        graph.setdefault(a, []).append(b)
    state: dict[str, int] = {}
    for start in graph:
        if state.get(start):
            continue
        stack: list[tuple[str, int]] = [(start, 0)]
        path: list[str] = []
        while stack:
            node, idx = stack.pop()
            if idx == 0:
                state[node] = 1
                path.append(node)
            children = graph.get(node, [])
            if idx < len(children):
                stack.append((node, idx + 1))
                child = children[idx]
                if state.get(child) == 1:
                    return [*path[path.index(child) :], child]
                if not state.get(child):
                    stack.append((child, 0))
            else:
                state[node] = 2
                path.pop()
    return []
