"""Drives the real app in a process of its own, for tests/ui/test_crash_recovery.py (run offscreen).

    python tests/ui/session_driver.py work      open the app, do what a learner does, print the session, wait
    python tests/ui/session_driver.py resume    open the app, answer "Continue", print the session, quit

Each printed session is one line: ``SESSION <json>``. ``work`` then keeps playing the months (each one
autosaved) until it is killed; the test kills it with SIGKILL, as a crash or a pulled plug would.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from ui import app
from ui.lesson.session_file import to_json
from ui.window import MainWindow


def say(window: MainWindow) -> None:
    print("SESSION " + to_json(window.session, window.source).replace("\n", " "), flush=True)


def work(window: MainWindow) -> None:
    window.go_to_stage(3)
    window._on_answer_chosen(0, 1)
    window.remove_actor("cjng")  # predicting first is on in a new user's tour: this waits for a prediction
    window.select_actor("sinaloa_chapitos")  # the learner's guess of who takes over
    window.prediction._on_predicted(0.3, 0.6)  # "Show me": the prediction is recorded, the change made
    window.impact.set_playing(False)
    window.set_month(5)
    say(window)
    window.impact.start_playing()  # months keep coming (and being saved) until the kill


def resume() -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            print("ASKED " + box.text().replace("\n", " "), flush=True)
            for button in box.findChildren(QAbstractButton):
                if button.text() == "Continue":
                    button.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    resume.timer = timer  # type: ignore[attr-defined]


def main() -> int:
    mode = sys.argv[1]
    shell = app.open_window(None)
    sys.excepthook = sys.__excepthook__  # an error ends the run with a traceback the test shows

    def opened(window: MainWindow) -> None:
        window.view.set_animations_enabled(False)
        if mode == "work":
            QTimer.singleShot(0, lambda: work(window))
        else:
            QTimer.singleShot(0, lambda: (say(window), QApplication.quit()))

    if mode == "resume":
        resume()
    shell.explorer_opened.connect(opened)
    return int(QApplication.exec())


if __name__ == "__main__":
    sys.exit(main())
