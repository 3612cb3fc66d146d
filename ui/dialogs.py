"""The app's dialogs: a Markdown document (About, Glossary, Keyboard), the views of a debate side by
side, the list of scenarios to open, and a link that could not be opened.

Signals:
    PerspectivesDialog.link_clicked(QUrl), TextDialog.link_clicked(QUrl)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
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
from ui.panels.widgets import Card, TextBlock, TextLabel, heading, plain_tooltip


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
        parent,
        QCoreApplication.translate("ScenarioDialog", "Open scenario"),
        start,
        QCoreApplication.translate("ScenarioDialog", "Scenario files (*.yaml *.yml);;All files (*)"),
    )
    return Path(name) if name else None


def open_link(url: QUrl, notify: Callable[[str], None], parent: QWidget | None = None) -> None:
    """Open a web address in the system browser (only ever on a click); say why anything else is not.
    When the system cannot open it (no browser, an offline kiosk), show the address to copy."""
    if url.scheme() not in ("http", "https"):
        notify(QCoreApplication.translate("dialogs", "Not opened: {address} is not a web address.").format(address=url.toString()))
        return
    if not QDesktopServices.openUrl(url):
        owner = QApplication.activeModalWidget() or (parent.window() if parent is not None else None)
        show_modal(LinkDialog(url, owner))


class LinkDialog(QDialog):
    """A link the system could not open: the address as plain text, selected, to copy by hand."""

    def __init__(self, url: QUrl, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The link could not be opened"))
        box = QVBoxLayout(self)
        message = self.tr("This computer could not open the link in a web browser (there may be none, or no network).")
        box.addWidget(TextLabel(message + " " + self.tr("Copy the address to open it elsewhere:")))
        self.address = QLineEdit(url.toString())
        self.address.setReadOnly(True)
        self.address.setAccessibleName(self.tr("Address"))
        self.address.selectAll()
        box.addWidget(self.address)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy address"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._copy)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.address.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(max(480, min(900, self.address.fontMetrics().horizontalAdvance(url.toString()) + 80)), self.sizeHint().height())

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.address.text())
        self.copy_button.setText(self.tr("Copied"))


def show_modal(dialog: QDialog, on_link: Callable[[QUrl], None] | None = None) -> None:
    """Show a dialog until it is closed, then let it go; its links (if any) go to ``on_link``."""
    link_clicked = getattr(dialog, "link_clicked", None)
    if on_link is not None and link_clicked is not None:
        link_clicked.connect(on_link)
    dialog.exec()
    dialog.deleteLater()
