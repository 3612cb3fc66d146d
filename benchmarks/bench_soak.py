"""A classroom's afternoon in a few minutes: random actions on the real window, resident memory printed.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_soak.py [--actions 10000] [--every 1000] [--seed 7]

The monkey of tests/ui/test_monkey.py (stage changes, clicks, keys, removals, undo, presets, months,
text size, dialogs, predictions, quiz answers, good and bad files opened) drives one window; every
``--every`` actions the script prints the resident memory (from /proc/self/status), the Python objects
alive, the wall and CPU time of that stretch, and checks the model's invariants. At the end it prints
the growth after warm-up (from the first report to the last), which should stay under 20 MB.

A figure, never a timed test: prints, and exits 1 only when an invariant breaks or an exception
reaches Qt. Set PYTHONPYCACHEPREFIX (e.g. /tmp/pycache) when PYTHONDONTWRITEBYTECODE is set, or the
first stretch includes compiling every import.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import time
from pathlib import Path
from types import TracebackType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--every", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from model.catalogue import default_scenario_path
    from model.network import SupplyNetwork
    from model.scenario import load_scenario
    from tests.ui.monkey import Monkey
    from ui.app import BASE_POINTS, create_application
    from ui.window import MainWindow

    logging.disable(logging.WARNING)  # the bad files' messages are expected; errors still count below
    errors: list[str] = []

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {value}")

    def messages(kind: QtMsgType, _context: object, text: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            errors.append(f"Qt: {text}")

    settings = Path(os.environ.get("TMPDIR", "/tmp")) / f"soak-settings-{os.getpid()}"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings))
    create_application()
    sys.excepthook = hook
    qInstallMessageHandler(messages)
    path = default_scenario_path()
    scenario = load_scenario(path)
    window = MainWindow(scenario, SupplyNetwork(scenario), path, base_points=BASE_POINTS, predict=True)
    window.resize(1280, 720)
    window.show()
    QApplication.processEvents()

    load = os.getloadavg()
    print(f"soak: {args.actions:,} random actions, seed {args.seed}; load at start {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"{'actions':>8} {'RSS MB':>8} {'objects':>9} {'wall s':>7} {'CPU s':>6}  kinds of action so far")
    monkey = Monkey(window, args.seed)
    figures: list[float] = []
    wall, cpu = time.perf_counter(), time.process_time()
    for number in range(1, args.actions + 1):
        monkey.step()
        monkey.check()
        if errors:
            print(f"after action {number} ({monkey.done[-1]}): {errors[0]}")
            return 1
        if number % args.every == 0:
            monkey.check_reset_gives_the_baseline()
            gc.collect()
            QApplication.processEvents()
            figures.append(resident_mb())
            now_wall, now_cpu = time.perf_counter(), time.process_time()
            stretch = f"{now_wall - wall:>7.1f} {now_cpu - cpu:>6.1f}"
            print(f"{number:>8,} {figures[-1]:>8.1f} {len(gc.get_objects()):>9,} {stretch}  {len(set(monkey.done))}")
            wall, cpu = now_wall, now_cpu
    window.close()
    if len(figures) >= 2:
        growth = figures[-1] - figures[0]
        print(f"after warm-up (first report to last): {growth:+.1f} MB; largest {max(figures):.1f} MB; limit +20 MB")
    load = os.getloadavg()
    print(f"load at end {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; PYTHONPYCACHEPREFIX={os.environ.get('PYTHONPYCACHEPREFIX', 'unset')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
