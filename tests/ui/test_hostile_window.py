"""Hostile scenario files in the real window: scenario text is data.

Markup in names, narratives, presets, quiz choices and the glossary shows as plain text or through the
app's Markdown with no images and no resources; a long name is clipped in the network and wraps in the
panel; an invalid file's error dialog quotes its value as text and the scenario loaded before stays.
(What each file is: tests/fixtures/hostile/README.md.) A hang here would be the bug these files once
caused, so each test stops the run with a traceback instead of waiting forever.
"""

from __future__ import annotations

import faulthandler
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import SMALL, WindowFactory
from ui.window import MainWindow

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
MARKUP = ("<img", "<h1", "<script", "<iframe", "<a href", "<style")


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    faulthandler.dump_traceback_later(180, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def _markup(text: str) -> bool:
    lowered = text.lower()
    return any(tag in lowered for tag in MARKUP)


def inert_problems(root: QWidget | None = None) -> list[str]:
    """Everything that shows scenario text as HTML or could load a resource, in every widget shown."""
    problems: list[str] = []
    widgets = [*root.findChildren(QWidget), root] if root is not None else QApplication.allWidgets()
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and _markup(widget.text()) and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"{name} may read markup as HTML: {widget.text()[:60]!r}")
        if isinstance(widget, QTextBrowser):
            problems += [f"{name}: {p}" for p in document_problems(widget)]
        if _markup(widget.toolTip()):
            problems.append(f"{name} has a tooltip Qt would read as HTML: {widget.toolTip()[:60]!r}")
        for action in widget.actions():
            if _markup(action.toolTip()):
                problems.append(f"action {action.text()!r} has a tooltip Qt would read as HTML")
    return problems


def document_problems(browser: QTextBrowser) -> list[str]:
    """An image in the document, or text far larger than the widget's font: HTML was rendered."""
    problems = []
    largest = 3 * max(browser.font().pointSizeF(), 1.0)
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            char = fragment.charFormat()
            if char.isImageFormat():
                problems.append(f"an image {char.toImageFormat().name()!r}")
            size = char.font().pointSizeF()
            if size > largest or char.font().pixelSize() > 4 * browser.fontMetrics().height():
                problems.append(f"text at {size} pt / {char.font().pixelSize()} px: {fragment.text()[:40]!r}")
            it += 1
        block = block.next()
    return problems


def scene_problems(window: MainWindow) -> list[str]:
    items = window.view.network_scene.items()
    return [f"{type(item).__name__} tooltip {item.toolTip()[:60]!r}" for item in items if _markup(item.toolTip())]


def inspecting_dialogs(act: Callable[[], object], found: list[str], seen: list[QWidget]) -> None:
    """Run something that opens a modal dialog; check the dialog's text, then close it."""
    timer = QTimer()
    timer.setInterval(0)

    def close() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox | QDialog):
            found.extend(inert_problems(widget))
            seen.append(widget)
            widget.done(0)

    timer.timeout.connect(close)
    timer.start()
    try:
        act()
    finally:
        timer.stop()


def walk_everything(window: MainWindow) -> list[str]:
    """Every stage, every actor shown, every policy (twice), every quiz answer and every text dialog."""
    problems: list[str] = []
    dialogs: list[QWidget] = []
    for row in range(window.stage_list.count()):
        window.stage_list.setCurrentRow(row)
        QApplication.processEvents()
        problems += inert_problems()
        for card in window.stage_panel.quiz_cards:
            card.choices[0].click()
        for item in [i for i in window.view.actor_items() if i.isVisible()]:
            window.view.select_actor(item.actor_id)
            QApplication.processEvents()
            problems += inert_problems(window.actor_panel)
    for action in window.policy_menu.actions() * 2:
        inspecting_dialogs(action.trigger, problems, dialogs)
    problems += inert_problems() + scene_problems(window)
    for action in (window.about_action, window.glossary_action, window.legend_action, window.keys_action):
        if action.isEnabled():
            inspecting_dialogs(action.trigger, problems, dialogs)
    assert dialogs, "the dialogs were opened and checked"
    return problems


@pytest.mark.parametrize("name", ["markup_in_names.yaml", "markup_in_narratives.yaml", "long_texts.yaml", "right_to_left_and_scripts.yaml"])
def test_scenario_text_is_shown_as_text_and_loads_nothing(qtbot: QtBot, make_window: WindowFactory, name: str) -> None:
    window = make_window(HOSTILE / name)
    assert walk_everything(window) == []


def test_markup_in_a_name_is_shown_literally_at_normal_size(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(HOSTILE / "markup_in_names.yaml")
    window.explore_action.trigger()
    hostile = [a for a in window.scenario.actors if "<" in a.name]
    assert hostile, "the file has actors with markup in their names"
    normal = window.actor_panel.name.font().pointSizeF()
    for actor in hostile:
        window.select_actor(actor.id)
        QApplication.processEvents()
        assert window.actor_panel.name.text() == actor.name  # the tag itself, as written
        assert window.actor_panel.name.font().pointSizeF() == normal
        assert window.actor_panel.name.height() < 8 * window.actor_panel.name.fontMetrics().height()


def test_a_long_name_is_clipped_in_the_network_and_wraps_in_the_panel(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(HOSTILE / "long_texts.yaml")
    window.explore_action.trigger()
    longest = max(window.scenario.actors, key=lambda a: len(a.name))
    assert len(longest.name) >= 200
    item = window.view.actor_item(longest.id)
    others = [window.view.actor_item(a.id).box().width() for a in window.scenario.actors if len(a.name) < 40]
    assert item.box().width() <= 2.5 * max(others), "the long name is clipped in the network"
    panel = window.actor_panel
    for actor in [a for a in window.scenario.actors if len(a.name) >= 100]:  # with spaces and without
        window.select_actor(actor.id)
        QApplication.processEvents()
        assert panel.name.text() == actor.name, "the panel shows the whole name"
        shown = panel.name.contentsRect()
        assert panel.name.mapTo(panel.viewport(), shown.topRight()).x() <= panel.viewport().width(), "the whole name wraps within the panel"
        assert panel.name.height() > 2 * panel.name.fontMetrics().height(), "on several lines"
        assert window.side.width() < window.width() / 2, "the panel did not grow to the name's length"


def test_an_invalid_file_with_markup_says_so_in_plain_text_and_keeps_the_scenario(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(SMALL)
    before = window.scenario
    shown: list[tuple[Qt.TextFormat, str, list[str]]] = []
    problems: list[str] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            labels = [w for w in box.findChildren(QLabel) if w.text()]
            shown.append((box.textFormat(), box.informativeText(), [w.text() for w in labels]))
            problems.extend(inert_problems(box))
            box.done(0)

    QTimer.singleShot(0, inspect)
    assert window.open_scenario(HOSTILE / "markup_in_invalid_value.yaml") is False
    assert shown, "an error dialog was shown"
    text_format, details, _labels = shown[0]
    assert text_format == Qt.TextFormat.PlainText
    assert "<img" in details, "the offending value is quoted as written"
    assert "markup_in_invalid_value.yaml" in details or "markup_in_invalid_value.yaml" in " ".join(shown[0][2])
    assert problems == []
    assert window.scenario is before, "the scenario loaded before stays"


def test_policy_tooltips_in_the_menu_are_plain(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(HOSTILE / "markup_in_names.yaml")
    tips = [a.toolTip() for a in window.policy_menu.actions() if isinstance(a, QAction)]
    assert tips and not any(_markup(t) for t in tips)


@pytest.mark.parametrize("text", ["see https://example.com/x", "go to www.example.com now", "write to someone@example.com", "HTTP://EXAMPLE.COM"])
def test_a_bare_address_in_escaped_text_is_not_made_a_link(make_window: WindowFactory, text: str) -> None:
    """Qt's Markdown links bare addresses by itself: a learner's prediction ("why") or a file's text with
    one printed in a handout or shown in a dialog must stay text, shown as written."""
    from PySide6.QtGui import QTextDocument

    from ui.lesson.documents import md_escape

    make_window(SMALL)  # the app, as the handout and the dialogs have it
    document = QTextDocument()
    document.setMarkdown(f"Why: {md_escape(text)}")
    anchors = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isAnchor():
                anchors.append(fragment.text())
            iterator += 1
        block = block.next()
    assert not anchors, text
    assert document.toPlainText() == f"Why: {text}"
