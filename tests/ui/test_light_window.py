"""The light start-up window appears before the model is imported: the model's import (pydantic,
numpy, OR-Tools: about a second of CPU on a slow machine) runs in the loader thread, never on the
way to the first picture."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

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
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("HEAVY"))
    assert line == "HEAVY []", f"imported on the way to the light window's first paint: {line}"
