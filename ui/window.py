"""The explorer window: the layout of its panes and the wiring between the learner's session and them.

The learner's state lives in a ``SessionStore`` (``ui.lesson.session``); the model's numbers come from
an ``Assessor``; every sentence from a ``Describer``. The window turns learner input into session
transitions, listens to the store, and renders what changed: it never solves or words anything
itself. Changes to the plan go through the undo stack as whole plans. Actions and menus live in
``ui.actions``, text sizing in ``ui.sizing``.

Signals:
    plan_changed(): a new plan is shown everywhere: network, sentence, numbers and chart.
    stage_changed(int): the tour moved to this stage (0-based).
    month_changed(int): the chosen month changed.
    chart_loaded(): the matplotlib chart is in place.
    window_painted(): the window has painted once and is interactive.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QSplitter,
    QStackedWidget,
)

from model.assessor import Assessor
from model.catalogue import bundled
from model.network import SupplyNetwork
from model.results import Assessment
from model.scenario import Scenario, ScenarioError
from ui.actions import WindowActions
from ui.changes import MODEL_ERRORS, PlanChanges
from ui.chart_loader import FirstPaint, chart_loader
from ui.dialogs import TextDialog, ask_scenario_path, open_link, show_modal
from ui.errors import problems_text, show_error
from ui.guard import guarded
from ui.legend import LegendDialog
from ui.lesson.challenge import ChallengeChecker
from ui.lesson.describe import Describer
from ui.lesson.documents import APP_NAME, about_markdown, glossary_markdown, keyboard_markdown
from ui.lesson.picture import picture
from ui.lesson.session import Session, SessionStore
from ui.lesson.start import WINDOW_MONTHS as MONTHS
from ui.network.view import NetworkView
from ui.panels.actor import ActorPanel
from ui.panels.impact import ImpactStrip
from ui.panels.stage import StagePanel
from ui.panels.stages import StageColumn
from ui.panels.widgets import plain_tooltip, replace_widgets
from ui.prediction import PredictionFlow
from ui.settings import PREDICT_EXPLORING_KEY, PREDICT_KEY, remember_flag, saved_flag, saved_text_scale
from ui.sizing import MIN_HEIGHT, MIN_WIDTH, TextSizing
from ui.startup import confirm_baseline, load

if TYPE_CHECKING:
    from ui.charts import ImpactChart

logger = logging.getLogger(__name__)


class MainWindow(WindowActions, PlanChanges, TextSizing):
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
        assessor: Assessor | None = None,
        store: QSettings | None = None,
        predict: bool | None = None,
        size: QSize | None = None,
    ) -> None:
        super().__init__()
        self.store = store  # where settings are remembered; None for pictures and tests
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(MIN_WIDTH, MIN_HEIGHT))
        self.base_points = base_points
        self.text_scale = 1.0
        self.start_at(size)  # the size it will be shown at (ui.sizing): its text is scaled once, for that size
        self.undo_stack = QUndoStack(self)
        self.chart: ImpactChart | None = None
        self._painted = False
        self._unsubscribe = lambda: None
        self._build_controls()  # actions, menus, toolbars; profiles, presenting, the focus ring (ui.actions, ui.presenting)
        # Predicting first is on in the tour unless the learner turned it off (tests and pictures choose).
        self.predict_action.setChecked(predict if predict is not None else saved_flag(store, PREDICT_KEY, True))
        self.predict_exploring_action.setChecked(saved_flag(store, PREDICT_EXPLORING_KEY, False))
        self._build_panes()
        self._connect_signals()
        # The learner's text size from last time, before the scenario's widgets exist, so they are styled once.
        self.set_text_scale(saved_text_scale(store))
        self.set_scenario(scenario, network, source, assessor)
        self.access = self.install_access()  # screen readers: announcements, names, View > Data table

    # construction -----------------------------------------------------------------------------
    def _build_panes(self) -> None:
        self.stage_column = StageColumn()
        self.stage_list, self.progress = self.stage_column.list, self.stage_column.progress
        self.view_holder = QStackedWidget()
        self.side = QStackedWidget()
        self.side.setMinimumWidth(260)
        self.impact = ImpactStrip(MONTHS)
        self.top_splitter = QSplitter(Qt.Orientation.Horizontal)
        for i, pane in enumerate((self.stage_column, self.view_holder, self.side)):
            self.top_splitter.addWidget(pane)
            self.top_splitter.setStretchFactor(i, int(i == 1))
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
        """The window's own wiring; the scenario's widgets are wired in ``_connect_scenario_signals``."""
        self.previous_action.triggered.connect(lambda: self.go_to_stage(self.stage_index - 1))
        self.next_action.triggered.connect(lambda: self.go_to_stage(self.stage_index + 1))
        self.explore_action.toggled.connect(self.set_explore)
        self.reset_action.triggered.connect(self.reset_all)
        self.larger_action.triggered.connect(lambda: self._step_text_scale(1))
        self.smaller_action.triggered.connect(lambda: self._step_text_scale(-1))
        self.normal_text_action.triggered.connect(lambda: self.set_text_scale(1.0))
        self.markers_action.toggled.connect(lambda on: self.view.set_markers_enabled(on))
        self.full_screen_action.toggled.connect(self.set_full_screen)
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom_in())
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom_out())
        self.fit_action.triggered.connect(lambda: self.view.fit_to_window())
        self.overview_action.triggered.connect(lambda: self.view.overview())
        self.legend_action.triggered.connect(lambda: show_modal(LegendDialog(self)))
        self.predict_action.toggled.connect(lambda on: remember_flag(self.store, PREDICT_KEY, on))
        self.predict_exploring_action.toggled.connect(lambda on: remember_flag(self.store, PREDICT_EXPLORING_KEY, on))
        self.predictions_action.triggered.connect(lambda: self._text_dialog(self.tr("My predictions"), self.prediction.history()))
        self.open_action.triggered.connect(self._on_open_triggered)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(
            lambda: self._text_dialog(self.tr("About {app}").format(app=APP_NAME), about_markdown(self.scenario))
        )
        self.keys_action.triggered.connect(lambda: self._text_dialog(self.tr("Keyboard"), keyboard_markdown()))
        self.glossary_action.triggered.connect(lambda: self._text_dialog(self.tr("Glossary"), glossary_markdown(self.scenario)))
        self.stage_column.stage_chosen.connect(self.go_to_stage)
        self.impact.month_chosen.connect(self.set_month)
        self.impact.words_changed.connect(self._fit_strip_to_words)  # the whole sentence shows when the window has room
        self.policy_menu.triggered.connect(lambda action: self.apply_preset(action.data()) if isinstance(action.data(), str) else None)
        self.lab_action.triggered.connect(self.open_policy_lab)
        self.undo_stack.indexChanged.connect(lambda _index: self._update_actions())

    def _connect_scenario_signals(self) -> None:
        self.view.actor_selected.connect(self.select_actor)
        self.view.selection_cleared.connect(lambda: self.select_actor(None))
        self.view.actor_remove_requested.connect(self.remove_actor)
        self.view.stage_step_requested.connect(lambda step: self.go_to_stage(self.stage_index + step))
        self.stage_panel.preset_applied.connect(self.apply_preset)
        self.stage_panel.link_clicked.connect(self._on_link_clicked)
        self.stage_panel.answer_chosen.connect(self._on_answer_chosen)
        self.stage_panel.lab_requested.connect(self.open_policy_lab)
        self.stage_panel.challenge_check_requested.connect(self.check_challenge)
        self.actor_panel.remove_requested.connect(self.remove_actor)
        self.actor_panel.restore_requested.connect(self.restore_actor)
        self.actor_panel.back_requested.connect(lambda: self.select_actor(None))
        self.actor_panel.link_clicked.connect(self._on_link_clicked)

    # the learner's state, read ------------------------------------------------------------------
    @property
    def stage_index(self) -> int:
        return self.session.stage

    @property
    def explore(self) -> bool:
        return self.session.explore

    @property
    def selected(self) -> str | None:
        return self.session.selected

    @property
    def month(self) -> int:
        return self.session.month

    @property
    def assessment(self) -> Assessment:
        """The current plan's assessment, with all its months."""
        return self.assessor.assess(self.plan)

    # scenario ---------------------------------------------------------------------------------
    def set_scenario(
        self, scenario: Scenario, network: SupplyNetwork, source: Path | None = None, assessor: Assessor | None = None
    ) -> None:
        """Show a (newly loaded) scenario from its first stage, at the baseline (``assessor``: one that
        already knows the baseline, e.g. from the start-up thread)."""
        self._stop_playing()
        self.scenario, self.network, self.source = scenario, network, source
        self.assessor = assessor if assessor is not None and assessor.network is network else Assessor(network, months=MONTHS)
        self.describer = Describer(network)
        self.undo_stack.clear()
        self._replace_scenario_widgets()
        self.glossary_action.setEnabled(bool(scenario.glossary))
        self.set_presets(scenario.presets)
        self.status_note.setText(self.tr("Illustrative model \u00b7 information to {date}").format(date=scenario.information_date))
        self._unsubscribe()
        self.sessions = SessionStore(Session(network, quiz_seed=random.randrange(2**31)))
        self.session_files.follow()  # autosaved before anything is drawn
        self._unsubscribe = self.sessions.subscribe(self._on_session_changed)
        self._connect_scenario_signals()
        self.apply_view_choices()
        self.render_all()
        self.follow_tour()  # the teacher's notes window, on the new scenario

    def _replace_scenario_widgets(self) -> None:
        self.view = NetworkView(self.network, weights=self.assessor.shown_baseline.route_flow)
        replace_widgets(self.view_holder, self.view)
        self.challenges = ChallengeChecker(self.describer, self.assessor)
        self.stage_panel = StagePanel(self.scenario, self.describer, self.challenges)
        self.actor_panel = ActorPanel(self.network, self.describer)
        old: PredictionFlow | None = getattr(self, "prediction", None)
        if old is not None:
            old.deleteLater()
        self.prediction = PredictionFlow(self)
        replace_widgets(self.side, self.stage_panel, self.actor_panel, self.prediction.panel)
        self.impact.set_describer(self.describer)
        if self.chart is not None:
            self.chart.describer = self.describer
            self.chart.set_text_scale(self.effective_text_scale)
        self.stage_column.set_stages(self.describer)

    # rendering --------------------------------------------------------------------------------
    def render_all(self) -> None:
        session = self.session
        self._render_tour(session)
        self._render_flows(session, animate=False)
        self._render_change(session)
        self._render_selection(session)
        self._update_actions()

    def _on_session_changed(self, old: Session, new: Session, changed: frozenset[str]) -> None:
        tour = bool({"stage", "explore"} & changed)
        if tour:
            self._render_tour(new)
        if tour or {"plan", "month"} & changed:
            self._render_flows(new, animate=bool({"plan", "month"} & changed))
        if {"plan", "played"} & changed:
            self._render_change(new)
        if "played" in changed and not {"plan", "month"} & changed:
            self._render_chart(new)
        shows_prediction = self.prediction.showing
        if self.prediction.render(new, changed) != shows_prediction or "pending" in changed:
            self.show_side_panel()
        if "selected" in changed or (new.selected is not None and {"plan", "month"} & changed) or "stage" in changed:
            self._render_selection(new)
        if "answers" in changed:
            self._render_stage_list(new)
        self._update_actions()
        if "plan" in changed:
            self.plan_changed.emit()
        if "month" in changed:
            self.month_changed.emit(new.month)
        if "stage" in changed:
            self.stage_changed.emit(new.stage)

    def _render_tour(self, session: Session) -> None:
        self.view.set_session(session, relayout=True)
        if self.side.currentWidget() is not self.stage_panel or self.stage_panel.stage_index != session.stage:
            self.stage_panel.show_stage(session)
        blocked = self.explore_action.blockSignals(True)
        self.explore_action.setChecked(session.explore)
        self.explore_action.blockSignals(blocked)
        self._render_stage_list(session)

    def _render_stage_list(self, session: Session) -> None:
        self.stage_column.show_session(session, self.describer)
        self.size_stage_title()
        self.stage_title.setToolTip(plain_tooltip(self.scenario.stages[session.stage].title))

    def _render_flows(self, session: Session, animate: bool) -> None:
        assessment = self.assessor.assess(session.plan)
        self.view.set_picture(picture(self.describer, assessment, session.month), animate=animate)
        self.impact.set_numbers(self.describer.numbers(assessment, session.month), session.month)
        self._render_chart(session)

    def _render_chart(self, session: Session) -> None:
        """The chart shows the months played since the last change, no further."""
        if self.chart is not None:
            played = None if session.change is None or session.plan.is_baseline else session.played
            self.chart.show_assessment(self.assessor.assess(session.plan), session.month, played)

    def _render_change(self, session: Session) -> None:
        assessment = self.assessor.assess(session.plan)
        change = session.change
        if change is None:
            sentence = self.describer.plan(assessment)
        else:
            before = self.assessor.assess(change.before)
            sentence = self.describer.change(before, assessment, change.what, change.actor, played=session.played)
            if session.played == 0:
                self.notify(self.describer.done(change.what))
        self.impact.set_sentence(sentence)

    def _render_selection(self, session: Session) -> None:
        self.view.select_actor(session.selected)
        if session.selected is not None:
            self.actor_panel.show_actor(session.selected, self.assessor.assess(session.plan), session.month)
        self.show_side_panel()

    def show_side_panel(self) -> None:
        """The prediction while one is under way, else the selected actor, else the stage."""
        if self.prediction.showing:
            self.side.setCurrentWidget(self.prediction.panel)
        else:
            self.side.setCurrentWidget(self.actor_panel if self.session.selected is not None else self.stage_panel)

    def stage_titles(self) -> list[str]:
        return [self.describer.stage_title(i, self.explore) for i in range(len(self.scenario.stages))] if hasattr(self, "sessions") else []

    def current_stage_title(self) -> str:
        return self.describer.stage_title(self.stage_index, self.explore)

    def _text_size_changed(self, scale: float) -> None:
        if self.chart is not None:
            self.chart.set_text_scale(scale)

    def _update_actions(self) -> None:
        total = len(self.scenario.stages)
        self.previous_action.setEnabled(self.stage_index > 0)
        self.next_action.setEnabled(self.stage_index < total - 1)
        self.reset_action.setEnabled(not self.plan.is_baseline)

    # what the learner does --------------------------------------------------------------------
    def go_to_stage(self, index: int) -> None:
        index = max(0, min(index, len(self.scenario.stages) - 1))
        if index == self.stage_index and self.side.currentWidget() is self.stage_panel:
            return
        self._stop_playing()
        self.sessions.update(lambda s: s.at_stage(index).select(None))

    def set_explore(self, explore: bool) -> None:
        self.sessions.update(lambda s: s.exploring(explore))

    def select_actor(self, actor_id: str | None) -> None:
        if self.session.pending is not None:  # predicting: a click is the guess of who takes over; Escape cancels
            self.sessions.update(lambda s: s.guess_taker(actor_id) if actor_id is not None else s.drop_pending())
            return
        self.sessions.update(lambda s: s.select(actor_id))

    def set_month(self, month: int) -> None:
        self.sessions.update(lambda s: s.at_month(month, MONTHS))

    def _on_answer_chosen(self, question: int, choice: int) -> None:
        stage_id = self.scenario.stages[self.stage_index].id
        self.sessions.update(lambda s: s.answer(stage_id, question, choice))

    def check_challenge(self) -> None:
        """Check the learner's plan against the current stage's challenge, and keep the result."""
        stage_id = self.scenario.stages[self.stage_index].id
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a "most critical" check runs every removal once
        try:
            verdict = self.challenges.check(stage_id, self.session.plan)
        finally:
            QApplication.restoreOverrideCursor()
        self.sessions.update(lambda s: s.solve_challenge(verdict.result))
        if self.stage_panel.challenge_card is not None:
            self.stage_panel.challenge_card.show_verdict(verdict)

    def _stop_playing(self) -> None:
        self.impact.set_playing(False)

    # chart ------------------------------------------------------------------------------------
    def load_chart(self) -> None:
        """Put the chart in place (its module is imported off the GUI thread after the first paint)."""
        if self.chart is not None:
            return
        confirm_baseline(self)  # the solver came in with the chart's module
        self.chart = self.impact.load_chart(self.describer, self.effective_text_scale, self.base_points, self.notify)
        if self.chart is not None:
            self._render_chart(self.session)
            self.chart_loaded.emit()

    @guarded()
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        # The network covers most of the window: its first paint means the window has painted.
        if not self._painted:
            self._painted = True
            FirstPaint(self.view.viewport(), self._on_first_painted)

    def _on_first_painted(self) -> None:
        self.window_painted.emit()
        chart_loader().when_ready(self, self.load_chart)

    def settle(self) -> None:
        """Finish every deferred update now (chart, layout): for pictures."""
        if self.chart is not None:
            self._render_chart(self.session)
            self.chart.canvas.draw()
        for _ in range(3):
            QApplication.processEvents()
        self.view.relayout()

    # messages, links, dialogs -----------------------------------------------------------------
    def _on_link_clicked(self, url: QUrl) -> None:
        open_link(url, self.notify, self)

    def _text_dialog(self, title: str, markdown: str) -> None:
        show_modal(TextDialog(title, markdown, self), self._on_link_clicked)

    def _on_open_triggered(self) -> None:
        path = ask_scenario_path(self, bundled(), self.source)
        if path is not None:
            self.open_scenario(path)

    def open_scenario(self, path: Path) -> bool:
        """Load a scenario file; on any problem, say what and keep the one already loaded."""
        title = self.tr("This scenario could not be opened")
        try:
            scenario, network, assessor = load(path, MONTHS)
        except ScenarioError as exc:
            message = self.tr("{file} has problems; the current scenario stays open.").format(file=path.name)
            show_error(self, title, message, problems_text(exc))
            return False
        except MODEL_ERRORS as exc:
            message = self.tr("The model could not run {file}; the current scenario stays open.").format(file=path.name)
            show_error(self, title, message, str(exc))
            return False
        self.set_scenario(scenario, network, path, assessor)
        self.notify(self.tr("Opened {file}.").format(file=path.name))
        return True

    @guarded()
    def closeEvent(self, event: QCloseEvent) -> None:
        self._stop_playing()
        self.view.set_markers_enabled(False)
        self._unsubscribe()
        super().closeEvent(event)
