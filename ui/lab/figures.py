"""The policy lab's matplotlib figures, drawn off the window's thread: fan charts of the plans side by
side, and the actor ranking.

``fan_figure`` draws, for every plan in its colour, the median run as a line and the band of 8 runs
in 10 (10th to 90th percentile) around it: supply reaching the scenario's destination as a share of
the baseline on the left, the price index on the right. ``ranking_figure`` draws each actor removed
alone: the supply left right after and after 12 months, the actors that matter most on top. Their
words come from ``ui.lesson.comparison``, their colours from ``ui.theme``.

A figure takes a tenth of a second or more to draw, too long for the window's thread while runs
come in. ``FigureView`` therefore draws on a thread of its own (``Renderer``) into an image and shows
the image; each figure here is made and drawn by that thread alone (matplotlib keeps its fonts per
thread). Saving a PNG draws the same figure at print resolution.
"""

from __future__ import annotations

import logging
import math
import textwrap
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QObject, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from model.network import SupplyNetwork
from ui import theme
from ui.guard import guarded
from ui.lesson.comparison import Comparison, LabWords

if TYPE_CHECKING:
    from model.analysis import Criticality  # networkx: only where an analysis runs


logger = logging.getLogger(__name__)

BAND_ALPHA = 0.18  # the band is a tint of the plan's colour; the median line stays solid
RANKED_SHOWN = 10  # the actors that matter most; the rest are in the command line's analyze
SCREEN_DPI = 100
PRINT_DPI = 150
RESIZE_DELAY_MS = 80  # a burst of resizes is drawn once

FigureMaker = Callable[[float, float, float], Figure]  # width and height in inches, font size in points


@dataclass(frozen=True)
class FanPlan:
    title: str
    colour: str
    share: tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]  # 10th, 50th, 90th percentile
    price: tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]


# Each plan keeps a line style as well as its colour: plans told apart without colour, and two plans
# with the same outcome both stay visible (the second dashed over the first).
LINE_STYLES: tuple[object, ...] = ("-", (0, (6, 3)), (0, (1.5, 2)), (0, (8, 2, 2, 2)))


def fan_plans(comparison: Comparison, colours: Sequence[str]) -> tuple[FanPlan, ...]:
    """What the fan charts need, as plain data a drawing thread may hold."""
    plans = []
    for outcome, colour in zip(comparison.outcomes, colours, strict=True):
        share, price = outcome.ensemble.share, outcome.ensemble.price
        plans.append(FanPlan(outcome.title, colour, (share.low, share.median, share.high), (price.low, price.median, price.high)))
    return tuple(plans)


def _new_figure(width: float, height: float) -> Figure:
    figure = Figure(figsize=(max(width, 1.0), max(height, 1.0)), dpi=SCREEN_DPI)
    figure.patch.set_facecolor(theme.current().paper)
    FigureCanvasAgg(figure)
    return figure


def fan_figure(words: LabWords, plans: Sequence[FanPlan], months: int, width: float, height: float, points: float) -> Figure:
    """Supply and price, one fan a plan."""
    colours = theme.current()
    figure = _new_figure(width, height)
    supply, price = figure.subplots(1, 2)
    # Fixed margins in inches from the font size: constrained layout would cost most of the drawing time.
    em = points / 72
    columns, legend_rows = _legend_grid([plan.title for plan in plans], width, points * 0.9)
    axes_width = (width - (4.2 + 1.2 + 5.0) * em) / 2
    titles = [_wrapped(title, axes_width, points) for title in (words.supply_title(), words.price_title())]
    title_lines = max(title.count("\n") + 1 for title in titles)
    figure.subplots_adjust(
        left=4.2 * em / width,
        right=1 - 1.2 * em / width,
        top=1 - (2.0 + 1.4 * title_lines) * em / height,
        bottom=(3.6 + 1.7 * legend_rows) * em / height,
        wspace=5.0 * em / width,
    )
    for axes, title in zip((supply, price), titles, strict=True):
        axes.grid(True, axis="y", alpha=0.25)
        axes.tick_params(labelsize=points * 0.85)
        axes.set_xlabel(words.month_axis(), fontsize=points * 0.9)
        axes.set_title(title, fontsize=points, loc="left")  # wrapped to its own axes (matplotlib's wrap uses the figure's width)
        axes.set_xlim(0, months)
    supply.axhline(100, color=colours.baseline, linewidth=1.2, linestyle="--")
    price.axhline(1, color=colours.baseline, linewidth=1.2, linestyle="--")
    top_share, top_price = 110.0, 2.0
    x = list(range(months + 1))
    for index, plan in enumerate(plans):
        low, median, high = ([v * 100 for v in band] for band in plan.share)
        style = LINE_STYLES[index % len(LINE_STYLES)]
        supply.fill_between(x, low, high, color=plan.colour, alpha=BAND_ALPHA, linewidth=0)
        supply.plot(x, median, color=plan.colour, linewidth=2.6, linestyle=style, label=plan.title)
        price.fill_between(x, plan.price[0], plan.price[2], color=plan.colour, alpha=BAND_ALPHA, linewidth=0)
        price.plot(x, plan.price[1], color=plan.colour, linewidth=2.6, linestyle=style)
        top_share, top_price = max(top_share, max(high) * 1.05), max(top_price, max(plan.price[2]) * 1.1)
    supply.set_ylim(0, top_share)
    price.set_ylim(0, top_price)
    if plans:
        figure.legend(loc="lower center", ncols=columns, fontsize=points * 0.9, frameon=False, borderaxespad=0.3)
    return figure


# An average character's width in ems for the charts' font (DejaVu Sans runs wide): for wrapping and
# for the legend's columns, measured without drawing (a draw costs a tenth of a second).
CHARACTER_EMS = 0.52


def _wrapped(text: str, width_inches: float, points: float) -> str:
    """``text`` broken into lines that fit ``width_inches`` at ``points``."""
    characters = max(12, int(width_inches * 72 / (points * CHARACTER_EMS)))
    return textwrap.fill(text, characters)


def _legend_grid(labels: Sequence[str], width_inches: float, points: float) -> tuple[int, int]:
    """The legend's columns and rows: as many plans side by side as fit the figure's width (each
    entry its line sample, a gap and its words; long plan names in other languages take more room)."""
    if not labels:
        return 1, 1
    em = points / 72
    widest = max(len(label) for label in labels) * CHARACTER_EMS * em + 4.5 * em
    columns = max(1, min(len(labels), int(width_inches * 0.95 // widest)))
    return columns, math.ceil(len(labels) / columns)


def ranking_figure(network: SupplyNetwork, rows: Sequence[Criticality], width: float, height: float, points: float) -> Figure:
    """Each actor removed alone: share of baseline supply left right after and after some months."""
    colours, words = theme.current(), LabWords(network)
    figure = _new_figure(width, height)
    axes = figure.add_subplot(1, 1, 1)
    shown = list(rows[:RANKED_SHOWN])[::-1]  # the one that matters most at the top
    names = [network.actors[r.actor].short_name or network.actors[r.actor].name for r in shown]
    em = points / 72
    widest = max((len(n) for n in names), default=8) * 0.55 * em * 0.85
    figure.subplots_adjust(left=min(0.5, (widest + em) / width), right=1 - 1.2 * em / width, top=1 - 7.4 * em / height,
                           bottom=3.4 * em / height)  # fmt: skip
    months = shown[0].months if shown else 12
    height_bar = 0.38
    positions = list(range(len(shown)))
    axes.barh([p + height_bar / 2 for p in positions], [r.share_immediate * 100 for r in shown], height_bar,
              color=colours.price, label=words.month_heading(0))  # fmt: skip
    axes.barh([p - height_bar / 2 for p in positions], [r.share_after * 100 for r in shown], height_bar,
              color=colours.supply, label=words.month_heading(months))  # fmt: skip
    axes.set_yticks(positions, names, fontsize=points * 0.85)
    axes.set_xlim(0, 110)
    axes.axvline(100, color=colours.baseline, linewidth=1.2, linestyle="--")
    axes.set_xlabel(words.share_axis(), fontsize=points * 0.9)
    axes.tick_params(axis="x", labelsize=points * 0.85)
    axes.set_title(words.ranking_title(months), fontsize=points, loc="left", wrap=True, pad=points * 3.6)
    if shown:  # above the bars, under the title: it never hides a bar
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=1, fontsize=points * 0.85, frameon=False, borderaxespad=0.2)
    return figure


def _image(figure: Figure) -> QImage:
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()
    width, height = canvas.get_width_height()
    return QImage(bytes(canvas.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888).copy()


class Renderer(QObject):
    """One thread that draws figures into images; ``drawn`` brings each back to the window's thread."""

    drawn = Signal(object, int, QImage)  # the view that asked, its request number, the image

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self.closed = False

    def open(self) -> None:
        """Draw again after a ``shutdown`` (the lab is shown again)."""
        self.closed = False

    def draw(self, view: FigureView, number: int, make: Callable[[], Figure]) -> None:
        with self._lock:
            if self.closed:  # a late resize after the lab closed starts no thread
                return
            if self._pool is None:  # started on the first figure
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="lab-figures")
            self._pool.submit(self._draw, view, number, make)

    def _draw(self, view: FigureView, number: int, make: Callable[[], Figure]) -> None:
        if view.number != number:  # a newer request is queued: skip this one
            return
        try:
            image = _image(make())
        except Exception:  # a figure that cannot be drawn leaves the old picture, and says why in the log
            logger.exception("a lab figure could not be drawn")
            return
        self.drawn.emit(view, number, image)

    def shutdown(self) -> None:
        with self._lock:
            self.closed = True
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


class FigureView(QWidget):
    """Shows a figure drawn by the ``Renderer`` at the widget's size, drawn again after resizing.

    Signals:
        drawn(): the newest figure is on screen.
    """

    drawn = Signal()

    def __init__(self, renderer: Renderer, base_points: float, text_scale: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer = renderer
        self.base_points, self.text_scale = base_points, text_scale
        self.number = 0
        self.image = QImage()
        self._maker: FigureMaker | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(RESIZE_DELAY_MS)
        self._resized.timeout.connect(self._request)
        renderer.drawn.connect(self._on_drawn)

    @property
    def points(self) -> float:
        return self.base_points * self.text_scale

    def set_text_scale(self, scale: float) -> None:
        if scale != self.text_scale:
            self.text_scale = scale
            self._request()

    def show_figure(self, maker: FigureMaker) -> None:
        """Draw this figure from now on (``maker(width, height, points)`` makes it, on the drawing thread)."""
        self._maker = maker
        self._request()

    def _request(self) -> None:
        if self._maker is None or self.width() < 50 or self.height() < 50:
            return
        self.number += 1
        maker, size, points = self._maker, self.size(), self.points
        self.renderer.draw(self, self.number, lambda: maker(size.width() / SCREEN_DPI, size.height() / SCREEN_DPI, points))

    def _on_drawn(self, view: object, number: int, image: QImage) -> None:
        if view is self and number == self.number:
            self.image = image
            self.update()
            self.drawn.emit()

    @guarded()
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._resized.start()

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), theme.current().qcolor("paper"))
        if not self.image.isNull():
            # Until the figure is drawn at a new size, the last one is shown stretched to fit.
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(0, 0, self.width(), self.height()), self.image)
        painter.end()

    @guarded(QSize)
    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    def save_png(self, path: Path) -> None:
        """The figure at print resolution, drawn here and now (the learner asked for it)."""
        if self._maker is None:
            raise OSError("nothing to save yet")
        figure = self._maker(self.width() / SCREEN_DPI, self.height() / SCREEN_DPI, self.points)
        figure.savefig(path, dpi=PRINT_DPI, facecolor=theme.current().paper)
