"""Months of adaptation on the small example, worked out by hand from docs/examples/small.yaml.

Removing group_a leaves 40 of the 80 units wanted (see test_flow). With elasticity 0.5 the price
index is (40/80) ** (-1/0.5) = 4, which is also the cap. While the price is above 1, survivors close a
quarter (ramp_rate) of the gap to 1.5 times their capacity each month: group_b grows 40 -> 45 -> 48.75.
The latent new_cell (entry price 1.2) starts preparing at month 0 and enters after 3 months plus or
minus 1 (entry_lag_spread), so in month 2, 3 or 4; then group_b and new_cell carry all 80 and the
price is back to 1.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
import yaml

from model.flow import compare, solve
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario, scenario_from_data
from model.simulation import Timeline, assess, price_index, simulate, simulate_bands

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"
SEEDS = range(20)


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


def test_price_rises_above_one_then_falls_back_to_one(without_group_a: dict[int, Timeline]) -> None:
    for seed, timeline in without_group_a.items():
        prices = [m.price_index for m in timeline.months]
        assert prices[0] > 1, seed
        assert prices == sorted(prices, reverse=True), f"seed {seed}: the price only falls after the shock"
        assert prices[-1] == 1, seed
        assert timeline.peak_price == 4


def test_the_latent_cell_enters_after_its_lag_and_groups_recover(without_group_a: dict[int, Timeline]) -> None:
    months_seen = set()
    for seed, timeline in without_group_a.items():
        month = entry_month(timeline)
        months_seen.add(month)
        assert month in {2, 3, 4}, f"seed {seed}: entry lag 3 plus or minus 1 after the price passed 1.2 at month 0"
        for state in timeline.months:
            if state.month < month:
                assert state.active_groups == 1 and state.flow.actor_flow["new_cell"] == 0
                assert state.delivered < 80
            else:
                assert state.active_groups == 2 and state.flow.actor_flow["new_cell"] > 0
                assert state.delivered == 80 and state.share_of_baseline == 1 and state.price_index == 1
        assert timeline.months[month].entered == ("new_cell",)
    assert len(months_seen) > 1, "the seed changes when the entrant comes in"


def test_removing_the_entrant_too_keeps_supply_short(network: SupplyNetwork) -> None:
    # group_b alone can grow to 1.5 * 40 = 60; after 24 months it is at 1.5 - 0.5 * 0.75**24 of 40.
    timeline = simulate(network, Plan().remove("group_a").remove("new_cell"), months=24)

    assert timeline.entrants() == ()
    final = timeline.months[-1]
    assert final.delivered == pytest.approx(40 * (1.5 - 0.5 * 0.75**24), abs=1e-3)
    assert final.price_index == pytest.approx(price_index(final.delivered, 80, 0.5, 4))
    assert final.price_index > 1.7
    assert {m.active_groups for m in timeline.months} == {1}


def test_cutting_demand_by_a_fifth_lowers_supply_durably_without_entrants(network: SupplyNetwork) -> None:
    plan = Plan.from_preset(network.scenario.preset("demand_down"))
    timeline = simulate(network, plan, months=24)

    for state in timeline.months:
        assert state.delivered == 64
        assert state.share_of_baseline == pytest.approx(0.8)
        assert state.price_index == 1
        assert state.active_groups == 2
    assert timeline.entrants() == ()


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
    assert (bands[-1].share_p10, bands[-1].share_p90) == (1, 1)
    assert bands[0].price_p50 == 4 and bands[-1].price_p50 == 1


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


@pytest.mark.parametrize("preset", [None, "demand_down"])
def test_a_latent_actor_with_the_default_entry_price_waits_for_a_price_rise(preset: str | None) -> None:
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    new_cell = next(a for a in data["actors"] if a["id"] == "new_cell")
    del new_cell["entry_price"]
    network = SupplyNetwork(scenario_from_data(data, "default-entry-price.yaml"))
    plan = Plan.from_preset(network.scenario.preset(preset)) if preset else Plan()

    timeline = simulate(network, plan, months=12)

    assert {m.price_index for m in timeline.months} == {1}, "the price never rises"
    assert timeline.entrants() == ()
    assert {m.active_groups for m in timeline.months} == {2}
