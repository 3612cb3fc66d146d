"""The explorer, driven for ``atspi_tree.py``: shown at stage 4 of the bundled scenario; once the file
given as the first argument exists, the busiest actor is removed (with predicting off) and the arrow
keys move the keyboard focus over two actors, and View > Data table opens; then the second argument's
file is written.

Run with the project's virtual environment, on a display with an accessibility bus (the AT-SPI script
does both). Not a test: it only puts the real window into the state a screen reader is asked about.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest

from model.catalogue import default_scenario_path
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.app import BASE_POINTS, create_application
from ui.window import MainWindow

STAGE = 3  # 0-based: stage 4


def main() -> int:
    trigger, done = Path(sys.argv[1]), Path(sys.argv[2])
    app = create_application()
    path = default_scenario_path()
    scenario = load_scenario(path)
    window = MainWindow(scenario, SupplyNetwork(scenario), path, base_points=BASE_POINTS, predict=False)
    window.view.set_animations_enabled(False)
    window.resize(1280, 800)
    window.show()
    window.go_to_stage(STAGE)
    baseline = window.assessor.baseline.actor_flow
    busiest = max(baseline, key=lambda actor_id: baseline[actor_id])
    steps = [
        lambda: window.remove_actor(busiest),
        lambda: (window.activateWindow(), window.view.setFocus(Qt.FocusReason.TabFocusReason)),
        lambda: QTest.keyClick(window.view, Qt.Key.Key_Down),
        lambda: QTest.keyClick(window.view, Qt.Key.Key_Down),
        lambda: window.access.data_table_action.trigger(),
        lambda: done.write_text(busiest, encoding="utf-8"),
    ]

    def poll() -> None:
        if steps and trigger.exists():
            steps.pop(0)()
            timer.setInterval(700)  # room for the bridge to send each step's events

    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(poll)
    timer.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
