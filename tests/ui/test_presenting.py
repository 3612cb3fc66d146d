"""Presenting to a class: presentation mode fills the screen with larger text in the projector colours
and without the clutter, and Escape gives the window back as it was; the teacher's notes window shows
the current stage's notes and quiz answers and follows the tour; --present is on the command line."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from main import build_parser
from tests.ui.conftest import WindowFactory
from ui import theme
from ui.settings import PRESENT_TEXT_SCALE, user_settings


@pytest.fixture(autouse=True)
def standard_afterwards() -> object:
    yield None
    theme.set_current(theme.STANDARD)


def test_presentation_mode_is_full_screen_large_and_plain_and_escape_gives_the_window_back(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(store=user_settings())
    window.set_profile("dark")
    scale = window.text_scale
    window.present_action.trigger()  # F5
    assert window.presenting and window.present_action.isChecked()
    qtbot.waitUntil(window.isFullScreen)
    assert theme.current() is theme.PROJECTOR and window.profile_actions["projector"].isChecked()
    assert window.text_scale >= PRESENT_TEXT_SCALE > scale
    assert not window.menuBar().isVisible() and not window.statusBar().isVisible()
    shown = [a for a in window.toolbar.actions() if a.isVisible() and not a.isSeparator()]
    assert window.redo_action not in shown and window.explore_action not in shown
    assert window.leave_present_action in shown, "a way out stays on screen"
    assert user_settings().value("view/profile") == "dark", "presenting lends its colours; it does not keep them"

    window.select_actor("sinaloa_chapitos")
    window.escape()
    assert window.presenting and window.sessions.session.selected is None, "the first Escape clears the selection"
    window.escape()
    assert not window.presenting and not window.present_action.isChecked()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert theme.current() is theme.DARK and window.text_scale == scale
    assert window.menuBar().isVisible() and window.statusBar().isVisible()
    assert not window.leave_present_action.isVisible() and window.redo_action.isVisible()


# the offscreen platform talking, not the app
@pytest.mark.qt_log_ignore("This plugin does not support raise", "This plugin does not support propagateSizeHints")
def test_the_teacher_notes_window_follows_the_tour(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    with_notes = [i for i, stage in enumerate(window.scenario.stages) if stage.teacher_notes is not None]
    assert len(with_notes) >= 2
    first, second = with_notes[:2]
    window.go_to_stage(first)
    notes = window.open_teacher_notes()
    qtbot.waitExposed(notes)
    assert notes.isWindow() and notes is not window
    stage = window.scenario.stages[first]
    assert stage.title in notes.text()
    assert stage.teacher_notes is not None and stage.teacher_notes.prompts[0].question.split()[0] in notes.text()
    if stage.quiz:
        assert stage.quiz[0].choices[stage.quiz[0].correct].split()[0] in notes.text()
    window.go_to_stage(second)
    assert window.scenario.stages[second].title in notes.text(), "the notes follow the tour"
    assert stage.title not in notes.text()
    notes.close()
    assert window.open_teacher_notes() is notes, "closing it is fine: Ctrl+T shows it again"


def test_present_is_on_the_command_line() -> None:
    assert build_parser().parse_args(["--present"]).present
    assert not build_parser().parse_args([]).present
