"""The network in the lab: the explorer's ``NetworkView`` showing one plan's month, and rings around
the actors of the smallest stopping set.

A ring is a child of its actor's item, so it follows the actor wherever the layout puts it; it draws
in the theme's ``stopping_ring`` colour with the actor's number in the set. The view itself is the
explorer's, unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from model.network import SupplyNetwork
from model.simulation import Assessment
from ui import theme
from ui.guard import guarded
from ui.lesson.describe import Describer
from ui.lesson.picture import picture
from ui.lesson.session import Session
from ui.network.items import ActorItem
from ui.network.view import NetworkView

RING_GAP = 3.0
BADGE = 22.0


class RingItem(QGraphicsItem):
    """A thick ring around an actor, with a numbered tab."""

    def __init__(self, actor: ActorItem, number: int) -> None:
        super().__init__(actor)
        self.actor = actor
        self.number = number
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)  # behind the actor's box, its name stays clear
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def _ring(self) -> QRectF:
        box = self.actor.boundingRect().adjusted(6, 6, -6, -6)  # the box without its own halo room
        return box.adjusted(-RING_GAP, -RING_GAP, RING_GAP, RING_GAP)

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._ring().adjusted(-BADGE - 4, -4, BADGE + 4, 4)

    @guarded()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        colours = theme.current()
        colour = colours.qcolor("stopping_ring")
        ring = self._ring()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ring, 10, 10)
        # The number sits on the ring's left edge: actors stacked in a column never hide each other's.
        badge = QRectF(ring.left() - BADGE / 2 - 2, ring.center().y() - BADGE / 2, BADGE, BADGE)
        scene = self.scene()
        if scene is not None and self.mapToScene(badge.topLeft()).x() < scene.sceneRect().left():
            badge.moveLeft(ring.right() - BADGE / 2 + 2)  # the first column: on the right edge, not cut off
        # The number in ink on paper, inside the ring's colour: it reads in every profile.
        painter.setPen(QPen(colour, 2.5))
        painter.setBrush(colours.qcolor("paper"))
        painter.drawEllipse(badge)
        painter.setPen(QPen(colours.qcolor("ink"), 1.5))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.number))


class LabNetwork(NetworkView):
    """The whole network (every stage), one plan's month, and optionally the stopping set ringed."""

    def __init__(self, network: SupplyNetwork, describer: Describer, parent: QWidget | None = None) -> None:
        super().__init__(network, parent)
        self.describer = describer
        self.rings: list[RingItem] = []
        self.set_session(Session(network, explore=True), relayout=True)
        self.set_markers_enabled(False)  # a still picture: the lab compares, the explorer animates

    def show_assessment(self, assessment: Assessment, month: int) -> None:
        self.set_picture(picture(self.describer, assessment, month), animate=False)

    def ring(self, actors: Sequence[str]) -> None:
        """Ring these actors (numbered in order) and bring them into view; any earlier rings go."""
        for item in self.rings:
            self.network_scene.removeItem(item)
        self.rings = [RingItem(self.actor_item(a), i + 1) for i, a in enumerate(actors)]
        self.frames.invalidate()  # the view keeps a picture of its scene: the rings are new in it
        self.show_ringed()

    def show_ringed(self) -> None:
        """Every ringed actor in view: centred on them, smaller only as far as they need."""
        if not self.rings:
            return
        rect = self.rings[0].sceneBoundingRect()
        for item in self.rings[1:]:
            rect = rect.united(item.sceneBoundingRect())
        rect = rect.adjusted(-30, -30, 30, 30)
        view = self.viewport().rect()
        fits = min(view.width() / max(rect.width(), 1.0), view.height() / max(rect.height(), 1.0))
        if fits < self.zoom:
            self.zoom_by(fits / self.zoom)
        self.centerOn(rect.center())

    def relayout(self) -> None:
        super().relayout()
        self.show_ringed()  # a new size lays the network out again: the rings stay in view

    def ringed(self) -> list[str]:
        return [r.actor.actor_id for r in self.rings]
