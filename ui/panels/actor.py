"""One actor: who it is, where, what it does, its sources, its flow now, Remove / Restore.

Signals:
    ActorPanel.remove_requested(str), ActorPanel.restore_requested(str), ActorPanel.back_requested(),
    ActorPanel.link_clicked(QUrl)
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from model.network import SupplyNetwork
from model.results import Assessment
from ui.lesson.describe import Describer
from ui.lesson.documents import source_markdown
from ui.lesson.spoken import plain_words
from ui.panels.widgets import TextBlock, heading


class ActorPanel(QScrollArea):
    """The selected actor, with its flow in the chosen month against the baseline."""

    remove_requested = Signal(str)
    restore_requested = Signal(str)
    back_requested = Signal()
    link_clicked = Signal(QUrl)

    def __init__(self, network: SupplyNetwork, describer: Describer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.describer = describer
        self.actor_id: str | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Actor panel"))
        content = QWidget()
        content.setObjectName("panel")
        box = QVBoxLayout(content)
        box.setContentsMargins(14, 12, 14, 16)
        box.setSpacing(10)
        self.back_button = QPushButton(self.tr("\u2190 Back to the stage"))
        self.back_button.setProperty("role", "link")
        self.back_button.setAccessibleName(plain_words(self.back_button.text()))  # read without the arrow
        self.kicker = heading("", "kicker")
        self.name = heading("", "title")
        self.facts = heading("", "note")
        self.flow = heading("", "flow")
        self.remove_button = QPushButton(self.tr("Remove this actor"))
        self.remove_button.setProperty("role", "danger")
        self.restore_button = QPushButton(self.tr("Restore this actor"))
        self.restore_button.setProperty("role", "primary")
        self.description = TextBlock()
        self.sources_title = heading(self.tr("Sources"), "section")
        self.sources = TextBlock()
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.restore_button)
        for widget in (self.back_button, self.kicker, self.name, self.facts, self.flow):
            box.addWidget(widget)
        box.addLayout(buttons)
        box.addWidget(self.description)
        box.addWidget(self.sources_title)
        box.addWidget(self.sources)
        box.addStretch(1)
        self.setWidget(content)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.restore_button.clicked.connect(self._on_restore_clicked)
        self.back_button.clicked.connect(self.back_requested)
        self.description.anchorClicked.connect(self.link_clicked)
        self.sources.anchorClicked.connect(self.link_clicked)

    def show_actor(self, actor_id: str, assessment: Assessment, month: int) -> None:
        """Fill the panel for an actor, with its flow in the chosen month against the baseline."""
        actor = self.network.actors[actor_id]
        changed = actor_id != self.actor_id
        self.actor_id = actor_id
        self.kicker.setText(self.describer.actor_stage(actor_id))
        self.name.setText(actor.name)
        self.facts.setText(self.describer.kind_and_region(actor_id))
        self.flow.setText(self.describer.actor_flow_line(actor_id, assessment, month))
        if changed:
            self.description.set_markdown(actor.description)
            self.sources.set_markdown("\n".join(f"- {source_markdown(s)}" for s in actor.sources))
            self.verticalScrollBar().setValue(0)
        removed = actor_id in assessment.plan.removed
        had_focus = self.remove_button.hasFocus() or self.restore_button.hasFocus()
        self.remove_button.setVisible(not removed)
        self.restore_button.setVisible(removed)
        if had_focus:  # after Remove the keyboard is on Restore, and back: no hunting for where it went
            (self.restore_button if removed else self.remove_button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_remove_clicked(self) -> None:
        if self.actor_id is not None:
            self.remove_requested.emit(self.actor_id)

    def _on_restore_clicked(self) -> None:
        if self.actor_id is not None:
            self.restore_requested.emit(self.actor_id)

    def text(self) -> str:
        """Everything the panel says, as plain text."""
        labels = [self.kicker, self.name, self.facts, self.flow, self.sources_title]
        return "\n".join([w.text() for w in labels] + [self.description.toPlainText(), self.sources.toPlainText()])
