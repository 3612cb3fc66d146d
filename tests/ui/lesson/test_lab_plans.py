"""The policy lab without Qt: plans written and read back, bad plans named plainly, plans described in
the scenario's own words, the comparison's table and CSV, and its sentences."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from model.ensemble import run_seeds
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import AddRouteCost, ScaleCapacity, ScaleDemand, load_scenario
from ui.lesson.comparison import CSV_FIELDS, Comparison, LabWords, Outcome
from ui.lesson.lab import LabPlan, PlanSpecError, PlanWords, parse_plan

ROOT = Path(__file__).parents[3]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
INVENTED = ROOT / "tests" / "fixtures" / "invented_trade.yaml"


@pytest.fixture(scope="module")
def small() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(SMALL))


@pytest.fixture(scope="module")
def invented() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(INVENTED))


# plans -------------------------------------------------------------------------------------------
def test_a_preset_id_is_the_preset(small: SupplyNetwork) -> None:
    lab = parse_plan("remove_group_a", small)
    assert lab == LabPlan(presets=("remove_group_a",))
    assert lab.plan(small.scenario) == Plan.from_preset(small.scenario.preset("remove_group_a"))
    assert lab.title(small.scenario) == "Remove Group A", "a preset alone is called by its name"
    assert parse_plan("preset:remove_group_a", small) == lab


def test_parts_join_with_plus_into_one_plan(small: SupplyNetwork) -> None:
    lab = parse_plan("remove:group_a,cooks_b+scale:kind=broker,region=Mexico,factor=0.5+demand:0.8+name=Three steps", small)
    assert lab.name == "Three steps"
    assert lab.removed == ("group_a", "cooks_b")
    assert lab.capacity == (ScaleCapacity(action="scale_capacity", factor=0.5, kind="broker", region="Mexico"),)
    assert lab.demand == 0.8
    plan = lab.plan(small.scenario)
    assert plan.removed == ("group_a", "cooks_b")
    assert ScaleDemand(action="scale_demand", factor=0.8) in plan.actions
    assert lab.title(small.scenario) == "Three steps"


def test_route_costs_take_kinds_and_regions(small: SupplyNetwork) -> None:
    lab = parse_plan("cost:from_kind=producer,to_region=Mexico,amount=2", small)
    assert lab.route_costs == (AddRouteCost(action="add_route_cost", amount=2.0, from_kind="producer", to_region="Mexico"),)


def test_baseline_is_no_change(small: SupplyNetwork) -> None:
    lab = parse_plan("baseline", small)
    assert lab.is_baseline and lab.plan(small.scenario).is_baseline
    assert lab.title(small.scenario) == "No change (baseline)"


@given(
    removed=st.lists(st.sampled_from(["group_a", "group_b", "cooks_a", "street"]), unique=True, max_size=3),
    factor=st.sampled_from([0.0, 0.25, 0.5, 1.5]),
    demand=st.sampled_from([1.0, 0.8, 0.5]),
    preset=st.sampled_from([(), ("demand_down",), ("remove_group_a", "demand_down")]),
    name=st.sampled_from(["", "My plan", "Plan: two, three"]),
)
def test_a_plan_written_out_reads_back_the_same(
    small: SupplyNetwork, removed: list[str], factor: float, demand: float, preset: tuple[str, ...], name: str
) -> None:
    lab = LabPlan(
        name=name,
        presets=preset,
        removed=tuple(removed),
        capacity=(ScaleCapacity(action="scale_capacity", factor=factor, kind="producer"),),
        demand=demand,
    )
    assert parse_plan(lab.spec(with_name=True), small) == lab


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "remove_grup_a",
            "plan 'remove_grup_a': unknown preset 'remove_grup_a' (did you mean remove_group_a?); "
            "the scenario's presets are: remove_group_a, demand_down",
        ),
        ("remove:group_c", "plan 'remove:group_c': unknown actor 'group_c' (did you mean group_b, group_a?)"),
        ("remove:", "remove: needs at least one actor id"),
        ("scale:kind=brokers,factor=0.5", "unknown kind 'brokers' (did you mean broker, producer?); the scenario's kinds are: chemical_"),
        ("scale:region=Mars,factor=0.5", "unknown region 'Mars'; the scenario's regions are: "),
        ("scale:factor=0.5", "scale: needs kind= or region= (or both)"),
        ("scale:kind=broker,factor=half", "expected a number from 0 to 100 for factor, got 'half'"),
        ("scale:kind=broker", "expected a number from 0 to 100 for factor, got ''"),
        ("scale:kind=broker,factr=0.5", "scale:: unknown field 'factr=0.5'; expected kind=, region=, factor="),
        ("demand:-1", "expected a number from 0 to 100 for demand, got '-1'"),
        ("cost:from_kind=broker", "expected a number from 0 to 10000 for amount"),
        ("tax:10", "unknown part 'tax:10'; expected a preset id, remove:, scale:, cost:, demand: or name="),
        ("", "expected a preset id or a change such as remove:ID"),
        ("demand_down++", "an empty part"),
        ("demand:50+demand:50", "the demand parts multiply to 2500; expected at most 100"),
    ],
)
def test_a_bad_plan_says_which_part_and_what_was_expected(small: SupplyNetwork, text: str, message: str) -> None:
    with pytest.raises(PlanSpecError) as caught:
        parse_plan(text, small)
    assert message in str(caught.value)


def test_plans_are_described_in_the_scenarios_own_words(invented: SupplyNetwork) -> None:
    words = PlanWords(invented.scenario)
    lab = parse_plan("remove:crew_big+scale:kind=grower,factor=0.5+cost:to_region=Harbour city,amount=1.5+demand:0.9", invented)
    assert words.lines(lab) == [
        "Remove 1 actor: " + invented.scenario.actor("crew_big").name,
        "Capacity of " + invented.scenario.vocabulary.kind("grower").label + " in anywhere at 50%",
        "Routes from any kind in anywhere to any kind in Harbour city cost 1.5 more a unit",
        "Demand at 90% of today's",
    ]
    assert words.describe(LabPlan()) == "No change: the baseline, for reference."


# the comparison ------------------------------------------------------------------------------------
def comparison_of(network: SupplyNetwork, texts: list[str], months: int = 24, seeds: int = 10) -> Comparison:
    outcomes = []
    for text in texts:
        lab = parse_plan(text, network)
        ensemble = run_seeds(network, lab.plan(network.scenario), range(seeds), months)
        assert ensemble is not None
        outcomes.append(Outcome(lab, lab.title(network.scenario), ensemble))
    return Comparison(network, outcomes)


def test_the_table_has_months_0_6_12_24_for_every_plan(small: SupplyNetwork) -> None:
    comparison = comparison_of(small, ["remove_group_a", "demand_down", "baseline"])
    assert comparison.months_shown() == (0, 6, 12, 24)
    rows = comparison.rows()
    assert [(r.title, r.month) for r in rows[:4]] == [("Remove Group A", m) for m in (0, 6, 12, 24)]
    removal = rows[0]
    ensemble = comparison.outcomes[0].ensemble
    assert removal.removed == 1
    assert removal.share_median == ensemble.share.median[0]
    assert removal.share_low <= removal.share_median <= removal.share_high
    baseline = [r for r in rows if r.title == "No change (baseline)"]
    assert {r.share_median for r in baseline} == {1.0} and {r.removed for r in baseline} == {0}
    assert baseline[0].groups == 2, "Group A and Group B; the new cell has not entered"


def test_a_shorter_run_shows_its_last_month(small: SupplyNetwork) -> None:
    assert comparison_of(small, ["baseline"], months=10, seeds=2).months_shown() == (0, 6, 10)
    assert comparison_of(small, ["baseline"], months=3, seeds=2).months_shown() == (0, 3)


def test_the_csv_holds_the_table_after_an_illustrative_note(small: SupplyNetwork) -> None:
    comparison = comparison_of(small, ["remove_group_a", "demand_down"])
    text = comparison.to_csv()
    first, rest = text.split("\n", 1)
    assert first.startswith("# Illustrative model: All capacities")
    rows = list(csv.DictReader(io.StringIO(rest)))
    assert tuple(rows[0]) == CSV_FIELDS
    assert len(rows) == 2 * 4
    demand = [r for r in rows if r["plan"] == "Reduce demand by 20%"]
    assert [r["month"] for r in demand] == ["0", "6", "12", "24"]
    assert demand[0]["share_p50"] == "0.8000", "a fifth less is bought"
    # The dearest supply is no longer needed, so the price falls and buyers take back a little of the
    # cut; nobody rebuilds supply toward the old level.
    assert all(0.8 < float(r["share_p50"]) < 0.9 for r in demand[1:])
    assert {r["seeds"] for r in rows} == {"10"}


def test_the_headline_names_the_plan_that_leaves_least_and_says_the_model_is_illustrative(small: SupplyNetwork) -> None:
    comparison = comparison_of(small, ["demand_down", "baseline"])
    assert [o.title for o in comparison.ranked()][-1] == "No change (baseline)"
    words = LabWords(small)
    best = comparison.ranked()[0]
    headline = words.headline(comparison)
    assert headline.startswith(f"After 12 months, \u201c{best.title}\u201d leaves the least supply reaching US streets:")
    assert "illustrative model" in headline
    assert "Illustrative model" in words.seeds_note(comparison) and "10 seeds" in words.seeds_note(comparison)


def test_plans_with_the_same_outcome_are_named_together_in_the_headline(small: SupplyNetwork) -> None:
    comparison = comparison_of(small, ["demand_down+name=Mine", "baseline", "demand_down"])
    headline = LabWords(small).headline(comparison)
    assert headline.startswith("After 12 months, \u201cMine\u201d and \u201cReduce demand by 20%\u201d leave the same, least supply")
    assert "illustrative model" in headline


def test_cells_show_the_median_and_the_range_of_8_runs_in_10(small: SupplyNetwork) -> None:
    comparison = comparison_of(small, ["remove_group_a", "demand_down"], seeds=20)
    words = LabWords(small)
    removal = comparison.outcomes[0]
    # the new cell enters two, three or four months after the shortage begins: in month 3 runs differ
    cell = words.share_cell(comparison.row(removal, 3))
    assert cell == "85% (64%\u201385%)", "Group A's replacements cost more: the price stays up, less is bought"
    assert words.share_cell(comparison.row(removal, 0)) == "50%"
    flat = next(r for r in comparison.rows() if r.title == "Reduce demand by 20%")
    assert words.share_cell(flat) == "80%"


def test_the_stopping_set_is_explained_plainly_with_its_size_and_the_entrants(small: SupplyNetwork, invented: SupplyNetwork) -> None:
    words = LabWords(small)
    text = words.stopping(["street"])
    assert text.startswith("Removing these 1 actor together cuts every path from the first stage to US streets: Street market.")
    assert "entrants would still come in" in text and "Illustrative model" in text
    assert words.stopping_size(["a", "b"]) == "Smallest stopping set: 2 actors"
    with_entrant = LabWords(invented).stopping(["crew_big", "crew_small", "crew_new"])
    assert "1 of these are such entrants." in with_entrant


def test_the_ranking_sentence_names_the_actor_that_hurts_most(small: SupplyNetwork) -> None:
    from model.analysis import criticality

    ranking = criticality(small, months=12)
    text = LabWords(small).ranking(ranking)
    assert text.startswith("Removing Street market alone hurts most after 12 months: 0% of the baseline supply still reaches US streets")
    assert "Illustrative model" in text


def test_the_lab_starts_from_the_explorers_plan_and_the_first_presets(small: SupplyNetwork) -> None:
    from ui.lesson.lab import default_plans, lab_plan_from

    scenario = small.scenario
    assert default_plans(scenario, Plan()) == [LabPlan(presets=("remove_group_a",)), LabPlan(presets=("demand_down",))]
    current = Plan(removed=("cooks_a",)).with_actions(ScaleDemand(action="scale_demand", factor=0.5))
    first, second = default_plans(scenario, current)
    assert first.name == "Your plan in the explorer"
    assert first.plan(scenario) == current, "the same plan, so the same numbers as in the explorer"
    assert second == LabPlan(presets=("remove_group_a",))
    assert lab_plan_from(Plan.from_preset(scenario.preset("remove_group_a"))).removed == ("group_a",)
