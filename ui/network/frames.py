"""Cheap frames for the network view: the network drawn once per state, the flow markers over it.

Redrawing every route, actor and label to move a few dots cost most of a core in software
rendering. So while the markers move, ``FrameCache`` keeps what the view shows *without* the
markers in a pixmap, and a frame is that pixmap copied and the markers drawn on top (as small
pre-drawn dots). The pixmap is thrown away whenever the picture may have changed:

- the scene reports a change: any item moved, restyled, shown or hidden (a new flow picture, a step
  of a transition, a tour stage, a selection or hover highlight, a new layout for a new size or text
  size, new colours). The scene reports (from the event loop) before the view repaints the change,
  so no frame shows the old picture. (Code that changes items and repaints at once, with no event
  loop in between, must let the scene report first: ``QCoreApplication.sendPostedEvents(scene)``;
  asking for that inside a paint would make Qt repaint recursively.);
- the view's transform (zoom, pan, scroll), size, pixel ratio or background differ from the pixmap's;
- the view says so (its state-changing methods call ``invalidate()``, also for changes the scene has
  not reported yet, e.g. before a synchronous grab).

While route widths move after a change (the transition), frames come from ``TransitionLayers``
(``ui.network.layers``) instead: the still network drawn once per transition below and above the
moving routes, which are painted anew each step; the scene's reports of those steps do not throw the
layers away, any other change does.

Markers pass under actors and labels (they are clipped out of their boxes), so a moving dot never
covers a name or a number. While the markers stand still (reduced motion, a paused window) the view
paints as usual and the markers are drawn over it, with no pixmap kept.

``MarkerClock`` runs the markers at a steady 30 frames a second while it is worth it: the view is
shown, its window is not minimised and is the active one, and motion is wanted. ``WindowWatcher``
tells it when the window's state changes.

Every method called from a Qt virtual (``paint``, ``eventFilter``) keeps exceptions out of Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QPoint, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPixmap, QRegion
from PySide6.QtWidgets import QWidget

from ui import theme
from ui.guard import guarded
from ui.network.items import ActorItem
from ui.network.layers import TransitionLayers
from ui.network.routes import FlowMarkerItem, RouteItem
from ui.network.text import LabelItem

if TYPE_CHECKING:
    from ui.network.view import NetworkView

logger = logging.getLogger(__name__)

FRAME_INTERVAL_MS = 33  # 30 frames a second: smooth for dots this small, half the work of 60
FAINT = 0.35  # a marker's opacity on a faint route
FrameKey = tuple[object, ...]


class FrameCache:
    """The view's picture without markers, kept while it stays valid; markers drawn over it."""

    def __init__(self, view: NetworkView) -> None:
        self.view = view
        self.enabled = True  # False: every frame paints the whole network (for comparisons in tests)
        self.builds = 0  # how many times the picture was rendered (for tests and benchmarks)
        self._pixmap: QPixmap | None = None
        self._key: FrameKey | None = None
        self._clip: QRegion | None = None
        self._sprites: dict[tuple[object, ...], QPixmap] = {}
        self.layers = TransitionLayers()
        view.network_scene.changed.connect(self._on_scene_changed)

    def markers(self) -> list[FlowMarkerItem]:
        """The markers shown now (the scene hides the ones it has no route for)."""
        return [marker for marker in self.view.network_scene.markers if marker.isVisible()]

    def _covers(self) -> list[QRectF]:
        """Where markers pass under something (scene rects): every shown actor and label, so that a
        moving marker never covers a name or a number."""
        covers = []
        for item in self.view.network_scene.items():
            if isinstance(item, ActorItem) and item.isVisible():
                covers.append(item.mapRectToScene(item.shape().boundingRect()))
            elif isinstance(item, LabelItem) and item.isVisible() and item.text():
                covers.append(item.sceneBoundingRect())
        return covers

    # validity -----------------------------------------------------------------------------
    def invalidate(self) -> None:
        """The picture may have changed: render it again for the next frame, and repaint it all."""
        self._pixmap = None
        self._clip = None
        self.layers.drop()
        self.view.viewport().update()

    # transitions --------------------------------------------------------------------------
    def begin_transition(self, routes: Iterable[RouteItem]) -> None:
        """Route widths start moving: frames from layers drawn once, the moving routes over them."""
        self.layers.begin(routes)
        self.invalidate()

    def step_transition(self) -> None:
        """The moving routes changed width: a new frame, over the same layers."""
        if not self._layered():  # e.g. nothing moves: as for any change
            self.invalidate()
            return
        self._pixmap = None  # the whole picture (markers' frames) no longer shows the routes as they are
        self.layers.note_positions()
        self.view.viewport().update()

    def end_transition(self) -> None:
        """The last step: the next frame is drawn whole, exactly the final state."""
        self.layers.end()
        self.invalidate()

    def _layered(self) -> bool:
        return self.enabled and self.layers.active and self.view.transition_running

    def _on_scene_changed(self, regions: list[QRectF]) -> None:
        # An empty report changes nothing on screen; a report of moving routes alone is a step of
        # the transition, which the layers draw.
        if regions and not (self._layered() and self.layers.only_steps(regions)):
            self.invalidate()

    def _current_key(self) -> FrameKey:
        view = self.view
        t = view.viewportTransform()
        size = view.viewport().size()
        return (
            size.width(),
            size.height(),
            view.viewport().devicePixelRatioF(),
            round(t.m11(), 6),
            round(t.m12(), 6),
            round(t.m21(), 6),
            round(t.m22(), 6),
            round(t.dx(), 3),
            round(t.dy(), 3),
            view.backgroundBrush().color().rgba(),
        )

    @property
    def valid(self) -> bool:
        return self._pixmap is not None and self._key == self._current_key()

    # painting -----------------------------------------------------------------------------
    @guarded(False)
    def paint(self, event: QPaintEvent, moving: bool) -> bool:
        """Paint a frame from the kept picture if markers are moving; False when the view should
        paint itself (the markers are then drawn by ``paint_markers``). Never raises."""
        try:
            if self._layered():
                self._paint_layered(event)
                return True
            if not moving:
                self._pixmap = None  # nothing to keep while nothing moves
                return False
            if not self.enabled:
                return False
            if not self.valid:
                self._build()
                if event.region() != QRegion(self.view.viewport().rect()):
                    # e.g. after a scroll Qt asks only for the uncovered strip: the rest moved with it,
                    # markers too, so the next frame redraws everything from the new picture.
                    self.view.viewport().update()
            assert self._pixmap is not None
            painter = QPainter(self.view.viewport())
            try:
                painter.drawPixmap(QPoint(0, 0), self._pixmap)  # Qt copies only the region asked for
                self._draw_markers(painter)
            finally:
                painter.end()
        except Exception:  # never into Qt: a frame missed is better than a crash
            logger.exception("could not paint a frame of the network")
        return True

    def _paint_layered(self, event: QPaintEvent) -> None:
        """A step of a transition: layers, moving routes, markers (moving or standing still)."""
        painter = QPainter(self.view.viewport())
        try:
            built = self.layers.draw_frame(painter, self.view, self._current_key())
            self._draw_markers(painter)
        finally:
            painter.end()
        if built and event.region() != QRegion(self.view.viewport().rect()):
            self.view.viewport().update()  # as in paint(): the rest of the viewport from the new layers too

    def paint_markers(self) -> None:
        """Draw the markers over what the view has just painted itself. Never raises."""
        try:
            if not self.markers():
                return
            painter = QPainter(self.view.viewport())
            try:
                self._draw_markers(painter)
            finally:
                painter.end()
        except Exception:
            logger.exception("could not draw the flow markers")

    def _build(self) -> None:
        """Render what the view shows, without markers, into a pixmap of the viewport's size."""
        view = self.view
        viewport = view.viewport()
        ratio = viewport.devicePixelRatioF()
        size = viewport.size()
        pixmap = QPixmap(QSize(round(size.width() * ratio), round(size.height() * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(view.backgroundBrush().color())  # opaque, so each frame copies it without blending
        painter = QPainter(pixmap)
        try:
            painter.setRenderHints(view.renderHints())
            whole = QRectF(0, 0, size.width(), size.height())
            view.render(painter, whole, whole.toRect(), Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.end()
        self._pixmap = pixmap
        self._key = self._current_key()
        self._clip = None
        self.builds += 1

    def _marker_clip(self) -> QRegion:
        """The viewport less every actor's and label's box: markers pass under them."""
        if self._clip is None:
            view = self.view
            region = QRegion(view.viewport().rect())
            for rect in self._covers():
                region -= QRegion(view.mapFromScene(rect).boundingRect())
            self._clip = region
        return self._clip

    def _draw_markers(self, painter: QPainter) -> None:
        markers = self.markers()
        if not markers:
            return
        t = self.view.viewportTransform()
        sx, sy, dx, dy = t.m11(), t.m22(), t.dx(), t.dy()
        painter.setClipRegion(self._marker_clip(), Qt.ClipOperation.IntersectClip)
        ratio = self.view.viewport().devicePixelRatioF()
        for marker in markers:
            sprite = self._sprite(marker, sx, ratio)
            half = sprite.width() / ratio / 2
            p = marker.position
            painter.drawPixmap(QPointF(p.x() * sx + dx - half, p.y() * sy + dy - half), sprite)

    def _sprite(self, marker: FlowMarkerItem, scale: float, ratio: float) -> QPixmap:
        """A marker's dot, drawn once for its colour, opacity and the zoom. Markers on a route drawn
        faint (unchanged by the last change, or away from the hovered actor) are faint too."""
        route = marker.route
        opacity = marker.opacity * (FAINT if route.subdued else 1.0)
        key = (theme.current().name, marker.gained, round(opacity, 2), round(scale, 3), ratio)
        sprite = self._sprites.get(key)
        if sprite is None:
            if len(self._sprites) > 64:  # zooming makes new sizes; keep a few
                self._sprites.clear()
            sprite = _draw_dot(marker.gained, opacity, FlowMarkerItem.RADIUS * scale, ratio)
            self._sprites[key] = sprite
        return sprite


def _draw_dot(gained: bool, opacity: float, radius: float, ratio: float) -> QPixmap:
    colours = theme.current()
    edge = 1.5 * radius / FlowMarkerItem.RADIUS
    side = 2 * (radius + edge) + 2
    pixmap = QPixmap(QSize(max(1, round(side * ratio)), max(1, round(side * ratio))))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setOpacity(opacity)
    painter.setPen(QPen(colours.qcolor("paper"), edge))
    painter.setBrush(QColor(colours.qcolor("accent") if gained else colours.qcolor("marker")))
    centre = pixmap.width() / ratio / 2
    painter.drawEllipse(QPointF(centre, centre), radius, radius)
    painter.end()
    return pixmap


class MarkerClock(QObject):
    """Moves the markers at 30 frames a second while ``wanted()`` says so; ``check()`` re-asks."""

    def __init__(self, parent: QObject, wanted: Callable[[], bool], step: Callable[[float], None]) -> None:
        super().__init__(parent)
        self._wanted = wanted
        self._step = step
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a steady rate, not one rounded to the coarse timer's slack
        self._timer.setInterval(FRAME_INTERVAL_MS)
        self._clock = QElapsedTimer()
        self._timer.timeout.connect(self._on_timeout)

    def isActive(self) -> bool:  # named as the QTimer it replaces
        return self._timer.isActive()

    def check(self) -> None:
        run = self._wanted()
        if run and not self._timer.isActive():
            self._clock.start()
            self._timer.start()
        elif not run and self._timer.isActive():
            self._timer.stop()

    def _on_timeout(self) -> None:
        if not self._wanted():  # a state change the watcher missed: stop rather than draw unseen frames
            self._timer.stop()
            return
        self._step(min(self._clock.restart() / 1000.0, 0.1))


class WindowWatcher(QObject):
    """Calls back when the watched window is shown, hidden, minimised, restored, activated or deactivated."""

    EVENTS = frozenset(
        {
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.WindowStateChange,
            QEvent.Type.WindowActivate,
            QEvent.Type.WindowDeactivate,
            QEvent.Type.ActivationChange,
        }
    )

    def __init__(self, parent: QObject, changed: Callable[[], None]) -> None:
        super().__init__(parent)
        self._changed = changed
        self._window: QWidget | None = None

    def watch(self, window: QWidget | None) -> None:
        if window is self._window:
            return
        if self._window is not None and shiboken6.isValid(self._window):  # not when it is being torn down
            self._window.removeEventFilter(self)
        self._window = window
        if window is not None:
            window.installEventFilter(self)

    @guarded(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        try:
            if event.type() in self.EVENTS:
                # After Qt has handled it, so that isActiveWindow() and isMinimized() tell the new state.
                QTimer.singleShot(0, self, self._changed)
        except Exception:
            logger.exception("could not follow the window's state")
        return False
