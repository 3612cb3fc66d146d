"""The app's dialogs: a Markdown document (About, Glossary, Keyboard), the views of a debate side by
side, and the list of scenarios to open.

Signals:
    PerspectivesDialog.link_clicked(QUrl), TextDialog.link_clicked(QUrl)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from model.catalogue import Entry
from model.scenario import Stage
from ui.guard import guarded
from ui.lesson.documents import perspective_markdown, perspectives_heading
from ui.panels.widgets import Card, TextBlock, heading, plain_tooltip


class TextDialog(QDialog):
    """A document in a scrolling dialog; links are handed to the owner, never followed here."""

    link_clicked = Signal(QUrl)

    def __init__(self, title: str, markdown: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        box = QVBoxLayout(self)
        self.area = QScrollArea()
        self.area.setAccessibleName(title)
        self.area.setWidgetResizable(True)
        self.text = TextBlock(markdown)
        self.text.anchorClicked.connect(self.link_clicked)
        holder = QWidget()  # room around the text for the focus ring
        inner = QVBoxLayout(holder)
        inner.setContentsMargins(8, 8, 8, 8)
        inner.addWidget(self.text)
        inner.addStretch(1)
        self.area.setWidget(holder)
        box.addWidget(self.area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        if parent is not None:
            window = parent.window()
            self.resize(min(900, int(window.width() * 0.8)), min(700, int(window.height() * 0.85)))

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up / Page Down scroll the document wherever the focus is (the Close button too)."""
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            step = (
                QAbstractSlider.SliderAction.SliderPageStepAdd
                if event.key() == Qt.Key.Key_PageDown
                else QAbstractSlider.SliderAction.SliderPageStepSub
            )
            self.area.verticalScrollBar().triggerAction(step)
            event.accept()
            return
        super().keyPressEvent(event)


class PerspectivesDialog(QDialog):
    """The views of a debate in columns next to each other: wide enough for a projector."""

    link_clicked = Signal(QUrl)

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = perspectives_heading(len(stage.perspectives))
        self.setWindowTitle(self.tr("{stage}: {views}").format(stage=stage.title, views=title.lower()))
        outer = QVBoxLayout(self)
        outer.addWidget(heading(title, "title"))
        columns = QHBoxLayout()
        columns.setSpacing(14)
        self.columns: list[Card] = []
        for perspective in stage.perspectives:
            card = Card("perspective")
            card.box.addWidget(heading(perspective.who, "card-title"))
            block = TextBlock(perspective_markdown(perspective))
            block.anchorClicked.connect(self.link_clicked)
            card.box.addWidget(block)
            card.box.addStretch(1)
            columns.addWidget(card, 1)
            self.columns.append(card)
        scroll = QScrollArea()
        scroll.setAccessibleName(title)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget()
        holder.setLayout(columns)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if parent is not None:
            window = parent.window()
            self.resize(int(window.width() * 0.8), int(window.height() * 0.75))


class ScenarioDialog(QDialog):
    """The bundled scenarios (title, language, one line about each) and a way to open a file.

    After ``exec``: ``chosen`` is the bundled scenario picked, or ``wants_file`` is True."""

    def __init__(self, entries: tuple[Entry, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open scenario"))
        self.entries = entries
        self.chosen: Entry | None = None
        self.wants_file = False
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("Scenarios that come with the app"), "section"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Scenarios that come with the app"))
        self.list.setWordWrap(True)
        for entry in entries:
            item = QListWidgetItem(
                self.tr("{title} ({language})\n{description}").format(
                    title=entry.title, language=entry.language, description=entry.description
                )
            )
            item.setToolTip(plain_tooltip(str(entry.path)))
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self._on_open_clicked())
        box.addWidget(self.list, 1)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.file_button: QPushButton = buttons.addButton(self.tr("Open file\u2026"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button.setEnabled(bool(entries))
        self.open_button.clicked.connect(self._on_open_clicked)
        self.file_button.clicked.connect(self._on_file_clicked)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(640, 420)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_open_clicked(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            self.chosen = self.entries[row]
            self.accept()

    def _on_file_clicked(self) -> None:
        self.wants_file = True
        self.accept()


def ask_scenario_path(parent: QWidget, entries: tuple[Entry, ...], current: Path | None) -> Path | None:
    """File > Open scenario: a bundled scenario from the list, or a file chosen on disk; None if cancelled."""
    dialog = ScenarioDialog(entries, parent)
    try:
        if not dialog.exec():
            return None
        if dialog.chosen is not None:
            return dialog.chosen.path
    finally:
        dialog.deleteLater()
    start = str(current.parent) if current is not None else str(Path.home())
    name, _filter = QFileDialog.getOpenFileName(
        parent, dialog.tr("Open scenario"), start, dialog.tr("Scenario files (*.yaml *.yml);;All files (*)")
    )
    return Path(name) if name else None


def open_link(url: QUrl, notify: Callable[[str], None]) -> None:
    """Open a web address in the system browser (only ever on a click); say why anything else is not."""
    if url.scheme() in ("http", "https"):
        QDesktopServices.openUrl(url)
    else:
        notify(QCoreApplication.translate("dialogs", "Not opened: {address} is not a web address.").format(address=url.toString()))


def show_modal(dialog: QDialog, on_link: Callable[[QUrl], None] | None = None) -> None:
    """Show a dialog until it is closed, then let it go; its links (if any) go to ``on_link``."""
    link_clicked = getattr(dialog, "link_clicked", None)
    if on_link is not None and link_clicked is not None:
        link_clicked.connect(on_link)
    dialog.exec()
    dialog.deleteLater()
