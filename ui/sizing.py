"""Text size and the share of the window each pane gets, so that everything stays readable.

``TextSizing`` is a part of ``MainWindow`` (a mixin). The learner's text scale (A+ / A−, remembered
between sessions) multiplies a factor that grows with the window (1 at 1280x720, up to 1.35 on a
large screen), so a full-screen projector picture reads as well as a small one.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QAction, QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar

from ui import theme
from ui.guard import guarded
from ui.panels.impact import ImpactStrip
from ui.panels.stages import StageColumn
from ui.settings import TEXT_SCALES, remember_text_scale

MIN_WIDTH, MIN_HEIGHT = 960, 540
MAX_WINDOW_FACTOR = 1.35


def window_factor(width: int, height: int) -> float:
    """How much larger text is in a window of this size: 1 at 1280x720, up to 1.35 on a large screen."""
    width, height = max(width, MIN_WIDTH), max(height, MIN_HEIGHT)
    return round(min(MAX_WINDOW_FACTOR, max(1.0, min(width / 1280, height / 720) ** 0.45)), 2)


class TextSizing(QMainWindow):
    """Scales every text (widgets, node labels, the chart) and fits the panes and toolbars."""

    base_points: float
    text_scale: float
    _window_factor: float = 1.0
    _toolbar_break: bool = False
    store: QSettings | None
    larger_action: QAction
    smaller_action: QAction
    previous_action: QAction
    next_action: QAction
    explore_action: QAction
    toolbar: QToolBar
    change_bar: QToolBar
    stage_title: QLabel
    stage_column: StageColumn
    top_splitter: QSplitter
    main_splitter: QSplitter
    impact: ImpactStrip

    def start_at(self, size: QSize | None) -> None:
        """Take the size the window will be shown at before its text is first scaled (``None``: Qt's
        default, until the first resize): the text is styled for that window once, instead of once for
        the default size and again, all of it, at the first resize on a large screen."""
        if size is not None:
            self.resize(size)
            self._window_factor = window_factor(size.width(), size.height())

    def set_text_scale(self, scale: float) -> None:
        """Scale every text: widgets, node labels, chart (Ctrl+= / Ctrl+-); remembered for next time."""
        self.text_scale = scale
        if not getattr(self, "presenting", False):  # presentation mode's larger text is for its time only
            remember_text_scale(self.store, scale)
        self._apply_text_size()
        self.larger_action.setEnabled(scale < TEXT_SCALES[-1])
        self.smaller_action.setEnabled(scale > TEXT_SCALES[0])

    @property
    def effective_text_scale(self) -> float:
        return self.text_scale * self._window_factor

    def _apply_text_size(self) -> None:
        scale = self.effective_text_scale
        font = QFont(self.font())
        font.setPointSizeF(self.base_points * scale)
        self.setFont(font)
        self.setStyleSheet(theme.stylesheet(theme.current(), scale, self.base_points))  # the view follows its font
        self._text_size_changed(scale)
        self._fit_panes()

    def _text_size_changed(self, scale: float) -> None:
        """For the window: widgets that size their own text (the chart, the stage title)."""

    def _size_factor(self) -> float:
        return window_factor(self.width(), self.height())

    def _step_text_scale(self, step: int) -> None:
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - self.text_scale))
        index = max(0, min(len(TEXT_SCALES) - 1, index + step))
        self.set_text_scale(TEXT_SCALES[index])

    def _fit_panes(self) -> None:
        """Share the window between list, network and panel so all three stay readable."""
        width = max(self.width(), MIN_WIDTH)
        em = self.base_points * self.effective_text_scale * 1.35
        left = int(min(max(em * 10, width * 0.1), width * 0.18))
        side = int(min(max(em * 19, width * 0.24), width * 0.34))
        self.top_splitter.setSizes([left, max(300, width - left - side), side])
        self._fit_strip()
        self.stage_column.size_items(left)
        self.size_stage_title()
        self._fit_toolbars(width)

    def _fit_strip(self) -> None:
        """The strip under the network as tall as its words need (a longer sentence, a narrower window,
        Spanish's longer words), between its usual share of the window and 40% of it; the network gets
        the rest, and the chart the strip's height (on resize and text size)."""
        strip = self._strip_height()
        self.impact.hold_chart_height(strip)
        if abs(self.main_splitter.sizes()[-1] - strip) > 1:
            self.main_splitter.setSizes([max(200, max(self.height(), MIN_HEIGHT) - strip), strip])

    def _fit_strip_to_words(self) -> None:
        """The words changed (a change, a month played): the strip grows when they need more room, and
        never shrinks until the window is resized, so playing the months does not make the network and
        the chart jump; the chart keeps its height (a new height would lay it out again)."""
        strip = self._strip_height()
        if strip > self.main_splitter.sizes()[-1] + 1:
            self.main_splitter.setSizes([max(200, max(self.height(), MIN_HEIGHT) - strip), strip])

    def _strip_height(self) -> int:
        height = max(self.height(), MIN_HEIGHT)
        em = self.base_points * self.effective_text_scale * 1.35
        strip = int(max(em * 11, height * 0.29))
        if self.impact.isVisible():
            strip = max(strip, self.impact.words_height())
        return min(strip, int(height * 0.4))

    def _fit_toolbars(self, width: int) -> None:
        """Both toolbars on one row when they fit, the changes on a second row when they do not."""
        needed = self.toolbar.sizeHint().width() + self.change_bar.sizeHint().width() + 16
        wrap = needed > width
        if wrap != self._toolbar_break:
            if wrap:
                self.insertToolBarBreak(self.change_bar)
            else:
                self.removeToolBarBreak(self.change_bar)
            self._toolbar_break = wrap

    def stage_titles(self) -> list[str]:
        """Every stage's toolbar title (for the widest one); the window provides them."""
        return []

    def current_stage_title(self) -> str:
        return ""

    def size_stage_title(self) -> None:
        """As wide as the longest title, so the toolbar does not jump from stage to stage; but never
        so wide that the tour buttons leave the window (large text on a small screen): then the
        title is shortened with an ellipsis and given whole in its tooltip."""
        titles = self.stage_titles()
        if not titles:
            return
        metrics = self.stage_title.fontMetrics()
        widest = max(metrics.horizontalAdvance(t) for t in titles)
        buttons = sum(
            widget.sizeHint().width()
            for action in (self.previous_action, self.next_action, self.explore_action)
            if (widget := self.toolbar.widgetForAction(action)) is not None
        )
        room = max(120, max(self.width(), MIN_WIDTH) - buttons - 48)
        width = min(widest + 24, room)
        self.stage_title.setFixedWidth(width)
        full = self.current_stage_title()
        self.stage_title.setText(metrics.elidedText(full, Qt.TextElideMode.ElideRight, width - 16))

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        factor = self._size_factor()
        if abs(factor - self._window_factor) > 0.04:
            self._window_factor = factor
            self._apply_text_size()
        else:
            self._fit_panes()
