"""The lab's column of plans: up to four cards, each in its plan's colour, with what the plan does,
how its run is going, and buttons to edit or drop it; and a button that adds a plan.

Signals of ``PlanList``:
    edit_requested(int): the learner wants to change the plan in this slot.
    remove_requested(int): the learner drops the plan in this slot.
    add_requested(): the learner adds a plan.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from model.scenario import Scenario
from ui import theme
from ui.lesson.lab import MAX_PLANS, LabPlan, PlanWords
from ui.panels.widgets import heading, plain_tooltip


class PlanCard(QFrame):
    """One plan: its name in its colour, what it does, its run's state, Edit and Remove."""

    def __init__(self, slot: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setObjectName("labPlan")
        self.setProperty("card", "fact")
        self.restyle()
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 8, 10, 8)
        box.setSpacing(4)
        self.title = heading("", "card-title")
        self.what = heading("", "note")
        self.state = heading("", "note")
        self.edit_button = QPushButton(self.tr("Edit\u2026"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        for widget in (self.title, self.what, self.state):
            box.addWidget(widget)
        box.addLayout(row)

    def restyle(self) -> None:
        """The plan's colour in the current profile: it ties the card to its fan on the charts and its
        row in the table."""
        self.setStyleSheet(f"QFrame#labPlan {{ border-left: 8px solid {theme.current().lab_plan(self.slot)}; }}")

    def show_plan(self, title: str, lines: list[str]) -> None:
        self.title.setText(title)
        self.what.setText("\n".join(lines))
        self.setToolTip(plain_tooltip("\n".join([title, *lines])))
        self.setAccessibleName(title)

    def set_state(self, text: str) -> None:
        self.state.setText(text)


class PlanList(QWidget):
    """The plans of the lab, top to bottom in slot order."""

    edit_requested = Signal(int)
    remove_requested = Signal(int)
    add_requested = Signal()

    def __init__(self, scenario: Scenario, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.words = PlanWords(scenario)
        self.scenario = scenario
        self.cards: list[PlanCard] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(8)
        self.add_button = QPushButton(self.tr("+ Add a plan"))
        self.add_button.clicked.connect(self.add_requested)
        self.box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box.addStretch(1)

    def show_plans(self, plans: list[LabPlan]) -> None:
        """One card a plan (cards are kept, so a run's state survives an edit of another plan)."""
        while len(self.cards) > len(plans):
            self.cards.pop().deleteLater()
        while len(self.cards) < len(plans):
            card = PlanCard(len(self.cards))
            card.edit_button.clicked.connect(lambda _c=False, s=card.slot: self.edit_requested.emit(s))
            card.remove_button.clicked.connect(lambda _c=False, s=card.slot: self.remove_requested.emit(s))
            self.box.insertWidget(len(self.cards), card)
            self.cards.append(card)
        for card, plan in zip(self.cards, plans, strict=True):
            card.show_plan(plan.title(self.scenario), self.words.summary(plan))
            card.remove_button.setEnabled(len(plans) > 1)
        self.add_button.setEnabled(len(plans) < MAX_PLANS)
        self.add_button.setToolTip(self.tr("At most four plans, so the charts stay readable") if len(plans) >= MAX_PLANS else "")

    def restyle(self) -> None:
        for card in self.cards:
            card.restyle()

    def set_state(self, slot: int, text: str) -> None:
        if slot < len(self.cards):
            self.cards[slot].set_state(text)
