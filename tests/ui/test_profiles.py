"""Colour profiles in the window: View > Colours switches everything and is remembered, --profile holds
for one run; a dark system palette never gives light text on light panels; in every profile the
words on screen read at 4.5:1, measured on the pixels (tests/ui/test_contrast.py computes every pair
from the theme)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QListWidget, QMenuBar, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from main import PROFILE_NAMES, build_parser
from model.catalogue import default_scenario_path
from tests.ui.conftest import WindowFactory
from ui import theme
from ui.app import build_window, load_network
from ui.dialogs import TextDialog
from ui.settings import PROFILE_KEY, user_settings


@pytest.fixture(autouse=True)
def standard_afterwards() -> object:
    yield None
    theme.set_current(theme.STANDARD)


def seen(widget: QWidget) -> QImage:
    """The widget as it shows in its window (over its parents' backgrounds), as far as it is in view."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).intersected(window.rect())
    return window.grab(rect).toImage()


def text_contrast(image: QImage) -> float:
    """The contrast between a picture's commonest colour (its background) and its most contrasting one."""
    if image.isNull():
        return 21.0  # out of view: nothing to read
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.bytesPerLine() // 4 * image.height())
    colours, counts = np.unique(pixels, return_counts=True)
    rgb = np.stack([(colours >> shift) & 0xFF for shift in (16, 8, 0)], axis=1) / 255.0
    linear = np.where(rgb <= 0.04045, rgb / 12.92, ((rgb + 0.055) / 1.055) ** 2.4)
    luminance = linear @ np.array([0.2126, 0.7152, 0.0722])
    background = luminance[np.argmax(counts)]
    return float(max((np.maximum(luminance, background) + 0.05) / (np.minimum(luminance, background) + 0.05)))


def texts_in(window: QWidget) -> dict[str, QWidget]:
    """Every visible widget in the window that shows words."""
    found: dict[str, QWidget] = {}
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.width() < 8 or widget.height() < 8:  # WCAG exempts disabled controls
            continue
        if isinstance(widget, QLabel) and widget.text().strip():
            found[f"label {widget.text()[:30]!r}"] = widget
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            found[f"button {widget.text()[:30]!r}"] = widget
        elif isinstance(widget, QTextBrowser | QListWidget | QMenuBar):
            found[f"{type(widget).__name__} {widget.accessibleName()[:30]!r}"] = widget
    return found


def dark_system_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in {
        roles.Window: "#202124",
        roles.WindowText: "#f1f1f1",
        roles.Base: "#202124",
        roles.Text: "#f1f1f1",
        roles.Button: "#303134",
        roles.ButtonText: "#f1f1f1",
        roles.ToolTipBase: "#303134",
        roles.ToolTipText: "#f1f1f1",
        roles.Highlight: "#8ab4f8",
        roles.HighlightedText: "#202124",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


def test_a_dark_system_palette_never_gives_white_on_white(qtbot: QtBot, make_window: WindowFactory) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setPalette(dark_system_palette())
    window = make_window()
    window.go_to_stage(len(window.scenario.stages) - 1)  # the teacher notes' toggle, the quiz, the policies
    window.remove_actor("sinaloa_chapitos")
    parts = texts_in(window)
    assert len(parts) > 25
    low = {name: round(ratio, 2) for name, widget in parts.items() if (ratio := text_contrast(seen(widget))) < 4.5}
    assert not low, f"text too faint on its background: {low}"
    window.select_actor("sinaloa_chapitos")
    low = {name: round(ratio, 2) for name, widget in texts_in(window.actor_panel).items() if (ratio := text_contrast(seen(widget))) < 4.5}
    assert not low, f"text too faint on its background: {low}"
    dialog = TextDialog("Keyboard", "# Keyboard\n\nSome words to read, **and bold ones**.", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert text_contrast(seen(dialog.text)) >= 4.5, "a dialog's text"
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == theme.STANDARD.paper


@pytest.mark.parametrize("name", list(theme.PROFILES))
def test_in_every_profile_the_panels_text_and_the_remove_button_read_well(qtbot: QtBot, make_window: WindowFactory, name: str) -> None:
    window = make_window()
    window.set_profile(name, remember=False)
    window.select_actor("sinaloa_chapitos")
    remove = window.actor_panel.remove_button
    qtbot.waitUntil(remove.isVisible)
    for part, widget in {
        "actor name": window.actor_panel.name,
        "Remove button": remove,
        "sentence": window.impact.sentence,
        "stage list": window.stage_list,
    }.items():
        assert text_contrast(seen(widget)) >= 4.5, (name, part)
    canvas = window.view.viewport().grab().toImage().pixelColor(QPoint(3, window.view.viewport().height() - 3))
    assert canvas.name() == theme.PROFILES[name].canvas, "the network's background follows the profile"


def test_view_colours_switches_everything_and_is_remembered(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(store=user_settings())
    actions = window.colours_menu.actions()
    assert [a.text() for a in actions] == ["Standard", "Projector (high contrast)", "Dark"]
    assert all(a.isCheckable() for a in actions) and window.profile_actions["standard"].isChecked()
    window.load_chart()
    qtbot.waitUntil(lambda: window.chart is not None, timeout=20000)
    window.profile_actions["dark"].trigger()
    assert theme.current() is theme.DARK and window.profile_actions["dark"].isChecked()
    assert f"background: {theme.DARK.paper}" in window.styleSheet()
    assert QApplication.palette().color(QPalette.ColorRole.WindowText).name() == theme.DARK.ink
    assert window.chart is not None and window.chart.figure.get_facecolor()[:3] == pytest.approx(QColor(theme.DARK.paper).getRgbF()[:3])
    assert user_settings().value(PROFILE_KEY) == "dark"
    window.close()
    again = make_window(store=user_settings())
    assert theme.current() is theme.DARK and again.profile_actions["dark"].isChecked(), "remembered for next time"
    assert make_window().profile_actions["standard"].isChecked(), "pictures and tests use no saved settings"


def test_the_profile_flag_holds_for_one_run(qtbot: QtBot, fresh_settings: Path) -> None:
    assert tuple(theme.PROFILES) == PROFILE_NAMES
    assert build_parser().parse_args(["--profile", "projector"]).profile == "projector"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--profile", "sepia"])
    path = default_scenario_path()
    scenario, network = load_network(path)
    window = build_window(scenario, network, path, remember=True, profile="projector")
    qtbot.addWidget(window)
    assert theme.current() is theme.PROJECTOR and window.profile_actions["projector"].isChecked()
    assert user_settings().value(PROFILE_KEY) is None, "the flag is for this run; the menu remembers"
