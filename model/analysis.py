"""Analyses over the whole network: which actors matter most, and what it takes to stop supply.

The smallest stopping set leaves markets (actors of role ``market``, and so demand) out: removing
every buyer is not a way of stopping a trade. It counts latent entrants as part of the trade, since they would otherwise
come in, and it understands enabling inputs: a payment channel or a press vendor stops nothing by
itself, because it only caps part of the capacity of the actors it serves and its substitutes can
stand in. Removing every channel of a need blocks an actor only when that need is its whole
capacity (``share: 1``); then the search is exact (OR-Tools CP-SAT), otherwise a minimum node cut.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from model.flow import solve
from model.interventions import Plan
from model.network import SINK, SOURCE, SupplyNetwork
from model.simulation import simulate


@dataclass(frozen=True)
class Criticality:
    actor: str
    baseline_flow: float
    share_immediate: float  # share of baseline supply right after removing this actor alone
    share_after: float  # the same after ``months`` of adaptation
    months: int


def criticality(network: SupplyNetwork, months: int = 12, seed: int = 0) -> tuple[Criticality, ...]:
    """Remove each active actor alone; rank by the supply left after ``months`` (lowest first)."""
    base = solve(network)
    rows = []
    for actor_id in network.actor_ids:
        if network.actors[actor_id].latent:
            continue
        timeline = simulate(network, Plan(removed=(actor_id,)), months, seed, baseline=base)
        rows.append(
            Criticality(
                actor=actor_id,
                baseline_flow=base.actor_flow[actor_id],
                share_immediate=timeline.immediate.share_of_baseline,
                share_after=timeline.months[-1].share_of_baseline,
                months=months,
            )
        )
    return tuple(sorted(rows, key=lambda r: (r.share_after, r.share_immediate, r.actor)))


def smallest_stopping_set(network: SupplyNetwork, include_latent: bool = True) -> frozenset[str]:
    """The fewest actors, markets left out, whose removal leaves no way for supply to reach them.

    Latent entrants count as part of the trade by default: removing the active actors alone would
    leave room for entrants to come in. Empty when nothing can reach the markets in the first place,
    or when nothing short of removing markets could stop it (a market in the first stage)."""
    present = {a for a in network.actor_ids if include_latent or not network.actors[a].latent}
    full_needs = [
        (actor_id, tuple(e for e in need.from_ if e in present))
        for actor_id, needs in network.needs.items()
        if actor_id in present
        for need in needs
        if need.share >= 1.0
    ]
    g = _carrier_graph(network, present)
    if not nx.has_path(g, SOURCE, SINK) or g.has_edge(SOURCE, SINK):
        return frozenset()
    if not full_needs:
        return frozenset(nx.minimum_node_cut(g, SOURCE, SINK))
    return _exact_stopping_set(network, g, full_needs, present)


def _carrier_graph(network: SupplyNetwork, present: set[str]) -> nx.DiGraph:
    """Actors that carry flow, one node each; markets merged into the sink, so they cannot be cut."""
    markets = set(network.market_actors)

    def node(actor_id: str) -> str:
        return SINK if actor_id in markets else actor_id

    g = nx.DiGraph()
    g.add_nodes_from([SOURCE, SINK])
    for actor_id in network.actor_ids:
        if actor_id in present and actor_id not in markets and not network.is_enabler(actor_id):
            g.add_node(actor_id)
    for route in network.routes:
        if route.capacity > 0 and route.from_ in present and route.to in present and node(route.from_) != SINK:
            g.add_edge(node(route.from_), node(route.to))
    for actor_id in network.source_actors:
        if actor_id in present:
            g.add_edge(SOURCE, node(actor_id))
    return g


def _exact_stopping_set(
    network: SupplyNetwork, g: nx.DiGraph, full_needs: list[tuple[str, tuple[str, ...]]], present: set[str]
) -> frozenset[str]:
    """The minimum stopping set when some actor needs an input for all of its capacity: an actor is
    then blocked by removing it or by removing every present channel of that need."""
    from ortools.sat.python import cp_model  # only this case needs it; it takes a second to import

    model = cp_model.CpModel()
    actors = [n for n in g.nodes if n not in (SOURCE, SINK)]
    channels = sorted({e for _, refs in full_needs for e in refs})
    removed = {a: model.new_bool_var(f"remove_{a}") for a in [*actors, *channels] if a not in network.market_actors}
    reaches = {a: model.new_bool_var(f"reaches_{a}") for a in actors}
    blocked = {a: model.new_bool_var(f"blocked_{a}") for a in actors}
    ways: dict[str, list[cp_model.IntVar]] = {a: [removed[a]] for a in actors}
    for k, (actor_id, refs) in enumerate(full_needs):
        if actor_id not in blocked:
            continue
        cut_off = model.new_bool_var(f"cut_off_{k}")
        for e in refs:  # every channel of the need removed (a need with no present channel is cut off already)
            model.add_implication(cut_off, removed[e])
        ways[actor_id].append(cut_off)
    for actor_id in actors:
        model.add(blocked[actor_id] <= sum(ways[actor_id]))
    for tail, head in g.edges:
        if head == SINK:
            model.add(reaches[tail] == 0)  # nothing may reach a market
        elif tail == SOURCE:
            model.add(reaches[head] + blocked[head] >= 1)
        else:
            model.add(reaches[head] + blocked[head] >= reaches[tail])
    model.minimize(sum(removed.values()))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1  # deterministic
    status = solver.solve(model)
    if status != cp_model.OPTIMAL:  # pragma: no cover - a finite model always has the all-removed solution
        raise RuntimeError(f"the stopping-set search ended with status {solver.status_name(status)}")
    return frozenset(a for a, var in removed.items() if solver.value(var))
