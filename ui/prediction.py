"""Predict, then observe, then explain: the flow around a change, between the window and its panel.

When predicting is on (by default in the tour; a setting when exploring freely), a removal or a
policy is held back as the session's pending change while the learner says what they expect, and
may click the actor they think will carry the diverted flow. "Show me" records the prediction, makes
the change and plays the months; once month 12 has played, the panel sets the prediction beside the
model's result, explains the mechanism that made the difference, and asks why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ui.lesson.describe import SENTENCE_MONTHS
from ui.lesson.predict import Explainer, predictions_markdown
from ui.lesson.session import Prediction, Session
from ui.panels.predict import PredictionPanel

if TYPE_CHECKING:
    from ui.window import MainWindow


class PredictionFlow(QObject):
    """Owns the prediction panel and moves the learner through its three steps."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = PredictionPanel(SENTENCE_MONTHS)
        self.watching = False  # a prediction's months are playing; the result comes at month 12
        self.showing = False  # the side shows this flow: the question, the months playing, or the result
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.panel.predicted.connect(self._on_predicted)
        self.panel.skipped.connect(self._on_skipped)
        self.panel.cancelled.connect(lambda: self.window.sessions.update(lambda s: s.drop_pending()))
        self.panel.taker_cleared.connect(lambda: self.window.sessions.update(lambda s: s.guess_taker(None)))
        self.panel.why_given.connect(lambda why: self.window.sessions.update(lambda s: s.explain_last(why)))
        self.panel.finished.connect(self._on_finished)

    def render(self, session: Session, changed: frozenset[str]) -> bool:
        """Bring the panel up to date with the session; True while it should be the side panel."""
        describer = self.window.describer
        if "pending" in changed:
            if session.pending is not None:
                self.panel.ask(session.pending.what, describer.vocabulary.destination, self._name(session.pending.taker))
                self.showing = True
            elif not self.watching and self.panel.page == "ask":
                self.showing = False
        if self.watching and session.played >= SENTENCE_MONTHS and session.predictions and session.predictions[-1].plan == session.plan:
            self.watching = False
            self.panel.show_result(self._explanation(session))
        return self.showing

    def ask(self, session: Session) -> None:
        """Show the question for the session's pending change."""
        self.render(session, frozenset({"pending"}))

    def history(self) -> str:
        """Every prediction of the session beside the model's result, as Markdown."""
        session = self.window.session
        assessor, explainer = self.window.assessor, Explainer(self.window.describer)
        return predictions_markdown(session, assessor, explainer)

    def _name(self, actor_id: str | None) -> str | None:
        return self.window.describer.name(actor_id) if actor_id is not None else None

    def _explanation(self, session: Session) -> str:
        assessor = self.window.assessor
        before = assessor.assess(session.change.before if session.change is not None else session.plan)
        after = assessor.assess(session.plan)
        return Explainer(self.window.describer).explanation(session.predictions[-1], before, after)

    def _on_predicted(self, right_after: float, after_months: float) -> None:
        pending = self.window.session.pending
        if pending is None:
            return
        prediction = Prediction(pending.plan, right_after, after_months, pending.taker)
        self.watching = True
        self.panel.watch()
        self.window.sessions.update(lambda s: s.predict(prediction))
        self.window.push_plan(pending.plan, pending.what, pending.actor)
        self.window.impact.start_playing()

    def _on_skipped(self) -> None:
        pending = self.window.session.pending
        self.showing = False
        if pending is not None:
            self.window.push_plan(pending.plan, pending.what, pending.actor)

    def _on_finished(self) -> None:
        self.showing = False
        self.window.show_side_panel()
