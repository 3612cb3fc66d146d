"""Predict, then observe, then explain, in the window: the change waits for the learner's prediction,
the months play, and the panel sets the prediction beside the model's answer and asks why."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from model.interventions import Plan
from tests.ui.conftest import WindowFactory
from tests.ui.test_explorer import click_actor
from ui.panels.widgets import TextBlock


def test_a_removal_in_the_tour_waits_for_a_prediction_then_plays_and_explains(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(predict=True)
    window.go_to_stage(3)
    click_actor(qtbot, window.view, "sinaloa_chapitos")
    qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    panel = window.prediction.panel
    assert window.side.currentWidget() is panel and panel.page == "ask"
    assert window.plan.is_baseline, "nothing changes before the learner has predicted"
    assert "Remove Sinaloa Cartel: Chapitos faction" in panel.text()
    panel.now_slider.slider.setValue(30)
    panel.later_slider.slider.setValue(40)
    click_actor(qtbot, window.view, "cjng")  # the guess of who takes over
    assert window.session.pending is not None and window.session.pending.taker == "cjng"
    assert "Jalisco" in panel.taker.text()
    with qtbot.waitSignal(window.plan_changed, timeout=5000):
        qtbot.mouseClick(panel.show_button, Qt.MouseButton.LeftButton)
    assert window.plan == Plan(removed=("sinaloa_chapitos",))
    assert panel.page == "watch" and window.impact.play.isChecked(), "the months play"
    assert "after 12 months" not in window.impact.sentence.text(), "the strip does not give the months away"
    window.impact.set_playing(False)
    window.impact.slider.setValue(12)  # or let them play: the result comes at month 12
    assert panel.page == "result" and window.side.currentWidget() is panel
    text = panel.result.toPlainText()
    assert text.startswith("You predicted 30% right after and 40% after 12 months; the model shows")
    assert "Jalisco" in text and "under this model's assumptions" in text
    qtbot.keyClicks(panel.why, "other groups had room")
    qtbot.keyClick(panel.why, Qt.Key.Key_Return)
    assert window.session.predictions[-1].why == "other groups had room"
    assert window.side.currentWidget() is not panel
    seen: list[str] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen.extend(block.toPlainText() for block in dialog.findChildren(TextBlock))
        dialog.reject()

    QTimer.singleShot(0, read)
    window.predictions_action.trigger()
    assert seen and "You predicted 30% right after" in seen[0] and "other groups had room" in seen[0]


def test_skip_shows_at_once_cancel_changes_nothing_and_exploring_does_not_ask(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(predict=True)
    window.go_to_stage(3)
    window.remove_actor("cjng")
    panel = window.prediction.panel
    qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert window.plan.is_baseline and window.session.pending is None and window.side.currentWidget() is not panel
    window.remove_actor("cjng")
    with qtbot.waitSignal(window.plan_changed, timeout=5000):
        qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert window.plan == Plan(removed=("cjng",)) and not window.session.predictions
    window.set_explore(True)
    window.remove_actor("sinaloa_mayiza")
    assert "sinaloa_mayiza" in window.plan.removed, "exploring freely, changes show at once unless asked"
    window.predict_exploring_action.trigger()
    window.remove_actor("other_mexican_groups")
    assert window.session.pending is not None
