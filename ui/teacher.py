"""The teacher's notes window: a second window for the teacher's own screen while the projector shows the
app. It shows the current stage's teacher notes (objective, notes, questions with model answers) and
the quiz's answers, and follows the tour as the stage changes. Closing it is fine; View > Teacher's
notes window opens it again.

Its words come from ``ui.lesson.documents``; the scenario's text is shown as data (``TextBlock``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from model.scenario import Scenario
from ui.lesson.describe import Describer
from ui.lesson.documents import teacher_sheet_markdown
from ui.panels.widgets import TextBlock, heading


class TeacherNotesWindow(QWidget):
    """The notes of one stage, in a window of their own (a child of the explorer, so that it closes with
    it and takes its stylesheet). Signals: link_clicked(QUrl)."""

    link_clicked = Signal(QUrl)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Teacher's notes"))
        self.setAccessibleName(self.tr("Teacher's notes"))
        self.stage_index = -1
        content = QWidget()
        content.setObjectName("panel")
        box = QVBoxLayout(content)
        box.setContentsMargins(16, 14, 16, 16)
        box.setSpacing(10)
        self.kicker = heading("", "kicker")
        self.title = heading("", "title")
        self.notes = TextBlock()
        self.notes.anchorClicked.connect(self.link_clicked)
        for widget in (self.kicker, self.title, self.notes):
            box.addWidget(widget)
        box.addStretch(1)
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.area)
        self.resize(560, 640)

    def show_stage(self, scenario: Scenario, describer: Describer, stage_index: int) -> None:
        """The notes of this stage (the scroll goes back to the top for a new stage)."""
        stage = scenario.stages[stage_index]
        self.kicker.setText(describer.stage_kicker(stage_index))
        self.title.setText(stage.title)
        self.notes.set_markdown(teacher_sheet_markdown(stage))
        if stage_index != self.stage_index:
            self.area.verticalScrollBar().setValue(0)
        self.stage_index = stage_index

    def text(self) -> str:
        """Everything the window says, as plain text."""
        return "\n".join([self.kicker.text(), self.title.text(), self.notes.toPlainText()])

    def place_beside(self, window: QWidget) -> None:
        """On another screen than the explorer's when there is one (the teacher's laptop while the
        projector shows the app), else at the explorer's right edge."""
        here = window.screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        if others:
            room = others[0].availableGeometry()
            self.move(room.center() - self.rect().center())
            return
        frame = window.frameGeometry()
        self.move(max(0, frame.right() - self.width() - 24), frame.top() + 48)
