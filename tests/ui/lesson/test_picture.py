"""What the network shows for a month: each route's state and label follow the model's comparison with
the baseline exactly, ranked as the model ranks the changes."""

from __future__ import annotations

from pathlib import Path

import pytest

from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.flow import EPSILON, compare
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.describe import Describer
from ui.lesson.numbers import format_delta
from ui.lesson.picture import ActorStatus, RouteState, picture

SMALL = Path(__file__).parents[3] / "docs" / "examples" / "small.yaml"


@pytest.fixture(scope="module")
def bundled() -> tuple[Describer, Assessor]:
    network = SupplyNetwork(load_scenario(default_scenario_path()))
    return Describer(network), Assessor(network)


@pytest.mark.parametrize("month", [0, 1, 6, 24])
def test_every_route_shows_the_models_change_against_the_baseline(bundled: tuple[Describer, Assessor], month: int) -> None:
    describe, assessor = bundled
    assessment = assessor.assess(Plan.from_preset(describe.scenario.preset("dea_priority")))
    shown = picture(describe, assessment, month)
    flow = assessment.timeline.at(month).flow
    changes = compare(assessment.baseline, flow)
    assert shown.gained == tuple((c.from_, c.to) for c in changes.rerouted)
    assert shown.lost == tuple((c.from_, c.to) for c in changes.lost)
    for key, route in shown.routes.items():
        assert route.flow == flow.route_flow[key] and route.baseline == assessment.baseline.route_flow[key]
        if route.state is RouteState.WAITING:
            assert any(shown.actors[a].status is ActorStatus.WAITING for a in key)
        elif key in shown.gained:
            assert route.state is RouteState.GAINED and route.label == format_delta(route.delta) and route.label.startswith("+")
        elif key in shown.lost:
            assert route.state is RouteState.LOST and route.label.startswith("\u2212")
        else:
            assert route.label == ""
            assert route.state is (RouteState.UNCHANGED if route.flow > EPSILON else RouteState.IDLE)
    removed = assessment.timeline.at(month).conditions.removed
    assert {a for a, p in shown.actors.items() if p.status is ActorStatus.REMOVED} == removed


def test_the_baseline_labels_nothing_and_waiting_entrants_dash_their_routes() -> None:
    network = SupplyNetwork(load_scenario(SMALL))
    describe, assessor = Describer(network), Assessor(network)
    base = picture(describe, assessor.assess(Plan()), 0)
    assert not base.compare and not base.gained and not base.lost
    assert all(r.label == "" for r in base.routes.values())
    assert base.actors["new_cell"].status is ActorStatus.WAITING
    assert base.routes[("new_cell", "street")].state is RouteState.WAITING
    removed = assessor.assess(Plan(removed=("group_a",)))
    entered = next(m.month for m in removed.timeline.months if "new_cell" in m.conditions.entered)
    later = picture(describe, removed, entered)
    assert later.actors["new_cell"].status is ActorStatus.ACTIVE
    assert later.routes[("new_cell", "street")].state is RouteState.GAINED
    assert picture(describe, removed, 99).month == removed.months, "months beyond the timeline show its last month"
