"""The visible focus: a ring around whichever control has the keyboard focus, in every window of the app.

Qt's styles mark focus faintly or not at all (none on a filled button, the stage list, the slider),
and a stylesheet border on a button in the theme's accent vanishes on an accent-filled button. So
one ring, drawn the same way for every control: ``WIDTH`` pixels in the theme's focus colour, a
``GAP`` away from the control's edge, on the background around it, against which the theme keeps it
at 3:1 or more (``ui.contrast``). The network view is left out: it rings the focused actor itself.

The ring is a small transparent widget beside the control (in the control's parent, or the nearest
ancestor with room around it; never outside the scrolled content of a scroll area, so that it
scrolls with the control) that lets every mouse event through.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsView, QMenu, QMenuBar, QSplitter, QWidget

from ui import theme
from ui.guard import guarded

logger = logging.getLogger(__name__)

WIDTH = 2.5  # at least 2 px (WCAG 2.4.13)
GAP = 2  # between the control and its ring, so that the ring stands out from a filled button
OUTSET = GAP + 3  # the ring's widget reaches this far beyond the control


def _ringed(widget: QWidget | None) -> bool:
    """Controls that get the ring: not the network (it rings its actor), menus, or a popup."""
    if widget is None or not shiboken6.isValid(widget) or isinstance(widget, QGraphicsView | QMenu | QMenuBar):
        return False
    popup = (widget.window().windowFlags() & Qt.WindowType.Popup) == Qt.WindowType.Popup
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not popup


def _host(control: QWidget) -> QWidget | None:
    """Where the ring goes: the control's parent, or the nearest ancestor with room for it around the
    control; never past scrolled content, a splitter (which would take the ring as a pane) or a window."""
    host = control.parentWidget()
    while host is not None:
        ring = QRect(control.mapTo(host, control.rect().topLeft()), control.size()).adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET)
        parent = host.parentWidget()
        stop = (
            host.rect().contains(ring)
            or host.isWindow()
            or parent is None
            or isinstance(parent, QSplitter)
            or isinstance(parent.parentWidget(), QAbstractScrollArea)  # host is a scroll area's viewport or content
            or isinstance(parent, QAbstractScrollArea)
        )
        if stop:
            return host
        host = parent
    return None


class Ring(QWidget):
    """The ring around one control; follows it as it moves, resizes, hides or goes away."""

    def __init__(self, control: QWidget, host: QWidget) -> None:
        super().__init__(host)
        self.control = control
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")
        control.installEventFilter(self)
        self.place()

    def place(self) -> None:
        control, host = self.control, self.parentWidget()
        if not shiboken6.isValid(control) or host is None or not host.isAncestorOf(control):
            self.hide()  # the control went elsewhere (its panel rebuilt); the next focus change moves the ring
            return
        top_left = control.mapTo(host, control.rect().topLeft())
        self.setGeometry(QRect(top_left, control.size()).adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET))
        self.setVisible(control.isVisible())
        self.raise_()

    def release(self) -> None:
        if shiboken6.isValid(self.control):
            self.control.removeEventFilter(self)
        self.hide()
        self.deleteLater()

    @guarded(False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.ParentChange):
            self.place()
        return False

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(theme.current().qcolor("focus"), WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = (OUTSET - GAP) / 2 + 0.25
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 6, 6)
        painter.end()


class FocusRings(QObject):
    """Puts the ring around the control that has the focus, in any window of the application."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ring: Ring | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    @property
    def control(self) -> QWidget | None:
        """The control the ring is around (None: no ring)."""
        ring = self.ring
        return ring.control if ring is not None and shiboken6.isValid(ring) and shiboken6.isValid(ring.control) else None

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            self.follow(new if _ringed(new) else None)
        except RuntimeError:  # a widget torn down while the focus moved: no ring then
            logger.debug("no focus ring: the widget is gone", exc_info=True)

    def follow(self, control: QWidget | None) -> None:
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.release()
        self.ring = None
        host = _host(control) if control is not None else None
        if control is not None and host is not None:
            self.ring = Ring(control, host)


def focus_rings() -> FocusRings:
    """The application's one ``FocusRings`` (made the first time): one ring in the whole app, however
    many windows come and go (a ring per window would leave a second ring on a control)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the focus ring needs a QApplication"
    existing = app.findChild(FocusRings)
    if isinstance(existing, FocusRings):
        return existing
    return FocusRings(app)
