"""The region bands and the actors of the network drawing.

``RegionBandItem`` is the tinted geography behind the columns; ``ActorItem`` one actor. Items draw the
state they are given (``ui.lesson.picture``); they decide nothing about flows. Their colours come
from ``ui.theme``; their tooltips are plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QGraphicsSceneMouseEvent, QStyleOptionGraphicsItem, QWidget

from model.scenario import Actor
from ui import theme
from ui.guard import guarded
from ui.lesson.picture import ActorPicture, ActorStatus
from ui.network.text import Metrics, node_label
from ui.panels.widgets import plain_tooltip


class RegionBandItem(QGraphicsItem):
    """A tinted vertical band behind the columns of one region band, named at its foot."""

    def __init__(self, band: int, name: str, colour: str) -> None:
        super().__init__()
        self.band = band
        self.name = name
        self.given = colour  # drawn in the current theme's tone of it
        self._rect = QRectF()
        self.setZValue(-10)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def set_rect(self, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._rect

    @guarded()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.current().band_tone(self.given)))
        painter.drawRoundedRect(self._rect, 10, 10)


class ActorItem(QGraphicsItem):
    """One actor: a rounded box with its name. Selectable, focusable, hoverable.

    Removed actors are struck out; latent entrants are dashed, their names in italics, until they enter.
    Actors of other stages than the one in focus are drawn at the opacity the scene gives them; their
    state marks (removed, selected, hovered, focused) at full strength, so that they keep their contrast."""

    def __init__(self, actor: Actor, own_band: str) -> None:
        super().__init__()
        self.actor = actor
        self.actor_id = actor.id
        self._rect = QRectF(0, 0, 120, 40)
        self._lines: list[str] = [actor.name]
        self._font = QFont()
        self._minority = False
        self.own_band = own_band  # the colour of its own region's band, for the tab of a minority actor
        self.removed = False
        self.entered = not actor.latent
        self.current_stage = True
        self.fade = 1.0  # the opacity of its outline and name: less than 1 away from the stage in focus
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

    def set_geometry(self, rect: QRectF, metrics: Metrics, lines: int = 2, minority: bool = False) -> None:
        """Place the box; ``minority`` marks an actor whose region differs from its band's."""
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.setPos(rect.topLeft())
        self._font = metrics.node
        self._minority = minority
        self._lines = node_label(self.actor, QFontMetricsF(metrics.node), rect.width() - 14, lines)

    def set_picture(self, picture: ActorPicture) -> None:
        self.removed = picture.status is ActorStatus.REMOVED
        self.entered = picture.status is ActorStatus.ACTIVE or not self.actor.latent
        self.setToolTip(plain_tooltip(picture.tooltip))
        self.update()

    def set_tour_role(self, current: bool, fade: float = 1.0) -> None:
        self.current_stage = current
        self.fade = fade
        self.update()

    def set_hovered(self, hovered: bool) -> None:
        self._hovered = hovered
        self.update()

    def box(self) -> QRectF:
        """The actor's box in scene coordinates (without the room its focus ring and halo paint in)."""
        return self.mapRectToScene(self._rect)

    def in_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(0, self._rect.height() / 2))

    def out_anchor(self) -> QPointF:
        return self.mapToScene(QPointF(self._rect.width(), self._rect.height() / 2))

    @guarded(QRectF)
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-7, -7, 7, 7)

    @guarded(QPainterPath)
    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 8, 8)
        return path

    def _colours(self) -> tuple[QColor, QColor, QColor, float, Qt.PenStyle]:
        """Edge, fill and text colours, edge width and style for the actor's state."""
        colours = theme.current()
        edge, fill, text = colours.qcolor("node_edge"), colours.qcolor("paper"), colours.qcolor("ink")
        width, style = (2.5 if self.current_stage else 1.5), Qt.PenStyle.SolidLine
        if self.is_latent_waiting:
            style, edge, fill, text = (
                Qt.PenStyle.DashLine,
                colours.qcolor("waiting_ink"),
                colours.qcolor("paper", colours.waiting_fill_alpha),
                colours.qcolor("waiting_ink"),
            )
        if self.removed:
            fill, edge, text = colours.qcolor("removed_fill"), colours.qcolor("warning"), colours.qcolor("muted_ink")
        if self._hovered:
            edge, width = colours.qcolor("accent"), max(width, 3.0)
        if self.isSelected():
            edge, width = colours.qcolor("accent"), 3.5
        return edge, fill, text, width, style

    @guarded()
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self._rect
        colours = theme.current()
        edge, fill, text, width, style = self._colours()
        whole = painter.opacity()
        painter.setOpacity(whole * (1.0 if self.removed or self.isSelected() or self._hovered else self.fade))
        if self.isSelected():
            painter.setPen(QPen(colours.qcolor("accent", 90), 9))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(QPen(edge, width, style))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)
        if self._minority and not self.removed:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.band_mark(self.own_band)))
            painter.drawRoundedRect(QRectF(rect.left() + 3, rect.top() + 3, 7, rect.height() - 6), 3, 3)
        font = QFont(self._font)
        font.setStrikeOut(self.removed)
        font.setItalic(self.is_latent_waiting)
        painter.setFont(font)
        painter.setPen(text)
        painter.drawText(rect.adjusted(6, 2, -6, -2), Qt.AlignmentFlag.AlignCenter, "\n".join(self._lines))
        if self.removed:
            pen = QPen(colours.qcolor("warning"), 3)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            inset = rect.adjusted(4, 4, -4, -4)
            painter.drawLine(inset.topLeft(), inset.bottomRight())
            painter.drawLine(inset.bottomLeft(), inset.topRight())
        if self.hasFocus():
            painter.setOpacity(whole)
            painter.setPen(QPen(colours.qcolor("focus"), 2.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-5, -5, 5, 5), 10, 10)
        painter.setOpacity(whole)

    @guarded()
    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = self.scene()
        if hasattr(scene, "hover_actor"):
            scene.hover_actor(self.actor_id)
        super().hoverEnterEvent(event)

    @guarded()
    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        scene = self.scene()
        if hasattr(scene, "hover_actor"):
            scene.hover_actor(None)
        super().hoverLeaveEvent(event)

    @guarded()
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # Selection is exclusive and handled by the scene so that one click always means one actor.
        if event.button() == Qt.MouseButton.LeftButton:
            scene = self.scene()
            if hasattr(scene, "choose_actor"):
                scene.choose_actor(self.actor_id)
            event.accept()
            return
        super().mousePressEvent(event)

    @guarded()
    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    @guarded()
    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
