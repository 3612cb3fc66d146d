"""Fuzzing the text path, model half: hostile strings (HTML, Markdown, control characters, very long,
right-to-left) in every text field of a scenario reach the loader and, when it accepts them, the
simulation and the command line's reports, with no exception but a ScenarioError and in bounded time.

The window's half (the same strings on screen) belongs to the GUI tests."""

from __future__ import annotations

import copy
import json
import typing
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model.analysis import criticality, smallest_stopping_set
from model.characters import refused_character, terminal_safe
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import Scenario, ScenarioError, scenario_from_data, scenario_from_text, schema
from model.simulation import simulate
from ui.lesson.report import AnalysisReport, RunReport

ROOT = Path(__file__).parents[2]
SMALL_DATA: dict[str, Any] = yaml.safe_load((ROOT / "docs" / "examples" / "small.yaml").read_text(encoding="utf-8"))
DEFAULT_VOCABULARY: dict[str, Any] = yaml.safe_load((ROOT / "resources" / "vocabulary" / "default.yaml").read_text(encoding="utf-8"))
SOURCE = {"publisher": "Fuzz", "title": "A title", "year": 2024, "url": "https://example.org/a", "note": "p. 4"}


def full_data() -> dict[str, Any]:
    """The small example with every optional text field of the format filled in."""
    data = copy.deepcopy(SMALL_DATA)
    data |= {"id": "fuzz_example", "language": "en", "description": "One line about it."}
    data["glossary"] = [{"term": "Broker", "definition": "Someone who arranges.", "sources": [SOURCE]}]
    data["support"] = {"text": "Where to find help.", "sources": [SOURCE]}
    data["model_limits"] = [{"text": "Violence is not modelled.", "sources": [SOURCE]}]
    vocabulary = copy.deepcopy(DEFAULT_VOCABULARY)
    for region in vocabulary["regions"]:
        region.setdefault("label", region["id"])
        region.setdefault("band", region["id"])
    data["vocabulary"] = vocabulary
    stage = data["stages"][0]
    stage["teacher_notes"] |= {"objective": "Explain it.", "notes": "Free notes.", "prompts": [{"question": "Why?", "answer": "Because."}]}
    stage["quiz"][0]["activity"] = "Remove Group A."
    stage["perspectives"] = [{"who": "One side", "view": "Its view.", "sources": [SOURCE]}]
    stage["challenge"] = {
        "text": "Keep it low.",
        "goal": {"goal": "keep_below", "share": 0.5, "max_removals": 2, "policies": True, "removals_from": ["production"]},
        "solution": {"remove": ["cooks_a"], "presets": ["demand_down"]},
    }
    data["stages"][1]["challenge"] = {
        "text": "Find it.",
        "goal": {"goal": "most_critical", "among": ["transport"]},
        "solution": {"remove": ["group_a"]},
    }
    data["actors"][0] |= {"short_name": "Sup A", "sources": [SOURCE]}
    data["routes"][0]["description"] = "A relationship."
    new_cell = next(a for a in data["actors"] if a["id"] == "new_cell")
    new_cell["splinter_of"] = ["group_a"]
    data["actors"].append(
        {
            "id": "payments",
            "name": "Payments",
            "stage": "transport",
            "kind": "money_network",
            "region": "Mexico",
            "description": "Moves the money.",
            "capacity": 100,
            "unit_cost": 0.1,
            "sources": [SOURCE],
        }
    )
    next(a for a in data["actors"] if a["id"] == "group_a")["needs"] = [{"share": 0.5, "from": ["payments"]}]
    data["presets"].append(
        {
            "id": "tighter",
            "name": "Tighter controls",
            "description": "Riskier links, smaller producers.",
            "sources": [SOURCE],
            "actions": [
                {"action": "add_route_cost", "amount": 1, "from_kind": "producer", "to_kind": "transport_network"},
                {"action": "add_route_cost", "amount": 1, "from_region": "Mexico", "to_region": "Mexico"},
                {"action": "scale_capacity", "factor": 0.9, "kind": "producer", "region": "Mexico"},
            ],
        }
    )
    return typing.cast(dict[str, Any], json.loads(json.dumps(data)))  # no item shared between two places


FULL = full_data()


def _text_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        if isinstance(child, str):
            out.append((*prefix, key))
        out.extend(_text_paths(child, (*prefix, key)))
    return out


TEXT_PATHS = _text_paths(FULL)


def _format_text_fields() -> set[str]:
    """The names of every field of the format that holds text (aliases as written in a file)."""
    names = set()
    for model in schema.models().values():  # the pydantic model of each class of the format
        for field_name, field in model.model_fields.items():
            args = typing.get_args(field.annotation) or (field.annotation,)
            if str in args or any(str in typing.get_args(a) for a in args):
                names.add(field.alias or field_name)
    return names


LISTS_OF_TEXT = {"choices", "actors", "among", "removals_from", "remove", "presets", "splinter_of"}


def test_the_fuzzed_scenario_is_valid_and_fills_every_text_field_of_the_format() -> None:
    # A text field added to the format must be added here too, so that the fuzzer reaches it.
    assert isinstance(scenario_from_data(full_data(), "full.yaml"), Scenario)
    reached = {path[-1] for path in TEXT_PATHS if isinstance(path[-1], str)} | LISTS_OF_TEXT
    missing = _format_text_fields() - reached
    assert not missing, f"text fields the fuzzer does not reach: {sorted(missing)}"


HOSTILE_FRAGMENTS = [
    "<img src='/dev/zero'>", '<img src="file:///dev/zero">', "![x](/dev/zero)", "[link](javascript:alert(1))",
    "<h1 style=\"font-size:300px\">Big</h1>", "<script>alert(1)</script>", "<b>", "</table>", "&amp;", "&#0;",
    "**bold**", "_em_", "`code`", "# Heading", "\n- item", "> quote", "| a | b |", "---", "<!--", "\\",
    "\x1b[2J", "\x1b]0;title\x07", "\x00", "\r", "\x7f", "\x85", "\u2028", "\ufeff", "\u200b", "\u200d", "\u202e", "\u2066",
    "\U000e0041", "\u3164", "\ufffe", "\x0c",
    "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u200f", "\u061c", "\U0001f469\u200d\U0001f52c",
    "\u0301", "Z\u0351\u0352\u0353",
    "%s", "{0}", "{name}", "$(rm -rf /)", "'; DROP TABLE", "\t", " ", "  ", "é", "ß", "İ", "\u00a0",
]  # fmt: skip

hostile_text = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(HOSTILE_FRAGMENTS) | st.text(max_size=6), min_size=1, max_size=12).map("".join),
    st.builds(lambda piece, n: piece * n, st.sampled_from(["a", "\u05d0", "<b>", "**", "\u200b", "x\n"]), st.integers(150, 25_000)),
)


def check_reports(scenario: Scenario) -> None:
    """What the command line prints from an accepted scenario: no refused character gets through."""
    network = SupplyNetwork(scenario)
    first = next(a for a in network.actor_ids if not network.actors[a].latent)
    plan = Plan().remove(first)
    for preset in scenario.presets:
        plan = plan.with_actions(*preset.actions)
    report = RunReport(network, plan, simulate(network, plan, months=2))
    analysis = AnalysisReport(network, 1, criticality(network, months=1), sorted(smallest_stopping_set(network)))
    for text in (report.to_text(), analysis.to_text()):
        assert refused_character(text) is None
        assert terminal_safe(text) == text, "a validated scenario prints nothing that needs escaping"
    json.dumps(report.to_json())
    json.dumps(analysis.to_json())


def load_both_ways(data: dict[str, Any]) -> Scenario | None:
    """The scenario through a YAML file's path when YAML can hold the text, and from data; None if refused."""
    outcomes = []
    try:
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100_000)
    except yaml.YAMLError:
        text = None
    loaders = [lambda: scenario_from_data(data, "fuzz.yaml")]
    if text is not None:
        loaders.append(lambda: scenario_from_text(text, "fuzz.yaml"))
    for load in loaders:
        try:
            outcomes.append(load())
        except ScenarioError as exc:
            assert exc.problems
            for problem in exc.problems:
                assert problem.file == "fuzz.yaml"
                assert terminal_safe(str(problem)) == str(problem), "every message is safe to print"
                assert len(str(problem)) < 1_000, "a message quotes a value, never all of it"
            outcomes.append(None)
    accepted = [o for o in outcomes if o is not None]
    return accepted[0] if accepted else None


@settings(max_examples=150, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(path=st.sampled_from(TEXT_PATHS), value=hostile_text)
def test_any_text_in_any_field_is_loaded_or_refused_and_then_reported(path: tuple[Any, ...], value: str) -> None:
    data = full_data()
    parent: Any = data
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value

    scenario = load_both_ways(data)

    if scenario is not None:
        check_reports(scenario)


@settings(max_examples=40, deadline=timedelta(seconds=20), suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(values=st.lists(st.tuples(st.sampled_from(TEXT_PATHS), hostile_text), min_size=2, max_size=8))
def test_many_hostile_texts_at_once(values: list[tuple[tuple[Any, ...], str]]) -> None:
    data = full_data()
    for path, value in values:
        parent: Any = data
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = value
    scenario = load_both_ways(data)
    if scenario is not None:
        check_reports(scenario)
