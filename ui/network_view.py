"""The supply network drawn as a graph: stage columns from suppliers (left) to streets (right).

Every visual element is its own QGraphicsItem class: ``ActorItem`` (one actor), ``RouteItem`` (an
arrow whose width follows the monthly flow), ``LabelItem`` (stage headers, region names and the
"+12" / "−30" change labels on routes), ``RegionBandItem`` (the coloured geography behind the
columns) and ``FlowMarkerItem`` (a dot travelling along an active route).

The layout is computed in on-screen pixels for the size of the view, so text stays at the size the
learner chose instead of shrinking with the network; zooming is a transform on top of that.
The view only draws what it is given (a FlowResult and its comparison with the baseline); it never
solves anything.

Signals of ``NetworkView``:
    actor_selected(str): an actor was clicked or chosen with Enter.
    selection_cleared(): Escape pressed.
    actor_remove_requested(str): Delete pressed on an actor.
    stage_step_requested(int): Left/Right pressed while no actor has the keyboard focus.
    transition_finished(): the animated change of flows has reached its end state.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QEasingCurve,
    QElapsedTimer,
    QEvent,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from model.flow import EPSILON, FlowResult, Impact
from model.network import RouteKey, SupplyNetwork
from model.scenario import Actor, Route, Vocabulary
from ui.lesson.numbers import format_amount, format_delta

logger = logging.getLogger(__name__)

# Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
INK = QColor("#1d2731")
MUTED_INK = QColor("#5d6b78")
ROUTE = QColor("#51606e")
ROUTE_IDLE = QColor("#a9b3bd")
GAINED = QColor("#0072B2")
LOST = QColor("#D55E00")
FOCUS = QColor("#0072B2")
NODE_FILL = QColor("#ffffff")
NODE_EDGE = QColor("#34495e")
REMOVED_FILL = QColor("#eceff1")
MARKER = QColor("#1d2731")

# Band colours for regions whose scenario gives none, in turn.
BAND_PALETTE = (QColor("#f7efe3"), QColor("#f1eef6"), QColor("#eaf3e6"), QColor("#eeeeee"), QColor("#e6eef7"), QColor("#f3f0e6"))


def band_colour(vocabulary: Vocabulary, group: int) -> QColor:
    bands = vocabulary.bands()
    if not 0 <= group < len(bands):
        return QColor("#f0f0f0")
    given = vocabulary.band_colour(bands[group])
    return QColor(given) if given else BAND_PALETTE[group % len(BAND_PALETTE)]


# Column widths in the tour: the current stage is set at a readable size; the stages already seen
# share what is left (dimmed context); stages still to come keep a narrow placeholder.
CURRENT_WEIGHT = 1.0
EARLIER_WEIGHT = 0.5
LATER_WEIGHT = 0.25
LABELS_PER_KIND = 8  # change labels shown at once for gains and for losses (plus the focused actor's)
NODE_SHARE = 0.78  # of a column's width; the rest leaves room for the routes and their labels
MIN_ROUTE_WIDTH = 1.5
MAX_ROUTE_WIDTH = 14.0
TRANSITION_MS = 450
MARKER_INTERVAL_MS = 16
MARKER_SPEED = 0.22  # route lengths per second


def route_width(flow: float, largest: float) -> float:
    """The pen width of a route carrying ``flow`` when the busiest baseline route carries ``largest``."""
    if flow <= EPSILON or largest <= EPSILON:
        return 1.2
    return MIN_ROUTE_WIDTH + (MAX_ROUTE_WIDTH - MIN_ROUTE_WIDTH) * min(1.0, flow / largest)


def display_name(actor: Actor) -> str:
    return actor.name


def node_label(actor: Actor, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """The node's lines: the full name where it fits whole, else the actor's short name (if it has
    one), so that a narrow column on a projector shows "CJNG" rather than "Jalisco Cartel …"."""
    full = _wrap(display_name(actor), fm, width, max_lines)
    if actor.short_name and " ".join(full) != " ".join(display_name(actor).split()):
        return _wrap(actor.short_name, fm, width, max_lines)
    return full


def region_group(vocabulary: Vocabulary, region_id: str) -> tuple[int, str]:
    """The band a region is drawn on: its position among the bands, and its name."""
    band = vocabulary.region(region_id).band_name
    return vocabulary.bands().index(band), band


@dataclass(frozen=True)
class FlowState:
    """What the view draws: the flow of one month, compared with the baseline."""

    flow: FlowResult
    baseline: FlowResult
    changes: Impact | None  # None when nothing differs from the baseline
    removed: frozenset[str] = frozenset()
    entered: frozenset[str] = frozenset()
    tooltips: Mapping[str, str] = field(default_factory=dict)  # each actor's tooltip, from the lesson layer


@dataclass
class _Metrics:
    """Fonts and sizes for the view's font (which follows the text size); items read them from the scene."""

    font: QFont = field(default_factory=QFont)
    bold: QFont = field(default_factory=QFont)
    small: QFont = field(default_factory=QFont)
    node: QFont = field(default_factory=QFont)
    line: float = 16.0

    @staticmethod
    def for_font(base: QFont) -> _Metrics:
        font = QFont(base)
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        bold = QFont(font)
        bold.setBold(True)
        small = QFont(font)
        small.setPointSizeF(size * 0.92)
        small.setBold(True)
        node = QFont(font)
        node.setPointSizeF(size * 0.95)
        return _Metrics(font, bold, small, node, QFontMetricsF(node).height())


def _wrap(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
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


def _fitted(text: str, fm: QFontMetricsF, width: float) -> str:
    """The text on up to two lines if it fits whole, else nothing (a band too narrow for its name)."""
    lines = _wrap(text, fm, width, 2)
    return "\n".join(lines) if "\n".join(lines).replace("\n", " ") == text else ""


class RegionBandItem(QGraphicsItem):
    """A tinted vertical band behind the columns of one region, named at its foot."""

    def __init__(self, group: int, name: str, colour: QColor) -> None:
        super().__init__()
        self.band_group = group
        self.name = name
        self.colour = colour
        self._rect = QRectF()
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        painter.drawRoundedRect(self._rect, 10, 10)


class LabelItem(QGraphicsItem):
    """Text on the network: a stage header, a region name, or a route's change label in a box."""

    def __init__(self, text: str = "", *, boxed: bool = False) -> None:
        super().__init__()
        self._text = text
        self._font = QFont()
        self._color = INK
        self._boxed = boxed
        self._box_pen = QPen(Qt.PenStyle.NoPen)
        self._rect = QRectF()
        self._anchor = QPointF()
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

    def place(self, anchor: QPointF, align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter) -> None:
        """Put the label centred on ``anchor`` (or left/right aligned to it)."""
        self._anchor = QPointF(anchor)
        self._align = align
        self._relayout()

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

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._text:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._boxed:
            painter.setPen(self._box_pen)
            painter.setBrush(QColor(255, 255, 255, 235))
            painter.drawRoundedRect(self._rect, 5, 5)
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self._rect, Qt.AlignmentFlag.AlignCenter, self._text)


class ActorItem(QGraphicsItem):
    """One actor: a rounded box with its name. Selectable, focusable, hoverable.

    Removed actors are struck out; latent entrants are faint and dashed until they enter."""

    def __init__(self, actor: Actor) -> None:
        super().__init__()
        self.actor = actor
        self.actor_id = actor.id
        self._rect = QRectF(0, 0, 120, 40)
        self._lines: list[str] = [actor.name]
        self._font = QFont()
        self._minority = False
        self.own_band_colour = QColor("#dddddd")  # the tint of its own region, for the minority tab
        self.removed = False
        self.entered = not actor.latent
        self.current_stage = True
        self.emphasised = False
        self._hovered = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, True)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    @property
    def is_latent_waiting(self) -> bool:
        return self.actor.latent and not self.entered

    def label_lines(self) -> list[str]:
        return list(self._lines)

    def set_geometry(self, rect: QRectF, metrics: _Metrics, lines: int = 2, minority: bool = False) -> None:
        """Place the box; ``minority`` marks an actor whose region differs from its band's."""
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self._font = metrics.node
        self._minority = minority
        self._lines = node_label(self.actor, QFontMetricsF(metrics.node), rect.width() - 14, lines)

    def set_status(self, *, removed: bool, entered: bool, tooltip: str) -> None:
        self.removed = removed
        self.entered = entered or not self.actor.latent
        self.setToolTip(tooltip)
        self.update()

    def set_tour_role(self, current: bool) -> None:
        self.current_stage = current
        self.update()

    def set_hovered(self, hovered: bool) -> None:
        self._hovered = hovered
        self.update()

    def in_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(0, self._rect.height() / 2))

    def out_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(self._rect.width(), self._rect.height() / 2))

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-6, -6, 6, 6)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 8, 8)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._rect
        edge = QColor(NODE_EDGE)
        width = 2.5 if self.current_stage else 1.5
        style = Qt.PenStyle.SolidLine
        fill = QColor(NODE_FILL)
        text = QColor(INK)
        if self.is_latent_waiting:
            style = Qt.PenStyle.DashLine
            edge = QColor(MUTED_INK)
            fill = QColor(255, 255, 255, 140)
            text = QColor(MUTED_INK)
        if self.removed:
            fill = QColor(REMOVED_FILL)
            edge = QColor(LOST)
            text = QColor(MUTED_INK)
        if self._hovered:
            edge = QColor(FOCUS)
            width = max(width, 3.0)
        if self.isSelected():
            painter.setPen(QPen(QColor(0, 114, 178, 90), 9))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 8, 8)
            edge = QColor(FOCUS)
            width = 3.5
        painter.setPen(QPen(edge, width, style))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)
        if self._minority and not self.removed:
            # A tab in the colour of the actor's own region, when it stands on another region's band.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.own_band_colour.darker(118))
            painter.drawRoundedRect(QRectF(rect.left() + 3, rect.top() + 3, 7, rect.height() - 6), 3, 3)
        font = QFont(self._font)
        font.setStrikeOut(self.removed)
        font.setItalic(self.is_latent_waiting)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(rect.adjusted(6, 2, -6, -2), Qt.AlignmentFlag.AlignCenter, "\n".join(self._lines))
        if self.removed:
            pen = QPen(QColor(LOST), 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            inset = rect.adjusted(4, 4, -4, -4)
            painter.drawLine(inset.topLeft(), inset.bottomRight())
            painter.drawLine(inset.bottomLeft(), inset.topRight())
        if self.hasFocus():
            pen = QPen(FOCUS, 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 10, 10)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = self.scene()
        if isinstance(scene, NetworkScene):
            scene.hover_actor(self.actor_id)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = self.scene()
        if isinstance(scene, NetworkScene):
            scene.hover_actor(None)
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # Selection is exclusive and handled by the scene so that one click always means one actor.
        if event.button() == Qt.MouseButton.LeftButton:
            scene = self.scene()
            if isinstance(scene, NetworkScene):
                scene.choose_actor(self.actor_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class RouteItem(QGraphicsItem):
    """A route between two actors: an arrow whose width follows the monthly flow it carries.

    Routes that gained flow against the baseline are solid and blue with a "+n" label; routes that
    lost flow are dashed and orange-red with a "−n" label, so the difference reads without colour."""

    NORMAL = "normal"
    GAINED = "gained"
    LOST = "lost"
    IDLE = "idle"

    def __init__(self, route: Route) -> None:
        super().__init__()
        self.route = route
        self.key: RouteKey = route.key
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._bezier: tuple[tuple[float, float], ...] = ((0.0, 0.0),) * 4
        self.flow = 0.0
        self.width = route_width(0.0, 1.0)
        self._from_width = self.width
        self._to_width = self.width
        self.change = self.IDLE
        self.delta = 0.0
        self.faint = False
        self.emphasis: bool | None = None
        self.label = LabelItem(boxed=True)
        self.label.setParentItem(self)
        self.label.setZValue(30)
        self.setZValue(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    # geometry -----------------------------------------------------------------------------
    def set_ends(self, start: QPointF, end: QPointF, same_column: bool) -> None:
        """A cubic curve from one actor to the next (or an arc on the right within a column)."""
        self.prepareGeometryChange()
        x0, y0, x3, y3 = start.x(), start.y(), end.x(), end.y()
        if same_column:
            bulge = 36.0 + abs(y3 - y0) * 0.15
            c1, c2 = (x0 + bulge, y0), (x3 + bulge, y3)
        else:
            dx = (x3 - x0) * 0.5
            c1, c2 = (x0 + dx, y0), (x3 - dx, y3)
        self._bezier = ((x0, y0), c1, c2, (x3, y3))
        path = QPainterPath(start)
        path.cubicTo(QPointF(*c1), QPointF(*c2), end)
        self._path = path
        self._update_head()
        self.place_label(0.5)

    def _update_head(self) -> None:
        if self._path.isEmpty():
            return
        (_x0, _y0), _c1, (cx, cy), (x3, y3) = self._bezier
        angle = math.atan2(y3 - cy, x3 - cx) if (x3, y3) != (cx, cy) else 0.0  # the curve's direction at its end
        size = max(9.0, self.width * 1.5)
        back = QPointF(x3 - size * math.cos(angle), y3 - size * math.sin(angle))
        normal = QPointF(-math.sin(angle) * size * 0.55, math.cos(angle) * size * 0.55)
        self._head = QPolygonF([QPointF(x3, y3), back + normal, back - normal])

    def place_label(self, t: float) -> None:
        self.label.place(self.point_at(t))

    def point_at(self, t: float) -> QPointF:
        """A point along the route (0 = start, 1 = end), computed from the curve's control points."""
        t = min(max(t, 0.0), 1.0) if t in (0.0, 1.0) else t % 1.0
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self._bezier
        u = 1.0 - t
        a, b, c, d = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
        return QPointF(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)

    # state --------------------------------------------------------------------------------
    def set_flow(self, flow: float, baseline_flow: float, largest: float, compare: bool, metrics: _Metrics) -> None:
        """Set the target flow; ``compare`` labels the change against the baseline."""
        self.flow = flow
        self._from_width = self.width
        self._to_width = route_width(flow, largest)
        delta = flow - baseline_flow
        self.delta = delta if compare else 0.0
        if compare and delta > EPSILON:
            self.change = self.GAINED
            self.label.set_text(format_delta(delta))
            self.label.set_style(metrics.small, GAINED, QPen(GAINED, 1.5))
        elif compare and delta < -EPSILON:
            self.change = self.LOST
            self.label.set_text(format_delta(delta))
            self.label.set_style(metrics.small, LOST, QPen(LOST, 1.5, Qt.PenStyle.DashLine))
        else:
            self.change = self.NORMAL if flow > EPSILON else self.IDLE
            self.label.set_text("")
        self.label.setVisible(False)  # the scene shows the labels that matter most (see _apply_labels)
        self.setToolTip(f"{format_amount(flow)} units a month (baseline {format_amount(baseline_flow)}) \u2014 illustrative")

    def set_progress(self, t: float) -> None:
        """Move the drawn width from where it was toward the target (t from 0 to 1)."""
        width = self._from_width + (self._to_width - self._from_width) * t
        if abs(width - self.width) > 1e-9 or t >= 1.0:
            self.prepareGeometryChange()
            self.width = self._to_width if t >= 1.0 else width
            self._update_head()
            self.update()

    def set_faint(self, faint: bool) -> None:
        if faint != self.faint:
            self.faint = faint
            self.update()

    def set_emphasis(self, emphasis: bool | None) -> None:
        if emphasis != self.emphasis:
            self.emphasis = emphasis
            self.setZValue(5 if emphasis else 0)
            self.update()

    def pen(self) -> QPen:
        """The pen the route is drawn with now (its width follows the flow)."""
        if self.change == self.GAINED:
            pen = QPen(GAINED, self.width, Qt.PenStyle.SolidLine)
        elif self.change == self.LOST:
            pen = QPen(LOST, max(self.width, 2.0), Qt.PenStyle.DashLine)
        elif self.change == self.IDLE:
            pen = QPen(ROUTE_IDLE, self.width, Qt.PenStyle.DotLine)
        else:
            pen = QPen(ROUTE, self.width, Qt.PenStyle.SolidLine)
        if self.faint:
            pen.setStyle(Qt.PenStyle.DashLine)
            color = QColor(pen.color())
            color.setAlpha(110)
            pen.setColor(color)
        if self.emphasis is False:
            color = QColor(pen.color())
            color.setAlpha(min(color.alpha(), 55))
            pen.setColor(color)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    def boundingRect(self) -> QRectF:
        margin = max(self.width, 12.0) + 4
        return self._path.boundingRect().adjusted(-margin, -margin, margin, margin)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.width, 6.0))
        return stroker.createStroke(self._path)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen()
        if self.emphasis:
            halo = QPen(QColor(0, 114, 178, 70), pen.widthF() + 8)
            painter.setPen(halo)
            painter.drawPath(self._path)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(self._head)


class FlowMarkerItem(QGraphicsItem):
    """A dot travelling along an active route, showing which way and how much the trade flows."""

    RADIUS = 4.5

    def __init__(self, route: RouteItem, offset: float) -> None:
        super().__init__()
        self.route = route
        self.offset = offset
        self.setZValue(8)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def advance_to(self, phase: float) -> None:
        self.setPos(self.route.point_at(phase + self.offset))

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(GAINED if self.route.change == RouteItem.GAINED else MARKER)
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)


@dataclass(frozen=True)
class _Column:
    stage_index: int
    group: int  # the region band the column stands on (its actors' most common region)
    actors: tuple[str, ...]
    region_name: str


class NetworkScene(QGraphicsScene):
    """Holds the items, lays them out for a size, and applies tour and flow states to them.

    Signals:
        actor_chosen(str): an actor was clicked or chosen from the keyboard.
    """

    actor_chosen = Signal(str)

    def __init__(self, network: SupplyNetwork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.scenario = network.scenario
        self.vocabulary = network.scenario.vocabulary
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.metrics = _Metrics.for_font(parent.font() if parent is not None else QApplication.font())
        self.actors: dict[str, ActorItem] = {}
        self.routes: dict[RouteKey, RouteItem] = {}
        self.markers: list[FlowMarkerItem] = []
        self.stage_labels: list[LabelItem] = []
        self.bands: list[tuple[RegionBandItem, LabelItem]] = []
        self.border_line: LabelItem | None = None
        self.columns = self._columns()
        self.column_of: dict[str, int] = {a: i for i, col in enumerate(self.columns) for a in col.actors}
        self.stage_index = 0
        self.explore = False
        self.selected: str | None = None
        self.hovered: str | None = None
        self.state: FlowState | None = None
        self._size = (800.0, 500.0)
        self._largest = 1.0
        self._phase = 0.35  # markers start spread along their routes, not piled at the ends
        self.markers_visible = True
        self._active_markers: list[FlowMarkerItem] = []
        for actor in self.scenario.actors:
            item = ActorItem(actor)
            item.own_band_colour = band_colour(self.vocabulary, region_group(self.vocabulary, actor.region)[0])
            self.actors[actor.id] = item
            self.addItem(item)
        for route in self.scenario.routes:
            route_item = RouteItem(route)
            self.routes[route.key] = route_item
            self.addItem(route_item)
        for stage in self.scenario.stages:
            label = LabelItem(stage.short_title)
            self.stage_labels.append(label)
            self.addItem(label)
        for band_group, name in self._band_names():
            band = RegionBandItem(band_group, name, band_colour(self.vocabulary, band_group))
            band_label = LabelItem(name)
            self.addItem(band)
            self.addItem(band_label)
            self.bands.append((band, band_label))

    # layout -------------------------------------------------------------------------------
    def _columns(self) -> list[_Column]:
        """One column per stage, split where routes run inside a stage (distributor -> street market),
        so every route reads left to right. Rows are ordered to keep routes from crossing."""
        depth: dict[str, int] = {}
        inner = [r for r in self.network.routes if self.network.actors[r.from_].stage == self.network.actors[r.to].stage]
        for actor_id in self.network.actor_ids:
            depth[actor_id] = 0
        for _ in range(len(inner)):  # longest path inside the stage (routes never loop)
            changed = False
            for route in inner:
                if depth[route.to] < depth[route.from_] + 1:
                    depth[route.to] = depth[route.from_] + 1
                    changed = True
            if not changed:
                break
        groups: dict[tuple[int, int], list[str]] = {}
        for actor in self.scenario.actors:
            groups.setdefault((self.network.stage_order[actor.stage], depth[actor.id]), []).append(actor.id)
        columns: list[_Column] = []
        position: dict[str, float] = {}
        for key in sorted(groups):
            ids = groups[key]

            def weight(actor_id: str, ids: list[str] = ids) -> tuple[int, float, int, int]:
                preds = [position[r.from_] for r in self.network.routes if r.to == actor_id and r.from_ in position]
                bary = sum(preds) / len(preds) if preds else 0.5
                actor = self.network.actors[actor_id]
                region = region_group(self.vocabulary, actor.region)[0]
                return (int(actor.latent), bary if columns else region, region, ids.index(actor_id))

            ids = sorted(ids, key=weight)
            for i, actor_id in enumerate(ids):
                position[actor_id] = (i + 0.5) / len(ids)
            regions = [region_group(self.vocabulary, self.network.actors[a].region) for a in ids]
            majority = max(regions, key=lambda g: (regions.count(g), -g[0]))
            columns.append(_Column(key[0], majority[0], tuple(ids), majority[1]))
        return columns

    def _band_names(self) -> list[tuple[int, str]]:
        runs: list[tuple[int, str]] = []
        for col in self.columns:
            if not runs or runs[-1][0] != col.group:
                runs.append((col.group, col.region_name))
        return runs

    def set_font(self, font: QFont) -> None:
        self.metrics = _Metrics.for_font(font)

    def is_minority(self, actor_id: str) -> bool:
        """An actor whose region differs from its column's band (marked with its own region tint)."""
        return region_group(self.vocabulary, self.network.actors[actor_id].region)[0] != self.columns[self.column_of[actor_id]].group

    def column_weight(self, column: _Column) -> float:
        """How much width a column gets: in the tour the current stage is widest and stages still
        to come keep only a narrow placeholder; exploring freely, all columns are equal."""
        if self.explore or not self.stage_has_actors(self.stage_index):
            return 1.0
        if column.stage_index == self.stage_index:
            return CURRENT_WEIGHT
        return EARLIER_WEIGHT if column.stage_index < self.stage_index else LATER_WEIGHT

    def layout_for(self, width: float, height: float) -> QRectF:
        """Place every item for a view of this size (in on-screen pixels); return the scene rect.

        If the names cannot be set at a readable size in that width or height, the layout grows
        beyond it and the view scales it down to fit (or the learner zooms and pans)."""
        self._size = (width, height)
        m = self.metrics
        fm = QFontMetricsF(m.node)
        char = fm.averageCharWidth()
        min_node_w = char * 10 + 14
        max_node_w = char * 22 + 14
        weights = [self.column_weight(c) for c in self.columns] or [1.0]
        # Only the columns in focus (weight 1) must keep names readable; the rest take what is left.
        unit = max(width / sum(weights), min_node_w / NODE_SHARE)
        widths = [unit * w for w in weights]
        lefts = [sum(widths[:i]) for i in range(len(widths))]
        total_w = sum(widths)
        headers: list[tuple[int, float, float]] = []  # stage index, left, right
        for s_index in range(len(self.scenario.stages)):
            cols = [i for i, c in enumerate(self.columns) if c.stage_index == s_index]
            if cols:
                headers.append((s_index, lefts[cols[0]], lefts[cols[-1]] + widths[cols[-1]]))
        header_texts = {s_index: self._stage_header(s_index, right - left) for s_index, left, right in headers}
        header_lines = max((t.count("\n") + 1 for t in header_texts.values()), default=1)
        header_h = QFontMetricsF(m.bold).height() * header_lines + 10
        band_runs: list[tuple[int, int]] = []  # first column, end column
        start = 0
        for i in range(1, len(self.columns) + 1):
            if i == len(self.columns) or self.columns[i].group != self.columns[start].group:
                band_runs.append((start, i))
                start = i
        bold = QFontMetricsF(m.bold)
        band_texts = [_fitted(self.bands[k][0].name, bold, sum(widths[i:j]) - 10) for k, (i, j) in enumerate(band_runs)]
        footer_h = QFontMetricsF(m.bold).height() * max((t.count("\n") + 1 for t in band_texts), default=1) + 10
        rows = max((len(c.actors) for c in self.columns), default=1)
        gap = max(8.0, m.line * 0.45)
        avail = max(height - header_h - footer_h, rows * (m.line * 2 + 10 + gap))
        total_h = avail + header_h + footer_h
        for i, col in enumerate(self.columns):
            node_w = min(max(widths[i] * NODE_SHARE, min(min_node_w, widths[i] - 16)), max_node_w)
            # Three lines where the column has the height for them and a name needs them.
            longest = max(len(node_label(self.network.actors[a], fm, node_w - 14, 3)) for a in col.actors)
            lines = 3 if longest > 2 and avail / len(col.actors) >= m.line * 3 + 10 + gap else 2
            node_h = m.line * lines + 10
            x = lefts[i] + (widths[i] - node_w) / 2
            pitch = min(avail / len(col.actors), node_h * 2.2)
            top = header_h + (avail - pitch * len(col.actors)) / 2
            for j, actor_id in enumerate(col.actors):
                y = top + j * pitch + (pitch - node_h) / 2
                self.actors[actor_id].set_geometry(QRectF(x, y, node_w, node_h), m, lines, self.is_minority(actor_id))
        for key, route_item in self.routes.items():
            a, b = self.actors[key[0]], self.actors[key[1]]
            same = self.column_of[key[0]] == self.column_of[key[1]]
            route_item.set_ends(a.out_anchor(), b.out_anchor() if same else b.in_anchor(), same)
            if route_item.label.text():
                route_item.label.set_style(m.small, GAINED if route_item.change == RouteItem.GAINED else LOST)
        for s_index, label in enumerate(self.stage_labels):
            label.setVisible(s_index in header_texts)
        for s_index, left, right in headers:
            label = self.stage_labels[s_index]
            label.set_text(header_texts[s_index])
            label.place(QPointF((left + right) / 2, header_h / 2))
        for k, (first, stop) in enumerate(band_runs):
            band, band_label = self.bands[k]
            rect = QRectF(lefts[first] + 2, header_h - 4, sum(widths[first:stop]) - 4, avail + footer_h)
            band.set_rect(rect)
            band_label.set_text(band_texts[k])
            band_label.set_style(m.bold, MUTED_INK)
            band_label.place(QPointF(rect.center().x(), total_h - footer_h / 2 - 2))
        self._apply_tour()
        self._apply_labels()
        self._apply_markers()
        rect = QRectF(0, 0, total_w, total_h)
        self.setSceneRect(rect)
        return rect

    def _stage_header(self, s_index: int, width: float) -> str:
        """ "3 · Production" where it fits; the number alone for a narrow column or a stage to come."""
        stage = self.scenario.stages[s_index]
        if not self.explore and s_index > self.stage_index:
            return str(s_index + 1)
        return _fitted(f"{s_index + 1} \u00b7 {stage.short_title}", QFontMetricsF(self.metrics.bold), width - 8) or str(s_index + 1)

    # tour ---------------------------------------------------------------------------------
    def set_tour(self, stage_index: int, explore: bool) -> None:
        self.stage_index = stage_index
        self.explore = explore
        self._apply_tour()
        self._apply_labels()
        self._apply_markers()

    def stage_has_actors(self, stage_index: int) -> bool:
        return any(c.stage_index == stage_index for c in self.columns)

    def is_revealed(self, actor_id: str) -> bool:
        if self.explore:
            return True
        return self.network.stage_order[self.network.actors[actor_id].stage] <= self.stage_index

    def _apply_tour(self) -> None:
        whole = self.explore or not self.stage_has_actors(self.stage_index)
        for actor_id, item in self.actors.items():
            s_index = self.network.stage_order[item.actor.stage]
            revealed = self.is_revealed(actor_id)
            current = whole or s_index == self.stage_index
            item.setVisible(revealed)
            item.set_tour_role(current)
            item.setOpacity(1.0 if current else 0.45)
            if not revealed and item.isSelected():
                item.setSelected(False)
        for key, route_item in self.routes.items():
            a, b = self.actors[key[0]], self.actors[key[1]]
            route_item.setVisible(a.isVisible() and b.isVisible())
            current = a.current_stage or b.current_stage
            route_item.setOpacity(1.0 if current else 0.5)
        for s_index, label in enumerate(self.stage_labels):
            if not self.stage_has_actors(s_index):
                continue
            revealed = self.explore or s_index <= self.stage_index
            label.setVisible(True)
            if s_index == self.stage_index and not whole:
                label.set_style(self.metrics.bold, GAINED)
            elif revealed:
                label.set_style(self.metrics.bold, INK)
            else:
                label.set_style(self.metrics.font, ROUTE_IDLE)

    # flows --------------------------------------------------------------------------------
    def set_flow_state(self, state: FlowState) -> None:
        """Set every route's target width, style and label and every actor's status."""
        self.state = state
        self._largest = max(state.baseline.route_flow.values(), default=1.0) or 1.0
        compare = state.changes is not None
        for key, route_item in self.routes.items():
            flow, base = state.flow.route_flow.get(key, 0.0), state.baseline.route_flow.get(key, 0.0)
            route_item.set_flow(flow, base, self._largest, compare, self.metrics)
            ends_waiting = any(self.network.actors[a].latent and a not in state.entered for a in key)
            route_item.set_faint(ends_waiting)
        for actor_id, item in self.actors.items():
            item.set_status(removed=actor_id in state.removed, entered=actor_id in state.entered, tooltip=self._tooltip(actor_id, state))
        self._apply_labels()
        self._apply_markers()

    def _apply_labels(self) -> None:
        """Show the "+n" / "−n" labels of the largest changes, and of the routes of the selected or
        hovered actor; nudge labels along their route so that they do not cover one another."""
        focus = {a for a in (self.selected, self.hovered) if a is not None}
        changed = [r for r in self.routes.values() if r.label.text() and r.isVisible()]
        shown: list[RouteItem] = []
        for kind in (RouteItem.GAINED, RouteItem.LOST):
            ranked = sorted((r for r in changed if r.change == kind), key=lambda r: (-abs(r.delta), r.key))
            shown += ranked[:LABELS_PER_KIND]
            shown += [r for r in ranked[LABELS_PER_KIND:] if focus & set(r.key)]
        placed: list[QRectF] = []
        for route_item in shown:
            for t in (0.5, 0.38, 0.62, 0.28, 0.72):
                route_item.place_label(t)
                rect = route_item.label.sceneBoundingRect()
                if not any(rect.intersects(other) for other in placed):
                    break
            else:
                route_item.place_label(0.5)
            placed.append(route_item.label.sceneBoundingRect())
        visible = set(map(id, shown))
        for route_item in self.routes.values():
            route_item.label.setVisible(id(route_item) in visible)

    def labelled_routes(self) -> list[RouteKey]:
        return [key for key, r in self.routes.items() if r.label.isVisible()]

    def set_progress(self, t: float) -> None:
        for route_item in self.routes.values():
            route_item.set_progress(t)

    def _tooltip(self, actor_id: str, state: FlowState) -> str:
        return state.tooltips.get(actor_id, self.network.actors[actor_id].name)

    # markers ------------------------------------------------------------------------------
    def _apply_markers(self) -> None:
        """One to three markers per visible route with flow; created lazily, reused."""
        wanted: list[tuple[RouteItem, float]] = []
        if self.state is not None:
            for route_item in self.routes.values():
                if not route_item.isVisible() or route_item.flow <= EPSILON:
                    continue
                count = 1 + int(2 * min(1.0, route_item.flow / self._largest) + 0.5)
                wanted.extend((route_item, k / count) for k in range(count))
        while len(self.markers) < len(wanted):
            marker = FlowMarkerItem(next(iter(self.routes.values())), 0.0)
            self.markers.append(marker)
            self.addItem(marker)
        for marker, target in zip(self.markers, wanted, strict=False):
            marker.route, marker.offset = target
            marker.setVisible(self.markers_visible)
            marker.setOpacity(target[0].opacity())
            marker.advance_to(self._phase)
        for marker in self.markers[len(wanted) :]:
            marker.setVisible(False)
        self._active_markers = self.markers[: len(wanted)]

    def set_markers_visible(self, visible: bool) -> None:
        self.markers_visible = visible
        for marker in self._active_markers:
            marker.setVisible(visible)

    def advance_markers(self, seconds: float) -> None:
        """Move every active marker along its route by ``seconds`` of travel."""
        self._phase = (self._phase + seconds * MARKER_SPEED) % 1.0
        for marker in self._active_markers:
            marker.advance_to(self._phase)

    # hover and selection --------------------------------------------------------------------
    def hover_actor(self, actor_id: str | None) -> None:
        if self.hovered and self.hovered in self.actors:
            self.actors[self.hovered].set_hovered(False)
        self.hovered = actor_id
        for key, route_item in self.routes.items():
            route_item.set_emphasis(None if actor_id is None else actor_id in key)
        if actor_id is not None:
            self.actors[actor_id].set_hovered(True)
        self._apply_labels()

    def choose_actor(self, actor_id: str) -> None:
        self.select(actor_id)
        self.actors[actor_id].setFocus(Qt.FocusReason.MouseFocusReason)
        self.actor_chosen.emit(actor_id)

    def select(self, actor_id: str | None) -> None:
        self.selected = actor_id
        for other_id, item in self.actors.items():
            want = other_id == actor_id
            if item.isSelected() != want:
                item.setSelected(want)
        self._apply_labels()

    def visible_actors(self) -> list[ActorItem]:
        """Revealed actors in reading order: column by column, top to bottom."""
        return [self.actors[a] for col in self.columns for a in col.actors if self.actors[a].isVisible()]


class NetworkView(QGraphicsView):
    """The network, fitted to the window; zoom with the wheel or +/−, pan by dragging, 0 to fit."""

    actor_selected = Signal(str)
    selection_cleared = Signal()
    actor_remove_requested = Signal(str)
    stage_step_requested = Signal(int)
    transition_finished = Signal()

    def __init__(self, network: SupplyNetwork, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network_scene = NetworkScene(network, self)
        self.setScene(self.network_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QBrush(QColor("#fbfcfd")))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName("Supply network")
        self.setMinimumSize(320, 220)
        self._zoom = 1.0
        self._fitted = True
        self.animations_enabled = True
        self._transition = QVariantAnimation(self)
        self._transition.setStartValue(0.0)
        self._transition.setEndValue(1.0)
        self._transition.setDuration(TRANSITION_MS)
        self._transition.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._marker_timer = QTimer(self)
        self._marker_timer.setInterval(MARKER_INTERVAL_MS)
        self._marker_clock = QElapsedTimer()
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self.markers_enabled = True
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.network_scene.actor_chosen.connect(self._on_actor_chosen)
        self._transition.valueChanged.connect(self._on_transition_value_changed)
        self._transition.finished.connect(self._on_transition_finished)
        self._marker_timer.timeout.connect(self._on_marker_tick)
        self._relayout_timer.timeout.connect(self.relayout)

    # items, for the window and the tests ----------------------------------------------------
    def actor_item(self, actor_id: str) -> ActorItem:
        return self.network_scene.actors[actor_id]

    def route_item(self, key: RouteKey) -> RouteItem:
        return self.network_scene.routes[key]

    def actor_items(self) -> Sequence[ActorItem]:
        return list(self.network_scene.actors.values())

    def route_items(self) -> Sequence[RouteItem]:
        return list(self.network_scene.routes.values())

    def stage_label(self, stage_index: int) -> LabelItem:
        return self.network_scene.stage_labels[stage_index]

    def region_labels(self) -> list[str]:
        return [label.text() for _band, label in self.network_scene.bands]

    @property
    def selected_actor(self) -> str | None:
        return self.network_scene.selected

    def _clear_focus(self) -> None:
        item = self.network_scene.focusItem()
        if item is not None:
            item.clearFocus()

    def focused_actor(self) -> str | None:
        item = self.network_scene.focusItem()
        return item.actor_id if isinstance(item, ActorItem) else None

    # state ----------------------------------------------------------------------------------
    def set_tour(self, stage_index: int, explore: bool) -> None:
        self.network_scene.set_tour(stage_index, explore)
        self.relayout()
        focus = self.network_scene.focusItem()
        if focus is not None and not focus.isVisible():
            self._clear_focus()

    def set_flow_state(self, state: FlowState, animate: bool = True) -> None:
        """Draw a new flow state; route widths move to it in under half a second."""
        self._transition.stop()
        self.network_scene.set_flow_state(state)
        if animate and self.animations_enabled and self.isVisible():
            self._transition.start()
        else:
            self.network_scene.set_progress(1.0)
            self.transition_finished.emit()

    def clear_selection(self) -> None:
        """Escape: no actor selected or focused."""
        self._clear_focus()
        self.network_scene.select(None)
        self.selection_cleared.emit()

    def select_actor(self, actor_id: str | None) -> None:
        self.network_scene.select(actor_id)
        if actor_id is not None and self.actor_item(actor_id).isVisible():
            self.ensureVisible(self.actor_item(actor_id), 20, 20)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Larger / smaller text reaches the view as its font: node labels follow it.
            self.network_scene.set_font(self.font())
            self._relayout_timer.start()

    def set_markers_enabled(self, enabled: bool) -> None:
        self.markers_enabled = enabled
        self.network_scene.set_markers_visible(enabled)
        self._update_marker_timer()

    def set_animations_enabled(self, enabled: bool) -> None:
        self.animations_enabled = enabled
        self._update_marker_timer()

    def _update_marker_timer(self) -> None:
        run = self.markers_enabled and self.animations_enabled and self.isVisible()
        if run and not self._marker_timer.isActive():
            self._marker_clock.start()
            self._marker_timer.start()
        elif not run:
            self._marker_timer.stop()

    # zoom, pan, fit -------------------------------------------------------------------------
    def relayout(self) -> None:
        self._relayout_timer.stop()
        size = self.viewport().size()
        rect = self.network_scene.layout_for(max(size.width(), 320), max(size.height(), 200))
        if self._fitted:
            self.fit_to_window(rect)

    def fit_to_window(self, rect: QRectF | None = None) -> None:
        rect = rect or self.network_scene.sceneRect()
        self._fitted = True
        self.resetTransform()
        view = self.viewport().rect()
        scale = min(1.0, view.width() / max(rect.width(), 1.0), view.height() / max(rect.height(), 1.0))
        self._zoom = scale
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def zoom_by(self, factor: float) -> None:
        new = min(4.0, max(0.25, self._zoom * factor))
        factor = new / self._zoom
        if abs(factor - 1.0) < 1e-6:
            return
        self._zoom = new
        self._fitted = False
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom_by(1.25)

    def zoom_out(self) -> None:
        self.zoom_by(0.8)

    @property
    def zoom(self) -> float:
        return self._zoom

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout_timer.start()  # once, after a burst of resizes and font changes

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self._update_marker_timer()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self._marker_timer.stop()

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.itemAt(event.position().toPoint()) is None:
            self.fit_to_window()
            return
        super().mouseDoubleClickEvent(event)

    # keyboard -------------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) and self.focused_actor() is None:
            items = self._current_actors()
            if items:
                self._focus(items[0] if event.reason() == Qt.FocusReason.TabFocusReason else items[-1])

    def _current_actors(self) -> list[ActorItem]:
        visible = self.network_scene.visible_actors()
        current = [item for item in visible if item.current_stage]
        return current or visible

    def _focus(self, item: ActorItem) -> None:
        self.network_scene.setFocusItem(item, Qt.FocusReason.TabFocusReason)
        self.ensureVisible(item, 20, 20)

    def focusNextPrevChild(self, next: bool) -> bool:
        items = self.network_scene.visible_actors()
        focused = self.focused_actor()
        if focused is None and self.hasFocus():
            current = self._current_actors()
            if current:
                self._focus(current[0] if next else current[-1])
                return True
        if focused is not None and items:
            ids = [item.actor_id for item in items]
            i = ids.index(focused) + (1 if next else -1)
            if 0 <= i < len(items):
                self._focus(items[i])
                return True
            self._clear_focus()
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        focused = self.focused_actor()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            if focused is None:
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                    self.stage_step_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
                else:
                    items = self._current_actors()
                    if items:
                        self._focus(items[0])
            else:
                self._move_focus(focused, key)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and focused is not None:
            self.network_scene.choose_actor(focused)
            event.accept()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            target = focused or self.selected_actor
            if target is not None:
                self.actor_remove_requested.emit(target)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.clear_selection()
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_to_window()
        else:
            super().keyPressEvent(event)

    def _move_focus(self, focused: str, key: int) -> None:
        scene = self.network_scene
        col = scene.column_of[focused]
        here = scene.actors[focused]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            ids = [a for a in scene.columns[col].actors if scene.actors[a].isVisible()]
            i = ids.index(focused) + (1 if key == Qt.Key.Key_Down else -1)
            if 0 <= i < len(ids):
                self._focus(scene.actors[ids[i]])
            return
        step = 1 if key == Qt.Key.Key_Right else -1
        c = col + step
        while 0 <= c < len(scene.columns):
            candidates = [scene.actors[a] for a in scene.columns[c].actors if scene.actors[a].isVisible()]
            if candidates:
                y = here.sceneBoundingRect().center().y()
                self._focus(min(candidates, key=lambda item: abs(item.sceneBoundingRect().center().y() - y)))
                return
            c += step

    # slots ----------------------------------------------------------------------------------
    def _on_actor_chosen(self, actor_id: str) -> None:
        self.actor_selected.emit(actor_id)

    def _on_transition_value_changed(self, value: object) -> None:
        self.network_scene.set_progress(float(value))  # type: ignore[arg-type]

    def _on_transition_finished(self) -> None:
        self.network_scene.set_progress(1.0)
        self.transition_finished.emit()

    def _on_marker_tick(self) -> None:
        elapsed = self._marker_clock.restart() / 1000.0
        self.network_scene.advance_markers(min(elapsed, 0.1))
