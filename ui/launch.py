"""A window brought into the state the command line asked for, the same way for the real window and
for ``--screenshot``; with no state asked for, the autosave is offered back.

The flags are checked without Qt (``ui.lesson.start``), by main.py before Qt starts and here again
against the window's own network; changes are pushed as the learner's would be (undoable one by one),
without waiting for a prediction: the teacher asked for this state.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.errors import show_error
from ui.lesson.start import BadStart, StartRequest, StartState, change_text, check_start

if TYPE_CHECKING:
    from ui.window import MainWindow

logger = logging.getLogger(__name__)


def apply_start(window: MainWindow, state: StartState, fullscreen: bool = True) -> None:
    """Bring the window into a checked start state (``fullscreen``: False for pictures, whose size is given)."""
    if state.session is not None:
        window.session_files.show(state.session)
    if state.stage is not None:
        window.go_to_stage(state.stage)
    for change in state.changes:
        window.push_plan(change.plan, change_text(change, window.describer), change.actor)
    if state.select is not None:
        window.select_actor(state.select)
    if state.month is not None:
        window.set_month(state.month)
    if fullscreen and state.fullscreen:
        window.set_full_screen(True)


def start_window(window: MainWindow, request: StartRequest | None) -> None:
    """After the explorer has opened: the state asked for, or else the autosave offered back."""
    if request is None or request.is_empty:
        window.session_files.offer_autosave()
        return
    from ui.window import MONTHS

    try:
        state = check_start(window.network, request, MONTHS)
    except BadStart as exc:  # main.py checked already; the file may have changed since
        show_error(window, QCoreApplication.translate("launch", "The explorer could not start as asked"), str(exc))
        return
    apply_start(window, state)
