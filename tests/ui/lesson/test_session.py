"""The learner's session: pure transitions, what listeners hear, and JSON files that either load whole
or give a clear message and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.session import ChallengeResult, Prediction, Session, SessionStore
from ui.lesson.session_file import VERSION, SessionError, from_json, to_json

ROOT = Path(__file__).parents[3]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
MONTHS = 24


@pytest.fixture(scope="module")
def network() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(SMALL))


def test_a_new_plan_records_the_change_and_starts_the_months_again(network: SupplyNetwork) -> None:
    session = Session(network).at_month(7, MONTHS)
    plan = Plan().remove("group_a")
    after = session.with_plan(plan, "Remove Group A", "group_a")
    assert after.plan == plan and after.month == 0
    assert after.change is not None and (after.change.what, after.change.actor, after.change.before) == (
        "Remove Group A",
        "group_a",
        Plan(),
    )
    assert after.with_plan(plan) is after, "the same plan changes nothing"
    assert session.month == 7 and session.plan.is_baseline, "sessions are values"


def test_stages_are_clamped_remembered_and_hide_what_they_do_not_show(network: SupplyNetwork) -> None:
    session = Session(network).at_stage(3).select("group_a")
    assert session.seen == {0, 3} and session.selected == "group_a"
    back = session.at_stage(1)
    assert back.selected is None, "group_a is in stage 4: hidden at stage 2"
    assert back.at_stage(99).stage == len(network.scenario.stages) - 1
    assert back.at_stage(-5).stage == 0
    assert session.exploring(True).at_stage(0).selected == "group_a", "exploring shows every stage"
    with pytest.raises(KeyError):
        session.select("nobody")


def test_quiz_answers_count_once_and_score_per_stage(network: SupplyNetwork) -> None:
    question = network.scenario.stage("suppliers").quiz[0]
    wrong = next(i for i in range(len(question.choices)) if i != question.correct)
    session = Session(network).answer("suppliers", 0, wrong)
    assert session.score("suppliers") == (0, 1, 1)
    assert session.answer("suppliers", 0, question.correct) is session, "the first answer stands"
    assert Session(network).answer("suppliers", 0, question.correct).score("suppliers") == (1, 1, 1)
    assert Session(network).score("suppliers") == (0, 0, 1)


def test_listeners_hear_which_fields_changed_and_nothing_when_nothing_did(network: SupplyNetwork) -> None:
    store = SessionStore(Session(network))
    heard: list[frozenset[str]] = []
    stop = store.subscribe(lambda old, new, changed: heard.append(changed))
    assert store.update(lambda s: s.at_stage(2))
    assert store.update(lambda s: s.with_plan(Plan().remove("group_b"), "Remove Group B", "group_b"))
    assert not store.update(lambda s: s.at_stage(2))
    assert heard == [frozenset({"stage", "seen"}), frozenset({"plan", "change"})]
    stop()
    store.update(lambda s: s.at_stage(0))
    assert len(heard) == 2


def test_a_session_saves_and_loads_whole(network: SupplyNetwork) -> None:
    preset = network.scenario.preset("demand_down")
    session = (
        Session(network, quiz_seed=1234)
        .at_stage(3)
        .exploring(True)
        .with_plan(Plan.from_preset(preset).remove("group_a"), "Apply “Demand down”", None)
        .select("group_b")
        .at_month(12, MONTHS)
        .answer("suppliers", 0, 2)
        .predict(Prediction(Plan().remove("group_a"), right_after=0.5, after_months=0.9, taker="group_b", why="spare room"))
        .solve_challenge(ChallengeResult("suppliers", True, "Group A removed"))
        .propose(Plan().remove("group_b"), "Remove Group B", "group_b")
        .guess_taker("new_cell")
    )
    text = to_json(session)
    assert json.loads(text)["version"] == VERSION
    assert from_json(text, network, MONTHS) == session


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: "{not json", "not valid JSON"),
        (lambda d: json.dumps([1, 2]), "not a session file"),
        (lambda d: json.dumps({**d, "version": VERSION + 1}), "newer version"),
        (lambda d: json.dumps({**d, "scenario": {"id": "other", "language": "en", "title": "Another"}}), "another scenario"),
        (
            lambda d: json.dumps({**d, "scenario": "x"}),
            'scenario is not valid (expected an object naming the scenario: id, language, title; found "x")',
        ),
        (
            lambda d: json.dumps({**d, "plan": {"removed": ["nobody"], "actions": []}}),
            'plan.removed is not valid (expected ids of this scenario\u2019s actors; found "nobody")',
        ),
        (lambda d: json.dumps({**d, "plan": []}), "plan is not valid (expected an object with the lists \u201cremoved\u201d and"),
        (lambda d: json.dumps({**d, "plan": {"removed": [], "actions": [{"kind": "x"}]}}), "plan.actions[0"),
        (lambda d: json.dumps({**d, "stage": 99}), "stage is not valid (expected a whole number from 0 to 4; found 99)"),
        (
            lambda d: json.dumps({k: v for k, v in d.items() if k != "stage"}),
            "stage is not valid (expected a whole number from 0 to 4; found nothing)",
        ),
        (lambda d: json.dumps({**d, "stage": "2"}), 'stage is not valid (expected a whole number from 0 to 4; found "2")'),
        (lambda d: json.dumps({**d, "month": -1}), "month is not valid (expected a whole number from 0 to 24; found -1)"),
        (lambda d: json.dumps({**d, "seen": [0, 7]}), "seen[1] is not valid (expected a whole number from 0 to 4; found 7)"),
        (lambda d: json.dumps({**d, "explore": "yes"}), 'explore is not valid (expected true or false; found "yes")'),
        (
            lambda d: json.dumps({**d, "selected": 3}),
            "selected is not valid (expected the id of one of this scenario\u2019s actors, or null; found 3)",
        ),
        (
            lambda d: json.dumps({**d, "answers": [{"stage": "suppliers", "question": 0, "choice": 9}]}),
            "answers[0].choice is not valid (expected a whole number from 0 to",
        ),
        (
            lambda d: json.dumps({**d, "answers": [{"stage": "moon"}]}),
            'answers[0].stage is not valid (expected the id of one of this scenario\u2019s stages; found "moon")',
        ),
        (lambda d: json.dumps({**d, "answers": {}}), "answers is not valid (expected a list; found {})"),
        (
            lambda d: json.dumps({**d, "predictions": [{"plan": {"removed": []}, "right_after": 2}]}),
            "predictions[0].right_after is not valid (expected a share from 0 to 1, or null; found 2)",
        ),
        (
            lambda d: json.dumps({**d, "challenges": [{"stage": "suppliers", "solved": "no"}]}),
            'challenges[0].solved is not valid (expected true or false; found "no")',
        ),
        (lambda d: json.dumps({**d, "change": {"what": 5}}), "change.what is not valid (expected text; found 5)"),
        (
            lambda d: json.dumps({**d, "selected": "<b>" + "x" * 200}),
            '(expected the id of one of this scenario\u2019s actors, or null; found "<b>xxx',
        ),
    ],
)
def test_a_bad_session_file_says_which_field_is_wrong_and_what_was_expected(network: SupplyNetwork, edit: object, message: str) -> None:
    good = json.loads(to_json(Session(network)))
    with pytest.raises(SessionError) as raised:
        from_json(edit(good), network, MONTHS)  # type: ignore[operator]
    assert message in str(raised.value)
    assert len(str(raised.value)) < 300, "a long value is shortened"


def test_a_change_can_wait_for_a_prediction_and_the_months_stay_hidden_until_played(network: SupplyNetwork) -> None:
    plan = Plan().remove("group_a")
    waiting = Session(network).propose(plan, "Remove Group A", "group_a").guess_taker("group_b")
    assert waiting.plan.is_baseline and waiting.pending is not None and waiting.pending.taker == "group_b"
    shown = waiting.predict(Prediction(plan, 0.4, 0.6, "group_b")).with_plan(plan, "Remove Group A", "group_a")
    assert shown.pending is None and shown.played == 0
    assert shown.at_month(5, MONTHS).played == 5 and shown.at_month(5, MONTHS).at_month(2, MONTHS).played == 5
    assert shown.reveal_months(MONTHS).played == MONTHS
    explained = shown.explain_last("  Group B had room  ")
    assert explained.predictions[-1].why == "Group B had room"
    assert Session(network).explain_last("x") == Session(network)
    assert shown.solve_challenge(ChallengeResult("suppliers", False, "a")).solve_challenge(
        ChallengeResult("suppliers", True, "b")
    ).challenge("suppliers") == ChallengeResult("suppliers", True, "b")
