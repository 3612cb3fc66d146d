"""The explorer is built for the size the start-up window hands it: on a large screen its text is
larger from the first picture on, and the whole window is not styled a second time when it is shown
(that second pass cost about 45 ms of the start-up on a 1920x1080 screen)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from model.catalogue import default_scenario_path
from ui.app import build_window, load_network
from ui.sizing import window_factor

ROOT = Path(__file__).resolve().parents[2]


def test_a_window_built_for_a_large_screen_has_its_text_size_before_it_is_shown_and_keeps_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = default_scenario_path()
    scenario, network = load_network(path)
    size = QSize(1632, 918)  # what the start-up window takes on a 1920x1080 screen
    window = build_window(scenario, network, path, size=size)
    qtbot.addWidget(window)
    factor = window_factor(size.width(), size.height())
    assert factor > 1.04, "a large screen's window has larger text"
    assert window.effective_text_scale == pytest.approx(factor), "the text is sized for the window before it is shown"
    styled = window.styleSheet()
    restyled: list[float] = []
    original = window._apply_text_size
    monkeypatch.setattr(window, "_apply_text_size", lambda: (restyled.append(window.effective_text_scale), original()))
    window.resize(size)
    with qtbot.waitExposed(window):
        window.show()
    qtbot.waitUntil(lambda: window.view.viewport().width() > 0)
    assert restyled == [], "shown at the size it was built for, the window is not styled again"
    assert window.styleSheet() == styled
    assert window.effective_text_scale == pytest.approx(factor)


LAYOUTS = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.chart_loader
ui.chart_loader.ChartLoader.start = lambda self: None  # no chart: only the first picture
import ui.network.scene
layouts = []
original = ui.network.scene.NetworkScene.layout_for
def layout_for(self, width, height):
    layouts.append((round(width), round(height), painted))
    return original(self, width, height)
painted = False
ui.network.scene.NetworkScene.layout_for = layout_for
from ui import app
shell = app.open_window(None)
def opened(window):
    def first_paint():
        global painted
        painted = True
    window.window_painted.connect(first_paint)
    def settled():
        size = window.view.viewport().size()
        print("LAYOUTS", repr((layouts, (max(size.width(), 320), max(size.height(), 200)), window.isMaximized())), flush=True)
        QApplication.quit()
    window.window_painted.connect(lambda: QTimer.singleShot(300, settled))
shell.explorer_opened.connect(opened)
QApplication.exec()
"""


def layouts_on_screen(tmp_path: Path, width: int, height: int) -> tuple[list[tuple[int, int, bool]], tuple[int, int], bool]:
    """Start the app on an offscreen screen of this size: the network's layouts (size, after the first
    paint?), the view's final size and whether the window is maximised."""
    screens = tmp_path / "screen.json"
    screens.write_text(json.dumps({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]}))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screens}",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
        "FTE_CACHE_DIR": str(tmp_path / "cache"),
    }
    result = subprocess.run([sys.executable, "-c", LAYOUTS], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("LAYOUTS"))
    layouts, final, maximised = ast.literal_eval(line.removeprefix("LAYOUTS "))
    return layouts, final, maximised


def test_a_window_that_does_not_fill_the_screen_lays_its_network_out_once(tmp_path: Path) -> None:
    """Shown on a 1920x1080 screen, the explorer is not maximised: its status bar gets a size grip as it
    is shown, which made the network's first layout 1 px too tall and a second one follow the first paint."""
    layouts, final, maximised = layouts_on_screen(tmp_path, 1920, 1080)
    assert not maximised, "the window leaves some of the screen free (as on a large screen)"
    assert layouts == [(*final, False)], f"the network laid out once, for the view's final size: {layouts} for {final}"


def test_a_network_taller_than_the_view_is_laid_out_for_the_scroll_bar_before_the_first_paint(tmp_path: Path) -> None:
    """On a 1280x720 projector the bundled network needs more height than the view: the scroll bar that
    appears takes 14 px of width. The network was painted for the wider view, then laid out and painted
    again once the bar was there; it is now laid out for the narrower view before its first paint."""
    layouts, final, _maximised = layouts_on_screen(tmp_path, 1280, 720)
    assert layouts[-1] == (*final, False), f"the last layout is for the view's final size, before the first paint: {layouts} for {final}"
    assert not any(after for *_size, after in layouts), f"no layout after the first paint: {layouts}"
