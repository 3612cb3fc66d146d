"""The explorer is built for the size the start-up window hands it: on a large screen its text is
larger from the first picture on, and the whole window is not styled a second time when it is shown
(that second pass cost about 45 ms of the start-up on a 1920x1080 screen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from model.catalogue import default_scenario_path
from ui.app import build_window, load_network
from ui.sizing import window_factor


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
