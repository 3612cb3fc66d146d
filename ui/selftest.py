"""``--self-test``: the installed app (wheel or trainer's bundle) checks that it works on this machine.

Every bundled scenario (``resources/scenarios/*.yaml``) is loaded and validated, its baseline solved,
the actor that carries most removed and a year simulated; then the window is rendered offscreen to a
picture, which must hold a drawn network (not a blank image), in a font with letters. One line per
check; 0 when all pass, 1 otherwise, saying what failed in words (never a traceback). Nothing reaches
the network.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TextIO

from ui.lesson.documents import APP_NAME

MONTHS = 12
PICTURE_SIZE = (1280, 720)
# A drawn network has actors, routes, labels and a chart: far more than a few colours. A blank or
# failed render has one or two.
MIN_COLOURS = 64


# Libraries Qt takes from the machine, and the Debian/Ubuntu packages that hold them.
SYSTEM_LIBRARIES = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxcb-cursor.so.0": "libxcb-cursor0",
}


def missing_library(error: BaseException) -> str | None:
    """What to tell a trainer when Qt cannot load for want of a system library; None for other errors."""
    text = str(error)
    if not isinstance(error, ImportError) or "cannot open shared object file" not in text:
        return None
    library = text.split(":", 1)[0].strip()
    packages = " ".join(p for p in dict.fromkeys([SYSTEM_LIBRARIES.get(library, ""), *SYSTEM_LIBRARIES.values()]) if p)
    return (
        f"{APP_NAME} cannot draw its window: this computer lacks {library}, a system library Qt needs.\n"
        f"On Debian or Ubuntu, install Qt's libraries with:\n  sudo apt-get install {packages}\n"
        "then check again with --self-test."
    )


def bundled_scenarios() -> list[Path]:
    """The scenario files that ship with the app (every file, also one the catalogue cannot read)."""
    from model.catalogue import scenarios_folder

    return sorted(scenarios_folder().glob("*.yaml"))


def check_scenario(path: Path) -> str:
    """Load, solve and simulate one scenario; a one-line summary, or raises with what is wrong."""
    from model.interventions import Plan
    from model.network import SupplyNetwork
    from model.scenario import load_scenario
    from model.simulation import simulate

    scenario = load_scenario(path)
    network = SupplyNetwork(scenario)
    timeline = simulate(network, Plan(), MONTHS, 0)
    baseline = timeline.baseline
    if baseline.delivered <= 0:
        raise RuntimeError("the baseline delivers nothing")
    busiest = max(network.actor_ids, key=lambda a: baseline.actor_flow[a])
    after = simulate(network, Plan().remove(busiest), MONTHS, 0)
    return (
        f"{len(scenario.actors)} actors, baseline {baseline.delivered:.1f} a month; without {busiest}: "
        f"{after.immediate.share_of_baseline:.0%} at once, {after.months[-1].share_of_baseline:.0%} after {MONTHS} months"
    )


def check_picture(path: Path) -> str:
    """Render the explorer offscreen to ``path``; raises unless the picture holds a drawn window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QImage

    from ui import app

    code = app.screenshot(path, None, PICTURE_SIZE, None, None, [])
    if code != 0:
        raise RuntimeError(f"rendering stopped with code {code}")
    image = QImage(str(path))
    if image.isNull():
        raise RuntimeError("the picture could not be read back")
    colours = {image.pixel(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)}
    if len(colours) < MIN_COLOURS:
        raise RuntimeError(f"the picture looks blank ({len(colours)} colour{'s' if len(colours) != 1 else ''})")
    return f"{image.width()}x{image.height()} picture, {len(colours)} colours"


def check_fonts() -> str:
    """The window's text has a font with letters in it; raises if it would show boxes instead."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QFontDatabase, QFontInfo, QFontMetricsF, QGuiApplication

    from ui import app

    app.create_application()
    font = QGuiApplication.font()
    families = QFontDatabase.families()
    if not families or not all(QFontMetricsF(font).inFont(letter) for letter in "Aa0"):
        raise RuntimeError(
            "no font with letters: the window would show boxes instead of text; on Debian or Ubuntu: sudo apt-get install fonts-dejavu-core"
        )
    return f"{len(families)} font families; text in {QFontInfo(font).family()}"


def run(out: TextIO | None = None) -> int:
    """Run every check, printing one line each; 0 when all pass, 1 otherwise."""
    out = out or sys.stdout
    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    print(f"{APP_NAME} self-test{frozen}: Python {sys.version.split()[0]}", file=out)
    failures = 0

    def check(name: str, action: Callable[[], str]) -> None:
        nonlocal failures
        start = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:  # every failure is reported in words; the next check still runs
            failures += 1
            print(f"  FAIL  {name}: {type(exc).__name__}: {exc}", file=out)
            hint = missing_library(exc)
            if hint:
                print("        " + hint.replace("\n", "\n        "), file=out)
            return
        print(f"  ok    {name}: {detail} ({time.perf_counter() - start:.1f} s)", file=out)

    scenarios = bundled_scenarios()
    if not scenarios:
        failures += 1
        print("  FAIL  bundled scenarios: none found (the install is incomplete)", file=out)
    for path in scenarios:
        check(f"scenario {path.name}", partial(check_scenario, path))
    with tempfile.TemporaryDirectory(prefix="fte-self-test-") as folder:
        check("picture", lambda: check_picture(Path(folder) / "self-test.png"))
    check("fonts", check_fonts)
    if failures:
        print(f"self-test failed: {failures} check{'s' if failures != 1 else ''} did not pass", file=out)
        return 1
    print("self-test passed", file=out)
    return 0
