"""The policy lab: up to four plans compared on the same runs, in a window of its own.

It opens over the explorer, as large as the explorer, from the Policies menu or the policy stage.
On the left, the plans (each in its colour) and the runs' progress with Cancel; on the right, three
pages: the plans compared (fan charts, the sentence, the table), the network of one plan, and which
actor matters most. A plan changed or added runs at once (``LabRunner``: worker processes, never the
window's thread); a plan already run on the same seeds shows at once. The lab keeps its plans while
it is hidden; closing it (or the explorer) ends its runs, processes and threads.

Signals:
    comparison_changed(): the charts and the table show the plans that have their runs.
    runs_finished(): no plan is running (all done, or cancelled).
    runs_cancelled(): the learner cancelled the runs.
    analysis_shown(): the ranking and the smallest stopping set are drawn.
    network_shown(): the network page shows its plan.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from model.assessor import Assessor
from model.interventions import Plan
from ui import theme
from ui.guard import guarded
from ui.lab.composer import PlanEditor
from ui.lab.figures import Renderer
from ui.lab.plans import PlanList
from ui.lab.runner import LabRunner
from ui.lab.tabs import ComparePage, MattersPage, NetworkPage
from ui.lesson.comparison import Comparison, LabWords, Outcome
from ui.lesson.describe import Describer
from ui.lesson.lab import MAX_PLANS, LabPlan, default_plans
from ui.panels.widgets import heading, show_progress
from ui.sizing import window_factor

logger = logging.getLogger(__name__)

DEFAULT_SEEDS = 50


class PolicyLab(QWidget):
    """The lab's window; see the module docstring."""

    comparison_changed = Signal()
    runs_finished = Signal()
    runs_cancelled = Signal()
    analysis_shown = Signal()
    network_shown = Signal()

    def __init__(
        self,
        assessor: Assessor,
        current: Plan | None = None,
        parent: QWidget | None = None,
        text_scale: float = 1.0,
        base_points: float = 11.0,
        processes: bool = True,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.assessor = assessor
        self.network = assessor.network
        self.scenario = self.network.scenario
        self.describer = Describer(self.network)
        self.words = LabWords(self.network)
        self.setWindowTitle(self.tr("Policy lab \u2014 {title}").format(title=self.scenario.title))
        self.setObjectName("panel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.learner_scale, self.base_points = text_scale, base_points
        self.text_scale = text_scale  # the learner's scale times a factor that grows with the window (as in the explorer)
        self.plans: list[LabPlan] = default_plans(self.scenario, current or Plan())
        self.runner = LabRunner(assessor, processes, self)
        self.runner.seeds = tuple(range(DEFAULT_SEEDS))
        self._build()
        self._connect()
        self._apply_text_size()
        if parent is not None:
            parent.installEventFilter(self)  # the lab closes with the explorer
            self.resize(parent.size())
        self.runner.warm()
        self._show_plans()
        self.run_all()

    # construction -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.plan_list = PlanList(self.scenario)
        self.seeds = QSpinBox()
        self.seeds.setRange(1, 500)
        self.seeds.setValue(DEFAULT_SEEDS)
        self.seeds.setAccessibleName(self.tr("Runs per plan (seeds)"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(True)  # its own text: a label beside it would lay the window out again at every step
        self.progress.setFormat("")
        self.status = heading("", "note")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.run_button = QPushButton(self.tr("Run"))
        self.run_button.setProperty("role", "primary")
        self.renderer = Renderer(self)
        self.compare_page = ComparePage(self.network, self.renderer, self.base_points, self.text_scale)
        self.network_page = NetworkPage(self.network, self.describer, self.assessor.months)
        self.matters_page = MattersPage(self.network, self.describer, self.renderer, self.base_points, self.text_scale)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.compare_page, self.tr("Compare the plans"))
        self.tabs.addTab(self.network_page, self.tr("The network of a plan"))
        self.tabs.addTab(self.matters_page, self.tr("Which actor matters most?"))
        self.png_button = QPushButton(self.tr("Save the charts (PNG)\u2026"))
        self.csv_button = QPushButton(self.tr("Save the table (CSV)\u2026"))
        self.close_button = QPushButton(self.tr("Back to the explorer"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addLayout(self._header())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._left())
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        outer.addWidget(splitter, 1)

    def _header(self) -> QHBoxLayout:
        """The title with its note under it, then the buttons: the note has the row's width to wrap in
        (beside the title it was squeezed into a column a word wide in Spanish at 1024x768)."""
        row = QHBoxLayout()
        words = QVBoxLayout()
        words.setSpacing(0)
        title = heading(self.tr("Policy lab"), "title")
        title.setWordWrap(False)
        words.addWidget(title)
        words.addWidget(heading(self.tr("Up to four plans on the same runs, side by side \u00b7 illustrative model"), "note"))
        row.addLayout(words, 1)
        for button in (self.png_button, self.csv_button, self.close_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _left(self) -> QWidget:
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 8, 0)
        box.addWidget(heading(self.tr("Plans"), "section"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.plan_list)
        box.addWidget(scroll, 1)
        seeds = QHBoxLayout()
        seeds.addWidget(QLabel(self.tr("Runs per plan")))
        seeds.addWidget(self.seeds)
        seeds.addStretch(1)
        box.addLayout(seeds)
        box.addWidget(self.progress)
        box.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        self.left = left
        return left

    def _connect(self) -> None:
        runner = self.runner
        runner.progress.connect(self._on_progress)
        runner.plan_finished.connect(self._on_plan_finished)
        runner.plan_failed.connect(self._on_plan_failed)
        runner.all_finished.connect(self._on_all_finished)
        runner.cancelled.connect(self._on_cancelled)
        runner.analysis_ready.connect(self._on_analysis_ready)
        runner.assessment_ready.connect(self._on_assessment_ready)
        self.plan_list.edit_requested.connect(self.edit_plan)
        self.plan_list.remove_requested.connect(self.remove_plan)
        self.plan_list.add_requested.connect(self.add_plan)
        self.cancel_button.clicked.connect(self.cancel)
        self.run_button.clicked.connect(self.run_missing)
        self.seeds.editingFinished.connect(lambda: self.set_seeds(self.seeds.value()))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.network_page.plan_chosen.connect(lambda _i: self._request_network())
        self.png_button.clicked.connect(self._on_save_png)
        self.csv_button.clicked.connect(self._on_save_csv)
        self.close_button.clicked.connect(self.close)

    def _apply_text_size(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(self.base_points * self.text_scale)
        self.setFont(font)
        self.setStyleSheet(theme.stylesheet(theme.current(), self.text_scale, self.base_points))
        self.left.setMinimumWidth(int(self.base_points * self.text_scale * 22))
        for view in (self.compare_page.charts, self.matters_page.chart):
            view.set_text_scale(self.text_scale)

    @guarded()
    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        scale = round(self.learner_scale * window_factor(self.width(), self.height()), 2)
        if abs(scale - self.text_scale) > 0.04:  # a projector's full screen reads like a laptop's window
            self.text_scale = scale
            self._apply_text_size()

    def restyle(self) -> None:
        """Everything drawn again in the current colour profile (chosen in the explorer while the lab is open)."""
        self._apply_text_size()
        self.plan_list.restyle()
        self._show_plans()
        self._show_comparison()
        self._on_tab_changed(self.tabs.currentIndex())  # the network or the ranking of the page shown

    # plans ----------------------------------------------------------------------------------------
    def colours(self) -> list[str]:
        return [theme.current().lab_plan(i) for i in range(len(self.plans))]

    def set_plan(self, slot: int, plan: LabPlan) -> None:
        """Put a plan in a slot (a new slot at the end) and run it; the slot's earlier run is cancelled."""
        if slot == len(self.plans) and slot < MAX_PLANS:
            self.plans.append(plan)
        else:
            self.plans[slot] = plan
        self._show_plans()
        self._run(slot)
        self._show_comparison()

    def remove_plan(self, slot: int) -> None:
        if len(self.plans) <= 1 or not 0 <= slot < len(self.plans):
            return
        self.plans.pop(slot)
        self.runner.drop_slot(slot)
        self._show_plans()
        for i in range(len(self.plans)):
            self.plan_list.set_state(i, self._state_text(i))
        self._show_comparison()

    def add_plan(self) -> None:
        if len(self.plans) < MAX_PLANS:
            self._edit(len(self.plans), LabPlan())

    def edit_plan(self, slot: int) -> None:
        self._edit(slot, self.plans[slot])

    def _edit(self, slot: int, plan: LabPlan) -> None:
        title = self.tr("Plan {number}").format(number=slot + 1)
        editor = PlanEditor(self.scenario, plan, title, self)
        editor.resize(int(self.width() * 0.7), int(self.height() * 0.75))
        editor.accepted.connect(lambda: self._on_edited(slot, editor))
        editor.finished.connect(editor.deleteLater)
        self.editor = editor
        editor.open()

    def _on_edited(self, slot: int, editor: PlanEditor) -> None:
        plan = editor.lab_plan()
        if plan is not None and (slot >= len(self.plans) or plan != self.plans[slot]):
            self.set_plan(slot, plan)

    def _show_plans(self) -> None:
        self.plan_list.show_plans(self.plans)
        titles = [p.title(self.scenario) for p in self.plans]
        self.network_page.set_plans(titles, self.colours(), self.network_page.plans.currentIndex())

    def _state_text(self, slot: int) -> str:
        ensemble = self.runner.ensemble(slot)
        if ensemble is not None:
            return self.words.run_state(len(ensemble.seeds))
        return self.words.running() if self.runner.is_running(slot) else self.words.cancelled()

    # runs -----------------------------------------------------------------------------------------
    def _run(self, slot: int) -> None:
        self.runner.run(slot, self.plans[slot].plan(self.scenario))
        self.plan_list.set_state(slot, self.words.running())
        self._update_buttons()

    def run_all(self) -> None:
        for slot in range(len(self.plans)):
            self._run(slot)

    def run_missing(self) -> None:
        """Run the plans that have no runs yet (after a Cancel)."""
        for slot in range(len(self.plans)):
            if self.runner.ensemble(slot) is None and not self.runner.is_running(slot):
                self._run(slot)

    def cancel(self) -> None:
        self.runner.cancel()

    def set_seeds(self, count: int) -> None:
        """Run every plan again on this many seeds."""
        seeds = tuple(range(count))
        if seeds == self.runner.seeds:
            return
        self.runner.seeds = seeds
        if self.seeds.value() != count:
            self.seeds.setValue(count)
        self.run_all()
        self._show_comparison()

    def _update_buttons(self) -> None:
        running = self.runner.running
        self.cancel_button.setEnabled(running)
        missing = any(self.runner.ensemble(s) is None for s in range(len(self.plans)))
        self.run_button.setEnabled(not running and missing)

    def _on_progress(self, done: int, total: int) -> None:
        self._show_progress(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() != max(total, 1):
            self.progress.setRange(0, max(total, 1))
        show_progress(self.progress, done, self.words.progress(done, total))

    def _on_plan_finished(self, slot: int) -> None:
        self.plan_list.set_state(slot, self._state_text(slot))
        self._show_comparison()
        if self.tabs.currentWidget() is self.network_page and slot == self.network_page.plans.currentIndex():
            self._request_network()

    def _on_plan_failed(self, slot: int, why: str) -> None:
        self.plan_list.set_state(slot, self.words.failed(why))

    def _on_all_finished(self) -> None:
        self._update_buttons()
        if not self.runner.running:
            done = sum(len(e.seeds) for s in range(len(self.plans)) if (e := self.runner.ensemble(s)) is not None)
            self._show_progress(done, len(self.plans) * len(self.runner.seeds))
            self.runs_finished.emit()

    def _on_cancelled(self) -> None:
        for slot in range(len(self.plans)):
            self.plan_list.set_state(slot, self._state_text(slot))
        self.runs_cancelled.emit()

    def comparison(self) -> Comparison:
        """The plans that have their runs, in slot order."""
        outcomes = []
        for slot, plan in enumerate(self.plans):
            ensemble = self.runner.ensemble(slot)
            if ensemble is not None:
                outcomes.append(Outcome(plan, plan.title(self.scenario), ensemble))
        return Comparison(self.network, outcomes)

    def _show_comparison(self) -> None:
        comparison = self.comparison()
        colours = [self.colours()[s] for s in range(len(self.plans)) if self.runner.ensemble(s) is not None]
        self.compare_page.show_comparison(comparison, colours)
        self.comparison_changed.emit()

    # the other pages --------------------------------------------------------------------------------
    def _on_tab_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page is self.network_page:
            self._request_network()
        elif page is self.matters_page:
            self.runner.request_analysis()

    def _request_network(self) -> None:
        slot = self.network_page.plans.currentIndex()
        if 0 <= slot < len(self.plans):
            self.runner.request_assessment(self.plans[slot].plan(self.scenario))

    def _on_assessment_ready(self, assessment: object) -> None:
        slot = self.network_page.plans.currentIndex()
        if 0 <= slot < len(self.plans) and getattr(assessment, "plan", None) == self.plans[slot].plan(self.scenario):
            self.network_page.show_assessment(assessment)  # type: ignore[arg-type]
            self.network_shown.emit()

    def _on_analysis_ready(self) -> None:
        ranking, stopping = self.runner.ranking(), self.runner.stopping_set()
        if ranking is None or stopping is None:
            return
        self.matters_page.show_analysis(ranking, stopping, self.assessor.assess(Plan()))
        self.analysis_shown.emit()

    # saving ---------------------------------------------------------------------------------------
    def export_png(self, path: Path) -> list[Path]:
        """The comparison's charts as a PNG (and the ranking beside it, once drawn)."""
        self.compare_page.charts.save_png(path)
        saved = [path]
        if self.matters_page.ranking_rows:
            ranking = path.with_name(f"{path.stem}-ranking{path.suffix or '.png'}")
            self.matters_page.chart.save_png(ranking)
            saved.append(ranking)
        return saved

    def export_csv(self, path: Path) -> None:
        path.write_text(self.comparison().to_csv(), encoding="utf-8")

    def _on_save_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the charts"), "comparison.png", self.tr("PNG images (*.png)"))
        if name:
            self._saved(lambda: self.export_png(Path(name)))

    def _on_save_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the table"), "comparison.csv", self.tr("CSV tables (*.csv)"))
        if name:
            self._saved(lambda: self.export_csv(Path(name)))

    def _saved(self, save: Callable[[], object]) -> None:
        try:
            save()
        except OSError as exc:
            self.status.setText(self.tr("Could not save: {why}").format(why=exc.strerror or str(exc)))

    # closing --------------------------------------------------------------------------------------
    @guarded(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent() and event.type() == QEvent.Type.Close:
            self.close()
        return False

    @guarded()
    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.shutdown()
        self.renderer.shutdown()
        super().closeEvent(event)

    @guarded()
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.renderer.open()
        self.runner.warm()
        self.run_missing()  # runs cancelled when the lab was closed go on when it opens again
