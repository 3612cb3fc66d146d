"""A scenario of an invented trade, with its own kinds, regions, words and three stages, runs in the
window like the bundled one: every stage draws, a removal re-routes and is told in its words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.conftest import INVENTED, WindowFactory
from tests.ui.test_explorer import click_actor


def test_every_stage_of_an_invented_trade_draws_and_a_removal_is_told_in_its_words(
    qtbot: QtBot, make_window: WindowFactory, shots_dir: Path
) -> None:
    window = make_window(path=INVENTED)
    scenario = window.scenario
    assert len(scenario.stages) == 3
    for index in range(len(scenario.stages)):
        window.go_to_stage(index)
        image = window.grab().toImage()
        assert image.save(str(shots_dir / f"invented-stage{index + 1}.png"))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert len(colours) > 30, f"stage {index + 1} looks blank"
        assert window.stage_title.text().startswith(f"Stage {index + 1} of 3")
    assert window.view.region_labels() == ["Highlands", "The lowlands", "Harbour city"]
    assert "the Harbour bazaars" in window.impact.sentence.text()
    window.go_to_stage(1)
    click_actor(qtbot, window.view, "crew_big")
    assert window.actor_panel.facts.text() == "River crew \u00b7 México (invented)"
    assert window.actor_panel.flow.text().startswith("Ferries ")
    with qtbot.waitSignal(window.plan_changed, timeout=2000):
        qtbot.mouseClick(window.actor_panel.remove_button, Qt.MouseButton.LeftButton)
    sentence = window.impact.sentence.text()
    assert sentence.startswith("The Big Crew carried ") and "crates a month" in sentence and "the Harbour bazaars" in sentence
    assert window.impact.numbers.text().endswith("river crews 1 (baseline 2)")
    assert window.view.route_item(("crew_small", "gate")).change == "gained"
    assert window.view.actor_item("crew_big").removed


def test_file_open_scenario_lists_the_bundled_scenarios_and_opens_one(qtbot: QtBot, make_window: WindowFactory) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from model.catalogue import bundled
    from ui.dialogs import ScenarioDialog

    window = make_window(path=INVENTED)
    seen: list[list[str]] = []

    def choose_the_first() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ScenarioDialog)
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose_the_first)
    window.open_action.trigger()  # the dialog is modal: the scenario is open when this returns
    entries = bundled()
    assert seen and len(seen[0]) == len(entries)
    assert all(e.title in text and e.language in text and e.description in text for e, text in zip(entries, seen[0], strict=True))
    assert window.scenario.title == entries[0].title
    assert window.stage_title.text().startswith(f"Stage 1 of {len(window.scenario.stages)}")
