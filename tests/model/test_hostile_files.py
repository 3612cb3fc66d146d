"""Every file in tests/fixtures/hostile/ is a regression test: the refused ones are refused with the field
or line and what was expected; the valid ones are safe to run (every removal, every preset clicked
again and again, the analysis and the reports) and keep their text exactly as written."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from model.analysis import criticality, smallest_stopping_set
from model.characters import terminal_safe
from model.interventions import Plan, PlanLimitError
from model.network import SupplyNetwork
from model.scenario import Scenario, ScenarioError, load_scenario
from model.simulation import simulate
from tests.texts import scenario_strings
from ui.lesson.report import AnalysisReport, RunReport

HOSTILE = Path(__file__).parents[1] / "fixtures" / "hostile"
IMG = '<img src="/dev/zero">'


@dataclass(frozen=True)
class Refused:
    """The file is refused with exactly these problems: (field path, part of the message)."""

    problems: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Loads:
    """The file is valid. ``clicks``: how often each preset may be applied before PlanLimitError."""

    clicks: tuple[tuple[str, int], ...] = ()
    texts: tuple[str, ...] = ()  # texts that must reach the scenario exactly as written


EXPECTED: dict[str, Refused | Loads] = {
    "trailing_space_actor_id.yaml": Refused((("actors[group_a].id", "duplicate actor id 'group_a'; expected every actor id once"),)),
    "trailing_space_stage_id.yaml": Refused((("stages[streets].id", "duplicate stage id 'streets'; expected every stage id once"),)),
    "duplicate_stage_id.yaml": Refused((("stages[streets].id", "duplicate stage id 'streets'"),)),
    "duplicate_key.yaml": Refused((("", "line 111: the key 'demand' is given twice in one mapping (first on line 110)"),)),
    "duplicate_key_in_flow_mapping.yaml": Refused((("", "line 79: the key 'capacity' is given twice in one mapping (first on line 79)"),)),
    "merge_key.yaml": Refused((("", "line 111: merge keys (<<) are not supported in scenario files"),)),
    "merge_key_alias.yaml": Refused((("", "line 111: anchors and aliases (*name) are not supported"),)),
    "set_choices.yaml": Refused((("", "line 32: the tag !!set is not supported"),)),
    "python_object_tag.yaml": Refused((("", "line 4: the tag !!python/object/apply:os.system is not supported"),)),
    "binary_tag.yaml": Refused((("", "line 3: the tag !!binary is not supported"),)),
    "escape_sequence_in_name.yaml": Refused((("actors[group_a].name", "contains a control character (U+001B)"),)),
    "escape_sequence_in_narrative.yaml": Refused((("stages[brokers].narrative", "contains a control character (U+001B)"),)),
    "nul_in_name.yaml": Refused((("actors[group_b].name", "contains a control character (U+0000)"),)),
    "zero_width_name.yaml": Refused((("actors[group_a].name", "has no visible characters"),)),
    "bidi_override_name.yaml": Refused((("actors[group_a].name", "U+202E RIGHT-TO-LEFT OVERRIDE"),)),
    "line_break_in_name.yaml": Refused((("actors[group_a].name", "expected one line of text"),)),
    "huge_teacher_notes.yaml": Refused((("stages[suppliers].teacher_notes.notes", "at most 20000 characters"),)),
    "long_integer.yaml": Refused((("market.demand", "(found a whole number of 5,000 digits)"),)),
    "misspelt_route_id.yaml": Refused((("routes[cooks_a->grup_a].to", "unknown actor 'grup_a'; did you mean group_a"),)),
    "markup_in_invalid_value.yaml": Refused(
        (
            ("actors[group_b].stage", f"string should match pattern '^[a-z][a-z0-9_]{{0,63}}$' (found '{IMG}')"),
            ("actors[group_b].stage", f"unknown stage '{IMG}'"),
        )
    ),
    "tiny_elasticity.yaml": Loads(),
    "demand_times_100_preset.yaml": Loads(clicks=(("demand_x100", 2),)),
    "capacity_times_100_preset.yaml": Loads(clicks=(("capacity_x100", 2),)),
    "route_cost_preset.yaml": Loads(clicks=(("cost_10000", 10),)),
    "markup_in_names.yaml": Loads(
        texts=(f"{IMG} Group A", '<h1 style="font-size:300px">Group B</h1>', "![zero](/dev/zero) Broker A", f"{IMG} Remove Group A", IMG)
    ),
    "markup_in_narratives.yaml": Loads(texts=("![zero](/dev/zero)", "![pipe](/tmp/fentanyl-explorer-hostile-pipe)", IMG)),
    "long_texts.yaml": Loads(),
    "right_to_left_and_scripts.yaml": Loads(
        texts=("\u05e7\u05d1\u05d5\u05e6\u05d4 \u05d0\u200f (Group A)", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")
    ),
}


def test_every_hostile_file_has_an_expectation_and_a_line_in_the_readme() -> None:
    files = {p.name for p in HOSTILE.glob("*.yaml")}
    assert files == set(EXPECTED), "a file without an expectation, or an expectation without a file"
    readme = (HOSTILE / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"`([a-z0-9_]+\.yaml)`", readme))
    assert listed == files, f"README.md lists {sorted(listed ^ files)} wrongly"


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if isinstance(e, Refused)))
def test_a_hostile_file_is_refused_naming_the_field_or_line(name: str) -> None:
    expected = EXPECTED[name]
    assert isinstance(expected, Refused)
    path = HOSTILE / name

    with pytest.raises(ScenarioError) as info:
        load_scenario(path)

    problems = info.value.problems
    assert len(problems) == len(expected.problems), [str(p) for p in problems]
    for problem, (field, fragment) in zip(problems, expected.problems, strict=True):
        assert problem.file == str(path)
        assert problem.path == field
        assert fragment in problem.message, problem.message
        assert terminal_safe(str(problem)) == str(problem), "safe to print"


def run_everything(scenario: Scenario, clicks: dict[str, int]) -> None:
    """Every single removal, every preset applied up to 12 times, the analysis and the reports."""
    network = SupplyNetwork(scenario)
    market = scenario.market
    for actor_id in network.actor_ids:
        timeline = simulate(network, Plan().remove(actor_id), months=6)
        for month in timeline.months:
            assert 0.0 <= month.delivered <= network.demand + 1e-6
            assert 1.0 <= month.price_index <= market.max_price_index
    for preset in scenario.presets:
        plan = Plan()
        allowed = clicks.get(preset.id, 12)
        for click in range(1, 13):
            plan = plan.with_actions(*preset.actions)
            if click > allowed:
                with pytest.raises(PlanLimitError):
                    simulate(network, plan, months=3)
                continue
            timeline = simulate(network, plan, months=3)
            # Buyers take what they buy at the month's cost index (model/simulation.py). Flows are exact
            # to a thousandth of a unit (model/flow.py), so delivered may round above it.
            assert all(0.0 <= m.delivered <= network.demand_for(m.conditions) + 1e-3 for m in timeline.months), preset.id
            RunReport(network, plan, timeline).to_text()
    ranking = criticality(network, months=3)
    AnalysisReport(network, 3, ranking, sorted(smallest_stopping_set(network))).to_text()


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if isinstance(e, Loads)))
def test_a_valid_hostile_file_is_safe_to_run_and_keeps_its_text(name: str) -> None:
    expected = EXPECTED[name]
    assert isinstance(expected, Loads)

    scenario = load_scenario(HOSTILE / name)

    run_everything(scenario, dict(expected.clicks))
    for text in expected.texts:
        assert _anywhere(scenario, text), f"{text!r} is not in the scenario as written"


def _anywhere(scenario: Scenario, text: str) -> bool:
    """The text is one of the scenario's strings, or inside one, exactly as written."""
    return any(text in value for value in scenario_strings(scenario))


def test_the_tiny_elasticity_saturates_the_price_where_it_overflowed() -> None:
    network = SupplyNetwork(load_scenario(HOSTILE / "tiny_elasticity.yaml"))
    timeline = simulate(network, Plan().remove("group_a"), months=3)
    assert timeline.immediate.price_index == network.scenario.market.max_price_index


def test_the_capacity_preset_clicked_twice_gives_exact_numbers_not_wrapped_ones() -> None:
    network = SupplyNetwork(load_scenario(HOSTILE / "capacity_times_100_preset.yaml"))
    preset = network.scenario.preset("capacity_x100")
    timeline = simulate(network, Plan().with_actions(*preset.actions * 2), months=2)
    assert [m.delivered for m in timeline.months] == [80.0, 80.0, 80.0], "capacity x10,000: all demand met, not 0"
