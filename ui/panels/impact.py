"""The strip under the network: what the last change did in one plain sentence, the headline numbers
of the chosen month, the month controls (Play steps a month every 0.7 s), and the chart (placed in
once matplotlib has loaded).

With large text the words may need more height than the strip has: they scroll, never clip, and the
month controls below them stay in view.

The month controls' icons are drawn here with QPainter in the theme's colours, not taken from a
font: a glyph that no installed font has shows as an empty box (the pause sign did).

Signals:
    ImpactStrip.month_chosen(int), ImpactStrip.play_toggled(bool),
    ImpactStrip.sentence_changed(str): the "What happened" sentence now says this (for announcements).
    ImpactStrip.words_changed(): the sentence or the numbers changed (the window fits the strip to them).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QSlider, QToolButton, QVBoxLayout, QWidget

from ui import theme
from ui.guard import guarded
from ui.lesson.describe import Describer

if TYPE_CHECKING:
    from ui.charts import ImpactChart
from ui.panels.widgets import heading

logger = logging.getLogger(__name__)

PLAY_INTERVAL_MS = 700
ICON_SIDES = (16, 20, 24, 32, 40, 48, 64, 96)
# Each shape in a unit square: polygons (x, y pairs) filled in the button's text colour.
SHAPES: dict[str, tuple[tuple[tuple[float, float], ...], ...]] = {
    "play": (((0.24, 0.12), (0.24, 0.88), (0.86, 0.5)),),
    "pause": (((0.2, 0.14), (0.4, 0.14), (0.4, 0.86), (0.2, 0.86)), ((0.6, 0.14), (0.8, 0.14), (0.8, 0.86), (0.6, 0.86))),
    "back": (((0.14, 0.16), (0.28, 0.16), (0.28, 0.84), (0.14, 0.84)), ((0.86, 0.14), (0.86, 0.86), (0.3, 0.5))),
    "forward": (((0.86, 0.16), (0.72, 0.16), (0.72, 0.84), (0.86, 0.84)), ((0.14, 0.14), (0.14, 0.86), (0.7, 0.5))),
}


def media_icon(shape: str) -> QIcon:
    """A month control's icon (``SHAPES``), drawn at several sizes in the theme's ink, greyed when disabled."""
    colours = theme.current()
    icon = QIcon()
    for mode, colour in ((QIcon.Mode.Normal, colours.qcolor("ink")), (QIcon.Mode.Disabled, colours.qcolor("disabled_ink"))):
        for side in ICON_SIDES:
            icon.addPixmap(_draw_shape(shape, side, colour), mode)
    return icon


def _draw_shape(shape: str, side: int, colour: QColor) -> QPixmap:
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    for polygon in SHAPES[shape]:
        painter.drawPolygon(QPolygonF([QPointF(x * side, y * side) for x, y in polygon]))
    painter.end()
    return pixmap


class MediaButton(QToolButton):
    """A month control: an icon beside its word, the icon as tall as the text (it follows the text
    size), and wide enough for each of its words (Play / Pause), so it never changes width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.words: tuple[str, ...] = ()
        self.fit()

    @guarded()
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        try:
            if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
                self.fit()
        except Exception:  # never into Qt (see the network view's module docstring)
            logger.exception("could not size a month control")

    def fit(self) -> None:
        side = max(12, round(self.fontMetrics().height() * 0.8))
        if self.iconSize() != QSize(side, side):
            self.setIconSize(QSize(side, side))
        if self.words:
            shown = self.text()
            widths = []
            for word in self.words:
                self.setText(word)
                widths.append(self.sizeHint().width())
            self.setText(shown)
            self.setMinimumWidth(max(widths))


class ImpactStrip(QFrame):
    """The sentence, the numbers, the month controls and the chart's place."""

    month_chosen = Signal(int)
    play_toggled = Signal(bool)
    sentence_changed = Signal(str)
    words_changed = Signal()

    def __init__(self, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact")
        self.months = months
        self._play_timer = QTimer(self)
        self._play_timer.setInterval(PLAY_INTERVAL_MS)
        self.describer: Describer | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(12)
        self.tag = heading("", "kicker")
        self.sentence = heading("", "sentence")
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers = heading("", "numbers")
        self.left = QWidget()
        left = QVBoxLayout(self.left)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(6)
        left.addWidget(self._words(), 1)
        left.addLayout(self._controls())
        self.left.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.left, 5)
        self.chart_box = QWidget()  # its height held by the window (hold_chart_height), not by the words beside it
        self.chart_slot = QVBoxLayout(self.chart_box)
        self.chart_slot.setContentsMargins(0, 0, 0, 0)
        self.chart_placeholder = heading(self.tr("Loading the chart\u2026"), "note")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_slot.addWidget(self.chart_placeholder)
        column = QVBoxLayout()  # the chart at the top, as tall as it is held; the rest of the column stays empty
        column.setSpacing(0)
        column.addWidget(self.chart_box, 1)
        column.addStretch(0)
        outer.addLayout(column, 4)
        self.chart: ImpactChart | None = None
        self._connect_signals()

    def _words(self) -> QScrollArea:
        words = QWidget()
        words.setObjectName("impactWords")
        box = QVBoxLayout(words)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        for widget in (self.tag, self.sentence, self.numbers):
            box.addWidget(widget)
        box.addStretch(1)
        self.words_scroll = QScrollArea()
        self.words_scroll.setObjectName("impactScroll")
        self.words_scroll.setWidget(words)
        self.words_scroll.setWidgetResizable(True)
        self.words_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.words_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_scroll.viewport().setAutoFillBackground(False)
        words.setAutoFillBackground(False)
        return self.words_scroll

    def _controls(self) -> QHBoxLayout:
        controls = QHBoxLayout()
        controls.setSpacing(6)
        self.icons = {shape: media_icon(shape) for shape in SHAPES}
        self.step_back = MediaButton()
        self.step_back.setIcon(self.icons["back"])
        self.step_back.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.step_back.setToolTip(self.tr("Previous month"))
        self.step_back.setAccessibleName(self.tr("Previous month"))
        self.play = MediaButton()
        self.play.setCheckable(True)
        self.play.words = (self.tr("Play"), self.tr("Pause"))
        self.step_forward = MediaButton()
        self.step_forward.setIcon(self.icons["forward"])
        self.step_forward.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.step_forward.setToolTip(self.tr("Next month"))
        self.step_forward.setAccessibleName(self.tr("Next month"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, self.months)
        self.slider.setPageStep(3)
        self.slider.setAccessibleName(self.tr("Month after the change"))
        self.month_label = heading("", "numbers")
        for widget in (self.step_back, self.play, self.step_forward):
            controls.addWidget(widget)
        controls.addWidget(self.slider, 1)
        controls.addWidget(self.month_label)
        self.set_playing(False)
        return controls

    def _connect_signals(self) -> None:
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.step_back.clicked.connect(lambda: self.slider.setValue(self.slider.value() - 1))
        self.step_forward.clicked.connect(lambda: self.slider.setValue(self.slider.value() + 1))
        self.play.toggled.connect(self._on_play_toggled)
        self._play_timer.timeout.connect(self._on_play_tick)

    def restyle(self) -> None:
        """The month controls' icons drawn again in the current theme's colours."""
        self.icons = {shape: media_icon(shape) for shape in SHAPES}
        self.step_back.setIcon(self.icons["back"])
        self.step_forward.setIcon(self.icons["forward"])
        self.play.setIcon(self.icons["pause" if self.play.isChecked() else "play"])

    def set_describer(self, describer: Describer) -> None:
        self.describer = describer
        self.tag.setText(describer.impact_tag())

    def load_chart(self, describer: Describer, scale: float, base_points: float, notify: Callable[[str], None]) -> ImpactChart | None:
        """Put the chart in its place (matplotlib imported by now); None, after saying so, if it cannot load."""
        try:
            from ui.charts import ImpactChart
        except ImportError as exc:  # a broken install should not take the explorer down
            notify(self.tr("The chart is unavailable ({error}).").format(error=exc))
            return None
        chart = ImpactChart(describer, text_scale=scale, base_points=base_points)
        chart.month_chosen.connect(self.month_chosen)
        self.chart_placeholder.hide()
        self.chart_slot.removeWidget(self.chart_placeholder)
        self.chart_placeholder.deleteLater()
        self.chart = chart
        self.chart_slot.addWidget(chart)
        return chart

    def set_sentence(self, sentence: str) -> None:
        """What the last change did."""
        if sentence != self.sentence.text():
            self.sentence.setText(sentence)
            self.sentence_changed.emit(sentence)
            self.words_changed.emit()

    def set_numbers(self, numbers: str, month: int) -> None:
        """The headline numbers of the chosen month, and the month on the controls."""
        if numbers != self.numbers.text():
            self.numbers.setText(numbers)
            self.words_changed.emit()
        self.set_month(month)

    def hold_chart_height(self, strip: int) -> None:
        """The chart as tall as a strip of ``strip`` pixels lets it be; it keeps that height while the
        words beside it grow the strip (a new height would lay the figure out again)."""
        layout = self.layout()
        margins = layout.contentsMargins().top() + layout.contentsMargins().bottom() if layout is not None else 0
        margins += self.height() - self.contentsRect().height()  # the strip's own frame (the stylesheet's border)
        self.chart_box.setMaximumHeight(max(60, strip - margins))  # a dragged splitter may still make it smaller

    def words_height(self) -> int:
        """How tall the strip must be to show its sentence and numbers whole at its present width
        (the words, plus the month controls and margins around them)."""
        chrome = self.height() - self.words_scroll.height()
        words = self.words_scroll.widget()
        return (words.heightForWidth(self.words_scroll.width()) if words is not None else 0) + chrome

    def set_month(self, month: int) -> None:
        """Show this month on the controls without emitting month_chosen."""
        blocked = self.slider.blockSignals(True)
        self.slider.setValue(month)
        self.slider.blockSignals(blocked)
        if self.describer is not None:
            self.month_label.setText(self.describer.month_label(month))

    def start_playing(self) -> None:
        """Play the months from the start (as the learner's Play would)."""
        self.play.setChecked(True)

    def set_playing(self, playing: bool) -> None:
        """Show (and run or stop) playing without emitting play_toggled."""
        if not playing:
            self._play_timer.stop()
        blocked = self.play.blockSignals(True)
        self.play.setChecked(playing)
        self.play.blockSignals(blocked)
        word = self.tr("Pause") if playing else self.tr("Play")
        self.play.setText(word)
        self.play.setAccessibleName(word)
        self.play.setIcon(self.icons["pause" if playing else "play"])
        self.play.setToolTip(self.tr("Pause the months") if playing else self.tr("Play the months after the change"))

    def _on_slider_value_changed(self, month: int) -> None:
        self.month_chosen.emit(month)

    def _on_play_toggled(self, playing: bool) -> None:
        self.set_playing(playing)
        if playing:
            if self.slider.value() >= self.months:
                self.month_chosen.emit(0)  # from the start again
            self._play_timer.start()
        self.play_toggled.emit(playing)

    def _on_play_tick(self) -> None:
        """One month on, until the last month."""
        if self.slider.value() >= self.months:
            self.set_playing(False)
            return
        self.month_chosen.emit(self.slider.value() + 1)
