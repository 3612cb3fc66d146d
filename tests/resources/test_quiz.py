"""The quiz of the bundled scenario: balanced in the file, free of throwaway choices, and every
question the learner answers by using the model checked against the model, so that it stays true.

The model's numbers are being re-engineered, so the questions that use it ask qualitative things (who
takes over, whether supply comes back) and the checks below assert those, never exact percentages.
A new question with an `activity` needs a check here: the test that pairs them fails otherwise.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

import pytest

from model.catalogue import default_scenario_path
from model.flow import compare, solve
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import QuizQuestion, Scenario, load_scenario
from model.simulation import Timeline, simulate

SEEDS = (0, 1, 2)


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(default_scenario_path())


@pytest.fixture(scope="module")
def network(scenario: Scenario) -> SupplyNetwork:
    return SupplyNetwork(scenario)


def all_questions(scenario: Scenario) -> list[tuple[str, QuizQuestion]]:
    return [(stage.id, q) for stage in scenario.stages for q in stage.quiz]


def answer(question: QuizQuestion) -> str:
    return question.choices[question.correct]


# Balance and choices -------------------------------------------------------------------------


def test_every_stage_has_two_to_four_questions(scenario: Scenario) -> None:
    for stage in scenario.stages:
        assert 2 <= len(stage.quiz) <= 4, stage.id


def test_the_correct_answer_is_spread_evenly_over_a_b_c_d(scenario: Scenario) -> None:
    positions = Counter(q.correct for _, q in all_questions(scenario))
    assert set(positions) == {0, 1, 2, 3}, positions
    assert max(positions.values()) - min(positions.values()) <= 2, positions


def test_the_correct_answer_is_not_systematically_the_longest_or_the_shortest(scenario: Scenario) -> None:
    questions = [q for _, q in all_questions(scenario)]
    lengths = [[len(c) for c in q.choices] for q in questions]
    longest = sum(1 for q, n in zip(questions, lengths, strict=True) if n[q.correct] == max(n) and n.count(max(n)) == 1)
    shortest = sum(1 for q, n in zip(questions, lengths, strict=True) if n[q.correct] == min(n) and n.count(min(n)) == 1)
    assert longest <= len(questions) / 3, f"the correct answer is the longest choice in {longest} of {len(questions)}"
    assert shortest <= len(questions) / 3, f"the correct answer is the shortest choice in {shortest} of {len(questions)}"


THROWAWAYS = (
    "Germany",
    "They are too small to count.",
    "No country has ever scheduled one.",
    "They are only sold in person.",
    "They guard the ports of entry.",
    "They grow faster than poppies.",
    "They are made only in government laboratories.",
    "The cartels do not exist.",
    "DEA should ignore the cartels entirely.",
    "Nothing changes at all.",
    "To send troops to Mexico",
    "To stop all trade with India",
    "Because the model ignores demand.",
)


def test_no_throwaway_distractors(scenario: Scenario) -> None:
    """Every wrong choice should be one a learner might believe, not one nobody would pick."""
    choices = {c for _, q in all_questions(scenario) for c in q.choices}
    assert not choices & set(THROWAWAYS), choices & set(THROWAWAYS)
    for _, q in all_questions(scenario):
        assert len(set(q.choices)) == len(q.choices) == 4, q.question


# Questions answered by using the model --------------------------------------------------------


def test_every_stage_has_a_question_answered_by_using_the_model(scenario: Scenario) -> None:
    for stage in scenario.stages:
        assert any(q.activity for q in stage.quiz), stage.id


def test_each_activity_names_real_actors_and_presets(scenario: Scenario) -> None:
    names = {a.name for a in scenario.actors} | {p.name for p in scenario.presets}
    for stage_id, q in all_questions(scenario):
        if q.activity:
            quoted = re.findall(r'"([^"]+)"', q.activity)
            assert quoted, (stage_id, q.activity)
            assert set(quoted) <= names, (stage_id, set(quoted) - names)


def test_answers_that_follow_from_the_model_say_so(scenario: Scenario) -> None:
    for stage_id, q in all_questions(scenario):
        if q.activity:
            assert "under this model's assumptions" in q.explanation.lower(), (stage_id, q.question)
            assert "illustrative" in q.explanation or "the model shows" in q.explanation, (stage_id, q.question)


def run(network: SupplyNetwork, plan: Plan, months: int, seed: int) -> Timeline:
    return simulate(network, plan, months, seed)


def actors_of(network: SupplyNetwork, kind: str, *, latent: bool | None = None) -> list[str]:
    return [a for a in network.actor_ids if network.actors[a].kind == kind and (latent is None or network.actors[a].latent == latent)]


def removal_is_taken_over_by_peers(network: SupplyNetwork, actor_id: str) -> None:
    """Right after removing the actor, others of its kind carry more, and supply barely changes."""
    kind = network.actors[actor_id].kind
    base = solve(network)
    after = run(network, Plan(removed=(actor_id,)), 0, 0).immediate
    gained = [a for a in actors_of(network, kind) if a != actor_id and after.flow.actor_flow[a] > base.actor_flow[a] + 0.5]
    assert gained, f"no other {kind} took over from {actor_id}"
    assert after.share_of_baseline >= 0.95, after.share_of_baseline


def check_suppliers(scenario: Scenario, network: SupplyNetwork, question: QuizQuestion) -> None:
    """Precursor controls on China: sources outside China carry more, some of them new entrants."""
    assert "India" in answer(question) and "enter" in answer(question)
    china = {a for a in actors_of(network, "chemical_supplier") if network.actors[a].region == "China"}
    others = [a for a in actors_of(network, "chemical_supplier") if a not in china]
    for seed in SEEDS:
        timeline = run(network, Plan.from_preset(scenario.preset("china_precursor_controls")), 24, seed)
        base, final = timeline.baseline.actor_flow, timeline.at(24).flow.actor_flow
        assert sum(final[a] for a in others) > sum(base[a] for a in others) + 1.0, seed
        entered = {a for _, a in timeline.entrants()}
        assert any(a in others and network.actors[a].latent and final[a] > 0 for a in entered), seed


def check_brokers(scenario: Scenario, network: SupplyNetwork, question: QuizQuestion) -> None:
    assert "other brokers" in answer(question)
    removal_is_taken_over_by_peers(network, "brokers_independent")


def check_production(scenario: Scenario, network: SupplyNetwork, question: QuizQuestion) -> None:
    assert "Other cook networks" in answer(question)
    removal_is_taken_over_by_peers(network, "cooks_sinaloa")


def check_transport(scenario: Scenario, network: SupplyNetwork, question: QuizQuestion) -> None:
    """DEA priority: the supply that comes back runs through the remaining groups and new ones."""
    assert "independent cells" in answer(question) and "new groups" in answer(question)
    preset = scenario.preset("dea_priority")
    plan = Plan.from_preset(preset)
    removed = set(plan.removed)
    remaining = [a for a in actors_of(network, "transport_network", latent=False) if a not in removed]
    newcomers = actors_of(network, "transport_network", latent=True)
    for seed in SEEDS:
        timeline = run(network, plan, 24, seed)
        base, final = timeline.baseline.actor_flow, timeline.at(24).flow.actor_flow
        assert timeline.at(24).share_of_baseline > timeline.immediate.share_of_baseline + 0.1, seed
        assert sum(final[a] for a in remaining) > sum(base[a] for a in remaining), seed
        assert any(final[a] > 0 for a in newcomers), seed


def recovers_after_removal(network: SupplyNetwork, actor_id: str) -> None:
    """Others of the same kind take over at once, and supply is largely back within a year."""
    kind = network.actors[actor_id].kind
    base = solve(network)
    for seed in SEEDS:
        timeline = run(network, Plan(removed=(actor_id,)), 12, seed)
        impact = compare(base, timeline.immediate.flow)
        assert any(network.actors[c.actor].kind == kind for c in impact.actors_gained), f"no other {kind} gained at once"
        assert timeline.at(12).share_of_baseline >= 0.9, (seed, timeline.at(12).share_of_baseline)
        # A dearer way round can leave a little less bought (the price effect), never much less.
        assert timeline.at(12).share_of_baseline >= timeline.immediate.share_of_baseline - 0.01, seed


def check_border(scenario: Scenario, network: SupplyNetwork, question: QuizQuestion) -> None:
    assert "other crossings" in answer(question) and "recovers" in answer(question)
    recovers_after_removal(network, "ports_south_texas")


def check_streets(scenario: Scenario, network: SupplyNetwork, question: QuizQuestion) -> None:
    assert "Other US wholesale networks" in answer(question)
    recovers_after_removal(network, "wholesale_border_states")
    base = solve(network)
    after = run(network, Plan(removed=("wholesale_border_states",)), 0, 0).immediate.flow.actor_flow
    others = [a for a in actors_of(network, "distributor", latent=False) if a != "wholesale_border_states"]
    assert any(after[a] > base.actor_flow[a] + 0.5 for a in others)


def check_policy(scenario: Scenario, network: SupplyNetwork, question: QuizQuestion) -> None:
    """DEA priority cuts deeper at first but erodes; demand reduction is smaller but holds."""
    assert answer(question).startswith("DEA priority is bigger at first but erodes")
    for seed in SEEDS:
        dea = run(network, Plan.from_preset(scenario.preset("dea_priority")), 24, seed)
        demand = run(network, Plan.from_preset(scenario.preset("demand_reduction")), 24, seed)
        assert dea.immediate.share_of_baseline < demand.immediate.share_of_baseline, seed
        assert dea.at(24).share_of_baseline >= dea.immediate.share_of_baseline + 0.15, seed
        assert demand.at(24).share_of_baseline == pytest.approx(demand.immediate.share_of_baseline, abs=0.03), seed
        assert demand.at(24).share_of_baseline < 0.95, seed


CHECKS: dict[tuple[str, str], Callable[[Scenario, SupplyNetwork, QuizQuestion], None]] = {
    ("suppliers", "Precursor controls on China"): check_suppliers,
    ("brokers_money", "Independent chemical brokers"): check_brokers,
    ("production", "Cook networks, Sinaloa"): check_production,
    ("transport", "DEA priority: defeat Sinaloa and the CJNG"): check_transport,
    ("border", "Ports of entry, South Texas"): check_border,
    ("streets", "US wholesale, border states"): check_streets,
    ("policy", "Demand reduction"): check_policy,
}


def find(scenario: Scenario, stage_id: str, key: str) -> QuizQuestion:
    matches = [q for q in scenario.stage(stage_id).quiz if q.activity and key in f"{q.question} {q.activity}"]
    assert len(matches) == 1, (stage_id, key, len(matches))
    return matches[0]


def test_every_question_with_an_activity_has_a_check_against_the_model(scenario: Scenario) -> None:
    checked = {id(find(scenario, stage_id, key)) for stage_id, key in CHECKS}
    unchecked = [(s, q.question) for s, q in all_questions(scenario) if q.activity and id(q) not in checked]
    assert not unchecked, unchecked


@pytest.mark.parametrize(("stage_id", "key"), sorted(CHECKS))
def test_the_answer_to_each_model_question_is_what_the_model_does(
    scenario: Scenario, network: SupplyNetwork, stage_id: str, key: str
) -> None:
    question = find(scenario, stage_id, key)
    CHECKS[(stage_id, key)](scenario, network, question)
