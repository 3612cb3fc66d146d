"""The policy lab's plans, without Qt: what a plan is, how it is written, checked and described.

A ``LabPlan`` is what the learner composes: a name, the scenario's presets, removed actors, capacity
scaled by kind and/or region, extra cost on routes between kinds and/or regions, and demand scaled.
``plan()`` turns it into the model's ``Plan``. Kinds and regions are the scenario's own (its
vocabulary); nothing here names a trade.

The command line writes a plan as parts joined by ``+`` (``spec()`` writes one, ``parse_plan`` reads
one; docs/model.md, "Comparing plans"):

    PRESET | preset:PRESET            a preset of the scenario
    baseline                          no change (unless the scenario has a preset of that id)
    remove:ID[,ID...]                 remove actors
    scale:kind=K,region=R,factor=F    scale the capacity of every actor of kind K and/or region R
    cost:from_kind=K,to_kind=K,from_region=R,to_region=R,amount=A
                                      add cost A to every route between those kinds/regions
    demand:F                          scale demand (0.8: a fifth less is bought)
    name=TEXT                         the plan's name

A bad plan raises ``PlanSpecError``, whose message names the plan, the part and what was expected.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import MAX_UNIT_COST, AddRouteCost, ScaleCapacity, ScaleDemand, Scenario
from ui.lesson.i18n import translate
from ui.lesson.numbers import format_share

MAX_PLANS = 4
BASELINE_WORD = "baseline"
MAX_FACTOR = 100.0  # as in the scenario format
COST_KEYS = ("from_kind", "to_kind", "from_region", "to_region")


class PlanSpecError(ValueError):
    """A plan written on the command line that cannot be read; the message says why."""


@dataclass(frozen=True)
class LabPlan:
    """One plan of the lab, as the learner composed it."""

    name: str = ""
    presets: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    capacity: tuple[ScaleCapacity, ...] = ()
    route_costs: tuple[AddRouteCost, ...] = ()
    demand: float = 1.0

    @property
    def is_baseline(self) -> bool:
        return not (self.presets or self.removed or self.capacity or self.route_costs) and self.demand == 1.0

    def plan(self, scenario: Scenario) -> Plan:
        """The model's plan: the presets' actions, then the removals, capacities, costs and demand."""
        plan = Plan()
        for preset_id in self.presets:
            plan = plan.with_actions(*scenario.preset(preset_id).actions)
        for actor_id in self.removed:
            plan = plan.remove(actor_id)
        plan = plan.with_actions(*self.capacity, *self.route_costs)
        if self.demand != 1.0:
            plan = plan.with_actions(ScaleDemand(action="scale_demand", factor=self.demand))
        return plan

    def named(self, name: str) -> LabPlan:
        return replace(self, name=name.strip())

    def title(self, scenario: Scenario) -> str:
        """Its name; else the preset's name when it is one preset alone; else how it is written."""
        if self.name:
            return self.name
        if self.presets and len(self.presets) == 1 and self.spec() == self.presets[0]:
            return scenario.preset(self.presets[0]).name
        if self.is_baseline:
            return translate("lab", "No change (baseline)")
        return self.spec()

    def spec(self, with_name: bool = False) -> str:
        """The plan as the command line writes it (``parse_plan`` reads it back)."""
        parts = list(self.presets)
        if self.removed:
            parts.append("remove:" + ",".join(self.removed))
        for scale in self.capacity:
            fields = [f"kind={scale.kind}"] if scale.kind else []
            fields += [f"region={scale.region}"] if scale.region else []
            parts.append("scale:" + ",".join([*fields, f"factor={_number(scale.factor)}"]))
        for cost in self.route_costs:
            fields = [f"{key}={value}" for key in COST_KEYS if (value := getattr(cost, key))]
            parts.append("cost:" + ",".join([*fields, f"amount={_number(cost.amount)}"]))
        if self.demand != 1.0:
            parts.append(f"demand:{_number(self.demand)}")
        if not parts:
            parts.append(BASELINE_WORD)
        if with_name and self.name:
            parts.append(f"name={self.name}")
        return "+".join(parts)


def _number(value: float) -> str:
    return f"{value:g}"


# reading a plan ------------------------------------------------------------------------------------
def parse_plan(text: str, network: SupplyNetwork) -> LabPlan:
    """A plan written as on the command line (see the module docstring); ``PlanSpecError`` if it cannot be."""
    reader = _Reader(text, network)
    plan = LabPlan()
    for part in (p.strip() for p in text.split("+")):
        plan = reader.part(plan, part)
    if not text.strip():
        raise reader.fail(translate("lab", "expected a preset id or a change such as remove:ID"))
    return plan


class _Reader:
    def __init__(self, text: str, network: SupplyNetwork) -> None:
        self.text = text
        self.network = network
        self.scenario = network.scenario

    def fail(self, why: str) -> PlanSpecError:
        return PlanSpecError(translate("lab", "plan '{plan}': {why}").format(plan=self.text, why=why))

    def part(self, plan: LabPlan, part: str) -> LabPlan:
        head, colon, rest = part.partition(":")
        if part.startswith("name="):
            return plan.named(part[len("name=") :])
        if not colon:
            return self.preset(plan, part)
        handlers = {"preset": self.preset, "remove": self.remove, "scale": self.scale, "cost": self.cost, "demand": self.demand}
        handler = handlers.get(head.strip())
        if handler is None:
            raise self.fail(
                translate("lab", "unknown part '{part}'; expected a preset id, remove:, scale:, cost:, demand: or name=").format(part=part)
            )
        return handler(plan, rest.strip())

    def preset(self, plan: LabPlan, preset_id: str) -> LabPlan:
        known = [p.id for p in self.scenario.presets]
        if preset_id in known:
            return replace(plan, presets=(*plan.presets, preset_id))
        if preset_id == BASELINE_WORD:
            return plan
        if not preset_id:
            raise self.fail(translate("lab", "an empty part; expected a preset id or a change such as remove:ID"))
        listed = ", ".join(known) or translate("lab", "none")
        raise self.fail(
            translate("lab", "unknown preset '{preset}'{hint}; the scenario's presets are: {known}").format(
                preset=preset_id, hint=_hint(preset_id, known), known=listed
            )
        )

    def remove(self, plan: LabPlan, rest: str) -> LabPlan:
        ids = [a.strip() for a in rest.split(",") if a.strip()]
        if not ids:
            raise self.fail(translate("lab", "remove: needs at least one actor id, such as remove:ID,ID"))
        for actor_id in ids:
            if actor_id not in self.network.actors:
                raise self.fail(
                    translate("lab", "unknown actor '{actor}'{hint}").format(actor=actor_id, hint=_hint(actor_id, self.network.actor_ids))
                )
        return replace(plan, removed=tuple(dict.fromkeys((*plan.removed, *ids))))

    def fields(self, rest: str, allowed: Sequence[str], what: str) -> dict[str, str]:
        found: dict[str, str] = {}
        for item in (i.strip() for i in rest.split(",") if i.strip()):
            key, equals, value = item.partition("=")
            key = key.strip()
            if not equals or key not in allowed:
                raise self.fail(
                    translate("lab", "{what}: unknown field '{field}'; expected {allowed}").format(
                        what=what, field=item, allowed=", ".join(f"{k}=" for k in allowed)
                    )
                )
            found[key] = value.strip()
        return found

    def number(self, value: str | None, name: str, high: float) -> float:
        try:
            number = float(value) if value is not None else math.nan
        except ValueError:
            number = math.nan
        if not (math.isfinite(number) and 0 <= number <= high):
            raise self.fail(
                translate("lab", "expected a number from 0 to {high} for {field}, got '{value}'").format(
                    high=_number(high), field=name, value=value if value is not None else ""
                )
            )
        return number

    def vocabulary_word(self, value: str | None, kinds: bool) -> str | None:
        if not value:
            return None
        vocabulary = self.scenario.vocabulary
        known = [k.id for k in vocabulary.kinds] if kinds else [r.id for r in vocabulary.regions]
        if value in known:
            return value
        if kinds:
            text = translate("lab", "unknown kind '{value}'{hint}; the scenario's kinds are: {known}")
        else:
            text = translate("lab", "unknown region '{value}'{hint}; the scenario's regions are: {known}")
        raise self.fail(text.format(value=value, hint=_hint(value, known), known=", ".join(known)))

    def scale(self, plan: LabPlan, rest: str) -> LabPlan:
        found = self.fields(rest, ("kind", "region", "factor"), "scale:")
        kind, region = self.vocabulary_word(found.get("kind"), True), self.vocabulary_word(found.get("region"), False)
        if kind is None and region is None:
            raise self.fail(translate("lab", "scale: needs kind= or region= (or both), such as scale:kind=K,factor=0.5"))
        factor = self.number(found.get("factor"), "factor", MAX_FACTOR)
        action = ScaleCapacity(action="scale_capacity", factor=factor, kind=kind, region=region)
        return replace(plan, capacity=(*plan.capacity, action))

    def cost(self, plan: LabPlan, rest: str) -> LabPlan:
        found = self.fields(rest, (*COST_KEYS, "amount"), "cost:")
        words = {key: self.vocabulary_word(found.get(key), key.endswith("kind")) for key in COST_KEYS}
        amount = self.number(found.get("amount"), "amount", MAX_UNIT_COST)
        action = AddRouteCost(action="add_route_cost", amount=amount, **words)
        return replace(plan, route_costs=(*plan.route_costs, action))

    def demand(self, plan: LabPlan, rest: str) -> LabPlan:
        demand = plan.demand * self.number(rest, "demand", MAX_FACTOR)
        if demand > MAX_FACTOR:
            raise self.fail(
                translate("lab", "the demand parts multiply to {demand}; expected at most {high}").format(
                    demand=_number(demand), high=_number(MAX_FACTOR)
                )
            )
        return replace(plan, demand=demand)


def _hint(word: str, known: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=3, cutoff=0.5)
    return translate("lab", " (did you mean {close}?)").format(close=", ".join(close)) if close else ""


# describing a plan ---------------------------------------------------------------------------------
class PlanWords:
    """Sentences about lab plans, in the scenario's own words."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.vocabulary = scenario.vocabulary

    def kind(self, kind_id: str | None) -> str:
        return self.vocabulary.kind(kind_id).label if kind_id else translate("lab", "any kind")

    def region(self, region_id: str | None) -> str:
        return self.vocabulary.region(region_id).name if region_id else translate("lab", "anywhere")

    def actors(self, ids: Sequence[str]) -> str:
        return ", ".join(self.scenario.actor(a).name for a in ids)

    def capacity(self, action: ScaleCapacity) -> str:
        return translate("lab", "Capacity of {kind} in {region} at {factor}").format(
            kind=self.kind(action.kind), region=self.region(action.region), factor=format_share(action.factor)
        )

    def route_cost(self, action: AddRouteCost) -> str:
        return translate("lab", "Routes from {from_kind} in {from_region} to {to_kind} in {to_region} cost {amount} more a unit").format(
            from_kind=self.kind(action.from_kind),
            from_region=self.region(action.from_region),
            to_kind=self.kind(action.to_kind),
            to_region=self.region(action.to_region),
            amount=_number(action.amount),
        )

    def lines(self, plan: LabPlan) -> list[str]:
        """What the plan does, one line a change."""
        lines = [translate("lab", "Policy: {preset}").format(preset=self.scenario.preset(p).name) for p in plan.presets]
        if plan.removed:
            lines.append(translate("lab", "Remove %n actor(s): {names}", None, len(plan.removed)).format(names=self.actors(plan.removed)))
        lines += [self.capacity(a) for a in plan.capacity]
        lines += [self.route_cost(a) for a in plan.route_costs]
        if plan.demand != 1.0:
            lines.append(translate("lab", "Demand at {share} of today's").format(share=format_share(plan.demand)))
        return lines or [translate("lab", "No change: the baseline, for reference")]

    def summary(self, plan: LabPlan, limit: int = 90) -> list[str]:
        """What a plan's card says: a preset alone by the start of its own description; else one line a change."""
        if plan.presets and plan.spec() == plan.presets[0]:
            text = self.scenario.preset(plan.presets[0]).description.strip()
            first = text.split(". ")[0].rstrip(".") + "."
            return [first if len(first) <= limit else first[: limit - 1].rsplit(" ", 1)[0] + "\u2026"]
        return self.lines(plan)

    def describe(self, plan: LabPlan) -> str:
        return translate("lab", "{lines}.").format(lines="; ".join(self.lines(plan)))


# where the lab starts ------------------------------------------------------------------------------
def lab_plan_from(plan: Plan, name: str = "") -> LabPlan:
    """The model's plan as a lab plan (the explorer's current plan, brought into the lab)."""
    demand = 1.0
    capacity: list[ScaleCapacity] = []
    costs: list[AddRouteCost] = []
    for action in plan.actions:
        if isinstance(action, ScaleCapacity):
            capacity.append(action)
        elif isinstance(action, AddRouteCost):
            costs.append(action)
        elif isinstance(action, ScaleDemand):
            demand *= action.factor
    return LabPlan(name=name, removed=plan.removed, capacity=tuple(capacity), route_costs=tuple(costs), demand=demand)


def default_plans(scenario: Scenario, current: Plan) -> list[LabPlan]:
    """Two plans to start from: the explorer's current plan (when there is one) and the scenario's first presets."""
    plans = [lab_plan_from(current, translate("lab", "Your plan in the explorer"))] if not current.is_baseline else []
    plans += [LabPlan(presets=(p.id,)) for p in scenario.presets[: 2 - len(plans)]]
    return plans or [LabPlan()]
