"""The explorer as viewers with protanopia, deuteranopia or no colour at all (greyscale) see it, in every
colour profile: writes the pictures and prints figures; never fails.

    PYTHONPYCACHEPREFIX=/tmp/pycache python benchmarks/colour_vision.py [--out DIR] [--size 1280x720]

For each profile (standard, projector, dark) the window is pictured at stage 4 with the busiest actor
of that stage removed and selected (gained and lost routes, removed, earlier, waiting and selected actors all on
screen) and then simulated (ui/vision.py: Machado et al. 2009 at full severity; greyscale by WCAG
luminance). Written to DIR as PROFILE-VISION.png, to be looked at. Printed per profile:

- the WCAG checks of ui/contrast.py: the lowest text and graphics ratios, and any pair below its minimum;
- per simulation, the two legend states that look most alike (the share of their drawn pixels that
  still differ plainly, Delta E > 10; tests/ui/test_colour_vision.py wants >= 15%), and Delta E between
  gained and lost routes and between the chart's supply and price lines;
- wall and CPU time of picturing and simulating, and the machine's load.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtGui import QImage

from model.catalogue import default_scenario_path
from ui import contrast, theme, vision
from ui.app import build_window, create_application, load_network
from ui.legend import _actor_sample, _route_sample

ROUTES = ("gained", "lost", "normal", "waiting")
ACTORS = ("normal", "waiting", "removed", "earlier", "selected")
SIMULATED = ("protanopia", "deuteranopia", "greyscale")


def pixels(image: QImage) -> vision.Picture:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.bytesPerLine() * image.height())
    shaped = rows.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3]
    return shaped.reshape(image.height(), image.width(), 3).astype(float)


def save(picture: vision.Picture, path: Path) -> None:
    data = np.ascontiguousarray(np.clip(np.rint(picture), 0, 255).astype(np.uint8))
    QImage(data.data, data.shape[1], data.shape[0], data.shape[1] * 3, QImage.Format.Format_RGB888).copy().save(str(path))


def picture_window(profile: str, size: tuple[int, int]) -> QImage:
    path = default_scenario_path()
    scenario, network = load_network(path)
    window = build_window(scenario, network, path, profile=profile)
    window.view.set_animations_enabled(False)
    window.resize(*size)
    window.show()
    window.load_chart()
    window.go_to_stage(3)
    stage = scenario.stages[3].id
    flow = window.assessor.baseline.actor_flow
    busiest = max((a.id for a in scenario.actors if a.stage == stage), key=lambda actor: flow.get(actor, 0.0))
    window.remove_actor(busiest)
    window.select_actor(busiest)
    window.settle()
    image = window.grab().toImage()
    window.close()
    window.deleteLater()
    return image


def closest_states(seen: str) -> tuple[float, str]:
    samples = {f"route {s}": pixels(_route_sample(s).toImage()) for s in ROUTES}
    samples |= {f"actor {s}": pixels(_actor_sample(s).toImage()) for s in ACTORS}
    pairs = [*combinations([f"route {s}" for s in ROUTES], 2), *combinations([f"actor {s}" for s in ACTORS], 2)]
    share, a, b = min((vision.differing_share(samples[a], samples[b], seen), a, b) for a, b in pairs)
    return share, f"{a} / {b}"


def delta(colours: theme.Theme, a: str, b: str, seen: str) -> float:
    one, other = (vision.simulate(vision.hex_rgb(getattr(colours, name)), seen) for name in (a, b))
    return float(vision.distance(one, other))


def report_contrast(colours: theme.Theme) -> None:
    checks = contrast.checks(colours)
    for minimum, kind in ((contrast.TEXT, "text"), (contrast.GRAPHIC, "graphics")):
        mine = [c for c in checks if c.minimum == minimum]
        low = min(mine, key=lambda c: c.ratio)
        print(f"  {kind}: {len(mine)} pairs, lowest {low.ratio:.2f}:1 (needs {minimum}:1) - {low.what}")
    for failing in (c for c in checks if c.ratio < c.minimum):
        print(f"  BELOW: {failing}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/colour-vision"))
    parser.add_argument("--size", default="1280x720")
    args = parser.parse_args()
    size = tuple(int(n) for n in args.size.split("x"))
    args.out.mkdir(parents=True, exist_ok=True)
    create_application()
    wall, cpu = time.perf_counter(), time.process_time()
    for name, colours in theme.PROFILES.items():
        theme.set_current(colours)
        print(f"{name}:")
        report_contrast(colours)
        shot = pixels(picture_window(name, (size[0], size[1])))
        save(shot, args.out / f"{name}-normal.png")
        for seen in SIMULATED:
            save(vision.simulate(shot, seen), args.out / f"{name}-{seen}.png")
            share, pair = closest_states(seen)
            print(
                f"  {seen:12} closest states {pair}: {share:.0%} of drawn pixels differ;"
                f" Delta E gained/lost {delta(colours, 'accent', 'warning', seen):.0f},"
                f" supply/price {delta(colours, 'supply', 'price', seen):.0f}"
            )
    theme.set_current(theme.STANDARD)
    print(f"pictures in {args.out}")
    print(f"wall {time.perf_counter() - wall:.1f} s, CPU {time.process_time() - cpu:.1f} s (3 profiles, pictured and simulated)")
    print(f"load: {' '.join(f'{v:.2f}' for v in os.getloadavg())} (1, 5, 15 min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
