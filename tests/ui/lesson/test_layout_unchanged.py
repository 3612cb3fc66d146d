"""The network's layout gives the very same picture however fast it is computed: same order in every
column, same columns, waypoints and bands, same crossings and the same vertical positions, on the
bundled scenarios and on synthetic networks of several sizes.

``Frozen`` below is a copy of ``ui.lesson.layout.Layout``'s computing parts as they stood before its
ordering was made faster (main at 14c1194), kept here unchanged as the reference. A change to what
the layout computes shows up here as a difference to the frozen copy; if the change is meant, update
the copy with it.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic_scenario import synthetic_scenario
from model.catalogue import default_scenario_path
from model.flow import solve
from model.network import RouteKey, SupplyNetwork
from model.scenario import load_scenario, scenario_from_data
from ui.lesson.layout import BandRun, Column, Heights, Layout, Positions

ROOT = Path(__file__).parents[3]
FILES = [
    default_scenario_path("en"),
    default_scenario_path("es"),
    ROOT / "docs" / "examples" / "small.yaml",
    ROOT / "tests" / "fixtures" / "invented_trade.yaml",
]
Node = str | tuple[RouteKey, int]


class Frozen:
    """The layout's order, columns, waypoints, bands, crossings and positions, computed as before."""

    def __init__(self, network: SupplyNetwork, weights: Mapping[RouteKey, float] | None = None) -> None:
        self.network = network
        self.vocabulary = network.scenario.vocabulary
        self.bands = self.vocabulary.bands()
        self.weights = {k: 0.05 + max(0.0, (weights or {}).get(k, 0.0)) for k in network.route_keys}
        base = self._columns()
        self.column_of: dict[str, int] = {a: i for i, col in enumerate(base) for a in col.actors}
        self.waypoints: dict[RouteKey, tuple[int, ...]] = {
            (a, b): tuple(range(self.column_of[a] + 1, self.column_of[b])) for a, b in network.route_keys
        }
        self.order: list[list[Node]] = self._ordered([list(col.actors) for col in base])
        self.columns = tuple(
            Column(col.stage_index, col.band, tuple(n for n in self.order[i] if isinstance(n, str)), col.band_name)
            for i, col in enumerate(base)
        )
        self.runs = tuple(self._runs())

    def band_of(self, actor_id: str) -> int:
        return self.bands.index(self.vocabulary.region(self.network.actors[actor_id].region).band_name)

    def path(self, key: RouteKey) -> list[Node]:
        return [key[0], *((key, c) for c in self.waypoints[key]), key[1]]

    def crossings(self) -> int:
        return _crossings(self.order, self._segments())

    def positions(self, heights: Heights, room: float, top: float = 0.0) -> Positions:
        sizes = {n: (heights.actor[c] if isinstance(n, str) else heights.waypoint) for c, col in enumerate(self.order) for n in col}

        def gaps(col: Sequence[Node]) -> list[float]:
            return [heights.gap if isinstance(a, str) or isinstance(b, str) else heights.bundle_gap for a, b in itertools.pairwise(col)]

        needed = max((sum(sizes[n] for n in col) + sum(gaps(col)) for col in self.order), default=0.0)
        height = max(room, needed)
        y: dict[Node, float] = {}
        for col in self.order:
            pitch = height / max(1, len(col))
            for i, n in enumerate(col):
                y[n] = top + pitch * (i + 0.5)
        neighbours = self._neighbours()
        for sweep in range(6):
            columns = range(len(self.order)) if sweep % 2 == 0 else range(len(self.order) - 1, -1, -1)
            for c in columns:
                col = self.order[c]
                wanted = [_mean([y[m] for m, _w in neighbours[n]], [w for _m, w in neighbours[n]], y[n]) for n in col]
                placed = _pack(wanted, [sizes[n] for n in col], gaps(col), top, top + height)
                for n, value in zip(col, placed, strict=True):
                    y[n] = value
        return Positions(y, height)

    def _depths(self) -> dict[str, int]:
        network = self.network
        depth = dict.fromkeys(network.actor_ids, 0)
        inner = [r for r in network.routes if network.actors[r.from_].stage == network.actors[r.to].stage]
        for _ in range(len(inner)):
            changed = False
            for route in inner:
                if depth[route.to] < depth[route.from_] + 1:
                    depth[route.to] = depth[route.from_] + 1
                    changed = True
            if not changed:
                break
        return depth

    def _columns(self) -> list[Column]:
        network = self.network
        depth = self._depths()
        groups: dict[tuple[int, int], list[str]] = {}
        for actor in network.scenario.actors:
            groups.setdefault((network.stage_order[actor.stage], depth[actor.id]), []).append(actor.id)
        columns: list[Column] = []
        for index, key in enumerate(sorted(groups)):
            ids = groups[key]
            if index == 0:
                ids = sorted(ids, key=lambda a: (self.band_of(a), ids.index(a)))
            bands = [self.band_of(a) for a in ids]
            majority = max(bands, key=lambda b: (bands.count(b), -b))
            columns.append(Column(key[0], majority, tuple(ids), self.bands[majority]))
        return columns

    def _segments(self) -> list[tuple[int, Node, Node, float]]:
        segments = []
        for key in self.network.route_keys:
            for a, b in itertools.pairwise(self.path(key)):
                segments.append((self.column_of[a] if isinstance(a, str) else a[1], a, b, self.weights[key]))
        return segments

    def _neighbours(self) -> dict[Node, list[tuple[Node, float]]]:
        found: dict[Node, list[tuple[Node, float]]] = {n: [] for col in self.order for n in col}
        for _c, a, b, w in self._segments():
            found[a].append((b, w))
            found[b].append((a, w))
        return found

    def _ordered(self, actors: list[list[str]]) -> list[list[Node]]:
        order: list[list[Node]] = [list(col) for col in actors]
        for key, cols in self.waypoints.items():
            for c in cols:
                order[c].append((key, c))
        segments = self._segments()
        preds: dict[Node, list[tuple[Node, float]]] = {n: [] for col in order for n in col}
        succs: dict[Node, list[tuple[Node, float]]] = {n: [] for col in order for n in col}
        for _c, a, b, w in segments:
            succs[a].append((b, w))
            preds[b].append((a, w))
        best, best_crossings = [list(col) for col in order], _crossings(order, segments)
        for sweep in range(12):
            down = sweep % 2 == 0
            for c in range(1, len(order)) if down else range(len(order) - 2, -1, -1):
                ref = order[c - 1] if down else order[c + 1]
                pos = {n: i for i, n in enumerate(ref)}
                links = preds if down else succs
                here = {n: i for i, n in enumerate(order[c])}
                order[c].sort(
                    key=lambda n: (self._is_entrant(n), _mean([pos[m] for m, _w in links[n]], [w for _m, w in links[n]], here[n]))
                )
            count = _crossings(order, segments)
            if count < best_crossings:
                best, best_crossings = [list(col) for col in order], count
        self._transpose(best, preds, succs)
        return best

    def _transpose(
        self, order: list[list[Node]], preds: Mapping[Node, list[tuple[Node, float]]], succs: Mapping[Node, list[tuple[Node, float]]]
    ) -> None:
        pos = {n: i for col in order for i, n in enumerate(col)}

        def crossing(upper: Node, lower: Node) -> int:
            return sum(1 for links in (preds, succs) for x, _w in links[upper] for y, _v in links[lower] if pos[x] > pos[y])

        for _ in range(20):
            swapped = False
            for col in order:
                for i in range(len(col) - 1):
                    u, v = col[i], col[i + 1]
                    if self._is_entrant(u) == self._is_entrant(v) and crossing(u, v) > crossing(v, u):
                        col[i], col[i + 1] = v, u
                        pos[u], pos[v] = i + 1, i
                        swapped = True
            if not swapped:
                return

    def _is_entrant(self, node: Node) -> int:
        return int(isinstance(node, str) and self.network.actors[node].latent)

    def _runs(self) -> list[BandRun]:
        runs: list[BandRun] = []
        start = 0
        for i in range(1, len(self.columns) + 1):
            if i == len(self.columns) or self.columns[i].band != self.columns[start].band:
                band = self.columns[start].band
                runs.append(BandRun(band, self.bands[band], start, i))
                start = i
        return runs


def _mean(values: Sequence[float], weights: Sequence[float], default: float) -> float:
    total = sum(weights)
    return sum(v * w for v, w in zip(values, weights, strict=True)) / total if values and total > 0 else default


def _crossings(order: Sequence[Sequence[Node]], segments: Sequence[tuple[int, Node, Node, float]]) -> int:
    pos = {n: i for col in order for i, n in enumerate(col)}
    by_gap: dict[int, list[tuple[int, int]]] = {}
    for c, a, b, _w in segments:
        by_gap.setdefault(c, []).append((pos[a], pos[b]))
    count = 0
    for pairs in by_gap.values():
        pairs.sort()
        for i, (a1, b1) in enumerate(pairs):
            for a2, b2 in pairs[i + 1 :]:
                if a2 > a1 and b2 < b1:
                    count += 1
    return count


def _pack(wanted: Sequence[float], sizes: Sequence[float], gaps: Sequence[float], low: float, high: float) -> list[float]:
    placed: list[float] = []
    edge = low
    for i, (want, size) in enumerate(zip(wanted, sizes, strict=True)):
        centre = max(want, edge + size / 2)
        placed.append(centre)
        edge = centre + size / 2 + (gaps[i] if i < len(gaps) else 0.0)
    edge = high
    for i in range(len(placed) - 1, -1, -1):
        placed[i] = min(placed[i], edge - sizes[i] / 2)
        edge = placed[i] - sizes[i] / 2 - (gaps[i - 1] if i > 0 else 0.0)
    return placed


# networks ---------------------------------------------------------------------------------------
def tangled_scenario(n_actors: int, seed: int) -> dict[str, Any]:
    """The benchmarks' synthetic scenario made harder to lay out: regions mixed, actors and routes in
    a shuffled order, routes that skip stages (waypoints) and routes inside a stage (extra columns)."""
    rng = random.Random(seed)
    data = synthetic_scenario(n_actors, seed)
    regions = sorted({a["region"] for a in data["actors"]} | {"China", "Mexico", "Border", "United States", "Other"})
    for actor in data["actors"]:
        if rng.random() < 0.3:
            actor["region"] = rng.choice(regions)
    stages = [[a["id"] for a in data["actors"] if a["stage"] == s["id"]] for s in data["stages"]]
    taken = {(r["from"], r["to"]) for r in data["routes"]}
    extra = []
    for _ in range(max(2, n_actors // 4)):  # skipping at least one stage
        i = rng.randrange(len(stages) - 2)
        pair = (rng.choice(stages[i]), rng.choice(stages[rng.randrange(i + 2, len(stages))]))
        extra.append(pair)
    for _ in range(max(1, n_actors // 8)):  # inside a stage, always towards a later actor: never a loop
        stage = rng.choice(stages[:-1])
        k, m = sorted(rng.sample(range(len(stage)), 2))
        extra.append((stage[k], stage[m]))
    for a, b in extra:
        if (a, b) not in taken:
            taken.add((a, b))
            data["routes"].append({"from": a, "to": b, "capacity": 5.0, "unit_cost": 1.0})
    rng.shuffle(data["actors"])
    rng.shuffle(data["routes"])
    return data


def some_weights(network: SupplyNetwork, seed: int) -> dict[RouteKey, float]:
    """Flows with many ties (most routes carry nothing, some the same amount), as a baseline has."""
    rng = random.Random(seed)
    return {k: rng.choice([0.0, 0.0, 5.0, rng.uniform(0.0, 30.0)]) for k in network.route_keys}


def heights_for(layout: Layout) -> list[tuple[Heights, float, float]]:
    """Sizes the view gives: a roomy pane, a cramped one (the columns need more than the room), uneven columns."""
    n = len(layout.columns)
    return [
        (Heights([40.0] * n, waypoint=1.0, gap=6.0, bundle_gap=0.0), 300.0, 20.0),
        (Heights([34.5] * n), 2000.0, 0.0),
        (Heights([20.0 + 7.25 * (c % 3) for c in range(n)], waypoint=3.5, gap=11.0, bundle_gap=2.0), 90.0, 13.0),
    ]


def assert_same_layout(network: SupplyNetwork, weights: Mapping[RouteKey, float] | None) -> Layout:
    layout, frozen = Layout(network, weights), Frozen(network, weights)
    assert layout.order == frozen.order, "every column keeps the order it had"
    assert layout.columns == frozen.columns
    assert layout.column_of == frozen.column_of
    assert layout.waypoints == frozen.waypoints
    assert layout.runs == frozen.runs
    assert layout.crossings() == frozen.crossings()
    for key in network.route_keys:
        assert layout.path(key) == frozen.path(key), key
    for heights, room, top in heights_for(layout):
        got, want = layout.positions(heights, room, top), frozen.positions(heights, room, top)
        assert got.height == want.height
        assert got.y == want.y, "every actor and waypoint at the same height, to the last bit"
    shuffled = [list(col) for col in layout.order]  # crossings() counts the order it is given
    for col in shuffled:
        random.Random(len(col)).shuffle(col)
    layout.order, frozen.order = [list(col) for col in shuffled], [list(col) for col in shuffled]
    assert layout.crossings() == frozen.crossings()
    return layout


# tests ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_the_bundled_and_example_scenarios_are_laid_out_as_before(path: Path) -> None:
    network = SupplyNetwork(load_scenario(path))
    for weights in (solve(network).route_flow, None, some_weights(network, 7)):
        assert_same_layout(network, weights)


@pytest.mark.parametrize(("n_actors", "seed"), [(12, 1), (40, 2), (150, 1), (200, 5)])
def test_synthetic_networks_of_several_sizes_are_laid_out_as_before(n_actors: int, seed: int) -> None:
    network = SupplyNetwork(scenario_from_data(synthetic_scenario(n_actors, seed)))
    assert_same_layout(network, solve(network).route_flow)


@pytest.mark.parametrize(("n_actors", "seed"), [(12, 3), (40, 4), (100, 5), (150, 6), (200, 7)])
def test_tangled_networks_of_several_sizes_are_laid_out_as_before(n_actors: int, seed: int) -> None:
    network = SupplyNetwork(scenario_from_data(tangled_scenario(n_actors, seed)))
    layout = assert_same_layout(network, some_weights(network, seed))
    assert any(layout.waypoints.values()), "the network has routes that skip columns"
    assert len(layout.columns) > len({c.stage_index for c in layout.columns}), "and stages split into columns"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n_actors=st.integers(8, 120), seed=st.integers(0, 10**6))
def test_any_tangled_network_is_laid_out_as_before(n_actors: int, seed: int) -> None:
    network = SupplyNetwork(scenario_from_data(tangled_scenario(n_actors, seed)))
    assert_same_layout(network, some_weights(network, seed))
