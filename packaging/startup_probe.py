"""Start-up probe: opens the explorer as a learner would and prints NETWORK once its network has painted.

Measures the time a learner waits, from starting the program to seeing the network, the same way
for a source checkout, an installed wheel and the trainers' bundle, so the three can be compared:

    python -c "$(cat packaging/startup_probe.py)"        a source checkout (run from its folder)
    FTE_STARTUP_PROBE=1 dist/FentanylTradeExplorer/FentanylTradeExplorer    the bundle

The caller times the process from its start to the NETWORK line (see tests/distribution).
Offscreen unless QT_QPA_PLATFORM says otherwise; exits 1 if the explorer does not open in time.
"""
# (no ``from __future__`` import: the tests run this text after a line of their own, with python -c)

import os
import sys


def probe(timeout_ms: int = 60_000) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from ui.app import open_window

    status = {"code": 1}

    def drawn() -> None:
        print("NETWORK", flush=True)
        status["code"] = 0
        QApplication.quit()

    def opened(window: QWidget) -> None:
        window.window_painted.connect(drawn)  # type: ignore[attr-defined]

    shell = open_window(None)
    shell.explorer_opened.connect(opened)
    QTimer.singleShot(timeout_ms, QApplication.quit)
    QApplication.exec()
    return status["code"]


if __name__ == "__main__":
    sys.exit(probe())
