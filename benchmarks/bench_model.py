"""Speed of the model on synthetic layered networks: prints a table, never fails.

    PYTHONPYCACHEPREFIX=/tmp/pycache python benchmarks/bench_model.py [--sizes 100 1000 10000] [--repeat 15]

For each size: build, baseline solve (OR-Tools), remove the busiest actor and re-solve, a 24-month
simulation, and the same baseline solve with networkx's max_flow_min_cost in the same run, with the
ratio (medians). Then the targets on a 50-actor network and on the bundled scenario, each as min and
median wall time with the process CPU time beside it, and the load average before and after (a busy
machine inflates wall time; CPU time much below wall time means the process waited).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.flow import solve, solve_networkx
from model.interventions import Plan
from model.network import Conditions, SupplyNetwork
from model.scenario import MAX_ACTORS, load_scenario, scenario_from_data, schema
from model.simulation import simulate

STAGES = ("suppliers", "brokers", "production", "transport", "border", "streets")
KINDS = ("chemical_supplier", "broker", "producer", "transport_network", "border_crossing", "street_market")
REGIONS = ("China", "Mexico", "Mexico", "Mexico", "Border", "United States")


def layered_scenario(n_actors: int, seed: int = 1, fan_out: int = 3) -> dict[str, Any]:
    """A valid scenario dict: six stages, n_actors spread over them, each linked to fan_out next ones."""
    rng = random.Random(seed)
    per_stage = max(1, n_actors // len(STAGES))
    src = [{"publisher": "Benchmark", "title": "Synthetic network"}]
    stages = [{"id": s, "title": s.title(), "short_title": s.title(), "narrative": "Synthetic."} for s in STAGES]
    layers: list[list[str]] = []
    actors = []
    for i, stage in enumerate(STAGES):
        layer = []
        for j in range(per_stage):
            actor_id = f"a{i}_{j}"
            layer.append(actor_id)
            actors.append(
                {
                    "id": actor_id,
                    "name": actor_id,
                    "stage": stage,
                    "kind": KINDS[i],
                    "region": REGIONS[i],
                    "description": "Synthetic actor.",
                    "capacity": float(rng.randint(5, 20)),
                    "unit_cost": float(rng.randint(1, 10)),
                    "sources": src,
                    "latent": j % 10 == 9,
                    "entry_lag_months": 3,
                    "entry_price": 1.2,
                }
            )
        layers.append(layer)
    routes = []
    for i in range(len(layers) - 1):
        nxt = layers[i + 1]
        incoming = set()
        for actor_id in layers[i]:
            targets = rng.sample(nxt, min(fan_out, len(nxt)))
            incoming.update(targets)
            routes += [
                {"from": actor_id, "to": t, "capacity": float(rng.randint(5, 15)), "unit_cost": float(rng.randint(0, 3))} for t in targets
            ]
        for t in nxt:
            if t not in incoming:
                routes.append({"from": rng.choice(layers[i]), "to": t, "capacity": 10.0, "unit_cost": 1.0})
    capacity = sum(a["capacity"] for a in actors if a["stage"] == "streets" and not a["latent"])
    return {
        "title": f"Synthetic {n_actors}",
        "information_date": "n/a",
        "illustrative_note": "Synthetic benchmark network.",
        "stages": stages,
        "actors": actors,
        "routes": routes,
        "market": {"demand": capacity * 0.6, "elasticity": 0.5},
    }


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    return [wall for wall, _ in timed_cpu(fn, repeat)]


def timed_cpu(fn: Callable[[], object], repeat: int) -> list[tuple[float, float]]:
    """(wall, process CPU) seconds for each run."""
    times = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - start, time.process_time() - cpu))
    return times


def load() -> str:
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "load average unavailable"
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def min_median(times: list[tuple[float, float]]) -> str:
    walls = [w for w, _ in times]
    cpus = [c for _, c in times]
    return (
        f"min {ms(min(walls)).strip()} / median {ms(statistics.median(walls)).strip()} ms wall, "
        f"median {ms(statistics.median(cpus)).strip()} ms CPU"
    )


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.2f}"


def bench_size(n: int, repeat: int) -> dict[str, float]:
    start = time.perf_counter()
    data = layered_scenario(n)
    # Sizes beyond what the app draws (model.scenario.limits) are built without the loader's checks:
    # this measures the model, not the app.
    network = SupplyNetwork(scenario_from_data(data) if n <= MAX_ACTORS else schema.validate(data))
    build = time.perf_counter() - start
    base = solve(network)
    busiest = max(network.actor_ids, key=lambda a: base.actor_flow[a])
    removed = Conditions(removed=frozenset({busiest}))
    r = max(3, repeat // (1 if n <= 1000 else 5))
    solve_t = statistics.median(timed(lambda: solve(network), r))
    resolve_t = statistics.median(timed(lambda: solve(network, removed, prefer=base), r))
    sim_t = statistics.median(timed(lambda: simulate(network, Plan(removed=(busiest,)), 24, 0, baseline=base), max(1, r // 3)))
    nx_reps = 3 if n <= 1000 else 1
    nx_t = statistics.median(timed(lambda: solve_networkx(network), nx_reps))
    check = solve_networkx(network)
    assert abs(check.delivered - base.delivered) < 1e-6 and abs(check.total_cost - base.total_cost) < 1e-6, "solvers disagree"
    return {
        "actors": len(network.actor_ids),
        "routes": len(network.routes),
        "build": build,
        "solve": solve_t,
        "resolve": resolve_t,
        "sim": sim_t,
        "nx": nx_t,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()

    print(f"Before: {load()}")
    print("Model speed on synthetic layered networks (medians; milliseconds)")
    print(f"{'actors':>7} {'routes':>7} {'build':>9} {'solve':>9} {'re-solve':>9} {'24-month':>9} {'networkx':>10} {'nx/ortools':>10}")
    for n in args.sizes:
        row = bench_size(n, args.repeat)
        ratio = row["nx"] / row["solve"]
        print(
            f"{row['actors']:>7.0f} {row['routes']:>7.0f} {ms(row['build'])} {ms(row['solve'])} {ms(row['resolve'])} "
            f"{ms(row['sim'])} {ms(row['nx']):>10} {ratio:>9.1f}x"
        )

    print()
    print("Targets (re-solves prefer the baseline flows, as the app's do)")
    report_targets("48-actor synthetic network", SupplyNetwork(scenario_from_data(layered_scenario(50))), targets=True)
    bundled = SupplyNetwork(load_scenario(default_scenario_path()))
    report_targets(f"bundled scenario, {len(bundled.actor_ids)} actors", bundled, targets=False)
    report_assessments(bundled)
    print(f"After: {load()}")


def report_targets(label: str, network: SupplyNetwork, targets: bool) -> None:
    """Re-solve after removing the busiest actor, and a 24-month simulation of it."""
    base = solve(network)
    busiest = max(network.actor_ids, key=lambda a: base.actor_flow[a])
    removed = Conditions(removed=frozenset({busiest}))
    resolve = timed_cpu(lambda: solve(network, removed, prefer=base), 200)
    months = timed_cpu(lambda: simulate(network, Plan(removed=(busiest,)), 24, 0, baseline=base), 30)
    print(f"  re-solve, {label}: {min_median(resolve)}" + (" (target <= 2 ms)" if targets else ""))
    print(f"  24-month simulation, {label}: {min_median(months)}" + (" (target <= 100 ms)" if targets else ""))


def report_assessments(network: SupplyNetwork) -> None:
    """What the window waits for: a fresh assessor's full 24-month assessment of one removal (the
    baseline already solved), for the busiest actor and for each preset. Target: well under 50 ms."""
    base = solve(network)
    busiest = max(network.actor_ids, key=lambda a: base.actor_flow[a])
    plans = {f"remove {busiest}": Plan(removed=(busiest,))}
    plans.update({f"preset {p.id}": Plan.from_preset(p) for p in network.scenario.presets})
    print("  full 24-month assessment, bundled scenario (fresh assessor, baseline solved):")
    width = max(len(label) for label in plans)
    for label, plan in plans.items():

        def assess_once(plan: Plan = plan) -> None:
            assessor = Assessor(network)
            assessor._baseline = base  # the window solves the baseline once, at start-up
            assessor.assess(plan)

        print(f"    {label:<{width}}  {min_median(timed_cpu(assess_once, 30))}")


if __name__ == "__main__":
    main()
