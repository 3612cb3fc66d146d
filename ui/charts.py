"""Every matplotlib figure of the app. Imported lazily, after the window first paints.

``ImpactChart`` plots the supply reaching the scenario's destination as a share of the baseline over
the months after the current plan, with the baseline line and the price index, and a marker on the
chosen month. A click on the chart chooses that month. Its words come from ``ui.lesson.describe``,
its colours from ``ui.theme``.

Drawing a whole matplotlib figure costs about a hundred milliseconds (the layout and the tick
labels), far too much for every click. So the figure is laid out only when its size or its text
changes, and drawn whole only then or when an axis gets new limits; the drawing without the data
(axes, ticks, labels, title) is kept per pair of axis limits, and a new plan or month restores it
and draws just the lines and the month marker on top ("blitting"), in a few milliseconds.

Signals:
    ImpactChart.month_chosen(int): a click on the chart chose this month.
    ImpactChart.drawn(): the chart shows its current state (after a whole draw or an update).
"""

from __future__ import annotations

import logging
import math
import warnings
from collections.abc import Callable
from typing import Any

import matplotlib

matplotlib.use("QtAgg")

from matplotlib.backend_bases import DrawEvent, MouseEvent
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.lines import Line2D
from matplotlib.ticker import FormatStrFormatter, MaxNLocator
from matplotlib.transforms import BboxBase
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from model.simulation import Assessment
from ui import theme
from ui.lesson.describe import Describer

logger = logging.getLogger(__name__)

Limits = tuple[float, float]
BackgroundKey = tuple[float, float, int, int]  # the axes' limits and the figure's size in pixels
MAX_FIT_STEPS = 8
SHRINK = 0.88
SMALLEST_FIT = 0.45  # of the learner's text size: below this the chart stops shrinking its text


class LayoutWhenStale(ConstrainedLayoutEngine):
    """Constrained layout, run by a draw only when the figure's size or text changed since the last
    one (matplotlib would otherwise run it on every draw, and it is most of a draw's cost).

    ``fits()`` is asked after each layout whether every text is inside the figure; when it says no
    it has made the text smaller (or the title two lines) and the layout runs again."""

    def __init__(self, fits: Callable[[], bool]) -> None:
        # Room around the figure for tick labels that grow when the limits change (the layout
        # is not redone for new limits: that would throw away the kept drawings).
        super().__init__(w_pad=6 / 72, h_pad=4 / 72)
        self.fits = fits
        self.stale = True
        self.runs = 0

    def execute(self, fig: Any) -> Any:
        if not self.stale:
            return None
        self.stale = False
        self.runs += 1
        result = None
        for _ in range(MAX_FIT_STEPS):
            with warnings.catch_warnings():
                # "axes sizes collapsed to zero": the text is too large for the figure; fits() shrinks it.
                warnings.simplefilter("ignore", UserWarning)
                result = super().execute(fig)
            if self.fits():
                break
        return result


def share_limit(shares: list[float]) -> float:
    """The top of the share axis, in steps of 10%, so that most plans share one drawing of the axes."""
    return max(110.0, math.ceil(round(max(shares, default=0.0) * 1.1 / 10, 6)) * 10)


def price_limit(prices: list[float]) -> float:
    """The top of the price axis, in steps of 0.5."""
    return max(2.0, math.ceil(round(max(prices, default=0.0) * 1.15 / 0.5, 6)) * 0.5)


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
        self.layout_engine = LayoutWhenStale(self._text_fits)
        self.figure = Figure(figsize=(5, 2), dpi=100, layout=self.layout_engine)
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
        # What the room allows: the title on two lines, the text smaller than asked (set by the layout).
        self._two_lines = False
        self._fit_scale = 1.0
        # Kept drawings of the figure without its data, by the axes' limits; valid for one layout.
        self._backgrounds: dict[BackgroundKey, Any] = {}
        self._build_artists()
        self.set_colours(colours, relayout=False)
        self._style_text()
        self.canvas.mpl_connect("button_press_event", self._on_canvas_clicked)
        self.canvas.mpl_connect("draw_event", self._on_drawn)
        self.canvas.mpl_connect("resize_event", lambda _event: self._relayout())
        self.setAccessibleName(describer.chart_description())

    def _build_artists(self) -> None:
        """The artists are made once; a new plan only changes their data (clearing axes is slow).
        The lines and the month marker are "animated": whole draws leave them out, updates draw them."""
        colours = self.colours
        ax, px = self.axes, self.price_axes
        self._baseline = ax.axhline(100, color=colours.baseline, linewidth=1.2, linestyle="--")
        corner = {"xytext": (-4, -4), "textcoords": "offset points", "ha": "right", "va": "top"}
        self._baseline_label = ax.annotate(
            self.tr("baseline"),
            (1, 100),
            xycoords=("axes fraction", "data"),
            color=colours.baseline,
            **corner,  # type: ignore[arg-type]
        )
        (self._supply,) = ax.plot([], [], color=colours.supply, linewidth=2.6, marker="o", markersize=3, animated=True)
        (self._price,) = px.plot([], [], color=colours.price, linewidth=1.8, linestyle=":", animated=True)
        self._cursor: Line2D = ax.axvline(0, color=colours.month, linewidth=1.4, alpha=0.7, animated=True)
        ax.grid(True, axis="y", alpha=0.25)
        # As many ticks as the room takes, with labels of a steady width, so that the layout made
        # for one set of limits fits the others.
        ax.yaxis.set_major_locator(MaxNLocator(nbins="auto", integer=True, steps=[1, 2, 2.5, 5, 10], min_n_ticks=3))
        px.yaxis.set_major_locator(MaxNLocator(nbins="auto", steps=[1, 2, 2.5, 5, 10], min_n_ticks=3))
        px.yaxis.set_major_formatter(FormatStrFormatter("%.1f"))
        ax.xaxis.set_major_locator(MaxNLocator(nbins="auto", integer=True, steps=[1, 2, 3, 6, 10]))

    # state --------------------------------------------------------------------------------
    def show_assessment(self, assessment: Assessment, month: int = 0, played: int | None = None) -> None:
        """Plot the plan's timeline, with the marker on ``month``; only up to month ``played`` when
        given (the months after a change stay hidden until the learner has played them)."""
        states = [s for s in assessment.timeline.months if played is None or s.month <= played]
        last = assessment.timeline.months[-1].month
        self.months = [s.month for s in states]
        self.shares = [s.share_of_baseline * 100 for s in states]
        self.prices = [s.price_index for s in states]
        self._supply.set_data(self.months, self.shares)
        self._price.set_data(self.months, self.prices)
        self.axes.set_xlim(0, last)
        self.axes.set_ylim(0, share_limit(self.shares))
        self.price_axes.set_ylim(0, price_limit(self.prices))
        self.month = month
        self._cursor.set_xdata([month, month])
        self._refresh()

    def set_month(self, month: int) -> None:
        """Move the month marker."""
        self.month = month
        self._cursor.set_xdata([month, month])
        self._refresh()

    def set_colours(self, colours: theme.Theme, relayout: bool = True) -> None:
        """The figure in a theme's colours: surfaces, axes, ticks, words and lines (lines keep their
        styles: supply solid with dots, price dotted, baseline dashed)."""
        self.colours = colours
        self.figure.patch.set_facecolor(colours.paper)
        for axes in (self.axes, self.price_axes):
            axes.set_facecolor(colours.paper)
            axes.tick_params(colors=colours.ink, which="both")
            for spine in axes.spines.values():
                spine.set_color(colours.muted_ink)
        self.axes.grid(True, axis="y", alpha=0.25, color=colours.muted_ink)
        self._baseline.set_color(colours.baseline)
        self._baseline_label.set_color(colours.baseline)
        self._supply.set_color(colours.supply)
        self._price.set_color(colours.price)
        self._cursor.set_color(colours.month)
        if relayout:
            self._relayout()  # styles the words in the new colours and draws the whole figure again

    def set_text_scale(self, scale: float) -> None:
        self.text_scale = scale
        self._style_text()
        self._relayout()

    def _style_text(self) -> None:
        size = self.base_points * self.text_scale * self._fit_scale
        ax, px = self.axes, self.price_axes
        colours = self.colours
        title = self.describer.chart_title(two_lines=self._two_lines)
        self._title = ax.set_title(title, fontsize=size, loc="left", color=colours.ink)
        ax.set_xlabel(self.tr("Months after the change"), fontsize=size, color=colours.ink)
        ax.set_ylabel(self.tr("% of baseline"), fontsize=size, color=colours.supply)
        px.set_ylabel(self.tr("price index"), fontsize=size, color=colours.warning_text)
        ax.tick_params(labelsize=size * 0.9)
        px.tick_params(labelsize=size * 0.9)
        self._baseline_label.set_fontsize(size * 0.8)

    # drawing ------------------------------------------------------------------------------
    @property
    def limits(self) -> Limits:
        return self.axes.get_ylim()[1], self.price_axes.get_ylim()[1]

    def _background_key(self) -> BackgroundKey:
        # The size too: a kept drawing of another size (a screen of another pixel ratio) is never used.
        return (*self.limits, round(self.figure.bbox.width), round(self.figure.bbox.height))

    @property
    def layouts(self) -> int:
        """How many times the figure has been laid out (for tests: once per size and text scale)."""
        return self.layout_engine.runs

    def _relayout(self) -> None:
        """The size or the text changed: lay out and draw the whole figure again, when Qt is idle."""
        self.layout_engine.stale = True
        self._two_lines, self._fit_scale = False, 1.0  # the room decides again (``_text_fits``)
        self._style_text()
        self._backgrounds.clear()
        self.canvas.draw_idle()

    def _refresh(self) -> None:
        """Show the current data: on the kept drawing for these limits if there is one, else by
        drawing the whole figure (which keeps a drawing for them)."""
        background = self._backgrounds.get(self._background_key())
        if background is None or self.layout_engine.stale:
            if self.canvas.isVisible():
                self.canvas.draw()
            else:
                self.canvas.draw_idle()
            return
        self.canvas.restore_region(background)
        self._draw_data()
        self.canvas.update()
        self.drawn.emit()

    def _draw_data(self) -> None:
        self.axes.draw_artist(self._supply)
        self.axes.draw_artist(self._cursor)
        self.price_axes.draw_artist(self._price)

    def _text_fits(self) -> bool:
        """After a layout: whether every text is inside the figure and the plot keeps room for its
        lines. If not, put the title on two lines, else make the text smaller, and say False."""
        # Everything the figure draws (ticks only where the axes show them), in pixels.
        drawn = self.figure.get_tightbbox(self.canvas.get_renderer()).transformed(self.figure.dpi_scale_trans)
        inside = _within(drawn, self.figure.bbox)
        line = self.base_points * self.text_scale * self._fit_scale * self.figure.dpi / 72
        # Room for three tick labels up the side (0, 50, 100), so the scale can be read.
        room = self.axes.bbox.height >= 4 * line and self.axes.bbox.width >= 8 * line
        if inside and room:
            return True
        if not self._two_lines:
            self._two_lines = True
        elif self._fit_scale * SHRINK >= SMALLEST_FIT:
            self._fit_scale *= SHRINK
        else:
            return True  # as small as it goes: a window this small shows what it can
        self._style_text()
        return False

    def _on_drawn(self, _event: DrawEvent) -> None:
        """After a whole draw (which leaves the data out): keep it for these limits, then add the data."""
        try:
            self._backgrounds[self._background_key()] = self.canvas.copy_from_bbox(self.figure.bbox)
            self._draw_data()
        except (AttributeError, ValueError, RuntimeError):  # a canvas being torn down; the next draw redoes it
            logger.exception("could not keep the chart's drawing")
        self.drawn.emit()

    def _on_canvas_clicked(self, event: MouseEvent) -> None:
        if event.xdata is None or not self.months:
            return
        month = round(min(max(event.xdata, 0), max(self.months)))
        self.month_chosen.emit(month)


def _within(box: BboxBase, outer: BboxBase, tolerance: float = 1.0) -> bool:
    room = outer.padded(tolerance)
    return bool(room.contains(box.x0, box.y0) and room.contains(box.x1, box.y1))
