"""The routes of the network drawing: ``RouteItem``, an arrow whose width follows the monthly flow, and
``FlowMarkerItem``, a dot travelling along an active route (drawn by the view, not the scene). They
draw the state the lesson layer decided (``ui.lesson.picture``); colours from ``ui.theme``.
"""

from __future__ import annotations

import math
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from model.flow import EPSILON
from model.network import RouteKey
from model.scenario import Route
from ui import theme
from ui.lesson.picture import RoutePicture, RouteState
from ui.network.text import LabelItem, Metrics
from ui.panels.widgets import plain_tooltip

MIN_ROUTE_WIDTH = 1.5
MAX_ROUTE_WIDTH = 14.0


def route_width(flow: float, largest: float) -> float:
    """The pen width of a route carrying ``flow`` when the busiest baseline route carries ``largest``."""
    if flow <= EPSILON or largest <= EPSILON:
        return 1.2
    return MIN_ROUTE_WIDTH + (MAX_ROUTE_WIDTH - MIN_ROUTE_WIDTH) * min(1.0, flow / largest)


class RouteItem(QGraphicsItem):
    """A route between two actors: an arrow whose width follows the monthly flow it carries.

    Routes that gained flow against the baseline are solid and blue with a "+n" label; routes that
    lost flow are dashed and orange-red with a "−n" label, so the difference reads without colour."""

    NORMAL = "normal"
    GAINED = "gained"
    LOST = "lost"
    IDLE = "idle"
    _CHANGE: ClassVar[dict[RouteState, str]] = {
        RouteState.GAINED: GAINED,
        RouteState.LOST: LOST,
        RouteState.UNCHANGED: NORMAL,
        RouteState.IDLE: IDLE,
        RouteState.WAITING: IDLE,
    }

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
    def set_picture(self, picture: RoutePicture, largest: float, metrics: Metrics) -> None:
        """Set the target flow, the state and the change label the lesson layer decided."""
        colours = theme.current()
        self.flow = picture.flow
        self._from_width = self.width
        self._to_width = route_width(picture.flow, largest)
        self.change = self._CHANGE[picture.state]
        self.faint = picture.state is RouteState.WAITING
        self.delta = picture.delta if picture.label else 0.0
        self.label.set_text(picture.label)
        if self.change == self.GAINED:
            self.label.set_style(metrics.small, colours.qcolor("accent"), QPen(colours.qcolor("accent"), 1.5))
        elif self.change == self.LOST:
            self.label.set_style(metrics.small, colours.qcolor("warning"), QPen(colours.qcolor("warning"), 1.5, Qt.PenStyle.DashLine))
        self.label.setVisible(False)  # the scene shows the labels that matter most
        self.setToolTip(plain_tooltip(picture.tooltip))
        self.update()

    def restyle_label(self, metrics: Metrics) -> None:
        if self.label.text():
            colours = theme.current()
            self.label.set_style(metrics.small, colours.qcolor("accent" if self.change == self.GAINED else "warning"))

    def set_progress(self, t: float) -> None:
        """Move the drawn width from where it was toward the target (t from 0 to 1)."""
        width = self._from_width + (self._to_width - self._from_width) * t
        if abs(width - self.width) > 1e-9 or t >= 1.0:
            self.prepareGeometryChange()
            self.width = self._to_width if t >= 1.0 else width
            self._update_head()
            self.update()

    def set_emphasis(self, emphasis: bool | None) -> None:
        if emphasis != self.emphasis:
            self.emphasis = emphasis
            self.setZValue(5 if emphasis else 0)
            self.update()

    def pen(self) -> QPen:
        """The pen the route is drawn with now (its width follows the flow)."""
        colours = theme.current()
        if self.change == self.GAINED:
            pen = QPen(colours.qcolor("accent"), self.width, Qt.PenStyle.SolidLine)
        elif self.change == self.LOST:
            pen = QPen(colours.qcolor("warning"), max(self.width, 2.0), Qt.PenStyle.DashLine)
        elif self.change == self.IDLE:
            pen = QPen(colours.qcolor("route_idle"), self.width, Qt.PenStyle.DotLine)
        else:
            pen = QPen(colours.qcolor("route"), self.width, Qt.PenStyle.SolidLine)
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
            painter.setPen(QPen(theme.current().qcolor("accent", 70), pen.widthF() + 8))
            painter.drawPath(self._path)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(self._head)


class FlowMarkerItem:
    """A dot travelling along an active route, showing which way and how much the trade flows.

    Not a scene item: the view draws the markers over its picture of the network, which it renders
    once per state (``ui.network.frames``), so that moving them repaints no route, actor or label."""

    RADIUS = 4.5

    def __init__(self, route: RouteItem, offset: float) -> None:
        self.route = route
        self.offset = offset
        self.position = QPointF()
        self.opacity = 1.0
        self._visible = True

    # isVisible / setVisible / setOpacity are named as a scene item's, so the scene handles markers as items.
    def isVisible(self) -> bool:
        return self._visible

    def setVisible(self, visible: bool) -> None:
        self._visible = visible

    def setOpacity(self, opacity: float) -> None:
        self.opacity = opacity

    def advance_to(self, phase: float) -> None:
        self.position = self.route.point_at(phase + self.offset)

    @property
    def gained(self) -> bool:
        return self.route.change == RouteItem.GAINED
