"""The one assembly point: builds the QApplication, fonts, theme, the model and the main window.

``run`` starts the explorer (through ``ui.startup``: a light window first, the model loaded off the GUI
thread); ``screenshot`` renders the window offscreen in a given state to a PNG (for the README's
pictures and for checks). main.py calls only these two.

Start-up is progressive: a light window appears at once (only PySide6 is imported for it) while a
worker thread imports the model's libraries (numpy, OR-Tools, pydantic), loads the
scenario and solves the baseline; the explorer then takes the light window's place. The model
objects are frozen and Qt-free, so handing them from the worker to the GUI thread is safe.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from functools import partial
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from resources import ICON
from ui.language import attach_translator
from ui.lesson.documents import APP_NAME

if TYPE_CHECKING:  # the model and the window are imported lazily: see the module docstring
    from model.assessor import Assessor
    from model.network import SupplyNetwork
    from model.scenario import Scenario
    from ui.lesson.start import StartRequest
    from ui.startup import StartupWindow
    from ui.window import MainWindow

logger = logging.getLogger(__name__)

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
    icon = resources.files("resources").joinpath(*ICON.split("/"))
    if icon.is_file():  # the title bar, the task bar and the window switcher show the app's own icon
        app.setWindowIcon(QIcon(str(icon)))
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINTS)
    app.setFont(font)
    attach_translator(app)  # the language --lang or View > Language chose (ui.language)
    return app


def load_network(path: Path) -> tuple[Scenario, SupplyNetwork]:
    """Load and validate a scenario and build its network (raises ScenarioError or the model's errors)."""
    from model.network import SupplyNetwork
    from model.scenario import load_scenario

    scenario = load_scenario(path)
    return scenario, SupplyNetwork(scenario)


def build_window(
    scenario: Scenario,
    network: SupplyNetwork,
    source: Path | None,
    assessor: Assessor | None = None,
    remember: bool = False,
    reduced_motion: bool = False,
    profile: str | None = None,
    size: QSize | None = None,
) -> MainWindow:
    """The explorer; ``remember``: keep the learner's settings (text size, predicting, reduced motion,
    colour profile) between sessions. Without them (pictures, benchmarks), changes show at once,
    without asking for a prediction. ``reduced_motion``, ``profile``: for this run (the command
    line's flags). ``size``: the size it will be shown at, when known."""
    from ui.settings import user_settings
    from ui.window import MainWindow

    store = user_settings() if remember else None
    window = MainWindow(
        scenario, network, source, base_points=BASE_POINTS, assessor=assessor, store=store, predict=None if remember else False, size=size
    )
    if reduced_motion:
        window.set_reduced_motion(True, remember=False)
    if profile is not None:  # --profile
        window.set_profile(profile, remember=False)
    # The keyboard starts in the network (arrows, Enter, Right = next stage), not on the first toolbar button.
    window.view.setFocus(Qt.FocusReason.OtherFocusReason)
    if remember:  # the learner's own window: every change is autosaved (pictures and tests keep nothing)
        from ui.sessions import autosave_folder

        window.session_files.enable_autosave(autosave_folder())
    return window


def _build_remembering(
    scenario: Scenario,
    network: SupplyNetwork,
    path: Path,
    assessor: Assessor,
    size: QSize,
    reduced_motion: bool,
    profile: str | None = None,
) -> MainWindow:
    return build_window(scenario, network, path, assessor, remember=True, reduced_motion=reduced_motion, profile=profile, size=size)


def open_window(
    scenario_path: Path | None,
    reduced_motion: bool = False,
    start: StartRequest | None = None,
    profile: str | None = None,
    present: bool = False,
) -> StartupWindow:
    """Create the application, show the start-up window and begin loading the explorer; once it is
    open, bring it into the ``start`` state (or offer the autosave back, when none is asked for)."""
    from ui.errors import install_excepthook
    from ui.startup import StartupWindow

    create_application()
    install_excepthook()
    _use_profile_from_the_start(profile)  # --profile, or the one remembered: the start-up window in it too
    shell = StartupWindow(scenario_path, BASE_POINTS, partial(_build_remembering, reduced_motion=reduced_motion, profile=profile))
    shell.explorer_opened.connect(lambda window: _start_window(window, start))
    if present:  # --present: the explorer opens in presentation mode
        shell.explorer_opened.connect(lambda window: window.set_presenting(True))
    place_window(shell)
    shell.start()
    return shell


def _start_window(window: MainWindow, start: StartRequest | None) -> None:
    # Imported here, once the explorer is open: ui.launch needs the model, whose import must not
    # hold back the light window (it cost about 0.35 s of CPU before its first paint).
    from ui.launch import start_window

    start_window(window, start)


def _use_profile_from_the_start(profile: str | None) -> None:
    from ui import theme
    from ui.settings import saved_profile, user_settings

    theme.set_current(theme.profile(profile or saved_profile(user_settings())))


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


def no_screen_message(argv0: str | None = None) -> str:
    """What to do without a screen, naming the program as it was started (``python main.py``, the
    installed entry point or the trainers' bundle)."""
    program = os.path.basename(argv0 if argv0 is not None else sys.argv[0]) or "main.py"
    if program.endswith(".py"):
        program = f"python {program}"
    return (
        "There is no screen to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).\n"
        "Run the app from a desktop session, or render a picture instead:\n"
        f"  {program} --screenshot explorer.png"
    )


def has_screen() -> bool:
    """False on Linux without a display server, where Qt would abort with a cryptic plugin error."""
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(
    scenario_path: Path | None,
    reduced_motion: bool = False,
    start: StartRequest | None = None,
    profile: str | None = None,
    present: bool = False,
) -> int:
    """Start the explorer (None: the bundled scenario) in the ``start`` state. Returns the application's exit code."""
    if not has_screen():
        print(no_screen_message(), file=sys.stderr)
        return 1
    shell = open_window(scenario_path, reduced_motion, start, profile=profile, present=present)
    code = int(QApplication.exec())
    shell.deleteLater()
    return code


def check_size(size: tuple[int, int]) -> str:
    """Why a picture cannot have this size ("" when it can)."""
    from ui.sizing import MIN_HEIGHT, MIN_WIDTH

    width, height = size
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        return f"{width}x{height} is too small; expected at least {MIN_WIDTH}x{MIN_HEIGHT}"
    return ""


def screenshot(
    out: Path,
    scenario_path: Path | None,
    size: tuple[int, int],
    stage: int | None = None,
    select: str | None = None,
    remove: Sequence[str] = (),
    start: StartRequest | None = None,
    profile: str | None = None,
) -> int:
    """Render the window offscreen in the given state (``start``, or the stage, selection and removals
    given one by one) to a PNG. 0 on success, 2 on a bad request."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from model.catalogue import default_scenario_path
    from model.flow import SolverError
    from model.scenario import ScenarioError
    from ui.language import current_language
    from ui.launch import apply_start
    from ui.lesson.start import BadStart, StartRequest, check_start
    from ui.window import MONTHS

    path = scenario_path or default_scenario_path(current_language())
    try:
        scenario, network = load_network(path)
    except ScenarioError as exc:
        print(f"error: the scenario could not be loaded:\n{exc}", file=sys.stderr)
        return 2
    except SolverError as exc:
        print(f"error: {path}: {exc}", file=sys.stderr)
        return 2
    request = start or StartRequest(stage=stage, select=select, remove=tuple(remove))
    try:
        state = check_start(network, request, MONTHS)
    except BadStart as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if problem := check_size(size):
        print(f"error: {problem}", file=sys.stderr)
        return 2
    app = create_application()
    window = build_window(scenario, network, path, profile=profile)
    window.view.set_animations_enabled(False)
    window.resize(*size)
    window.show()
    window.load_chart()
    if state.stage is None and state.session is None:
        window.go_to_stage(0)
    apply_start(window, state, fullscreen=False)
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
