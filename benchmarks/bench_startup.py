"""Start-up time of the explorer against a bare PySide6 window: prints a table, never fails.

    python benchmarks/bench_startup.py [--repeat 5] [--scenario FILE] [--onscreen]

Each run is a fresh process. The time runs from just before the process is started to the moment
the window has painted once and the event loop is free again ("shown and interactive"), as seen
by this script when the child prints READY. The bare window is a QMainWindow holding an empty
QGraphicsView. The explorer's window appears before the model has loaded (see ui/app.py), so it
also reports when the network is drawn (model imported, scenario loaded, baseline solved) and when
the chart (matplotlib, loaded after that) is in place. Target: explorer / bare <= 1.5 (medians). Offscreen unless --onscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.5

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
from PySide6.QtWidgets import QApplication
sys.path.insert(0, {root!r})
from ui.app import open_window

def ready():
    print("READY", flush=True)

def network():
    print("NETWORK", flush=True)

def chart():
    print("CHART", flush=True)
    QApplication.quit()

def opened(window):
    window.window_painted.connect(network)
    window.chart_loaded.connect(chart)

shell = open_window(Path(sys.argv[1]) if len(sys.argv) > 1 else None)
shell.painted.connect(ready)
shell.explorer_opened.connect(opened)
QApplication.exec()
"""


def time_child(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each marker line the child prints."""
    start = time.perf_counter()
    command = [sys.executable, "-c", code, *args]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        marks[line.strip()] = time.perf_counter() - start
    proc.wait(timeout=120)
    if proc.returncode != 0 or "READY" not in marks:
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"child failed ({proc.returncode}): {err[-2000:]}")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--scenario", type=Path)
    parser.add_argument("--onscreen", action="store_true", help="use the real display instead of offscreen")
    args = parser.parse_args()
    env = dict(os.environ)
    if not args.onscreen:
        env["QT_QPA_PLATFORM"] = "offscreen"
    extra = [str(args.scenario)] if args.scenario else []
    bare: list[float] = []
    marks: dict[str, list[float]] = {"READY": [], "NETWORK": [], "CHART": []}
    time_child(BARE, [], env)  # warm the file cache for both
    time_child(APP.format(root=str(ROOT)), extra, env)
    for _ in range(max(1, args.repeat)):
        bare.append(time_child(BARE, [], env)["READY"])
        run = time_child(APP.format(root=str(ROOT)), extra, env)
        for key in marks:
            marks[key].append(run.get(key, float("nan")))
    b = statistics.median(bare)
    a, n, c = (statistics.median(marks[k]) for k in ("READY", "NETWORK", "CHART"))
    platform = "onscreen" if args.onscreen else "offscreen"
    print(f"start-up, from process start ({platform}, median of {len(bare)} runs each)")
    print(f"  bare PySide6 window + QGraphicsView, shown and interactive : {b * 1000:6.0f} ms")
    print(f"  explorer window shown and interactive                      : {a * 1000:6.0f} ms")
    verdict = "OK" if a / b <= TARGET_RATIO else "OVER"
    print(f"  ratio explorer / bare                                      : {a / b:6.2f}   (target <= {TARGET_RATIO})  {verdict}")
    print(f"  explorer network drawn (model loaded, baseline solved)     : {n * 1000:6.0f} ms   ratio {n / b:.2f}")
    print(f"  explorer chart in place (matplotlib, after the network)    : {c * 1000:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
