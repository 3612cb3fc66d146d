"""The cost of updating the impact chart (matplotlib): prints, never fails.

    PYTHONPYCACHEPREFIX=/tmp/pycache python benchmarks/bench_chart.py [--repeat 30] [--size 1280x720]

Each clock runs from the call that gives the chart its new state until the chart's widget has
painted it (every pending matplotlib draw done and the canvas repainted), in the explorer's window:

- a new plan: the lines of another plan's assessment (one of the removals of the busiest actors,
  in turn, so the axis limits change now and then);
- a new month: the month marker moves;
- a new text size, and a new window size: the figure is laid out again (these may cost more; they
  happen when the learner asks for them, not on every change).

Printed as min and median of wall and CPU time. Target for a plan or a month: <= 20 ms.
Runs offscreen (software painting) unless QT_QPA_PLATFORM says otherwise. Prints the machine's load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from model.catalogue import default_scenario_path
from model.interventions import Plan
from ui.app import build_window, create_application, load_network

UPDATE_TARGET_MS = 20.0


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def figures(values: list[float]) -> str:
    return f"min {min(values):7.1f}  median {statistics.median(values):7.1f}  max {max(values):7.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    app = create_application()
    path = default_scenario_path()
    scenario, network = load_network(path)
    window = build_window(scenario, network, path)
    window.resize(width, height)
    window.show()
    window.load_chart()
    for _ in range(5):
        app.processEvents()
    chart = window.chart
    assert chart is not None
    counter = PaintCounter()
    chart.canvas.installEventFilter(counter)
    base = window.assessment.baseline.actor_flow
    busiest = sorted((a for a in network.actor_ids if not network.actors[a].latent and base[a] > 0), key=lambda a: -base[a])[:8]
    assessments = [window.assessor.assess(Plan(removed=(a,))) for a in busiest] + [window.assessor.assess(Plan())]

    def until_painted(change: Callable[[], None]) -> tuple[float, float]:
        painted = counter.count
        t0, c0 = time.perf_counter(), time.process_time()
        change()
        for _ in range(50):
            if counter.count > painted and not getattr(chart.canvas, "_draw_pending", False):
                break
            app.processEvents()
        wall, cpu = (time.perf_counter() - t0) * 1000, (time.process_time() - c0) * 1000
        assert counter.count > painted, "the chart did not paint"
        return wall, cpu

    def run(label: str, changes: list[Callable[[], None]], target: float | None) -> None:
        walls, cpus = [], []
        for change in changes:
            wall, cpu = until_painted(change)
            walls.append(wall)
            cpus.append(cpu)
        verdict = f"  (target <= {target:g})  {'OK' if statistics.median(walls) <= target else 'OVER'}" if target else ""
        print(f"  {label:<34} wall ms: {figures(walls)}{verdict}")
        print(f"  {'':<34}  CPU ms: {figures(cpus)}")

    until_painted(lambda: chart.show_assessment(assessments[0], 0))  # warm
    load = os.getloadavg()
    print(
        f"impact chart updates on {path.name}, window {width}x{height} (canvas {chart.canvas.width()}x{chart.canvas.height()}), "
        f"{os.environ.get('QT_QPA_PLATFORM')} painting, {args.repeat} of each; load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
        f"bytecode cache: {os.environ.get('PYTHONPYCACHEPREFIX') or 'none (PYTHONDONTWRITEBYTECODE)'}"
    )
    n = args.repeat
    run("a new plan", [lambda i=i: chart.show_assessment(assessments[i % len(assessments)], 0) for i in range(n)], UPDATE_TARGET_MS)
    run("a new month", [lambda i=i: chart.set_month(1 + i % 23) for i in range(n)], UPDATE_TARGET_MS)
    scales = (1.15, 1.0)
    run("a new text size", [lambda i=i: chart.set_text_scale(scales[i % 2]) for i in range(max(4, n // 3))], None)
    sizes = ((width - 80, height - 40), (width, height))
    run("a new window size", [lambda i=i: window.resize(*sizes[i % 2]) for i in range(max(4, n // 3))], None)
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
