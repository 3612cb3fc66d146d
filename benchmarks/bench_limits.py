"""Time of the loader and of ``analyze`` at and beyond the app's limits: prints a table, never fails.

    python benchmarks/bench_limits.py [--repeat 3] [--big 5000] [--skip-big-misspelt]

1. ``validate`` (load_scenario) of a synthetic file of ``--big`` actors: correct, and with every
   route's target misspelt (the "did you mean" case that took over 300 s).
2. ``analyze`` (criticality over 12 months and the smallest stopping set) on the largest network the
   loader allows, with demand met at baseline (typical) and with demand three times what the
   network carries (every month short of supply, every actor growing: the worst case).

Prints min and median wall time with CPU time beside it, and the machine's load (``uptime``).
Set PYTHONPYCACHEPREFIX (e.g. /tmp/pycache) when PYTHONDONTWRITEBYTECODE is set, or imports are
compiled anew on every run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_model import layered_scenario
from model.analysis import criticality, smallest_stopping_set
from model.network import SupplyNetwork
from model.scenario import ScenarioError, load_scenario

try:
    from model.scenario import MAX_ACTORS, MAX_ROUTES
except ImportError:  # a tree from before the limits: measure at the same size
    MAX_ACTORS, MAX_ROUTES = 200, 1_000


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:  # the loader refuses aliases; write every item out
        return True


def write(data: dict[str, Any], folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text(yaml.dump(data, Dumper=_NoAliases, sort_keys=False), encoding="utf-8")
    return path


def timed(fn: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each run."""
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus


def row(label: str, walls: list[float], cpus: list[float]) -> None:
    print(f"  {label:<58} {min(walls):9.2f} {statistics.median(walls):9.2f} {statistics.median(cpus):9.2f}")


def validate(path: Path) -> None:
    try:
        load_scenario(path)
    except ScenarioError as exc:
        assert exc.problems


def analyze(path: Path) -> None:
    network = SupplyNetwork(load_scenario(path))
    criticality(network, months=12)
    smallest_stopping_set(network)


def largest(short: bool) -> dict[str, Any]:
    """The largest layered network within the limits (six stages, six routes from each actor)."""
    data = layered_scenario(MAX_ACTORS, fan_out=6)
    while len(data["routes"]) > MAX_ROUTES:
        data["routes"].pop()
    if short:
        data["market"]["demand"] *= 3
    return data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--big", type=int, default=5000)
    parser.add_argument("--skip-big-misspelt", action="store_true", help="for trees where it takes minutes")
    args = parser.parse_args()

    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f} (1, 5, 15 min) on {os.cpu_count()} CPUs")
    print(f"  {'seconds':<58} {'min wall':>9} {'med wall':>9} {'med CPU':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = layered_scenario(args.big)
        good = write(big, folder, "big.yaml")
        for route in big["routes"]:
            route["to"] += "x"
        misspelt = write(big, folder, "big_misspelt.yaml")
        n_actors, n_routes = len(big["actors"]), len(big["routes"])
        row(f"validate {n_actors:,} actors, {n_routes:,} routes", *timed(lambda: validate(good), args.repeat))
        if not args.skip_big_misspelt:
            row(f"validate {n_actors:,} actors, every route misspelt", *timed(lambda: validate(misspelt), args.repeat))
        for short in (False, True):
            data = largest(short)
            path = write(data, folder, f"largest_{short}.yaml")
            what = "every month short" if short else "demand met"
            label = f"analyze {len(data['actors'])} actors, {len(data['routes']):,} routes, {what}"
            row(label, *timed(lambda path=path: analyze(path), args.repeat))
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")


if __name__ == "__main__":
    main()
