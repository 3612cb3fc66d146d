"""The visible focus: every control shows a ring when it gets the keyboard focus, at least 2 px wide, in
the theme's focus colour, 3:1 or more against what is around it, in every profile.

Each control is pictured (as it shows in its window, with the room around it) without the focus and
then with it, given the way Tab gives it; the pictures must differ, and the second must show the ring."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from ui import contrast, theme
from ui.focus import GAP, OUTSET
from ui.window import MainWindow


@pytest.fixture(autouse=True)
def standard_afterwards() -> object:
    yield None
    theme.set_current(theme.STANDARD)


MARGIN = OUTSET + 3  # the picture reaches past the ring, to the background around it


def picture(control: QWidget) -> QImage:
    """The control and the room around it where its ring goes, as its window shows them."""
    window = control.window()
    rect = QRect(control.mapTo(window, QPoint(0, 0)), control.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    return window.grab(rect.intersected(window.rect())).toImage().convertToFormat(QImage.Format.Format_RGB32)


def is_ring(colour: QColor, ring: QColor) -> bool:
    return max(abs(colour.red() - ring.red()), abs(colour.green() - ring.green()), abs(colour.blue() - ring.blue())) <= 10


def ring_pixels(image: QImage, ring: QColor) -> int:
    return sum(is_ring(image.pixelColor(x, y), ring) for x in range(image.width()) for y in range(image.height()))


def ring_thickness(image: QImage, ring: QColor) -> int:
    """The longest run of ring-coloured pixels across the ring's left side, halfway down."""
    run = longest = 0
    for x in range(min(MARGIN, image.width())):
        run = run + 1 if is_ring(image.pixelColor(x, image.height() // 2), ring) else 0
        longest = max(longest, run)
    return longest


def away(window: MainWindow) -> None:
    """The keyboard focus somewhere else: the network (which rings its actors itself)."""
    window.view.setFocus(Qt.FocusReason.TabFocusReason)


def on_stage(index: int) -> Callable[[MainWindow], None]:
    return lambda window: window.go_to_stage(index)


def last_stage(window: MainWindow) -> None:
    window.go_to_stage(len(window.scenario.stages) - 1)


def selected(window: MainWindow) -> None:
    window.select_actor("sinaloa_chapitos")


def removed(window: MainWindow) -> None:
    window.select_actor("sinaloa_chapitos")
    window.remove_actor("sinaloa_chapitos")


def first_preset(window: MainWindow) -> QWidget:
    return next(iter(window.stage_panel.preset_buttons.values()))


def first_quiz_answer(window: MainWindow) -> QWidget:
    return window.stage_panel.quiz_cards[0].choices[0]


def first_block_with_links(window: MainWindow) -> QWidget:
    return next(block for block in window.stage_panel.blocks if block.has_links())


CONTROLS: dict[str, tuple[Callable[[MainWindow], None], Callable[[MainWindow], QWidget]]] = {
    "Remove": (selected, lambda w: w.actor_panel.remove_button),
    "Restore": (removed, lambda w: w.actor_panel.restore_button),
    "Apply (a policy)": (last_stage, first_preset),
    "stage list": (on_stage(0), lambda w: w.stage_list),
    "Policies": (on_stage(0), lambda w: w.policy_button),
    "Play": (on_stage(0), lambda w: w.impact.play),
    "previous month": (on_stage(0), lambda w: w.impact.step_back),
    "next month": (on_stage(0), lambda w: w.impact.step_forward),
    "month slider": (on_stage(0), lambda w: w.impact.slider),
    "quiz answer": (on_stage(0), first_quiz_answer),
    "link in a text block": (on_stage(0), first_block_with_links),
}


@pytest.mark.parametrize("name", list(CONTROLS))
def test_every_control_shows_a_ring_when_it_has_the_focus(qtbot: QtBot, make_window: WindowFactory, name: str) -> None:
    window = make_window()
    prepare, find = CONTROLS[name]
    prepare(window)
    control = find(window)
    qtbot.waitUntil(control.isVisible)
    window.settle()  # the panel's text blocks take their heights
    area = control.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is not None:
        area.ensureWidgetVisible(control, MARGIN + 4, MARGIN + 4)
    away(window)
    qtbot.waitUntil(lambda: not control.hasFocus())
    before = picture(control)
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    qtbot.waitUntil(lambda: window.focus_rings.control is control)
    after = picture(control)
    assert after != before, f"{name}: nothing changes when it gets the focus"
    ring = theme.current().qcolor("focus")
    gained = ring_pixels(after, ring) - ring_pixels(before, ring)
    around = 2 * (min(after.width(), control.width() + 2 * GAP) + min(after.height(), control.height() + 2 * GAP))
    assert gained >= around, f"{name}: the ring's colour covers {gained} more pixels, a 2 px ring needs {around}"
    assert ring_thickness(after, ring) >= 2, f"{name}: the ring is less than 2 px wide"
    for where, x in (("outside", 0), ("between it and the control", MARGIN - 1)):
        background = after.pixelColor(x, after.height() // 2)
        assert contrast.ratio(ring.name(), background.name()) >= 3.0, f"{name}: the ring against {background.name()} {where}"
    away(window)
    qtbot.waitUntil(lambda: window.focus_rings.control is None)
    assert ring_pixels(picture(control), ring) <= ring_pixels(before, ring), f"{name}: the ring stays after the focus left"


@pytest.mark.parametrize("profile", list(theme.PROFILES))
def test_the_ring_follows_the_profile(qtbot: QtBot, make_window: WindowFactory, profile: str) -> None:
    window = make_window()
    window.set_profile(profile, remember=False)
    window.select_actor("sinaloa_chapitos")
    remove = window.actor_panel.remove_button
    qtbot.waitUntil(remove.isVisible)
    remove.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: window.focus_rings.control is remove)
    ring = theme.PROFILES[profile].qcolor("focus")
    after = picture(remove)
    assert ring_pixels(after, ring) >= 2 * (remove.width() + remove.height())
    assert contrast.ratio(ring.name(), after.pixelColor(MARGIN - 1, after.height() // 2).name()) >= 3.0


def test_the_focused_actor_has_a_dashed_ring_in_the_focus_colour(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    view = window.view
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    focused = view.focused_actor()
    assert focused is not None
    item = view.actor_item(focused)
    box = view.mapFromScene(item.box()).boundingRect().adjusted(-8, -8, 8, 8)
    image = view.viewport().grab(box).toImage()
    ring = theme.current().qcolor("focus")
    assert ring_pixels(image, ring) > box.width(), "the dashed ring in the focus colour"
    assert window.focus_rings.control is None, "the network rings its actor itself"
