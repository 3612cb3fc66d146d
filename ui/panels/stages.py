"""The stage column: the tour's stages with what the learner has seen and their quiz scores, and the
progress through the tour.

Signals:
    StageColumn.stage_chosen(int): the learner picked a stage in the list.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QProgressBar, QStyle, QVBoxLayout, QWidget

from ui import theme
from ui.lesson.describe import Describer
from ui.lesson.quiz import score_text
from ui.lesson.session import Session
from ui.panels.widgets import heading, plain_tooltip, show_progress


class StageColumn(QWidget):
    """The list of stages and the tour's progress bar."""

    stage_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageColumn")
        self.list = QListWidget()
        self.list.setObjectName("stages")
        self.list.setAccessibleName(self.tr("Stages of the tour"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.seen: frozenset[int] = frozenset()
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Tour progress"))
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 8, 6, 8)
        box.setSpacing(6)
        box.addWidget(heading(self.tr("Stages"), "kicker"))
        box.addWidget(self.list, 1)
        box.addWidget(self.progress)
        self.list.currentRowChanged.connect(lambda row: self.stage_chosen.emit(row) if row >= 0 else None)

    def set_stages(self, describer: Describer) -> None:
        blocked = self.list.blockSignals(True)
        self.list.clear()
        for i in range(len(describer.scenario.stages)):
            self.list.addItem(QListWidgetItem(describer.stage_item(i)))
        self.list.blockSignals(blocked)
        self.progress.setRange(0, len(describer.scenario.stages))

    def show_session(self, session: Session, describer: Describer) -> None:
        """The current stage, the stages seen, quiz scores, and the progress."""
        blocked = self.list.blockSignals(True)
        self.list.setCurrentRow(session.stage)
        self.list.blockSignals(blocked)
        colours = theme.current()
        self.seen = frozenset(session.seen) if not session.explore else frozenset(range(self.list.count()))
        for i, stage in enumerate(describer.scenario.stages):
            item = self.list.item(i)
            seen = i in session.seen
            score = score_text(*session.score(stage.id))
            item.setText(describer.stage_item(i) + (f"\n{score}" if score else ""))
            item.setToolTip(plain_tooltip(describer.stage_item_tip(i, seen)))
            item.setForeground(colours.qcolor("ink") if seen or session.explore else colours.qcolor("unseen_ink"))
        self.size_items()
        show_progress(self.progress, len(session.seen), describer.progress(len(session.seen)))

    def size_items(self, pane_width: int | None = None) -> None:
        """Fonts (the current stage bold, stages not seen yet in italics: a cue beside their lighter
        colour) at the current text size, and item heights that fit each title wrapped to the pane's width."""
        # Room for the scroll bar too: with a long "What happened" the list gets shorter and scrolls, and a
        # title wrapped to the wider width got one line's height for two ("1 …" at 1024x768 in Spanish).
        scroll_bar = self.list.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = max(40, (pane_width if pane_width is not None else self.width()) - 30 - scroll_bar)
        current = self.list.currentRow()
        for i in range(self.list.count()):
            item = self.list.item(i)
            font = QFont(self.font())
            font.setBold(i == current)
            font.setItalic(i not in self.seen)
            item.setFont(font)
            rect = QFontMetrics(font).boundingRect(0, 0, width, 1000, Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, rect.height() + 14))
