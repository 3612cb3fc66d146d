"""Fixtures for the explorer's GUI tests: a shown window on the bundled or the small scenario."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from model.catalogue import default_scenario_path
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.app import BASE_POINTS, create_application
from ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
BUNDLED = default_scenario_path()

WindowFactory = Callable[..., MainWindow]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot pass size hints on for any QMainWindow; that is
    # the test platform talking, not the app.
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(autouse=True)
def fresh_settings(tmp_path: Path) -> Iterator[Path]:
    """Each test starts with no saved settings, and nothing is written to the real user folder."""
    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def make_window(qtbot: QtBot) -> Iterator[WindowFactory]:
    """Build, size and show a window; animations off unless asked for."""
    create_application()
    windows: list[MainWindow] = []

    def make(
        path: Path = BUNDLED, size: tuple[int, int] = (1280, 720), animations: bool = False, store: QSettings | None = None
    ) -> MainWindow:
        scenario = load_scenario(path)
        window = MainWindow(scenario, SupplyNetwork(scenario), path, base_points=BASE_POINTS, store=store)
        qtbot.addWidget(window)
        window.view.set_animations_enabled(animations)
        window.resize(*size)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.view.set_markers_enabled(False)


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    """Where rendered PNGs go: $UI_SHOTS_DIR when set (to look at them), else a temporary folder."""
    where = os.environ.get("UI_SHOTS_DIR")
    path = Path(where) if where else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path
