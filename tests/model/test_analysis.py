"""Analyses: the smallest set of actors that stops supply, and the criticality ranking."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from model.analysis import criticality, smallest_stopping_set
from model.flow import solve
from model.interventions import Plan, conditions_for
from model.network import SupplyNetwork
from model.scenario import load_scenario, scenario_from_data
from model.simulation import simulate

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"


@pytest.fixture(scope="module")
def small() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(SMALL))


def layered_network(
    widths: list[int],
    latent: set[str] = frozenset(),
    extra_routes: tuple[tuple[str, str], ...] = (),
    channels: dict[str, float] | None = None,
    needs: dict[str, list[tuple[float, list[str]]]] | None = None,
) -> SupplyNetwork:
    """Stages of the given widths, every actor routed to every actor of the next stage; actor ids are
    ``a{stage}_{index}``; the last stage holds street markets. Capacities are ample. ``channels``:
    money channels (id -> capacity) in the first stage, with no routes; ``needs``: actor -> [(share, channels)]."""
    source = [{"publisher": "Test", "title": "Hand-built"}]
    layers = [[f"a{i}_{j}" for j in range(width)] for i, width in enumerate(widths)]
    last = len(widths) - 1
    actors: list[dict[str, Any]] = [
        {
            "id": actor_id,
            "name": actor_id,
            "stage": f"s{i}",
            "kind": "street_market" if i == last else "transport_network",
            "region": "Mexico",
            "description": "hand-built",
            "capacity": 50,
            "unit_cost": 1,
            "sources": source,
            "latent": actor_id in latent,
            "entry_lag_months": 1,
        }
        for i, layer in enumerate(layers)
        for actor_id in layer
    ]
    for channel, capacity in (channels or {}).items():
        actors.append(
            {"id": channel, "name": channel, "stage": "s0", "kind": "money_network", "region": "Mexico", "description": "hand-built",
             "capacity": capacity, "unit_cost": 1, "sources": source}
        )  # fmt: skip
    for actor in actors:
        if actor["id"] in (needs or {}):
            actor["needs"] = [{"share": share, "from": refs} for share, refs in (needs or {})[actor["id"]]]
    routes = [{"from": a, "to": b, "capacity": 50} for here, there in itertools.pairwise(layers) for a, b in itertools.product(here, there)]
    routes += [{"from": a, "to": b, "capacity": 50} for a, b in extra_routes]
    data = {
        "title": "Hand-built",
        "information_date": "today",
        "illustrative_note": "for tests",
        "stages": [{"id": f"s{i}", "title": f"Stage {i}", "short_title": f"S{i}", "narrative": "n"} for i in range(len(widths))],
        "actors": actors,
        "routes": routes,
        "market": {"demand": 40, "elasticity": 0.5},
    }
    return SupplyNetwork(scenario_from_data(data, "hand-built.yaml"))


def stays_stopped(network: SupplyNetwork, removed: frozenset[str], months: int = 12) -> bool:
    timeline = simulate(network, Plan(removed=tuple(sorted(removed))), months=months)
    return all(m.delivered == 0 for m in timeline.months)


# ---------------------------------------------------------------------------------------------
# Smallest stopping set


def test_small_example_is_stopped_at_a_two_actor_stage_never_by_removing_its_market(small: SupplyNetwork) -> None:
    # All supply ends at the one street market, but removing the buyers is not a way to stop a trade:
    # markets are left out. Suppliers, brokers and cooks have two actors each, transport three
    # (counting the latent new cell): the cut is one of the two-actor stages.
    two_actor_stages = [{"supplier_a", "supplier_b"}, {"broker_a", "broker_b"}, {"cooks_a", "cooks_b"}]
    cut = smallest_stopping_set(small)
    assert cut in two_actor_stages
    assert stays_stopped(small, cut)
    # Without the latent cell, transport has two actors too.
    assert smallest_stopping_set(small, include_latent=False) in [*two_actor_stages, {"group_a", "group_b"}]


def test_hand_built_network_is_stopped_at_its_narrowest_stage() -> None:
    # Widths 4, 4, 2 (+1 latent), 4, 4: the production stage is the bottleneck.
    network = layered_network([4, 4, 3, 4, 4], latent={"a2_2"})

    assert smallest_stopping_set(network) == {"a2_0", "a2_1", "a2_2"}
    assert smallest_stopping_set(network, include_latent=False) == {"a2_0", "a2_1"}
    assert stays_stopped(network, frozenset({"a2_0", "a2_1", "a2_2"}))


def test_leaving_out_the_latent_entrant_stops_supply_only_for_a_while() -> None:
    network = layered_network([4, 4, 3, 4, 4], latent={"a2_2"})
    timeline = simulate(network, Plan(removed=("a2_0", "a2_1")), months=6)

    assert timeline.immediate.delivered == 0
    assert timeline.entrants() and timeline.entrants()[0][1] == "a2_2"
    assert timeline.months[-1].delivered > 0


def test_a_route_that_skips_the_bottleneck_widens_the_cut() -> None:
    # a1_0 -> a3_0 bypasses the production stage: blocking production (2 actors) no longer suffices,
    # and every other stage has 4 actors, so the cut is production plus one end of the bypass.
    network = layered_network([4, 4, 2, 4, 4], extra_routes=(("a1_0", "a3_0"),))

    cut = smallest_stopping_set(network)

    assert len(cut) == 3
    assert {"a2_0", "a2_1"} < cut and cut & {"a1_0", "a3_0"}
    assert stays_stopped(network, cut)
    for pair in itertools.combinations(network.actor_ids, 2):
        assert solve(network, conditions_for(network, Plan(removed=pair))).delivered > 0, f"{pair} alone stops supply"


@settings(max_examples=50, deadline=None)
@given(widths=st.lists(st.integers(1, 4), min_size=2, max_size=5), data=st.data())
def test_fully_connected_stages_are_stopped_at_a_narrowest_stage(widths: list[int], data: st.DataObject) -> None:
    ids = [[f"a{i}_{j}" for j in range(w)] for i, w in enumerate(widths)]
    latent = data.draw(st.sets(st.sampled_from([a for layer in ids for a in layer])))
    network = layered_network(widths, latent=latent)

    # The last layer holds the street markets, which are left out of every stopping set.
    cuttable = ids[:-1]
    cut = smallest_stopping_set(network)
    assert cut in [frozenset(layer) for layer in cuttable if len(layer) == min(widths[:-1])]
    assert stays_stopped(network, cut, months=6)

    active = [frozenset(a for a in layer if a not in latent) for layer in cuttable]
    narrowest = min(len(layer) for layer in active)
    no_active_market = all(a in latent for a in ids[-1])
    cut_without_latent = smallest_stopping_set(network, include_latent=False)
    if narrowest == 0 or no_active_market:
        assert cut_without_latent == frozenset(), "with no active path there is nothing to stop"
    else:
        assert cut_without_latent in [layer for layer in active if len(layer) == narrowest]


# ---------------------------------------------------------------------------------------------
# Enabling inputs in the stopping set


def brute_force_stopping_set(network: SupplyNetwork) -> frozenset[str]:
    """The smallest set whose removal leaves the solver delivering nothing, every entrant in: the oracle."""
    from model.network import Conditions

    cuttable = [a for a in network.actor_ids if a not in network.market_actors]
    everyone = frozenset(network.latent_actors)
    for size in range(len(cuttable) + 1):
        for subset in itertools.combinations(cuttable, size):
            if solve(network, Conditions(removed=frozenset(subset), entered=everyone)).delivered == 0:
                return frozenset(subset)
    raise AssertionError("removing everything but the markets always stops supply")


def test_payment_channels_that_enable_part_of_a_stage_are_never_a_stopping_set() -> None:
    # The one-actor middle stage needs a channel for half of its capacity; two substitutes serve it.
    # Removing both channels halves its capacity but stops nothing, so the cut stays the actor itself.
    network = layered_network([3, 1, 3, 2], channels={"bank": 30, "crypto": 30}, needs={"a1_0": [(0.5, ["bank", "crypto"])]})
    assert smallest_stopping_set(network) == {"a1_0"}
    without_channels = solve(network, conditions_for(network, Plan(removed=("bank", "crypto"))))
    assert without_channels.delivered == pytest.approx(25), "the unaided half of a1_0's 50 still flows"
    assert not stays_stopped(network, frozenset({"bank", "crypto"}))


def test_an_actor_that_needs_a_channel_for_everything_is_stopped_by_removing_every_channel() -> None:
    # Both middle actors need one of the two channels for all of their capacity: removing the two
    # channels (2) is as cheap as removing the two actors; with three middle actors it is cheaper.
    network = layered_network(
        [3, 3, 3, 2], channels={"bank": 60, "crypto": 60}, needs={a: [(1.0, ["bank", "crypto"])] for a in ("a1_0", "a1_1", "a1_2")}
    )
    cut = smallest_stopping_set(network)
    assert cut == {"bank", "crypto"}
    assert stays_stopped(network, cut)
    assert cut == brute_force_stopping_set(network) or len(cut) == len(brute_force_stopping_set(network))


@settings(max_examples=25, deadline=None)
@given(widths=st.lists(st.integers(1, 3), min_size=2, max_size=4), data=st.data())
def test_the_stopping_set_with_enabling_inputs_is_as_small_as_brute_force_finds(widths: list[int], data: st.DataObject) -> None:
    carriers = [f"a{i}_{j}" for i, w in enumerate(widths[:-1]) for j in range(w)]
    channels = {"bank": 40.0, "crypto": 40.0}
    served = data.draw(st.lists(st.sampled_from(carriers), unique=True, min_size=1, max_size=3))
    needs = {a: [(data.draw(st.sampled_from([0.5, 1.0])), ["bank", "crypto"])] for a in served}
    needs[served[0]] = [(data.draw(st.sampled_from([0.5, 1.0])), data.draw(st.sampled_from([["bank"], ["crypto"]])))] + needs[served[0]]
    latent = data.draw(st.sets(st.sampled_from(carriers), max_size=2))
    network = layered_network(widths, latent=latent, channels=channels, needs=needs)
    cut = smallest_stopping_set(network)
    oracle = brute_force_stopping_set(network)
    assert len(cut) == len(oracle)
    assert stays_stopped(network, cut, months=3)


@settings(max_examples=30, deadline=None)
@given(widths=st.lists(st.integers(1, 4), min_size=2, max_size=5), data=st.data())
def test_the_exact_search_and_the_node_cut_agree_without_full_needs(widths: list[int], data: st.DataObject) -> None:
    from model.analysis import _carrier_graph, _exact_stopping_set

    ids = [f"a{i}_{j}" for i, w in enumerate(widths) for j in range(w)]
    network = layered_network(widths, latent=data.draw(st.sets(st.sampled_from(ids))))
    present = set(network.actor_ids)
    g = _carrier_graph(network, present)
    assert len(_exact_stopping_set(network, g, [], present)) == len(smallest_stopping_set(network))


# ---------------------------------------------------------------------------------------------
# Criticality

# Removing one actor alone, by hand: the other actor of its stage carries what it can.
IMMEDIATE_SHARES = {
    "street": 0.0,
    "supplier_a": 50 / 80,  # supplier_b's 50
    "broker_a": 50 / 80,  # broker_b's 50
    "cooks_a": 50 / 80,  # cooks_b's 50
    "group_a": 40 / 80,  # group_b's 40
    "supplier_b": 60 / 80,  # supplier_a's 60
    "broker_b": 60 / 80,
    "cooks_b": 60 / 80,
    "group_b": 70 / 80,  # group_a's 70
}


def test_criticality_covers_every_present_actor_with_hand_computed_immediate_shares(small: SupplyNetwork) -> None:
    rows = criticality(small, months=12, seed=0)

    assert {r.actor: r.share_immediate for r in rows} == pytest.approx(IMMEDIATE_SHARES)
    assert "new_cell" not in {r.actor for r in rows}, "a latent entrant is not in the trade to be removed"
    assert {r.actor: r.baseline_flow for r in rows} == {a: f for a, f in solve(small).actor_flow.items() if a != "new_cell"}


def test_criticality_is_sorted_by_what_is_left_after_adaptation(small: SupplyNetwork) -> None:
    rows = criticality(small, months=12, seed=0)

    assert list(rows) == sorted(rows, key=lambda r: (r.share_after, r.share_immediate, r.actor))
    assert rows[0].actor == "street" and rows[0].share_after == 0
    by_actor = {r.actor: r for r in rows}
    # The largest transport network hurts most at once but is fully replaced within the year.
    assert by_actor["group_a"].share_immediate == min(r.share_immediate for r in rows if r.actor != "street")
    # Replaced within the year, but by dearer groups: the price stays up and less is bought.
    assert 0.84 < by_actor["group_a"].share_after < 0.87
    assert by_actor["broker_a"].share_after < by_actor["group_a"].share_after


def test_criticality_numbers_match_separate_simulations(small: SupplyNetwork) -> None:
    for row in criticality(small, months=12, seed=3):
        timeline = simulate(small, Plan().remove(row.actor), months=12, seed=3)
        assert row.share_immediate == timeline.immediate.share_of_baseline, row.actor
        assert row.share_after == timeline.months[-1].share_of_baseline, row.actor
        assert row.months == 12
