"""Undoable changes to the learner's plan.

Every change (remove, restore, apply a preset, reset all) replaces one frozen ``Plan`` with another,
so undo and redo only ever swap whole plans and restoring everything gives back exactly the
baseline plan.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from model.interventions import Plan

logger = logging.getLogger(__name__)

# Called with (plan, what happened, the actor the change was about).
PlanSetter = Callable[[Plan, str, str | None], None]


class PlanCommand(QUndoCommand):
    """Swap the current plan for another one; undo swaps it back."""

    def __init__(self, apply: PlanSetter, before: Plan, after: Plan, text: str, actor_id: str | None = None) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.actor_id = actor_id

    def redo(self) -> None:
        self._apply(self.after, self.text(), self.actor_id)

    def undo(self) -> None:
        self._apply(self.before, f"Undone: {self.text()}", None)
