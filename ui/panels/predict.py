"""The prediction panel: before a change shows its outcome, the learner says what they expect; after
the months have played, the panel sets their prediction beside the model's and asks why.

Signals:
    PredictionPanel.predicted(float, float): shares expected right after and after the months (0 to 1).
    PredictionPanel.skipped(): show the outcome without predicting.
    PredictionPanel.cancelled(): do not make the change.
    PredictionPanel.taker_cleared(): no guess of who takes over the flow.
    PredictionPanel.why_given(str): the learner's one line on why.
    PredictionPanel.finished(): back to the stage.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.panels.widgets import TextBlock, heading


class PercentSlider(QWidget):
    """A 0–100% slider with its value written beside it."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.slider.setValue(50)
        self.slider.setAccessibleName(name)
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(self.value_label.fontMetrics().horizontalAdvance("100%") + 8)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.slider, 1)
        box.addWidget(self.value_label)
        self.slider.valueChanged.connect(self._on_value_changed)
        self._on_value_changed(50)

    def share(self) -> float:
        return self.slider.value() / 100

    def _on_value_changed(self, value: int) -> None:
        self.value_label.setText(f"{value}%")


class PredictionPanel(QScrollArea):
    """Ask, then watch, then compare (three pages)."""

    predicted = Signal(float, float)
    skipped = Signal()
    cancelled = Signal()
    taker_cleared = Signal()
    why_given = Signal(str)
    finished = Signal()

    def __init__(self, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.months = months
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Your prediction"))
        self.pages = QStackedWidget()
        self.pages.setObjectName("panel")
        self.pages.addWidget(self._ask_page())
        self.pages.addWidget(self._watch_page())
        self.pages.addWidget(self._result_page())
        self.setWidget(self.pages)

    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName("panel")
        box = QVBoxLayout(page)
        box.setContentsMargins(14, 12, 14, 16)
        box.setSpacing(10)
        return page, box

    def _ask_page(self) -> QWidget:
        page, box = self._page()
        box.addWidget(heading(self.tr("Before you see it"), "kicker"))
        self.change_title = heading("", "title")
        box.addWidget(self.change_title)
        self.now_question = heading("", "section")
        self.now_slider = PercentSlider(self.tr("Share of the supply right after"))
        self.later_question = heading("", "section")
        self.later_slider = PercentSlider(self.tr("Share of the supply after the months"))
        for widget in (self.now_question, self.now_slider, self.later_question, self.later_slider):
            box.addWidget(widget)
        box.addWidget(heading(self.tr("Which actor will carry most of the diverted flow? Click it on the network (optional)."), "note"))
        self.taker = heading("", "flow")
        clear = QPushButton(self.tr("No guess"))
        clear.setProperty("role", "link")
        clear.clicked.connect(self.taker_cleared)
        box.addWidget(self.taker)
        box.addWidget(clear)
        self.show_button = QPushButton(self.tr("Show me"))
        self.show_button.setProperty("role", "primary")
        self.show_button.clicked.connect(lambda: self.predicted.emit(self.now_slider.share(), self.later_slider.share()))
        self.skip_button = QPushButton(self.tr("Skip: just show it"))
        self.skip_button.clicked.connect(self.skipped)
        self.cancel_button = QPushButton(self.tr("Cancel the change"))
        self.cancel_button.setProperty("role", "link")
        self.cancel_button.clicked.connect(self.cancelled)
        for button in (self.show_button, self.skip_button, self.cancel_button):
            box.addWidget(button)
        box.addStretch(1)
        return page

    def _watch_page(self) -> QWidget:
        page, box = self._page()
        box.addWidget(heading(self.tr("Now watch"), "kicker"))
        box.addWidget(heading(self.tr("The change is made. Watch the network and the chart as the months play."), "title"))
        box.addStretch(1)
        return page

    def _result_page(self) -> QWidget:
        page, box = self._page()
        box.addWidget(heading(self.tr("You and the model"), "kicker"))
        self.result = TextBlock()
        box.addWidget(self.result)
        box.addWidget(heading(self.tr("Why do you think it came out this way? (optional, one line)"), "section"))
        self.why = QLineEdit()
        self.why.setMaxLength(300)
        self.why.setAccessibleName(self.tr("Why, in one line"))
        self.why.returnPressed.connect(self._on_keep_clicked)
        box.addWidget(self.why)
        keep = QPushButton(self.tr("Keep my answer and go on"))
        keep.setProperty("role", "primary")
        keep.clicked.connect(self._on_keep_clicked)
        box.addWidget(keep)
        box.addStretch(1)
        return page

    def ask(self, what: str, destination: str, taker: str | None) -> None:
        """The question page for a change (its name), with the learner's guess of who takes over."""
        self.change_title.setText(what)
        self.now_question.setText(
            self.tr("How much of the supply will still reach {destination} right after?").format(destination=destination)
        )
        self.later_question.setText(self.tr("And after {months} months?").format(months=self.months))
        self.set_taker(taker)
        self.pages.setCurrentIndex(0)

    def set_taker(self, name: str | None) -> None:
        self.taker.setText(name or self.tr("Your guess: none yet"))

    def watch(self) -> None:
        self.pages.setCurrentIndex(1)

    def show_result(self, text: str) -> None:
        self.result.set_markdown(text)
        self.why.clear()
        self.pages.setCurrentIndex(2)

    @property
    def page(self) -> str:
        return ("ask", "watch", "result")[self.pages.currentIndex()]

    def _on_keep_clicked(self) -> None:
        if self.why.text().strip():
            self.why_given.emit(self.why.text())
        self.finished.emit()

    def text(self) -> str:
        page = self.pages.currentWidget()
        assert page is not None
        parts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page)]
        parts += [b.toPlainText() for b in page.findChildren(TextBlock) if b.isVisibleTo(page)]
        return "\n".join(parts)
