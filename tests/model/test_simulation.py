"""Months of adaptation on the small example, worked out by hand from docs/examples/small.yaml.

At baseline 80 units reach the street for 480, 6 a unit (see test_flow). Removing group_a leaves 40
units, for 330: 8.25 a unit, so the cost index is 8.25 / 6 = 1.375. With elasticity 0.5 the short
supply would fetch (40/80) ** (-1/0.5) = 4, which is also the cap: the price index is the larger of the
two, 4. Only group_b holds supply back (the minimum cut; cooks and brokers have room), so only
group_b grows: it closes a quarter (ramp_rate) of the gap to 1.5 times its capacity each month,
40 -> 45 -> 48.75, while buyers, facing the cost index of 1.375, would take 80 * 1.375 ** -0.5 = 68.2.
The latent new_cell (entry price 1.2) would carry supply past the cut, so it starts preparing at month
0 and enters after 3 months plus or minus 1 (entry_lag_spread), in month 2, 3 or 4. From then on
supply is no longer short: buyers take the 68.224 units they want at the cost index of 1.375. The
first 60 cost 8 a unit (via cooks_a, to group_b or new_cell), the rest 10, so the mix costs 562.24,
a cost index of 1.3735: a change of less than the 0.2% buyers notice, so they keep buying 68.224 units
(85% of baseline) at a price index of 1.375, for good. The replacements cost more than group_a did,
so the price stays up and less is bought ("risks and prices"), although nothing is short.
"""

from __future__ import annotations

import itertools
import statistics
from pathlib import Path
from typing import Any

import pytest
import yaml

from model.flow import compare, solve
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario, scenario_from_data
from model.simulation import Timeline, assess, cost_index, price_index, simulate, simulate_bands

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"
SEEDS = range(20)
STEADY_SUPPLY = 80 * 1.375**-0.5  # 68.224
STEADY_PRICE = 1.375


@pytest.fixture(scope="module")
def network() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(SMALL))


@pytest.fixture(scope="module")
def without_group_a(network: SupplyNetwork) -> dict[int, Timeline]:
    return {seed: simulate(network, Plan().remove("group_a"), months=24, seed=seed) for seed in SEEDS}


def entry_month(timeline: Timeline) -> int:
    ((month, actor),) = timeline.entrants()
    assert actor == "new_cell"
    return month


def test_doing_nothing_changes_nothing(network: SupplyNetwork) -> None:
    timeline = simulate(network, Plan(), months=12)

    assert {m.delivered for m in timeline.months} == {80}
    assert {m.price_index for m in timeline.months} == {1}
    assert {m.share_of_baseline for m in timeline.months} == {1}
    assert timeline.entrants() == ()
    assert {(m.active_actors, m.active_groups) for m in timeline.months} == {(9, 2)}


def test_removing_group_a_drops_supply_at_month_zero(without_group_a: dict[int, Timeline]) -> None:
    month0 = without_group_a[0].immediate

    assert month0.month == 0
    assert month0.delivered == 40
    assert month0.share_of_baseline == 0.5
    assert month0.price_index == 4
    assert (month0.active_actors, month0.active_groups) == (8, 1)
    assert month0.entered == ()
    assert without_group_a[0].baseline_groups == 2, "Group A and Group B; the new cell is latent"


def test_survivors_expand_while_the_price_is_high(without_group_a: dict[int, Timeline]) -> None:
    timeline = without_group_a[0]
    assert [m.delivered for m in timeline.months[:3]] == [40, 45, 48.75]
    assert timeline.months[1].price_index == pytest.approx((45 / 80) ** -2)
    assert timeline.months[1].flow.actor_capacity["group_b"] == 45


def test_price_rises_then_settles_at_what_the_replacements_cost(without_group_a: dict[int, Timeline]) -> None:
    for seed, timeline in without_group_a.items():
        prices = [m.price_index for m in timeline.months]
        assert prices[0] == timeline.peak_price == 4, seed
        assert all(later <= earlier + 1e-4 for earlier, later in itertools.pairwise(prices)), f"seed {seed}: only falls"
        assert prices[-1] == pytest.approx(STEADY_PRICE, abs=1e-4), f"seed {seed}: stays at the replacements' cost"
        final = timeline.months[-1]
        assert final.cost_index == pytest.approx((480 + 10 * (final.delivered - 60)) / final.delivered / 6, abs=1e-4)
        assert final.delivered == pytest.approx(STEADY_SUPPLY, abs=1e-3)


def test_buyers_respond_to_last_months_cost_index_through_the_elasticity(without_group_a: dict[int, Timeline]) -> None:
    timeline = without_group_a[0]
    assert timeline.immediate.cost_index == pytest.approx(8.25 / 6)
    assert timeline.immediate.conditions.cost_index == 1, "right after, buyers have seen no new price yet"
    for before, month in itertools.pairwise(timeline.months):
        # Buyers see last month's cost index when it moved by more than 0.2%, else what they saw before.
        seen = before.conditions.cost_index
        expected = round(before.cost_index, 4) if abs(before.cost_index - seen) > 0.002 else seen
        assert month.conditions.cost_index == expected
        assert month.flow.demand == pytest.approx(80 * month.conditions.cost_index**-0.5)
        if not month.flow.short:
            assert month.price_index == pytest.approx(max(month.cost_index, (month.delivered / 80) ** -2))


def test_only_what_holds_supply_back_grows(without_group_a: dict[int, Timeline]) -> None:
    timeline = without_group_a[0]
    for month in timeline.months[1:]:
        grown = {a for a, f in month.conditions.capacity_factor.items() if f > 1}
        assert grown == {"group_b"}, "brokers, cooks and suppliers had room: no margin for them to grow"
        routes = set(month.conditions.route_factor)
        assert routes == {("cooks_a", "group_b"), ("cooks_b", "group_b"), ("group_b", "street")}


def test_same_seed_gives_the_same_timeline(network: SupplyNetwork, without_group_a: dict[int, Timeline]) -> None:
    assert simulate(network, Plan().remove("group_a"), months=24, seed=7) == without_group_a[7]


def test_months_sets_the_length_of_the_timeline(network: SupplyNetwork) -> None:
    timeline = simulate(network, Plan().remove("group_a"), months=5)
    assert [m.month for m in timeline.months] == [0, 1, 2, 3, 4, 5]
    assert timeline.at(99) is timeline.months[-1]


def test_bands_are_ordered_and_summarise_the_seeds(network: SupplyNetwork, without_group_a: dict[int, Timeline]) -> None:
    bands = simulate_bands(network, Plan().remove("group_a"), months=24, seeds=len(SEEDS))

    assert [b.month for b in bands] == list(range(25))
    for band in bands:
        assert band.share_p10 <= band.share_p50 <= band.share_p90, band
        runs = [without_group_a[seed].months[band.month].share_of_baseline for seed in SEEDS]
        assert min(runs) <= band.share_p10 and band.share_p90 <= max(runs)
        assert band.share_p50 == pytest.approx(statistics.median(runs))
    assert (bands[0].share_p10, bands[0].share_p90) == (0.5, 0.5), "month 0 does not depend on the seed"
    assert bands[2].share_p10 < bands[2].share_p90, "entry timing differs between seeds"
    assert bands[-1].share_p10 == pytest.approx(STEADY_SUPPLY / 80, abs=1e-4)
    assert bands[-1].share_p90 == pytest.approx(STEADY_SUPPLY / 80, abs=1e-4)
    assert bands[0].price_p50 == 4 and bands[-1].price_p50 == pytest.approx(STEADY_PRICE, abs=1e-4)


def test_assess_gives_the_impact_of_month_zero(network: SupplyNetwork, without_group_a: dict[int, Timeline]) -> None:
    plan = Plan().remove("group_a")
    assessment = assess(network, plan, months=24, seed=0)

    assert assessment.plan == plan
    assert assessment.timeline == without_group_a[0]
    assert assessment.baseline == solve(network)
    assert assessment.immediate == assessment.timeline.immediate.flow
    assert assessment.impact == compare(solve(network), without_group_a[0].immediate.flow)
    assert assessment.impact.delivered_after == assessment.timeline.immediate.delivered == 40
    assert assessment.impact.share_after == assessment.timeline.immediate.share_of_baseline == 0.5
    first = assessment.impact.rerouted[0]
    assert (first.from_, first.to) == ("cooks_a", "group_b")


@pytest.mark.parametrize(
    ("delivered", "expected"),
    [(80, 1.0), (100, 1.0), (40, 4.0), (60, (60 / 80) ** -2), (20, 4.0), (0, 4.0)],
)
def test_price_index_follows_the_shortage_up_to_the_cap(delivered: float, expected: float) -> None:
    assert price_index(delivered, 80, 0.5, 4) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("delivered", "cost", "expected"),
    [(80, 1.3, 1.3), (68, 1.3, (68 / 80) ** -2), (76, 1.3, 1.3), (90, 0.8, 0.8), (10, 1.3, 4.0), (80, 9.0, 4.0)],
)
def test_price_index_is_the_larger_of_cost_and_scarcity(delivered: float, cost: float, expected: float) -> None:
    assert price_index(delivered, 80, 0.5, 4, cost_index=cost) == pytest.approx(expected)


def test_the_cost_index_compares_average_unit_costs(network: SupplyNetwork) -> None:
    base = solve(network)
    removed = simulate(network, Plan().remove("group_a"), months=0).immediate
    assert cost_index(base, base) == 1
    assert cost_index(removed.flow, base) == pytest.approx((330 / 40) / (480 / 80))


@pytest.mark.parametrize("preset", [None, "demand_down"])
def test_a_latent_actor_with_the_default_entry_price_waits_for_a_price_rise(preset: str | None) -> None:
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    new_cell = next(a for a in data["actors"] if a["id"] == "new_cell")
    del new_cell["entry_price"]
    network = SupplyNetwork(scenario_from_data(data, "default-entry-price.yaml"))
    plan = Plan.from_preset(network.scenario.preset(preset)) if preset else Plan()

    timeline = simulate(network, plan, months=12)

    assert all(m.price_index <= 1 for m in timeline.months), "the price never rises"
    assert not any(m.flow.short for m in timeline.months), "nothing is ever short"
    assert timeline.entrants() == ()


# ---------------------------------------------------------------------------------------------
# Entry and growth where the gap is; splinter groups; who filled the gap


def small_with(**extra: Any) -> SupplyNetwork:
    """The small example plus latent actors: ``new_broker`` (a broker entrant with its routes) and
    ``splinters`` (a transport group that splits from group_a); ``extra`` overrides their fields."""
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    source = [{"publisher": "Test", "title": "Hand-built"}]
    data["actors"] += [
        {"id": "new_broker", "name": "New broker", "stage": "brokers", "kind": "broker", "region": "Mexico", "description": "d",
         "capacity": 40, "unit_cost": 3, "latent": True, "entry_lag_months": 1, "entry_price": 1.2, "sources": source,
         **extra.get("new_broker", {})},
        {"id": "splinters", "name": "Splinters", "stage": "transport", "kind": "transport_network", "region": "Mexico",
         "description": "d", "capacity": 20, "unit_cost": 2, "latent": True, "entry_lag_months": 2, "splinter_of": ["group_a"],
         "sources": source, **extra.get("splinters", {})},
    ]  # fmt: skip
    data["routes"] += [
        {"from": "supplier_a", "to": "new_broker", "capacity": 40},
        {"from": "supplier_b", "to": "new_broker", "capacity": 40},
        {"from": "new_broker", "to": "cooks_a", "capacity": 40},
        {"from": "new_broker", "to": "cooks_b", "capacity": 40},
        {"from": "cooks_a", "to": "splinters", "capacity": 20},
        {"from": "cooks_b", "to": "splinters", "capacity": 20},
        {"from": "splinters", "to": "street", "capacity": 20},
    ]
    return SupplyNetwork(scenario_from_data(data, "small-with-entrants.yaml"))


def test_an_entrant_where_nothing_is_short_stays_out() -> None:
    # Removing group_a leaves the transport stage short; brokers have room, so a new broker would
    # carry nothing across the cut and never starts, however high the price.
    network = small_with(splinters={"splinter_of": ["group_b"]})
    timeline = simulate(network, Plan().remove("group_a"), months=24)
    assert timeline.peak_price == 4
    assert "new_broker" not in {a for _, a in timeline.entrants()}
    assert "new_cell" in {a for _, a in timeline.entrants()}


def test_an_entrant_where_the_gap_is_comes_in_and_carries_flow() -> None:
    # Removing both brokers makes the broker stage the cut: the new broker enters and carries supply.
    network = small_with()
    timeline = simulate(network, Plan(removed=("broker_a", "broker_b")), months=12)
    assert timeline.immediate.delivered == 0
    assert [a for _, a in timeline.entrants()] == ["new_broker"]
    assert timeline.months[-1].flow.actor_flow["new_broker"] > 0
    assert "new_cell" not in {a for _, a in timeline.entrants()}, "transport has room: no new cell"


def test_splinter_groups_form_when_their_group_is_removed_and_carry_flow() -> None:
    network = small_with()
    timeline = simulate(network, Plan().remove("group_a"), months=12)
    entered = {a: m for m, a in timeline.entrants()}
    assert entered["splinters"] in {1, 2, 3}, "after its lag of 2 months plus or minus 1, whatever the price"
    assert all(m.flow.actor_flow["splinters"] > 0 for m in timeline.months[entered["splinters"] :])
    # The splinters fill the gap before the new cell is ready: it is no longer wanted, so it stays out
    # rather than entering to carry nothing.
    assert "new_cell" not in entered
    assert timeline.months[-1].active_groups == 2, "group_b and the splinters carry flow"


@pytest.mark.parametrize("plan", [Plan(), Plan().remove("group_b"), Plan(removed=("broker_a",))])
def test_no_splinters_without_a_hit_on_their_group(plan: Plan) -> None:
    # A price rise alone (removing a broker or the other group) does not split group_a.
    network = small_with()
    timeline = simulate(network, plan, months=12)
    assert "splinters" not in {a for _, a in timeline.entrants()}


def test_a_group_left_with_too_little_capacity_splits_too() -> None:
    network = small_with()
    from model.scenario import ScaleCapacity

    squeezed = Plan().with_actions(ScaleCapacity(action="scale_capacity", factor=0.4, kind="transport_network", region="Mexico"))
    timeline = simulate(network, squeezed, months=12)
    assert "splinters" in {a for _, a in timeline.entrants()}, "group_a can carry 28, less than half of its 70"


def test_groups_count_as_active_only_while_they_carry_flow(without_group_a: dict[int, Timeline], network: SupplyNetwork) -> None:
    for timeline in without_group_a.values():
        for state in timeline.months:
            carrying = sum(1 for g in network.group_actors if state.flow.actor_flow[g] > 0)
            assert state.active_groups == carrying
    assert without_group_a[0].baseline_groups == 2


def test_the_gap_fillers_are_the_entrant_and_the_survivor_that_grew(without_group_a: dict[int, Timeline]) -> None:
    timeline = without_group_a[0]
    fillers = timeline.gap_fillers(12)
    assert [c.actor for c in fillers.entrants] == ["new_cell"]
    assert [c.actor for c in fillers.survivors] == ["group_b"]
    assert fillers.survivors[0].before == 40 and fillers.survivors[0].after > 40
    assert fillers.entrants[0].before == 0 and fillers.entrants[0].after > 0
    assert timeline.gap_fillers(0) == type(fillers)(0, (), ())
