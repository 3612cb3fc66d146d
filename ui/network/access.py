"""The network as a screen reader gets it: one accessible element per actor shown, in the order of the
stages, and a list of the routes that changed.

The network is drawn, not built from widgets, so Qt's accessibility sees one blank graphics view.
``NetworkAccessible`` (installed for every ``NetworkView`` through ``QAccessible.installFactory``)
gives it children: an ``ActorAccessible`` per shown actor (name with its state; kind, region, stage
and flow now and at the baseline as its description) and a ``ChangesAccessible`` list with a
``RouteAccessible`` per changed route. When the arrow keys move the keyboard focus between actors,
a focus event names the actor's element, so the screen reader follows; when other actors are shown
(a new stage, exploring freely) or other routes changed, an ObjectReorder event says that the list
changed. Every word comes from ``ui.lesson.spoken``.

The child elements are plain Python interfaces, registered once per view in Qt's accessibility cache
and removed from it when the view goes. Qt calls their methods from C++: each is guarded, so that no
exception reaches Qt.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QGraphicsItem

from model.network import RouteKey
from ui.guard import guarded
from ui.lesson.describe import Describer
from ui.lesson.picture import ActorPicture, ActorStatus, RoutePicture
from ui.lesson.spoken import Spoken
from ui.network.items import ActorItem

if TYPE_CHECKING:
    from ui.network.view import NetworkView

logger = logging.getLogger(__name__)

Role = QAccessible.Role
Text = QAccessible.Text


class _Element(QAccessibleInterface):
    """An element without a QObject of its own, inside the network's accessible tree."""

    def __init__(self, owner: NetworkAccessible) -> None:
        super().__init__()
        self.owner = owner
        self.alive = True

    @guarded(False)
    def isValid(self) -> bool:
        return self.alive and self.owner.alive

    @guarded()
    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    @guarded()
    def window(self) -> Any:
        return self.owner.window() if self.isValid() else None

    @guarded(list)
    def relations(self, match: Any = None) -> list[Any]:
        return []

    @guarded()
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    @guarded()
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    @guarded()
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    @guarded(0)
    def childCount(self) -> int:
        return 0

    @guarded(-1)
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    @guarded()
    def setText(self, kind: Any, text: str) -> None:
        return None

    @guarded(QAccessible.State)
    def state(self) -> QAccessible.State:
        """Read-only by default (the changes list and its routes); an actor says more."""
        state = QAccessible.State()
        state.readOnly = True
        return state

    @guarded()
    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.owner if self.isValid() else None


class ActorAccessible(_Element):
    """One actor of the network."""

    def __init__(self, owner: NetworkAccessible, actor_id: str) -> None:
        super().__init__(owner)
        self.actor_id = actor_id

    def _item(self) -> ActorItem:
        return self.owner.view.network_scene.actors[self.actor_id]

    def _picture(self) -> ActorPicture | None:
        picture = self.owner.view.network_scene.picture
        return picture.actors.get(self.actor_id) if picture is not None else None

    @guarded(str)
    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        actor = self._picture()
        status = actor.status if actor is not None else ActorStatus.ACTIVE
        if kind == Text.Name:
            return self.owner.spoken.actor_name(self.actor_id, status)
        if kind == Text.Description and actor is not None:
            month = self.owner.view.network_scene.picture.month if self.owner.view.network_scene.picture is not None else 0
            return self.owner.spoken.actor_description(actor, month)
        return ""

    @guarded(lambda: Role.ListItem)
    def role(self) -> QAccessible.Role:
        return Role.ListItem

    @guarded(QAccessible.State)
    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        if not self.isValid():
            state.invalid = True
            return state
        item = self._item()
        state.focusable = True
        state.selectable = True
        state.selected = item.isSelected()
        state.focused = self.owner.view.hasFocus() and self.owner.view.network_scene.focusItem() is item
        state.invisible = not item.isVisible()
        state.disabled = item.removed
        return state

    @guarded(QRect)
    def rect(self) -> QRect:
        return self.owner.item_rect(self._item()) if self.isValid() else QRect()


class RouteAccessible(_Element):
    """One changed route, inside the changes list."""

    def __init__(self, owner: NetworkAccessible, key: RouteKey) -> None:
        super().__init__(owner)
        self.key = key

    def _picture(self) -> RoutePicture | None:
        picture = self.owner.view.network_scene.picture
        return picture.routes.get(self.key) if picture is not None else None

    @guarded(str)
    def text(self, kind: QAccessible.Text) -> str:
        route = self._picture() if self.isValid() else None
        if route is None:
            return ""
        if kind == Text.Name:
            return self.owner.spoken.route_name(route)
        if kind == Text.Description:
            return self.owner.spoken.route_description(route)
        return ""

    @guarded(lambda: Role.ListItem)
    def role(self) -> QAccessible.Role:
        return Role.ListItem

    @guarded(QRect)
    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        return self.owner.item_rect(self.owner.view.network_scene.routes[self.key])

    @guarded()
    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.owner.changes if self.isValid() else None


class ChangesAccessible(_Element):
    """The routes that changed, largest change first: the last child of the network."""

    def _routes(self) -> list[RouteAccessible]:
        picture = self.owner.view.network_scene.picture
        if picture is None:
            return []
        return [self.owner.routes[route.key] for route in self.owner.spoken.changed_routes(picture) if route.key in self.owner.routes]

    @guarded(str)
    def text(self, kind: QAccessible.Text) -> str:
        if not self.isValid():
            return ""
        count = len(self._routes())
        if kind == Text.Name:
            return self.owner.spoken.changes_name(count)
        if kind == Text.Description:
            return self.owner.spoken.changes_description(count)
        return ""

    @guarded(lambda: Role.List)
    def role(self) -> QAccessible.Role:
        return Role.List

    @guarded(QRect)
    def rect(self) -> QRect:
        return self.owner.rect() if self.isValid() else QRect()

    @guarded(0)
    def childCount(self) -> int:
        return len(self._routes()) if self.isValid() else 0

    @guarded()
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        routes = self._routes() if self.isValid() else []
        return routes[index] if 0 <= index < len(routes) else None

    @guarded(-1)
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        routes = self._routes() if self.isValid() else []
        return next((i for i, route in enumerate(routes) if route is child), -1)


class NetworkAccessible(QAccessibleWidget):
    """The network view's accessible element: its actors in stage order, then the changes list."""

    def __init__(self, view: NetworkView) -> None:
        super().__init__(view, Role.List, view.accessibleName())
        self.view = view
        self.alive = True
        self.spoken = Spoken(Describer(view.network_scene.network))
        self.actors = {actor_id: ActorAccessible(self, actor_id) for actor_id in view.network_scene.actors}
        self.routes = {key: RouteAccessible(self, key) for key in view.network_scene.routes}
        self.changes = ChangesAccessible(self)
        elements: list[QAccessibleInterface] = [*self.actors.values(), *self.routes.values(), self.changes]
        ids = [QAccessible.registerAccessibleInterface(element) for element in elements]
        view.destroyed.connect(lambda _obj=None, ids=ids, elements=elements: _forget(ids, elements))
        view.network_scene.focusItemChanged.connect(self._on_focus_item_changed)
        self._children = self._children_key()
        view.contents_changed.connect(self._on_contents_changed)

    def _children_key(self) -> tuple[tuple[str, ...], tuple[RouteKey, ...]]:
        """The actors shown and the routes listed as changed, in their order."""
        picture = self.view.network_scene.picture
        changed = tuple(route.key for route in self.spoken.changed_routes(picture)) if picture is not None else ()
        return tuple(element.actor_id for element in self._shown()), changed

    def _on_contents_changed(self) -> None:
        """Other actors shown (a new stage, exploring freely) or other routes changed: tell the screen
        reader that the list changed (Qt's ObjectReorder: AT-SPI's children-changed, UI Automation's
        structure-changed), else it keeps reading the list it had."""
        try:
            if not self.alive:
                return
            shown, changed = key = self._children_key()
            if key == self._children:
                return
            if shown != self._children[0]:
                QAccessible.updateAccessibility(QAccessibleEvent(self.view, QAccessible.Event.ObjectReorder))
            if changed != self._children[1]:
                QAccessible.updateAccessibility(QAccessibleEvent(self.changes, QAccessible.Event.ObjectReorder))
            self._children = key
        except Exception:  # called from Qt: never let an exception through
            logger.exception("could not report the network's new elements")

    def _shown(self) -> list[ActorAccessible]:
        scene = self.view.network_scene
        shown = [actor_id for actor_id, item in scene.actors.items() if item.isVisible()]
        return [self.actors[actor_id] for actor_id in self.spoken.stage_order(shown)]

    def item_rect(self, item: QGraphicsItem) -> QRect:
        """An item's place on the screen."""
        box = self.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        return box.translated(self.view.viewport().mapToGlobal(QPoint(0, 0)))

    @guarded(str)
    def text(self, kind: QAccessible.Text) -> str:
        if kind == Text.Description and self.alive:
            scene = self.view.network_scene
            session = scene.session
            if session is not None:
                changed = len(self.spoken.changed_routes(scene.picture)) if scene.picture is not None else 0
                return self.spoken.network_description(session.stage, session.explore, len(self._shown()), changed)
        return str(super().text(kind))

    @guarded(0)
    def childCount(self) -> int:
        return len(self._shown()) + 1 if self.alive else 0

    @guarded()
    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        shown = self._shown() if self.alive else []
        if 0 <= index < len(shown):
            return shown[index]
        return self.changes if index == len(shown) and self.alive else None

    @guarded(-1)
    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if child is self.changes:
            return len(self._shown())
        return next((i for i, element in enumerate(self._shown()) if element is child), -1)

    @guarded()
    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        item = self.view.network_scene.focusItem()
        if isinstance(item, ActorItem) and item.isVisible() and self.view.hasFocus():
            return self.actors.get(item.actor_id)
        return None

    @guarded()
    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((element for element in self._shown() if element.rect().contains(x, y)), None)

    def _on_focus_item_changed(self, new: QGraphicsItem | None, _old: QGraphicsItem | None, _reason: Qt.FocusReason) -> None:
        """The arrow keys moved between actors: tell the screen reader which actor has the focus."""
        try:
            if isinstance(new, ActorItem) and self.alive:
                index = self.indexOfChild(self.actors[new.actor_id])
                if index >= 0:
                    event = QAccessibleEvent(self.view, QAccessible.Event.Focus)
                    event.setChild(index)
                    QAccessible.updateAccessibility(event)
        except Exception:  # called from Qt: never let an exception through
            logger.exception("could not report the focused actor")


def _forget(ids: list[int], elements: list[QAccessibleInterface]) -> None:
    """The view is gone: its elements leave Qt's accessibility cache (which deletes them)."""
    for element in elements:
        if isinstance(element, _Element):
            element.alive = False
            element.owner.alive = False
    for unique_id in ids:
        QAccessible.deleteAccessibleInterface(unique_id)


def network_interface(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    """The accessibility factory: the network view's own element; None for every other object."""
    try:
        from ui.network.view import NetworkView

        if isinstance(obj, NetworkView):
            return NetworkAccessible(obj)
    except Exception:  # called from Qt
        logger.exception("could not make the network's accessible element")
    return None


_installed: list[bool] = []


def install_factory() -> None:
    """Install the factory once per process, before any network view is asked for its element."""
    if not _installed:
        QAccessible.installFactory(network_interface)
        _installed.append(True)

