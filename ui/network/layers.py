"""Cheap frames while route widths move: the still network drawn once per transition, in two layers.

For the half second after a change, the routes whose flow changed grow or shrink. Rendering the whole
network for every step of that (every route, actor and label) cost 20-60 ms a frame in software.
So when a transition starts, ``TransitionLayers`` draws what does not move, once, into two pixmaps
of the viewport's size:

- below: the background, the region bands and every still item stacked at or under the lowest
  moving route (in practice the routes that keep their width);
- above: every still item stacked over the highest moving route (actors, labels, headers, a
  highlighted route), on a transparent pixmap.

A step of the transition is then: the lower pixmap copied, the moving routes (and any still item
stacked between them) painted at their current width, the upper pixmap laid over them where it has
something. Stacking is kept, with one difference: a moving route is drawn over a still route of the
same level even where the whole scene would put the still one on top; what moved is what the learner
should see (issue 8, "focus on what moved"). The transition's last frame is a full render of the
final state (the view drops the layers when the transition ends), so what stays on screen is exactly
the final state's picture.

The layers are dropped, and drawn again for the next frame, when anything but a moving route
changes: the scene reports a rectangle that none of the moving routes has had in this transition
(a hover, a selection, a new layout...), or the view's transform, size or background changed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QRegion, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QStyleOptionGraphicsItem

from ui.network.routes import RouteItem

RectKey = tuple[float, float, float, float]


def _rect_key(rect: QRectF) -> RectKey:
    return (round(rect.x(), 3), round(rect.y(), 3), round(rect.width(), 3), round(rect.height(), 3))


def paint_items(painter: QPainter, items: Sequence[QGraphicsItem], view_transform: QTransform, clip: QRect) -> None:
    """Paint scene items (top-level, no effects) as the view would, in the order given, skipping
    those entirely outside ``clip`` (viewport pixels)."""
    option = QStyleOptionGraphicsItem()
    for item in items:
        transform = item.deviceTransform(view_transform)
        bounds = item.boundingRect()
        if not transform.mapRect(bounds).toAlignedRect().intersects(clip):
            continue
        option.exposedRect = bounds
        option.rect = bounds.toAlignedRect()
        painter.save()
        painter.setTransform(transform)
        painter.setOpacity(item.effectiveOpacity())
        item.paint(painter, option, None)
        painter.restore()


class TransitionLayers:
    """The still network of one transition, below and above its moving routes; see the module docstring."""

    def __init__(self) -> None:
        self.routes: list[RouteItem] = []  # the routes whose width moves in this transition
        self.builds = 0  # how many times the layers were drawn (for tests and benchmarks)
        self._seen: set[RectKey] = set()  # every rectangle a moving route has had in this transition
        self._below: QPixmap | None = None
        self._above: QPixmap | None = None
        self._above_region = QRegion()
        self._middle: list[QGraphicsItem] = []
        self._key: object = None

    @property
    def active(self) -> bool:
        return bool(self.routes)

    def begin(self, routes: Iterable[RouteItem]) -> None:
        """A transition starts: these routes (those whose width will move) are painted every step."""
        self.routes = [route for route in routes if route.isVisible() and route.moves]
        self._seen = set()
        self.note_positions()
        self.drop()

    def end(self) -> None:
        self.routes = []
        self._seen = set()
        self.drop()

    def drop(self) -> None:
        """Draw the layers again for the next frame."""
        self._below = self._above = None
        self._middle = []
        self._key = None

    def note_positions(self) -> None:
        """After a step: remember where the moving routes are, to tell their reports from other changes."""
        for route in self.routes:
            self._seen.add(_rect_key(route.sceneBoundingRect()))

    def only_steps(self, regions: Iterable[QRectF]) -> bool:
        """Whether every rectangle the scene reported is one of a moving route (a step, nothing else)."""
        return self.active and all(_rect_key(rect) in self._seen for rect in regions)

    def valid_for(self, key: object) -> bool:
        return self._below is not None and self._key == key

    def draw_frame(self, painter: QPainter, view: QGraphicsView, key: object) -> bool:
        """Paint a step of the transition; True when the layers had to be drawn for it."""
        built = not self.valid_for(key)
        if built:
            self._build(view, key)
        assert self._below is not None and self._above is not None
        painter.drawPixmap(QPoint(0, 0), self._below)
        painter.setRenderHints(view.renderHints())
        paint_items(painter, self._middle, view.viewportTransform(), view.viewport().rect())
        painter.save()
        painter.setClipRegion(self._above_region, Qt.ClipOperation.IntersectClip)  # compose only where it has something
        painter.drawPixmap(QPoint(0, 0), self._above)
        painter.restore()
        return built

    def _build(self, view: QGraphicsView, key: object) -> None:
        scene = view.scene()
        moving = set(self.routes)
        z_low = min(route.zValue() for route in self.routes)
        z_high = max(route.zValue() for route in self.routes)
        below: list[QGraphicsItem] = []
        above: list[QGraphicsItem] = []
        self._middle = []
        viewport = view.viewport()
        transform = view.viewportTransform()
        clip = viewport.rect()
        # What the viewport shows (with a margin a moving route may grow into), in stacking order, bottom first.
        shown = view.mapToScene(clip.adjusted(-40, -40, 40, 40)).boundingRect()
        for item in scene.items(shown, Qt.ItemSelectionMode.IntersectsItemBoundingRect, Qt.SortOrder.AscendingOrder):
            if not item.isVisible():
                continue
            if item in moving or z_low < item.zValue() <= z_high:
                self._middle.append(item)
            elif item.zValue() <= z_low:
                below.append(item)
            else:
                above.append(item)
        self._below = self._pixmap(view, view.backgroundBrush().color())
        self._above = self._pixmap(view, Qt.GlobalColor.transparent)
        for pixmap, items in ((self._below, below), (self._above, above)):
            painter = QPainter(pixmap)
            try:
                painter.setRenderHints(view.renderHints())
                paint_items(painter, items, transform, clip)
            finally:
                painter.end()
        region = QRegion()
        for item in above:
            region += QRegion(item.deviceTransform(transform).mapRect(item.boundingRect()).toAlignedRect().adjusted(-1, -1, 1, 1))
        self._above_region = region & QRegion(clip)
        self._key = key
        self.builds += 1

    @staticmethod
    def _pixmap(view: QGraphicsView, fill: QColor | Qt.GlobalColor) -> QPixmap:
        viewport = view.viewport()
        ratio = viewport.devicePixelRatioF()
        size = viewport.size()
        pixmap = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(fill)
        return pixmap
