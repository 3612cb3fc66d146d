"""The network view: fitted to the window; zoom with the wheel or +/−, pan by dragging, 0 to fit; the keyboard
moves between actors; route widths move to a new flow state in under half a second (each step paints only
the moving routes, between layers of the still network drawn once per transition: ``ui.network.layers``) and
markers travel along active routes, at 30 frames a second, over a picture of the network drawn once per state
(``ui.network.frames``), and only while the window is shown and active. With animations off (reduced motion) the markers stand still.

Every Python override here (events, ``focusNextPrevChild``) is written so that no exception can
escape into Qt: on Python 3.11 an exception passing through such an override can crash the process.

Signals of ``NetworkView``:
    actor_selected(str): an actor was clicked or chosen with Enter.
    selection_cleared(): Escape pressed.
    actor_remove_requested(str): Delete pressed on an actor.
    stage_step_requested(int): Left/Right pressed while no actor has the keyboard focus, or PgUp/PgDn (a clicker's keys).
    transition_finished(): the animated change of flows has reached its end state.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEasingCurve, QEvent, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QBrush, QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from model.network import RouteKey, SupplyNetwork
from ui import theme
from ui.guard import guarded
from ui.lesson.picture import FlowPicture
from ui.lesson.session import Session
from ui.network.frames import FrameCache, MarkerClock, WindowWatcher
from ui.network.items import ActorItem
from ui.network.routes import RouteItem
from ui.network.scene import NetworkScene
from ui.network.text import LabelItem
from ui.network.zoom import ZoomingView

logger = logging.getLogger(__name__)

TRANSITION_MS = 450
ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)


class NetworkView(ZoomingView):
    """The network; see the module docstring."""

    actor_selected = Signal(str)
    selection_cleared = Signal()
    actor_remove_requested = Signal(str)
    stage_step_requested = Signal(int)
    transition_finished = Signal()
    contents_changed = Signal()  # other actors shown (a stage, exploring) or a new flow picture: for the accessible element

    def __init__(self, network: SupplyNetwork, parent: QWidget | None = None, weights: Mapping[RouteKey, float] | None = None) -> None:
        super().__init__(parent)
        self.network_scene = NetworkScene(network, self, weights)
        self.setScene(self.network_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setBackgroundBrush(QBrush(theme.current().qcolor("canvas")))
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAccessibleName(self.tr("Supply network"))
        self.setMinimumSize(320, 220)
        self.animations_enabled = True
        self._transition = QVariantAnimation(self)
        self._transition.setStartValue(0.0)
        self._transition.setEndValue(1.0)
        self._transition.setDuration(TRANSITION_MS)
        self._transition.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.markers_enabled = True
        self.frames = FrameCache(self)
        self._marker_timer = MarkerClock(self, self._markers_should_move, self._on_marker_tick)
        self._window_watcher = WindowWatcher(self, self._update_marker_timer)
        self._relayout_pending = True
        self._layout_size = QSize()
        self._relayout_timer = QTimer(self)
        self._relayout_timer.setSingleShot(True)
        self._relayout_timer.setInterval(0)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.network_scene.actor_chosen.connect(self._on_actor_chosen)
        self._transition.valueChanged.connect(self._on_transition_value_changed)
        self._transition.finished.connect(self._on_transition_finished)
        self._relayout_timer.timeout.connect(self.relayout)

    # items, for the window and the tests ----------------------------------------------------
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

    def _clear_focus(self) -> None:
        item = self.network_scene.focusItem()
        if item is not None:
            item.clearFocus()

    def focused_actor(self) -> str | None:
        """The actor with the keyboard focus, if it is shown."""
        item = self.network_scene.focusItem()
        return item.actor_id if isinstance(item, ActorItem) and item.isVisible() else None

    # state ----------------------------------------------------------------------------------
    def set_session(self, session: Session, relayout: bool) -> None:
        """Show the session's stage (``relayout``: the columns' widths changed with it)."""
        self.network_scene.set_session(session)
        if relayout:
            self.relayout()
        focus = self.network_scene.focusItem()
        if focus is not None and not focus.isVisible():
            self._clear_focus()
        self._state_changed()
        self.contents_changed.emit()

    def set_picture(self, picture: FlowPicture, animate: bool = True) -> None:
        """Draw a new flow picture; route widths move to it in under half a second."""
        self._transition.stop()
        if self.network_scene.set_picture(picture):
            self.relayout()  # actors of later stages that the change touched appear: they need room
        self._state_changed()
        self.contents_changed.emit()
        if animate and self.animations_enabled and self.isVisible():
            self.frames.begin_transition(self.network_scene.routes.values())
            self._transition.start()
        else:
            self.network_scene.set_progress(1.0)
            self.frames.end_transition()
            self.transition_finished.emit()

    def clear_selection(self) -> None:
        """Escape: no actor selected or focused."""
        self._clear_focus()
        self.network_scene.select(None)
        self.frames.invalidate()
        self.selection_cleared.emit()

    def select_actor(self, actor_id: str | None) -> None:
        self.network_scene.select(actor_id)
        self.frames.invalidate()
        if actor_id is not None and self.actor_item(actor_id).isVisible():
            self.ensureVisible(self.actor_item(actor_id), 20, 20)

    @guarded()
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Larger / smaller text reaches the view as its font: node labels follow it.
            self.network_scene.set_font(self.font())
            self._relayout_timer.start()

    def set_markers_enabled(self, enabled: bool) -> None:
        self.markers_enabled = enabled
        self.network_scene.set_markers_visible(enabled)
        self._state_changed()

    def set_animations_enabled(self, enabled: bool) -> None:
        """Off for reduced motion: markers stand still and new flows show at once (no transition)."""
        self.animations_enabled = enabled
        if not enabled and self._transition.state() == QVariantAnimation.State.Running:
            self._transition.stop()
            self._on_transition_finished()
        self._update_marker_timer()

    @property
    def transition_running(self) -> bool:
        return self._transition.state() != QVariantAnimation.State.Stopped  # paused (by a test or a benchmark) too

    @property
    def markers_moving(self) -> bool:
        return self._marker_timer.isActive()

    def _markers_should_move(self) -> bool:
        """Markers move only when someone can see them: shown, in the active, unminimised window."""
        if not (self.markers_enabled and self.animations_enabled and self.isVisible() and self.frames.markers()):
            return False
        window = self.window()
        handle = window.windowHandle()
        return window.isActiveWindow() and not window.isMinimized() and (handle is None or handle.isExposed())

    def _update_marker_timer(self) -> None:
        """Run or pause the markers for the view's and its window's state. Called from Qt's events
        (show, hide, the window's activation), so it lets no exception through."""
        try:
            self._window_watcher.watch(self.window() if self.isVisible() else None)
            self._marker_timer.check()
        except RuntimeError:  # the window is being torn down (its C++ side already gone)
            logger.debug("markers not updated: the window is closing", exc_info=True)
        except Exception:
            logger.exception("could not run or pause the flow markers")

    def _state_changed(self) -> None:
        """The view's state changed (markers too): a new picture for the next frame."""
        self.frames.invalidate()
        self._update_marker_timer()

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        # A frame from the kept picture while markers move; else the view paints itself and the
        # markers (standing still) go on top. Both catch their own exceptions.
        if self._relayout_pending:
            self.relayout()  # the first paint, or one straight after a resize: never draw a stale layout
        if not self.frames.paint(event, self._marker_timer.isActive()):
            super().paintEvent(event)
            self.frames.paint_markers()

    # zoom, pan, fit -------------------------------------------------------------------------
    def relayout(self) -> None:
        self._relayout_timer.stop()
        if not self.isVisible():
            self._relayout_pending = True  # laid out once shown, at its real size (not Qt's 640x480 default)
            return
        self._relayout_pending = False
        size = self.viewport().size()
        rect = self.network_scene.layout_for(max(size.width(), 320), max(size.height(), 200))
        bar = self.verticalScrollBar()
        if self._fitted and not bar.isVisible() and rect.height() * self.fit_scale(rect, size) > size.height() + 0.5:
            # The network needs more height than the view has: the scroll bar about to appear takes its
            # width from the viewport. Laid out again now for what will remain, not after the first paint.
            size = QSize(size.width() - bar.sizeHint().width(), size.height())
            rect = self.network_scene.layout_for(max(size.width(), 320), max(size.height(), 200))
        self._layout_size = size
        if self._fitted:
            self.fit_to_window(rect)
        self._state_changed()

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.viewport().size() != self._layout_size:
            self._relayout_pending = True
            self._relayout_timer.start()  # once, after a burst of resizes and font changes

    @guarded()
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if self._relayout_pending:
            self._relayout_timer.start()  # after the window's panes have their sizes, or at the first paint
        self._update_marker_timer()

    @guarded()
    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self._update_marker_timer()

    # keyboard -------------------------------------------------------------------------------
    @guarded()
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

    @guarded(False)
    def focusNextPrevChild(self, next: bool) -> bool:
        items = self.network_scene.visible_actors()
        ids = [item.actor_id for item in items]
        focused = self.focused_actor()
        if focused is None and self.hasFocus():
            current = self._current_actors()
            if current:
                self._focus(current[0] if next else current[-1])
                return True
        if focused is not None and focused in ids:
            i = ids.index(focused) + (1 if next else -1)
            if 0 <= i < len(items):
                self._focus(items[i])
                return True
            self._clear_focus()
        return QWidget.focusNextPrevChild(self, next)

    @guarded()
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key in ARROWS:
            self._on_arrow(key)
        elif not self._on_action_key(key):
            super().keyPressEvent(event)
            return
        event.accept()

    def _on_arrow(self, key: int) -> None:
        focused = self.focused_actor()
        if focused is not None:
            self._move_focus(focused, key)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.stage_step_requested.emit(-1 if key == Qt.Key.Key_Left else 1)
        else:
            items = self._current_actors()
            if items:
                self._focus(items[0])

    def _on_action_key(self, key: int) -> bool:
        """Enter, Delete, Escape and the zoom keys; False for any other key."""
        focused = self.focused_actor()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if focused is not None:
                self.network_scene.choose_actor(focused)
            return focused is not None
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            target = focused or self.selected_actor
            if target is not None:
                self.actor_remove_requested.emit(target)
        elif key == Qt.Key.Key_Escape:
            self.clear_selection()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):  # in the network these step the tour, as a clicker expects
            self.stage_step_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_to_window()
        elif key == Qt.Key.Key_9:
            self.overview()
        else:
            return False
        return True

    def _move_focus(self, focused: str, key: int) -> None:
        scene = self.network_scene
        col = scene.column_of[focused]
        here = scene.actors[focused]
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            ids = [a for a in scene.columns[col].actors if scene.actors[a].isVisible()]
            if focused not in ids:
                return
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
        self.frames.step_transition()

    def _on_transition_finished(self) -> None:
        self.network_scene.set_progress(1.0)
        self.frames.end_transition()
        self.transition_finished.emit()

    def _on_marker_tick(self, seconds: float = 1 / 30) -> None:
        self.network_scene.advance_markers(seconds)
        self.viewport().update()  # a frame: the kept picture and the markers in their new places
