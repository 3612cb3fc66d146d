"""The dialog that composes one plan of the lab: a name, the scenario's presets, removals, capacity
scaled by kind and/or region, extra cost on routes, demand. Kinds and regions are the scenario's own.

``PlanEditor.lab_plan()`` gives the ``LabPlan`` the dialog shows; ``set_lab_plan`` fills it from one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.scenario import AddRouteCost, ScaleCapacity, Scenario
from ui.lesson.lab import COST_KEYS, LabPlan
from ui.panels.widgets import heading, plain_tooltip

MAX_ROWS = 6  # capacity changes or route costs in one plan: more would not fit a lesson


def _checklist(items: Sequence[tuple[str, str, str]], checked: Sequence[str]) -> QListWidget:
    """A list of checkable items: (data, text, tooltip)."""
    widget = QListWidget()
    for data, text, tip in items:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if data in checked else Qt.CheckState.Unchecked)
        if tip:
            item.setToolTip(plain_tooltip(tip))
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> tuple[str, ...]:
    items = (widget.item(i) for i in range(widget.count()))
    return tuple(str(item.data(Qt.ItemDataRole.UserRole)) for item in items if item.checkState() == Qt.CheckState.Checked)


class _Rows(QWidget):
    """Rows of choices with a remove button each, and a button that adds one."""

    def __init__(self, add_text: str, make_row: Callable[[], QWidget]) -> None:
        super().__init__()
        self.make_row = make_row
        self.rows: list[QWidget] = []
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add())
        self.box.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box.addStretch(1)

    def add(self) -> QWidget:
        row = self.make_row()
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.drop(row))
        layout = row.layout()
        if layout is not None:
            layout.addWidget(remove)
        self.rows.append(row)
        self.box.insertWidget(len(self.rows) - 1, row)
        self.add_button.setEnabled(len(self.rows) < MAX_ROWS)
        return row

    def drop(self, row: QWidget) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.add_button.setEnabled(True)

    def clear(self) -> None:
        for row in list(self.rows):
            self.drop(row)


def _word_combo(scenario: Scenario, kinds: bool, chosen: str | None) -> QComboBox:
    combo = QComboBox()
    vocabulary = scenario.vocabulary
    if kinds:
        combo.addItem(QCoreApplication.translate("PlanEditor", "any kind"), None)
        for kind in vocabulary.kinds:
            combo.addItem(kind.label, kind.id)
    else:
        combo.addItem(QCoreApplication.translate("PlanEditor", "anywhere"), None)
        for region in vocabulary.regions:
            combo.addItem(region.name, region.id)
    combo.setCurrentIndex(max(0, combo.findData(chosen)))
    return combo


class CapacityRow(QWidget):
    """Capacity of a kind and/or region, times a factor."""

    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.kind = _word_combo(scenario, True, None)
        self.region = _word_combo(scenario, False, None)
        self.factor = QDoubleSpinBox()
        self.factor.setRange(0, 300)
        self.factor.setDecimals(0)
        self.factor.setSingleStep(5)
        self.factor.setSuffix(" %")
        self.factor.setValue(50)
        for label, widget in ((self.tr("Capacity of"), self.kind), (self.tr("in"), self.region), (self.tr("at"), self.factor)):
            box.addWidget(QLabel(label))
            box.addWidget(widget)

    def set_action(self, action: ScaleCapacity) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(action.kind)))
        self.region.setCurrentIndex(max(0, self.region.findData(action.region)))
        self.factor.setValue(action.factor * 100)

    def action(self) -> ScaleCapacity | None:
        kind, region = self.kind.currentData(), self.region.currentData()
        if kind is None and region is None:
            return None
        return ScaleCapacity(action="scale_capacity", factor=round(self.factor.value() / 100, 4), kind=kind, region=region)


class RouteCostRow(QWidget):
    """Extra cost on the routes from a kind and/or region to a kind and/or region (two lines: from, to)."""

    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.words = {key: _word_combo(scenario, key.endswith("kind"), None) for key in COST_KEYS}
        self.amount = QDoubleSpinBox()
        self.amount.setRange(0, 100)
        self.amount.setSingleStep(0.1)
        self.amount.setValue(0.5)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        lines = (
            (self.tr("From"), self.words["from_kind"], self.tr("in"), self.words["from_region"]),
            (self.tr("to"), self.words["to_kind"], self.tr("in"), self.words["to_region"]),
        )
        for r, (first, kind, middle, region) in enumerate(lines):
            grid.addWidget(QLabel(first), r, 0)
            grid.addWidget(kind, r, 1)
            grid.addWidget(QLabel(middle), r, 2)
            grid.addWidget(region, r, 3)
        grid.addWidget(QLabel(self.tr("costs")), 0, 4)
        grid.addWidget(self.amount, 0, 5)
        grid.addWidget(QLabel(self.tr("more a unit")), 0, 6)
        box.addLayout(grid)
        box.addStretch(1)

    def set_action(self, action: AddRouteCost) -> None:
        for key, combo in self.words.items():
            combo.setCurrentIndex(max(0, combo.findData(getattr(action, key))))
        self.amount.setValue(action.amount)

    def action(self) -> AddRouteCost:
        values = {key: combo.currentData() for key, combo in self.words.items()}
        return AddRouteCost(action="add_route_cost", amount=round(self.amount.value(), 4), **values)


class PlanEditor(QDialog):
    """Compose one plan; see the module docstring."""

    def __init__(self, scenario: Scenario, plan: LabPlan, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scenario = scenario
        self.setWindowTitle(title)
        self.setModal(True)
        self.setObjectName("panel")  # the explorer's paper background and text colour
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("A name the class will recognise"))
        self.presets = _checklist([(p.id, p.name, p.description) for p in scenario.presets], plan.presets)
        actors = []
        for actor in scenario.actors:
            stage = scenario.stage(actor.stage).short_title
            kind, region = scenario.kind_of(actor.id).label, scenario.region_of(actor.id).name
            actors.append((actor.id, f"{actor.name}  \u00b7  {kind} \u00b7 {region} \u00b7 {stage}", actor.description))
        self.removed = _checklist(actors, plan.removed)
        self.capacity = _Rows(self.tr("Add a capacity change"), lambda: CapacityRow(scenario))
        self.costs = _Rows(self.tr("Add a route cost"), lambda: RouteCostRow(scenario))
        self.demand = QDoubleSpinBox()
        self.demand.setRange(0, 200)
        self.demand.setDecimals(0)
        self.demand.setSingleStep(5)
        self.demand.setSuffix(" %")
        self.problem = heading("", "note")
        self._build()
        self.set_lab_plan(plan)

    def _build(self) -> None:
        box = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        box.addLayout(form)
        tabs = QTabWidget()
        tabs.addTab(self._page(self.tr("Apply any of the scenario's policies:"), self.presets), self.tr("Policies"))
        tabs.addTab(self._page(self.tr("Remove these actors:"), self.removed), self.tr("Remove actors"))
        tabs.addTab(
            self._page(self.tr("Scale the capacity of every actor of a kind and/or in a region:"), self._scrolled(self.capacity)),
            self.tr("Capacity"),
        )
        tabs.addTab(
            self._page(self.tr("Make the routes between kinds and/or regions cost more (risk, enforcement):"), self._scrolled(self.costs)),
            self.tr("Route costs"),
        )
        demand = QWidget()
        row = QHBoxLayout(demand)
        row.addWidget(QLabel(self.tr("Demand at")))
        row.addWidget(self.demand)
        row.addWidget(QLabel(self.tr("of today's (treatment and prevention lower it)")))
        row.addStretch(1)
        tabs.addTab(self._page(self.tr("Scale how much is bought:"), demand), self.tr("Demand"))
        self.tabs = tabs
        box.addWidget(tabs, 1)
        box.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    @staticmethod
    def _page(text: str, widget: QWidget) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(heading(text, "note"))
        box.addWidget(widget, 1)
        return page

    @staticmethod
    def _scrolled(widget: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        return area

    def set_lab_plan(self, plan: LabPlan) -> None:
        self.name.setText(plan.name)
        self.capacity.clear()
        self.costs.clear()
        for action in plan.capacity:
            row = self.capacity.add()
            if isinstance(row, CapacityRow):
                row.set_action(action)
        for cost in plan.route_costs:
            row = self.costs.add()
            if isinstance(row, RouteCostRow):
                row.set_action(cost)
        self.demand.setValue(plan.demand * 100)

    def lab_plan(self) -> LabPlan | None:
        """The plan the dialog shows; None (and the reason shown) when a capacity change names nothing."""
        capacity = [row.action() for row in self.capacity.rows if isinstance(row, CapacityRow)]
        if any(a is None for a in capacity):
            self.problem.setText(self.tr("Choose a kind or a region (or both) in every capacity change."))
            return None
        self.problem.setText("")
        return LabPlan(
            name=self.name.text().strip(),
            presets=_checked(self.presets),
            removed=_checked(self.removed),
            capacity=tuple(a for a in capacity if a is not None),
            route_costs=tuple(row.action() for row in self.costs.rows if isinstance(row, RouteCostRow)),
            demand=round(self.demand.value() / 100, 4),
        )

    def _on_accepted(self) -> None:
        if self.lab_plan() is not None:
            self.accept()
