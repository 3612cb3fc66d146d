"""The keyboard, as a learner without a mouse meets it: the help names every shortcut the window has
(and no key it does not answer to); Tab stops at text blocks only where there is a link; after Remove
the focus is on Restore; the keyboard starts in the network; Page Up / Page Down scroll the panel with the focus, while Ctrl+Page Down
and Alt+Right change the stage; a link reached with Tab in a dialog scrolls into view."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from model.catalogue import default_scenario_path
from tests.ui.conftest import WindowFactory
from ui.app import build_window, load_network
from ui.dialogs import TextDialog
from ui.lesson.documents import keyboard_markdown
from ui.panels.widgets import TextBlock

ACTOR = "sinaloa_chapitos"


def help_text() -> str:
    document = QTextDocument()
    document.setMarkdown(keyboard_markdown())
    return document.toPlainText()


def as_written(sequence: QKeySequence) -> str:
    """A shortcut as the help writes it: Page Down, not PgDown; the minus sign, not a hyphen."""
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    text = text.replace("PgDown", "Page Down").replace("PgUp", "Page Up").replace("Esc", "Escape")
    return re.sub(r"\+-$", "+\u2212", text)


def test_the_help_names_every_shortcut_of_the_window(make_window: WindowFactory) -> None:
    window = make_window()
    words = help_text()
    shortcuts = {
        as_written(sequence): action.text()
        for action in window.findChildren(QAction)
        for sequence in action.shortcuts()
        if not sequence.isEmpty()
    }
    assert len(shortcuts) >= 20
    missing = {key: name for key, name in shortcuts.items() if key not in words}
    assert not missing, f"shortcuts the keyboard help does not name: {missing}"
    assert "Right" in words and "next stage" in words


def test_every_shortcut_the_help_names_is_one_the_window_answers_to(make_window: WindowFactory) -> None:
    window = make_window()
    real = {as_written(s) for action in window.findChildren(QAction) for s in action.shortcuts()}
    named = set(re.findall(r"\b(?:(?:Ctrl|Alt|Shift)\+)+(?:Page Down|Page Up|[A-Z0-9=+\u2212]\w*)|\bF\d+\b", help_text()))
    assert {"F1", "F2", "F11", "Ctrl+Page Down", "Alt+Right"} <= named
    focus_keys = {"Shift+Tab"}  # Qt's own focus chain, not an action
    assert named - real - focus_keys == set(), "the help names keys that do nothing"


def tab_round(qtbot: QtBot, start: QWidget, presses: int) -> list[QWidget]:
    """The widgets the focus visits as Tab is pressed, from ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not None:
            visited.append(now)
    return visited


def test_tab_stops_at_a_text_block_only_when_it_has_a_link(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.go_to_stage(0)
    window.settle()
    blocks = window.stage_panel.blocks
    plain = [b for b in blocks if not b.has_links()]
    linked = [b for b in blocks if b.has_links()]
    assert plain and linked, "the first stage has text with and without links"
    visited = tab_round(qtbot, window.stage_list, 60)
    assert not [b for b in plain if b in visited], "Tab stopped at a text block with nothing to press"
    assert any(b in visited for b in linked), "Tab never reached a block with links"


def test_after_remove_the_focus_is_on_restore_and_back(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.select_actor(ACTOR)
    panel = window.actor_panel
    qtbot.waitUntil(panel.remove_button.isVisible)
    panel.remove_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(panel.remove_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ACTOR in window.sessions.session.plan.removed)
    qtbot.waitUntil(panel.restore_button.hasFocus)
    qtbot.keyClick(panel.restore_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ACTOR not in window.sessions.session.plan.removed)
    qtbot.waitUntil(panel.remove_button.hasFocus)


def test_page_down_scrolls_the_focused_panel_and_ctrl_page_down_changes_the_stage(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    window.go_to_stage(3)
    window.select_actor(ACTOR)
    window.settle()
    panel = window.actor_panel
    bar = panel.verticalScrollBar()
    assert bar.maximum() > 0, "the actor's text needs scrolling at 1280x720"
    button = panel.remove_button
    bar.setValue(0)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    stage = window.sessions.session.stage
    qtbot.keyClick(button, Qt.Key.Key_PageDown)
    assert bar.value() > 0, "Page Down scrolls the panel the focus is in"
    assert window.sessions.session.stage == stage, "...and leaves the stage alone"
    qtbot.keyClick(QApplication.focusWidget() or button, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    qtbot.keyClick(QApplication.focusWidget() or button, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.sessions.session.stage == stage + 1
    qtbot.keyClick(QApplication.focusWidget() or button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.sessions.session.stage == stage


def test_a_link_reached_with_tab_in_a_dialog_scrolls_into_view(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    words = "\n\n".join(f"Paragraph {n} of a long page, with nothing to press in it." for n in range(80))
    dialog = TextDialog("Long", f"{words}\n\nThe end: [a source](https://example.org/source).", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text: TextBlock = dialog.text
    bar = dialog.area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    text.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(text.hasFocus)
    if not text.textCursor().hasSelection():  # the first Tab inside the block goes to its first link
        qtbot.keyClick(text, Qt.Key.Key_Tab)
    assert text.textCursor().selectedText() == "a source"
    assert bar.value() > 0, "the page scrolled to the link"
    link = text.cursorRect(text.textCursor()).center()
    where = text.viewport().mapTo(dialog.area.viewport(), link)
    assert dialog.area.viewport().rect().contains(where), "the focused link is in view"
    bar.setValue(0)
    qtbot.keyClick(text, Qt.Key.Key_PageDown)
    assert bar.value() > 0, "Page Down scrolls the dialog, whatever has the focus"


def test_the_keyboard_starts_in_the_network(qtbot: QtBot) -> None:
    path = default_scenario_path()
    scenario, network = load_network(path)
    window = build_window(scenario, network, path)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
