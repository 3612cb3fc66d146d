"""Fixtures for the explorer's GUI tests: a shown window on the bundled or the small scenario.

Qt is imported inside the fixtures, so that the lesson layer's tests in tests/ui/lesson, which share
this folder, run without Qt."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from model.catalogue import default_scenario_path

if TYPE_CHECKING:
    from ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
INVENTED = ROOT / "tests" / "fixtures" / "invented_trade.yaml"
BUNDLED = default_scenario_path()
LESSON = Path(__file__).resolve().parent / "lesson"

WindowFactory = Callable[..., "MainWindow"]


def _is_lesson(path: Path) -> bool:
    return Path(path).resolve().is_relative_to(LESSON)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot pass size hints on for any QMainWindow, nor raise
    # a window above another (the policy lab asks to); that is the test platform talking, not the app.
    here = Path(__file__).parent
    for item in items:
        path = Path(str(item.fspath))
        if path.is_relative_to(here) and not _is_lesson(path):
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints", "This plugin does not support raise")
            )


@pytest.fixture(autouse=True)
def fresh_settings(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Each GUI test starts with no saved settings and no autosaved session, and nothing is written to
    the real user folders (the autosave goes to the data folder Qt finds through XDG_DATA_HOME)."""
    folder = tmp_path / "settings"
    if not _is_lesson(Path(str(request.node.fspath))):
        from PySide6.QtCore import QSettings

        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    yield folder


@pytest.fixture
def make_window(qtbot: Any) -> Iterator[WindowFactory]:
    """Build, size and show a window; animations off unless asked for."""
    from model.network import SupplyNetwork
    from model.scenario import load_scenario
    from ui.app import BASE_POINTS, create_application
    from ui.window import MainWindow

    create_application()
    windows: list[MainWindow] = []

    def make(
        path: Path = BUNDLED, size: tuple[int, int] = (1280, 720), animations: bool = False, store: Any = None, predict: bool = False
    ) -> MainWindow:
        """Predicting first is off unless a test asks for it: most tests check what a change does."""
        scenario = load_scenario(path)
        window = MainWindow(scenario, SupplyNetwork(scenario), path, base_points=BASE_POINTS, store=store, predict=predict)
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
    # No thread outlives its test: the chart's import (once per process) ends before the next test.
    from ui.chart_loader import chart_loader

    qtbot.waitUntil(lambda: not chart_loader().busy, timeout=120_000)


@pytest.fixture
def shots_dir(tmp_path: Path) -> Path:
    """Where rendered PNGs go: $UI_SHOTS_DIR when set (to look at them), else a temporary folder."""
    where = os.environ.get("UI_SHOTS_DIR")
    path = Path(where) if where else tmp_path
    path.mkdir(parents=True, exist_ok=True)
    return path
