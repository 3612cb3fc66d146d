"""The layered layout without Qt: every actor in one column, stages left to right, routes inside a stage
reading left to right, bands in the scenario's order."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest

from model.catalogue import default_scenario_path
from model.flow import solve
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.layout import CURRENT_WEIGHT, EARLIER_WEIGHT, LATER_WEIGHT, Heights, Layout

ROOT = Path(__file__).parents[3]
FILES = [default_scenario_path(), ROOT / "docs" / "examples" / "small.yaml", ROOT / "tests" / "fixtures" / "invented_trade.yaml"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_columns_hold_every_actor_once_and_every_route_reads_left_to_right(path: Path) -> None:
    network = SupplyNetwork(load_scenario(path))
    layout = Layout(network)
    placed = [a for col in layout.columns for a in col.actors]
    assert sorted(placed) == sorted(network.actor_ids)
    stages = [col.stage_index for col in layout.columns]
    assert stages == sorted(stages)
    for a, b in network.route_keys:
        assert layout.column_of[a] < layout.column_of[b], (a, b)
    bands = network.scenario.vocabulary.bands()
    runs = [run.name for run in layout.runs]
    assert all(name in bands for name in runs)
    assert [run.first for run in layout.runs] == sorted(run.first for run in layout.runs)
    assert layout.runs[0].first == 0 and layout.runs[-1].stop == len(layout.columns)


def test_the_tour_weights_the_current_stage_and_exploring_weights_all_alike() -> None:
    network = SupplyNetwork(load_scenario(default_scenario_path()))
    layout = Layout(network)
    weights = layout.weights_for(2, explore=False)
    for col, weight in zip(layout.columns, weights, strict=True):
        expected = CURRENT_WEIGHT if col.stage_index == 2 else EARLIER_WEIGHT if col.stage_index < 2 else LATER_WEIGHT
        assert weight == expected
    assert set(layout.weights_for(2, explore=True)) == {1.0}
    last = len(network.scenario.stages) - 1
    if not layout.stage_has_actors(last):
        assert set(layout.weights_for(last, explore=False)) == {1.0}, "a stage without actors shows the whole network"


def test_an_invented_trade_has_its_own_bands() -> None:
    network = SupplyNetwork(load_scenario(ROOT / "tests" / "fixtures" / "invented_trade.yaml"))
    layout = Layout(network)
    assert [run.name for run in layout.runs] == ["Highlands", "The lowlands", "Harbour city"]
    assert not layout.is_minority("crew_small")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_a_route_that_skips_columns_runs_through_a_waypoint_in_each_never_under_an_actor(path: Path) -> None:
    network = SupplyNetwork(load_scenario(path))
    layout = Layout(network, solve(network).route_flow)
    heights = Heights([40.0] * len(layout.columns), waypoint=1.0, gap=6.0, bundle_gap=0.0)
    positions = layout.positions(heights, room=300.0, top=20.0)
    for key in network.route_keys:
        nodes = layout.path(key)
        columns = [layout.column_of[n] if isinstance(n, str) else n[1] for n in nodes]
        assert columns == list(range(columns[0], columns[-1] + 1)), key
    for c, col in enumerate(layout.order):
        ys = [positions.y[n] for n in col]
        assert ys == sorted(ys), f"column {c} keeps its order"
        actors = [positions.y[n] for n in col if isinstance(n, str)]
        for a, b in itertools.pairwise(actors):
            assert b - a >= 40.0 + 6.0 - 1e-6, "actors never overlap"
        for n in col:
            if not isinstance(n, str):
                assert all(abs(positions.y[n] - y) >= 20.0 + 6.0 - 1e-6 for y in actors), f"waypoint {n} runs clear of the actors"


def test_the_ordering_sweeps_remove_crossings() -> None:
    network = SupplyNetwork(load_scenario(default_scenario_path()))
    layout = Layout(network, solve(network).route_flow)
    swept = layout.crossings()
    unswept = Layout.__new__(Layout)
    unswept.__dict__.update(layout.__dict__)
    shuffled = []
    for seed in range(10):
        unswept.order = [list(col) for col in layout.order]
        for col in unswept.order:
            random.Random(seed).shuffle(col)
        shuffled.append(unswept.crossings())
    assert swept < 0.7 * sum(shuffled) / len(shuffled), (swept, shuffled)
    for col in layout.columns:
        latent = [network.actors[a].latent for a in col.actors]
        assert latent == sorted(latent), "entrants stay at the foot of their column"
