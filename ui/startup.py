"""Start-up: a light window at once, the scenario loaded and its baseline solved off the GUI thread.

The light window appears while a worker thread imports the model's libraries (numpy, OR-Tools,
pydantic) and the window's code, loads the scenario and solves its baseline; the explorer then takes
the light window's place. The model objects are frozen and Qt-free, so handing them from the worker
to the GUI thread is safe.

Signals:
    StartupWindow.painted(): the window has painted once (it is on screen and the event loop is free).
    StartupWindow.explorer_opened(QWidget): the explorer window is shown in its place.
    StartupWindow.loaded(object): from the worker: (scenario, network, path, assessor), or the exception.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui import theme
from ui.guard import guarded
from ui.language import current_language
from ui.lesson.documents import APP_NAME

if TYPE_CHECKING:
    from model.assessor import Assessor
    from model.network import SupplyNetwork
    from model.scenario import Scenario
    from ui.window import MainWindow

WindowBuilder = Callable[["Scenario", "SupplyNetwork", Path, "Assessor", QSize], "MainWindow"]

# Start-up makes the objects that live as long as the app (modules, classes, the scenario, the
# window's widgets). Python's cycle collector scanned them again and again as they were made: about 60
# ms in all, one full pass of about 30 ms inside the window's build. At the app's start (once per
# process) the collector runs only after START_THRESHOLD new objects, until the explorer has painted,
# start-up has failed or SETTLE_AFTER_MS have passed, whichever comes first (a window that never
# paints, minimised or closed at once, must not keep it waiting: the garbage it would leave uncollected
# holds Qt's memory too). Then the objects made so far are frozen (``gc.freeze``: never scanned again,
# which keeps later full passes short while the learner works, and leaves the collector nothing young
# to catch up on) and it runs as before.
START_THRESHOLD = 200_000
SETTLE_AFTER_MS = 5_000
_collector: dict[str, tuple[int, int, int] | None] = {}  # "held": the thresholds while start-up holds them


def hold_collections() -> None:
    """Collect less until the explorer has painted (``settle_collections``); once per process."""
    if "held" not in _collector:
        _collector["held"] = held = gc.get_threshold()
        gc.set_threshold(START_THRESHOLD, *held[1:])
        QTimer.singleShot(SETTLE_AFTER_MS, settle_collections)


def settle_collections() -> None:
    """The explorer has painted (or start-up failed, or took long): freeze what start-up made, collect as before."""
    held = _collector.get("held")
    if held is not None:
        _collector["held"] = None
        gc.freeze()
        gc.set_threshold(*held)


def load(path: Path, months: int) -> tuple[Scenario, SupplyNetwork, Assessor]:
    """Load and validate a scenario, build its network and get its baseline: kept from an earlier run
    (``model.baseline_cache``: no solver imported for the first picture) or solved and kept (raises
    ScenarioError, or the model's errors)."""
    from model import baseline_cache
    from model.assessor import Assessor
    from model.network import SupplyNetwork
    from model.scenario import load_scenario

    scenario = load_scenario(path)
    network = SupplyNetwork(scenario)
    assessor = Assessor(network, months=months)
    baseline_cache.prepare(assessor)
    return scenario, network, assessor


def confirm_baseline(window: MainWindow) -> None:
    """Once the solver is imported (off the GUI thread, with the chart): solve the baseline the first
    picture took from the cache, and redraw everything should it differ (see ``model.baseline_cache``)."""
    assessor = window.assessor
    if assessor.solved_baseline:
        return
    assessor.baseline  # noqa: B018 -- solves, and checks the kept baseline against it
    if assessor.baseline_replaced:
        window.render_all()


class StartupWindow(QWidget):
    """The light window shown while the model loads; the explorer replaces it."""

    painted = Signal()
    explorer_opened = Signal(QWidget)
    loaded = Signal(object)

    def __init__(self, scenario_path: Path | None, base_points: float, build: WindowBuilder) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        colours = theme.current()
        self.setStyleSheet(
            f"QWidget {{ background: {colours.paper}; color: {colours.ink}; }} QLabel#note {{ color: {colours.muted_ink}; }}"
        )
        box = QVBoxLayout(self)
        box.addStretch(1)
        title = QLabel(APP_NAME)
        font = QFont(self.font())
        font.setPointSizeF(base_points * 2)
        font.setBold(True)
        title.setFont(font)
        note = QLabel(self.tr("Opening the scenario\u2026"))
        note.setObjectName("note")
        for label in (title, note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        box.addStretch(1)
        self.scenario_path = scenario_path
        self.build = build
        self.explorer: MainWindow | None = None
        self._painted = False
        self.loaded.connect(self._on_loaded)

    def start(self) -> None:
        """Load in a worker thread; the explorer opens when it is done."""
        hold_collections()
        threading.Thread(target=self._load, args=(self.scenario_path,), name="scenario-loader", daemon=True).start()

    def _load(self, path: Path | None) -> None:
        try:
            from model.catalogue import default_scenario_path
            from ui.window import MONTHS  # imports the window's code here, off the GUI thread

            path = path or default_scenario_path(current_language())
            scenario, network, assessor = load(path, MONTHS)
            self.loaded.emit((scenario, network, path, assessor))
        except Exception as exc:  # handed to the GUI thread, which explains it to the learner
            self.loaded.emit(exc)

    def _on_loaded(self, result: object) -> None:
        if isinstance(result, BaseException):
            self._on_failed(result)
            return
        assert isinstance(result, tuple)
        scenario, network, path, assessor = result
        window = self.build(scenario, network, path, assessor, self.size())  # built for its final size: its text is styled once
        window.window_painted.connect(settle_collections)
        window.setGeometry(self.geometry())  # shown at its final size: the network is laid out once
        if self.isMaximized():
            window.showMaximized()
        else:
            window.show()
        window.view.setFocus()
        # Layouts that changed as the window was shown (its status bar's size grip, where the window does not fill
        # the screen) settle before the first paint: else the network is laid out and painted 1 px off, then again.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
        self.explorer = window
        self.hide()
        self.explorer_opened.emit(window)

    def _on_failed(self, error: BaseException) -> None:
        settle_collections()
        from model.catalogue import default_scenario_path
        from model.scenario import ScenarioError
        from ui.errors import problems_text, show_error

        details = problems_text(error) if isinstance(error, ScenarioError) else str(error)
        title = self.tr("The scenario could not be opened")
        if self.scenario_path is not None and self.scenario_path != default_scenario_path(current_language()):
            message = self.tr("{file} has problems, so the bundled scenario opens instead.").format(file=self.scenario_path.name)
            show_error(self, title, message, details)
            self.scenario_path = None
            self.start()
            return
        show_error(self, title, self.tr("The explorer cannot start without a scenario."), details)
        self.close()

    @guarded()
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self.painted.emit)
