"""Predictions beside the model: the result, who took the flow over, and the mechanism, in words."""

from __future__ import annotations

from pathlib import Path

from model.assessor import Assessor
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.describe import Describer
from ui.lesson.predict import Explainer, compare_prediction, predictions_markdown
from ui.lesson.session import Prediction, Session

SMALL = Path(__file__).parents[3] / "docs" / "examples" / "small.yaml"


def setup() -> tuple[Assessor, Explainer, SupplyNetwork]:
    network = SupplyNetwork(load_scenario(SMALL))
    return Assessor(network), Explainer(Describer(network)), network


def test_a_low_guess_hears_about_spare_room_and_entrants() -> None:
    assessor, explain, _network = setup()
    plan = Plan(removed=("group_a",))
    before, after = assessor.assess(Plan()), assessor.assess(plan)
    guess = Prediction(plan, right_after=0.1, after_months=0.1, taker="group_b")
    text = explain.explanation(guess, before, after)
    assert text.startswith("You predicted 10% right after and 10% after 12 months; the model shows 50% and 85%.")
    assert "You expected Group B to carry most of the diverted flow, and in the model it did." in text
    assert "Right after, more got through than you expected: under this model's assumptions, other actors had room to spare" in text
    assert "mostly through Group B" in text
    assert "Over the months, more came back than you expected." in text
    assert "1 new actor came in: New transport cell" in text


def test_a_high_guess_hears_why_not_everything_comes_back() -> None:
    assessor, explain, _network = setup()
    plan = Plan(removed=("group_a", "group_b"))
    before, after = assessor.assess(Plan(removed=("group_a",))), assessor.assess(plan)
    guess = Prediction(plan, right_after=0.9, after_months=0.9, taker="supplier_a")
    c = compare_prediction(guess, before, after)
    assert c.now == 0.0 and c.taker is None
    text = explain.explanation(guess, before, after)
    assert "in the model nobody could take it over" in text
    assert "Right after, less got through than you expected" in text
    assert "Over the months, less came back than you expected. Under this model's assumptions" in text


def test_a_close_guess_is_told_so_and_demand_cuts_are_explained() -> None:
    assessor, explain, network = setup()
    demand = Plan.from_preset(network.scenario.preset("demand_down"))
    before, after = assessor.assess(Plan()), assessor.assess(demand)
    c = compare_prediction(Prediction(demand, 1.0, 1.0), before, after)
    assert "you were close" not in explain.over_months(c, after)
    assert "demand itself fell" in explain.over_months(c, after)
    exact = Prediction(demand, c.now, c.later)
    assert explain.right_after(compare_prediction(exact, before, after), before, after) == "Right after, you were close to the model."


def test_my_predictions_lists_each_with_the_models_answer_and_the_why() -> None:
    assessor, explain, network = setup()
    session = Session(network).predict(Prediction(Plan(removed=("group_a",)), 0.3, 0.4, None, why="*cheap* routes"))
    text = predictions_markdown(session, assessor, explain)
    assert "**1.** You predicted 30% right after and 40% after 12 months; the model shows 50% and 85%." in text
    assert "\\*cheap\\* routes" in text, "the learner's words are shown as written"
    assert "No predictions yet" in predictions_markdown(Session(network), assessor, explain)


def test_a_high_guess_hears_that_dearer_replacements_keep_the_price_up() -> None:
    assessor, explain, _network = setup()
    plan = Plan(removed=("group_a",))
    before, after = assessor.assess(Plan()), assessor.assess(plan)
    text = explain.explanation(Prediction(plan, right_after=0.5, after_months=1.0), before, after)
    assert not after.timeline.at(12).flow.short, "supply meets what buyers take at the higher cost"
    assert "the actors that replaced the removed ones work at higher cost, and at that price less is bought." in text
