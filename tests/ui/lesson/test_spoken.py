"""What a screen reader is told, made without Qt: actors in the order of the stages with their state
and flows, the changed routes in the model's order, the chart's numbers as a table, and names
without drawn signs."""

from __future__ import annotations

import pytest

from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.describe import Describer
from ui.lesson.numbers import format_amount, format_delta, format_index, format_share
from ui.lesson.picture import ActorStatus, picture
from ui.lesson.session import Session
from ui.lesson.spoken import Spoken, first_words, plain_words


@pytest.fixture(scope="module")
def bundled() -> tuple[Spoken, Assessor]:
    network = SupplyNetwork(load_scenario(default_scenario_path()))
    return Spoken(Describer(network)), Assessor(network)


def busiest(assessor: Assessor) -> str:
    flows = assessor.baseline.actor_flow
    return max(flows, key=lambda a: flows[a])


@pytest.mark.parametrize(
    ("shown", "read"),
    [
        ("\u25c0 Previous", "Previous"),
        ("Next \u25b6", "Next"),
        ("Policies \u25be", "Policies"),
        ("\u2190 Back to the stage", "Back to the stage"),
    ],
)
def test_names_read_without_the_signs_drawn_beside_them(shown: str, read: str) -> None:
    assert plain_words(shown) == read


def test_a_text_blocks_name_is_its_first_line_cut_at_a_word() -> None:
    assert first_words("\n  Short title\nmore") == "Short title"
    name = first_words("word " * 40, limit=23)
    assert name == "word word word word\u2026" and len(name) <= 24


def test_actors_are_listed_in_the_order_of_the_stages(bundled: tuple[Spoken, Assessor]) -> None:
    spoken, _ = bundled
    network = spoken.network
    ordered = spoken.stage_order(list(reversed(network.actor_ids)))
    stages = [network.stage_order[network.actors[a].stage] for a in ordered]
    assert stages == sorted(stages) and sorted(ordered) == sorted(network.actor_ids)


def test_an_actor_says_its_kind_region_stage_state_and_flows_now_and_at_the_baseline(bundled: tuple[Spoken, Assessor]) -> None:
    spoken, assessor = bundled
    removed = busiest(assessor)
    shown = picture(spoken.describer, assessor.assess(Plan().remove(removed)), 0)
    gone = shown.actors[removed]
    assert spoken.actor_name(removed, gone.status) == f"{spoken.describer.name(removed)} (removed)"
    said = spoken.actor_description(gone, 0)
    assert spoken.describer.kind_and_region(removed) in said and spoken.describer.actor_stage(removed) in said
    assert f"baseline {format_amount(gone.baseline)}" in said and "illustrative" in said
    active = next(p for p in shown.actors.values() if p.status is ActorStatus.ACTIVE and p.flow != p.baseline)
    said = spoken.actor_description(active, 0)
    assert f"{format_amount(active.flow)} " in said and f"baseline {format_amount(active.baseline)}" in said and "now" in said
    waiting = next(p for p in shown.actors.values() if p.status is ActorStatus.WAITING)
    assert spoken.actor_name(waiting.id, waiting.status).endswith("(not yet active)")
    assert "Not yet active" in spoken.actor_description(waiting, 0)


def test_changed_routes_come_largest_gain_first_then_largest_loss(bundled: tuple[Spoken, Assessor]) -> None:
    spoken, assessor = bundled
    shown = picture(spoken.describer, assessor.assess(Plan().remove(busiest(assessor))), 0)
    routes = spoken.changed_routes(shown)
    assert [r.key for r in routes] == [*shown.gained, *shown.lost] and routes
    first = routes[0]
    assert spoken.route_name(first) == (
        f"From {spoken.describer.name(first.key[0])} to {spoken.describer.name(first.key[1])}: {format_delta(first.delta)}"
    )
    assert spoken.changes_name(len(routes)).endswith(str(len(routes)))
    assert spoken.changed_routes(picture(spoken.describer, assessor.assess(Plan()), 0)) == []


def test_the_data_table_holds_the_months_the_chart_shows_and_says_they_are_illustrative(bundled: tuple[Spoken, Assessor]) -> None:
    spoken, assessor = bundled
    plan = Plan().remove(busiest(assessor))
    assessment = assessor.assess(plan)
    session = Session(spoken.network).with_plan(plan, "Remove", None).at_month(5, assessment.months)
    played = spoken.months_shown(session)
    table = spoken.data_table(assessment, played)
    assert played == 5 and len(table.rows) == 6 and len(table.headers) == len(table.rows[0])
    state = assessment.timeline.at(5)
    assert table.rows[5] == (
        spoken.describer.month_label(5),
        format_amount(state.delivered),
        format_share(state.share_of_baseline),
        format_index(state.price_index),
        str(state.active_groups),
    )
    assert spoken.scenario.illustrative_note in table.caption and "Play the months" in table.caption
    whole = spoken.data_table(assessor.assess(Plan()), spoken.months_shown(Session(spoken.network)))
    assert len(whole.rows) == assessment.months + 1 and "Play the months" not in whole.caption


def test_the_tour_progress_reads_as_stages_seen(bundled: tuple[Spoken, Assessor]) -> None:
    spoken, _ = bundled
    assert spoken.describer.progress(2) == f"Seen 2 of {len(spoken.scenario.stages)} stages"


def test_the_side_panel_says_what_it_asks_and_whom_it_shows(bundled: tuple[Spoken, Assessor]) -> None:
    spoken, assessor = bundled
    actor = busiest(assessor)
    change = spoken.describer.remove_command(actor)
    assert change in spoken.prediction_prompt(change) and "side panel" in spoken.prediction_prompt(change)
    opened = spoken.actor_opened(actor, assessor.assess(Plan()), 0)
    assert opened.startswith(spoken.describer.name(actor)) and spoken.describer.actor_flow_line(actor, assessor.assess(Plan()), 0) in opened
