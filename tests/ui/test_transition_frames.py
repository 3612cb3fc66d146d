"""The half second after a change, when route widths move: each step paints the moving routes over the
still network drawn once for the transition (``ui.network.layers``), shows what a full paint shows
(bar where a moving route now crosses over a still one), and ends on exactly the final state's picture."""

from __future__ import annotations

from PySide6.QtCore import QAbstractAnimation, QSize, Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tests.ui.test_motion import actor_centre, busiest_actor, differing_pixels, frame
from ui.network.routes import route_width
from ui.window import MainWindow

# Painted directly rather than from Qt's item caches, the still network differs from a full paint in
# anti-aliasing only (edges of dots and text, below a pixel); a moving route drawn over a still one
# where they cross is the one real difference. Compared at a quarter of the size, smoothed, neither
# shows; a missing or stale item does (a highlight not drawn: thousands of pixels).
SPOTS_AT_MOST = 20


def visibly_different(a: QImage, b: QImage) -> int:
    """Pixels of the two images, shrunk to a quarter (smoothly), whose colours differ by more than 32 in a channel."""
    assert a.size() == b.size()
    size = QSize(a.width() // 4, a.height() // 4)
    small = [image.scaled(size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation) for image in (a, b)]
    count = 0
    for y in range(small[0].height()):
        for x in range(small[0].width()):
            p, q = small[0].pixelColor(x, y), small[1].pixelColor(x, y)
            count += max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue())) > 32
    return count


def removed_and_paused(qtbot: QtBot, window: MainWindow) -> str:
    """The busiest actor removed, its transition started and held at its start."""
    view = window.view
    target = busiest_actor(window)
    window.remove_actor(target)
    view._transition.pause()
    qtbot.waitUntil(lambda: view.frames.layers.builds > 0 and view.frames.layers.valid_for(view.frames._current_key()), timeout=3000)
    return target


def at(window: MainWindow, fraction: float) -> None:
    """One step of the transition, as the animation's clock makes it."""
    transition = window.view._transition
    transition.setCurrentTime(round(transition.duration() * fraction))


def test_steps_paint_only_the_moving_routes_over_the_still_network_drawn_once(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(animations=True)
    window.set_explore(True)
    view = window.view
    removed_and_paused(qtbot, window)
    layers = view.frames.layers
    assert 0 < len(layers.routes) < len(view.route_items()) / 2, "only the routes whose flow changed move"
    builds, whole = layers.builds, view.frames.builds
    shown: list[QImage] = []
    for fraction in (0.2, 0.5, 0.8):
        at(window, fraction)
        layered, full = frame(window, cached=True), frame(window, cached=False)
        assert visibly_different(layered, full) <= SPOTS_AT_MOST, f"at {fraction:.0%} the frame shows what a full paint shows"
        shown.append(layered)
    assert layers.builds == builds and view.frames.builds == whole, "no step draws the still network again"
    assert differing_pixels(shown[0], shown[-1]) > 200, "the routes' widths visibly move"

    with qtbot.waitSignal(view.transition_finished, timeout=3000):
        view._transition.resume()
    assert not layers.active
    assert frame(window, cached=True) == frame(window, cached=False), "the last frame is exactly the final state's picture"
    picture = view.network_scene.picture
    assert picture is not None
    for key, route in view.network_scene.routes.items():
        assert route.width == route_width(picture.routes[key].flow, picture.largest), f"{key}: the final width follows the new flow"


def test_a_hover_during_the_transition_is_drawn_at_once(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(animations=True)
    window.set_explore(True)
    view = window.view
    target = removed_and_paused(qtbot, window)
    at(window, 0.4)
    builds, before = view.frames.layers.builds, frame(window, cached=True)
    other = next(item.actor_id for item in view.network_scene.visible_actors() if item.actor_id != target)
    qtbot.mouseMove(view.viewport(), actor_centre(window, other))
    qtbot.waitUntil(lambda: view.network_scene.hovered == other, timeout=3000)
    assert visibly_different(before, frame(window, cached=False)) > 200, "the hover changes the picture"
    # The scene reports the hover from the event loop; the next frame shows it.
    qtbot.waitUntil(lambda: visibly_different(frame(window, cached=True), frame(window, cached=False)) <= SPOTS_AT_MOST, timeout=3000)
    assert view.frames.layers.builds > builds, "the still network is drawn again, with the hover"
    assert view._transition.state() == QAbstractAnimation.State.Paused, "still under way"


def test_reduced_motion_shows_the_new_widths_at_once_with_no_layers(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(animations=True)
    window.set_explore(True)
    view = window.view
    window.reduced_motion_action.trigger()
    with qtbot.waitSignal(view.transition_finished, timeout=100):  # at once, from the click's own call
        window.remove_actor(busiest_actor(window))
    assert not view.transition_running and not view.frames.layers.active and view.frames.layers.builds == 0
    assert all(route.width == route._to_width for route in view.route_items())
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.frames.layers.builds == 0
