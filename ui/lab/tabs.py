"""The lab's three pages: the plans compared (fan charts, the sentence, the table), the network of one
plan in a chosen month, and which actor matters most (the ranking and the smallest stopping set).

Each page only draws what it is given; the lab window decides when. Words come from
``ui.lesson.comparison``, colours from ``ui.theme``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSlider,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from model.network import SupplyNetwork
from model.simulation import Assessment
from ui.guard import guarded
from ui.lab.figures import FigureView, Renderer, fan_figure, fan_plans, ranking_figure
from ui.lab.network import LabNetwork
from ui.lesson.comparison import Comparison, LabWords
from ui.lesson.describe import Describer
from ui.panels.widgets import heading

if TYPE_CHECKING:
    from model.analysis import Criticality  # networkx: only where an analysis runs


NETWORK_MONTH = 12  # the network page opens on the month the sentences and the ranking look at


def _sentence(text: str = "") -> QLabel:
    label = heading(text, "sentence")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class _LazyNetwork(QWidget):
    """A place for a ``LabNetwork``, built the first time it is needed: laying out the network takes a
    quarter of a second, which the lab does not spend until the learner opens the page."""

    def __init__(self, network: SupplyNetwork, describer: Describer) -> None:
        super().__init__()
        self.network, self.describer = network, describer
        self._view: LabNetwork | None = None
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    @property
    def view(self) -> LabNetwork:
        if self._view is None:
            self._view = LabNetwork(self.network, self.describer)
            self.box.addWidget(self._view)
        return self._view


def _chip(colour: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ComparePage(QWidget):
    """Fan charts above; the headline, the table and the note on seeds below."""

    def __init__(
        self, network: SupplyNetwork, renderer: Renderer, base_points: float, text_scale: float, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.words = LabWords(network)
        self.charts = FigureView(renderer, base_points, text_scale)
        self.charts.setAccessibleName(self.words.supply_title())
        self.headline = _sentence(self.words.headline(Comparison(network, ())))
        self.table = QTableWidget(0, 0)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setToolTip(self.words.table_tip())
        self.note = heading("", "note")
        lower = QWidget()
        box = QVBoxLayout(lower)
        box.setContentsMargins(0, 4, 0, 0)
        box.addWidget(self.headline)
        box.addWidget(self.table, 1)
        box.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.charts)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)

    def show_comparison(self, comparison: Comparison, colours: Sequence[str]) -> None:
        words, plans, months = self.words, fan_plans(comparison, colours), comparison.months or 24
        self.charts.show_figure(lambda width, height, points: fan_figure(words, plans, months, width, height, points))
        self.headline.setText(self.words.headline(comparison))
        self.note.setText(self.words.seeds_note(comparison) if comparison.outcomes else "")
        self._fill_table(comparison, colours)

    def _fill_table(self, comparison: Comparison, colours: Sequence[str]) -> None:
        months = comparison.months_shown() if comparison.outcomes else ()
        heads = [self.tr("Plan"), self.tr("Actors\nremoved"), *(_two_lines(self.words.month_heading(m)) for m in months)]
        table = self.table
        table.clear()
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(comparison.outcomes))
        for r, outcome in enumerate(comparison.outcomes):
            name = QTableWidgetItem(outcome.title)
            name.setIcon(_chip(colours[r]))
            table.setItem(r, 0, name)
            table.setItem(r, 1, self._cell(str(comparison.row(outcome, 0).removed)))
            for c, month in enumerate(months):
                row = comparison.row(outcome, month)
                # The price is on the chart above and in the CSV; the table keeps to what the chart cannot show.
                cell = self._cell(f"{self.words.share_cell(row)}\n{self.words.groups_cell(row)}")
                cell.setToolTip(f"{self.words.share_cell(row)} \u00b7 {self.words.groups_cell(row)} \u00b7 {self.words.price_cell(row)}")
                table.setItem(r, 2 + c, cell)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for c in range(2, len(heads)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, max(160, int(table.viewport().width() * 0.26)))
        table.resizeRowsToContents()
        self._fit_table()

    def _fit_table(self) -> None:
        """Room below the charts for the sentence, every row of the table and the note (at most half the
        page); the charts keep the rest."""
        table, width = self.table, max(self.width(), 200)
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        needed = table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 6
        needed += self.headline.heightForWidth(width) + self.note.heightForWidth(width) + 24
        total = self.splitter.height()
        if total > 0:
            want = min(int(total * 0.5), max(int(total * 0.25), needed))
            self.splitter.setSizes([total - want, want])

    @guarded()
    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_table()

    @staticmethod
    def _cell(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        return item

    def table_text(self) -> list[list[str]]:
        """The table as the learner reads it (for tests)."""
        t = self.table
        return [[item.text() if (item := t.item(r, c)) is not None else "" for c in range(t.columnCount())] for r in range(t.rowCount())]


class NetworkPage(QWidget):
    """One plan's network in a chosen month (its first run)."""

    plan_chosen = Signal(int)
    month_chosen = Signal(int)

    def __init__(self, network: SupplyNetwork, describer: Describer, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describer = describer
        self.words = LabWords(network)
        self.plans = QComboBox()
        self.plans.setAccessibleName(self.tr("Plan shown on the network"))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, months)
        self.slider.setValue(min(NETWORK_MONTH, months))
        self.slider.setPageStep(6)
        self.month_label = QLabel(self.words.month_heading(self.slider.value()))
        self.month_label.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.words.month_heading(months)) + 16)
        self.place = _LazyNetwork(network, describer)
        self.sentence = _sentence()
        self.sentence.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Plan")))
        top.addWidget(self.plans, 2)
        top.addSpacing(16)
        top.addWidget(self.month_label)
        top.addWidget(self.slider, 3)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 4, 0, 0)
        box.addLayout(top)
        box.addWidget(self.place, 1)
        box.addWidget(self.sentence)
        self.assessment: Assessment | None = None
        self.plans.currentIndexChanged.connect(self.plan_chosen)
        self.slider.valueChanged.connect(self._on_month)

    @property
    def month(self) -> int:
        return self.slider.value()

    def set_plans(self, titles: Sequence[str], colours: Sequence[str], current: int) -> None:
        blocked = self.plans.blockSignals(True)
        self.plans.clear()
        for title, colour in zip(titles, colours, strict=True):
            self.plans.addItem(_chip(colour), title)
        self.plans.setCurrentIndex(min(max(current, 0), len(titles) - 1))
        self.plans.blockSignals(blocked)

    def show_assessment(self, assessment: Assessment) -> None:
        self.assessment = assessment
        self._draw()

    def _on_month(self, month: int) -> None:
        self.month_label.setText(self.words.month_heading(month))
        self._draw()
        self.month_chosen.emit(month)

    def _draw(self) -> None:
        if self.assessment is None:
            return
        self.place.view.show_assessment(self.assessment, self.month)
        self.sentence.setText(self.words.network_sentence(self.describer.plan(self.assessment, months=self.month)))


class MattersPage(QWidget):
    """Which actor matters most: the ranking chart and its sentence; the stopping set on the network."""

    def __init__(
        self,
        network: SupplyNetwork,
        describer: Describer,
        renderer: Renderer,
        base_points: float,
        text_scale: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.network = network
        self.words = LabWords(network)
        self.chart = FigureView(renderer, base_points, text_scale)
        self.ranking_rows: tuple[Criticality, ...] = ()
        self.ranking_sentence = _sentence(self.words.waiting())
        self.ranking_sentence.setWordWrap(True)
        self.size_label = heading(self.words.stopping_size(()), "section")
        self.place = _LazyNetwork(network, describer)
        self.stopping_sentence = _sentence()
        self.stopping_sentence.setWordWrap(True)
        left, right = QWidget(), QWidget()
        lbox, rbox = QVBoxLayout(left), QVBoxLayout(right)
        lbox.setContentsMargins(0, 4, 6, 0)
        rbox.setContentsMargins(6, 4, 0, 0)
        lbox.addWidget(self.chart, 1)
        lbox.addWidget(self.ranking_sentence)
        rbox.addWidget(self.size_label)
        rbox.addWidget(self.place, 1)
        rbox.addWidget(self.stopping_sentence)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(splitter)

    @guarded()
    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        width = self.splitter.width()
        if width > 0 and not getattr(self, "_sized", False):
            self._sized = True
            self.splitter.setSizes([int(width * 0.42), width - int(width * 0.42)])  # the network needs the room

    def show_analysis(self, ranking: Sequence[Criticality], stopping: Sequence[str], baseline: Assessment) -> None:
        rows, network = tuple(ranking), self.network
        self.ranking_rows = rows
        self.chart.show_figure(lambda width, height, points: ranking_figure(network, rows, width, height, points))
        self.ranking_sentence.setText(self.words.ranking(ranking))
        self.size_label.setText(self.words.stopping_size(stopping))
        self.place.view.show_assessment(baseline, 0)
        self.place.view.ring(stopping)
        self.stopping_sentence.setText(self.words.stopping(stopping))


def _two_lines(heading: str) -> str:
    """A column heading on two lines, broken at the space nearest its middle ("After 6 / months"): the
    month columns share the table's width, and a header does not wrap by itself (Spanish's are longer)."""
    spaces = [i for i, character in enumerate(heading) if character == " "]
    if not spaces:
        return heading
    middle = min(spaces, key=lambda i: abs(i - len(heading) / 2))
    return heading[:middle] + "\n" + heading[middle + 1 :]
