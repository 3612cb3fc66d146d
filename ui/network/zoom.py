"""Zoom, pan and fit for the network view: fitted to the window at the learner's text size (shaved by
at most a few percent; beyond that the view pans to the stage in focus), the whole network on request,
the wheel and +/− to zoom, a double click on the background to switch between fitted and whole.

``ZoomingView`` is the network view's base class; it needs the view's scene (``network_scene``) and
its selection (``selected_actor``, ``actor_item``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ui.guard import guarded
from ui.network.items import ActorItem
from ui.network.scene import NetworkScene

MIN_FIT = 0.94  # fitting the window may shave this much at most; beyond it the view pans, names stay readable


class ZoomingView(QGraphicsView):
    """Fit, overview, zoom and the stage in focus; see the module docstring."""

    network_scene: NetworkScene

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zoom = 1.0
        self._fitted = True
        self._focus_key: tuple[object, ...] = ()
        self._centre = QPointF()

    @property
    def selected_actor(self) -> str | None:
        return self.network_scene.selected

    def actor_item(self, actor_id: str) -> ActorItem:
        return self.network_scene.actors[actor_id]

    @staticmethod
    def fit_scale(rect: QRectF, view: QSize) -> float:
        """The scale that fits ``rect`` in a viewport of this size, shaving at most 1 - MIN_FIT."""
        return max(MIN_FIT, min(1.0, view.width() / max(rect.width(), 1.0), view.height() / max(rect.height(), 1.0)))

    def fit_to_window(self, rect: QRectF | None = None) -> None:
        """The network at the learner's text size, shaved by at most a few percent to fit; where it
        still needs more room, the view pans to the stage in focus."""
        rect = rect or self.network_scene.sceneRect()
        self._fitted = True
        self.resetTransform()
        scale = self.fit_scale(rect, self.viewport().size())
        self._zoom = scale
        self.scale(scale, scale)
        scene = self.network_scene
        key = (scene.stage_index, scene.explore)
        if key != self._focus_key:  # a new stage: show it; a new size or font: keep where the learner looked
            self._focus_key = key
            self.show_focus()
        else:
            self.centerOn(self._centre)
            # The columns may have moved (wider gaps for new labels, larger text): keep the actor the
            # learner is working on in view, not just the point they looked at.
            selected = self.selected_actor
            if selected is not None and self.actor_item(selected).isVisible():
                self.ensureVisible(self.actor_item(selected), 20, 20)

    def overview(self) -> None:
        """The whole network in the window, however small (the learner asked for it)."""
        rect = self.network_scene.sceneRect()
        view = self.viewport().rect()
        scale = min(1.0, view.width() / max(rect.width(), 1.0), view.height() / max(rect.height(), 1.0))
        self._fitted = False
        self.resetTransform()
        self._zoom = scale
        self.scale(scale, scale)
        self.centerOn(rect.center())

    def show_focus(self) -> None:
        """Bring the stage in focus into view (and the selected actor), when the network is larger than the view."""
        scene = self.network_scene
        cols = scene.layout.columns_of_stage(scene.stage_index) if not scene.explore else []
        rects = [scene.column_rects[c] for c in cols if c < len(scene.column_rects)]
        room_h = self.viewport().height() / self._zoom
        top = scene.sceneRect().top() + room_h / 2
        if rects:
            focus = rects[0]
            for r in rects[1:]:
                focus = focus.united(r)
            self.centerOn(focus.center().x(), top)  # the stage in focus, from the top of its column
        else:
            self.centerOn(scene.sceneRect().center().x(), top)
        if self.selected_actor is not None and self.actor_item(self.selected_actor).isVisible():
            self.ensureVisible(self.actor_item(self.selected_actor), 20, 20)

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

    @guarded()
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._centre = self.mapToScene(self.viewport().rect().center())

    @guarded()
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    @guarded()
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if self.itemAt(event.position().toPoint()) is None:
            self.overview() if self._fitted else self.fit_to_window()
            return
        super().mouseDoubleClickEvent(event)

