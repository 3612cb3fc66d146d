"""The light start-up window appears before the model is imported: the model's import runs in the
loader thread, never on the way to the first picture; the first picture needs neither the solver nor,
for a scenario read before, pydantic and YAML; the cycle collector waits for the first picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def probe(code: str, home: Path, prefixes: tuple[str, ...], **extra: str) -> list[str]:
    """Run ``code`` as the app in a child process (offscreen, its settings in ``home``); the lines it
    printed that start with one of ``prefixes``."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(home), "XDG_DATA_HOME": str(home), **extra}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return [line for line in result.stdout.splitlines() if line.startswith(prefixes)]

PROBE = r"""
import sys
from PySide6.QtWidgets import QApplication
import ui.startup
ui.startup.StartupWindow.start = lambda self: None  # no loader: only what the light window itself needs
from ui import app
shell = app.open_window(None)
def painted():
    heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("model", "pydantic", "numpy", "ortools", "yaml"))
    print("HEAVY", heavy, flush=True)
    QApplication.quit()
shell.painted.connect(painted)
QApplication.exec()
"""


def test_the_light_window_paints_before_the_model_is_imported(tmp_path: Path) -> None:
    [line] = probe(PROBE, tmp_path, ("HEAVY",))
    assert line == "HEAVY []", f"imported on the way to the light window's first paint: {line}"


FIRST_PICTURE = r"""
import sys
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
import ui.chart_loader
ui.chart_loader.ChartLoader.start = lambda self: None  # no chart (it brings numpy): only the first picture's own imports
from ui import app
shell = app.open_window(None)
def opened(window):
    def drawn():
        flows = window.assessment.baseline.actor_flow
        first = window.scenario.stages[0].id
        actor = max((a.id for a in window.scenario.actors if a.stage == first), key=lambda a: flows.get(a, 0))
        view = window.view
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(view.actor_item(actor).box().center()))
        QApplication.processEvents()
        assert window.side.currentWidget() is window.actor_panel
        solver = sorted({m.split(".")[0] for m in sys.modules} & {"numpy", "ortools", "matplotlib", "pydantic", "yaml"})
        print("SOLVER", window.assessor.solved_baseline, solver, flush=True)
        window.predict_action.setChecked(False)  # the change shows at once, without asking for a prediction
        window.remove_actor(actor)  # the first removal brings the solver in and checks the kept baseline
        from model.assessor import Assessor
        from model.interventions import Plan
        fresh = Assessor(window.network, months=window.assessor.months)
        same = fresh.assess(Plan()) == window.assessor.assess(Plan()) and fresh.assess(window.plan) == window.assessment
        print("REMOVED", window.plan.removed == (actor,), same, window.assessor.baseline_replaced, flush=True)
        QApplication.quit()
    window.window_painted.connect(lambda: QTimer.singleShot(0, drawn))
shell.explorer_opened.connect(opened)
QApplication.exec()
"""


def test_the_first_picture_and_click_need_no_solver_when_the_baseline_is_kept(tmp_path: Path) -> None:
    runs = []
    for run in range(2):  # the first run solves and keeps the baseline; the second draws from it
        home = tmp_path / str(run)  # no autosave of the run before is offered back (its question would wait)
        runs.append(probe(FIRST_PICTURE, home, ("SOLVER", "REMOVED"), FTE_CACHE_DIR=str(tmp_path / "cache")))
    assert runs[0][0].startswith("SOLVER True"), runs[0]
    # The second start builds its scenario from the cache of validated scenarios: no pydantic, no YAML.
    assert runs[1] == ["SOLVER False []", "REMOVED True True False"], runs[1]


COLLECTOR = r"""
import gc
from PySide6.QtWidgets import QApplication
from ui import app
normal = gc.get_threshold()
shell = app.open_window(None)
shell.painted.connect(lambda: print("LIGHT", gc.get_threshold()[0] > normal[0], gc.get_freeze_count() == 0, flush=True))
def opened(window):
    def painted():
        print("PAINTED", gc.get_threshold() == normal, gc.get_freeze_count() > 10_000, flush=True)
        QApplication.quit()
    window.window_painted.connect(painted)
shell.explorer_opened.connect(opened)
QApplication.exec()
"""


def test_the_collector_waits_for_the_first_picture_then_freezes_what_start_up_made(tmp_path: Path) -> None:
    # Python's cycle collector scanned start-up's objects about 60 ms in all (one full pass of 30 ms in
    # the window's build); it waits until the explorer has painted, then runs as before, without them.
    lines = probe(COLLECTOR, tmp_path, ("LIGHT", "PAINTED"))
    assert lines == ["LIGHT True True", "PAINTED True True"], lines


NEVER_PAINTED = r"""
import gc
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import ui.startup
ui.startup.SETTLE_AFTER_MS = 1500
from ui import app
normal = gc.get_threshold()
shell = app.open_window(None)
def opened(window):
    window.hide()  # never painted: minimised at once, or closed
    print("OPENED", gc.get_threshold() == normal, flush=True)
    def later():
        print("LATER", gc.get_threshold() == normal, flush=True)
        QApplication.quit()
    QTimer.singleShot(2000, later)
shell.explorer_opened.connect(opened)
QApplication.exec()
"""


def test_a_window_that_never_paints_does_not_keep_the_collector_waiting(tmp_path: Path) -> None:
    # Garbage left uncollected holds Qt's memory too: with the collector held for good, the test suite
    # grew to 24 GB.
    lines = probe(NEVER_PAINTED, tmp_path, ("OPENED", "LATER"))
    assert lines == ["OPENED False", "LATER True"], lines

