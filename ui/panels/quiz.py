"""One quiz question: choose an answer, then see whether it was right and why.

The choices are shown in the session's shuffled order (``ui.lesson.quiz``); ``choices`` keeps the
buttons in the scenario's order, so ``choices[question.correct]`` is the right answer's button.

Signals:
    QuizCard.answered(int): the scenario index of the chosen answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from model.scenario import QuizQuestion
from ui.lesson.quiz import letter, verdict
from ui.panels.widgets import Card, TextBlock, WrapButton, heading, restyle


class QuizCard(Card):
    """A question, its choices in the order given, and the explanation once answered."""

    answered = Signal(int)

    def __init__(self, number: int, question: QuizQuestion, order: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__("quiz", parent)
        self.question = question
        self.box.addWidget(heading(self.tr("Question {number}").format(number=number), "kicker"))
        self.box.addWidget(TextBlock(question.question))
        if question.activity:
            self.box.addWidget(TextBlock(self.tr("*Use the model:* {activity}").format(activity=question.activity)))
        self.choices: list[WrapButton] = [WrapButton("") for _ in question.choices]
        for position, index in enumerate(order):
            button = self.choices[index]
            button.setText(f"{letter(position)}.  {question.choices[index]}")
            button.setProperty("role", "choice")
            self.box.addWidget(button)
        self.verdict = heading("", "verdict")
        self.verdict.hide()
        self.box.addWidget(self.verdict)
        self._explanation: TextBlock | None = None
        self._connect_signals()

    @property
    def explanation(self) -> TextBlock:
        """The explanation under the verdict, hidden until the learner answers; made the first time it
        is needed (most questions of a stage are never answered while its panel is shown)."""
        if self._explanation is None:
            self._explanation = TextBlock(self.question.explanation)
            self._explanation.hide()
            self.box.addWidget(self._explanation)
        return self._explanation

    def _connect_signals(self) -> None:
        for i, button in enumerate(self.choices):
            button.clicked.connect(lambda _checked=False, i=i: self._on_choice_clicked(i))

    def show_answer(self, index: int) -> None:
        """Mark the right answer and the chosen one, and show the explanation (also for a past answer)."""
        for i, button in enumerate(self.choices):
            button.setEnabled(False)
            if i == self.question.correct:
                button.setText(f"\u2713 {button.text()}")
                button.setProperty("role", "correct")
            elif i == index:
                button.setText(f"\u2717 {button.text()}")
                button.setProperty("role", "wrong")
            restyle(button, button.label)
        self.verdict.setText(verdict(self.question, index))
        self.verdict.show()
        self.explanation.show()

    def _on_choice_clicked(self, index: int) -> None:
        self.show_answer(index)
        self.answered.emit(index)
