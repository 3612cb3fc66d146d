"""Start-up time of the explorer against a bare PySide6 window: prints a table, never fails.

    python benchmarks/bench_startup.py [--repeat 7] [--scenario FILE] [--screen 1280x720] [--onscreen] [--cold]

Offscreen, both windows are on a screen of the size ``--screen`` gives (default 1280x720, a classroom
projector; Qt's offscreen default is 800x600, on which the explorer fills a window smaller than any
classroom's): the bare window at 1280x760, the explorer as it opens there (maximised on 1280x720,
85% of a larger screen). Each run is a fresh process; the clock runs from just before it is started. The bare window is a
QMainWindow holding an empty QGraphicsView, timed to its first paint with the event loop free again.
The explorer is timed to the state a learner needs: **the network drawn and a click on an actor
answered** (the busiest actor of the first stage clicked through Qt's test API, and its panel shown),
not its light first window. Along the way it also reports when the light window appears and when the
network is drawn, and, after the click, when the chart (matplotlib, loaded last) is in place.

The runs keep their caches (validated scenario and solved baseline, ``FTE_CACHE_DIR``) in a folder of
their own, filled by the warm-up run, as on a learner's second and later starts; ``--cold`` turns the
caches off (a first start: the YAML validated and the baseline solved on the way to the picture).

Prints min and median wall time, each run's CPU time (user + system, from the child's resource
usage) beside it, and the load average. Target (issue 8): explorer clicked / bare <= 2.5 (medians of
wall time). The runs write and use a bytecode cache (PYTHONPYCACHEPREFIX, by default in the temporary
folder) even when PYTHONDONTWRITEBYTECODE is set, as an installed app has its bytecode compiled.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 2.5

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, ready)
        return False

def ready():
    print("READY", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
view = QGraphicsView(QGraphicsScene())
window.setCentralWidget(view)
window.resize(1280, 760)
spy = FirstPaint()
view.viewport().installEventFilter(spy)
window.show()
app.exec()
"""

APP = r"""
import sys
from pathlib import Path
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
sys.path.insert(0, {root!r})
from ui.app import open_window

def ready():
    print("READY", flush=True)

def chart():
    print("CHART", flush=True)
    QApplication.quit()

def opened(window):
    def drawn():
        print("NETWORK", flush=True)
        first = window.scenario.stages[0].id
        flows = window.assessment.baseline.actor_flow
        actor = max((a.id for a in window.scenario.actors if a.stage == first), key=lambda a: flows.get(a, 0))
        view = window.view
        point = view.mapFromScene(view.actor_item(actor).box().center())
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        QApplication.processEvents()
        assert window.session.selected == actor and window.side.currentWidget() is window.actor_panel
        print("CLICKED", flush=True)
        if window.chart is not None:
            chart()
    window.window_painted.connect(lambda: QTimer.singleShot(0, drawn))
    window.chart_loaded.connect(chart)

shell = open_window(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
shell.painted.connect(ready)
shell.explorer_opened.connect(opened)
QApplication.exec()
"""


def time_child(code: str, args: list[str], env: dict[str, str]) -> tuple[dict[str, float], float]:
    """Seconds from process start to each marker line the child prints, and the child's CPU seconds."""
    start = time.perf_counter()
    command = [sys.executable, "-c", code, *args]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or "READY" not in marks:
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"child failed ({proc.returncode}): {err[-2000:]}")
    return marks, usage.ru_utime + usage.ru_stime


def _row(label: str, values: list[float], cpu: list[float] | None = None) -> str:
    text = f"  {label:<58} min {min(values) * 1000:6.0f}  median {statistics.median(values) * 1000:6.0f} ms"
    if cpu:
        text += f"   CPU min {min(cpu) * 1000:6.0f}  median {statistics.median(cpu) * 1000:6.0f} ms"
    return text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--scenario", type=Path)
    parser.add_argument("--onscreen", action="store_true", help="use the real display instead of offscreen")
    parser.add_argument("--cold", action="store_true", help="no scenario or baseline cache (a first start)")
    parser.add_argument("--screen", default="1280x720", help="offscreen screen size, WIDTHxHEIGHT (default 1280x720)")
    args = parser.parse_args()
    env = dict(os.environ)
    # No autosave of an earlier run (or of the learner's own) is offered back: a question would wait.
    env["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="bench-startup-data-")
    env["FTE_CACHE_DIR"] = "off" if args.cold else tempfile.mkdtemp(prefix="bench-startup-cache-")
    if not args.onscreen:
        width, height = (int(n) for n in args.screen.lower().split("x"))
        screens = Path(tempfile.mkdtemp(prefix="bench-startup-screen-")) / "screen.json"
        screens.write_text(json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}]}))
        env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screens}"
    # A learner's installed app has its bytecode compiled; so do the runs here (the warm-up run fills
    # the cache), even where the environment says not to write bytecode.
    env.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "fte-bench-pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    extra = [str(args.scenario)] if args.scenario else []
    app_code = APP.format(root=str(ROOT))
    bare, bare_cpu, app_cpu = [], [], []
    marks: dict[str, list[float]] = {"READY": [], "NETWORK": [], "CLICKED": [], "CHART": []}
    load_before = os.getloadavg()
    time_child(BARE, [], env)  # warm the file cache for both
    time_child(app_code, extra, env)
    for _ in range(max(1, args.repeat)):
        run, cpu = time_child(BARE, [], env)
        bare.append(run["READY"])
        bare_cpu.append(cpu)
        run, cpu = time_child(app_code, extra, env)
        app_cpu.append(cpu)
        for key in marks:
            marks[key].append(run.get(key, float("nan")))
    load_after = os.getloadavg()
    platform = "onscreen" if args.onscreen else f"offscreen on a {args.screen} screen"
    cache = env["PYTHONPYCACHEPREFIX"]
    caches = "off (a first start)" if args.cold else "kept from the warm-up run"
    print(f"start-up from process start, {platform}, {len(bare)} runs each; bytecode cache: {cache}; model caches: {caches}")
    print(f"load average before {load_before[0]:.2f} {load_before[1]:.2f} {load_before[2]:.2f}, after {load_after[0]:.2f}")
    print(_row("bare PySide6 window + QGraphicsView, painted", bare, bare_cpu))
    print(_row("explorer: light window painted", marks["READY"]))
    print(_row("explorer: network drawn (model loaded, baseline ready)", marks["NETWORK"]))
    print(_row("explorer: network drawn and an actor click answered", marks["CLICKED"], app_cpu))
    print(_row("explorer: chart in place (matplotlib, loaded last)", marks["CHART"]))
    ratio = statistics.median(marks["CLICKED"]) / statistics.median(bare)
    cpu_ratio = statistics.median(app_cpu) / statistics.median(bare_cpu)
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER"
    print(f"  ratio clicked / bare (median wall): {ratio:.2f}  (target <= {TARGET_RATIO})  {verdict}")
    print(f"  ratio of whole-run CPU (the explorer's run goes on to load the chart): {cpu_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
