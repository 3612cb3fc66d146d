"""Speed of the explorer's reactions: prints a table, never fails.

    PYTHONPYCACHEPREFIX=/tmp/pycache python benchmarks/bench_ui.py [--scenario FILE] [--repeat 30] [--size 1280x720] [--layout-only]

1. "Remove this actor" until everything shows the new state: from the button's click until the
   network has its new flow picture and has painted a frame, the sentence and the impact numbers say
   the new plan, and the chart shows its new lines on screen (the window blits them onto the
   chart's kept drawing during the click, or draws the whole figure when the axes need new limits;
   the benchmark then repaints the chart's widget, so the pixels are there, not just scheduled).
   Each removal is assessed anew (the assessor's cache emptied; the baseline, solved once per
   scenario, stays). Printed as min and median of wall and CPU time, and as a ratio to the model's own
   assessment of the same plan, with the solves one removal needs.
2. Frame time of the flow animation: one step of the moving flow markers plus painting the view, and
   one step of the route-width transition plus painting. Target: <= 16 ms. The transition is the
   app's own: a removal (and its undo) starts it as a click does, its clock is then set step by step
   (as the animation's timer sets it), and each step is the view's slot resizing the routes, the
   scene's report, and a synchronous repaint of the whole viewport. Its first frame, which draws the
   still network's layers once per transition (``ui.network.layers``), is painted before the steps
   are timed: it belongs to the click's reaction (timed in 1, where it is painted the same way).
3. Building the network's layout (``ui.lesson.layout.Layout``: columns, the order that keeps routes
   from crossing, waypoints), which the window does on the GUI thread before its first picture,
   weighted by the baseline's flows as the window's is, and its positions for one size (which the
   view asks for at every layout of the scene). ``--layout-only`` prints just these lines.

Runs offscreen (software painting) unless QT_QPA_PLATFORM says otherwise. Prints the machine's load.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication

from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.interventions import Plan
from model.network import SupplyNetwork
from ui.app import build_window, create_application, load_network
from ui.lesson.layout import Heights, Layout

REMOVE_TARGET_MS = 100.0
FRAME_TARGET_MS = 16.0


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def figures(values: list[float]) -> str:
    return f"min {min(values):6.1f}  median {statistics.median(values):6.1f}"


def layout_lines(network: SupplyNetwork, repeat: int) -> list[str]:
    """The layout's build time, as the window builds it (weighted by the baseline's flows), and the
    time of its positions for one size (the view asks for them once per layout of the scene)."""
    weights = Assessor(network, months=24).shown_baseline.route_flow
    build: tuple[list[float], list[float]] = ([], [])
    place: tuple[list[float], list[float]] = ([], [])
    for _ in range(max(repeat, 20)):
        t0, c0 = time.perf_counter(), time.process_time()
        layout = Layout(network, weights)
        build[0].append((time.perf_counter() - t0) * 1000)
        build[1].append((time.process_time() - c0) * 1000)
        t0, c0 = time.perf_counter(), time.process_time()
        layout.positions(Heights([40.0] * len(layout.columns)), room=560.0, top=30.0)
        place[0].append((time.perf_counter() - t0) * 1000)
        place[1].append((time.process_time() - c0) * 1000)
    nodes = sum(len(col) for col in layout.order)

    def ms(times: tuple[list[float], list[float]]) -> str:
        wall, cpu = times
        return (
            f"wall ms: min {min(wall):.2f} median {statistics.median(wall):.2f}  "
            f"CPU ms: min {min(cpu):.2f} median {statistics.median(cpu):.2f}"
        )

    return [
        f"  network layout built (ui.lesson.layout.Layout, {len(layout.columns)} columns, {nodes} actors and waypoints), {ms(build)}",
        f"  its positions for one size (Layout.positions, 40 px actors in 560 px), {ms(place)}",
    ]


# Before the assessor, one removal made an immediate assessment (the baseline and month 0), then a full
# one (the baseline again, month 0 again and every one of the 24 months): 2 + 26 solves, whatever the plan.
OLD_SOLVES_PER_REMOVAL = 2 + 26


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenario", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--layout-only", action="store_true", help="time only the network's layout (no window)")
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))
    path = args.scenario or default_scenario_path()
    if args.layout_only:
        network = load_network(path)[1]
        lines = layout_lines(network, args.repeat)
        load = os.getloadavg()
        cache = os.environ.get("PYTHONPYCACHEPREFIX") or "none (PYTHONDONTWRITEBYTECODE)"
        print(
            f"network layout on {path.name} ({len(network.actor_ids)} actors, {len(network.routes)} routes); "
            f"load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; bytecode cache: {cache}"
        )
        print("\n".join(lines))
        return 0
    app = create_application()
    scenario, network = load_network(path)
    window = build_window(scenario, network, path)
    window.resize(width, height)
    window.show()
    window.set_explore(True)
    window.load_chart()
    app.processEvents()
    assert window.chart is not None
    view, chart = window.view, window.chart
    viewport = view.viewport()
    base = window.assessment.baseline.actor_flow
    actors = sorted((a for a in network.actor_ids if not network.actors[a].latent and base[a] > 0), key=lambda a: -base[a])

    wall: list[float] = []
    cpu: list[float] = []
    model_ms: list[float] = []
    solves: list[int] = []
    for i in range(args.repeat):
        actor_id = actors[i % len(actors)]
        window.select_actor(actor_id)
        fresh = Assessor(network, months=24)
        fresh._baseline = window.assessor.baseline  # the baseline is solved once per scenario
        window.assessor = fresh
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        window.actor_panel.remove_button.click()  # network, sentence, numbers: set before this returns
        viewport.repaint()
        chart.canvas.repaint()  # the chart's new lines on screen (drawn during the click, painted now)
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        assert window.plan.removed == (actor_id,) and network.actors[actor_id].name in window.impact.sentence.text()
        solves.append(fresh.solves)
        t1 = time.perf_counter()
        check = Assessor(network, months=24)
        check._baseline = fresh.baseline
        check.assess(Plan(removed=(actor_id,)))
        model_ms.append((time.perf_counter() - t1) * 1000)
        view._transition.stop()
        window.undo_stack.undo()
        app.processEvents()

    scene = view.network_scene
    window.remove_actor(next(a for a in actors if a not in network.market_actors))
    view._transition.stop()
    scene.set_progress(1.0)
    marker_ms: list[float] = []
    for _ in range(max(120, args.repeat * 4)):
        t0 = time.perf_counter()
        scene.advance_markers(1 / 60)
        viewport.repaint()
        marker_ms.append((time.perf_counter() - t0) * 1000)
    transition_ms: list[float] = []
    steps = 30
    transition = view._transition
    window.undo_stack.undo()
    transition.setCurrentTime(transition.duration())
    app.processEvents()
    for i in range(max(2, args.repeat // 5)):
        removed = actors[i % len(actors)]
        for change in (lambda: window.remove_actor(removed), window.undo_stack.undo):  # noqa: B023 (called at once, in this pass)
            change()  # starts the transition, as a click does
            transition.pause()
            app.processEvents()  # the scene reports the new picture; the first frame is painted
            for k in range(steps):
                t0 = time.perf_counter()
                transition.setCurrentTime(round((k + 1) * transition.duration() / (steps + 1)))  # one step of the animation
                QCoreApplication.sendPostedEvents(scene)  # the scene reports its change, as the event loop lets it between frames
                viewport.repaint()
                transition_ms.append((time.perf_counter() - t0) * 1000)
            transition.setCurrentTime(transition.duration())  # its end: the final state, drawn whole
            app.processEvents()

    layout = layout_lines(network, args.repeat)
    load = os.getloadavg()
    print(
        f"explorer reactions on {path.name} ({len(network.actor_ids)} actors, {len(network.routes)} routes), window {width}x{height}, "
        f"{os.environ.get('QT_QPA_PLATFORM')} painting, {args.repeat} removals; load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
        f"bytecode cache: {os.environ.get('PYTHONPYCACHEPREFIX') or 'none (PYTHONDONTWRITEBYTECODE)'}"
    )
    med = statistics.median(wall)
    print(
        f"  Remove this actor -> network, sentence, strip and chart all new, wall ms: {figures(wall)}  "
        f"(target <= {REMOVE_TARGET_MS:.0f})  {'OK' if med <= REMOVE_TARGET_MS else 'OVER'}"
    )
    print(f"                                                          CPU ms : {figures(cpu)}")
    print(f"  the model's own assessment of the same plan (24 months), ms   : {figures(model_ms)}")
    print(f"  ratio of the whole reaction to the model's assessment (median): {med / statistics.median(model_ms):6.1f}x")
    print(
        f"  solves per removal: median {statistics.median(solves):.0f} (min {min(solves)}, max {max(solves)}); "
        f"before the assessor: {OLD_SOLVES_PER_REMOVAL} for every removal"
    )
    m = statistics.median(marker_ms)
    print(
        f"  flow-marker animation frame, ms: median {m:6.1f}, p95 {pct(marker_ms, 0.95):6.1f}  "
        f"(target <= {FRAME_TARGET_MS:.0f})  {'OK' if pct(marker_ms, 0.95) <= FRAME_TARGET_MS else 'OVER'}  "
        f"({len(scene._active_markers)} markers)"
    )
    t = statistics.median(transition_ms)
    print(
        f"  route-width transition frame, ms: median {t:6.1f}, p95 {pct(transition_ms, 0.95):6.1f}  "
        f"(target <= {FRAME_TARGET_MS:.0f})  {'OK' if pct(transition_ms, 0.95) <= FRAME_TARGET_MS else 'OVER'}  "
        f"(max {max(transition_ms):.1f}; {len(transition_ms)} steps of removals and their undo)"
    )
    print("\n".join(layout))
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
