"""The learner's changes to the plan: remove, restore, apply a policy, reset; undoable, and held back
for a prediction first when predicting is on.

``PlanChanges`` is a part of ``MainWindow`` (a mixin): it turns requests into whole new plans, checks
that the model can run them before anything changes, and pushes them on the undo stack.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMainWindow

from model.assessor import Assessor
from model.errors import ModelError
from model.interventions import Plan
from model.scenario import Scenario
from ui.commands import PlanCommand
from ui.errors import show_error
from ui.lesson.describe import Describer
from ui.lesson.session import Session, SessionStore

# The one boundary between the window and the model: what the model refuses, it refuses with a
# ModelError written for the learner; anything else escaping it is a bug, and the excepthook reports it.
MODEL_ERRORS = (ModelError,)


class PlanChanges(QMainWindow):
    """Requests for a new plan, made undoable (and predicted first, when predicting is on)."""

    sessions: SessionStore
    assessor: Assessor
    describer: Describer
    scenario: Scenario
    undo_stack: QUndoStack
    predict_action: QAction
    predict_exploring_action: QAction

    @property
    def session(self) -> Session:
        return self.sessions.session

    @property
    def plan(self) -> Plan:
        return self.session.plan

    def notify(self, text: str) -> None:
        """A notice in the status bar (for what does not need the learner to stop)."""
        self.statusBar().showMessage(text, 8000)

    def predicting(self) -> bool:
        """Whether a change waits for the learner's prediction: in the tour by default, when exploring if asked."""
        return self.predict_action.isChecked() and (not self.session.explore or self.predict_exploring_action.isChecked())

    def remove_actor(self, actor_id: str) -> bool:
        """Remove an actor (undoable). Returns False when nothing changed."""
        if actor_id in self.plan.removed:
            self.notify(self.describer.already_removed(actor_id))
            return False
        return self._change(self.plan.remove(actor_id), self.describer.remove_command(actor_id), actor_id, predict=True)

    def restore_actor(self, actor_id: str) -> bool:
        if actor_id not in self.plan.removed:
            return False
        return self._change(self.plan.restore(actor_id), self.describer.restore_command(actor_id), None)

    def apply_preset(self, preset_id: str) -> bool:
        try:
            preset = self.scenario.preset(preset_id)
        except KeyError:
            self.notify(self.describer.no_such_preset(preset_id))
            return False
        return self._change(self.plan.with_actions(*preset.actions), self.describer.preset_command(preset.name), None, predict=True)

    def reset_all(self) -> bool:
        if self.plan.is_baseline:
            self.notify(self.describer.already_baseline())
            return False
        return self._change(Plan(), self.describer.reset_command(), None)

    def _change(self, plan: Plan, text: str, actor_id: str | None, predict: bool = False) -> bool:
        if plan == self.plan or not self._runs(plan):
            return False
        if predict and self.predicting():
            self.sessions.update(lambda s: s.propose(plan, text, actor_id))
            return True
        return self.push_plan(plan, text, actor_id)

    def _runs(self, plan: Plan) -> bool:
        """Solve before anything changes, so that a failure leaves the undo stack and the session as they were."""
        try:
            self.assessor.assess(plan)
        except MODEL_ERRORS as exc:
            show_error(self, self.tr("The model could not run this change"), self.tr("Nothing was changed."), str(exc))
            return False
        return True

    def push_plan(self, plan: Plan, text: str, actor_id: str | None) -> bool:
        """Make the change (undoable)."""
        if plan == self.plan or not self._runs(plan):
            return False
        self._stop_playing()
        self.undo_stack.push(PlanCommand(self.sessions, self.describer, self.plan, plan, text, actor_id))
        return True

    def _stop_playing(self) -> None:
        """For the window: stop playing the months."""
