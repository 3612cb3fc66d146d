"""The window's actions, menus and toolbars: what a learner can do, with its keys and its place.

``WindowActions`` is a part of ``MainWindow`` (a mixin), kept in its own room so that the window's
file holds only layout and wiring. Every action is created once, here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolBar, QToolButton, QWidget

from model.assessor import Assessor
from model.scenario import Preset
from ui.access import WindowAccess, install
from ui.exports import Exports
from ui.guard import guarded
from ui.language import LanguageMenu
from ui.lesson.documents import APP_NAME
from ui.panels.widgets import plain_tooltip
from ui.presenting import Presenting
from ui.sessions import SessionFiles
from ui.settings import REDUCED_MOTION_KEY, remember_flag, saved_flag

if TYPE_CHECKING:
    from ui.lab.window import PolicyLab
    from ui.lesson.session import Session
    from ui.network.view import NetworkView
    from ui.window import MainWindow

logger = logging.getLogger(__name__)


class _Explorer(Protocol):
    """What the policy lab takes from the window it opens over."""

    @property
    def session(self) -> Session: ...

    @property
    def text_scale(self) -> float: ...


class WindowActions(Presenting):  # View > Colours, presentation mode, teacher's notes: ui.presenting
    """Creates the window's actions (``*_action``), menus and its two toolbars."""

    undo_stack: QUndoStack
    policy_menu: QMenu
    toolbar: QToolBar
    change_bar: QToolBar
    stage_title: QLabel
    policy_button: QToolButton
    store: QSettings | None
    view: NetworkView
    assessor: Assessor
    base_points: float
    policy_lab: PolicyLab | None = None

    def _action(
        self, text: str, shortcuts: Sequence[QKeySequence | QKeySequence.StandardKey | str] = (), tip: str = "", checkable: bool = False
    ) -> QAction:
        action = QAction(text, self)
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
            keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            action.setToolTip(self.tr("{tip} ({keys})").format(tip=tip or text, keys=keys))
        elif tip:
            action.setToolTip(tip)
        action.setCheckable(checkable)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build_controls(self) -> None:
        """Every action, menu and toolbar, then colour profiles, presentation mode, the teacher's notes,
        the focus ring and Escape (``ui.presenting``)."""
        self._build_actions()
        self._build_menus()
        self._build_toolbars()
        self._build_presenting()
        self.language_menu = LanguageMenu(cast("MainWindow", self))  # View > Language (ui.language, issue 12)

    def _build_actions(self) -> None:
        self.previous_action = self._action(self.tr("\u25c0 Previous"), ["Ctrl+PgUp", "Alt+Left"], self.tr("Previous stage"))
        self.next_action = self._action(self.tr("Next \u25b6"), ["Ctrl+PgDown", "Alt+Right"], self.tr("Next stage"))
        self.explore_action = self._action(self.tr("Explore freely"), ["Ctrl+E"], self.tr("Show every stage at once"), checkable=True)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.undo_action.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.undo_action.setIconText(self.tr("Undo"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.redo_action.setIconText(self.tr("Redo"))
        self.addActions([self.undo_action, self.redo_action])
        self.reset_action = self._action(self.tr("Reset all"), ["Ctrl+R"], self.tr("Bring back every actor: the baseline"))
        self.larger_action = self._action(self.tr("A+ Larger text"), ["Ctrl+=", "Ctrl++"], self.tr("Larger text"))
        self.smaller_action = self._action(self.tr("A\u2212 Smaller text"), ["Ctrl+-"], self.tr("Smaller text"))
        self.normal_text_action = self._action(self.tr("Normal text size"), ["Ctrl+0"])
        self.markers_action = self._action(
            self.tr("Flow markers"), ["Ctrl+M"], self.tr("Show moving markers along active routes"), checkable=True
        )
        self.markers_action.setChecked(True)
        self.reduced_motion_action = self._action(
            self.tr("Reduced motion"), tip=self.tr("No moving markers and no animated changes; every state is still shown"), checkable=True
        )
        self.reduced_motion_action.setChecked(saved_flag(self.store, REDUCED_MOTION_KEY, False))
        self.reduced_motion_action.toggled.connect(self.set_reduced_motion)
        self.full_screen_action = self._action(
            self.tr("Full screen"), ["F11"], self.tr("Fill the screen; F11 again to leave"), checkable=True
        )
        self.zoom_in_action = self._action(self.tr("Zoom in"), tip=self.tr("Zoom the network in (+ in the network)"))
        self.zoom_out_action = self._action(self.tr("Zoom out"), tip=self.tr("Zoom the network out (\u2212 in the network)"))
        self.fit_action = self._action(self.tr("Fit to window"), tip=self.tr("Fit the network to the window (0 in the network)"))
        self.open_action = self._action(self.tr("Open scenario\u2026"), [QKeySequence.StandardKey.Open])
        self._build_file_actions()
        self.quit_action = self._action(self.tr("Quit"), ["Ctrl+Q"])  # the platform gives none on some desktops; Qt makes it Cmd+Q on macOS
        self.about_action = self._action(self.tr("About {app}").format(app=APP_NAME), ["F1"])
        self.keys_action = self._action(self.tr("Keyboard"))
        self.glossary_action = self._action(self.tr("Glossary"), ["F2"], self.tr("Terms used in the tour, with sources"))
        self.clear_action = self._action(self.tr("Clear selection"), ["Esc"], self.tr("Back to the stage"))
        self.legend_action = self._action(self.tr("Legend"), ["F3"], self.tr("How to read the network"))
        self.predict_action = self._action(
            self.tr("Predict before each change"),
            tip=self.tr("Say what you expect before a removal or a policy shows its outcome"),
            checkable=True,
        )
        self.predict_exploring_action = self._action(
            self.tr("\u2026 also when exploring freely"),
            tip=self.tr("Predict before each change when exploring freely too"),
            checkable=True,
        )
        self.predictions_action = self._action(self.tr("My predictions"), tip=self.tr("What you expected, and what the model showed"))
        self.overview_action = self._action(
            self.tr("Whole network"), tip=self.tr("The whole network in the window, smaller (9 in the network)")
        )
        self.lab_action = self._action(self.tr("Policy lab\u2026"), ["Ctrl+L"], self.tr("Compare up to four plans side by side"))

    def _build_file_actions(self) -> None:
        """Sessions and exports: their work is done in ui.sessions and ui.exports."""
        self.open_session_action = self._action(
            self.tr("Open session\u2026"), ["Ctrl+Shift+O"], self.tr("Continue a session saved earlier")
        )
        self.save_session_action = self._action(
            self.tr("Save session\u2026"),
            [QKeySequence.StandardKey.Save],
            self.tr("Save where you are and what you did, to continue later"),
        )
        self.export_picture_action = self._action(
            self.tr("Export picture\u2026"), tip=self.tr("The network or the chart as a PNG or SVG picture, for slides or print")
        )
        self.export_handout_action = self._action(
            self.tr("Export handout\u2026"), tip=self.tr("A PDF of what you saw and did: stages, plan, chart, predictions, quiz, sources")
        )
        self.print_action = self._action(self.tr("Print handout\u2026"), [QKeySequence.StandardKey.Print])
        # Their work is done by these two (a window's File menu is all they are wired to):
        window = cast("MainWindow", self)
        self.session_files, self.exports = SessionFiles(window), Exports(window)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_action])
        file_menu.addSeparator()
        file_menu.addActions([self.open_session_action, self.save_session_action])  # sessions and exports (ui.sessions, ui.exports)
        file_menu.addSeparator()
        file_menu.addActions([self.export_picture_action, self.export_handout_action, self.print_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action, self.reset_action])
        view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu = view_menu  # ui.presenting adds Colours, Presentation mode and Teacher's notes to it
        view_menu.addActions([self.explore_action, self.markers_action, self.reduced_motion_action])
        view_menu.addSeparator()
        view_menu.addActions([self.larger_action, self.smaller_action, self.normal_text_action])
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.fit_action, self.overview_action, self.full_screen_action])
        view_menu.addSeparator()
        view_menu.addAction(self.legend_action)
        view_menu.addSeparator()
        view_menu.addActions([self.predict_action, self.predict_exploring_action, self.predictions_action])
        tour_menu = bar.addMenu(self.tr("&Tour"))
        tour_menu.addActions([self.previous_action, self.next_action])
        self.policy_menu = bar.addMenu(self.tr("&Policies"))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.glossary_action, self.legend_action, self.keys_action, self.about_action])

    def _build_toolbars(self) -> None:
        bar = self._toolbar(self.tr("Tour"), "tour")
        bar.addAction(self.previous_action)
        self.stage_title = QLabel()
        self.stage_title.setObjectName("stageTitle")
        self.stage_title.setTextFormat(Qt.TextFormat.PlainText)
        self.stage_title.setMinimumWidth(120)
        bar.addWidget(self.stage_title)
        bar.addAction(self.next_action)
        bar.addSeparator()
        bar.addAction(self.explore_action)
        self.toolbar = bar
        # The changes get a toolbar of their own, which moves onto a second row when large text
        # would push it off the window (see ui.sizing).
        bar = self._toolbar(self.tr("Changes"), "changes")
        bar.addActions([self.undo_action, self.redo_action, self.reset_action])
        bar.addSeparator()
        self.policy_button = QToolButton()
        self.policy_button.setText(self.tr("Policies \u25be"))
        self.policy_button.setToolTip(self.tr("Try a policy from the scenario (undoable)"))
        self.policy_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.policy_button.setMenu(self.policy_menu)
        bar.addWidget(self.policy_button)
        self.change_bar = bar
        self._build_text_size_corner()

    def _build_text_size_corner(self) -> None:
        """A− and A+ in the menu bar's right corner: they stay under the mouse while the text grows, and
        no toolbar row can push them away."""
        corner = QWidget()
        corner.setObjectName("textSize")
        box = QHBoxLayout(corner)
        box.setContentsMargins(0, 0, 6, 0)
        box.setSpacing(2)
        self.smaller_action.setIconText(self.tr("A\u2212"))
        self.larger_action.setIconText(self.tr("A+"))
        self.text_size_buttons: list[QToolButton] = []
        for action in (self.smaller_action, self.larger_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAutoRaise(True)
            button.setFixedSize(QFontMetrics(self.font()).horizontalAdvance("A\u2212") * 2 + 24, QFontMetrics(self.font()).height() * 2)
            box.addWidget(button)
            self.text_size_buttons.append(button)
        self.text_size_corner = corner  # kept: the menu bar does not take it over from Python
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)

    def _toolbar(self, title: str, name: str) -> QToolBar:
        bar = self.addToolBar(title)
        bar.setObjectName(name)
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return bar

    def set_full_screen(self, full: bool) -> None:
        """F11: fill the screen, or go back to the window as it was (maximised or not)."""
        if full == self.isFullScreen():
            return
        if full:
            self._before_full_screen = self.windowState() & ~Qt.WindowState.WindowFullScreen
            self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        else:
            self.setWindowState(getattr(self, "_before_full_screen", Qt.WindowState.WindowNoState))

    def apply_view_choices(self) -> None:
        """The learner's choices for the network (flow markers, reduced motion), on a new view."""
        self.view.set_markers_enabled(self.markers_action.isChecked())
        self.view.set_animations_enabled(not self.reduced_motion_action.isChecked())

    def set_reduced_motion(self, reduced: bool, remember: bool = True) -> None:
        """No moving markers and no animated changes (every state is still shown); remembered
        unless ``remember`` is False (the command line's --reduced-motion, for one run)."""
        blocked = self.reduced_motion_action.blockSignals(True)
        self.reduced_motion_action.setChecked(reduced)
        self.reduced_motion_action.blockSignals(blocked)
        self.view.set_animations_enabled(not reduced)
        if remember:
            remember_flag(self.store, REDUCED_MOTION_KEY, reduced)

    @guarded()
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        try:
            if event.type() == QEvent.Type.WindowStateChange:
                # Full screen left another way (the window manager): the action follows.
                blocked = self.full_screen_action.blockSignals(True)
                self.full_screen_action.setChecked(self.isFullScreen())
                self.full_screen_action.blockSignals(blocked)
        except Exception:  # never into Qt (Python 3.11 + shiboken can crash)
            logger.exception("could not follow the window's state")

    def install_access(self) -> WindowAccess:
        """Screen readers: announcements, names, View > Data table (``ui.access``); once the panes exist."""
        return install(cast("MainWindow", self))

    def set_presets(self, presets: Sequence[Preset]) -> None:
        """The scenario's policies in the Policies menu (and its toolbar button)."""
        self.policy_menu.clear()
        self.policy_menu.addAction(self.lab_action)  # the lab compares plans, with or without presets
        self.policy_menu.addSeparator()
        for preset in presets:
            action = self.policy_menu.addAction(preset.name)
            action.setToolTip(plain_tooltip(preset.description))
            action.setData(preset.id)

    def open_policy_lab(self) -> None:
        """The policy lab over the explorer, starting from the learner's plan (kept while the scenario stays)."""
        from ui.lab.window import PolicyLab  # matplotlib's figures: only once the lab is asked for

        lab = self.policy_lab
        if lab is None or lab.network is not self.assessor.network:
            if lab is not None:
                lab.close()
                lab.deleteLater()
            explorer = cast(_Explorer, self)
            lab = PolicyLab(self.assessor, explorer.session.plan, self, explorer.text_scale, self.base_points)
            self.policy_lab = lab
        lab.show()
        lab.raise_()
        lab.activateWindow()
