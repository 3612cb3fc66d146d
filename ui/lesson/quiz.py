"""The quiz as the learner meets it: choices in a shuffled order (fixed for the session), verdicts.

The scenario lists each question's choices with the right one at any position; shown in the file's
order, a pattern (the right answer often second, or longest) gives answers away. Each session shuffles
every question's choices with its own seed, the same way every time the question is shown again.
"""

from __future__ import annotations

import random

from model.scenario import QuizQuestion
from ui.lesson.i18n import translate


def choice_order(seed: int, stage_id: str, question_index: int, count: int) -> list[int]:
    """The positions of a question's choices in the order they are shown (a permutation of range(count))."""
    order = list(range(count))
    random.Random(f"{seed}:{stage_id}:{question_index}").shuffle(order)
    return order


def letter(position: int) -> str:
    return chr(ord("A") + position)


def verdict(question: QuizQuestion, choice: int) -> str:
    if choice == question.correct:
        return translate("quiz", "Right.")
    return translate("quiz", "Not quite: the answer is \u201c{answer}\u201d.").format(answer=question.choices[question.correct])


def score_text(right: int, answered: int, questions: int) -> str:
    """The stage list's quiz score: "quiz: 1 of 2 right" once every question is answered; before
    that "quiz: 1 right, 1 of 4 answered" (not "1 of 4 right", which reads as three wrong)."""
    if not questions or not answered:
        return ""
    if answered < questions:
        return translate("quiz", "quiz: {right} right, {answered} of %n answered", None, questions).format(right=right, answered=answered)
    return translate("quiz", "quiz: {right} of %n right", None, questions).format(right=right)
