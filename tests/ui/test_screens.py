"""Pictures and the command line: every stage renders, --screenshot works and refuses bad input,
matplotlib loads only after the window has painted, a bad scenario file never replaces the loaded one."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

import ui.window
from tests.ui.conftest import BUNDLED, ROOT, SMALL, WindowFactory
from ui.app import screenshot
from ui.lesson.documents import about_markdown, all_sources
from ui.panels.widgets import TextBlock


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.mark.parametrize("size", [(1280, 720), (1920, 1080)])
def test_every_stage_renders_to_png(qtbot: QtBot, make_window: WindowFactory, shots_dir: Path, size: tuple[int, int]) -> None:
    window = make_window(size=size)
    qtbot.waitUntil(lambda: window.chart is not None, timeout=5000)  # loaded after the first paint
    assert window.chart is not None
    for index in range(len(window.scenario.stages)):
        window.go_to_stage(index)
        if index == 0:
            with qtbot.waitSignal(window.chart.drawn, timeout=5000):
                window.chart.canvas.draw_idle()
        image = window.grab().toImage()
        out = shots_dir / f"stage{index + 1}-{size[0]}x{size[1]}.png"
        assert image.save(str(out))
        assert (image.width(), image.height()) == (round(size[0] * image.devicePixelRatio()), round(size[1] * image.devicePixelRatio()))
        assert distinct_colours(image) > 40, f"stage {index + 1} looks blank"
        has_actors = window.view.network_scene.stage_has_actors(index)
        current = [a for a in window.view.actor_items() if a.isVisible() and a.current_stage and has_actors]
        # The stage in focus is in view, whole; the rest of the network may need panning.
        shown = window.view.mapToScene(window.view.viewport().rect()).boundingRect().adjusted(-1, -1, 1, 1)
        assert all(shown.contains(a.box()) for a in current), index
        assert window.view.network_scene.metrics.font.pointSizeF() * window.view.zoom >= 10.5 * 0.94


def test_screenshot_renders_the_requested_state(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "shot.png"
    assert screenshot(out, BUNDLED, (1280, 720), 4, "cjng", ["sinaloa_chapitos"]) == 0
    image = QImage(str(out))
    assert not image.isNull() and image.width() >= 1280 and image.height() >= 720
    assert distinct_colours(image) > 40


def test_screenshot_refuses_bad_ids_and_stages_with_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bad.png"
    assert screenshot(out, BUNDLED, (1280, 720), None, None, ["sinaloa_chapito"]) == 2
    err = capsys.readouterr().err
    assert "unknown actor 'sinaloa_chapito'" in err and "sinaloa_chapitos" in err
    assert screenshot(out, BUNDLED, (1280, 720), 9, None, []) == 2
    assert "no stage 9" in capsys.readouterr().err
    assert screenshot(out, BUNDLED, (1280, 720), 0, None, []) == 2
    assert "expected a stage from 1 to" in capsys.readouterr().err
    assert screenshot(out, BUNDLED, (1280, 720), 1, "market_west", []) == 2
    assert "hidden at stage 1" in capsys.readouterr().err
    assert screenshot(out, BUNDLED, (1280, 720), None, "cjnq", []) == 2
    assert "did you mean cjng" in capsys.readouterr().err
    assert not out.exists()


def test_command_line_screenshot_exit_codes(tmp_path: Path) -> None:
    command = [sys.executable, "main.py", "--screenshot", str(tmp_path / "x.png")]
    bad = subprocess.run([*command, "--remove", "nobody_at_all"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2
    assert "unknown actor 'nobody_at_all'" in bad.stderr and "Traceback" not in bad.stderr
    good = subprocess.run([*command, "--stage", "2"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert good.returncode == 0, good.stderr
    assert QImage(str(tmp_path / "x.png")).width() >= 1280


def test_matplotlib_loads_only_after_the_window_has_painted() -> None:
    code = """
import sys
from PySide6.QtWidgets import QApplication
from ui.app import build_window, create_application, load_network
from model.catalogue import default_scenario_path
app = create_application()
scenario, network = load_network(default_scenario_path())
window = build_window(scenario, network, None)
assert "matplotlib" not in sys.modules, "matplotlib imported before the window painted"
order = []
window.window_painted.connect(lambda: order.append(("painted", "matplotlib" in sys.modules)))
window.chart_loaded.connect(lambda: (order.append(("chart", "matplotlib" in sys.modules)), app.quit()))
window.show()
app.exec()
print(order)
assert order == [("painted", False), ("chart", True)], order
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr


def test_a_bad_scenario_file_is_explained_and_the_loaded_one_stays(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ui.window, "show_error", lambda parent, title, message, details="": shown.append((title, message, details)))
    window = make_window()
    before = window.scenario
    bad = tmp_path / "broken.yaml"
    text = SMALL.read_text(encoding="utf-8").replace("capacity: 60, unit_cost: 1,", "capacity: lots, unit_cost: 1,", 1)
    bad.write_text(text, encoding="utf-8")
    assert not window.open_scenario(bad)
    assert len(shown) == 1
    _title, message, details = shown[0]
    assert "broken.yaml" in message and "broken.yaml" in details
    assert "actors[supplier_a].capacity" in details and "expected" in details
    assert window.scenario is before
    assert window.view.actor_item(before.actors[0].id).scene() is window.view.scene()
    assert window.open_scenario(SMALL)
    assert window.scenario.title == "Small example supply chain"
    assert window.stage_title.text().startswith("Stage 1 of 5")


def test_about_names_the_app_assumptions_every_source_the_date_and_illustrative(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    text = dialog_text(qtbot, window, Qt.Key.Key_F1)
    scenario = window.scenario
    assert "Fentanyl Trade Explorer" in text
    assert "The numbers are illustrative" in text
    assert scenario.information_date in text
    assert "assumptions" in text
    for study in ("Magliocca", "Dell", "Calderón", "Phillips", "Duijn", "Bright", "Duxbury", "Manzi", "Pardo", "Crime in Pieces"):
        assert study in text, study  # the evidence each mechanism rests on
    cited = {(d["publisher"], d["title"]) for d in _source_dicts(dataclasses.asdict(scenario))}
    assert len(cited) > 10
    for publisher, title in cited:
        assert title in text, (publisher, title)
    assert {(s.publisher, s.title) for s in all_sources(scenario)} == cited
    assert about_markdown(scenario).count("\n- ") >= len(cited)


def dialog_text(qtbot: QtBot, window: QWidget, key: Qt.Key) -> str:
    """Press a key that opens a modal text dialog; return what the dialog says, and close it."""
    texts: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        texts.extend(block.toPlainText() for block in dialog.findChildren(TextBlock))
        dialog.reject()

    QTimer.singleShot(0, read_and_close)
    qtbot.keyClick(window, key)
    assert texts, "the dialog opened"
    return "\n".join(texts)


def _source_dicts(node: object) -> list[dict[str, object]]:
    """Every source anywhere in the scenario, found by shape rather than by where sources are known to be."""
    if isinstance(node, dict):
        found = [node] if {"publisher", "title"} <= node.keys() else []
        return found + [d for v in node.values() for d in _source_dicts(v)]
    if isinstance(node, list | tuple):
        return [d for v in node for d in _source_dicts(v)]
    return []


def test_without_a_screen_the_app_says_so_instead_of_crashing(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from ui import app

    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    monkeypatch.setattr(app.sys, "argv", ["/opt/trainer/bin/fentanyl-trade-explorer"])
    assert app.run(None) == 1
    err = capsys.readouterr().err
    assert "no screen" in err and "  fentanyl-trade-explorer --screenshot explorer.png" in err, "named as it was started"
    assert "python main.py --screenshot" in app.no_screen_message("main.py")
    assert "FentanylTradeExplorer --screenshot" in app.no_screen_message("/media/usb/FentanylTradeExplorer/FentanylTradeExplorer")


def test_the_app_has_its_own_icon(qtbot: QtBot) -> None:
    from ui.app import create_application

    app = create_application()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().pixmap(64, 64).width() == 64


def test_the_glossary_lists_every_term_a_to_z_with_its_source(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    text = dialog_text(qtbot, window, Qt.Key.Key_F2)
    glossary = window.scenario.glossary
    assert len(glossary) >= 15
    positions = [text.index(f"{entry.term}.") for entry in sorted(glossary, key=lambda g: g.term.lower())]
    assert positions == sorted(positions), "A to Z"
    for entry in glossary:
        assert entry.sources[0].title in text, entry.term


def test_a_scenario_without_a_glossary_disables_it(make_window: WindowFactory) -> None:
    window = make_window(path=SMALL)
    assert not window.glossary_action.isEnabled()
