"""A stage's challenge in the window: the learner changes the plan in the network, checks it from the
card at the end of the stage, and reads the model's verdict; the session keeps the result, and the
card shows it again when the learner comes back to the stage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import INVENTED, WindowFactory
from ui.window import MainWindow


def click_actor(qtbot: QtBot, window: MainWindow, actor_id: str) -> None:
    view = window.view
    item = view.actor_item(actor_id)
    view.ensureVisible(item, 0, 0)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(item.box().center()))
    assert window.session.selected == actor_id


def remove(qtbot: QtBot, window: MainWindow, actor_id: str) -> None:
    click_actor(qtbot, window, actor_id)
    qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    assert actor_id in window.session.plan.removed
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)  # back to the stage panel


def check(qtbot: QtBot, window: MainWindow) -> None:
    card = window.stage_panel.challenge_card
    assert card is not None and card.isVisible()
    window.stage_panel.ensureWidgetVisible(card.check_button)
    qtbot.mouseClick(card.check_button, Qt.MouseButton.LeftButton)


def test_a_challenge_failed_then_solved_from_the_stage_card(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(INVENTED)
    window.go_to_stage(1)  # the rivers: keep supply below 70% with two removals
    card = window.stage_panel.challenge_card
    assert card is not None
    assert "keep supply below 70%" in card.task.toPlainText()
    assert not card.verdict.isVisible()

    remove(qtbot, window, "grower_north")
    check(qtbot, window)
    card = window.stage_panel.challenge_card
    assert card is not None
    assert "still reaches the Harbour bazaars (goal: below 70%)" in card.verdict.text()
    assert "Checked: removed Northern growers" in card.verdict.text()
    assert not card.solved.isVisible()
    result = window.session.challenge("river")
    assert result is not None and not result.solved

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
    remove(qtbot, window, "crew_big")
    remove(qtbot, window, "crew_small")
    check(qtbot, window)
    card = window.stage_panel.challenge_card
    assert card is not None
    assert card.solved.isVisible() and card.solved.text() == "\u2713 Solved"
    assert "Supply stays below 70%" in card.verdict.text()
    result = window.session.challenge("river")
    assert result is not None and result.solved and result.answer == "removed The Big Crew, The Small Crew"

    window.go_to_stage(2)
    window.go_to_stage(1)
    card = window.stage_panel.challenge_card
    assert card is not None and card.solved.isVisible(), "a solved challenge stays solved on a later visit"
    assert card.verdict.text() == "Checked: removed The Big Crew, The Small Crew"


def test_the_most_critical_challenge_in_the_window(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(INVENTED)
    remove(qtbot, window, "grower_south")
    check(qtbot, window)
    card = window.stage_panel.challenge_card
    assert card is not None and not card.solved.isVisible()
    assert "Keep looking" in card.verdict.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    remove(qtbot, window, "grower_north")
    check(qtbot, window)
    assert card is not window.stage_panel.challenge_card or card.solved.isVisible()
    assert window.session.challenge("growing") is not None and window.session.challenge("growing").solved  # type: ignore[union-attr]


def test_the_teacher_notes_give_a_solution(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(INVENTED)
    panel = window.stage_panel
    assert panel.teacher_toggle is not None and panel.teacher_notes is not None
    qtbot.mouseClick(panel.teacher_toggle, Qt.MouseButton.LeftButton)
    assert "The challenge: One solution: remove Northern growers." in panel.teacher_notes.toPlainText()
