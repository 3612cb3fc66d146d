"""Undoable changes to the learner's plan.

Every change (remove, restore, apply a policy, reset all) replaces one frozen ``Plan`` with another in
the learner's session, so undo and redo only ever swap whole plans, and restoring everything gives back
exactly the baseline plan.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from model.interventions import Plan
from ui.lesson.describe import Describer
from ui.lesson.session import SessionStore


class PlanCommand(QUndoCommand):
    """Swap the session's plan for another one; undo swaps it back."""

    def __init__(
        self, store: SessionStore, describer: Describer, before: Plan, after: Plan, text: str, actor_id: str | None = None
    ) -> None:
        super().__init__(text)
        self._store = store
        self._describer = describer
        self.before = before
        self.after = after
        self.actor_id = actor_id

    def redo(self) -> None:
        self._store.update(lambda s: s.with_plan(self.after, self.text(), self.actor_id))

    def undo(self) -> None:
        self._store.update(lambda s: s.with_plan(self.before, self._describer.undone(self.text()), None))
