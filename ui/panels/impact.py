"""The strip under the network: what the last change did in one plain sentence, the headline numbers
of the chosen month, the month controls (Play steps a month every 0.7 s), and the chart (placed in
once matplotlib has loaded).

With large text the words may need more height than the strip has: they scroll, never clip, and the
month controls below them stay in view.

Signals:
    ImpactStrip.month_chosen(int), ImpactStrip.play_toggled(bool)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QSizePolicy, QSlider, QToolButton, QVBoxLayout, QWidget

from ui.lesson.describe import Describer

if TYPE_CHECKING:
    from ui.charts import ImpactChart
from ui.panels.widgets import heading

PLAY_INTERVAL_MS = 700


class ImpactStrip(QFrame):
    """The sentence, the numbers, the month controls and the chart's place."""

    month_chosen = Signal(int)
    play_toggled = Signal(bool)

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
        self.chart_slot = QVBoxLayout()
        self.chart_placeholder = heading(self.tr("Loading the chart\u2026"), "note")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_slot.addWidget(self.chart_placeholder)
        outer.addLayout(self.chart_slot, 4)
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
        self.step_back = QToolButton()
        self.step_back.setText("\u25c0")
        self.step_back.setToolTip(self.tr("Previous month"))
        self.step_back.setAccessibleName(self.tr("Previous month"))
        self.play = QToolButton()
        self.play.setCheckable(True)
        self.play.setToolTip(self.tr("Play the months after the change"))
        self.step_forward = QToolButton()
        self.step_forward.setText("\u25b6")
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
        self.sentence.setText(sentence)

    def set_numbers(self, numbers: str, month: int) -> None:
        """The headline numbers of the chosen month, and the month on the controls."""
        self.numbers.setText(numbers)
        self.set_month(month)

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
        self.play.setText(self.tr("\u23f8 Pause") if playing else self.tr("\u25b6 Play"))

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
