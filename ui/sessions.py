"""The learner's session on disk: File > Save session / Open session, the autosave after every change,
and "Continue where you left off?" after a crash or a restart.

The autosave (``ui.lesson.autosave``: one file per scenario, in the user's data folder) is written
whole after every change of the session, before the window redraws, so that a crash in between loses
nothing. It is kept after a clean quit too: a learner who closes the app at the bell expects to go on
next time, and on a shared classroom computer the next learner answers "Start afresh", which keeps the
earlier session as ``*.previous.json`` rather than deleting it. Pictures and tests have no autosave
unless they ask for one (``enable_autosave``).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QLocale, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ui.errors import show_error
from ui.lesson.autosave import Autosaves, Found, summary, worth_offering
from ui.lesson.session import Session
from ui.lesson.session_file import Belongs, SessionError, from_json, scenario_digest, scenario_ref, to_json, write_atomic
from ui.lesson.start import WINDOW_MONTHS, BadStart, read_session_text

if TYPE_CHECKING:
    from ui.window import MainWindow

logger = logging.getLogger(__name__)

FILE_FILTER = "Sessions (*.json);;All files (*)"


def autosave_folder() -> Path | None:
    """Where the autosave lives: the app's folder in the user's data folder (None if the system has none)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / "sessions" if location else None


class SessionFiles(QObject):
    """Saves, opens and autosaves the window's session; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.autosaves: Autosaves | None = None
        self.last_write_seconds = 0.0  # how long the last autosave took (for the benchmark and the log)
        self._digest = ""
        self._unsubscribe = lambda: None
        self._offering = True  # off while a session being opened brings its own scenario
        self._warned = False
        window.save_session_action.triggered.connect(self.save_as)
        window.open_session_action.triggered.connect(self.open_file)

    # the autosave -----------------------------------------------------------------------------
    def enable_autosave(self, folder: Path | None) -> None:
        self.autosaves = Autosaves(folder) if folder is not None else None

    def follow(self) -> None:
        """A new scenario is shown: autosave its session from now on (called before the window listens,
        so that the file is written before anything is drawn); offer its own autosave back, if any."""
        self._unsubscribe()
        self._digest = scenario_digest(self.window.scenario)
        self._unsubscribe = self.window.sessions.subscribe(lambda _old, new, _changed: self.autosave(new))
        if self.autosaves is not None and self._offering:
            found = self.autosaves.for_scenario(self.window.scenario)
            if found is not None:
                self._offer(found)

    def autosave(self, session: Session) -> None:
        """Write the session whole; a failure is logged and said once, and never stops the learner."""
        if self.autosaves is None:
            return
        started = time.perf_counter()
        try:
            self.autosaves.save(session.network.scenario, to_json(session, self.window.source, self._digest))
        except OSError as exc:
            logger.warning("autosave failed: %s", exc)
            if not self._warned:
                self._warned = True
                self.window.notify(self.tr("Your work cannot be saved automatically here: {reason}").format(reason=exc.strerror or exc))
            return
        self.last_write_seconds = time.perf_counter() - started

    def offer_autosave(self) -> bool:
        """At start: offer the newest autosave back (of this scenario or another); True if it was taken."""
        found = self.autosaves.newest() if self.autosaves is not None else None
        return found is not None and self._offer(found)

    def _offer(self, found: Found) -> bool:
        window = self.window
        ref = scenario_ref(found.text)
        if ref.belongs(window.scenario, self._digest) is Belongs.OTHER:
            if found.scenario_path is None or not found.scenario_path.is_file():
                return False  # its scenario is gone: nothing to continue in (the file stays for File > Open session)
            where = self.tr("in \u201c{scenario}\u201d").format(scenario=ref.title)
            if not self._ask_continue(where, found):
                return False
            return self._open_in_scenario(found.scenario_path, found.text, found.path)
        try:
            session = from_json(found.text, window.network, WINDOW_MONTHS)
        except SessionError as exc:
            logger.info("autosave %s does not fit the scenario: %s", found.path, exc)
            return False
        if not worth_offering(session):
            return False
        if not self._ask_continue(summary(session, window.describer), found):
            assert self.autosaves is not None
            self.autosaves.set_aside(found.path)
            return False
        self.show(session)
        window.notify(self.tr("Welcome back: your session is as you left it."))
        return True

    def _ask_continue(self, what: str, found: Found) -> bool:
        """Continue where you left off, or start afresh (the old session is kept aside, not deleted)."""
        saved = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(found.path.stat().st_mtime)), "d MMMM yyyy, HH:mm")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Continue where you left off?"), "", QMessageBox.StandardButton.NoButton)
        box.setParent(self.window, box.windowFlags())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Continue where you left off?\n\n{what}\nSaved on {when}.").format(what=what, when=saved))
        box.setInformativeText(self.tr("Start afresh keeps the earlier session as a file you can open with File > Open session\u2026"))
        keep = box.addButton(self.tr("Continue"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start afresh"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        taken = box.clickedButton() is keep
        box.deleteLater()
        return taken

    def show(self, session: Session) -> None:
        """Show a whole saved session (opened, continued, asked for at start); the undo history starts afresh."""
        window = self.window
        window.impact.set_playing(False)
        window.undo_stack.clear()
        window.sessions.set(session)
        window.render_all()
        # render_all keeps a stage panel already showing this stage; its quiz and challenge cards are the file's now
        window.stage_panel.show_stage(session)

    # Save session / Open session --------------------------------------------------------------
    def save_as(self) -> bool:
        window = self.window
        start = str(Path.home() / f"{window.scenario.id or 'scenario'}-session.json")
        name, _filter = QFileDialog.getSaveFileName(window, self.tr("Save session"), start, self.tr(FILE_FILTER))
        return bool(name) and self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        window = self.window
        try:
            write_atomic(path, to_json(window.session, window.source, self._digest))
        except OSError as exc:
            show_error(window, self.tr("The session could not be saved"), str(path), exc.strerror or str(exc))
            return False
        window.notify(self.tr("Session saved to {file}.").format(file=path.name))
        return True

    def open_file(self) -> bool:
        window = self.window
        start = str(window.source.parent if window.source is not None else Path.home())
        name, _filter = QFileDialog.getOpenFileName(window, self.tr("Open session"), start, self.tr(FILE_FILTER))
        return bool(name) and self.open_session(Path(name))

    def open_session(self, path: Path) -> bool:
        """Open a saved session; one of another scenario opens that scenario first, when its file is still there."""
        window = self.window
        title = self.tr("This session could not be opened")
        try:
            text = read_session_text(path)
            ref = scenario_ref(text)
        except (BadStart, SessionError) as exc:  # the reader names the command line's flag; here the file is named already
            show_error(window, title, str(path), str(exc).removeprefix("--session: "))
            return False
        belongs = ref.belongs(window.scenario, self._digest)
        if belongs is Belongs.OTHER:
            scenario_path = Path(ref.path) if ref.path else None
            if scenario_path is None or not scenario_path.is_file():
                message = self.tr("It belongs to another scenario, \u201c{other}\u201d, whose file is not at hand ({where}).").format(
                    other=ref.title, where=ref.path or self.tr("not named")
                )
                show_error(window, title, message, self.tr("Open that scenario with File > Open scenario, then the session."))
                return False
            question = self.tr("This session belongs to \u201c{other}\u201d ({file}). Open that scenario and the session?").format(
                other=ref.title, file=scenario_path.name
            )
            if not _ask_yes(window, self.tr("Another scenario"), question):
                return False
            return self._open_in_scenario(scenario_path, text, path)
        try:
            session = from_json(text, window.network, WINDOW_MONTHS)
        except SessionError as exc:
            show_error(window, title, str(path), str(exc))
            return False
        self.show(session)
        if belongs is Belongs.CHANGED:
            window.notify(self.tr("Opened {file}, saved with another version of this scenario.").format(file=path.name))
        else:
            window.notify(self.tr("Opened {file}.").format(file=path.name))
        return True

    def _open_in_scenario(self, scenario_path: Path, text: str, origin: Path) -> bool:
        """Open the scenario a session belongs to, then the session in it."""
        window = self.window
        self._offering = False
        try:
            if not window.open_scenario(scenario_path):
                return False
        finally:
            self._offering = True
        try:
            session = from_json(text, window.network, WINDOW_MONTHS)
        except SessionError as exc:
            show_error(window, self.tr("This session could not be opened"), str(origin), str(exc))
            return False
        self.show(session)
        return True


def _ask_yes(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes
