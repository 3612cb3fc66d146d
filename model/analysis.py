"""Analyses over the whole network: which actors matter most, and what it takes to stop supply."""

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
    """The fewest actors whose removal leaves no path from the first stage to the markets.

    A minimum node cut (networkx) on the actor graph, with latent entrants counted as part of the
    trade by default: removing the active actors alone would leave room for entrants to come in.
    """
    g = network.actor_graph(include_latent=include_latent)
    for actor_id in network.source_actors:
        if actor_id in g:
            g.add_edge(SOURCE, actor_id)
    for actor_id in network.market_actors:
        if actor_id in g:
            g.add_edge(actor_id, SINK)
    if SOURCE not in g or SINK not in g or not nx.has_path(g, SOURCE, SINK):
        return frozenset()
    return frozenset(nx.minimum_node_cut(g, SOURCE, SINK))
