"""SupplyNetwork: the flow graph built from a Scenario, and the Conditions that change it.

Each actor becomes two nodes joined by an arc whose capacity is the actor's monthly capacity and
whose cost is its unit cost (margin plus risk). Routes join one actor's out-node to the next
actor's in-node. A super-source feeds the actors of the first stage; market actors feed a demand
node, and the demand node feeds the super-sink through one arc whose capacity is the quantity
bought at the month's price.

Enabling inputs (payment channels, equipment) are actors too, but they carry no flow: an actor's
``needs`` name them, and they cap the capacity of the actors they serve (see ``model.flow``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from model.scenario import Actor, Need, Route, Scenario

if TYPE_CHECKING:  # networkx is imported where a graph is built: the app's start-up never needs it
    import networkx as nx

SOURCE = "__source__"
SINK = "__sink__"
DEMAND = "__demand__"

RouteKey = tuple[str, str]


def in_node(actor_id: str) -> str:
    return f"{actor_id}:in"


def out_node(actor_id: str) -> str:
    return f"{actor_id}:out"


def _frozen_map(values: Mapping[str, float] | None = None) -> Mapping[str, float]:
    return MappingProxyType(dict(values or {}))


@dataclass(frozen=True)
class Conditions:
    """What differs from the baseline: removed actors, entered latent actors, capacity factors,
    extra route costs, a demand factor, the cost index buyers face (the price the trade's costs set,
    relative to the baseline; 1 at the baseline) and the share of each actor's capacity grown since
    the intervention. Frozen; build a new one to change anything."""

    removed: frozenset[str] = frozenset()
    entered: frozenset[str] = frozenset()
    capacity_factor: Mapping[str, float] = field(default_factory=_frozen_map)
    route_factor: Mapping[RouteKey, float] = field(default_factory=lambda: MappingProxyType({}))
    route_extra_cost: Mapping[RouteKey, float] = field(default_factory=lambda: MappingProxyType({}))
    demand_factor: float = 1.0
    cost_index: float = 1.0
    # The share of each actor's capacity that it has grown since the intervention: that part costs
    # its expansion cost (``SupplyNetwork.expansion_cost``) rather than its unit cost.
    grown: Mapping[str, float] = field(default_factory=_frozen_map)

    def __post_init__(self) -> None:
        for name in ("capacity_factor", "route_factor", "route_extra_cost", "grown"):
            value = getattr(self, name)
            if not isinstance(value, MappingProxyType):
                object.__setattr__(self, name, MappingProxyType(dict(value)))

    def replace(self, **changes: object) -> Conditions:
        values: dict[str, object] = {
            "removed": self.removed,
            "entered": self.entered,
            "capacity_factor": self.capacity_factor,
            "route_factor": self.route_factor,
            "route_extra_cost": self.route_extra_cost,
            "demand_factor": self.demand_factor,
            "cost_index": self.cost_index,
            "grown": self.grown,
        }
        values.update(changes)
        return Conditions(**values)  # type: ignore[arg-type]


BASELINE = Conditions()


class SupplyNetwork:
    """The actors and routes of a scenario as a directed flow graph."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario
        self.actors: Mapping[str, Actor] = MappingProxyType({a.id: a for a in scenario.actors})
        self.actor_ids: tuple[str, ...] = tuple(a.id for a in scenario.actors)
        self.routes: tuple[Route, ...] = tuple(scenario.routes)
        self.route_keys: tuple[RouteKey, ...] = tuple(r.key for r in scenario.routes)
        stage_order = {s.id: i for i, s in enumerate(scenario.stages)}
        self.stage_order: Mapping[str, int] = MappingProxyType(stage_order)
        # Enabling inputs: the actors some actor needs. They carry no flow, so they are never a source.
        self.needs: Mapping[str, tuple[Need, ...]] = MappingProxyType({a.id: a.needs for a in scenario.actors if a.needs})
        enablers = {e for needs in self.needs.values() for need in needs for e in need.from_}
        self.enablers: tuple[str, ...] = tuple(a.id for a in scenario.actors if a.id in enablers)
        self._enabler_set = frozenset(enablers)
        carriers = [a for a in scenario.actors if a.id not in enablers]
        first = min(stage_order[a.stage] for a in carriers) if carriers else 0
        self.source_actors: tuple[str, ...] = tuple(a.id for a in carriers if stage_order[a.stage] == first)
        self.roles: Mapping[str, str] = MappingProxyType({a.id: scenario.vocabulary.kind(a.kind).role for a in scenario.actors})
        self.market_actors: tuple[str, ...] = tuple(a.id for a in scenario.actors if self.roles[a.id] == "market")
        self.group_actors: tuple[str, ...] = tuple(a.id for a in scenario.actors if self.roles[a.id] == "group")
        self.latent_actors: tuple[str, ...] = tuple(a.id for a in scenario.actors if a.latent)
        self.latent_set: frozenset[str] = frozenset(self.latent_actors)
        routes_at: dict[str, list[RouteKey]] = {}
        for route in self.routes:
            routes_at.setdefault(route.from_, []).append(route.key)
            routes_at.setdefault(route.to, []).append(route.key)
        self._routes_at: Mapping[str, tuple[RouteKey, ...]] = MappingProxyType({a: tuple(k) for a, k in routes_at.items()})
        self.splinter_parents: Mapping[str, tuple[str, ...]] = MappingProxyType(
            {a.id: a.splinter_of for a in scenario.actors if a.latent and a.splinter_of}
        )
        self.demand: float = scenario.market.demand
        # What an actor's added capacity costs a unit: the unit cost of the dearest established actor
        # of its kind, or its own if dearer. An actor was no bigger at the baseline because growing
        # would have cost more than the dearest supplier of its step then charged; otherwise it would
        # have grown and taken that supplier's trade.
        dearest: dict[str, float] = {}
        for a in scenario.actors:
            if not a.latent:
                dearest[a.kind] = max(dearest.get(a.kind, 0.0), a.unit_cost)
        self.expansion_cost: Mapping[str, float] = MappingProxyType(
            {a.id: max(a.unit_cost, dearest.get(a.kind, 0.0)) for a in scenario.actors}
        )

    def actor(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def is_waiting(self, actor_id: str, conditions: Conditions) -> bool:
        """A latent entrant that has not entered (and has not been removed) under these conditions."""
        return self.actors[actor_id].latent and actor_id not in conditions.entered and actor_id not in conditions.removed

    def is_active(self, actor_id: str, conditions: Conditions) -> bool:
        """Present in the trade: not removed, and not a latent entrant that has yet to enter."""
        if actor_id in conditions.removed:
            return False
        return not self.actors[actor_id].latent or actor_id in conditions.entered

    def actor_capacity(self, actor_id: str, conditions: Conditions) -> float:
        if not self.is_active(actor_id, conditions):
            return 0.0
        return self.actors[actor_id].capacity * conditions.capacity_factor.get(actor_id, 1.0)

    def route_capacity(self, route: Route, conditions: Conditions) -> float:
        return route.capacity * conditions.route_factor.get(route.key, 1.0)

    def route_cost(self, route: Route, conditions: Conditions) -> float:
        return route.unit_cost + conditions.route_extra_cost.get(route.key, 0.0)

    def is_enabler(self, actor_id: str) -> bool:
        """An enabling input: an actor that some actor needs, which carries no flow itself."""
        return actor_id in self._enabler_set

    def reference_demand(self, conditions: Conditions) -> float:
        """What the streets would buy at the baseline price (street demand times any demand factor)."""
        return self.demand * conditions.demand_factor

    def demand_for(self, conditions: Conditions) -> float:
        """What the streets buy at the month's cost index: constant-elasticity demand ``D * p ** -e``."""
        demand = self.reference_demand(conditions)
        if conditions.cost_index == 1.0:
            return demand
        return demand * conditions.cost_index**-self.scenario.market.elasticity

    def flow_graph(self, conditions: Conditions, capacities: Mapping[str, float] | None = None) -> nx.DiGraph:
        """The split-node graph with ``capacity`` and ``weight`` on every arc.

        ``capacities``: the actors' usable capacities when enabling inputs cap them (``FlowResult.actor_capacity``)."""
        import networkx as nx

        g = nx.DiGraph()
        big = sum(a.capacity for a in self.actors.values()) * 10 + 1
        for actor in self.actors.values():
            usable = capacities[actor.id] if capacities is not None else self.actor_capacity(actor.id, conditions)
            g.add_edge(
                in_node(actor.id),
                out_node(actor.id),
                capacity=0.0 if self.is_enabler(actor.id) else usable,
                weight=actor.unit_cost,
                actor=actor.id,
            )
        for route in self.routes:
            g.add_edge(
                out_node(route.from_),
                in_node(route.to),
                capacity=self.route_capacity(route, conditions),
                weight=self.route_cost(route, conditions),
                route=route.key,
            )
        for actor_id in self.source_actors:
            g.add_edge(SOURCE, in_node(actor_id), capacity=big, weight=0)
        for actor_id in self.market_actors:
            g.add_edge(out_node(actor_id), DEMAND, capacity=big, weight=0)
        g.add_edge(DEMAND, SINK, capacity=self.demand_for(conditions), weight=0)
        return g

    def actor_graph(self, include_latent: bool = True) -> nx.DiGraph:
        """One node per actor, one edge per route with capacity: for analysis and drawing."""
        import networkx as nx

        g = nx.DiGraph()
        for actor in self.actors.values():
            if include_latent or not actor.latent:
                g.add_node(actor.id, stage=actor.stage, kind=actor.kind, region=actor.region)
        for route in self.routes:
            if route.capacity > 0 and route.from_ in g and route.to in g:
                g.add_edge(route.from_, route.to, capacity=route.capacity)
        return g

    def routes_at(self, actor_id: str) -> tuple[RouteKey, ...]:
        """The keys of the routes into and out of an actor."""
        return self._routes_at.get(actor_id, ())

    def present_count(self, conditions: Conditions) -> int:
        """How many actors are present: not removed, and latent ones only once they have entered."""
        waiting = self.latent_set - conditions.entered
        return len(self.actor_ids) - len(waiting) - len(conditions.removed - waiting)

    def routes_of(self, actor_id: str) -> Iterable[Route]:
        return (r for r in self.routes if actor_id in r.key)

    def groups(self, conditions: Conditions) -> list[str]:
        """Groups (actors whose kind has the role ``group``) present under these conditions, carrying flow or not."""
        return [a for a in self.group_actors if self.is_active(a, conditions)]
