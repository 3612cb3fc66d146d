"""The explorer window: toolbar, stage list, network, explanation panel, impact strip, undo stack.

The window holds the learner's state (the current ``Plan`` on a QUndoStack, the stage of the tour,
the chosen month, the selected actor and the text size), asks the model for an ``Assessment`` of
the plan, and hands the results to the widgets. It never solves anything itself.

Errors reach the learner through one helper: ``show_error`` (a dialog, for what blocks) and
``MainWindow.notify`` (the status bar, for notices). Never a traceback.

Signals:
    plan_changed(): a new plan was applied and its months assessed (the sentence and chart follow it).
    stage_changed(int): the tour moved to this stage (0-based).
    month_changed(int): the chosen month changed.
    chart_loaded(): the matplotlib chart is in place.
    window_painted(): the window has painted once and is interactive.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QColor, QDesktopServices, QFont, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from model.flow import SolverError, compare
from model.interventions import Plan, UnknownActorError
from model.network import SupplyNetwork
from model.scenario import Scenario, ScenarioError, load_scenario
from model.simulation import Assessment, assess
from ui.chart_loader import chart_loader
from ui.commands import PlanCommand
from ui.lesson.describe import Describer
from ui.lesson.documents import about_markdown, all_sources, glossary_markdown, keyboard_markdown
from ui.network_view import TRANSITION_MS, FlowState, NetworkView
from ui.panels import ActorPanel, ImpactStrip, StagePanel, TextBlock

if TYPE_CHECKING:
    from ui.charts import ImpactChart

logger = logging.getLogger(__name__)

MONTHS = 24
MIN_WIDTH, MIN_HEIGHT = 960, 540
MAX_WINDOW_FACTOR = 1.35
SENTENCE_MONTHS = 12
TEXT_SCALES = (0.85, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0, 2.3)
PLAY_INTERVAL_MS = 700
ASSESSMENT_CACHE = 64


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """The one blocking error dialog: a plain message, optional details, never a traceback."""
    logger.warning("%s: %s %s", title, message, details)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setInformativeText(details)
    box.exec()


def scenario_problems_text(error: ScenarioError, limit: int = 12) -> str:
    """Every problem of a scenario file, one a line: file, field, what was expected."""
    lines = [str(p) for p in error.problems[:limit]]
    if len(error.problems) > limit:
        lines.append(f"\u2026 and {len(error.problems) - limit} more")
    return "\n".join(lines)


def stylesheet(scale: float, base_points: float) -> str:
    """The explorer's stylesheet with its font sizes set for the text scale."""
    text = resources.files("resources").joinpath("styles", "explorer.qss").read_text(encoding="utf-8")
    size = base_points * scale
    sizes = {"base": size, "title": size * 1.3, "section": size * 1.1, "small": size * 0.9}
    return Template(text).safe_substitute({name: f"{points:.1f}" for name, points in sizes.items()})


TEXT_SCALE_KEY = "view/text_scale"


def user_settings() -> QSettings:
    """The app's own settings file (an INI file in the user's configuration folder)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "FentanylTradeExplorer", "explorer")


def saved_text_scale(store: QSettings | None) -> float:
    """The text scale saved last time, if it is one the app offers; else 1."""
    if store is None:
        return 1.0
    try:
        value = float(store.value(TEXT_SCALE_KEY, 1.0))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 1.0
    return value if any(abs(value - s) < 1e-6 for s in TEXT_SCALES) else 1.0


__all__ = ["about_markdown", "all_sources"]


class MainWindow(QMainWindow):
    """The explorer. See the module docstring for what it holds and the signals it sends."""

    plan_changed = Signal()
    stage_changed = Signal(int)
    month_changed = Signal(int)
    chart_loaded = Signal()
    window_painted = Signal()

    def __init__(
        self,
        scenario: Scenario,
        network: SupplyNetwork,
        source: Path | None = None,
        base_points: float = 11.0,
        baseline: Assessment | None = None,
        store: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.store = store  # where settings are remembered; None for pictures and tests
        self.setWindowTitle("Fentanyl Trade Explorer")
        self.setMinimumSize(QSize(MIN_WIDTH, MIN_HEIGHT))
        self.base_points = base_points
        self.text_scale = 1.0
        self._window_factor = 1.0
        self.undo_stack = QUndoStack(self)
        self.chart: ImpactChart | None = None
        self._painted = False
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(PLAY_INTERVAL_MS)
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._complete_timer = QTimer(self)
        self._complete_timer.setSingleShot(True)
        self._pending: tuple[Assessment, str, str | None] | None = None
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_shell()
        self._connect_signals()
        # The learner's text size from last time (a classroom's back row), before the scenario's
        # widgets exist, so they are styled once.
        self.set_text_scale(saved_text_scale(store))
        self.set_scenario(scenario, network, source, baseline)

    # construction -----------------------------------------------------------------------------
    def _action(
        self, text: str, shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (), tip: str = "", checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            action.setToolTip(f"{tip or text} ({keys})")
        elif tip:
            action.setToolTip(tip)
        action.setCheckable(checkable)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.previous_action = self._action("\u25c0 Previous", ["PgUp", "Alt+Left"], "Previous stage")
        self.next_action = self._action("Next \u25b6", ["PgDown", "Alt+Right"], "Next stage")
        self.explore_action = self._action("Explore freely", ["Ctrl+E"], "Show every stage at once", checkable=True)
        self.undo_action = self.undo_stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setToolTip("Undo (Ctrl+Z)")
        self.undo_action.setIconText("Undo")
        self.redo_action = self.undo_stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip("Redo (Ctrl+Shift+Z)")
        self.redo_action.setIconText("Redo")
        self.addActions([self.undo_action, self.redo_action])
        self.reset_action = self._action("Reset all", ["Ctrl+R"], "Bring back every actor: the baseline")
        self.larger_action = self._action("A+ Larger text", ["Ctrl+=", "Ctrl++"], "Larger text")
        self.smaller_action = self._action("A\u2212 Smaller text", ["Ctrl+-"], "Smaller text")
        self.normal_text_action = self._action("Normal text size", ["Ctrl+0"])
        self.markers_action = self._action("Flow markers", ["Ctrl+M"], "Show moving markers along active routes", checkable=True)
        self.markers_action.setChecked(True)
        self.zoom_in_action = self._action("Zoom in", tip="Zoom the network in (+ in the network)")
        self.zoom_out_action = self._action("Zoom out", tip="Zoom the network out (\u2212 in the network)")
        self.fit_action = self._action("Fit to window", tip="Fit the network to the window (0 in the network)")
        self.open_action = self._action("Open scenario\u2026", [QKeySequence.StandardKey.Open])
        self.quit_action = self._action("Quit", [QKeySequence.StandardKey.Quit])
        self.about_action = self._action("About Fentanyl Trade Explorer", ["F1"])
        self.keys_action = self._action("Keyboard")
        self.glossary_action = self._action("Glossary", ["F2"], "Terms used in the tour, with sources")
        self.clear_action = self._action("Clear selection", ["Esc"], "Back to the stage")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addActions([self.open_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action, self.reset_action])
        view_menu = bar.addMenu("&View")
        view_menu.addActions([self.explore_action, self.markers_action])
        view_menu.addSeparator()
        view_menu.addActions([self.larger_action, self.smaller_action, self.normal_text_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action])
        tour_menu = bar.addMenu("&Tour")
        tour_menu.addActions([self.previous_action, self.next_action])
        self.policy_menu = bar.addMenu("&Policies")
        help_menu = bar.addMenu("&Help")
        help_menu.addActions([self.glossary_action, self.keys_action, self.about_action])

    def _build_toolbar(self) -> None:
        bar = self.addToolBar("Tour")
        bar.setObjectName("tour")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addAction(self.previous_action)
        self.stage_title = QLabel()
        self.stage_title.setObjectName("stageTitle")
        self.stage_title.setMinimumWidth(120)
        bar.addWidget(self.stage_title)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.explore_action)
        self.toolbar = bar
        # The changes get a toolbar of their own, which moves onto a second row when large text
        # would push it off the window (see _fit_toolbars).
        bar = self.addToolBar("Changes")
        bar.setObjectName("changes")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.addActions([self.undo_action, self.redo_action, self.reset_action])
        bar.addSeparator()
        self.policy_button = QToolButton()
        self.policy_button.setText("Policies \u25be")
        self.policy_button.setToolTip("Try a policy from the scenario (undoable)")
        self.policy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.policy_button.setMenu(self.policy_menu)
        bar.addWidget(self.policy_button)
        bar.addSeparator()
        bar.addActions([self.smaller_action, self.larger_action])
        self.smaller_action.setIconText("A\u2212")
        self.larger_action.setIconText("A+")
        self.change_bar = bar
        self._toolbar_break = False

    def _build_shell(self) -> None:
        self.stage_list = QListWidget()
        self.stage_list.setObjectName("stages")
        self.stage_list.setAccessibleName("Stages of the tour")
        self.stage_list.setWordWrap(True)
        self.stage_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stage_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName("Tour progress")
        left = QWidget()
        left.setObjectName("stageColumn")
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(6, 8, 6, 8)
        left_box.setSpacing(6)
        heading = QLabel("Stages")
        heading.setProperty("role", "kicker")
        left_box.addWidget(heading)
        left_box.addWidget(self.stage_list, 1)
        left_box.addWidget(self.progress)
        self.stage_column = left
        self.view_holder = QStackedWidget()
        self.side = QStackedWidget()
        self.side.setMinimumWidth(260)
        self.impact = ImpactStrip(MONTHS)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.top_splitter.addWidget(left)
        self.top_splitter.addWidget(self.view_holder)
        self.top_splitter.addWidget(self.side)
        self.top_splitter.setStretchFactor(0, 0)
        self.top_splitter.setStretchFactor(1, 1)
        self.top_splitter.setStretchFactor(2, 0)
        self.top_splitter.setChildrenCollapsible(False)
        self.main_splitter = QSplitter(Qt.Orientation.Vertical)
        self.main_splitter.addWidget(self.top_splitter)
        self.main_splitter.addWidget(self.impact)
        self.main_splitter.setStretchFactor(0, 1)
        self.main_splitter.setStretchFactor(1, 0)
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)
        self.status_note = QLabel()
        self.statusBar().addPermanentWidget(self.status_note)

    def _connect_signals(self) -> None:
        """The window's own wiring; scenario widgets are wired in ``_connect_scenario_signals``."""
        self.previous_action.triggered.connect(self._on_previous_triggered)
        self.next_action.triggered.connect(self._on_next_triggered)
        self.explore_action.toggled.connect(self._on_explore_toggled)
        self.reset_action.triggered.connect(self._on_reset_triggered)
        self.larger_action.triggered.connect(self._on_larger_triggered)
        self.smaller_action.triggered.connect(self._on_smaller_triggered)
        self.normal_text_action.triggered.connect(lambda: self.set_text_scale(1.0))
        self.markers_action.toggled.connect(self._on_markers_toggled)
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom_in())
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom_out())
        self.fit_action.triggered.connect(lambda: self.view.fit_to_window())
        self.open_action.triggered.connect(self._on_open_triggered)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._on_about_triggered)
        self.keys_action.triggered.connect(self._on_keys_triggered)
        self.glossary_action.triggered.connect(self._on_glossary_triggered)
        self.clear_action.triggered.connect(lambda: self.view.clear_selection())
        self.stage_list.currentRowChanged.connect(self._on_stage_row_changed)
        self.impact.month_chosen.connect(self._on_month_chosen)
        self.impact.play_toggled.connect(self._on_play_toggled)
        self._play_timer.timeout.connect(self._on_play_tick)
        self._chart_timer.timeout.connect(self._on_chart_timer_timeout)
        self._complete_timer.timeout.connect(self._complete_assessment)
        self.policy_menu.triggered.connect(self._on_policy_triggered)
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())
        self.undo_stack.indexChanged.connect(lambda _index: self._update_actions())

    def _connect_scenario_signals(self) -> None:
        self.view.actor_selected.connect(self._on_actor_selected)
        self.view.selection_cleared.connect(self._on_selection_cleared)
        self.view.actor_remove_requested.connect(self._on_actor_remove_requested)
        self.view.stage_step_requested.connect(self._on_stage_step_requested)
        self.stage_panel.preset_applied.connect(self._on_preset_applied)
        self.stage_panel.link_clicked.connect(self._on_link_clicked)
        self.actor_panel.remove_requested.connect(self._on_actor_remove_requested)
        self.actor_panel.restore_requested.connect(self._on_actor_restore_requested)
        self.actor_panel.back_requested.connect(self._on_selection_cleared)
        self.actor_panel.link_clicked.connect(self._on_link_clicked)

    # scenario ---------------------------------------------------------------------------------
    def set_scenario(
        self, scenario: Scenario, network: SupplyNetwork, source: Path | None = None, baseline: Assessment | None = None
    ) -> None:
        """Show a (newly loaded) scenario from its first stage, at the baseline (``baseline``: its
        assessment when already made, e.g. by the start-up thread)."""
        self._play_timer.stop()
        self.scenario = scenario
        self.network = network
        self.describer = Describer(network)
        self.source = source
        self.glossary_action.setEnabled(bool(scenario.glossary))
        self._cache: OrderedDict[Plan, Assessment] = OrderedDict()
        if baseline is not None and baseline.plan.is_baseline:
            self._cache[baseline.plan] = baseline
        self.plan = Plan()
        self._pending = None
        self._assessment = self.assess(self.plan)
        self.stage_index = 0
        self.visited = {0}
        self.explore = False
        self.month = 0
        self.selected: str | None = None
        self.undo_stack.clear()
        old_view = self.view_holder.currentWidget()
        self.view = NetworkView(network)
        self.view_holder.addWidget(self.view)
        self.view_holder.setCurrentWidget(self.view)
        if old_view is not None:
            self.view_holder.removeWidget(old_view)
            old_view.deleteLater()
        for i in reversed(range(self.side.count())):
            panel = self.side.widget(i)
            if panel is not None:
                self.side.removeWidget(panel)
                panel.deleteLater()
        self.stage_panel = StagePanel(scenario)
        self.actor_panel = ActorPanel(network)
        self.side.addWidget(self.stage_panel)
        self.side.addWidget(self.actor_panel)
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for i, stage in enumerate(scenario.stages):
            item = QListWidgetItem(f"{i + 1} {stage.short_title}")
            item.setToolTip(stage.title)
            self.stage_list.addItem(item)
        self.stage_list.blockSignals(False)
        self.progress.setRange(0, len(scenario.stages))
        self.policy_menu.clear()
        for preset in scenario.presets:
            action = self.policy_menu.addAction(preset.name)
            action.setToolTip(preset.description)
            action.setData(preset.id)
        self.policy_menu.setEnabled(bool(scenario.presets))
        self.policy_button.setEnabled(bool(scenario.presets))
        self.explore_action.blockSignals(True)
        self.explore_action.setChecked(False)
        self.explore_action.blockSignals(False)
        self.status_note.setText(f"Illustrative model \u00b7 information to {scenario.information_date}")
        self._connect_scenario_signals()
        self.view.set_markers_enabled(self.markers_action.isChecked())
        self.view.relayout()
        self._show_stage(0)
        self._show_month(0, animate=False)
        self.impact.show_assessment(self.assessment, 0, self.describer.plan(self.assessment, SENTENCE_MONTHS))
        if self.chart is not None:
            self.chart.show_assessment(self.assessment, 0)
        self._update_actions()

    def assess(self, plan: Plan) -> Assessment:
        """The model's assessment of a plan (cached: undo and redo are instant)."""
        cached = self._cache.get(plan)
        if cached is not None:
            self._cache.move_to_end(plan)
            return cached
        result = assess(self.network, plan, months=MONTHS)
        self._cache[plan] = result
        if len(self._cache) > ASSESSMENT_CACHE:
            self._cache.popitem(last=False)
        return result

    # plan changes -----------------------------------------------------------------------------
    def remove_actor(self, actor_id: str) -> bool:
        """Remove an actor (undoable). Returns False when nothing changed."""
        if actor_id in self.plan.removed:
            self.notify(f"{self.network.actors[actor_id].name} is already removed.")
            return False
        return self._push_plan(self.plan.remove(actor_id), f"Remove {self.network.actors[actor_id].name}", actor_id)

    def restore_actor(self, actor_id: str) -> bool:
        if actor_id not in self.plan.removed:
            return False
        return self._push_plan(self.plan.restore(actor_id), f"Restore {self.network.actors[actor_id].name}", None)

    def apply_preset(self, preset_id: str) -> bool:
        try:
            preset = self.scenario.preset(preset_id)
        except KeyError:
            self.notify(f"This scenario has no policy called '{preset_id}'.")
            return False
        return self._push_plan(self.plan.with_actions(*preset.actions), f"Apply \u201c{preset.name}\u201d", None)

    def reset_all(self) -> bool:
        if self.plan.is_baseline:
            self.notify("Already at the baseline.")
            return False
        return self._push_plan(Plan(), "Reset all", None)

    def _push_plan(self, plan: Plan, text: str, actor_id: str | None) -> bool:
        if plan == self.plan:
            return False
        try:
            self._assess_now(plan)  # solve before pushing, so a failure leaves the undo stack untouched
        except (SolverError, UnknownActorError, ValueError) as exc:
            show_error(self, "The model could not run this change", "Nothing was changed.", str(exc))
            return False
        self.undo_stack.push(PlanCommand(self._apply_plan, self.plan, plan, text, actor_id))
        return True

    def _assess_now(self, plan: Plan) -> Assessment:
        """The full assessment when cached, else the immediate one only (month 0: one solve)."""
        return self._cache.get(plan) or assess(self.network, plan, months=0)

    @property
    def assessment(self) -> Assessment:
        """The current plan's assessment with all its months (completed now if still pending)."""
        if self._pending is not None:
            self._complete_assessment()
        return self._assessment

    def _apply_plan(self, plan: Plan, what: str, actor_id: str | None) -> None:
        """Called by the undo stack: make ``plan`` current and redraw.

        The network changes at once from the immediate solve; the months after (for the sentence
        and the chart) are solved right after, when the event loop is next free."""
        before = self._assessment
        self.plan, self._assessment = plan, self._assess_now(plan)
        self._pending = (before, what, actor_id)
        self._stop_playing()
        self._show_month(0, animate=True)
        self.notify(f"{what}.")
        self._complete_timer.start(0)

    def _complete_assessment(self) -> None:
        if self._pending is None:
            return
        before, what, actor_id = self._pending
        self._pending = None
        self._complete_timer.stop()
        after = self._assessment = self.assess(self.plan)
        sentence = self.describer.change(before, after, what, actor_id)
        self.impact.show_assessment(after, self.month, sentence)
        # matplotlib redraws slowly: let the network's transition run first, then redraw the chart.
        self._chart_timer.start(TRANSITION_MS + 30 if self.view.animations_enabled else 0)
        self.plan_changed.emit()

    # months -----------------------------------------------------------------------------------
    def _assessment_for(self, month: int) -> Assessment:
        return self._assessment if month == 0 else self.assessment

    def flow_state(self, month: int) -> FlowState:
        """What the network draws for a month of the current plan."""
        assessment = self._assessment_for(month)
        state = assessment.timeline.at(month)
        baseline = assessment.baseline
        changes = None if self.plan.is_baseline else (assessment.impact if month == 0 else compare(baseline, state.flow))
        conditions = state.conditions
        tooltips = {a: self.describer.actor_tooltip(a, assessment, month) for a in self.network.actor_ids}
        return FlowState(
            flow=state.flow, baseline=baseline, changes=changes, removed=conditions.removed, entered=conditions.entered, tooltips=tooltips
        )

    def _show_month(self, month: int, animate: bool) -> None:
        self.month = max(0, min(month, MONTHS))
        self.view.set_flow_state(self.flow_state(self.month), animate=animate)
        self.impact.set_month(self.month)
        if self.chart is not None and not self._chart_timer.isActive():
            self.chart.set_month(self.month)
        if self.selected is not None:
            self._show_actor_panel(self.selected)
        self.month_changed.emit(self.month)

    def set_month(self, month: int) -> None:
        self._show_month(month, animate=True)
        self.impact.show_assessment(self.assessment, self.month, self.impact.sentence.text())

    # tour -------------------------------------------------------------------------------------
    def go_to_stage(self, index: int) -> None:
        index = max(0, min(index, len(self.scenario.stages) - 1))
        if index == self.stage_index and self.side.currentWidget() is self.stage_panel:
            return
        self._show_stage(index)

    def _show_stage(self, index: int) -> None:
        self.stage_index = index
        self.visited.add(index)
        self.view.set_tour(index, self.explore)
        if self.selected is not None and not self.view.actor_item(self.selected).isVisible():
            self.selected = None
            self.view.select_actor(None)
        self.stage_panel.show_stage(index)
        self.side.setCurrentWidget(self.stage_panel)
        self.stage_list.blockSignals(True)
        self.stage_list.setCurrentRow(index)
        self.stage_list.blockSignals(False)
        total = len(self.scenario.stages)
        for i in range(total):
            item = self.stage_list.item(i)
            stage = self.scenario.stages[i]
            seen = i in self.visited
            item.setText(f"{i + 1} {stage.short_title}")
            item.setToolTip(f"{stage.title}{' (seen)' if seen else ''}")
            item.setForeground(QColor("#1d2731") if seen or self.explore else QColor("#6b7885"))
        self._size_stage_items(self.stage_column.width())
        self.progress.setValue(len(self.visited))
        self.progress.setFormat(f"Seen {len(self.visited)} of {total}")
        stage = self.scenario.stages[index]
        self._size_stage_title()
        self.stage_title.setToolTip(stage.title)
        self._update_actions()
        self.stage_changed.emit(index)

    def _stage_title_text(self, index: int) -> str:
        prefix = "Exploring freely \u00b7 " if self.explore else ""
        return f"{prefix}Stage {index + 1} of {len(self.scenario.stages)}: {self.scenario.stages[index].short_title}"

    def _size_stage_title(self) -> None:
        """As wide as the longest title, so the toolbar does not jump from stage to stage; but never
        so wide that the tour buttons leave the window (large text on a small screen): then the
        title is shortened with an ellipsis and given whole in its tooltip."""
        metrics = self.stage_title.fontMetrics()
        widest = max(metrics.horizontalAdvance(self._stage_title_text(i)) for i in range(len(self.scenario.stages)))
        buttons = sum(
            widget.sizeHint().width()
            for action in (self.previous_action, self.next_action, self.explore_action)
            if (widget := self.toolbar.widgetForAction(action)) is not None
        )
        room = max(120, max(self.width(), MIN_WIDTH) - buttons - 48)
        width = min(widest + 24, room)
        self.stage_title.setFixedWidth(width)
        full = self._stage_title_text(getattr(self, "stage_index", 0))
        self.stage_title.setText(metrics.elidedText(full, Qt.TextElideMode.ElideRight, width - 16))
        self.stage_title.setToolTip(full)

    def set_explore(self, explore: bool) -> None:
        if self.explore_action.isChecked() != explore:
            self.explore_action.setChecked(explore)  # emits toggled -> _on_explore_toggled
            return
        self.explore = explore
        self._show_stage(self.stage_index)

    # selection --------------------------------------------------------------------------------
    def select_actor(self, actor_id: str | None) -> None:
        self.selected = actor_id
        self.view.select_actor(actor_id)
        if actor_id is None:
            self.side.setCurrentWidget(self.stage_panel)
            return
        self._show_actor_panel(actor_id)
        self.side.setCurrentWidget(self.actor_panel)

    def _show_actor_panel(self, actor_id: str) -> None:
        self.actor_panel.show_actor(actor_id, self._assessment_for(self.month), self.month)

    # text size --------------------------------------------------------------------------------
    def set_text_scale(self, scale: float) -> None:
        """Scale every text: widgets, node labels, chart (Ctrl+= / Ctrl+-); remembered for next time.

        The learner's scale multiplies a size factor that grows with the window (1 at 1280x720,
        1.2 at 1920x1080), so a full-screen projector picture reads as well as a small one."""
        self.text_scale = scale
        if self.store is not None:
            self.store.setValue(TEXT_SCALE_KEY, scale)
        self._apply_text_size()
        self.larger_action.setEnabled(scale < TEXT_SCALES[-1])
        self.smaller_action.setEnabled(scale > TEXT_SCALES[0])

    @property
    def effective_text_scale(self) -> float:
        return self.text_scale * self._window_factor

    def _apply_text_size(self) -> None:
        scale = self.effective_text_scale
        font = QFont(self.font())
        font.setPointSizeF(self.base_points * scale)
        self.setFont(font)
        self.setStyleSheet(stylesheet(scale, self.base_points))  # the view follows its font (changeEvent)
        if self.chart is not None:
            self.chart.set_text_scale(scale)
        if hasattr(self, "scenario"):
            self._size_stage_title()
        self._fit_panes()

    def _size_factor(self) -> float:
        width, height = max(self.width(), MIN_WIDTH), max(self.height(), MIN_HEIGHT)
        return round(min(MAX_WINDOW_FACTOR, max(1.0, min(width / 1280, height / 720) ** 0.45)), 2)

    def _step_text_scale(self, step: int) -> None:
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - self.text_scale))
        index = max(0, min(len(TEXT_SCALES) - 1, index + step))
        self.set_text_scale(TEXT_SCALES[index])

    def _fit_panes(self) -> None:
        """Share the window between list, network and panel so all three stay readable."""
        width, height = max(self.width(), MIN_WIDTH), max(self.height(), MIN_HEIGHT)
        em = self.base_points * self.effective_text_scale * 1.35
        left = int(min(max(em * 10, width * 0.1), width * 0.18))
        side = int(min(max(em * 19, width * 0.24), width * 0.34))
        self.top_splitter.setSizes([left, max(300, width - left - side), side])
        strip = int(min(max(em * 11, height * 0.29), height * 0.4))
        self.main_splitter.setSizes([max(200, height - strip), strip])
        self._size_stage_items(left)
        if hasattr(self, "scenario"):
            self._size_stage_title()
        self._fit_toolbars(width)

    def _fit_toolbars(self, width: int) -> None:
        """Both toolbars on one row when they fit, the changes on a second row when they do not."""
        needed = self.toolbar.sizeHint().width() + self.change_bar.sizeHint().width() + 16
        wrap = needed > width
        if wrap != self._toolbar_break:
            if wrap:
                self.insertToolBarBreak(self.change_bar)
            else:
                self.removeToolBarBreak(self.change_bar)
            self._toolbar_break = wrap

    def _size_stage_items(self, pane_width: int) -> None:
        """Fonts (the current stage bold) at the current text size, and item heights that fit each
        title wrapped to the pane's width."""
        width = max(40, pane_width - 30)
        for i in range(self.stage_list.count()):
            item = self.stage_list.item(i)
            font = QFont(self.font())
            font.setBold(i == getattr(self, "stage_index", 0))
            item.setFont(font)
            rect = QFontMetrics(font).boundingRect(0, 0, width, 1000, Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, rect.height() + 14))

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        factor = self._size_factor()
        if abs(factor - self._window_factor) > 0.04:
            self._window_factor = factor
            self._apply_text_size()
        else:
            self._fit_panes()

    # chart ------------------------------------------------------------------------------------
    def load_chart(self) -> None:
        """Import matplotlib and put the chart in place (after the first paint)."""
        if self.chart is not None:
            return
        try:
            from ui.charts import ImpactChart
        except ImportError as exc:  # a broken install should not take the explorer down
            self.notify(f"The chart is unavailable ({exc}).")
            return
        chart = ImpactChart(text_scale=self.effective_text_scale, base_points=self.base_points)
        chart.show_assessment(self.assessment, self.month)
        chart.month_chosen.connect(self._on_month_chosen)
        self.chart = chart
        self.impact.set_chart(chart)
        self.chart_loaded.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._on_first_painted)
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # The network covers most of the window: its first paint means the window has painted.
        if not self._painted:
            self.view.viewport().installEventFilter(self)

    def _on_first_painted(self) -> None:
        self.view.viewport().removeEventFilter(self)
        self.window_painted.emit()
        # matplotlib takes a few hundred milliseconds to import: do it off the GUI thread, then
        # build the chart here when it is in.
        chart_loader().when_ready(self, self.load_chart)

    def settle(self) -> None:
        """Finish every deferred update now (months after, sentence, chart, layout): for pictures."""
        self._complete_assessment()
        self._chart_timer.stop()
        if self.chart is not None:
            self.chart.show_assessment(self.assessment, self.month)
            self.chart.canvas.draw()
        app = QApplication.instance()
        for _ in range(3):
            if app is not None:
                app.processEvents()
        self.view.relayout()

    # messages ---------------------------------------------------------------------------------
    def notify(self, text: str) -> None:
        """A notice in the status bar (for what does not need the learner to stop)."""
        self.statusBar().showMessage(text, 8000)

    def _update_actions(self) -> None:
        total = len(self.scenario.stages) if hasattr(self, "scenario") else 0
        self.previous_action.setEnabled(getattr(self, "stage_index", 0) > 0)
        self.next_action.setEnabled(getattr(self, "stage_index", 0) < total - 1)
        self.reset_action.setEnabled(hasattr(self, "plan") and not self.plan.is_baseline)

    def _stop_playing(self) -> None:
        self._play_timer.stop()
        self.impact.set_playing(False)

    # slots ------------------------------------------------------------------------------------
    def _on_previous_triggered(self) -> None:
        self.go_to_stage(self.stage_index - 1)

    def _on_next_triggered(self) -> None:
        self.go_to_stage(self.stage_index + 1)

    def _on_stage_step_requested(self, step: int) -> None:
        self.go_to_stage(self.stage_index + step)

    def _on_stage_row_changed(self, row: int) -> None:
        if row >= 0:
            self.go_to_stage(row)

    def _on_explore_toggled(self, explore: bool) -> None:
        self.explore = explore
        self._show_stage(self.stage_index)

    def _on_reset_triggered(self) -> None:
        self.reset_all()

    def _on_larger_triggered(self) -> None:
        self._step_text_scale(1)

    def _on_smaller_triggered(self) -> None:
        self._step_text_scale(-1)

    def _on_markers_toggled(self, enabled: bool) -> None:
        self.view.set_markers_enabled(enabled)

    def _on_actor_selected(self, actor_id: str) -> None:
        self.select_actor(actor_id)

    def _on_selection_cleared(self) -> None:
        self.select_actor(None)

    def _on_actor_remove_requested(self, actor_id: str) -> None:
        self.remove_actor(actor_id)
        if self.selected == actor_id:
            self._show_actor_panel(actor_id)

    def _on_actor_restore_requested(self, actor_id: str) -> None:
        self.restore_actor(actor_id)

    def _on_preset_applied(self, preset_id: str) -> None:
        self.apply_preset(preset_id)

    def _on_policy_triggered(self, action: QAction) -> None:
        if isinstance(action.data(), str):
            self.apply_preset(action.data())

    def _on_month_chosen(self, month: int) -> None:
        self.set_month(month)

    def _on_play_toggled(self, playing: bool) -> None:
        if playing:
            if self.month >= MONTHS:
                self.set_month(0)
            self._play_timer.start()
        else:
            self._play_timer.stop()

    def _on_chart_timer_timeout(self) -> None:
        if self.chart is not None:
            self.chart.show_assessment(self.assessment, self.month)

    def _on_play_tick(self) -> None:
        if self.month >= MONTHS:
            self._stop_playing()
            return
        self.set_month(self.month + 1)

    def _on_link_clicked(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
        else:
            self.notify(f"Not opened: {url.toString()} is not a web address.")

    def _on_open_triggered(self) -> None:
        start = str(self.source.parent) if self.source is not None else str(Path.home())
        name, _filter = QFileDialog.getOpenFileName(self, "Open scenario", start, "Scenario files (*.yaml *.yml);;All files (*)")
        if name:
            self.open_scenario(Path(name))

    def open_scenario(self, path: Path) -> bool:
        """Load a scenario file; on any problem, say what and keep the one already loaded."""
        try:
            scenario = load_scenario(path)
            network = SupplyNetwork(scenario)
        except ScenarioError as exc:
            message = f"{path.name} has problems; the current scenario stays open."
            show_error(self, "This scenario could not be opened", message, scenario_problems_text(exc))
            return False
        except (SolverError, ValueError, KeyError) as exc:
            message = f"{path.name} could not be turned into a network; the current scenario stays open."
            show_error(self, "This scenario could not be opened", message, str(exc))
            return False
        try:
            self.set_scenario(scenario, network, path)
        except (SolverError, ValueError, KeyError) as exc:
            show_error(self, "This scenario could not be opened", f"The model could not run {path.name}.", str(exc))
            return False
        self.notify(f"Opened {path.name}.")
        return True

    def _on_about_triggered(self) -> None:
        self._text_dialog("About Fentanyl Trade Explorer", about_markdown(self.scenario))

    def _on_glossary_triggered(self) -> None:
        self._text_dialog("Glossary", glossary_markdown(self.scenario))

    def _on_keys_triggered(self) -> None:
        self._text_dialog("Keyboard", keyboard_markdown())

    def _text_dialog(self, title: str, markdown: str) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        box = QVBoxLayout(dialog)
        area = QScrollArea()
        area.setWidgetResizable(True)
        text = TextBlock(markdown)
        text.anchorClicked.connect(self._on_link_clicked)
        area.setWidget(text)
        box.addWidget(area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        box.addWidget(buttons)
        dialog.resize(min(900, int(self.width() * 0.8)), min(700, int(self.height() * 0.85)))
        dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._play_timer.stop()
        self.view.set_markers_enabled(False)
        super().closeEvent(event)

    def menu(self, title: str) -> QMenu | None:
        for action in self.menuBar().actions():
            if action.text().replace("&", "") == title:
                return action.menu()  # type: ignore[return-value]
        return None
