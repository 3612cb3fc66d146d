"""Valid means safe to run: whatever the loader accepts can be simulated, analysed and have its presets
applied any number of times, giving finite, correct numbers or a ModelError that says what went too far."""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from model.analysis import criticality
from model.assessor import Assessor
from model.catalogue import UnknownScenarioError
from model.errors import ModelError
from model.flow import SolverError, solve, solve_networkx
from model.interventions import MAX_TOTAL_FACTOR, Plan, PlanLimitError, UnknownActorError
from model.network import Conditions, SupplyNetwork
from model.results import EPSILON
from model.scenario import ScenarioError, scenario_from_data
from model.simulation import price_index, simulate

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"
SMALL_DATA: dict[str, Any] = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
SOURCE = [{"publisher": "Test", "title": "Hand-built"}]


def network_with(market: dict[str, Any] | None = None, presets: list[dict[str, Any]] | None = None) -> SupplyNetwork:
    data = copy.deepcopy(SMALL_DATA)
    data["market"].update(market or {})
    if presets is not None:
        data["presets"] = [{"name": p["id"], "description": "d", "sources": SOURCE, **p} for p in presets]
    return SupplyNetwork(scenario_from_data(data, "hostile.yaml"))


def test_every_error_the_model_raises_on_purpose_is_a_model_error() -> None:
    # The window catches ModelError at its one boundary; a kind missing from it would escape as a crash.
    for kind in (ScenarioError, SolverError, UnknownActorError, UnknownScenarioError, PlanLimitError):
        assert issubclass(kind, ModelError), kind


# ---------------------------------------------------------------------------------------------
# The price step


def test_a_tiny_elasticity_saturates_the_price_at_its_cap_instead_of_overflowing() -> None:
    # elasticity 0.0005 with half the supply gone: 2 ** 2000 does not fit a float.
    network = network_with({"elasticity": 0.0005})

    timeline = simulate(network, Plan().remove("group_a"), months=12)

    assert timeline.immediate.delivered == pytest.approx(40.0)
    assert timeline.immediate.price_index == 4.0, "the price index saturates at max_price_index"
    assert all(1.0 <= m.price_index <= 4.0 for m in timeline.months)
    last = timeline.months[-1]
    # ... to what buyers take at the dearer supply's cost (a hair under 80 with this elasticity)
    assert last.delivered == pytest.approx(network.demand_for(last.conditions), abs=1e-3), "expansion and entry still bring supply back"


@settings(max_examples=200, deadline=None)
@given(
    share=st.floats(1e-12, 1.0 - 1e-7),  # a shortfall larger than the model's EPSILON, down to almost nothing delivered
    elasticity=st.floats(1e-12, 5.0),
    cap=st.floats(1.0, 100.0),
)
@example(share=1e-9, elasticity=5.0, cap=64.0)  # found by a random run: less than EPSILON delivered
def test_the_price_index_is_always_between_1_and_its_cap(share: float, elasticity: float, cap: float) -> None:
    price = price_index(share * 100.0, 100.0, elasticity, cap)
    assert 1.0 <= price <= cap
    if share * 100.0 <= EPSILON:  # what the model counts as nothing delivered fetches the cap
        assert price == cap
        return
    ratio = (share * 100.0) / 100.0  # the share the function sees (a tiny elasticity magnifies rounding)
    exact = math.exp(min(-math.log(ratio) / elasticity, 700.0))
    assert price == pytest.approx(min(cap, exact), rel=1e-9)


# ---------------------------------------------------------------------------------------------
# Presets applied again and again


def test_demand_scaled_by_100_eight_times_is_refused_with_a_clear_message_not_a_solver_type_error() -> None:
    network = network_with(presets=[{"id": "boom", "actions": [{"action": "scale_demand", "factor": 100}]}])
    preset = network.scenario.preset("boom")
    assessor = Assessor(network, months=6)
    plan = Plan()
    for clicks in range(1, 9):
        plan = plan.with_actions(*preset.actions)
        if 100.0**clicks <= MAX_TOTAL_FACTOR:
            assessment = assessor.assess(plan)
            assert assessment.immediate.delivered == pytest.approx(110.0), "supply is bound by capacity, not wrong"
            assert assessment.timeline.months[-1].delivered > 110.0, "and grows as survivors expand"
            continue
        with pytest.raises(PlanLimitError) as info:
            assessor.assess(plan)
        message = str(info.value)
        assert "scale demand by" in message and "at most 10,000 times" in message and "undo" in message


def test_capacity_scaled_by_100_seven_times_is_refused_not_silently_overflowed() -> None:
    # Before: 0 delivered and price 4.00 from integers that had wrapped round, with no error.
    network = network_with(presets=[{"id": "grow", "actions": [{"action": "scale_capacity", "factor": 100}]}])
    grow = network.scenario.preset("grow").actions
    plan = Plan().with_actions(*grow * 2)  # 10,000 times: the most a plan may scale

    timeline = simulate(network, plan, months=3)

    assert [m.delivered for m in timeline.months] == [80.0] * 4
    assert {m.price_index for m in timeline.months} == {1.0}
    with pytest.raises(PlanLimitError, match=r"capacity of Supplier A by 1e\+14 in all"):
        simulate(network, Plan().with_actions(*grow * 7), months=3)


def test_route_costs_added_again_and_again_are_refused_beyond_the_limit() -> None:
    network = network_with(presets=[{"id": "tax", "actions": [{"action": "add_route_cost", "amount": 10_000}]}])
    tax = network.scenario.preset("tax").actions
    assert simulate(network, Plan().with_actions(*tax * 10), months=1).immediate.delivered == pytest.approx(80.0)
    with pytest.raises(PlanLimitError, match="to the cost of the route from"):
        simulate(network, Plan().with_actions(*tax * 11), months=1)


def test_a_shrinking_preset_applied_a_thousand_times_is_fine() -> None:
    network = network_with(presets=[{"id": "shrink", "actions": [{"action": "scale_demand", "factor": 0.5}]}])
    plan = Plan().with_actions(*network.scenario.preset("shrink").actions * 1000)
    timeline = simulate(network, plan, months=2)
    assert timeline.immediate.delivered == 0.0
    assert {m.price_index for m in timeline.months} == {1.0}, "no demand: no shortage, no price rise"


@settings(max_examples=60, deadline=None)
@given(clicks=st.lists(st.sampled_from(["demand_up", "capacity_up", "capacity_off", "tax", "shrink", "remove"]), max_size=12))
def test_any_sequence_of_presets_gives_finite_numbers_or_a_plan_limit_error(clicks: list[str]) -> None:
    network = EXTREME
    plan = Plan()
    for preset_id in clicks:
        plan = plan.with_actions(*network.scenario.preset(preset_id).actions)
    try:
        timeline = simulate(network, plan, months=4)
    except PlanLimitError as exc:
        assert "in all; the model computes at most" in str(exc)
        return
    demand = network.demand_for(timeline.immediate.conditions)
    for month in timeline.months:
        assert math.isfinite(month.delivered) and 0.0 <= month.delivered <= demand + 1e-6
        assert 1.0 <= month.price_index <= network.scenario.market.max_price_index


EXTREME = network_with(
    {"elasticity": 0.0005, "max_price_index": 100},
    presets=[
        {"id": "demand_up", "actions": [{"action": "scale_demand", "factor": 100}]},
        {"id": "capacity_up", "actions": [{"action": "scale_capacity", "factor": 100}]},
        {"id": "capacity_off", "actions": [{"action": "scale_capacity", "factor": 0, "kind": "transport_network"}]},
        {"id": "tax", "actions": [{"action": "add_route_cost", "amount": 10_000}]},
        {"id": "shrink", "actions": [{"action": "scale_demand", "factor": 0.01}]},
        {"id": "remove", "actions": [{"action": "remove", "actors": ["group_a"]}]},
    ],
)


# ---------------------------------------------------------------------------------------------
# The solver's integers


@settings(max_examples=40, deadline=None)
@given(capacity=st.sampled_from([1.0, 1e3, 1e7, 1e12, 1e300, math.inf]), demand=st.sampled_from([1.0, 0.5, 1e4]))
def test_huge_capacities_are_clipped_exactly_so_the_flow_matches_the_oracle(capacity: float, demand: float) -> None:
    # Conditions built directly (not through a plan) can ask for anything: the answer is still exact.
    network = network_with()
    conditions = Conditions(
        removed=frozenset({"group_a"}), capacity_factor={a: capacity for a in network.actor_ids if a != "street"}, demand_factor=demand
    )
    result = solve(network, conditions)
    oracle_conditions = conditions.replace(capacity_factor={a: min(capacity, 1e6) for a in conditions.capacity_factor})
    oracle = solve_networkx(network, oracle_conditions)
    assert result.delivered == pytest.approx(oracle.delivered)
    assert result.total_cost == pytest.approx(oracle.total_cost)
    assert result.demand == pytest.approx(80.0 * demand)


def test_numbers_no_solver_can_hold_are_a_solver_error_not_a_wrong_answer() -> None:
    network = network_with()
    everything = {a: 1e12 for a in network.actor_ids}
    with pytest.raises(SolverError, match="too large for the solver"):
        solve(network, Conditions(capacity_factor=everything, demand_factor=1e12))
    with pytest.raises(SolverError, match="not a finite number"):
        solve(network, Conditions(capacity_factor={"group_a": math.nan}))


def test_analysis_of_an_extreme_but_valid_scenario_runs() -> None:
    ranking = criticality(EXTREME, months=6)
    assert {row.actor for row in ranking} == {a for a in EXTREME.actor_ids if not EXTREME.actors[a].latent}
    assert all(0.0 <= row.share_after <= 1.0 + 1e-9 for row in ranking)
