"""Max flow at least cost through the supply network, and what changes between two solutions.

``solve`` uses OR-Tools' min-cost flow solver. It works on integers, so every capacity is
multiplied by ``CAPACITY_SCALE`` (1000) and rounded, and every unit cost by the smallest of 1, 10,
100 and 1000 that makes all costs whole numbers (at most ``COST_SCALE``, then rounded); results are
divided back. A capacity is thus exact to a thousandth of a unit and a cost to a thousandth of a
cost unit, far finer than any illustrative number in a scenario. Small cost multipliers matter:
the solver's cost-scaling phase runs about twice as fast with whole-number costs at scale 1.
``solve_networkx`` computes the same thing with networkx and serves as the oracle in tests.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import numpy as np
from ortools.graph.python import min_cost_flow

from model.errors import ModelError
from model.network import DEMAND, SINK, SOURCE, Conditions, RouteKey, SupplyNetwork, in_node, out_node

logger = logging.getLogger(__name__)

CAPACITY_SCALE = 1000
COST_SCALE = 1000
EPSILON = 1e-6


class SolverError(ModelError, RuntimeError):
    """The solver could not find a flow (should not happen for a validated scenario)."""


@dataclass(frozen=True)
class FlowResult:
    """One solution: how much reaches the destination, at what cost, and through whom."""

    delivered: float
    demand: float
    total_cost: float
    actor_flow: Mapping[str, float]
    route_flow: Mapping[RouteKey, float]
    actor_capacity: Mapping[str, float]

    def share_of(self, other: FlowResult) -> float:
        """Delivered as a share of another result's delivered supply.

        1.0 when both are zero; infinite (no meaningful share) when only the other is zero."""
        if other.delivered <= EPSILON:
            return 1.0 if self.delivered <= EPSILON else float("inf")
        return self.delivered / other.delivered


@dataclass(frozen=True)
class RouteChange:
    from_: str
    to: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class ActorChange:
    actor: str
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before


@dataclass(frozen=True)
class Impact:
    """What an intervention changed, immediately: the learner's "where did the flow go"."""

    before: FlowResult
    after: FlowResult
    rerouted: tuple[RouteChange, ...]  # routes that gained flow, largest gain first
    lost: tuple[RouteChange, ...]  # routes that lost flow, largest loss first
    actors_gained: tuple[ActorChange, ...]  # actors that now carry more, largest gain first
    actors_lost: tuple[ActorChange, ...]

    @property
    def delivered_before(self) -> float:
        return self.before.delivered

    @property
    def delivered_after(self) -> float:
        return self.after.delivered

    @property
    def share_after(self) -> float:
        return self.after.share_of(self.before)

    @property
    def rerouted_volume(self) -> float:
        """Flow that moved onto routes that gained it (at actor level, to avoid double counting)."""
        return sum(c.delta for c in self.actors_gained)

    def moved_elsewhere(self, actor_id: str) -> float:
        """Of what ``actor_id`` carried before, how much still reached the destination after: the part
        that went elsewhere at once rather than being lost (never more than the actor carried)."""
        carried = self.before.actor_flow.get(actor_id, 0.0)
        lost = max(0.0, self.delivered_before - self.delivered_after)
        return max(0.0, carried - lost)

    def takers(self, actor_id: str) -> tuple[str, ...]:
        """The actors that gained flow, largest gain first, other than ``actor_id`` itself."""
        return tuple(c.actor for c in self.actors_gained if c.actor != actor_id)


class _Arrays:
    """The network's arcs as integer arrays for OR-Tools, built once per network."""

    def __init__(self, network: SupplyNetwork) -> None:
        index: dict[str, int] = {SOURCE: 0, SINK: 1, DEMAND: 2}
        for actor_id in network.actor_ids:
            index[in_node(actor_id)] = len(index)
            index[out_node(actor_id)] = len(index)
        tails: list[int] = []
        heads: list[int] = []
        for actor_id in network.actor_ids:
            tails.append(index[in_node(actor_id)])
            heads.append(index[out_node(actor_id)])
        for a, b in network.route_keys:
            tails.append(index[out_node(a)])
            heads.append(index[in_node(b)])
        for actor_id in network.source_actors:
            tails.append(0)
            heads.append(index[in_node(actor_id)])
        for actor_id in network.market_actors:
            tails.append(index[out_node(actor_id)])
            heads.append(2)
        tails.append(2)
        heads.append(1)
        self.tails = np.array(tails, dtype=np.int32)
        self.heads = np.array(heads, dtype=np.int32)
        self.n_actors = len(network.actor_ids)
        self.n_routes = len(network.route_keys)
        self.n_sources = len(network.source_actors)
        self.n_markets = len(network.market_actors)
        self.actor_cap = np.array([network.actors[a].capacity for a in network.actor_ids], dtype=np.float64)
        self.actor_cost = np.array([network.actors[a].unit_cost for a in network.actor_ids], dtype=np.float64)
        self.latent = np.array([network.actors[a].latent for a in network.actor_ids], dtype=bool)
        self.route_cap = np.array([r.capacity for r in network.routes], dtype=np.float64)
        self.route_cost = np.array([r.unit_cost for r in network.routes], dtype=np.float64)
        self.actor_pos = {a: i for i, a in enumerate(network.actor_ids)}
        self.route_pos = {k: i for i, k in enumerate(network.route_keys)}


_ARRAYS: dict[int, tuple[SupplyNetwork, _Arrays]] = {}


def _arrays(network: SupplyNetwork) -> _Arrays:
    cached = _ARRAYS.get(id(network))
    if cached is None or cached[0] is not network:
        if len(_ARRAYS) > 16:
            _ARRAYS.clear()
        cached = (network, _Arrays(network))
        _ARRAYS[id(network)] = cached
    return cached[1]


def cost_scale(costs: np.ndarray) -> int:
    """The smallest power of ten up to COST_SCALE that makes every cost a whole number."""
    scale = 1
    while scale < COST_SCALE:
        scaled = costs * scale
        if np.all(np.abs(scaled - np.rint(scaled)) < 1e-9):
            return scale
        scale *= 10
    return COST_SCALE


# The solver adds capacities and multiplies costs by about the number of nodes in 64-bit integers.
# Capacities above CLIP_ABOVE (in units) are clipped exactly (see _within_range); afterwards every
# scaled capacity and cost must stay below MAX_SOLVER_INT, which leaves room for those sums.
CLIP_ABOVE = 1e9
MAX_SOLVER_INT = 2**46


def _within_range(caps: np.ndarray, costs: np.ndarray, demand: float, total_capacity: float) -> np.ndarray:
    """Capacities the solver can hold in its integers, with the same solution; or a SolverError.

    Routes lead onward only, so no arc ever carries more than the whole flow, which is at most the
    demand and at most the sum of the actors' capacities: clipping every capacity just above the
    smaller of the two changes neither the flow nor its cost. Scenarios within the format's limits
    never need it; stacked policies (capacity scaled by 100 twice) can."""
    if not (np.all(np.isfinite(caps)) and float(caps.max(initial=0.0)) <= CLIP_ABOVE):
        caps = np.minimum(caps, min(demand, total_capacity) + 1.0)
    if not (np.all(np.isfinite(caps)) and np.all(np.isfinite(costs))):
        raise SolverError("a capacity, demand or cost is not a finite number; expected the plan's factors and costs within their limits")
    largest_cap = float(caps.max(initial=0.0)) * CAPACITY_SCALE
    largest_cost = float(np.abs(costs).max(initial=0.0)) * COST_SCALE * PREFERENCE_SCALE
    if largest_cap > MAX_SOLVER_INT or largest_cost > MAX_SOLVER_INT:
        raise SolverError("the numbers are too large for the solver; expected demand, capacities and costs within their documented limits")
    return caps


def _to_int(values: np.ndarray, scale: int) -> np.ndarray:
    return np.rint(values * scale).astype(np.int64)


def solve(network: SupplyNetwork, conditions: Conditions | None = None, prefer: FlowResult | None = None) -> FlowResult:
    """Maximum supply to the destination at the least total cost, under the given conditions.

    With ``prefer`` (usually the flows before an intervention), among all solutions of maximum flow
    and least cost the solver keeps as much of the preferred flows in place as it can: only the
    flow that must move, moves. Without it, a re-solve may reshuffle flows between equally cheap
    routes far from the change, which hides where the displaced flow really went.
    """
    conditions = conditions or Conditions()
    arr = _arrays(network)
    actor_cap = arr.actor_cap.copy()
    for actor_id, factor in conditions.capacity_factor.items():
        if actor_id in arr.actor_pos:
            actor_cap[arr.actor_pos[actor_id]] *= factor
    inactive = arr.latent.copy()
    for actor_id in conditions.entered:
        if actor_id in arr.actor_pos:
            inactive[arr.actor_pos[actor_id]] = False
    for actor_id in conditions.removed:
        if actor_id in arr.actor_pos:
            inactive[arr.actor_pos[actor_id]] = True
    actor_cap[inactive] = 0.0
    route_cap = arr.route_cap.copy()
    for key, factor in conditions.route_factor.items():
        if key in arr.route_pos:
            route_cap[arr.route_pos[key]] *= factor
    route_cost = arr.route_cost.copy()
    for key, extra in conditions.route_extra_cost.items():
        if key in arr.route_pos:
            route_cost[arr.route_pos[key]] += extra
    demand = network.demand_for(conditions)
    big = float(actor_cap.sum()) + 1.0
    caps = np.concatenate([actor_cap, route_cap, np.full(arr.n_sources + arr.n_markets, big), [demand]])
    costs = np.concatenate([arr.actor_cost, route_cost, np.zeros(arr.n_sources + arr.n_markets + 1)])
    caps = _within_range(caps, costs, demand, float(actor_cap.sum()))
    smcf = min_cost_flow.SimpleMinCostFlow()
    scale = cost_scale(costs)
    int_caps = _to_int(caps, CAPACITY_SCALE)
    int_costs = _to_int(costs, scale)
    tails, heads = arr.tails, arr.heads
    kept = np.zeros(0, dtype=np.int64)
    if prefer is not None:
        tails, heads, int_caps, int_costs, kept = _with_preference(network, arr, prefer, int_caps, int_costs)
    smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, int_caps, int_costs)
    # Max flow at min cost runs from nodes with positive supply to nodes with negative supply;
    # the supply only needs to exceed what the arcs can carry.
    bound = int(caps[-1] * CAPACITY_SCALE) + 1
    smcf.set_node_supply(0, bound)
    smcf.set_node_supply(1, -bound)
    status = smcf.solve_max_flow_with_min_cost()
    if status != smcf.OPTIMAL:
        raise SolverError(f"min-cost flow solver returned status {status}")
    int_flows = smcf.flows(np.arange(len(tails), dtype=np.int32))
    if len(kept):
        base_flows = int_flows[: len(caps)].copy()
        np.add.at(base_flows, kept, int_flows[len(caps) :])
        int_flows = base_flows
    flows = int_flows.astype(np.float64) / CAPACITY_SCALE
    actor_flow = flows[: arr.n_actors]
    route_flow = flows[arr.n_actors : arr.n_actors + arr.n_routes]
    delivered = float(flows[-1])
    total_cost = float(np.dot(int_flows, _to_int(costs, scale))) / (CAPACITY_SCALE * scale)
    return FlowResult(
        delivered=delivered,
        demand=demand,
        total_cost=total_cost,
        actor_flow=MappingProxyType(dict(zip(network.actor_ids, actor_flow.tolist(), strict=True))),
        route_flow=MappingProxyType(dict(zip(network.route_keys, route_flow.tolist(), strict=True))),
        actor_capacity=MappingProxyType(dict(zip(network.actor_ids, actor_cap.tolist(), strict=True))),
    )


# Preferred flow is made cheaper by one unit of a cost scaled PREFERENCE_SCALE times finer, so the
# discount can only break ties between solutions that cost the same: any cycle of fewer than
# PREFERENCE_SCALE arcs that changed the real cost would change it by more than all discounts on it.
PREFERENCE_SCALE = 128


def _with_preference(
    network: SupplyNetwork, arr: _Arrays, prefer: FlowResult, caps: np.ndarray, costs: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Split every arc that carried preferred flow into a discounted part (up to that flow) and the rest."""
    preferred = np.zeros(len(caps), dtype=np.int64)
    preferred[: arr.n_actors] = _to_int(np.array([prefer.actor_flow.get(a, 0.0) for a in network.actor_ids]), CAPACITY_SCALE)
    preferred[arr.n_actors : arr.n_actors + arr.n_routes] = _to_int(
        np.array([prefer.route_flow.get(k, 0.0) for k in network.route_keys]), CAPACITY_SCALE
    )
    preferred = np.minimum(preferred, caps)
    kept = np.flatnonzero(preferred > 0)
    main_caps = caps - preferred
    scaled = costs * PREFERENCE_SCALE
    tails = np.concatenate([arr.tails, arr.tails[kept]]).astype(np.int32)
    heads = np.concatenate([arr.heads, arr.heads[kept]]).astype(np.int32)
    return tails, heads, np.concatenate([main_caps, preferred[kept]]), np.concatenate([scaled, scaled[kept] - 1]), kept


def solve_networkx(network: SupplyNetwork, conditions: Conditions | None = None) -> FlowResult:
    """The same problem solved with networkx's max_flow_min_cost (slower; the test oracle).

    Uses the same integer scaling as ``solve`` so that both see exactly the same problem."""
    import networkx as nx  # only the oracle needs it; the app's start-up does not

    conditions = conditions or Conditions()
    g = network.flow_graph(conditions)
    for _, _, data in g.edges(data=True):
        data["capacity"] = round(data["capacity"] * CAPACITY_SCALE)
        data["weight"] = round(data["weight"] * COST_SCALE)
    flow = nx.max_flow_min_cost(g, SOURCE, SINK)
    cost = nx.cost_of_flow(g, flow)
    actor_flow = {a: flow[in_node(a)][out_node(a)] / CAPACITY_SCALE for a in network.actor_ids}
    route_flow = {(a, b): flow[out_node(a)][in_node(b)] / CAPACITY_SCALE for a, b in network.route_keys}
    return FlowResult(
        delivered=flow[DEMAND][SINK] / CAPACITY_SCALE,
        demand=network.demand_for(conditions),
        total_cost=cost / (CAPACITY_SCALE * COST_SCALE),
        actor_flow=MappingProxyType(actor_flow),
        route_flow=MappingProxyType(route_flow),
        actor_capacity=MappingProxyType({a: network.actor_capacity(a, conditions) for a in network.actor_ids}),
    )


def compare(before: FlowResult, after: FlowResult, tolerance: float = EPSILON) -> Impact:
    """Routes and actors whose flow rose or fell between two results."""
    gained: list[RouteChange] = []
    lost: list[RouteChange] = []
    for key, old in before.route_flow.items():
        new = after.route_flow.get(key, 0.0)
        if new > old + tolerance:
            gained.append(RouteChange(key[0], key[1], old, new))
        elif new < old - tolerance:
            lost.append(RouteChange(key[0], key[1], old, new))
    actors_gained: list[ActorChange] = []
    actors_lost: list[ActorChange] = []
    for actor_id, old in before.actor_flow.items():
        new = after.actor_flow.get(actor_id, 0.0)
        if new > old + tolerance:
            actors_gained.append(ActorChange(actor_id, old, new))
        elif new < old - tolerance:
            actors_lost.append(ActorChange(actor_id, old, new))
    return Impact(
        before=before,
        after=after,
        rerouted=tuple(sorted(gained, key=lambda c: (-c.delta, c.from_, c.to))),
        lost=tuple(sorted(lost, key=lambda c: (c.delta, c.from_, c.to))),
        actors_gained=tuple(sorted(actors_gained, key=lambda c: (-c.delta, c.actor))),
        actors_lost=tuple(sorted(actors_lost, key=lambda c: (c.delta, c.actor))),
    )
