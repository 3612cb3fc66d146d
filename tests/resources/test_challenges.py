"""The bundled scenario's stage challenges: one per stage, each solvable, and none met by doing nothing.

Every challenge is checked the way the app checks a learner's plan (``ui.lesson.challenge``, Qt-free)
on the same model and seed: its teacher solution must meet it, and the trade left alone must not
(for a "keep below" goal, the baseline's own months; for "most critical", not every candidate
counts). A calibration change that breaks a challenge shows here, naming the stage.
"""

from __future__ import annotations

import pytest

from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import KeepBelow, MostCritical, Scenario, load_scenario
from ui.lesson.challenge import ChallengeChecker
from ui.lesson.describe import Describer

SCENARIO = load_scenario(default_scenario_path())
STAGES = [s.id for s in SCENARIO.stages]


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return SCENARIO


@pytest.fixture(scope="module")
def checker(scenario: Scenario) -> ChallengeChecker:
    network = SupplyNetwork(scenario)
    return ChallengeChecker(Describer(network), Assessor(network))


def test_every_stage_ends_with_a_challenge_and_a_teacher_solution(scenario: Scenario) -> None:
    missing = [s.id for s in scenario.stages if s.challenge is None or s.challenge.solution is None]
    assert not missing, f"stages without a challenge and its solution: {missing}"
    kinds = {type(s.challenge.goal) for s in scenario.stages if s.challenge}
    assert kinds == {KeepBelow, MostCritical}, "both kinds of task appear"


@pytest.mark.parametrize("stage_id", STAGES)
def test_the_teacher_solution_meets_its_challenge(checker: ChallengeChecker, scenario: Scenario, stage_id: str) -> None:
    challenge = scenario.stages[scenario.stage_index(stage_id)].challenge
    assert challenge is not None
    verdict = checker.check(stage_id, checker.solution_plan(challenge))
    assert verdict.solved, f"{stage_id}: {verdict.lines}"
    assert checker.solution(challenge).startswith("One solution:")


@pytest.mark.parametrize("stage_id", STAGES)
def test_no_challenge_is_met_by_leaving_the_trade_alone(checker: ChallengeChecker, scenario: Scenario, stage_id: str) -> None:
    challenge = scenario.stages[scenario.stage_index(stage_id)].challenge
    assert challenge is not None
    goal = challenge.goal
    if isinstance(goal, KeepBelow):
        # The model's own months without any change (not only the checker's "your plan changes nothing").
        baseline = checker.assessor.assess(Plan()).timeline
        assert max(baseline.at(m).share_of_baseline for m in range(goal.from_month, goal.to_month + 1)) >= goal.share
        assert not checker.check(stage_id, Plan()).solved
    else:
        # Not every answer counts: the most critical actor stands out from the rest.
        ranking = checker.ranking(goal.month, goal.among)
        least = ranking[0][1]
        wrong = [a for a, share in ranking if share > least + goal.tolerance]
        assert wrong, f"{stage_id}: every actor counts as the answer"
        assert not checker.check(stage_id, Plan(removed=(wrong[0],))).solved


def test_the_policy_challenge_needs_policies_combined(checker: ChallengeChecker, scenario: Scenario) -> None:
    """Its text says no single policy is enough: each preset alone fails it."""
    for preset in scenario.presets:
        verdict = checker.check("policy", Plan.from_preset(preset))
        assert not verdict.solved, f"{preset.id} alone meets the policy challenge"
