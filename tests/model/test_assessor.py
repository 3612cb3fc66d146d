"""The assessor: the baseline solved once, one removal in as few solves as its months need, the same
numbers as a fresh assessment, and a cache bounded in bytes."""

from __future__ import annotations

from pathlib import Path

import pytest

import model.flow
import model.simulation
from model.assessor import Assessor, approx_bytes
from model.catalogue import default_scenario_path
from model.flow import compare
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from model.simulation import assess

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"


@pytest.fixture(scope="module")
def bundled() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(default_scenario_path()))


def test_one_removal_solves_the_baseline_once_and_skips_months_that_cannot_change(
    bundled: SupplyNetwork, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    real_solve = model.simulation.solve

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real_solve(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(model.simulation, "solve", counting)
    monkeypatch.setattr(model.flow, "solve", counting)  # the assessor imports the solver at its first solve
    assessor = Assessor(bundled)
    assessor.assess(Plan())
    assert len(calls) == assessor.solves == 1, "the baseline plan needs only the baseline"
    plan = Plan(removed=("sinaloa_chapitos",))
    assessor.immediate(plan)
    assert len(calls) == 2, "the immediate re-routing is one solve"
    full = assessor.assess(plan)
    solves_for_removal = len(calls) - 1
    # Month 0 is not solved again; once the price is back at 1 nothing changes, so those months are reused.
    assert solves_for_removal == 1 + full.timeline.solves
    assert solves_for_removal < 24, solves_for_removal
    assert assessor.solves == len(calls)
    assessor.assess(plan)
    assessor.immediate(plan)
    assert len(calls) == assessor.solves, "cached: no more solves"


@pytest.mark.parametrize("preset", ["dea_priority", "kingpin_one_faction", "demand_reduction", "layered_response"])
def test_cached_and_skipped_months_give_exactly_what_a_fresh_assessment_gives(bundled: SupplyNetwork, preset: str) -> None:
    plan = Plan.from_preset(bundled.scenario.preset(preset))
    assessor = Assessor(bundled)
    quick = assessor.immediate(plan)
    full = assessor.assess(plan)
    fresh = assess(bundled, plan)
    assert quick.immediate == fresh.immediate
    assert full.timeline == fresh.timeline and full.impact == fresh.impact
    assert full.changes_at(12) == compare(fresh.baseline, fresh.timeline.at(12).flow)
    assert full.changes_at(0) is full.impact


def test_the_cache_is_bounded_in_bytes_and_keeps_the_baseline(bundled: SupplyNetwork) -> None:
    plans = [Plan.from_preset(p) for p in bundled.scenario.presets]
    probe = Assessor(bundled)
    sizes = [approx_bytes(probe.assess(plan)) for plan in plans]
    assert 100_000 < max(sizes) < 5_000_000, sizes  # about half a megabyte for a plan whose months all differ
    bound = sum(sizes[-3:])
    assert sum(sizes) > bound
    assessor = Assessor(bundled, cache_bytes=bound)
    assessor.assess(Plan())
    for plan in plans:
        assessor.assess(plan)
    assert assessor.cached_bytes <= bound + approx_bytes(assessor.assess(Plan()))
    assert assessor.cached(Plan()) is not None, "the baseline stays"
    assert assessor.cached(plans[-1]) is not None, "the newest stays"
    assert assessor.cached(plans[0]) is None, "the oldest went"
    before = assessor.solves
    assessor.assess(plans[0])
    assert assessor.solves > before, "an evicted plan is solved again"


def test_a_month_whose_conditions_equal_the_month_before_reuses_its_flows() -> None:
    network = SupplyNetwork(load_scenario(SMALL))
    timeline = model.simulation.simulate(network, Plan(removed=("group_a",)), months=24)
    settled = [m for m in timeline.months[1:] if m.conditions == timeline.months[m.month - 1].conditions]
    assert settled, "the small example settles within 24 months"
    for state in settled:
        assert state.flow is timeline.months[state.month - 1].flow
    assert timeline.solves == 1 + 24 - len(settled)
