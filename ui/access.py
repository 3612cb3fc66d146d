"""The window for a screen reader: announcements, names that read well, and View > Data table.

``install(window)`` is the window's one hook into this module. It

* announces the "What happened" sentence, the stage and every status message when they change, through
  ``QAccessibleAnnouncementEvent`` (Qt 6.8+; the AT-SPI bridge passes it on as an announcement),
  and emits ``Announcer.announced`` with the same words (for tests and logs);
* names the controls whose text carries a drawn sign ("◀ Previous" is read "Previous stage"), the
  panes, and the tour progress ("Seen 2 of 7 stages");
* adds View > Data table: the chart's numbers as a table (``ui.datatable``).

The network's own accessible elements are in ``ui.network.access``. Every word comes from the lesson
layer (``ui.lesson.describe`` and ``ui.lesson.spoken``) or is a control's short name.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction
from PySide6.QtWidgets import QMenu, QWidget

from ui.lesson.session import Session
from ui.lesson.spoken import DataTable, Spoken, plain_words
from ui.network.access import install_factory

if TYPE_CHECKING:
    from ui.datatable import DataTableDialog
    from ui.window import MainWindow

logger = logging.getLogger(__name__)

install_factory()  # before any network view is asked for its accessible element


class Announcer(QObject):
    """Asks the screen reader to say a message once, when it differs from the last one on its channel.

    Signals:
        announced(str, str): the channel ("sentence", "status") and the message, as sent.
    """

    announced = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last: dict[str, str] = {}

    def announce(self, source: QObject, channel: str, message: str) -> bool:
        """Announce ``message`` for ``source``; False when it is empty or was the last on ``channel``
        (a channel cleared by an empty message, such as a status bar's timed-out notice, may repeat it)."""
        message = message.strip()
        if not message:
            self.last.pop(channel, None)
            return False
        if self.last.get(channel) == message:
            return False
        self.last[channel] = message
        try:
            event = QAccessibleAnnouncementEvent(source, message)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        except Exception:  # an announcement that fails must not stop the change it reports
            logger.exception("could not announce %r", message)
        self.announced.emit(channel, message)
        return True


class WindowAccess(QObject):
    """The accessibility wiring of one window; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.announcer = Announcer(self)
        self.table: DataTableDialog | None = None
        self.data_table_action = QAction(self.tr("Data table"), window)
        self.data_table_action.setToolTip(self.tr("The chart's numbers as a table a screen reader can read"))
        self.data_table_action.triggered.connect(self.show_data_table)
        menu = _menu(window, self.tr("&View"))
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.data_table_action)
        window.impact.sentence_changed.connect(lambda text: self.announcer.announce(window.impact.sentence, "sentence", text))
        window.statusBar().messageChanged.connect(lambda text: self.announcer.announce(window.statusBar(), "status", text))
        window.plan_changed.connect(self.refresh)
        window.month_changed.connect(lambda _month: self.refresh())
        window.stage_changed.connect(self._on_stage_changed)
        window.chart_loaded.connect(self._on_chart_loaded)
        window.side.currentChanged.connect(self._on_side_changed)
        self._name_controls()

    def _name_controls(self) -> None:
        """Names for what reads badly or not at all by its text alone."""
        w = self.window
        w.previous_action.setText(plain_words(w.previous_action.text()))  # the menu reads words; the toolbar keeps its sign
        w.previous_action.setIconText(self.tr("\u25c0 Previous"))
        w.next_action.setText(plain_words(w.next_action.text()))
        w.next_action.setIconText(self.tr("Next \u25b6"))
        names = {
            w.toolbar.widgetForAction(w.previous_action): self.tr("Previous stage"),
            w.toolbar.widgetForAction(w.next_action): self.tr("Next stage"),
            w.policy_button: plain_words(w.policy_button.text()),
            w.stage_column: self.tr("Tour"),
            w.impact: self.tr("What happened"),
            w.impact.words_scroll: self.tr("What happened, in words"),
            w.view_holder: self.tr("Network"),
            w.side: self.tr("Side panel"),
        }
        for button, action in zip(w.text_size_buttons, (w.smaller_action, w.larger_action), strict=True):
            names[button] = plain_words(action.toolTip().split(" (")[0])
        for widget, name in names.items():
            if isinstance(widget, QWidget):
                widget.setAccessibleName(name)

    def render_tour(self, session: Session) -> None:
        """The tour's progress reads as words ("Seen 2 of 7 stages"); the stage's title as plain text
        (else a screen reader would read the tooltip's markup)."""
        w = self.window
        w.progress.setAccessibleName(w.describer.progress(len(session.seen)))
        w.stage_title.setAccessibleDescription(w.scenario.stages[session.stage].title)

    def _on_stage_changed(self, _stage: int) -> None:
        """A new stage is said (the keyboard focus may stay on Next, which says nothing of it)."""
        self.announcer.announce(self.window.stage_title, "stage", self.window.current_stage_title())
        self.refresh()

    def _on_side_changed(self, _index: int) -> None:
        """The side panel shows a prediction to make or an actor's details: say so (the focus stays on the network)."""
        w = self.window
        session, spoken = w.session, Spoken(w.describer)
        if w.side.currentWidget() is w.prediction.panel and session.pending is not None:
            self.announcer.announce(w.side, "panel", spoken.prediction_prompt(session.pending.what))
        elif w.side.currentWidget() is w.actor_panel and session.selected is not None:
            self.announcer.announce(w.side, "panel", spoken.actor_opened(session.selected, w.assessment, session.month))
        else:
            self.announcer.last.pop("panel", None)

    def _on_chart_loaded(self) -> None:
        if self.window.chart is not None:
            self.window.chart.setAccessibleDescription(Spoken.chart_hint())

    def refresh(self) -> None:
        """The data table follows the plan and the months played; the progress its stages."""
        w = self.window
        self.render_tour(w.session)
        if self.table is not None and self.table.isVisible():
            self.table.show_table(self.data_table())

    def data_table(self) -> DataTable:
        session = self.window.session
        spoken = Spoken(self.window.describer)
        return spoken.data_table(self.window.assessor.assess(session.plan), spoken.months_shown(session))

    def show_data_table(self) -> None:
        if self.table is None:
            from ui.datatable import DataTableDialog  # the dialog's module, when it is first opened

            self.table = DataTableDialog(self.window)
        self.table.show_table(self.data_table())
        self.table.show()
        self.table.raise_()
        self.table.activateWindow()


def _menu(window: MainWindow, title: str) -> QMenu | None:
    """The window's menu of this title (``&View``)."""
    menus = [action.menu() for action in window.menuBar().actions() if action.text() == title]
    return next((menu for menu in menus if isinstance(menu, QMenu)), None)


def install(window: MainWindow) -> WindowAccess:
    """The window's accessibility hook (see the module docstring)."""
    return WindowAccess(window)
