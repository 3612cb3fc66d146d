"""Speed of the policy lab and of ``compare``: prints figures, never fails.

    env -u PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX=/tmp/pycache python benchmarks/bench_lab.py [--repeat 5] [--seeds 50] [--no-gui]

(This environment sets PYTHONDONTWRITEBYTECODE; unset it so that the bytecode cache is written once
and read by every later run and by the worker processes.)

1. Model: four plans (the scenario's first four presets) x 50 seeds x 24 months on the bundled
   scenario, done three ways: one simulation per seed (as ``simulate_bands`` does), ``run_seeds``
   in this process (seeds that cannot differ share a run, month 0 solved once per plan), and the
   ``EnsemblePool`` (worker processes, warm; and cold, counting their start and the first progress).
   Target: <= 3 s wall on a 2-core machine. Min and median of wall time, CPU time beside it (this
   process plus the workers', read from /proc), the solves, and the machine's load.
2. Reusing OR-Tools' solver object between months (``set_arc_capacities`` on one SimpleMinCostFlow
   whose arcs never change) against a new object per month, on one simulation's months.
3. The lab's window (offscreen): opening it, the first progress, the four plans to the end, and how
   long a key press posted every 30 ms waits during the runs against the same measure with nothing
   running (target: <= 50 ms).

The top of this file imports nothing heavy: each worker process imports it again.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def load() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip().split("load average:")[-1].strip()
    except OSError:
        return "unknown"


def worker_cpu(pids: set[int]) -> float:
    """CPU seconds the worker processes have used so far (Linux /proc; 0 elsewhere)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except (OSError, IndexError, ValueError):
            continue
    return total / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.0


def summary(label: str, walls: list[float], cpus: list[float], extra: str = "") -> None:
    print(
        f"  {label:<46} wall min {min(walls):6.2f} s  median {statistics.median(walls):6.2f} s   "
        f"CPU min {min(cpus):6.2f} s  median {statistics.median(cpus):6.2f} s  {extra}"
    )


def bench_model(repeat: int, seeds: int) -> None:
    from model.catalogue import default_scenario_path
    from model.ensemble import run_seeds
    from model.flow import solve
    from model.interventions import Plan
    from model.network import SupplyNetwork
    from model.parallel import EnsemblePool
    from model.scenario import load_scenario
    from model.simulation import simulate

    scenario = load_scenario(default_scenario_path())
    network = SupplyNetwork(scenario)
    base = solve(network)
    plans = [Plan.from_preset(p) for p in scenario.presets[:4]]
    print(f"1. Four plans x {seeds} seeds x 24 months, bundled scenario ({', '.join(p.id for p in scenario.presets[:4])})")
    print(f"   load before: {load()}")

    def measure(fn: Callable[[], Any], pids: Callable[[], set[int]] = set) -> tuple[float, float, Any]:
        cpu0, workers0, wall0 = time.process_time(), worker_cpu(pids()), time.perf_counter()
        result = fn()
        wall = time.perf_counter() - wall0
        return wall, time.process_time() - cpu0 + worker_cpu(pids()) - workers0, result

    walls, cpus = [], []
    for _ in range(max(1, repeat // 2)):
        wall, cpu, solves = measure(lambda: sum(simulate(network, p, 24, s, baseline=base).solves + 1 for p in plans for s in range(seeds)))
        walls.append(wall)
        cpus.append(cpu)
    summary("one simulation per seed (one process)", walls, cpus, f"{solves} solves")

    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu, ensembles = measure(lambda: [run_seeds(network, p, range(seeds), 24, base) for p in plans])
        walls.append(wall)
        cpus.append(cpu)
    runs = sum(e.distinct_runs for e in ensembles)
    summary("run_seeds: shared runs (one process)", walls, cpus, f"{sum(e.solves for e in ensembles)} solves, {runs} distinct runs")

    with EnsemblePool(scenario) as pool:
        pool.run_all(plans[:1], range(2))  # started, and the workers have their network
        walls, cpus = [], []
        for _ in range(repeat):
            wall, cpu, _ = measure(lambda: pool.run_all(plans, range(seeds)), lambda: pool.worker_pids)
            walls.append(wall)
            cpus.append(cpu)
        summary(f"EnsemblePool, {pool.workers} workers, warm", walls, cpus)
        each = [worker_cpu({pid}) for pid in sorted(pool.worker_pids)]
        print(f"   each worker's CPU over all {repeat + 1} runs: {', '.join(f'{c:.2f} s' for c in each)}")

    walls, cpus, firsts = [], [], []
    for _ in range(max(1, repeat // 2)):
        start = time.perf_counter()
        cpu0 = time.process_time()
        pool = EnsemblePool(scenario)
        jobs = [pool.submit(p, range(seeds)) for p in plans]
        first = None
        while not all(j.done() for j in jobs):
            if first is None and any(j.progress() for j in jobs):
                first = time.perf_counter() - start
            time.sleep(0.002)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu0 + worker_cpu(pool.worker_pids))  # workers start at zero
        firsts.append(first if first is not None else walls[-1])
        local = pool.local_tasks
        pool.close()
    first_progress = f"first progress after {statistics.median(firsts):.2f} s"
    summary(f"EnsemblePool, cold (workers start; {local} chunks here)", walls, cpus, first_progress)
    print(f"   load after: {load()}")


def bench_solver_reuse(repeat: int) -> None:
    import numpy as np
    from ortools.graph.python import min_cost_flow

    from model.catalogue import default_scenario_path
    from model.flow import CAPACITY_SCALE, PREFERENCE_SCALE, _arrays, cost_scale, solve
    from model.interventions import Plan
    from model.network import SupplyNetwork
    from model.scenario import load_scenario
    from model.simulation import simulate

    network = SupplyNetwork(load_scenario(default_scenario_path()))
    arr = _arrays(network)
    base = solve(network)
    timeline = simulate(network, Plan.from_preset(network.scenario.presets[0]), 24, 0, baseline=base)
    # Each month's integer capacities and costs, with every arc doubled (its preferred part, at a
    # discount, and the rest) so that the arcs never change and one solver object can be reused.
    problems = []
    previous = base
    for state in timeline.months:
        caps = np.array(
            [state.flow.actor_capacity[a] for a in network.actor_ids]
            + [network.route_capacity(r, state.conditions) for r in network.routes]
            + [1e6] * (arr.n_sources + arr.n_markets)
            + [network.demand_for(state.conditions)]
        )
        costs = np.concatenate([arr.actor_cost, arr.route_cost, np.zeros(arr.n_sources + arr.n_markets + 1)])
        int_caps = np.rint(caps * CAPACITY_SCALE).astype(np.int64)
        int_costs = np.rint(costs * cost_scale(costs)).astype(np.int64) * PREFERENCE_SCALE
        prefer = np.zeros(len(int_caps), dtype=np.int64)
        flows = [previous.actor_flow[a] for a in network.actor_ids] + [previous.route_flow[k] for k in network.route_keys]
        prefer[: len(flows)] = np.rint(np.array(flows) * CAPACITY_SCALE).astype(np.int64)
        prefer = np.minimum(prefer, int_caps)
        problems.append((np.concatenate([int_caps - prefer, prefer]), np.concatenate([int_costs, int_costs - 1])))
        previous = state.flow
    tails = np.concatenate([arr.tails, arr.tails])
    heads = np.concatenate([arr.heads, arr.heads])
    arcs = np.arange(len(tails), dtype=np.int32)

    def fresh() -> None:
        for caps, costs in problems:
            solver = min_cost_flow.SimpleMinCostFlow()
            solver.add_arcs_with_capacity_and_unit_cost(tails, heads, caps, costs)
            solver.set_node_supply(0, 10**9)
            solver.set_node_supply(1, -(10**9))
            solver.solve_max_flow_with_min_cost()
            solver.flows(arcs)

    reused = min_cost_flow.SimpleMinCostFlow()
    reused.add_arcs_with_capacity_and_unit_cost(tails, heads, problems[0][0], problems[0][1])
    reused.set_node_supply(0, 10**9)
    reused.set_node_supply(1, -(10**9))

    def reuse() -> None:
        for caps, _costs in problems:  # the costs of these months do not change: only capacities are set
            reused.set_arc_capacities(arcs, caps)
            reused.solve_max_flow_with_min_cost()
            reused.flows(arcs)

    print(f"2. Reusing the solver object: {len(problems)} months of one run, {len(tails)} arcs each")
    for label, fn in (("a new SimpleMinCostFlow each month", fresh), ("one object, set_arc_capacities", reuse)):
        times = []
        for _ in range(repeat * 4):
            start = time.perf_counter()
            fn()
            times.append((time.perf_counter() - start) / len(problems) * 1000)
        print(f"  {label:<46} per solve: min {min(times):5.2f} ms  median {statistics.median(times):5.2f} ms")
    print(f"   load after: {load()}")


def bench_gui(repeat: int, seeds: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    import ui.lab.window  # noqa: F401  (imported as the explorer has it by the time a teacher opens the lab)
    from model.catalogue import default_scenario_path
    from model.network import SupplyNetwork
    from model.scenario import load_scenario
    from ui.app import BASE_POINTS, create_application
    from ui.lesson.lab import LabPlan
    from ui.window import MainWindow

    app = create_application()
    scenario = load_scenario(default_scenario_path())

    def spin(until: Callable[[], bool], limit: float = 120.0) -> None:
        start = time.perf_counter()
        while not until() and time.perf_counter() - start < limit:
            app.processEvents()
            time.sleep(0.002)

    def key_waits(probe: QLineEdit, until: Callable[[], bool], seconds: float | None = None) -> list[float]:
        waits: list[float] = []
        posted: dict[str, float] = {}

        class Probe(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if watched is probe and event.type() == QEvent.Type.KeyPress and "t" in posted:
                    waits.append((time.perf_counter() - posted.pop("t")) * 1000)
                return False

        def post() -> None:
            posted["t"] = time.perf_counter()
            QApplication.postEvent(probe, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a"))

        watcher = Probe()
        probe.installEventFilter(watcher)
        timer = QTimer()
        timer.setInterval(30)
        timer.timeout.connect(post)
        timer.start()
        start = time.perf_counter()
        spin(until if seconds is None else lambda: time.perf_counter() - start > seconds)
        timer.stop()
        probe.removeEventFilter(watcher)
        return waits

    print(f"3. The lab's window, offscreen: four plans x {seeds} seeds")
    print(f"   load before: {load()}")

    def run_once() -> tuple[float, float, float, list[float], list[float]]:
        window = MainWindow(scenario, SupplyNetwork(scenario), default_scenario_path(), base_points=BASE_POINTS)
        window.resize(1280, 720)
        window.show()
        spin(lambda: False, 0.3)
        start = time.perf_counter()
        window.open_policy_lab()
        lab = window.policy_lab
        assert lab is not None
        for preset in scenario.presets[2:4]:
            lab.set_plan(len(lab.plans), LabPlan(presets=(preset.id,)))
        opened = time.perf_counter() - start
        first: list[float] = []
        lab.runner.progress.connect(lambda done, _total: first.append(time.perf_counter() - start) if done and not first else None)
        finished: list[float] = []
        lab.runs_finished.connect(lambda: finished.append(time.perf_counter() - start))
        probe = QLineEdit(lab)
        probe.show()
        during = key_waits(probe, lambda: bool(finished))
        total = finished[0] if finished else float("nan")
        idle = key_waits(probe, lambda: False, seconds=min(3.0, total))
        window.close()
        spin(lambda: False, 0.2)
        return opened, first[0] if first else float("nan"), total, during, idle

    opens, firsts, totals, during, idle = [], [], [], [], []
    for _ in range(repeat):
        opened, first, total, pressed, quiet = run_once()
        opens.append(opened)
        firsts.append(first)
        totals.append(total)
        during += pressed
        longest = max(pressed, default=0.0)
        print(f"   run: opened {opened:.2f} s, first progress {first:.2f} s, done {total:.2f} s, longest wait {longest:.0f} ms")
        idle += quiet

    def waits(values: list[float]) -> str:
        ordered = sorted(values)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        return f"median {statistics.median(ordered):5.1f} ms  95th {p95:5.1f} ms  max {ordered[-1]:6.1f} ms  ({len(ordered)} presses)"

    print(f"  opening the lab (and adding two plans)          min {min(opens):5.2f} s  median {statistics.median(opens):5.2f} s")
    print(f"  first progress after the click                  min {min(firsts):5.2f} s  median {statistics.median(firsts):5.2f} s")
    print(f"  all four plans done after the click             min {min(totals):5.2f} s  median {statistics.median(totals):5.2f} s")
    print(f"  key press wait during runs: {waits(during)}")
    print(f"  key press wait, nothing running: {waits(idle)}")
    print(f"   load after: {load()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seeds", type=int, default=50)
    parser.add_argument("--no-gui", action="store_true", help="skip the window's figures")
    args = parser.parse_args()
    print(f"cpus: {os.cpu_count()}; bytecode cache: {os.environ.get('PYTHONPYCACHEPREFIX') or 'none'}")
    bench_model(args.repeat, args.seeds)
    bench_solver_reuse(args.repeat)
    if not args.no_gui:
        bench_gui(max(1, args.repeat // 2), args.seeds)


if __name__ == "__main__":
    main()
