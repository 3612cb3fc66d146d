"""The quiz as shown: choices shuffled the same way all session long, verdicts and scores in words."""

from __future__ import annotations

from model.scenario import QuizQuestion
from ui.lesson.quiz import choice_order, letter, score_text, verdict


def test_choices_are_shuffled_per_session_and_question_but_stably() -> None:
    orders = {tuple(choice_order(seed, "stage", 0, 4)) for seed in range(40)}
    assert all(sorted(order) == [0, 1, 2, 3] for order in orders)
    assert len(orders) > 10, "different sessions see different orders"
    assert choice_order(7, "stage", 0, 4) == choice_order(7, "stage", 0, 4)
    firsts = {choice_order(7, "stage", q, 4)[0] for q in range(20)}
    assert len(firsts) > 1, "the right answer does not always come first"
    assert [letter(i) for i in range(3)] == ["A", "B", "C"]


def test_verdicts_and_scores() -> None:
    question = QuizQuestion(question="Q?", choices=("Yes", "No", "Maybe"), correct=1, explanation="Because.")
    assert verdict(question, 1) == "Right."
    assert verdict(question, 0) == "Not quite: the answer is \u201cNo\u201d."
    assert score_text(1, 2, 2) == "quiz: 1 of 2 right"
    assert score_text(0, 1, 1) == "quiz: 0 of 1 right"
    assert score_text(0, 0, 2) == ""
    assert score_text(1, 1, 4) == "quiz: 1 right, 1 of 4 answered"  # not "1 of 4 right": three are not wrong, only unanswered
