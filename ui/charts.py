"""Every matplotlib figure of the app. Imported lazily, after the window first paints.

``ImpactChart`` plots the supply reaching the scenario's destination as a share of the baseline over
the months after the current plan, with the baseline line and the price index, and a marker on the
chosen month. A click on the chart chooses that month. Its words come from ``ui.lesson.describe``,
its colours from ``ui.theme``.

Signals:
    ImpactChart.month_chosen(int): a click on the chart chose this month.
    ImpactChart.drawn(): the figure has been drawn (matplotlib draws when Qt is idle).
"""

from __future__ import annotations

import logging

import matplotlib

matplotlib.use("QtAgg")

from matplotlib.backend_bases import MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from model.simulation import Assessment
from ui import theme
from ui.lesson.describe import Describer

logger = logging.getLogger(__name__)


class ImpactChart(QWidget):
    """Share of baseline supply and price index over the months after the plan."""

    month_chosen = Signal(int)
    drawn = Signal()

    def __init__(self, describer: Describer, parent: QWidget | None = None, text_scale: float = 1.0, base_points: float = 11.0) -> None:
        super().__init__(parent)
        self.describer = describer
        self.base_points = base_points
        colours = theme.current()
        self.colours = colours
        self.figure = Figure(figsize=(5, 2), dpi=100, layout="constrained")
        self.figure.patch.set_facecolor(colours.paper)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(120)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.canvas)
        self.axes = self.figure.add_subplot(1, 1, 1)
        self.price_axes = self.axes.twinx()
        self.months: list[int] = []
        self.shares: list[float] = []
        self.prices: list[float] = []
        self.month = 0
        self.text_scale = text_scale
        # The artists are made once; a new plan only changes their data (clearing axes is slow).
        ax, px = self.axes, self.price_axes
        ax.axhline(100, color=colours.baseline, linewidth=1.2, linestyle="--")
        corner = {"xytext": (-4, -4), "textcoords": "offset points", "ha": "right", "va": "top"}
        self._baseline_label = ax.annotate(
            self.tr("baseline"),
            (1, 100),
            xycoords=("axes fraction", "data"),
            color=colours.baseline,
            **corner,  # type: ignore[arg-type]
        )
        (self._supply,) = ax.plot([], [], color=colours.supply, linewidth=2.6, marker="o", markersize=3)
        (self._price,) = px.plot([], [], color=colours.price, linewidth=1.8, linestyle=":")
        self._cursor: Line2D = ax.axvline(0, color=colours.month, linewidth=1.4, alpha=0.7)
        ax.grid(True, axis="y", alpha=0.25)
        self._style_text()
        self.canvas.mpl_connect("button_press_event", self._on_canvas_clicked)
        self.canvas.mpl_connect("draw_event", lambda _event: self.drawn.emit())
        self.setAccessibleName(describer.chart_description())

    def show_assessment(self, assessment: Assessment, month: int = 0) -> None:
        """Plot the plan's timeline."""
        states = assessment.timeline.months
        self.months = [s.month for s in states]
        self.shares = [s.share_of_baseline * 100 for s in states]
        self.prices = [s.price_index for s in states]
        self._supply.set_data(self.months, self.shares)
        self._price.set_data(self.months, self.prices)
        self.axes.set_xlim(0, max(self.months))
        self.axes.set_ylim(0, max(110.0, max(self.shares) * 1.1))
        self.price_axes.set_ylim(0, max(2.0, max(self.prices) * 1.15))
        self.set_month(month)

    def set_month(self, month: int) -> None:
        """Move the month marker."""
        self.month = month
        self._cursor.set_xdata([month, month])
        self.canvas.draw_idle()

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        self._style_text()
        self.canvas.draw_idle()

    def _style_text(self) -> None:
        size = self.base_points * self.text_scale
        ax, px = self.axes, self.price_axes
        # Two lines once the text is large, so the title never runs past the chart.
        ax.set_title(self.describer.chart_title(two_lines=self.text_scale > 1.25), fontsize=size, loc="left")
        ax.set_xlabel(self.tr("Months after the change"), fontsize=size)
        ax.set_ylabel(self.tr("% of baseline"), fontsize=size, color=self.colours.supply)
        px.set_ylabel(self.tr("price index"), fontsize=size, color=self.colours.price)
        ax.tick_params(labelsize=size * 0.9)
        px.tick_params(labelsize=size * 0.9)
        self._baseline_label.set_fontsize(size * 0.8)

    def _on_canvas_clicked(self, event: MouseEvent) -> None:
        if event.xdata is None or not self.months:
            return
        month = round(min(max(event.xdata, 0), max(self.months)))
        self.month_chosen.emit(month)
