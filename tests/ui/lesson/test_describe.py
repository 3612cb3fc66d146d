"""Every sentence about the model's numbers, word for word where it was worked out by hand, and in the
scenario's own words for a trade that is not the bundled one."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.assessor import Assessor
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.describe import Describer

ROOT = Path(__file__).parents[3]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
INVENTED = ROOT / "tests" / "fixtures" / "invented_trade.yaml"


@pytest.fixture(scope="module")
def small() -> tuple[Describer, Assessor]:
    network = SupplyNetwork(load_scenario(SMALL))
    return Describer(network), Assessor(network)


def test_removing_group_a_says_what_it_carried_where_it_went_and_what_remains(small: tuple[Describer, Assessor]) -> None:
    """Worked out by hand from docs/examples/small.yaml: Group A carries 70 of 80; 30 can go to Group B at
    once; within the year the new cell enters and Group B grows, but they cost more than Group A did, so
    the price index settles at 1.375 and 85% is bought (tests/model/test_simulation.py)."""
    describe, assessor = small
    before, after = assessor.assess(Plan()), assessor.assess(Plan(removed=("group_a",)))
    assert describe.change(before, after, "Remove Group A", "group_a") == (
        "Group A carried 88% of the supply reaching US streets (70 of 80 units a month). "
        "At once, 30 of its 70 units went elsewhere, mostly through Group B. "
        "Right after, 50% of the baseline supply reaches US streets; after 12 months, 85%. "
        "By month 12, the recovery ran mostly through new entrants (New transport cell) and survivors that grew (Group B). "
        "Under this model's assumptions the replacements cost more, so the price stays 38% above the baseline and less is bought."
    )
    both = assessor.assess(Plan(removed=("group_a", "group_b")))
    later = f"{both.timeline.at(12).share_of_baseline * 100:.0f}%"
    assert describe.change(after, both, "Remove Group B", "group_b") == (
        "With 1 other change already made, Group B carried 100% of the supply still reaching US streets "
        "(40 of 40 units a month). None of it could go elsewhere at once: the others had no spare capacity. "
        f"Right after, 0% of the baseline supply reaches US streets; after 12 months, {later}. "
        "By month 12, the recovery ran mostly through new entrants: New transport cell."
    )


def test_the_baseline_and_other_changes_have_their_own_sentences(small: tuple[Describer, Assessor]) -> None:
    describe, assessor = small
    assert describe.plan(assessor.assess(Plan())) == (
        "Baseline: 80 units a month reach US streets. Select an actor and remove it to see where the trade goes."
    )
    demand = assessor.assess(Plan.from_preset(describe.scenario.preset("demand_down")))
    sentence = describe.change(assessor.assess(Plan()), demand, "Apply “Demand down”", None)
    # Nothing is short, so nobody grows or enters; cheaper supply brings some buyers back (by hand in
    # tests/model/test_simulation.py: 67.9 of 80 units at a price index of 0.89).
    assert sentence == (
        "Apply “Demand down”. Right after, 80% of the baseline supply reaches US streets; after 12 months, 85%. "
        "Under this model's assumptions the dearest supply is no longer needed, so the price falls 11% "
        "and buyers take back a little of the cut."
    )
    two = assessor.assess(Plan(removed=("group_a", "group_b")))
    assert "2 actors removed." in describe.plan(two)
    assert "1 actor removed." in describe.plan(assessor.assess(Plan(removed=("group_a",))))


def test_an_actors_flow_reads_in_the_words_of_its_kind(small: tuple[Describer, Assessor]) -> None:
    describe, assessor = small
    base = assessor.assess(Plan())
    assert describe.actor_flow("group_a", base, 0) == "Moves 70 units a month now (baseline: 70)."
    removed = assessor.assess(Plan(removed=("group_a",)))
    assert describe.actor_flow("group_a", removed, 0) == "Removed. Before: 70 units a month."
    assert describe.actor_flow("group_b", removed, 3).startswith("Moves ")
    assert "in month 3 (baseline: 10)." in describe.actor_flow("group_b", removed, 3)
    assert describe.actor_flow("new_cell", base, 0) == "Not in the trade yet. It may enter if a shortage pushes prices up far enough."
    assert describe.actor_flow_line("group_a", base, 0).endswith("(illustrative model)")
    assert describe.kind_and_region("group_a") == "Transport network \u00b7 Mexico"
    tooltip = describe.actor_tooltip("group_a", base, 0).split("\n")
    assert tooltip == ["Group A", "Transport network \u00b7 Mexico", describe.actor_flow_line("group_a", base, 0), "Click to learn more"]


def test_the_numbers_name_the_month_share_price_and_groups(small: tuple[Describer, Assessor]) -> None:
    describe, assessor = small
    removed = assessor.assess(Plan(removed=("group_a",)))
    assert describe.numbers(removed, 0) == (
        "Reaching US streets right after: 40 units a month, 50% of baseline \u00b7 price index 4.00 "
        "\u00b7 trafficking groups 1 (baseline 2)"
    )
    assert describe.numbers(removed, 12).startswith("Reaching US streets in month 12: ")
    assert describe.month_label(0) == "Right after" and describe.month_label(5) == "Month 5"


def test_an_invented_trade_is_told_in_its_own_words() -> None:
    network = SupplyNetwork(load_scenario(INVENTED))
    describe, assessor = Describer(network), Assessor(network)
    before, after = assessor.assess(Plan()), assessor.assess(Plan(removed=("crew_big",)))
    sentence = describe.change(before, after, "Remove The Big Crew", "crew_big")
    assert "the Harbour bazaars" in sentence and "crates a month" in sentence
    assert "US streets" not in sentence and "units" not in sentence
    assert describe.numbers(after, 0).endswith("river crews 1 (baseline 2)")
    assert describe.actor_flow("crew_small", after, 0).startswith("Ferries ")
    assert describe.kind_and_region("crew_big") == "River crew \u00b7 México (invented)"
    assert describe.chart_title(two_lines=False) == "Supply reaching the Harbour bazaars \u2014 illustrative model"
    assert describe.stage_title(2, explore=False) == "Stage 3 of 3: Harbour"
