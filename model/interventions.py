"""Interventions: the learner's plan (removed actors plus preset actions) and the conditions it sets.

A ``Plan`` is frozen: removing or restoring an actor returns a new plan, so an undo stack can hold
plans and "restore every removed actor" gives back exactly the baseline conditions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from model.errors import ModelError
from model.network import Conditions, RouteKey, SupplyNetwork
from model.scenario import Action, AddRouteCost, Preset, RemoveActors, ScaleCapacity, ScaleDemand

# A plan may apply a preset again and again (each click in the window stacks): factors multiply and
# costs add without end. Beyond these totals a plan is refused, which keeps every number the solver
# sees far inside its 64-bit integers (see model/flow.py) and far beyond any teaching use.
MAX_TOTAL_FACTOR = 10_000.0  # the product of every scale factor on one actor's capacity, or on demand
MAX_TOTAL_EXTRA_COST = 100_000.0  # the sum of every add_route_cost amount on one route


class PlanLimitError(ModelError, ValueError):
    """A plan that scales or costs beyond what the model computes (stacked presets, usually).

    Also a ValueError, like the model's other errors keep their older bases, so that a caller that
    catches ValueError around a solve still catches it."""


class UnknownActorError(ModelError, KeyError):
    """An actor id that the scenario does not have; ``suggestions`` holds the closest ids."""

    def __init__(self, actor_id: str, suggestions: Iterable[str]) -> None:
        self.actor_id = actor_id
        self.suggestions = tuple(suggestions)
        super().__init__(actor_id)

    def __reduce__(self) -> tuple[type[UnknownActorError], tuple[str, tuple[str, ...]]]:
        return (UnknownActorError, (self.actor_id, self.suggestions))  # it crosses process boundaries whole

    def __str__(self) -> str:
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"unknown actor '{self.actor_id}'{hint}"


def check_actor(network: SupplyNetwork, actor_id: str) -> str:
    """Return the id if the network has it, else raise UnknownActorError with close matches."""
    if actor_id in network.actors:
        return actor_id
    import difflib

    raise UnknownActorError(actor_id, difflib.get_close_matches(actor_id, network.actor_ids, n=3, cutoff=0.4))


@dataclass(frozen=True)
class Plan:
    """Removed actors, in the order they were removed, plus any other actions (from presets)."""

    removed: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()

    @staticmethod
    def from_preset(preset: Preset) -> Plan:
        return Plan().with_actions(*preset.actions)

    def remove(self, actor_id: str) -> Plan:
        if actor_id in self.removed:
            return self
        return Plan((*self.removed, actor_id), self.actions)

    def restore(self, actor_id: str) -> Plan:
        return Plan(tuple(a for a in self.removed if a != actor_id), self.actions)

    def with_actions(self, *actions: Action) -> Plan:
        plan = Plan(self.removed, self.actions)
        others: list[Action] = list(self.actions)
        for action in actions:
            if isinstance(action, RemoveActors):
                for actor_id in action.actors:
                    plan = plan.remove(actor_id)
            else:
                others.append(action)
        return Plan(plan.removed, tuple(others))

    @property
    def is_baseline(self) -> bool:
        return not self.removed and not self.actions

    def all_removed(self) -> frozenset[str]:
        return frozenset(self.removed)


def conditions_for(network: SupplyNetwork, plan: Plan) -> Conditions:
    """The conditions a plan sets on the network. Checks every actor id."""
    for actor_id in plan.removed:
        check_actor(network, actor_id)
    capacity_factor: dict[str, float] = {}
    route_extra: dict[RouteKey, float] = {}
    demand_factor = 1.0
    for action in plan.actions:
        if isinstance(action, ScaleCapacity):
            for actor in network.actors.values():
                if (action.kind is None or actor.kind == action.kind) and (action.region is None or actor.region == action.region):
                    capacity_factor[actor.id] = capacity_factor.get(actor.id, 1.0) * action.factor
        elif isinstance(action, AddRouteCost):
            for route in network.routes:
                a, b = network.actors[route.from_], network.actors[route.to]
                if (
                    (action.from_kind is None or a.kind == action.from_kind)
                    and (action.to_kind is None or b.kind == action.to_kind)
                    and (action.from_region is None or a.region == action.from_region)
                    and (action.to_region is None or b.region == action.to_region)
                ):
                    route_extra[route.key] = route_extra.get(route.key, 0.0) + action.amount
        elif isinstance(action, ScaleDemand):
            demand_factor *= action.factor
        elif isinstance(action, RemoveActors):  # folded into plan.removed by with_actions
            for actor_id in action.actors:
                check_actor(network, actor_id)
    _check_totals(network, capacity_factor, route_extra, demand_factor)
    removed = frozenset(plan.removed) | frozenset(a for act in plan.actions if isinstance(act, RemoveActors) for a in act.actors)
    return Conditions(removed=removed, capacity_factor=capacity_factor, route_extra_cost=route_extra, demand_factor=demand_factor)


def _check_totals(network: SupplyNetwork, capacity: dict[str, float], extra: dict[RouteKey, float], demand: float) -> None:
    """Refuse a plan whose stacked actions go beyond MAX_TOTAL_FACTOR or MAX_TOTAL_EXTRA_COST.

    Written as ``not total <= limit`` so that a total that is no number at all (an overflow that met
    a factor of 0) is refused too."""
    undo = "; undo a policy that was applied more than once"
    if not demand <= MAX_TOTAL_FACTOR:
        raise PlanLimitError(
            f"the policies applied scale demand by {demand:,.4g} in all; the model computes at most {MAX_TOTAL_FACTOR:,.0f} times{undo}"
        )
    for actor_id, factor in capacity.items():
        if not factor <= MAX_TOTAL_FACTOR:
            raise PlanLimitError(
                f"the policies applied scale the capacity of {network.actors[actor_id].name} by {factor:,.4g} in all; "
                f"the model computes at most {MAX_TOTAL_FACTOR:,.0f} times{undo}"
            )
    for (a, b), amount in extra.items():
        if not amount <= MAX_TOTAL_EXTRA_COST:
            raise PlanLimitError(
                f"the policies applied add {amount:,.4g} to the cost of the route from {network.actors[a].name} "
                f"to {network.actors[b].name} in all; the model computes at most {MAX_TOTAL_EXTRA_COST:,.0f}{undo}"
            )
