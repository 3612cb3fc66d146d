"""Max flow at least cost through the supply network, and what changes between two solutions.

``solve`` uses OR-Tools' min-cost flow solver. It works on integers, so every capacity is
multiplied by ``CAPACITY_SCALE`` (1000) and rounded, and every unit cost by the smallest of 1, 10,
100 and 1000 that makes all costs whole numbers (at most ``COST_SCALE``, then rounded); results are
divided back. A capacity is thus exact to a thousandth of a unit and a cost to a thousandth of a
cost unit, far finer than any illustrative number in a scenario. Small cost multipliers matter:
the solver's cost-scaling phase runs about twice as fast with whole-number costs at scale 1.
``solve_networkx`` computes the same thing with networkx and serves as the oracle in tests.

Enabling inputs (actors that others ``need``: payment channels, presses) carry no flow. Before each
solve their capacity is shared out among the needs they serve (``_enable``): a small max flow at
least cost in which each channel first keeps serving the flow it served before (the preferred
flows), then the rest of the needs of actors that carry flow, then idle actors, cheapest channel
first, rationing evenly when short. An actor whose need is only partly met can use only the unaided
part of its capacity plus what its channels enable; enabling inputs can therefore only lower
capacities, never raise them. A plain solve lets the allocation settle on the flow it enables.
Capacity an actor has grown during a simulation (``Conditions.grown``) is a parallel arc at its
expansion cost (``SupplyNetwork.expansion_cost``). ``bottleneck`` finds, in a solution
short of demand, the actors and routes whose capacity limits supply (the minimum cut nearest the
sources): there the trade's margins rise, and there it expands and new actors enter.
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
from model.results import CAPACITY_SCALE as CAPACITY_SCALE
from model.results import EPSILON as EPSILON
from model.results import SHORTAGE_TOLERANCE as SHORTAGE_TOLERANCE
from model.results import ActorChange as ActorChange
from model.results import FlowResult as FlowResult
from model.results import Impact as Impact
from model.results import RouteChange as RouteChange
from model.results import compare as compare

logger = logging.getLogger(__name__)

COST_SCALE = 1000
# How finely a short enabling input rations its clients: each loses at most this share more than another.
RATION_SLICES = 4
TIERS = 3  # flow in use; the rest of the needs of actors carrying flow; the needs of idle actors
SETTLE_PASSES = 4  # a plain solve lets the enabling inputs follow the flow this many times at most


class SolverError(ModelError, RuntimeError):
    """The solver could not find a flow (should not happen for a validated scenario)."""


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
        self.expansion_cost = np.array([network.expansion_cost[a] for a in network.actor_ids], dtype=np.float64)
        self.latent = np.array([network.actors[a].latent for a in network.actor_ids], dtype=bool)
        self.route_cap = np.array([r.capacity for r in network.routes], dtype=np.float64)
        self.route_cost = np.array([r.unit_cost for r in network.routes], dtype=np.float64)
        self.actor_pos = {a: i for i, a in enumerate(network.actor_ids)}
        self.route_pos = {k: i for i, k in enumerate(network.route_keys)}
        self.enabler = np.array([network.is_enabler(a) for a in network.actor_ids], dtype=bool)
        self.scales: dict[int, tuple[Mapping[RouteKey, float], int]] = {}  # cost scale by extra-cost mapping
        self.n_nodes = len(index)
        self._needs(network)

    def _needs(self, network: SupplyNetwork) -> None:
        """The enabling inputs as a small allocation graph: channels -> needs -> sink, in tiers of slices."""
        need_actor: list[int] = []
        need_share: list[float] = []
        need_channels: list[tuple[str, ...]] = []
        for actor_id, needs in network.needs.items():
            for need in needs:
                need_actor.append(self.actor_pos[actor_id])
                need_share.append(need.share)
                need_channels.append(need.from_)
        self.need_actor = np.array(need_actor, dtype=np.int64)
        self.need_share = np.array(need_share, dtype=np.float64)
        self.need_channels = tuple(need_channels)
        channels = list(network.enablers)
        self.channel_actor = np.array([self.actor_pos[e] for e in channels], dtype=np.int64)
        channel_index = {e: k for k, e in enumerate(channels)}
        link_need = [k for k, refs in enumerate(need_channels) for _ in refs]
        link_channel = [channel_index[e] for refs in need_channels for e in refs]
        self.link_need = np.array(link_need, dtype=np.int64)
        self.link_channel = np.array(link_channel, dtype=np.int64)
        self.link_pair = tuple((channels[c], network.actor_ids[need_actor[k]]) for k, c in zip(link_need, link_channel, strict=True))
        # Nodes: 0 source, 1 sink, then the channels, then the needs. Each need reaches the sink through
        # RATION_SLICES equal slices of each of three tiers: what the flow it served uses, then the
        # rest of the needs of actors that carry flow, then the needs of idle actors. Each slice costs
        # more than any difference between two channels, so a short channel cuts every client's last
        # slice before anyone's earlier one (shortages are shared out, not dumped on one client), and
        # it serves the flow in use before capacity that would wait idle.
        n_channels, n_needs = len(channels), len(need_actor)
        first_need = 2 + n_channels
        slices = TIERS * RATION_SLICES
        tails = [0] * n_channels + [2 + c for c in link_channel] + [first_need + k for _ in range(slices) for k in range(n_needs)]
        heads = [2 + c for c in range(n_channels)] + [first_need + k for k in link_need] + [1] * (slices * n_needs)
        self.alloc_tails = np.array(tails, dtype=np.int32)
        self.alloc_heads = np.array(heads, dtype=np.int32)
        link_cost = np.rint(np.array([network.actors[channels[c]].unit_cost for c in link_channel], dtype=np.float64) * 1000)
        step = 2 * int(link_cost.max(initial=0)) + 1
        self.alloc_costs = np.concatenate([np.zeros(n_channels), link_cost, *[np.full(n_needs, step * i) for i in range(slices)]]).astype(
            np.int64
        )
        self.n_links = len(link_need)
        self.served = np.unique(self.need_actor).astype(np.int64)  # actors with needs, in network order


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


def _nominal_capacities(network: SupplyNetwork, arr: _Arrays, conditions: Conditions) -> np.ndarray:
    """Every actor's capacity under the conditions, before any enabling input caps it."""
    actor_cap = arr.actor_cap.copy()
    for actor_id, factor in conditions.capacity_factor.items():
        if actor_id in arr.actor_pos:
            actor_cap[arr.actor_pos[actor_id]] *= factor
    actor_cap[_inactive(arr, conditions)] = 0.0
    return actor_cap


def _inactive(arr: _Arrays, conditions: Conditions) -> np.ndarray:
    """Removed actors, and latent ones that have not entered."""
    inactive = arr.latent.copy()
    for actor_id in conditions.entered:
        if actor_id in arr.actor_pos:
            inactive[arr.actor_pos[actor_id]] = False
    for actor_id in conditions.removed:
        if actor_id in arr.actor_pos:
            inactive[arr.actor_pos[actor_id]] = True
    return inactive


def _beyond_unaided(arr: _Arrays, actor_cap: np.ndarray, actor_flow: np.ndarray) -> np.ndarray:
    """For each need, in solver units, the part of its actor's flow beyond what it can carry unaided
    (the ``1 - share`` of its capacity that needs no channel): what the need's channels must enable."""
    unaided = (1.0 - arr.need_share) * actor_cap[arr.need_actor]
    return np.maximum(0, _to_int(actor_flow[arr.need_actor] - unaided, CAPACITY_SCALE))


@dataclass(frozen=True)
class _Enabled:
    nominal: np.ndarray  # every actor's capacity before any enabling input caps it
    usable: np.ndarray  # every actor's usable capacity (enabling inputs: their own capacity)
    unaided: np.ndarray  # what each actor can carry without any input (its usable capacity if it needs none)
    link_alloc: np.ndarray  # solver units each channel gives each need it serves
    need_alloc: np.ndarray
    short_needs: tuple[int, ...]


def _slices(amounts: np.ndarray) -> list[np.ndarray]:
    size = amounts // RATION_SLICES
    return [size] * (RATION_SLICES - 1) + [amounts - size * (RATION_SLICES - 1)]


def _unlimited(arr: _Arrays, actor_cap: np.ndarray) -> _Enabled:
    """Every actor's whole capacity usable, as if its inputs had room for all (channels enable nothing)."""
    links, needs = np.zeros(arr.n_links, dtype=np.int64), np.zeros(len(arr.need_actor), dtype=np.int64)
    return _Enabled(actor_cap, actor_cap, actor_cap, links, needs, ())


def _enable(arr: _Arrays, actor_cap: np.ndarray, prefer: FlowResult | None, network: SupplyNetwork) -> _Enabled:
    """Share the enabling inputs' capacity out among the needs they serve; see the module docstring."""
    n_needs = len(arr.need_actor)
    if n_needs == 0:
        return _Enabled(actor_cap, actor_cap, actor_cap, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), ())
    served_cap = actor_cap[arr.need_actor]
    needed = _to_int(arr.need_share * served_cap, CAPACITY_SCALE)
    first = np.zeros(n_needs, dtype=np.int64)
    second = np.zeros(n_needs, dtype=np.int64)
    if prefer is not None:
        flows, _, _ = _vectors(network, prefer)
        first = np.minimum(needed, _beyond_unaided(arr, actor_cap, flows))
        # Clients that carry flow come before clients waiting idle: capacity held for an actor that
        # does not use it would be lost to those that do.
        carrying = flows[arr.need_actor] > 0.5 / CAPACITY_SCALE
        second = np.where(carrying, needed - first, 0)
    # Equal slices of each tier (the last slice of each takes the remainder of the division).
    tiers = [*_slices(first), *_slices(second), *_slices(needed - first - second)]
    channel_cap = _to_int(actor_cap[arr.channel_actor], CAPACITY_SCALE)
    big = int(needed.sum()) + 1
    caps = np.concatenate([channel_cap, np.full(arr.n_links, big), *tiers]).astype(np.int64)
    smcf = min_cost_flow.SimpleMinCostFlow()
    smcf.add_arcs_with_capacity_and_unit_cost(arr.alloc_tails, arr.alloc_heads, caps, arr.alloc_costs)
    bound = int(channel_cap.sum()) + 1
    smcf.set_node_supply(0, bound)
    smcf.set_node_supply(1, -bound)
    if smcf.solve_max_flow_with_min_cost() != smcf.OPTIMAL:
        raise SolverError("the enabling inputs could not be allocated")
    flows = smcf.flows(np.arange(len(caps), dtype=np.int32))
    n_channels = len(arr.channel_actor)
    link_alloc = flows[n_channels : n_channels + arr.n_links]
    need_alloc = np.bincount(arr.link_need, weights=link_alloc, minlength=n_needs).astype(np.int64)
    shortfall = needed - need_alloc
    usable = actor_cap.copy()
    short = np.flatnonzero(shortfall > 0)
    if len(short):
        # An actor with several needs can use no more than its scarcest input allows.
        cut = np.zeros(len(actor_cap), dtype=np.int64)
        np.maximum.at(cut, arr.need_actor[short], shortfall[short])
        usable = np.maximum(0.0, actor_cap - cut / CAPACITY_SCALE)
    unaided = usable.copy()
    np.minimum.at(unaided, arr.need_actor, (1.0 - arr.need_share) * actor_cap[arr.need_actor])
    return _Enabled(actor_cap, usable, unaided, link_alloc, need_alloc, tuple(int(k) for k in short))


def solve(
    network: SupplyNetwork, conditions: Conditions | None = None, prefer: FlowResult | None = None, settle: bool | None = None
) -> FlowResult:
    """Maximum supply to the destination at the least total cost, under the given conditions.

    With ``prefer`` (usually the flows before an intervention), among all solutions of maximum flow
    and least cost the solver keeps as much of the preferred flows in place as it can: only the
    flow that must move, moves. Without it, a re-solve may reshuffle flows between equally cheap
    routes far from the change, which hides where the displaced flow really went. The enabling
    inputs, too, serve first the flows of ``prefer`` (in the simulation: last month's).

    With ``settle`` (the default without ``prefer``) and enabling inputs, the inputs settle on the
    flow they enable: the solve is repeated with its own result preferred, up to SETTLE_PASSES
    times, until the usable capacities no longer change (each pass keeps the flow of the one before,
    so supply never falls). Without ``prefer``, the inputs first serve the flow the trade would carry
    if they were unlimited. The simulation settles the immediate re-routing, where flows change
    most, and lets later months start from the month before.
    """
    conditions = conditions or Conditions()
    if settle is None:
        settle = prefer is None
    if settle and network.needs:
        if prefer is None:
            # The channels serve first the flow the trade would carry if they were unlimited.
            prefer = _solve_once(network, conditions, None, unlimited=True)
        result = _solve_once(network, conditions, prefer)
        for _ in range(SETTLE_PASSES):
            again = _solve_once(network, conditions, result)
            settled = dict(again.actor_capacity) == dict(result.actor_capacity)
            result = again
            if settled:
                break
        return result
    return _solve_once(network, conditions, prefer)


def _solve_once(network: SupplyNetwork, conditions: Conditions, prefer: FlowResult | None, unlimited: bool = False) -> FlowResult:
    """One solve; ``unlimited``: as if every enabling input had capacity for all its clients."""
    arr = _arrays(network)
    nominal = _nominal_capacities(network, arr, conditions)
    enabled = _unlimited(arr, nominal) if unlimited else _enable(arr, nominal, prefer, network)
    caps, costs, scale = _arc_values(arr, conditions, np.where(arr.enabler, 0.0, enabled.usable), network.demand_for(conditions))
    int_caps, real_costs = _to_int(caps, CAPACITY_SCALE), _to_int(costs, scale)
    # Costs are scaled PREFERENCE_SCALE times finer when ties are to be broken (a hair for each rule).
    fine = PREFERENCE_SCALE if (prefer is not None or len(arr.served) or conditions.grown) else 1
    tails, heads, arc_caps, arc_costs, parents = _with_unaided_first(arr, enabled, arr.tails, arr.heads, int_caps, real_costs * fine)
    tails, heads, arc_caps, arc_costs, parents, premium = _with_expansion(
        arr, conditions, scale, fine, (tails, heads, arc_caps, arc_costs), parents
    )
    n_arcs = len(arc_caps)
    kept = np.zeros(0, dtype=np.int64)
    if prefer is not None:
        preferred = _preferred(network, arr, prefer, int_caps, arc_caps, parents, len(premium))
        tails, heads, arc_caps, arc_costs, kept = _with_preference(tails, heads, arc_caps, arc_costs, preferred)
    smcf = min_cost_flow.SimpleMinCostFlow()
    smcf.add_arcs_with_capacity_and_unit_cost(tails, heads, arc_caps, arc_costs)
    # Max flow at min cost runs from nodes with positive supply to nodes with negative supply;
    # the supply only needs to exceed what the arcs can carry.
    bound = int(caps[-1] * CAPACITY_SCALE) + 1
    smcf.set_node_supply(0, bound)
    smcf.set_node_supply(1, -bound)
    status = smcf.solve_max_flow_with_min_cost()
    if status != smcf.OPTIMAL:
        raise SolverError(f"min-cost flow solver returned status {status}")
    all_flows = _with_kept(smcf.flows(np.arange(len(tails), dtype=np.int32)), n_arcs, kept)
    int_flows = _merged(all_flows, len(int_caps), parents)
    extra_cost = int(np.dot(all_flows[len(all_flows) - len(premium) :], premium)) if len(premium) else 0
    flows = int_flows.astype(np.float64) / CAPACITY_SCALE
    actor_flow = flows[: arr.n_actors].copy()
    route_flow = flows[arr.n_actors : arr.n_actors + arr.n_routes]
    enabling = _enabling_used(arr, enabled, actor_flow)
    if arr.n_links:
        actor_flow[arr.channel_actor] = np.bincount(arr.link_channel, weights=enabling, minlength=len(arr.channel_actor))
    return FlowResult(
        delivered=float(flows[-1]),
        demand=float(caps[-1]),
        total_cost=float(np.dot(int_flows, real_costs) + extra_cost) / (CAPACITY_SCALE * scale),
        actor_flow=MappingProxyType(dict(zip(network.actor_ids, actor_flow.tolist(), strict=True))),
        route_flow=MappingProxyType(dict(zip(network.route_keys, route_flow.tolist(), strict=True))),
        actor_capacity=MappingProxyType(dict(zip(network.actor_ids, enabled.usable.tolist(), strict=True))),
        enabling=_pairs(arr, enabling),
        _arcs=(int_caps, int_flows),
        _short_needs=enabled.short_needs,
        _enabled=enabled,
        _vectors=(actor_flow, route_flow.copy(), enabled.usable),
    )


def _arc_values(arr: _Arrays, conditions: Conditions, actor_cap: np.ndarray, demand: float) -> tuple[np.ndarray, np.ndarray, int]:
    """Every arc's capacity and real cost, in the order of ``arr.tails``, and the cost scale."""
    route_cap = arr.route_cap.copy()
    for key, factor in conditions.route_factor.items():
        if key in arr.route_pos:
            route_cap[arr.route_pos[key]] *= factor
    route_cost = arr.route_cost.copy()
    for key, extra in conditions.route_extra_cost.items():
        if key in arr.route_pos:
            route_cost[arr.route_pos[key]] += extra
    big = float(actor_cap.sum()) + 1.0
    caps = np.concatenate([actor_cap, route_cap, np.full(arr.n_sources + arr.n_markets, big), [demand]])
    costs = np.concatenate([arr.actor_cost, route_cost, np.zeros(arr.n_sources + arr.n_markets + 1)])
    caps = _within_range(caps, costs, demand, float(actor_cap.sum()))
    # The costs change only with the plan's extra route costs: the scale is found once per plan.
    known = arr.scales.get(id(conditions.route_extra_cost))
    if known is not None and known[0] is conditions.route_extra_cost:
        return caps, costs, known[1]
    scale = cost_scale(np.concatenate([costs, arr.expansion_cost]))
    if len(arr.scales) > 64:
        arr.scales.clear()
    arr.scales[id(conditions.route_extra_cost)] = (conditions.route_extra_cost, scale)
    return caps, costs, scale


def _with_unaided_first(
    arr: _Arrays,
    enabled: _Enabled,
    tails: np.ndarray,
    heads: np.ndarray,
    caps: np.ndarray,
    costs: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """An actor's own unaided capacity first, and the part its channels enable as a parallel arc that
    costs a hair more, so a channel is used only where the flow cannot go unaided. Also returns, for
    each added arc, the arc it is part of."""
    if not len(arr.served):
        return tails, heads, caps, costs, np.zeros(0, dtype=np.int64)
    unaided = np.minimum(caps[arr.served], _to_int(enabled.unaided[arr.served], CAPACITY_SCALE))
    extra = caps[arr.served] - unaided
    caps = np.concatenate([caps, extra])
    caps[arr.served] = unaided
    costs = np.concatenate([costs, costs[arr.served] + 1])
    tails = np.concatenate([tails, tails[arr.served]]).astype(np.int32)
    heads = np.concatenate([heads, heads[arr.served]]).astype(np.int32)
    return tails, heads, caps, costs, arr.served.copy()


def _with_expansion(
    arr: _Arrays,
    conditions: Conditions,
    scale: int,
    fine: int,
    arcs: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    parents: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The capacity an actor has grown (``conditions.grown``) as a parallel arc at its expansion cost,
    taken from the top of its capacity (the part its channels enable first). Also returns, for each
    such arc, the extra real cost of a solver unit on it (to add to the total cost)."""
    tails, heads, caps, costs = arcs
    none = np.zeros(0, dtype=np.int64)
    if not conditions.grown:
        return tails, heads, caps, costs, parents, none
    caps = caps.copy()
    owners, amounts = _take_grown(arr, conditions, caps)
    if not owners:
        return tails, heads, caps, costs, parents, none
    owner = np.array(owners, dtype=np.int64)
    expansion = _to_int(arr.expansion_cost[owner], scale)
    extra_real = expansion - _to_int(arr.actor_cost[owner], scale)
    return (
        np.concatenate([tails, tails[owner]]).astype(np.int32),
        np.concatenate([heads, heads[owner]]).astype(np.int32),
        np.concatenate([caps, np.array(amounts, dtype=np.int64)]),
        np.concatenate([costs, expansion * fine + 2]),
        np.concatenate([parents, owner]),
        extra_real,
    )


def _take_grown(arr: _Arrays, conditions: Conditions, caps: np.ndarray) -> tuple[list[int], list[int]]:
    """Take each grown actor's added capacity off its arcs (``caps``, changed in place), the part its
    channels enable first; returns the actors and the solver units taken. An actor whose expansion
    costs no more than its unit cost needs no arc of its own."""
    n_base = arr.n_actors + arr.n_routes + arr.n_sources + arr.n_markets + 1
    enabled_arc = {int(actor): n_base + k for k, actor in enumerate(arr.served)}
    owners: list[int] = []
    amounts: list[int] = []
    for actor_id, share in conditions.grown.items():
        i = arr.actor_pos.get(actor_id)
        if i is None or share <= 0 or arr.expansion_cost[i] <= arr.actor_cost[i]:
            continue
        parts = [enabled_arc[i], i] if i in enabled_arc else [i]
        total = int(sum(caps[k] for k in parts))
        amount = min(total, round(total * share))
        left = amount
        for k in parts:
            take = min(int(caps[k]), left)
            caps[k] -= take
            left -= take
        if amount > 0:
            owners.append(i)
            amounts.append(amount)
    return owners, amounts


def _with_kept(flows: np.ndarray, n_arcs: int, kept: np.ndarray) -> np.ndarray:
    """Each arc's flow with the flow on its preferred copy added back."""
    merged = flows[:n_arcs].copy()
    if len(kept):
        np.add.at(merged, kept, flows[n_arcs:])
    return merged


def _merged(flows: np.ndarray, n_base: int, parents: np.ndarray) -> np.ndarray:
    """Each arc's flow in the order of ``arr.tails``: the flows of the parts added to an arc added back."""
    merged = flows[:n_base].copy()
    if len(parents):
        np.add.at(merged, parents, flows[n_base:])
    return merged


@dataclass(frozen=True)
class Bottleneck:
    """Where a short supply is held back: the capacities on the minimum cut nearest the sources.

    More capacity at any of these would carry more supply to the destination (once any later cut is
    widened too): this is where margins rise, so where the trade expands and newcomers enter."""

    actors: frozenset[str]  # actors whose usable capacity is used up
    routes: frozenset[RouteKey]  # routes whose capacity is used up
    inputs: frozenset[str]  # enabling inputs that leave an actor on the cut short of capacity
    input_limited: frozenset[str]  # actors on the cut held back by an enabling input rather than their own capacity
    entrants: frozenset[str]  # waiting latent actors that would open a new way across the cut


def bottleneck(network: SupplyNetwork, result: FlowResult, conditions: Conditions) -> Bottleneck | None:
    """The minimum cut of a solution short of demand (None when supply is not short)."""
    if not result.short or result._arcs is None:
        return None
    arr = _arrays(network)
    caps, flows = result._arcs
    reached = _reachable(arr, caps, flows)
    n = arr.n_actors
    in_idx = 3 + 2 * np.arange(n)
    present = ~_inactive(arr, conditions)
    cut_actor = reached[in_idx] & ~reached[in_idx + 1] & ~arr.enabler & present
    route_tails, route_heads = arr.tails[n : n + arr.n_routes], arr.heads[n : n + arr.n_routes]
    both_present = present[(route_tails - 4) // 2] & present[(route_heads - 3) // 2]
    cut_route = reached[route_tails] & ~reached[route_heads] & both_present
    ids = network.actor_ids
    actors = frozenset(ids[i] for i in np.flatnonzero(cut_actor))
    inputs: set[str] = set()
    limited: set[str] = set()
    for k in result._short_needs:
        if cut_actor[arr.need_actor[k]]:
            limited.add(ids[arr.need_actor[k]])
            inputs.update(e for e in arr.need_channels[k] if e not in conditions.removed)
    # A waiting entrant opens a new way across the cut if supply can reach it and it leads past the cut.
    open_route = caps[n : n + arr.n_routes] > 0
    leads_past = np.zeros(n, dtype=bool)
    leads_past[(route_tails[open_route & ~reached[route_heads]] - 4) // 2] = True
    entrants = {a for a in network.latent_actors if network.is_waiting(a, conditions) and not network.is_enabler(a)}
    entrants = {a for a in entrants if reached[in_idx[arr.actor_pos[a]]] and leads_past[arr.actor_pos[a]]}
    entrants |= {e for e in inputs if network.is_waiting(e, conditions)}
    return Bottleneck(
        actors=actors,
        routes=frozenset(network.route_keys[i] for i in np.flatnonzero(cut_route)),
        inputs=frozenset(e for e in inputs if not network.is_waiting(e, conditions)),
        input_limited=frozenset(limited),
        entrants=frozenset(entrants),
    )


def _reachable(arr: _Arrays, caps: np.ndarray, flows: np.ndarray) -> np.ndarray:
    """Nodes the super-source reaches in the residual graph (arcs with room forward, flow backward)."""
    forward = flows < caps
    backward = flows > 0
    reached = np.zeros(arr.n_nodes, dtype=bool)
    reached[0] = True
    count = 1
    while True:
        reached[arr.heads[forward & reached[arr.tails]]] = True
        reached[arr.tails[backward & reached[arr.heads]]] = True
        now = int(reached.sum())
        if now == count:
            return reached
        count = now


def _enabling_used(arr: _Arrays, enabled: _Enabled, actor_flow: np.ndarray) -> np.ndarray:
    """Of what each channel gives each need, the part the actor's flow uses (in units)."""
    if not arr.n_links:
        return np.zeros(0)
    used = np.minimum(enabled.need_alloc, _beyond_unaided(arr, enabled.nominal, actor_flow))
    ratio = np.divide(used, enabled.need_alloc, out=np.zeros(len(used)), where=enabled.need_alloc > 0)
    return np.rint(enabled.link_alloc * ratio[arr.link_need]) / CAPACITY_SCALE


def _pairs(arr: _Arrays, amounts: np.ndarray) -> Mapping[RouteKey, float]:
    totals: dict[RouteKey, float] = {}
    for pair, amount in zip(arr.link_pair, amounts.tolist(), strict=True):
        totals[pair] = totals.get(pair, 0.0) + amount
    return MappingProxyType(totals)


# Preferred flow is made cheaper by one unit of a cost scaled PREFERENCE_SCALE times finer, so the
# discount can only break ties between solutions that cost the same: any cycle of fewer than
# PREFERENCE_SCALE arcs that changed the real cost would change it by more than all discounts on it.
PREFERENCE_SCALE = 128


def _vectors(network: SupplyNetwork, result: FlowResult) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A result's actor flows, route flows and usable capacities as arrays in the network's order."""
    if result._vectors is not None and len(result._vectors[0]) == len(network.actor_ids):
        return result._vectors
    actor_flow = np.array([result.actor_flow.get(a, 0.0) for a in network.actor_ids])
    route_flow = np.array([result.route_flow.get(k, 0.0) for k in network.route_keys])
    usable = np.array([result.actor_capacity.get(a, 0.0) for a in network.actor_ids])
    return actor_flow, route_flow, usable


def _preferred(
    network: SupplyNetwork,
    arr: _Arrays,
    prefer: FlowResult,
    int_caps: np.ndarray,
    arc_caps: np.ndarray,
    parents: np.ndarray,
    n_grown: int,
) -> np.ndarray:
    """The preferred flow of every arc in solver units: the actors' and routes' flows in ``prefer``;
    on an actor's grown capacity (the last ``n_grown`` arcs), the flow beyond what the rest of its
    capacity can carry. Enabled parts get none: they fill only where the unaided part is full."""
    preferred = np.zeros(len(arc_caps), dtype=np.int64)
    actor_flow, route_flow, _ = _vectors(network, prefer)
    preferred[: arr.n_actors] = _to_int(actor_flow, CAPACITY_SCALE)
    preferred[arr.n_actors : arr.n_actors + arr.n_routes] = _to_int(route_flow, CAPACITY_SCALE)
    if n_grown:
        grown = len(arc_caps) - n_grown + np.arange(n_grown)
        owner = parents[grown - len(int_caps)]
        preferred[grown] = np.maximum(0, preferred[owner] - (int_caps[owner] - arc_caps[grown]))
    return preferred


def _with_preference(
    tails: np.ndarray, heads: np.ndarray, caps: np.ndarray, costs: np.ndarray, preferred: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Split every arc that carried preferred flow into a discounted part (up to that flow) and the
    rest. ``costs`` are already scaled PREFERENCE_SCALE times finer than the real costs."""
    preferred = np.minimum(preferred, caps)
    kept = np.flatnonzero(preferred > 0)
    main_caps = caps - preferred
    tails = np.concatenate([tails, tails[kept]]).astype(np.int32)
    heads = np.concatenate([heads, heads[kept]]).astype(np.int32)
    return tails, heads, np.concatenate([main_caps, preferred[kept]]), np.concatenate([costs, costs[kept] - 1]), kept


def solve_networkx(network: SupplyNetwork, conditions: Conditions | None = None) -> FlowResult:
    """The same problem solved with networkx's max_flow_min_cost (slower; the test oracle).

    Uses the same integer scaling as ``solve`` so that both see exactly the same problem. Enabling
    inputs are shared out as ``solve`` settles them: the oracle checks the flow, not that rule. It has
    no expansion arcs (``Conditions.grown``): compare it on conditions without growth."""
    import networkx as nx  # only the oracle needs it; the app's start-up does not

    conditions = conditions or Conditions()
    arr = _arrays(network)
    settled = solve(network, conditions)
    usable = dict(settled.actor_capacity)
    g = network.flow_graph(conditions, capacities=usable)
    for _, _, data in g.edges(data=True):
        data["capacity"] = round(data["capacity"] * CAPACITY_SCALE)
        data["weight"] = round(data["weight"] * COST_SCALE)
    flow = nx.max_flow_min_cost(g, SOURCE, SINK)
    cost = nx.cost_of_flow(g, flow)
    flows = np.array([flow[in_node(a)][out_node(a)] for a in network.actor_ids], dtype=np.float64) / CAPACITY_SCALE
    enabling = _enabling_used(arr, settled._enabled, flows) if settled._enabled is not None else np.zeros(0)
    if arr.n_links:
        flows[arr.channel_actor] = np.bincount(arr.link_channel, weights=enabling, minlength=len(arr.channel_actor))
    route_flow = {(a, b): flow[out_node(a)][in_node(b)] / CAPACITY_SCALE for a, b in network.route_keys}
    return FlowResult(
        delivered=flow[DEMAND][SINK] / CAPACITY_SCALE,
        demand=network.demand_for(conditions),
        total_cost=cost / (CAPACITY_SCALE * COST_SCALE),
        actor_flow=MappingProxyType(dict(zip(network.actor_ids, flows.tolist(), strict=True))),
        route_flow=MappingProxyType(route_flow),
        actor_capacity=MappingProxyType(usable),
        enabling=_pairs(arr, enabling),
    )
