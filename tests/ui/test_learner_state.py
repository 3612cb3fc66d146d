"""The learner's state in the window: quiz answers are kept and scored on the stage list, and come back
answered when the stage is shown again; scenario text is shown as written, never loaded as HTML."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SMALL, WindowFactory


def test_a_quiz_answer_is_kept_scored_on_the_stage_list_and_shown_again(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    index = next(i for i, s in enumerate(window.scenario.stages) if len(s.quiz) >= 2)
    stage = window.scenario.stages[index]
    window.go_to_stage(index)
    first = window.stage_panel.quiz_cards[0]
    right = first.choices[stage.quiz[0].correct]
    window.stage_panel.ensureWidgetVisible(right)
    qtbot.mouseClick(right, Qt.MouseButton.LeftButton)
    assert window.session.answer_to(stage.id, 0) == stage.quiz[0].correct
    assert window.stage_list.item(index).text().endswith(f"quiz: 1 right, 1 of {len(stage.quiz)} answered")
    window.go_to_stage(0)
    window.go_to_stage(index)
    again = window.stage_panel.quiz_cards[0]
    assert again.verdict.isVisible() and again.verdict.text() == "Right."
    assert not any(button.isEnabled() for button in again.choices)
    assert window.stage_panel.quiz_cards[1].choices[0].isEnabled(), "the unanswered question still waits"


def test_scenario_text_is_shown_as_written_and_loads_nothing(make_window: WindowFactory, tmp_path: Path) -> None:
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    data["stages"][0]["title"] = '<h1 style="font-size:300px">Suppliers</h1>'
    data["stages"][0]["narrative"] = "Before ![a picture](/dev/zero) <img src='/dev/zero'> after."
    data["actors"][0]["name"] = "<img src='/dev/zero'>Supplier A"
    path = tmp_path / "html.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    window = make_window(path=path)
    assert '<h1 style="font-size:300px">Suppliers</h1>' in window.stage_panel.text()
    narrative = window.stage_panel.blocks[0].toPlainText()
    assert narrative.startswith("Before") and narrative.rstrip().endswith("after.")
    assert "<img src='/dev/zero'>" in narrative, "HTML inside Markdown stays text"
    window.select_actor(data["actors"][0]["id"])
    assert window.actor_panel.name.text() == "<img src='/dev/zero'>Supplier A"
    assert window.actor_panel.name.textFormat() == Qt.TextFormat.PlainText
    tooltip = window.view.actor_item(data["actors"][0]["id"]).toolTip()
    assert "&lt;img" in tooltip and "<img" not in tooltip, "the tooltip shows the name, escaped"
