"""The one assembly point: builds the QApplication, fonts, theme, the model and the main window.

``run`` starts the explorer; ``screenshot`` renders the window offscreen in a given state to a PNG
(for the README's pictures and for checks). main.py calls only these two.

Start-up is progressive: a light window appears at once (only PySide6 is imported for it) while a
worker thread imports the model's libraries (numpy, OR-Tools, pydantic), loads the
scenario and solves the baseline; the explorer then takes the light window's place. The model
objects are frozen and Qt-free, so handing them from the worker to the GUI thread is safe.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:  # the model and the window are imported lazily: see the module docstring
    from model.network import SupplyNetwork
    from model.scenario import Scenario
    from model.simulation import Assessment
    from ui.main_window import MainWindow

logger = logging.getLogger(__name__)

APP_NAME = "Fentanyl Trade Explorer"
BASE_POINTS = 11.0
START_SIZE = (1280, 760)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication, created once, with High-DPI scaling, the Fusion style and a readable font."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(list(argv) if argv is not None else [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINTS)
    app.setFont(font)
    return app


def load_network(path: Path) -> tuple[Scenario, SupplyNetwork]:
    """Load and validate a scenario and build its network (raises ScenarioError or SolverError)."""
    from model.network import SupplyNetwork
    from model.scenario import load_scenario

    scenario = load_scenario(path)
    return scenario, SupplyNetwork(scenario)


def build_window(
    scenario: Scenario, network: SupplyNetwork, source: Path | None, baseline: Assessment | None = None, remember: bool = False
) -> MainWindow:
    """The explorer; ``remember``: keep the learner's settings (text size) between sessions."""
    from ui.main_window import MainWindow, user_settings

    store = user_settings() if remember else None
    return MainWindow(scenario, network, source, base_points=BASE_POINTS, baseline=baseline, store=store)


def _install_excepthook() -> None:
    """Unexpected errors are logged and shown as one plain dialog, never as a traceback."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from ui.main_window import show_error

        logger.error("unexpected error", exc_info=(kind, value, tb))
        message = "The explorer hit an unexpected problem; what you were doing may not have finished."
        show_error(None, "Something went wrong", message, f"{kind.__name__}: {value}")

    sys.excepthook = hook


class StartupWindow(QWidget):
    """The light window shown while the model loads; the explorer replaces it.

    Signals:
        painted(): the window has painted once (it is on screen and the event loop is free).
        explorer_opened(QWidget): the explorer window is shown in its place.
        loaded(object): from the worker thread: (scenario, network, path, baseline assessment) or the exception.
    """

    painted = Signal()
    explorer_opened = Signal(QWidget)
    loaded = Signal(object)

    def __init__(self, scenario_path: Path | None) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)
        self.setStyleSheet("QWidget { background: #ffffff; color: #1d2731; } QLabel#note { color: #5d6b78; }")
        box = QVBoxLayout(self)
        box.addStretch(1)
        title = QLabel(APP_NAME)
        font = QFont(self.font())
        font.setPointSizeF(BASE_POINTS * 2)
        font.setBold(True)
        title.setFont(font)
        note = QLabel("Opening the scenario\u2026")
        note.setObjectName("note")
        for label in (title, note):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            box.addWidget(label)
        box.addStretch(1)
        self.scenario_path = scenario_path
        self.explorer: MainWindow | None = None
        self._painted = False
        self.loaded.connect(self._on_loaded)

    def start(self) -> None:
        """Load in a worker thread; the explorer opens when it is done."""
        threading.Thread(target=self._load, args=(self.scenario_path,), name="scenario-loader", daemon=True).start()

    def _load(self, path: Path | None) -> None:
        try:
            from model.catalogue import default_scenario_path
            from model.interventions import Plan
            from model.simulation import assess
            from ui.main_window import MONTHS  # imports the window's code here, off the GUI thread

            path = path or default_scenario_path()
            scenario, network = load_network(path)
            baseline = assess(network, Plan(), months=MONTHS)
            self.loaded.emit((scenario, network, path, baseline))
        except Exception as exc:  # handed to the GUI thread, which explains it to the learner
            self.loaded.emit(exc)

    def _on_loaded(self, result: object) -> None:
        from model.catalogue import default_scenario_path
        from model.flow import SolverError
        from model.scenario import ScenarioError
        from ui.main_window import scenario_problems_text, show_error

        if isinstance(result, BaseException):
            details = scenario_problems_text(result) if isinstance(result, ScenarioError) else str(result)
            known = isinstance(result, ScenarioError | SolverError)
            if self.scenario_path is not None and self.scenario_path != default_scenario_path() and known:
                message = f"{self.scenario_path.name} has problems, so the bundled scenario opens instead."
                show_error(self, "The scenario could not be opened", message, details)
                self.scenario_path = None
                self.start()
                return
            show_error(self, "The scenario could not be opened", "The explorer cannot start without a scenario.", details)
            self.close()
            return
        assert isinstance(result, tuple)
        scenario, network, path, baseline = result
        window = build_window(scenario, network, path, baseline, remember=True)
        if self.isMaximized():
            window.showMaximized()
        else:
            window.setGeometry(self.geometry())
            window.show()
        window.view.setFocus()
        self.explorer = window
        self.hide()
        self.explorer_opened.emit(window)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.painted.emit)


def open_window(scenario_path: Path | None) -> StartupWindow:
    """Create the application, show the start-up window and begin loading the explorer."""
    create_application()
    _install_excepthook()
    shell = StartupWindow(scenario_path)
    place_window(shell)
    shell.start()
    return shell


def place_window(window: QWidget) -> None:
    """Maximised on a small screen (a 1280x720 projector), else most of the screen, centred."""
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*START_SIZE)
        window.show()
        return
    room = screen.availableGeometry()
    if room.width() <= START_SIZE[0] + 120 or room.height() <= START_SIZE[1] + 80:
        window.showMaximized()
        return
    width, height = max(START_SIZE[0], int(room.width() * 0.85)), max(START_SIZE[1], int(room.height() * 0.85))
    window.resize(width, height)
    window.move(room.center() - window.rect().center())
    window.show()


NO_SCREEN = (
    "There is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
    "Run the app from a desktop session, or render a picture instead:\n"
    "  python main.py --screenshot explorer.png"
)


def has_screen() -> bool:
    """False on Linux without a display server, where Qt would abort with a cryptic plugin error."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(scenario_path: Path | None) -> int:
    """Start the explorer (None: the bundled scenario). Returns the application's exit code."""
    if not has_screen():
        print(NO_SCREEN, file=sys.stderr)
        return 1
    shell = open_window(scenario_path)
    code = int(QApplication.exec())
    shell.deleteLater()
    return code


def screenshot(
    out: Path, scenario_path: Path | None, size: tuple[int, int], stage: int | None, select: str | None, remove: list[str]
) -> int:
    """Render the window offscreen in the given state to a PNG. 0 on success, 2 on a bad request."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from model.catalogue import default_scenario_path
    from model.flow import SolverError
    from model.interventions import UnknownActorError, check_actor
    from model.scenario import ScenarioError
    from ui.main_window import MIN_HEIGHT, MIN_WIDTH

    path = scenario_path or default_scenario_path()
    try:
        scenario, network = load_network(path)
    except ScenarioError as exc:
        print(f"error: the scenario could not be loaded:\n{exc}", file=sys.stderr)
        return 2
    except SolverError as exc:
        print(f"error: {path}: {exc}", file=sys.stderr)
        return 2
    total = len(scenario.stages)
    if stage is not None and not 1 <= stage <= total:
        print(f"error: there is no stage {stage}; expected a stage from 1 to {total}", file=sys.stderr)
        return 2
    try:
        for actor_id in [*remove, *([select] if select else [])]:
            check_actor(network, actor_id)
    except UnknownActorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    width, height = size
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        print(f"error: {width}x{height} is too small; expected at least {MIN_WIDTH}x{MIN_HEIGHT}", file=sys.stderr)
        return 2
    if select is not None:
        select_stage = network.stage_order[network.actors[select].stage] + 1
        if stage is None:
            stage = select_stage
        elif select_stage > stage:
            hint = f"use --stage {select_stage} or later"
            print(f"error: actor '{select}' belongs to stage {select_stage}, which is hidden at stage {stage}; {hint}", file=sys.stderr)
            return 2
    app = create_application()
    window = build_window(scenario, network, path)
    window.view.set_animations_enabled(False)
    window.resize(width, height)
    window.show()
    window.load_chart()
    window.go_to_stage((stage or 1) - 1)
    for actor_id in remove:
        window.remove_actor(actor_id)
    if select is not None:
        window.select_actor(select)
    window.settle()
    image = window.grab()
    reason = ""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = image.save(str(out), "PNG")
    except OSError as exc:  # a folder that cannot be made: say so, as for a file that cannot be written
        ok, reason = False, f" ({exc.strerror or exc})"
    window.close()
    window.deleteLater()
    app.processEvents()
    if not ok:
        print(f"error: could not write {out}{reason}; expected a path to a PNG file in a folder you can write to", file=sys.stderr)
        return 2
    return 0
