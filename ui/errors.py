"""How problems reach the learner: one dialog for what blocks, never a traceback.

``show_error`` is the one blocking dialog; ``problems_text`` lists a scenario file's problems; the
excepthook turns an unexpected error into that dialog. Messages and details are shown as plain text:
a scenario's values may appear in them, and scenario text is data.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.lesson.i18n import translate

if TYPE_CHECKING:  # the light start-up window must not wait for the scenario format to be imported
    from model.scenario import ScenarioError

logger = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """The one blocking error dialog: a plain message, optional details, never a traceback."""
    logger.warning("%s: %s %s", title, message, details)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setInformativeText(details)
        for label in box.findChildren(QWidget):
            if hasattr(label, "setTextFormat"):
                label.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def problems_text(error: ScenarioError, limit: int = 12) -> str:
    """Every problem of a scenario file, one a line: file, field, what was expected."""
    lines = [str(p) for p in error.problems[:limit]]
    if len(error.problems) > limit:
        lines.append(translate("errors", "\u2026 and %n more", None, len(error.problems) - limit))
    return "\n".join(lines)


def install_excepthook() -> None:
    """Unexpected errors are logged and shown as one plain dialog, never as a traceback."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logger.error("unexpected error", exc_info=(kind, value, tb))
        message = translate("errors", "The explorer hit an unexpected problem; what you were doing may not have finished.")
        show_error(None, translate("errors", "Something went wrong"), message, f"{kind.__name__}: {value}")

    sys.excepthook = hook
