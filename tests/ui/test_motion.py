"""Motion in the explorer: markers that move over a network drawn once per state (and never over a
stale one), that stop when nobody can see them, reduced motion, full screen, and the month controls'
drawn icons."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from main import build_parser
from model.catalogue import default_scenario_path
from tests.ui.conftest import WindowFactory
from ui import theme
from ui.app import build_window, load_network
from ui.network.routes import FlowMarkerItem
from ui.settings import REDUCED_MOTION_KEY, user_settings
from ui.window import MainWindow


def busiest_actor(window: MainWindow) -> str:
    network = window.network
    base = window.assessment.baseline.actor_flow
    candidates = [a for a in network.actor_ids if a not in network.market_actors and not network.actors[a].latent]
    return max(candidates, key=lambda a: (base[a], a))


def actor_centre(window: MainWindow, actor_id: str) -> QPoint:
    view = window.view
    item = view.actor_item(actor_id)
    view.ensureVisible(item, 0, 0)
    return view.mapFromScene(item.sceneBoundingRect().center())


def frame(window: MainWindow, cached: bool) -> QImage:
    """The network as drawn now: from the kept picture (as every frame is while markers move), or
    painted whole for comparison. The markers stand where they are between the two."""
    frames = window.view.frames
    frames.enabled = cached
    try:
        return window.view.viewport().grab().toImage()
    finally:
        frames.enabled = True


def differing_pixels(a: QImage, b: QImage) -> int:
    if a.size() != b.size():
        return a.width() * a.height()
    return sum(1 for y in range(0, a.height(), 2) for x in range(0, a.width(), 2) if a.pixel(x, y) != b.pixel(x, y))


def moving_window(make_window: WindowFactory, qtbot: QtBot, **kwargs: object) -> MainWindow:
    """A window at the third stage of the tour (the first with routes drawn), markers moving."""
    window = make_window(animations=True, **kwargs)
    assert not window.view.markers_moving, "the first stage shows no route, so nothing moves"
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.view.markers_moving, timeout=2000)
    return window


def test_every_change_is_drawn_while_markers_move_never_a_stale_picture(qtbot: QtBot, make_window: WindowFactory) -> None:
    """While markers move, each frame copies a kept picture of the network: after each thing a
    learner does, the frame shows the new state, exactly as painting the whole network would."""
    window = moving_window(make_window, qtbot)
    view = window.view
    target = busiest_actor(window)

    def after(change: Callable[[], None], what: str) -> None:
        before, builds = frame(window, cached=True), view.frames.builds
        change()
        qtbot.waitUntil(lambda: frame(window, cached=True) == frame(window, cached=False), timeout=3000)
        assert view.markers_moving, what
        assert view.frames.builds > builds, f"{what}: the network was drawn again"
        assert differing_pixels(before, frame(window, cached=True)) > 50, f"{what}: the picture changed"

    def remove() -> None:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=actor_centre(window, target))
        with qtbot.waitSignal(view.transition_finished, timeout=3000):
            qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)

    def drag() -> None:
        start = view.viewport().rect().center()
        qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
        qtbot.mouseMove(view.viewport(), start + QPoint(40, 30))
        qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(40, 30))

    after(lambda: qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier), "the next stage of the tour")
    after(lambda: qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier), "explore freely")
    after(lambda: qtbot.mouseMove(view.viewport(), actor_centre(window, target)), "hovering an actor")
    after(remove, "removing it (a new flow picture)")
    after(lambda: qtbot.keyClick(view, Qt.Key.Key_Escape), "clearing the selection")
    after(lambda: qtbot.keyClick(view, Qt.Key.Key_Plus), "zooming in")
    after(drag, "panning")
    after(lambda: qtbot.keyClick(view, Qt.Key.Key_0), "fitting to the window")
    after(lambda: qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier), "larger text")
    after(lambda: window.resize(1100, 700), "a smaller window")
    after(lambda: qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier), "undo")


def test_markers_move_without_drawing_the_network_again(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = moving_window(make_window, qtbot)
    view = window.view
    qtbot.waitUntil(lambda: view.frames.valid, timeout=2000)
    # The scene reports a change on the next pass of the event loop: a layout made just before (the
    # panes settling after the stage changed) must be reported before the picture counts as final.
    QCoreApplication.sendPostedEvents(view.scene())
    qtbot.waitUntil(lambda: view.frames.valid, timeout=2000)
    markers = view.frames.markers()
    start = [marker.position for marker in markers]
    builds = view.frames.builds
    qtbot.waitUntil(lambda: sum(m.position != p for m, p in zip(markers, start, strict=True)) > len(markers) // 2, timeout=2000)
    frame_a = frame(window, cached=True)
    qtbot.waitUntil(lambda: frame(window, cached=True) != frame_a, timeout=2000)
    assert view.frames.builds == builds, "moving markers never redraws the network"


def test_markers_pause_when_the_window_is_inactive_minimised_or_hidden(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = moving_window(make_window, qtbot)
    view = window.view
    other = QLabel("another window")
    qtbot.addWidget(other)
    other.move(window.geometry().bottomRight())  # beside the explorer, not over it
    other.show()
    with qtbot.waitActive(other):
        other.activateWindow()
    qtbot.waitUntil(lambda: not view.markers_moving, timeout=2000)
    assert view.isVisible() and not window.isMinimized(), "paused because the window is inactive"
    assert all(marker.isVisible() for marker in view.network_scene._active_markers), "paused, still shown"
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: view.markers_moving, timeout=2000)

    window.showMinimized()
    qtbot.waitUntil(lambda: not view.markers_moving, timeout=2000)
    window.showNormal()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.waitUntil(lambda: view.markers_moving, timeout=2000)

    window.hide()
    qtbot.waitUntil(lambda: not view.markers_moving, timeout=2000)


def test_reduced_motion_from_the_view_menu_stops_all_motion_and_is_remembered(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = moving_window(make_window, qtbot, store=user_settings())
    view = window.view
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    reduced = next(a for a in view_menu.actions() if a.text() == "Reduced motion")
    reduced.trigger()
    assert reduced.isChecked() and not view.markers_moving
    assert view.frames.markers(), "the markers still show which way the trade flows, standing still"
    target = busiest_actor(window)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=actor_centre(window, target))
    with qtbot.waitSignal(view.transition_finished, timeout=100):  # at once: no animated change
        qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    assert all(route.width == pytest.approx(route._to_width) for route in view.route_items()), "the new state is shown whole"
    window.close()

    # Started again as the app starts (remembering settings): the markers stand still from the start.
    path = default_scenario_path()
    again = build_window(*load_network(path), path, remember=True)
    qtbot.addWidget(again)
    again.resize(1280, 720)
    with qtbot.waitActive(again):
        again.show()
        again.activateWindow()
    again.go_to_stage(2)
    assert again.reduced_motion_action.isChecked() and not again.view.animations_enabled and not again.view.markers_moving
    again.reduced_motion_action.trigger()
    qtbot.waitUntil(lambda: again.view.markers_moving, timeout=2000)
    assert user_settings().value(REDUCED_MOTION_KEY) in (False, "false")
    again.view.set_markers_enabled(False)


def test_the_reduced_motion_flag_holds_for_one_run(qtbot: QtBot, fresh_settings: Path) -> None:
    assert build_parser().parse_args(["--reduced-motion"]).reduced_motion
    assert not build_parser().parse_args([]).reduced_motion
    path = default_scenario_path()
    scenario, network = load_network(path)
    window = build_window(scenario, network, path, remember=True, reduced_motion=True)
    qtbot.addWidget(window)
    assert window.reduced_motion_action.isChecked() and not window.view.animations_enabled
    assert user_settings().value(REDUCED_MOTION_KEY) is None, "the flag is for this run; the menu remembers"


def test_f11_toggles_full_screen(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    assert window.full_screen_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=2000)
    assert not window.full_screen_action.isChecked()


def test_the_month_controls_show_drawn_icons_and_plain_words(make_window: WindowFactory) -> None:
    """No glyph from a font (the pause sign showed as an empty box): drawn icons, and words a
    screen reader says as they are."""
    strip = make_window().impact
    pictures = {}
    for playing, word in ((False, "Play"), (True, "Pause")):
        strip.set_playing(playing)
        assert strip.play.text() == word and strip.play.accessibleName() == word
        image = strip.play.icon().pixmap(32, 32).toImage()
        inked = sum(1 for y in range(32) for x in range(32) if image.pixelColor(x, y).alpha() > 128)
        assert inked > 60, f"the {word} icon is drawn"
        pictures[word] = image
    strip.set_playing(False)
    assert pictures["Play"] != pictures["Pause"]
    for button, name in ((strip.step_back, "Previous month"), (strip.step_forward, "Next month")):
        assert button.accessibleName() == name and not button.icon().isNull() and button.text() == ""


def test_after_a_change_markers_on_faint_routes_are_faint_and_those_on_gaining_routes_stand_out(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()  # animations off: the markers stand still where they are drawn
    window.set_explore(True)
    window.remove_actor(busiest_actor(window))
    view = window.view
    image = view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    covers = [view.mapFromScene(rect).boundingRect() for rect in view.frames._covers()]

    def centre_colour(marker: FlowMarkerItem) -> QColor | None:
        point = view.mapFromScene(marker.position)
        if not view.viewport().rect().contains(point) or any(c.adjusted(-8, -8, 8, 8).contains(point) for c in covers):
            return None  # under an actor or a label, or near one
        return image.pixelColor(round(point.x() * ratio), round(point.y() * ratio))

    colours = theme.current()
    faint = [c for m in view.frames.markers() if m.route.dimmed and (c := centre_colour(m)) is not None]
    gained = [c for m in view.frames.markers() if m.gained and (c := centre_colour(m)) is not None]
    assert faint and gained
    assert all(c != colours.qcolor("marker") for c in faint), "faint markers let their faint route show through"
    assert any(c == colours.qcolor("accent") for c in gained), "markers on routes that gained are drawn full"
