"""Stage challenges, checked against the model (without Qt): solved and failed for the reasons a
learner would read, on the invented trade (tests/fixtures/invented_trade.yaml), and refused with the
field's path when a challenge names what the scenario does not have."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from model.assessor import Assessor
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import CHALLENGE_MONTHS, ScenarioError, load_scenario, scenario_from_data
from model.simulation import DEFAULT_MONTHS
from ui.lesson.challenge import ChallengeChecker
from ui.lesson.describe import Describer
from ui.lesson.session import Session

INVENTED = Path(__file__).resolve().parents[2] / "fixtures" / "invented_trade.yaml"


@pytest.fixture(scope="module")
def checker() -> ChallengeChecker:
    network = SupplyNetwork(load_scenario(INVENTED))
    return ChallengeChecker(Describer(network), Assessor(network))


def test_most_critical_is_solved_by_the_actor_whose_removal_leaves_least(checker: ChallengeChecker) -> None:
    ranking = checker.ranking(12, ("growing",))
    best, least = ranking[0]
    assert [a for a, _s in ranking] == ["grower_north", "grower_south"]
    verdict = checker.check("growing", Plan(removed=(best,)))
    assert verdict.solved
    assert f"{least * 100:.1f}%" in verdict.lines[0] and "Northern growers" in verdict.lines[0]

    other = checker.check("growing", Plan(removed=("grower_south",)))
    assert not other.solved
    assert "Keep looking" in other.lines[0]
    assert "Northern growers" not in other.lines[0], "a failed answer does not give the right one away"


@pytest.mark.parametrize(
    ("plan", "why"),
    [
        (Plan(), "Remove exactly one actor"),
        (Plan(removed=("grower_north", "grower_south")), "Remove exactly one actor"),
        (Plan(removed=("gate",)), "is not one of the actors"),
    ],
)
def test_most_critical_says_what_is_wrong_with_the_plan(checker: ChallengeChecker, plan: Plan, why: str) -> None:
    verdict = checker.check("growing", plan)
    assert not verdict.solved
    assert why in verdict.lines[0]


def test_keep_below_is_solved_when_every_month_of_the_window_is_below(checker: ChallengeChecker) -> None:
    plan = Plan(removed=("crew_big", "crew_small"))
    verdict = checker.check("river", plan)
    months = checker.assessor.assess(plan).timeline.months[:13]
    assert verdict.solved == all(m.share_of_baseline < 0.7 for m in months)
    assert verdict.solved
    worst = max(m.share_of_baseline for m in months)
    assert f"{worst * 100:.1f}%" in verdict.lines[0]
    assert verdict.answer == "removed The Big Crew, The Small Crew"


def test_keep_below_names_the_month_that_breaks_the_goal(checker: ChallengeChecker) -> None:
    plan = Plan(removed=("grower_north",))
    verdict = checker.check("river", plan)
    timeline = checker.assessor.assess(plan).timeline
    worst = max(timeline.months[:13], key=lambda m: m.share_of_baseline)
    assert not verdict.solved
    assert verdict.lines == (
        f"In month {worst.month}, {worst.share_of_baseline * 100:.1f}% of the baseline still reaches the Harbour bazaars"
        " (goal: below 70%).",
    )


@pytest.mark.parametrize(
    ("plan", "why"),
    [
        (Plan(), "changes nothing yet"),
        (Plan(removed=("grower_north", "grower_south", "crew_big")), "removes 3 actors; the challenge allows at most 2"),
        (Plan(removed=("gate",)), "The harbour gate: not in the stages this challenge allows (Growers, Rivers)"),
        (Plan(removed=("crew_big",)).with_actions(*load_scenario(INVENTED).presets[1].actions), "removals only"),
    ],
)
def test_keep_below_refuses_plans_outside_its_rules(checker: ChallengeChecker, plan: Plan, why: str) -> None:
    verdict = checker.check("river", plan)
    assert not verdict.solved
    assert any(why in line for line in verdict.lines), verdict.lines


def test_every_solution_in_the_fixture_meets_its_challenge(checker: ChallengeChecker) -> None:
    for stage in checker.scenario.stages:
        if stage.challenge is not None:
            assert checker.check(stage.id, checker.solution_plan(stage.challenge)).solved, stage.id


def test_the_session_keeps_the_latest_check_of_each_stage(checker: ChallengeChecker) -> None:
    session = Session(checker.network)
    failed = checker.check("river", Plan(removed=("grower_north",)))
    session = session.solve_challenge(failed.result)
    assert session.challenge("river") == failed.result and not session.challenge("river").solved  # type: ignore[union-attr]
    solved = checker.check("river", Plan(removed=("crew_big", "crew_small")))
    session = session.solve_challenge(solved.result)
    assert session.challenge("river").solved  # type: ignore[union-attr]
    assert len(session.challenges) == 1


def test_the_rules_and_the_solution_read_as_sentences(checker: ChallengeChecker) -> None:
    river = checker.scenario.stages[1].challenge
    assert river is not None
    assert checker.rules(river) == (
        "Goal: below 70% of the baseline from month 0 to month 12",
        "At most 2 removals",
        "Removals from: Growers, Rivers",
        "No policies",
    )
    assert checker.solution(river) == "One solution: remove Northern growers, Southern growers."


def test_challenge_months_are_the_months_the_app_simulates() -> None:
    assert CHALLENGE_MONTHS == DEFAULT_MONTHS


def _data() -> dict[str, Any]:
    return yaml.safe_load(INVENTED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        (
            lambda c: c["goal"].update(removals_from=["growing", "rivers"]),
            "stages[river].challenge.goal.removals_from",
            "unknown stage 'rivers'",
        ),
        (lambda c: c["solution"].update(remove=["crew_bigg"]), "stages[river].challenge.solution.remove", "did you mean crew_big"),
        (lambda c: c["solution"].update(presets=["lowland_patrols"]), "stages[river].challenge.solution.presets", "expected none unless"),
        (
            lambda c: c["solution"].update(remove=["grower_north", "grower_south", "crew_big"]),
            "stages[river].challenge.solution.remove",
            "at most max_removals (2)",
        ),
        (lambda c: c["goal"].update(from_month=13), "stages[river].challenge.goal", "from_month (13) at most to_month (12)"),
        (lambda c: c["goal"].update(to_month=25), "stages[river].challenge.goal", "less than or equal to 24"),
        (lambda c: c["goal"].update(goal="keep_above"), "stages[river].challenge.goal", "keep_below"),
    ],
)
def test_a_challenge_that_names_what_is_not_there_is_refused_with_its_field(change: Any, field: str, message: str) -> None:
    data = copy.deepcopy(_data())
    change(data["stages"][1]["challenge"])
    with pytest.raises(ScenarioError) as caught:
        scenario_from_data(data, "challenge.yaml")
    text = "\n".join(str(p) for p in caught.value.problems)
    assert field in text and message in text, text
