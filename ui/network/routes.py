"""The routes of the network drawing: ``RouteItem``, an arrow whose width follows the monthly flow, and
``FlowMarkerItem``, a dot travelling along an active route (drawn by the view, not the scene). They
draw the state the lesson layer decided (``ui.lesson.picture``); colours from ``ui.theme``.
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from model.network import RouteKey
from model.results import EPSILON
from model.scenario import Route
from ui import theme
from ui.guard import guarded
from ui.lesson.picture import RoutePicture, RouteState
from ui.network.text import LabelItem, Metrics
from ui.panels.widgets import plain_tooltip

SAMPLES = 8  # points per curve for markers and the arrow head
_CURVE_T = [k / SAMPLES for k in range(1, SAMPLES + 1)]  # along a curve: x close to linear in t,
_CURVE_S = [t * t * (3 - 2 * t) for t in _CURVE_T]  # y by smoothstep (a level start and end)
MIN_ROUTE_WIDTH = 1.5
MAX_ROUTE_WIDTH = 14.0


def route_width(flow: float, largest: float) -> float:
    """The pen width of a route carrying ``flow`` when the busiest baseline route carries ``largest``."""
    if flow <= EPSILON or largest <= EPSILON:
        return 1.2
    return MIN_ROUTE_WIDTH + (MAX_ROUTE_WIDTH - MIN_ROUTE_WIDTH) * min(1.0, flow / largest)


class RouteItem(QGraphicsItem):
    """A route between two actors: an arrow whose width follows the monthly flow it carries.

    It runs from a port on its sender's right side, through a waypoint in every column it crosses, to a
    port on its receiver's left side: curves in the gaps between columns, straight through a column.
    Four states read without colour as well: gained flow is a solid line with a light centre stripe,
    lost flow a dashed line, unchanged flow a plain solid line, a route not active yet a dotted line
    (a route with no flow at all is a hairline)."""

    NORMAL = "normal"
    GAINED = "gained"
    LOST = "lost"
    IDLE = "idle"
    WAITING = "waiting"
    _CHANGE: ClassVar[dict[RouteState, str]] = {
        RouteState.GAINED: GAINED,
        RouteState.LOST: LOST,
        RouteState.UNCHANGED: NORMAL,
        RouteState.IDLE: IDLE,
        RouteState.WAITING: WAITING,
    }

    def __init__(self, route: Route) -> None:
        super().__init__()
        self.route = route
        self.key: RouteKey = route.key
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._xs: list[float] = [0.0, 0.0]  # points along the route (curves sampled), for markers
        self._ys: list[float] = [0.0, 0.0]
        self._lengths: list[float] = [0.0, 1.0]
        self._gaps: list[tuple[QPointF, QPointF]] = []  # each curve between two columns: its start and end
        self._through: list[QPointF] = []  # the middle of each straight run through a column
        self.flow = 0.0
        self.width = route_width(0.0, 1.0)
        self._from_width = self.width
        self._to_width = self.width
        self.change = self.IDLE
        self.delta = 0.0
        self.faint = False
        self.dimmed = False
        self.context = False  # neither end in the stage in focus
        self.emphasis: bool | None = None
        self.label = LabelItem(boxed=True)  # a scene item of its own, above routes and markers (see NetworkScene)
        self.label.setZValue(40)
        self.setZValue(0)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    # geometry -----------------------------------------------------------------------------
    def set_path(self, knots: Sequence[QPointF]) -> None:
        """The route through its knots: start, (enter, leave) each column it crosses, end. Curves join a
        knot to the next across a gap, straight lines cross a column."""
        self.prepareGeometryChange()
        path = QPainterPath(knots[0])
        points = [(k.x(), k.y()) for k in knots]
        xs, ys = [points[0][0]], [points[0][1]]
        self._gaps = []
        self._through = []
        for i in range(len(points) - 1):
            (ax, ay), (bx, by) = points[i], points[i + 1]
            if i % 2 == 0:  # a gap: an S-curve with level ends
                mx = (ax + bx) * 0.5
                path.cubicTo(mx, ay, mx, by, bx, by)
                dx, dy = bx - ax, by - ay
                xs.extend([ax + dx * t for t in _CURVE_T])
                ys.extend([ay + dy * s for s in _CURVE_S])
                self._gaps.append((QPointF(ax, ay), QPointF(bx, by)))
            else:  # through a column, level
                path.lineTo(bx, by)
                xs.append(bx)
                ys.append(by)
                self._through.append(QPointF((ax + bx) / 2, ay))
        self._path = path
        self._xs, self._ys = xs, ys
        self._lengths = list(itertools.accumulate(map(math.hypot, _steps(xs), _steps(ys)), initial=0.0))
        self._update_head()

    def gap_spots(self) -> list[QPointF]:
        """Where a label may sit on this route: along each curve between columns, middle first, then
        where it runs through a column between actors."""
        spots: list[QPointF] = []
        for fraction in (0.5, 0.35, 0.65, 0.22, 0.78, 0.12, 0.88):
            for a, b in self._gaps:
                dx = (b.x() - a.x()) * 0.5
                spots.append(_cubic(a, QPointF(a.x() + dx, a.y()), QPointF(b.x() - dx, b.y()), b, fraction))
        return spots + [QPointF(p) for p in self._through]

    def _update_head(self) -> None:
        if len(self._xs) < 2:
            return
        end, before = QPointF(self._xs[-1], self._ys[-1]), QPointF(self._xs[-2], self._ys[-2])
        angle = math.atan2(end.y() - before.y(), end.x() - before.x()) if end != before else 0.0
        size = max(9.0, self.width * 1.5)
        back = QPointF(end.x() - size * math.cos(angle), end.y() - size * math.sin(angle))
        normal = QPointF(-math.sin(angle) * size * 0.55, math.cos(angle) * size * 0.55)
        self._head = QPolygonF([QPointF(end), back + normal, back - normal])

    def point_at(self, t: float) -> QPointF:
        """A point along the route (0 = start, 1 = end, by length; other values wrap around)."""
        t = min(max(t, 0.0), 1.0) if t in (0.0, 1.0) else t % 1.0
        total = self._lengths[-1]
        xs, ys = self._xs, self._ys
        if total <= 0:
            return QPointF(xs[0], ys[0])
        goal = t * total
        i = bisect.bisect_left(self._lengths, goal)
        if i <= 0:
            return QPointF(xs[0], ys[0])
        if i >= len(self._lengths):
            return QPointF(xs[-1], ys[-1])
        span = self._lengths[i] - self._lengths[i - 1]
        f = (goal - self._lengths[i - 1]) / span if span > 0 else 0.0
        return QPointF(xs[i - 1] + (xs[i] - xs[i - 1]) * f, ys[i - 1] + (ys[i] - ys[i - 1]) * f)

    # state --------------------------------------------------------------------------------
    def set_picture(self, picture: RoutePicture, largest: float, metrics: Metrics) -> None:
        """Set the target flow, the state and the change label the lesson layer decided."""
        self.flow = picture.flow
        self._from_width = self.width
        self._to_width = route_width(picture.flow, largest)
        self.change = self._CHANGE[picture.state]
        self.faint = picture.state is RouteState.WAITING
        self.delta = picture.delta if picture.label else 0.0
        self.label.set_text(picture.label)
        self.restyle_label(metrics)
        self.label.setVisible(False)  # the scene shows the labels, where they fit
        self.setToolTip(plain_tooltip(picture.tooltip))
        self._restack()

    def restyle_label(self, metrics: Metrics) -> None:
        if not self.label.text():
            return
        colours = theme.current()
        if self.change == self.GAINED:
            self.label.set_style(metrics.small, colours.qcolor("accent"), QPen(colours.qcolor("accent"), 1.5))
        else:
            self.label.set_style(metrics.small, colours.qcolor("warning_text"), QPen(colours.qcolor("warning"), 1.5, Qt.PenStyle.DashLine))

    @property
    def moves(self) -> bool:
        """Whether its drawn width still has to move to the target (a transition is under way or due)."""
        return abs(self._to_width - self._from_width) > 1e-9 and abs(self.width - self._to_width) > 1e-9

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
            self._restack()

    def set_dimmed(self, dimmed: bool) -> None:
        """Drawn faint, under the routes that changed (the change is what the learner should see)."""
        if dimmed != self.dimmed:
            self.dimmed = dimmed
            self._restack()

    def set_context(self, context: bool) -> None:
        """Away from the stage in focus: an unchanged route is drawn faint there."""
        if context != self.context:
            self.context = context
            self.update()

    @property
    def subdued(self) -> bool:
        """Drawn faint: unchanged after a change, away from the stage in focus, or another actor hovered.
        Gained and lost flow never is: the change is what the learner should see."""
        changed = self.change in (self.GAINED, self.LOST)
        return not changed and (self.dimmed or self.emphasis is False or self.context)

    def _restack(self) -> None:
        changed = self.change in (self.GAINED, self.LOST)
        self.setZValue(6 if self.emphasis else 3 if changed else 0)
        self.update()

    def pen(self) -> QPen:
        """The pen the route is drawn with now (its width follows the flow)."""
        return self.pen_for(self.change, self.width, faint=self.subdued)

    @classmethod
    def pen_for(cls, change: str, width: float, faint: bool = False) -> QPen:
        """The pen of a route in a state (the legend draws its samples with it too). Faint is lighter, in
        the idle colour, which still stands out from the bands (3:1): it keeps its width and its dashes."""
        colours = theme.current()
        if change == cls.GAINED:
            pen = QPen(colours.qcolor("accent"), width, Qt.PenStyle.SolidLine)
        elif change == cls.LOST:
            pen = QPen(colours.qcolor("warning"), max(width, 2.0), Qt.PenStyle.DashLine)
        elif change == cls.WAITING:
            pen = QPen(colours.qcolor("route_idle"), max(width, 1.6), Qt.PenStyle.DotLine)
        elif change == cls.IDLE:
            pen = QPen(colours.qcolor("route_idle"), 1.0, Qt.PenStyle.SolidLine)
        else:
            pen = QPen(colours.qcolor("route"), width, Qt.PenStyle.SolidLine)
        if faint:
            pen.setColor(colours.qcolor("route_idle"))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen

    @classmethod
    def paint_sample(cls, painter: QPainter, change: str, start: QPointF, end: QPointF, width: float) -> None:
        """A short stretch of route in a state, as the network draws it (for the legend)."""
        pen = cls.pen_for(change, width)
        painter.setPen(pen)
        painter.drawLine(start, end)
        if change == cls.GAINED and width >= 3.0:
            stripe = QPen(theme.current().qcolor("paper", 230), max(1.0, width * 0.28))
            stripe.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(stripe)
            painter.drawLine(start, end)

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        margin = max(self.width, 12.0) + 4
        return self._path.boundingRect().adjusted(-margin, -margin, margin, margin)

    @guarded(QPainterPath)
    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(max(self.width, 6.0))
        return stroker.createStroke(self._path)

    @guarded()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = self.pen()
        if self.emphasis:
            painter.setPen(QPen(theme.current().qcolor("accent", 70), pen.widthF() + 8))  # a glow: the route stays visible without it
            painter.drawPath(self._path)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if self.change == self.GAINED and self.width >= 3.0:
            stripe = QPen(theme.current().qcolor("paper", 230), max(1.0, self.width * 0.28))
            stripe.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(stripe)
            painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(self._head)


def _steps(values: list[float]) -> list[float]:
    """The differences between neighbours."""
    return [b - a for a, b in itertools.pairwise(values)]


def _cubic(a: QPointF, b: QPointF, c: QPointF, d: QPointF, t: float) -> QPointF:
    u = 1.0 - t
    k0, k1, k2, k3 = u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t
    return QPointF(k0 * a.x() + k1 * b.x() + k2 * c.x() + k3 * d.x(), k0 * a.y() + k1 * b.y() + k2 * c.y() + k3 * d.y())


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
