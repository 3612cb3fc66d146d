"""Text on the network: the fonts the view's text size sets, word wrapping, and ``LabelItem`` (stage
headers, band names, the "+12" / "−30" change labels)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from model.scenario import Actor
from ui import theme
from ui.guard import guarded


@dataclass
class Metrics:
    """Fonts and sizes for the view's font (which follows the text size); items read them from the scene."""

    font: QFont = field(default_factory=QFont)
    bold: QFont = field(default_factory=QFont)
    small: QFont = field(default_factory=QFont)
    node: QFont = field(default_factory=QFont)
    line: float = 16.0

    @staticmethod
    def for_font(base: QFont) -> Metrics:
        font = QFont(base)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(size * 0.92)
        small.setBold(True)
        node = QFont(font)
        node.setPointSizeF(size * 0.95)
        return Metrics(font, bold, small, node, QFontMetricsF(node).height())


def wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines, eliding the last one."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}".strip()
        if fm.horizontalAdvance(trial) <= width or not current:
            current = trial
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines - 1:
            current = " ".join(words[i:])
            break
    if current:
        lines.append(current)
    lines = lines[:max_lines]
    return [fm.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]


def fitted(text: str, fm: QFontMetricsF, width: float, max_lines: int = 1) -> str:
    """The text on up to ``max_lines`` lines if it fits whole, else nothing (a band too narrow for its name)."""
    lines = wrap(text, fm, width, max_lines)
    return "\n".join(lines) if "\n".join(lines).replace("\n", " ") == text else ""


def node_label(actor: Actor, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """The node's lines: the full name where it fits whole, else the actor's short name (if it has
    one), so that a narrow column on a projector shows a short name rather than a cut-off long one."""
    full = wrap(actor.name, fm, width, max_lines)
    if actor.short_name and " ".join(full) != " ".join(actor.name.split()):
        return wrap(actor.short_name, fm, width, max_lines)
    return full


class LabelItem(QGraphicsItem):
    """Text on the network: a stage header, a band name, or a route's change label in a box."""

    def __init__(self, text: str = "", *, boxed: bool = False) -> None:
        super().__init__()
        self._text = text
        self._font = QFont()
        self._color = theme.current().qcolor("ink")
        self._boxed = boxed
        self._box_pen = QPen(Qt.PenStyle.NoPen)
        self._rect = QRectF()
        self._anchor = QPointF()
        self._leader: QPointF | None = None  # the point on its route a moved label points back to
        self._align = Qt.AlignmentFlag.AlignCenter
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._relayout()

    def set_style(self, font: QFont, color: QColor, box_pen: QPen | None = None) -> None:
        self._font = QFont(font)
        self._color = QColor(color)
        if box_pen is not None:
            self._box_pen = QPen(box_pen)
        self._relayout()
        self.update()

    def place(self, anchor: QPointF, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter, leader: QPointF | None = None) -> None:
        """Put the label centred on ``anchor`` (or left/right aligned to it); ``leader``: a point it
        was moved away from, joined to the label by a thin line."""
        self._anchor = QPointF(anchor)
        self._align = align
        self._leader = QPointF(leader) if leader is not None else None
        self._relayout()

    def rect(self) -> QRectF:
        """The label's box in scene coordinates (without its leader line)."""
        return QRectF(self._rect)

    def _relayout(self) -> None:
        fm = QFontMetricsF(self._font)
        lines = self._text.split("\n")
        w = max((fm.horizontalAdvance(line) for line in lines), default=0.0)
        h = fm.height() * len(lines)
        pad = fm.height() * 0.25 if self._boxed else 0.0
        rect = QRectF(0, 0, w + 2 * pad, h + pad)
        if self._align & Qt.AlignmentFlag.AlignLeft:
            rect.moveTopLeft(QPointF(self._anchor.x(), self._anchor.y() - rect.height() / 2))
        elif self._align & Qt.AlignmentFlag.AlignRight:
            rect.moveTopRight(QPointF(self._anchor.x(), self._anchor.y() - rect.height() / 2))
        else:
            rect.moveCenter(self._anchor)
        self.prepareGeometryChange()
        self._rect = rect

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        box = self._rect.adjusted(-2, -2, 2, 2)
        if self._leader is not None:
            box = box.united(QRectF(self._leader, self._leader).adjusted(-2, -2, 2, 2))
        return box

    @guarded()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._text:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._leader is not None and not self._rect.contains(self._leader):
            painter.setPen(QPen(self._color, 1.2))
            painter.drawLine(self._leader, _nearest_edge(self._rect, self._leader))
            painter.setBrush(self._color)
            painter.drawEllipse(self._leader, 2.2, 2.2)
        if self._boxed:
            painter.setPen(self._box_pen)
            painter.setBrush(theme.current().qcolor("paper", theme.current().label_box_alpha))
            painter.drawRoundedRect(self._rect, 5, 5)
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


def _nearest_edge(rect: QRectF, point: QPointF) -> QPointF:
    """The point of a rectangle's border closest to a point outside it."""
    return QPointF(min(max(point.x(), rect.left()), rect.right()), min(max(point.y(), rect.top()), rect.bottom()))
