"""Many seeds of one plan: exactly what ``simulate`` gives seed by seed, with runs shared between seeds
that cannot differ, bands equal to ``simulate_bands``, and the assessor's cache giving what a fresh
run gives. Exact numbers come from docs/examples/small.yaml; the bundled scenario is only compared
with itself (its numbers change with the model's mechanisms)."""

from __future__ import annotations

from pathlib import Path

import pytest

import model.ensemble
from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.ensemble import Ensemble, run_seeds
from model.flow import solve
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from model.simulation import entry_lags, simulate, simulate_bands

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"
SEEDS = range(20)


@pytest.fixture(scope="module")
def small() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(SMALL))


@pytest.fixture(scope="module")
def bundled() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(default_scenario_path()))


def assert_same_as_simulate(network: SupplyNetwork, plan: Plan, ensemble: Ensemble, months: int) -> None:
    base = solve(network)
    for seed in ensemble.seeds:
        timeline = simulate(network, plan, months, seed, baseline=base)
        run = ensemble.run_of(seed)
        assert run.share == tuple(m.share_of_baseline for m in timeline.months), seed
        assert run.price == tuple(m.price_index for m in timeline.months), seed
        assert run.groups == tuple(m.active_groups for m in timeline.months), seed
        assert run.entered == timeline.entrants(), seed


def test_a_removal_that_lets_an_entrant_in_gives_one_run_per_distinct_lag_of_that_entrant(small: SupplyNetwork) -> None:
    plan = Plan(removed=("group_a",))
    ensemble = run_seeds(small, plan, SEEDS, months=12)
    assert ensemble is not None
    lags = {entry_lags(small, seed)["new_cell"] for seed in SEEDS}
    assert len(lags) == 3, "the spread of ±1 month gives three lags over twenty seeds"
    assert ensemble.distinct_runs == 3
    assert sorted(len(run.seeds) for run in ensemble.runs) == sorted(
        sum(1 for seed in SEEDS if entry_lags(small, seed)["new_cell"] == lag) for lag in lags
    )
    entries = sorted({run.entered for run in ensemble.runs})
    assert [e[0][1] for e in entries] == ["new_cell"] * 3, "the entrant comes in, in a different month in each run"
    assert_same_as_simulate(small, plan, ensemble, 12)


def test_a_plan_that_never_starts_an_entrant_is_one_run_for_every_seed(small: SupplyNetwork) -> None:
    plan = Plan.from_preset(small.scenario.preset("demand_down"))
    ensemble = run_seeds(small, plan, SEEDS, months=12)
    assert ensemble is not None
    assert ensemble.distinct_runs == 1
    assert ensemble.runs[0].seeds == tuple(SEEDS)
    assert_same_as_simulate(small, plan, ensemble, 12)


# The network strategy and the sanctions hit enabling inputs: month 0 must settle them as simulate does.
@pytest.mark.parametrize(
    "preset", ["dea_priority", "dea_network_strategy", "money_flow_sanctions", "kingpin_one_faction", "demand_reduction"]
)
def test_on_the_bundled_scenario_every_seed_gets_what_simulate_gives(bundled: SupplyNetwork, preset: str) -> None:
    plan = Plan.from_preset(bundled.scenario.preset(preset))
    ensemble = run_seeds(bundled, plan, range(8), months=24)
    assert ensemble is not None
    assert_same_as_simulate(bundled, plan, ensemble, 24)


def test_bands_equal_simulate_bands_on_the_same_seeds(small: SupplyNetwork) -> None:
    plan = Plan(removed=("group_a",))
    ensemble = run_seeds(small, plan, SEEDS, months=12)
    assert ensemble is not None
    bands = simulate_bands(small, plan, months=12, seeds=len(SEEDS))
    assert [b.share_p10 for b in bands] == pytest.approx(ensemble.share.low, abs=1e-12)
    assert [b.share_p50 for b in bands] == pytest.approx(ensemble.share.median, abs=1e-12)
    assert [b.share_p90 for b in bands] == pytest.approx(ensemble.share.high, abs=1e-12)
    assert [b.price_p50 for b in bands] == pytest.approx(ensemble.price.median, abs=1e-12)
    # group_a is gone: supply falls at once, and comes back as the others grow and the new cell enters
    assert ensemble.share.median[0] < 0.9
    assert ensemble.share.median[12] > ensemble.share.median[0]


def test_the_same_seeds_give_the_same_ensemble_and_parts_merge_into_the_whole(small: SupplyNetwork) -> None:
    plan = Plan(removed=("group_a",))
    whole = run_seeds(small, plan, SEEDS, months=12)
    again = run_seeds(small, plan, SEEDS, months=12)
    assert whole == again
    parts = [run_seeds(small, plan, range(i, i + 5), months=12) for i in range(0, 20, 5)]
    merged = Ensemble.merge([p for p in parts if p is not None])
    assert merged.seeds == whole.seeds  # type: ignore[union-attr]
    for seed in SEEDS:
        assert merged.run_of(seed).share == whole.run_of(seed).share  # type: ignore[union-attr]
    assert merged.share == whole.share  # type: ignore[union-attr]


def test_a_stopped_run_returns_nothing_and_reports_seeds_as_they_finish(small: SupplyNetwork) -> None:
    done: list[int] = []
    result = run_seeds(small, Plan(removed=("group_a",)), SEEDS, 12, on_seed=done.append, should_stop=lambda: len(done) >= 3)
    assert result is None
    assert done == [0, 1, 2]


def test_shared_runs_take_fewer_solves_than_one_run_per_seed(small: SupplyNetwork, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = model.ensemble.simulate

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(model.ensemble, "simulate", counting)
    run_seeds(small, Plan(removed=("group_a",)), SEEDS, months=12)
    assert len(calls) == 3, "one simulation per distinct run, not per seed"


def test_the_assessor_caches_ensembles_by_plan_and_seeds(small: SupplyNetwork) -> None:
    assessor = Assessor(small, months=12)
    plans = [Plan(removed=("group_a",)), Plan.from_preset(small.scenario.preset("demand_down"))]
    first = assessor.assess_many(plans, SEEDS)
    assert first is not None
    solves = assessor.solves
    again = assessor.assess_many(plans, SEEDS)
    assert again is not None and all(a is b for a, b in zip(first, again, strict=True)), "cached: the same objects"
    assert assessor.solves == solves, "cached: no more solves"
    fresh = [run_seeds(small, plan, SEEDS, months=12) for plan in plans]
    assert list(first) == fresh, "cached and fresh runs agree"
    assert assessor.cached_ensemble(plans[0], range(5)) is None, "other seeds are another ensemble"
    with pytest.raises(ValueError, match="12 months"):
        assessor.remember(run_seeds(small, plans[0], SEEDS, months=6))  # type: ignore[arg-type]


def test_the_assessor_stops_when_asked_and_caches_nothing_half_done(small: SupplyNetwork) -> None:
    assessor = Assessor(small, months=12)
    seen: list[tuple[Plan, int]] = []
    plan = Plan(removed=("group_a",))
    assert assessor.assess_many([plan], SEEDS, on_seed=lambda p, s: seen.append((p, s)), should_stop=lambda: len(seen) >= 2) is None
    assert seen == [(plan, 0), (plan, 1)]
    assert assessor.cached_ensemble(plan, SEEDS) is None


def test_the_assessor_keeps_the_ranking_and_the_stopping_set(small: SupplyNetwork) -> None:
    assessor = Assessor(small)
    ranking = assessor.ranking(12)
    assert ranking[0].actor == "street"
    assert assessor.ranking(12) is ranking
    # Street markets are left out of the stopping set (they stand for demand, not for the trade).
    assert assessor.stopping_set() == ("cooks_a", "cooks_b")


def test_merged_parts_count_runs_that_came_out_the_same_once(small: SupplyNetwork) -> None:
    plan = Plan(removed=("group_a",))
    parts = [run_seeds(small, plan, range(i, i + 5), months=12) for i in range(0, 20, 5)]
    merged = Ensemble.merge([p for p in parts if p is not None])
    whole = run_seeds(small, plan, SEEDS, months=12)
    assert whole is not None
    assert merged.distinct_runs == whole.distinct_runs == 3
    assert sorted(len(r.seeds) for r in merged.runs) == sorted(len(r.seeds) for r in whole.runs)
