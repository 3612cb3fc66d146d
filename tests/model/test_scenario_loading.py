"""The scenario loader: the small example loads, and every kind of bad file is refused with a message
that names the file, the field path and what was expected, never with a traceback."""

from __future__ import annotations

import copy
import dataclasses
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from model import scenario as scenario_module
from model.analysis import smallest_stopping_set
from model.flow import solve
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import MAX_FILE_BYTES, Problem, Scenario, ScenarioError, load_scenario, scenario_from_data, scenario_from_text
from model.scenario.rules import file_key
from model.simulation import simulate

SMALL = Path(__file__).parents[2] / "docs" / "examples" / "small.yaml"
SMALL_TEXT = SMALL.read_text(encoding="utf-8")
SMALL_DATA: dict[str, Any] = yaml.safe_load(SMALL_TEXT)

Data = dict[str, Any]


def small_data() -> Data:
    return copy.deepcopy(SMALL_DATA)


def item(items: list[Data], item_id: str) -> Data:
    return next(x for x in items if x.get("id") == item_id)


def route(data: Data, a: str, b: str) -> Data:
    return next(r for r in data["routes"] if (r["from"], r["to"]) == (a, b))


def write_yaml(tmp_path: Path, data: Any, name: str = "scenario.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def problems_loading(path: Path) -> tuple[Problem, ...]:
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert info.value.problems, "a ScenarioError must list at least one problem"
    return info.value.problems


# ---------------------------------------------------------------------------------------------
# The good file


def test_small_example_loads_completely() -> None:
    scenario = load_scenario(SMALL)

    assert scenario.title == "Small example supply chain"
    assert [s.id for s in scenario.stages] == ["suppliers", "brokers", "production", "transport", "streets"]
    assert len(scenario.actors) == 10
    assert [a.id for a in scenario.actors if a.latent] == ["new_cell"]
    assert len(scenario.routes) == 15
    assert [p.id for p in scenario.presets] == ["remove_group_a", "demand_down"]
    new_cell = scenario.actor("new_cell")
    assert (new_cell.entry_lag_months, new_cell.entry_price, new_cell.capacity) == (3, 1.2, 30)
    suppliers = scenario.stage("suppliers")
    assert suppliers.quiz[0].correct == 1
    assert suppliers.teacher_notes is not None and suppliers.teacher_notes.minutes == 10
    assert scenario.market.demand == 80


def test_teacher_prompts_may_carry_model_answers_and_the_scenario_its_limits_and_a_support_line() -> None:
    data = small_data()
    notes = item(data["stages"], "suppliers")["teacher_notes"]
    notes["objective"] = "Explain why chemicals with legal uses are hard to control."
    notes["prompts"] = ["Who needs these chemicals?", {"question": "Why not ban them?", "answer": "Legal industry needs them too."}]
    item(data["stages"], "suppliers")["quiz"][0]["activity"] = "Remove Supplier A and play 12 months."
    source = [{"publisher": "P", "title": "T"}]
    data["model_limits"] = [{"text": "Violence is not modelled.", "sources": source}]
    data["support"] = {"text": "Call a helpline.", "sources": source}
    scenario = scenario_from_data(data)
    loaded = scenario.stage("suppliers").teacher_notes
    assert loaded is not None and loaded.objective is not None
    assert [(p.question, p.answer) for p in loaded.prompts] == [
        ("Who needs these chemicals?", None),
        ("Why not ban them?", "Legal industry needs them too."),
    ]
    assert scenario.stage("suppliers").quiz[0].activity == "Remove Supplier A and play 12 months."
    assert scenario.model_limits[0].text == "Violence is not modelled."
    assert scenario.support is not None and scenario.support.text == "Call a helpline."
    notes["prompts"] = [{"question": "Why?", "answr": "typo"}]
    with pytest.raises(ScenarioError) as info:
        scenario_from_data(data)
    assert [p.path for p in info.value.problems] == ["stages[suppliers].teacher_notes.prompts[0].answr"]


def test_loaded_scenario_is_frozen() -> None:
    scenario = load_scenario(SMALL)
    with pytest.raises(dataclasses.FrozenInstanceError):
        scenario.actors[0].capacity = 1  # type: ignore[misc]


def test_text_and_data_give_the_same_scenario_as_the_file() -> None:
    assert scenario_from_text(SMALL_TEXT) == load_scenario(SMALL) == scenario_from_data(small_data())


def test_the_format_guide_names_every_key_kind_region_and_action() -> None:
    # Every "unknown key" message sends the trainer to docs/scenario-format.md, so it must list them all.
    guide = (SMALL.parents[1] / "scenario-format.md").read_text(encoding="utf-8")
    models = [
        scenario_module.Scenario, scenario_module.Stage, scenario_module.KeyFact, scenario_module.Misconception,
        scenario_module.QuizQuestion, scenario_module.TeacherNotes, scenario_module.Prompt, scenario_module.Source, scenario_module.Actor,
        scenario_module.Route, scenario_module.Market, scenario_module.Preset, scenario_module.RemoveActors,
        scenario_module.ScaleCapacity, scenario_module.AddRouteCost, scenario_module.ScaleDemand,
        scenario_module.Vocabulary, scenario_module.Kind, scenario_module.Region, scenario_module.Forms, scenario_module.Need,
    ]  # fmt: skip
    keys = {file_key(f.name) for model in models for f in dataclasses.fields(model)}
    action_names = {"remove", "scale_capacity", "add_route_cost", "scale_demand"}
    defaults = load_scenario(SMALL).vocabulary  # the small example declares no vocabulary: it has the defaults
    kinds, regions = {k.id for k in defaults.kinds}, {r.id for r in defaults.regions}
    missing = sorted(k for k in keys | kinds | action_names | set(scenario_module.ROLES) if f"`{k}`" not in guide)
    missing += sorted(r for r in regions if f"`{r}`" not in guide)
    assert not missing, f"docs/scenario-format.md does not mention {missing}"
    assert "docs/examples/small.yaml" in guide or "examples/small.yaml" in guide


def test_a_file_with_enabling_inputs_and_splinter_groups_loads(tmp_path: Path) -> None:
    data = small_data()
    _with_bank(data)
    item(data["actors"], "new_cell")["splinter_of"] = ["group_a"]
    scenario = load_scenario(write_yaml(tmp_path, data, "inputs.yaml"))
    assert scenario.actor("group_a").needs[0].from_ == ("bank",)
    assert scenario.actor("new_cell").splinter_of == ("group_a",)


# ---------------------------------------------------------------------------------------------
# One thing wrong: the problem names the file, the field path and what was expected


def _unknown_actor_key(d: Data) -> None:
    item(d["actors"], "group_a")["capcity"] = 70


def _unknown_top_key(d: Data) -> None:
    d["titel"] = "typo"


def _duplicate_actor(d: Data) -> None:
    d["actors"].append(copy.deepcopy(item(d["actors"], "group_b")))


def _duplicate_stage(d: Data) -> None:
    d["stages"].append(copy.deepcopy(item(d["stages"], "streets")))


def _unknown_stage(d: Data) -> None:
    item(d["actors"], "group_a")["stage"] = "transprt"


def _route_from_unknown_actor(d: Data) -> None:
    d["routes"].append({"from": "grup_a", "to": "street", "capacity": 5})


def _route_to_unknown_actor(d: Data) -> None:
    d["routes"].append({"from": "cooks_a", "to": "group_bb", "capacity": 5})


def _preset_unknown_actor(d: Data) -> None:
    item(d["presets"], "remove_group_a")["actions"][0]["actors"] = ["groupa"]


def _set_capacity(value: Any) -> Callable[[Data], None]:
    def mutate(d: Data) -> None:
        item(d["actors"], "group_a")["capacity"] = value

    return mutate


def _negative_route_cost(d: Data) -> None:
    route(d, "supplier_a", "broker_a")["unit_cost"] = -1


def _backwards_route(d: Data) -> None:
    # cooks_a -> broker_b runs back a stage without closing a loop (broker_b never reaches cooks_a).
    d["routes"].append({"from": "cooks_a", "to": "broker_b", "capacity": 5})


def _loop(d: Data) -> None:
    d["routes"] += [{"from": "group_a", "to": "group_b", "capacity": 5}, {"from": "group_b", "to": "group_a", "capacity": 5}]


def _self_route(d: Data) -> None:
    d["routes"].append({"from": "group_a", "to": "group_a", "capacity": 5})


def _duplicate_route(d: Data) -> None:
    d["routes"].append(dict(route(d, "supplier_a", "broker_a")))


def _dead_end(d: Data) -> None:
    d["routes"].remove(route(d, "group_b", "street"))


def _nothing_leads_in(d: Data) -> None:
    d["routes"].remove(route(d, "cooks_a", "group_b"))
    d["routes"].remove(route(d, "cooks_b", "group_b"))


def _quiz_index_too_big(d: Data) -> None:
    item(d["stages"], "suppliers")["quiz"][0]["correct"] = 3


def _missing_demand(d: Data) -> None:
    del d["market"]["demand"]


def _unknown_kind(d: Data) -> None:
    item(d["actors"], "group_a")["kind"] = "cartel"


def _no_street_market(d: Data) -> None:
    item(d["actors"], "street")["kind"] = "distributor"


def _unknown_action(d: Data) -> None:
    item(d["presets"], "demand_down")["actions"][0]["action"] = "ban"


def _with_bank(d: Data, **bank: object) -> None:
    """A money channel that group_a needs for half of its capacity."""
    d["actors"].append(
        {"id": "bank", "name": "Bank", "stage": "brokers", "kind": "money_network", "region": "Mexico", "description": "d",
         "capacity": 40, "unit_cost": 1, "sources": [{"publisher": "Test", "title": "t"}], **bank}
    )  # fmt: skip
    item(d["actors"], "group_a")["needs"] = [{"share": 0.5, "from": ["bank"]}]


def _need_from_unknown_actor(d: Data) -> None:
    _with_bank(d)
    item(d["actors"], "group_a")["needs"] = [{"share": 0.5, "from": ["bnak"]}]
    d["actors"] = [a for a in d["actors"] if a["id"] != "bank"]


def _need_from_a_carrier(d: Data) -> None:
    item(d["actors"], "group_a")["needs"] = [{"share": 0.5, "from": ["broker_b"]}]


def _enabler_with_a_route(d: Data) -> None:
    _with_bank(d)
    d["routes"].append({"from": "bank", "to": "cooks_a", "capacity": 5})


def _share_over_one(d: Data) -> None:
    _with_bank(d)
    item(d["actors"], "group_a")["needs"] = [{"share": 1.5, "from": ["bank"]}]


def _splinter_of_an_active_actor(d: Data) -> None:
    item(d["actors"], "group_b")["splinter_of"] = ["group_a"]


def _splinter_of_unknown_group(d: Data) -> None:
    item(d["actors"], "new_cell")["splinter_of"] = ["grop_a"]


BAD_DATA = [
    pytest.param(_need_from_unknown_actor, "actors[group_a].needs[0].from", ["unknown actor 'bnak'"], id="need-unknown-actor"),
    pytest.param(
        _need_from_a_carrier,
        "actors[group_a].needs[0].from",
        ["'broker_b' is not an enabling input", "money or equipment"],
        id="need-carrier",
    ),
    pytest.param(_enabler_with_a_route, "actors[bank]", ["enables others carries no flow", "no routes"], id="enabler-with-route"),
    pytest.param(_share_over_one, "actors[group_a].needs[0].share", ["less than or equal to 1"], id="need-share-over-one"),
    pytest.param(
        _splinter_of_an_active_actor, "actors[group_b].splinter_of", ["only a latent actor", "latent: true"], id="splinter-active"
    ),
    pytest.param(_splinter_of_unknown_group, "actors[new_cell].splinter_of", ["unknown actor 'grop_a'", "group_a"], id="splinter-unknown"),
    pytest.param(_unknown_actor_key, "actors[group_a].capcity", ["unknown key"], id="unknown-actor-key"),
    pytest.param(_unknown_top_key, "titel", ["unknown key"], id="unknown-top-level-key"),
    pytest.param(_duplicate_actor, "actors[group_b].id", ["duplicate actor id 'group_b'"], id="duplicate-actor-id"),
    pytest.param(_duplicate_stage, "stages[streets].id", ["duplicate stage id 'streets'"], id="duplicate-stage-id"),
    pytest.param(_unknown_stage, "actors[group_a].stage", ["unknown stage 'transprt'", "expected one of", "transport"], id="unknown-stage"),
    pytest.param(
        _route_from_unknown_actor, "routes[grup_a->street].from", ["unknown actor 'grup_a'", "did you mean group_a"], id="route-from"
    ),
    pytest.param(
        _route_to_unknown_actor, "routes[cooks_a->group_bb].to", ["unknown actor 'group_bb'", "did you mean group_b"], id="route-to"
    ),
    pytest.param(
        _preset_unknown_actor, "presets[remove_group_a].actions[0].actors", ["unknown actor 'groupa'", "group_a"], id="preset-actor"
    ),
    pytest.param(_set_capacity(-5), "actors[group_a].capacity", ["greater than or equal to 0", "-5"], id="negative"),
    pytest.param(_set_capacity("12"), "actors[group_a].capacity", ["valid number", "'12'"], id="string-number"),
    pytest.param(_set_capacity(True), "actors[group_a].capacity", ["valid number", "True"], id="boolean"),
    pytest.param(_set_capacity(math.nan), "actors[group_a].capacity", ["finite number"], id="nan"),
    pytest.param(_set_capacity(math.inf), "actors[group_a].capacity", ["finite number"], id="infinity"),
    pytest.param(_negative_route_cost, "routes[supplier_a->broker_a].unit_cost", ["greater than or equal to 0"], id="negative-route-cost"),
    pytest.param(_backwards_route, "routes[cooks_a->broker_b]", ["runs backwards", "'production'", "'brokers'"], id="backwards-route"),
    pytest.param(_loop, "routes", ["loop", "group_a -> group_b -> group_a"], id="loop"),
    pytest.param(_self_route, "routes[group_a->group_a]", ["from an actor to itself"], id="self-route"),
    pytest.param(_duplicate_route, "routes[supplier_a->broker_a]", ["duplicate route"], id="duplicate-route"),
    pytest.param(_dead_end, "actors[group_b]", ["no route leads out", "market kind"], id="dead-end"),
    pytest.param(_nothing_leads_in, "actors[group_b]", ["no route leads into"], id="nothing-leads-in"),
    pytest.param(_quiz_index_too_big, "stages[suppliers].quiz[0].correct", ["3 choices", "0 to 2"], id="quiz-correct-out-of-range"),
    pytest.param(_missing_demand, "market.demand", ["missing", "required"], id="missing-required"),
    pytest.param(_unknown_kind, "actors[group_a].kind", ["transport_network", "'cartel'"], id="unknown-kind"),
    pytest.param(_unknown_action, "presets[demand_down].actions[0]", ["'ban'", "scale_demand"], id="unknown-action"),
]


@pytest.mark.parametrize(("mutate", "path", "fragments"), BAD_DATA)
def test_a_bad_field_is_reported_with_file_path_and_expectation(
    tmp_path: Path, mutate: Callable[[Data], None], path: str, fragments: list[str]
) -> None:
    data = small_data()
    mutate(data)
    file = write_yaml(tmp_path, data, "trainer.yaml")

    problems = problems_loading(file)

    assert [p.path for p in problems] == [path], f"expected exactly one problem at {path}, got {problems}"
    problem = problems[0]
    assert problem.file == str(file)
    for fragment in fragments:
        assert fragment in problem.message
    assert str(problem) == f"{file}: {path}: {problem.message}"


def test_a_scenario_without_street_market_is_refused(tmp_path: Path) -> None:
    data = small_data()
    _no_street_market(data)

    problems = problems_loading(write_yaml(tmp_path, data))

    messages = {p.path: p.message for p in problems}
    assert "role is market" in messages["actors"]
    # The former street market is now a distributor with nowhere to sell: that is reported too.
    assert "no route leads out" in messages["actors[street]"]
    assert len(problems) == 2


def test_scenario_from_data_reports_the_same_problems_as_the_file(tmp_path: Path) -> None:
    data = small_data()
    _backwards_route(data)
    _unknown_actor_key(data)
    file = write_yaml(tmp_path, data)

    with pytest.raises(ScenarioError) as info:
        scenario_from_data(data, str(file))

    assert info.value.problems == problems_loading(file)


def test_several_problems_are_reported_at_once(tmp_path: Path) -> None:
    data = small_data()
    _set_capacity(-5)(data)
    item(data["actors"], "cooks_b")["stage"] = "prodution"
    data["market"]["elasticty"] = 0.5
    _backwards_route(data)
    _route_from_unknown_actor(data)
    _quiz_index_too_big(data)
    file = write_yaml(tmp_path, data)

    with pytest.raises(ScenarioError) as info:
        load_scenario(file)

    paths = {p.path for p in info.value.problems}
    assert paths >= {
        "actors[group_a].capacity",
        "actors[cooks_b].stage",
        "market.elasticty",
        "routes[cooks_a->broker_b]",
        "routes[grup_a->street].from",
        "stages[suppliers].quiz[0].correct",
    }
    message = str(info.value)
    assert message.count(str(file)) == len(info.value.problems), "every line of the message names the file"
    assert info.value.file == str(file)


# ---------------------------------------------------------------------------------------------
# Whole files that are not scenarios


def test_a_file_over_5_mb_is_rejected_before_it_is_parsed(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    # Bytes that are not UTF-8 and not YAML: if the loader read them, it would report that instead.
    big.write_bytes(b"\xff" * (MAX_FILE_BYTES + 1))

    (problem,) = problems_loading(big)

    assert problem.file == str(big)
    assert "MB" in problem.message and "at most 5 MB" in problem.message
    assert "UTF-8" not in problem.message and "YAML" not in problem.message


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    limit = tmp_path / "limit.yaml"
    limit.write_bytes(b"\xff" * MAX_FILE_BYTES)

    (problem,) = problems_loading(limit)

    assert "not UTF-8" in problem.message, "a file of exactly the limit is read (and then found not to be text)"


def test_text_over_5_mb_is_rejected() -> None:
    with pytest.raises(ScenarioError, match="at most 5 MB"):
        scenario_from_text("#" * (MAX_FILE_BYTES + 1), "pasted.yaml")


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        pytest.param(b"", ["is empty", "expected a mapping"], id="empty"),
        pytest.param(b"# only a comment\n\n", ["is empty"], id="only-comments"),
        pytest.param(b"title: [unclosed\n", ["not valid YAML"], id="not-yaml"),
        pytest.param(b"\tkey: value\n", ["not valid YAML"], id="tab-indent"),
        pytest.param(b"- stages\n- actors\n", ["is a list", "expected a mapping"], id="a-list"),
        pytest.param(b"just some words\n", ["is a piece of text", "expected a mapping"], id="a-string"),
        pytest.param(b"title: Caf\xe9\n", ["not UTF-8"], id="latin-1"),
        pytest.param("title: x\n".encode("utf-16"), ["not UTF-8"], id="utf-16"),
        pytest.param(
            b"title: !!python/object/apply:os.system ['echo hi']\n",
            ["line 1: the tag !!python/object/apply:os.system is not supported"],
            id="python-tag",
        ),
    ],
)
def test_a_file_that_is_not_a_scenario_mapping_is_refused(tmp_path: Path, content: bytes, fragments: list[str]) -> None:
    file = tmp_path / "odd.yaml"
    file.write_bytes(content)

    (problem,) = problems_loading(file)

    assert problem.file == str(file)
    for fragment in fragments:
        assert fragment in problem.message


def test_a_missing_file_is_reported_not_raised(tmp_path: Path) -> None:
    (problem,) = problems_loading(tmp_path / "nowhere.yaml")
    assert "cannot be read" in problem.message


def test_deeply_nested_yaml_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "deep.yaml"
    file.write_text("title: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")

    (problem,) = problems_loading(file)

    assert "nested more than" in problem.message


def test_deep_block_nesting_is_refused() -> None:
    text = "".join(f"{'  ' * i}k{i}:\n" for i in range(200)) + "  " * 200 + "leaf\n"
    with pytest.raises(ScenarioError, match="nested more than"):
        scenario_from_text(text)


def test_an_alias_bomb_is_refused_because_aliases_are_not_allowed(tmp_path: Path) -> None:
    # "Billion laughs": nine levels of ten aliases each would expand to 10**9 strings.
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 10):
        refs = ",".join([f"*a{level - 1}"] * 10)
        lines.append(f"a{level}: &a{level} [{refs}]")
    file = tmp_path / "lol.yaml"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")

    (problem,) = problems_loading(file)

    assert "aliases" in problem.message
    assert "line 2" in problem.message


def test_a_merge_key_alias_is_refused() -> None:
    text = SMALL_TEXT.replace("market:\n  demand: 80", "defaults: &d {elasticity: 0.5}\nmarket:\n  <<: *d\n  demand: 80")
    assert text != SMALL_TEXT
    with pytest.raises(ScenarioError, match="aliases"):
        scenario_from_text(text)


@pytest.mark.parametrize("character", ["\x00", "\x0c", "\x1b", "\x1f", "\x7f"])
def test_a_file_with_a_control_character_is_reported(tmp_path: Path, character: str) -> None:
    # A stray form feed or escape character is easy to paste in from a word processor.
    file = tmp_path / "pasted.yaml"
    file.write_text(SMALL_TEXT.replace("Brokers connect", f"Brokers{character} connect"), encoding="utf-8")

    (problem,) = problems_loading(file)

    assert problem.path == "" and "not valid YAML" in problem.message


@pytest.mark.parametrize("value", ["!!timestamp yesterday", "!!bool maybe", "!!int", "!!float"])
def test_a_wrongly_tagged_value_is_reported(tmp_path: Path, value: str) -> None:
    file = tmp_path / "tagged.yaml"
    file.write_text(SMALL_TEXT.replace("information_date: February 2026", f"information_date: {value}"), encoding="utf-8")

    (problem,) = problems_loading(file)

    assert "not valid YAML" in problem.message


# ---------------------------------------------------------------------------------------------
# Fuzzing: whatever comes in, the answer is a Scenario or a ScenarioError with problems


def assert_loads_or_reports(load: Callable[[], Scenario]) -> None:
    try:
        scenario = load()
    except ScenarioError as exc:
        assert exc.problems, "a ScenarioError must list at least one problem"
        for problem in exc.problems:
            assert problem.file == "fuzz.yaml"
            assert problem.message.strip()
            assert str(problem).startswith("fuzz.yaml")
    else:
        assert isinstance(scenario, Scenario)


YAML_TOKENS = [
    "title: ", "stages:", "actors:", "routes:", "market:", "presets:", "demand: ", "capacity: ", "id: ", "from: ", "to: ",
    "\n", "\n  ", "\n    ", "- ", ": ", ":", "[", "]", "{", "}", ",", "'", '"', "#", "&a ", "*a", "&b ", "*b", "<<: ",
    "!!python/object:os.system ", "!!timestamp ", "!!int ", "!!float ", "!!bool ",
    "!!binary ", "!!set ", "!!str ", "!!map ", "!!seq ", "!!null ", "!!omap ",
    "? ", "|", ">", "---", "...", "%YAML 1.1", "%TAG ! tag:x,2000:", "1", "-1", "0.5", "1e3", "1.0e+400", ".nan", ".inf",
    "2001-13-45", "2001-12-14t21:59:43.10-05:00", "0x1F", "0o17", "0b101", "1_000", "yes", "no", "~", "null", "true",
    "\t", "\\u0000", "\u2028", "\ufeff", "é", "\x85", "  ",
]  # fmt: skip

yaml_ish_text = st.lists(st.sampled_from(YAML_TOKENS) | st.text(max_size=5), max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300) | yaml_ish_text)
def test_fuzz_random_text_loads_or_reports(text: str) -> None:
    assert_loads_or_reports(lambda: scenario_from_text(text, "fuzz.yaml"))


@settings(max_examples=100, deadline=None)
@given(position=st.integers(0, len(SMALL_TEXT)), cut=st.integers(0, 40), insert=yaml_ish_text)
def test_fuzz_spliced_small_example_loads_or_reports(position: int, cut: int, insert: str) -> None:
    text = SMALL_TEXT[:position] + insert + SMALL_TEXT[position + cut :]
    assert_loads_or_reports(lambda: scenario_from_text(text, "fuzz.yaml"))


scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from(["group_a", "street", "suppliers", "remove", "street_market", "Mexico", "", " "])
)
keys = st.sampled_from(["title", "stages", "actors", "routes", "market", "presets", "id", "from", "to", "capacity", "action"]) | st.text(
    max_size=8
)
nested = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(keys | st.integers() | st.booleans(), children, max_size=4),
    max_leaves=25,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=nested)
def test_fuzz_random_structures_load_or_report(data: Any) -> None:
    assert_loads_or_reports(lambda: scenario_from_data(data, "fuzz.yaml"))


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key or index in the tree, as a path from the root."""
    out: list[tuple[Any, ...]] = []
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else []
    for key, child in children:
        out.append((*prefix, key))
        out.extend(_paths(child, (*prefix, key)))
    return out


SMALL_PATHS = _paths(SMALL_DATA)


def _mutate(data: Data, path: tuple[Any, ...], delete: bool, value: Any) -> None:
    parent: Any = data
    for key in path[:-1]:
        parent = parent[key]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    mutations=st.lists(st.tuples(st.sampled_from(SMALL_PATHS), st.booleans(), nested), min_size=1, max_size=3),
)
def test_fuzz_mutated_small_example_loads_or_reports(mutations: list[tuple[tuple[Any, ...], bool, Any]]) -> None:
    data = small_data()
    for path, delete, value in mutations:
        try:
            _mutate(data, path, delete, value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this path
    assert_loads_or_reports(lambda: scenario_from_data(data, "fuzz.yaml"))
    # The same data as a file behaves the same way (if it can be written as YAML at all).
    assert_loads_or_reports(lambda: scenario_from_text(yaml.safe_dump(data, sort_keys=False), "fuzz.yaml"))


def _value_at(path: tuple[Any, ...]) -> Any:
    node: Any = SMALL_DATA
    for key in path:
        node = node[key]
    return node


ACTOR_IDS = [a["id"] for a in SMALL_DATA["actors"]]
NUMBER_PATHS = [p for p in SMALL_PATHS if isinstance(_value_at(p), int | float) and not isinstance(_value_at(p), bool)]
ROUTE_ENDS = [p for p in SMALL_PATHS if p[0] == "routes" and p[-1] in ("from", "to")]
LIST_ITEMS = [p for p in SMALL_PATHS if len(p) == 2 and p[0] in ("actors", "routes", "presets")]
ACTOR_FLAGS = [("actors", i, key) for i in range(len(ACTOR_IDS)) for key in ("latent", "kind", "stage")]
plausible_mutations = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(NUMBER_PATHS), st.just(False), st.integers(0, 400).map(lambda n: n / 2)),
        st.tuples(st.sampled_from(ROUTE_ENDS), st.just(False), st.sampled_from(ACTOR_IDS)),
        st.tuples(st.sampled_from(LIST_ITEMS), st.just(True), st.none()),
        st.tuples(
            st.sampled_from(ACTOR_FLAGS),
            st.just(False),
            st.sampled_from([True, False, "street_market", "transport_network", "production", "transport", "streets"]),
        ),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutations=plausible_mutations)
def test_fuzz_whatever_the_loader_accepts_can_be_solved_and_simulated(mutations: list[tuple[tuple[Any, ...], bool, Any]]) -> None:
    # A file that validates must never crash the app later: every removal and preset can be simulated.
    data = small_data()
    for path, delete, value in mutations:
        try:
            _mutate(data, path, delete, value)
        except (KeyError, IndexError, TypeError):
            continue
    try:
        scenario = scenario_from_data(data, "fuzz.yaml")
    except ScenarioError:
        return
    network = SupplyNetwork(scenario)
    assert solve(network).delivered <= scenario.market.demand
    for actor_id in network.actor_ids:
        simulate(network, Plan().remove(actor_id), months=3)
    for preset in scenario.presets:
        simulate(network, Plan.from_preset(preset), months=3)
    smallest_stopping_set(network)


@pytest.mark.parametrize("libyaml", [True, False], ids=["C parser", "pure-Python parser"])
def test_both_parsers_load_the_example_and_refuse_aliases_and_depth(monkeypatch: pytest.MonkeyPatch, libyaml: bool) -> None:
    """The fast path (libyaml) and the fallback (machines without it) give the same answers."""
    if libyaml and not yaml.__with_libyaml__:
        pytest.skip("this PyYAML has no libyaml")
    monkeypatch.setattr(yaml, "__with_libyaml__", libyaml)
    assert scenario_from_text(SMALL_TEXT, "small.yaml") == load_scenario(SMALL)
    with pytest.raises(ScenarioError, match=r"line 2: anchors and aliases"):
        scenario_from_text("a: &x [1, 2]\nb: *x\n", "alias.yaml")
    with pytest.raises(ScenarioError, match="nested more than 40 levels deep"):
        scenario_from_text("title: " + "[" * 60 + "]" * 60, "deep.yaml")


def test_glossary_problems_name_the_term() -> None:
    text = SMALL_TEXT + "\nglossary:\n  - {term: Cook, definiton: A small producer., sources: [{publisher: X, title: Y}]}\n"
    with pytest.raises(ScenarioError) as info:
        scenario_from_text(text, "small.yaml")
    assert {p.path for p in info.value.problems} == {"glossary[Cook].definition", "glossary[Cook].definiton"}
