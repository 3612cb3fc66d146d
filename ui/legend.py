"""How to read the network: the legend (View > Legend), drawn with the very pens the network uses.

Each row shows a sample and says in words what it means, so that nothing depends on colour alone."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFrame, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui import theme
from ui.lesson.documents import legend_rows
from ui.network.routes import RouteItem
from ui.panels.widgets import heading

SAMPLE = QSize(72, 32)


def _route_sample(change: str) -> QPixmap:
    pixmap = QPixmap(SAMPLE)
    pixmap.fill(theme.current().qcolor("paper"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    RouteItem.paint_sample(painter, change, QPointF(6, SAMPLE.height() / 2), QPointF(SAMPLE.width() - 6, SAMPLE.height() / 2), 6.0)
    painter.end()
    return pixmap


def _actor_sample(state: str) -> QPixmap:
    colours = theme.current()
    pixmap = QPixmap(SAMPLE)
    pixmap.fill(colours.qcolor("paper"))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    rect = QRectF(8, 6, SAMPLE.width() - 16, SAMPLE.height() - 12)
    edge, style, fill, width = colours.qcolor("node_edge"), Qt.PenStyle.SolidLine, colours.qcolor("paper"), 2.5
    if state == "waiting":
        edge, style = colours.qcolor("waiting_ink"), Qt.PenStyle.DashLine
    elif state == "removed":
        edge, fill = colours.qcolor("warning"), colours.qcolor("removed_fill")
    elif state == "earlier":  # as the network draws an actor of a stage already seen
        painter.setOpacity(colours.context_opacity)
        width = 1.5
    elif state == "selected":
        painter.setPen(QPen(colours.qcolor("accent", 90), 7))
        painter.drawRoundedRect(rect, 5, 5)
        edge, width = colours.qcolor("accent"), 3.5
    painter.setPen(QPen(edge, width, style))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 5, 5)
    painter.setOpacity(1.0)
    if state == "removed":
        painter.setPen(QPen(colours.qcolor("warning"), 2.5))
        painter.drawLine(rect.topLeft() + QPointF(3, 3), rect.bottomRight() - QPointF(3, 3))
        painter.drawLine(rect.bottomLeft() + QPointF(3, -3), rect.topRight() + QPointF(-3, 3))
    painter.end()
    return pixmap


class LegendDialog(QDialog):
    """The states of routes and actors on the network, each drawn and said in words; it scrolls when
    large text needs more room than the window has."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Legend"))
        box = QVBoxLayout(self)
        box.addWidget(heading(self.tr("How to read the network"), "title"))
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        self.rows: list[tuple[QLabel, QLabel]] = []
        for row, (kind, state, words) in enumerate(legend_rows()):
            picture = QLabel()
            picture.setPixmap(_route_sample(state) if kind == "route" else _actor_sample(state))
            picture.setAccessibleName(words)
            text = QLabel(words)
            text.setTextFormat(Qt.TextFormat.PlainText)
            text.setWordWrap(True)
            grid.addWidget(picture, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1)
            self.rows.append((picture, text))
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self.rows), 1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(rows)
        box.addWidget(area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self._fit(rows, parent)

    def _fit(self, rows: QWidget, parent: QWidget | None) -> None:
        """As wide as 56 characters of text beside the samples, as tall as the rows (within the window)."""
        width = SAMPLE.width() + 56 * self.fontMetrics().averageCharWidth() + 80
        room = parent.window().height() * 0.9 if parent is not None else 800
        layout = rows.layout()
        rows_height = layout.heightForWidth(width - 40) if layout is not None else 0
        height = rows_height + 3 * self.fontMetrics().height() + 90
        self.resize(width, int(min(room, height)))
