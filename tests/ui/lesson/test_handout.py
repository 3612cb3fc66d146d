"""The handout's words, without Qt: what the learner saw and did, every claim with its source, the
model's numbers labelled illustrative, scenario text shown as written."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from model.assessor import Assessor
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.describe import Describer
from ui.lesson.handout import Chart, applied_presets, build_handout
from ui.lesson.session import ChallengeResult, Prediction, Session
from ui.lesson.start import StartRequest, check_start, started_session

ROOT = Path(__file__).parents[3]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
MONTHS = 24


@pytest.fixture(scope="module")
def network() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(SMALL))


def handout_of(network: SupplyNetwork, session: Session) -> str:
    handout = build_handout(session, Assessor(network, months=MONTHS), Describer(network), "1 May 2026")
    assert sum(isinstance(b, Chart) for b in handout.blocks) == 1
    return handout.markdown()


def test_the_handout_covers_the_stages_seen_the_plan_and_what_happened(network: SupplyNetwork) -> None:
    question = network.scenario.stage("suppliers").quiz[0]
    session = (
        Session(network)
        .answer("suppliers", 0, question.correct)
        .at_stage(3)
        .with_plan(Plan().remove("group_a"), "Remove Group A", "group_a")
        .predict(Prediction(Plan().remove("group_a"), 0.2, 0.4, "group_b", "they were the biggest"))
        .solve_challenge(ChallengeResult("transport", True, "Group A removed"))
    )
    text = handout_of(network, session)
    stages = network.scenario.stages
    assert f"### Stage 1: {stages[0].title}" in text and f"### Stage 4: {stages[3].title}" in text
    assert f"Stage 2: {stages[1].title}" not in text, "a stage the learner did not see is left out"
    assert "Your quiz: 1 of 1 right." in text and "You answered 1 of" in text
    assert "- Removed: **Group A** (Transport network \u00b7 Mexico). *Source:* DEA" in text
    assert "## What happened \u00b7 illustrative model" in text and "Group A carried" in text
    assert "Reaching US streets right after:" in text and "in month 24:" in text
    assert "**The numbers in this handout come from an illustrative model.**" in text
    assert "You predicted 20% right after and 40% after 12 months" in text and "they were the biggest" in text
    assert "Challenge of \u201cTransport\u201d: met (Group A removed)." in text


def test_every_claim_carries_its_source_and_every_source_is_listed(network: SupplyNetwork) -> None:
    session = Session(network, seen=frozenset(range(len(network.scenario.stages))))
    session = session.with_plan(Plan.from_preset(network.scenario.preset("demand_down")).remove("group_b"), "x", None)
    text = handout_of(network, session)
    body, sources = text.split("## Sources", 1)
    for line in body.splitlines():
        if line.startswith("- ") and "Reaching" not in line and "other change" not in line:
            assert "*Source:*" in line, line
    cited = {m.group(1) for m in re.finditer(r"\*Source:\* (.+?)(?:;|$| \()", body, re.MULTILINE)}
    assert cited and all(c.split(",")[0] in sources for c in cited)
    listed = [line for line in sources.splitlines() if line.startswith("- ")]
    assert len(listed) == len(set(listed)), "each source once"


def test_policies_are_named_even_when_applied_twice_and_other_actions_are_counted(network: SupplyNetwork) -> None:
    preset = network.scenario.preset("demand_down")
    twice = Plan.from_preset(preset).with_actions(*preset.actions)
    assert [p.id for p in applied_presets(network.scenario, twice)[0]] == ["demand_down", "demand_down"]
    lab = twice.with_actions(*(dataclasses.replace(a, factor=0.5) for a in preset.actions))
    assert applied_presets(network.scenario, lab)[1] == 1


def test_names_and_titles_from_the_scenario_are_shown_as_written() -> None:
    network = SupplyNetwork(load_scenario(HOSTILE / "markup_in_names.yaml"))
    session = Session(network).with_plan(Plan().remove("group_a").remove("broker_a"), "x", None)
    text = handout_of(network, session)
    assert text.startswith("# \\<i\\>Small\\</i\\> example \\*\\*supply\\*\\* chain \\&amp; \\<script\\>")
    assert '**\\<img src="/dev/zero"\\> Group A**' in text and "**\\!\\[zero\\](/dev/zero) Broker A**" in text


def test_the_command_lines_session_has_every_stage_and_the_plan_step_by_step(network: SupplyNetwork) -> None:
    describer = Describer(network)
    state = check_start(network, StartRequest(presets=("demand_down",), remove=("group_a",)), MONTHS)
    everything = Session(network, seen=frozenset(range(len(network.scenario.stages))), played=MONTHS)
    session = started_session(state, everything, describer)
    assert session.change is not None and session.change.actor == "group_a" and not session.change.before.is_baseline
    text = handout_of(network, session)
    assert "With 1 other change already made, Group A carried" in text
    assert all(f"Stage {i + 1}:" in text for i in range(len(network.scenario.stages)))
