"""Colour profiles, presentation mode and the teacher's notes window: the window's part for a classroom.

``Presenting`` is a part of ``MainWindow`` (a mixin), like ``WindowActions`` and ``TextSizing``:

- View > Colours: the standard, projector (high contrast) and dark profiles of ``ui.theme``; the
  choice is remembered (``--profile NAME`` sets one for a single run). Switching draws everything
  again in the new colours: stylesheet, palette, network, chart and icons.
- View > Presentation mode (F5; ``--present``): full screen, at least the projector text size
  (``PRESENT_TEXT_SCALE``), the projector profile, and no clutter (menu bar, status bar, Redo,
  Explore freely); a "Leave presentation" button stays in the tour's toolbar. Escape leaves it once
  nothing is selected (a first Escape still clears the selection); everything returns as it was.
- View > Teacher's notes window (Ctrl+T): the current stage's notes on the teacher's screen
  (``ui.teacher``), following the tour.
- The focus ring around the focused control (``ui.focus``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QUrl, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui import theme
from ui.focus import focus_rings
from ui.settings import PRESENT_TEXT_SCALE, remember_profile, saved_profile
from ui.teacher import TeacherNotesWindow

if TYPE_CHECKING:
    from model.scenario import Scenario
    from ui.charts import ImpactChart
    from ui.lesson.describe import Describer
    from ui.lesson.session import Session, SessionStore
    from ui.network.view import NetworkView
    from ui.panels.impact import ImpactStrip

logger = logging.getLogger(__name__)


class Presenting(QMainWindow):
    """Colour profiles, presentation mode, the teacher's notes window; see the module docstring."""

    store: QSettings | None
    view: NetworkView
    impact: ImpactStrip
    chart: ImpactChart | None
    toolbar: QToolBar
    view_menu: QMenu
    redo_action: QAction
    explore_action: QAction
    full_screen_action: QAction
    clear_action: QAction
    stage_changed: SignalInstance
    text_scale: float
    scenario: Scenario
    describer: Describer
    sessions: SessionStore
    # the window's own methods, used here
    _render_tour: Callable[[Session], None]
    _render_flows: Callable[[Session, bool], None]
    _apply_text_size: Callable[[], None]
    _fit_panes: Callable[[], None]
    set_text_scale: Callable[[float], None]
    set_full_screen: Callable[[bool], None]
    _on_link_clicked: Callable[[QUrl], None]
    presenting = False
    _before_presenting: tuple[str, float, bool] = ("standard", 1.0, False)  # profile, text scale, full screen

    # construction -----------------------------------------------------------------------------
    def _build_presenting(self) -> None:
        """The Colours submenu, the presentation and teacher's notes actions, the focus ring; the
        learner's profile from last time (the window is styled in it once, by the text size)."""
        self.colours_menu = QMenu(self.tr("Colours"), self)
        group = QActionGroup(self)
        self.profile_actions: dict[str, QAction] = {}
        names = {"standard": self.tr("Standard"), "projector": self.tr("Projector (high contrast)"), "dark": self.tr("Dark")}
        for name in theme.PROFILES:
            action = QAction(names.get(name, name), self)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(partial(self.set_profile, name))
            self.colours_menu.addAction(action)
            self.profile_actions[name] = action
        self.present_action = self._presenting_action(
            self.tr("Presentation mode"), "F5", self.tr("Full screen, large text, projector colours")
        )
        self.present_action.setCheckable(True)
        self.present_action.toggled.connect(self.set_presenting)
        self.leave_present_action = self._presenting_action(self.tr("Leave presentation"), "", self.tr("Back to the window (Escape or F5)"))
        self.leave_present_action.triggered.connect(lambda: self.set_presenting(False))
        self.leave_present_action.setVisible(False)
        self.toolbar.addAction(self.leave_present_action)
        self.teacher_action = self._presenting_action(
            self.tr("Teacher's notes window"), "Ctrl+T", self.tr("The current stage's teacher notes in a window of their own")
        )
        self.teacher_action.triggered.connect(self.open_teacher_notes)
        self.view_menu.addSeparator()
        self.view_menu.addMenu(self.colours_menu)
        self.view_menu.addActions([self.present_action, self.teacher_action])
        self.teacher_window: TeacherNotesWindow | None = None
        self.clear_action.triggered.connect(self.escape)  # clears the selection; with nothing to clear, leaves presenting
        self.stage_changed.connect(lambda _stage: self.follow_tour())  # the teacher's notes window follows the tour
        self.focus_rings = focus_rings()  # one for the whole application
        self._use_profile(theme.profile(saved_profile(self.store)))

    def _presenting_action(self, text: str, key: str, tip: str) -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
            tip = self.tr("{tip} ({keys})").format(tip=tip, keys=QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText))
        action.setToolTip(tip)
        self.addAction(action)
        return action

    # colour profiles --------------------------------------------------------------------------
    def _use_profile(self, chosen: theme.Theme) -> None:
        theme.set_current(chosen)
        blocked = [a.blockSignals(True) for a in self.profile_actions.values()]
        for name, action in self.profile_actions.items():
            action.setChecked(name == chosen.name)
        for action, was in zip(self.profile_actions.values(), blocked, strict=True):
            action.blockSignals(was)

    def set_profile(self, name: str, remember: bool = True) -> None:
        """Draw everything in the named profile; remembered for next time unless ``remember`` is False
        (``--profile`` for one run) or presenting (which lends the projector profile for its time:
        a profile chosen then lasts until presenting ends)."""
        chosen = theme.profile(name)
        if remember and not self.presenting:
            remember_profile(self.store, chosen.name)
        if chosen is theme.current() and self.styleSheet():
            return
        self._use_profile(chosen)
        self.restyle()

    def restyle(self) -> None:
        """Everything drawn again in the current profile's colours."""
        self._apply_text_size()  # the stylesheet, made from the theme
        self._restyle_drawings()

    def _restyle_drawings(self) -> None:
        """What the stylesheet does not reach: the network, the chart, the month controls' icons."""
        colours = theme.current()
        self.view.setBackgroundBrush(colours.qcolor("canvas"))
        for item in self.view.network_scene.items():
            item.update()  # items keep a cached picture of themselves
        self._render_tour(self.sessions.session)
        self._render_flows(self.sessions.session, False)
        self.impact.restyle()
        if self.chart is not None:
            self.chart.set_colours(colours)
        lab = getattr(self, "policy_lab", None)  # an open lab follows the profile too (ui.actions)
        if lab is not None:
            lab.restyle()

    # presentation mode ------------------------------------------------------------------------
    def _clutter(self) -> list[QAction]:
        """Toolbar buttons a projected class does without (their keys still work: Ctrl+Shift+Z, Ctrl+E)."""
        return [self.redo_action, self.explore_action, *(a for a in self.toolbar.actions() if a.isSeparator())]

    def set_presenting(self, on: bool) -> None:
        """Presentation mode on or off (see the module docstring); leaving it restores the profile,
        the text size and the window as they were."""
        if on == self.presenting:
            return
        if on:
            self._before_presenting = (theme.current().name, self.text_scale, self.isFullScreen())
            self.presenting = True
            self._use_profile(theme.PROJECTOR)
            self.set_text_scale(max(self.text_scale, PRESENT_TEXT_SCALE))  # the stylesheet, in the projector colours
            self.set_full_screen(True)
        else:
            name, scale, was_full = self._before_presenting
            self.presenting = False
            self._use_profile(theme.profile(name))
            self.set_text_scale(scale)
            if not was_full:
                self.set_full_screen(False)
        self._restyle_drawings()
        self.menuBar().setVisible(not on)
        self.statusBar().setVisible(not on)
        for action in self._clutter():
            action.setVisible(not on)
        self.leave_present_action.setVisible(on)
        self._fit_panes()  # the toolbars may fit on one row without the clutter
        blocked = self.present_action.blockSignals(True)
        self.present_action.setChecked(on)
        self.present_action.blockSignals(blocked)

    def escape(self) -> None:
        """Escape: clear the selection (or a prediction); with nothing to clear, leave presentation mode."""
        session = self.sessions.session
        if self.presenting and session.selected is None and session.pending is None:
            self.set_presenting(False)
        else:
            self.view.clear_selection()

    # the teacher's notes window ---------------------------------------------------------------
    def open_teacher_notes(self) -> TeacherNotesWindow:
        """Show the teacher's notes window (made the first time), on the current stage."""
        if self.teacher_window is None:
            self.teacher_window = TeacherNotesWindow(self)
            self.teacher_window.link_clicked.connect(self._on_link_clicked)
            self.teacher_window.place_beside(self)
        self.follow_tour()
        self.teacher_window.show()
        self.teacher_window.raise_()
        return self.teacher_window

    def follow_tour(self) -> None:
        """The teacher's notes window shows the current stage (called on every stage and scenario)."""
        notes = self.teacher_window
        if notes is not None and hasattr(self, "sessions"):
            notes.show_stage(self.scenario, self.describer, self.sessions.session.stage)
