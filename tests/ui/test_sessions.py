"""Launching into a state, saving and opening sessions, the autosave and its offer back, links that
cannot be opened: as a teacher or a learner meets them in the real window."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

import ui.errors
from model.interventions import Plan
from tests.ui.conftest import BUNDLED, INVENTED, SMALL, WindowFactory
from ui.dialogs import LinkDialog
from ui.lesson.session import Prediction
from ui.lesson.session_file import from_json, scenario_ref, to_json
from ui.lesson.start import StartRequest
from ui.panels.widgets import TextBlock
from ui.sessions import autosave_folder
from ui.window import MONTHS, MainWindow


def answering(act: Callable[[], object], answer: Callable[[QWidget], bool]) -> list[str]:
    """Run something that may open modal dialogs; ``answer`` each (True: it answered); their texts."""
    texts: list[str] = []
    timer = QTimer()
    timer.setInterval(10)

    def step() -> None:
        widget = QApplication.activeModalWidget()
        if widget is not None and widget.isVisible() and not getattr(widget, "_answered", False):
            widget._answered = True  # type: ignore[attr-defined]
            texts.append(widget.text() if isinstance(widget, QMessageBox) else widget.windowTitle())
            if not answer(widget):
                widget.close()

    timer.timeout.connect(step)
    timer.start()
    try:
        act()
    finally:
        timer.stop()
    return texts


def click(label: str) -> Callable[[QWidget], bool]:
    def press(widget: QWidget) -> bool:
        for button in widget.findChildren(QAbstractButton):
            if button.text().replace("&", "") == label:
                button.click()
                return True
        return False

    return press


@pytest.fixture
def opened(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., MainWindow]]:
    """The real start path (``ui.app.open_window``): the light window, the loader thread, the learner's
    own settings and autosave (in the test's folders), then the launch state or the offer."""
    from ui import app

    monkeypatch.setattr(ui.errors, "install_excepthook", lambda: None)  # pytest-qt reports errors instead
    shells = []

    def open_(path: Path | None = None, start: StartRequest | None = None, answer: Callable[[QWidget], bool] | None = None) -> MainWindow:
        answer = answer or click("Continue")
        windows: list[MainWindow] = []

        def launch() -> None:
            shell = app.open_window(path, start=start)
            shells.append(shell)
            shell.explorer_opened.connect(windows.append)
            qtbot.waitUntil(lambda: bool(windows), timeout=60_000)

        open_.texts = answering(launch, answer)  # type: ignore[attr-defined]
        qtbot.addWidget(windows[0])
        windows[0].view.set_animations_enabled(False)
        return windows[0]

    yield open_
    for shell in shells:
        if shell.explorer is not None:
            shell.explorer.view.set_markers_enabled(False)
            shell.explorer.close()
        shell.close()
    from ui.chart_loader import chart_loader

    qtbot.waitUntil(lambda: not chart_loader().busy, timeout=120_000)


# launching into a state -------------------------------------------------------------------------
def test_the_real_window_starts_in_the_state_asked_for(opened: Callable[..., MainWindow]) -> None:
    start = StartRequest(
        stage=4, presets=("demand_reduction",), remove=("cjng",), select="sinaloa_chapitos", month=6, fullscreen=True, session=None
    )
    window = opened(BUNDLED, start)
    demand = window.scenario.preset("demand_reduction")
    assert window.stage_index == 3 and window.stage_title.text().startswith("Stage 4 of 7")
    assert window.plan == Plan().with_actions(*demand.actions).remove("cjng")
    assert window.undo_stack.count() == 2, "each change undoable on its own"
    assert window.selected == "sinaloa_chapitos" and window.side.currentWidget() is window.actor_panel
    assert window.month == 6 and window.impact.slider.value() == 6
    assert window.isFullScreen() and window.full_screen_action.isChecked()
    assert window.session.pending is None, "asked for at launch: shown at once, not held for a prediction"
    assert "CJNG" in window.impact.sentence.text()


def test_a_session_file_at_launch_opens_its_own_scenario(
    opened: Callable[..., MainWindow], make_window: WindowFactory, tmp_path: Path
) -> None:
    other = make_window(INVENTED)
    actor = other.network.actor_ids[0]
    other.go_to_stage(2)
    other.remove_actor(actor)
    saved = tmp_path / "lesson.json"
    assert other.session_files.save_to(saved)
    from main import _scenario_path
    from ui.lesson.start import session_scenario

    assert _scenario_path(None) is None and session_scenario(saved) == INVENTED
    window = opened(session_scenario(saved), StartRequest(session=saved, stage=1))
    assert window.scenario.title == other.scenario.title
    assert window.plan.removed == (actor,) and window.stage_index == 0, "--stage after the session: the flag wins"


# saving and opening ---------------------------------------------------------------------------------
def work(window: MainWindow) -> None:
    """What a learner does: a stage, a quiz answer, a removal with a prediction, a month, a selection."""
    window.go_to_stage(3)
    stage = window.scenario.stages[window.stage_index]
    if stage.quiz:
        window._on_answer_chosen(0, 1)
    window.remove_actor("cjng")
    if window.session.pending is not None:  # predicting first (the real window's default): "Show me"
        window.select_actor("sinaloa_chapitos")
        window.prediction._on_predicted(0.3, 0.5)
        window.impact.set_playing(False)
    else:
        window.sessions.update(lambda s: s.predict(Prediction(Plan().remove("cjng"), 0.3, 0.5, "sinaloa_chapitos", "guess")))
    window.set_month(9)
    window.select_actor("sinaloa_chapitos")


def test_a_session_saves_and_opens_whole_in_another_window(make_window: WindowFactory, tmp_path: Path) -> None:
    first = make_window()
    work(first)
    path = tmp_path / "session.json"
    assert first.session_files.save_to(path)
    assert "Session saved to session.json" in first.statusBar().currentMessage()
    second = make_window()
    assert second.session_files.open_session(path)
    assert second.session == first.session, "stage, seen, plan, change, month, answers, predictions, selection"
    assert second.stage_index == 3 and second.selected == "sinaloa_chapitos" and second.impact.slider.value() == 9
    assert second.view.actor_items()[second.network.actor_ids.index("cjng")].removed
    assert second.impact.sentence.text() == first.impact.sentence.text()
    assert second.undo_stack.count() == 0
    data = json.loads(path.read_text())
    assert data["scenario"]["path"] == str(BUNDLED) and len(data["scenario"]["sha256"]) == 64


def test_a_challenge_checked_and_a_quiz_answered_are_shown_when_the_session_is_opened(make_window: WindowFactory, tmp_path: Path) -> None:
    first = make_window(INVENTED)
    first.go_to_stage(0)
    first.remove_actor("grower_north")
    first.check_challenge()
    first._on_answer_chosen(0, 1)
    card = first.stage_panel.challenge_card
    assert card is not None and not card.verdict.isHidden() and not card.solved.isHidden()
    path = tmp_path / "challenge.json"
    assert first.session_files.save_to(path)
    second = make_window(INVENTED)
    assert second.session_files.open_session(path)
    assert second.session.challenges == first.session.challenges and second.session.challenges[0].solved
    opened = second.stage_panel.challenge_card
    assert opened is not None and not opened.verdict.isHidden() and opened.verdict.text() == "Checked: removed Northern growers"
    assert not opened.solved.isHidden(), "solved, as the learner left it"
    assert second.session.answers == first.session.answers and len(second.session.answers) == 1
    assert second.stage_panel.quiz_cards[0].verdict.text().startswith("Not quite"), "the answer given is shown"


def test_a_session_of_another_scenario_says_so_and_can_open_it(
    make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = make_window(SMALL)
    small.go_to_stage(2)
    path = tmp_path / "small.json"
    small.session_files.save_to(path)
    window = make_window()
    texts = answering(lambda: window.session_files.open_session(path), click("No"))
    assert texts and "belongs to" in texts[0] and small.scenario.title in texts[0] and "small.yaml" in texts[0]
    assert window.scenario.title != small.scenario.title, "No: the open scenario stays"
    texts = answering(lambda: window.session_files.open_session(path), click("Yes"))
    assert window.scenario.title == small.scenario.title and window.stage_index == 2
    # Its scenario file gone: say where it was, change nothing.
    data = json.loads(path.read_text())
    data["scenario"]["path"] = str(tmp_path / "gone.yaml")
    path.write_text(json.dumps(data))
    other = make_window()
    texts = answering(lambda: other.session_files.open_session(path), lambda w: False)
    gone = str(tmp_path / "gone.yaml")
    assert texts == [f"It belongs to another scenario, \u201cSmall example supply chain\u201d, whose file is not at hand ({gone})."]
    assert other.scenario.title != small.scenario.title


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{", "not valid JSON"),
        ("[]", "not a session file of this app"),
        ("\x00\x01", "not valid JSON"),
        ('{"format": "fentanyl-trade-explorer/session", "version": 99}', "newer version of the app (format 99)"),
        (b"\xff\xfe", "not UTF-8 text"),
    ],
)
def test_a_broken_session_file_says_why_and_changes_nothing(
    make_window: WindowFactory, tmp_path: Path, content: str | bytes, why: str
) -> None:
    window = make_window()
    window.go_to_stage(2)
    before = window.session
    path = tmp_path / "broken.json"
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    boxes: list[tuple[str, str]] = []
    texts = answering(lambda: window.session_files.open_session(path), lambda w: bool(boxes.append((w.text(), w.informativeText()))))
    assert texts == [str(path)] and why in boxes[0][1] and "--session" not in boxes[0][1]
    assert window.session == before


def test_a_session_file_with_a_wrong_field_names_it_shows_its_text_as_data_and_keeps_the_lesson(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    """The file, the field and what was expected; the file's own text shown as written, never as HTML;
    the learner's lesson as it was, on screen and in the autosave."""
    window = make_window()
    folder = tmp_path / "autosave"
    window.session_files.enable_autosave(folder)
    work(window)
    before, sentence = window.session, window.impact.sentence.text()
    autosaved = (folder / "fentanyl_trade.en.session.json").read_text()
    data = json.loads(to_json(window.session, window.source))
    data["selected"] = "<b>bold</b><img src='x'>"
    path = tmp_path / "<i>lesson<b> &amp;.json"
    path.write_text(json.dumps(data))
    seen: list[QMessageBox] = []

    def look(box: QWidget) -> bool:
        assert isinstance(box, QMessageBox)
        seen.append(box)
        labels = [label for label in box.findChildren(QLabel) if label.text()]
        assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels), "file text is data, never HTML"
        box.close()
        return True

    texts = answering(lambda: window.session_files.open_session(path), look)
    assert texts == [str(path)], "the file is named, as written"
    detail = seen[0].informativeText()
    assert "selected is not valid" in detail, "the field"
    assert "expected the id of one of this scenario\u2019s actors, or null" in detail, "what was expected"
    assert "<b>bold</b><img src='x'>" in detail, "what was found, as written"
    assert window.session == before and window.impact.sentence.text() == sentence and window.plan.removed == ("cjng",)
    assert (folder / "fentanyl_trade.en.session.json").read_text() == autosaved, "the autosave keeps the lesson, not the bad file"


HOSTILE_TEXT = "<b>bold</b> <img src='/etc/hostname'> [a link](https://hostile.invalid/x) ![](https://hostile.invalid/i.png) &amp;"


def test_text_from_a_session_file_is_shown_and_printed_as_written(make_window: WindowFactory, tmp_path: Path) -> None:
    """A session file's own words (the change's name, a prediction's "why") are data: never HTML, never
    Markdown, in the window or in the handout made from it."""
    first = make_window()
    work(first)
    data = json.loads(to_json(first.session, first.source))
    data["change"]["what"] = "Remove " + HOSTILE_TEXT
    data["predictions"][0]["why"] = HOSTILE_TEXT
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data))
    window = make_window()
    assert window.session_files.open_session(path)
    assert window.session.change is not None and window.session.change.what == "Remove " + HOSTILE_TEXT
    assert window.impact.sentence.textFormat() == Qt.TextFormat.PlainText
    shown = TextBlock(window.prediction.history())  # what View > My predictions shows
    assert HOSTILE_TEXT in shown.toPlainText() and "<img" not in shown.toHtml()
    from tests.ui.test_exports import needs_poppler, pdf_text

    if needs_poppler.args[0]:
        return
    pdf = tmp_path / "handout.pdf"
    assert window.exports.export_handout(pdf)
    squeezed = "".join(pdf_text(pdf).split())  # lines break anywhere in the address
    assert "".join(HOSTILE_TEXT.split()) in squeezed, "printed as written"
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert len(images) == 1, "the chart, and no image the file's text asked for"


# the autosave ----------------------------------------------------------------------------------------
def test_every_change_is_autosaved_in_the_users_data_folder(make_window: WindowFactory, tmp_path: Path) -> None:
    folder = autosave_folder()
    assert folder is not None and folder.is_relative_to(tmp_path), "tests write only to their own folder"
    window = make_window()
    window.session_files.enable_autosave(folder)
    saved = folder / "fentanyl_trade.en.session.json"
    assert not saved.exists(), "nothing is written before the learner does something"
    steps: list[Callable[[], object]] = [
        lambda: window.go_to_stage(3),
        lambda: window.remove_actor("cjng"),
        lambda: window.set_month(4),
        lambda: window.select_actor("sinaloa_chapitos"),
        lambda: window.undo_stack.undo(),
    ]
    for step in steps:
        step()
        assert from_json(saved.read_text(), window.network, MONTHS) == window.session
        assert window.session_files.last_write_seconds < 0.5
    assert [p.name for p in folder.iterdir()] == [saved.name], "written whole: no temporary file left"


def test_an_autosave_that_cannot_be_written_says_so_once_and_the_learner_goes_on(make_window: WindowFactory, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    window = make_window()
    window.session_files.enable_autosave(blocker / "sessions")
    window.go_to_stage(2)
    assert "cannot be saved automatically" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.go_to_stage(3)
    assert window.stage_index == 3 and window.statusBar().currentMessage() == ""


def test_the_last_session_is_offered_back_on_start(opened: Callable[..., MainWindow]) -> None:
    first = opened(BUNDLED)
    assert opened.texts == [], "nothing to offer the first time"  # type: ignore[attr-defined]
    work(first)
    expected = first.session
    first.close()
    second = opened(BUNDLED)
    texts = opened.texts  # type: ignore[attr-defined]
    assert len(texts) == 1 and texts[0].startswith("Continue where you left off?")
    assert "Stage 4 of 7 \u00b7 1 actor removed" in texts[0]
    assert second.session == expected
    assert "Welcome back" in second.statusBar().currentMessage()


def test_starting_afresh_keeps_the_earlier_session_aside(opened: Callable[..., MainWindow]) -> None:
    first = opened(BUNDLED)
    work(first)
    first.close()
    second = opened(BUNDLED, answer=click("Start afresh"))
    assert second.plan.is_baseline and second.stage_index == 0
    folder = autosave_folder()
    assert folder is not None
    aside = folder / "fentanyl_trade.en.previous.json"
    assert aside.exists() and not (folder / "fentanyl_trade.en.session.json").exists()
    assert second.session_files.open_session(aside) and second.plan.removed == ("cjng",), "nothing lost"
    third = opened(BUNDLED, answer=click("Continue"))
    assert third.plan.removed == ("cjng",), "the session reopened from the file is the one autosaved now"


def test_the_newest_session_of_another_scenario_is_offered_in_its_scenario(opened: Callable[..., MainWindow]) -> None:
    first = opened(SMALL)
    first.go_to_stage(3)
    first.close()
    window = opened(None)  # the bundled scenario, but the learner was last in the small one
    assert len(opened.texts) == 1 and "Small example supply chain" in opened.texts[0]  # type: ignore[attr-defined]
    assert window.scenario.title == "Small example supply chain" and window.stage_index == 3


def test_launch_flags_are_not_overridden_by_the_offer(opened: Callable[..., MainWindow]) -> None:
    first = opened(BUNDLED)
    work(first)
    first.close()
    window = opened(BUNDLED, StartRequest(stage=2))
    assert opened.texts == [] and window.stage_index == 1 and window.plan.is_baseline  # type: ignore[attr-defined]


# links -------------------------------------------------------------------------------------------------
def test_a_link_that_cannot_be_opened_shows_the_address_to_copy(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window = make_window()
    address = "https://example.org/report?id=1&b=<2>"
    dialogs: list[LinkDialog] = []

    def look(widget: QWidget) -> bool:
        assert isinstance(widget, LinkDialog)
        dialogs.append(widget)
        assert widget.address.text() == QUrl(address).toString() and widget.address.isReadOnly()
        assert widget.address.selectedText() == widget.address.text()
        widget.copy_button.click()
        widget.reject()
        return True

    texts = answering(lambda: window.stage_panel.link_clicked.emit(QUrl(address)), look)
    assert texts == ["The link could not be opened"] and dialogs
    clipboard = QGuiApplication.clipboard()
    assert clipboard is not None and clipboard.text() == QUrl(address).toString()


def test_session_files_name_the_file_they_came_from(make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(SMALL)
    text = to_json(window.session, window.source)
    assert scenario_ref(text).path == str(SMALL)
