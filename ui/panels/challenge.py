"""The challenge that ends a stage: its task, its rules, a button to check the learner's plan, and the
verdict from the model. The words come from ``ui.lesson.challenge``; the window runs the check.

Signals:
    ChallengeCard.check_requested(): the learner asked for their current plan to be checked.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from model.scenario import Challenge
from ui.lesson.challenge import ChallengeChecker, Verdict
from ui.lesson.session import ChallengeResult
from ui.panels.widgets import Card, TextBlock, WrapButton, heading


class ChallengeCard(Card):
    """A stage's challenge; shows the latest check (this one's verdict, or a past result)."""

    check_requested = Signal()

    def __init__(self, challenge: Challenge, words: ChallengeChecker, parent: QWidget | None = None) -> None:
        super().__init__("challenge", parent)
        self.challenge = challenge
        self.words = words
        self.box.addWidget(heading(words.heading(), "kicker"))
        self.task = TextBlock(challenge.text)
        self.box.addWidget(self.task)
        self.box.addWidget(heading("\n".join(words.rules(challenge)), "note"))
        self.box.addWidget(heading(words.prompt(), "note"))
        self.check_button = WrapButton(words.check_label())
        self.check_button.setProperty("role", "primary")
        self.check_button.clicked.connect(self.check_requested)
        self.box.addWidget(self.check_button)
        self.solved = heading(words.solved_line(), "verdict")
        self.solved.hide()
        self.verdict = heading("", "note")
        self.verdict.hide()
        self.box.addWidget(self.solved)
        self.box.addWidget(self.verdict)

    def show_verdict(self, verdict: Verdict) -> None:
        """The check just made: the model's reasons, and the plan that was checked."""
        self.solved.setVisible(verdict.solved)
        self.verdict.setText("\n".join([*verdict.lines, self.words.checked(verdict.answer)]))
        self.verdict.show()

    def show_result(self, result: ChallengeResult | None) -> None:
        """A check made earlier in the session (the panel was rebuilt since)."""
        if result is None:
            self.solved.hide()
            self.verdict.hide()
            return
        self.solved.setVisible(result.solved)
        self.verdict.setText(self.words.checked(result.answer))
        self.verdict.show()
