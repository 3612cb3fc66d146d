"""Walk the bundled scenario: every stage has every part, everything is sourced, ids resolve."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import yaml

import main
from model.catalogue import default_scenario_path
from model.flow import solve
from model.network import SupplyNetwork
from model.scenario import KeyFact, Misconception, RemoveActors, Scenario, Source, load_scenario

STAGE_IDS = ("suppliers", "brokers_money", "production", "transport", "border", "streets", "policy")
PRESET_IDS = {
    "dea_priority",
    "dea_network_strategy",
    "kingpin_one_faction",
    "china_precursor_controls",
    "china_full_cutoff",
    "broker_crackdown",
    "money_flow_sanctions",
    "demand_reduction",
    "layered_response",
}
PLACEHOLDER = re.compile(r"\b(?:TODO|TBD|TBC|FIXME|XXX+|lorem|ipsum|placeholder|dummy|foo|bar baz)\b|\?\?\?|\.\.\.\s*$", re.IGNORECASE)
# Private persons must never be actors; these named individuals may appear only in narrative text.
PERSON_NAMES = ("Zambada", "Guzmán", "Guzman", "Mencho", "Oseguera", "Caro Quintero", "Rubio Zea", "Westhoff", "Milgram")
# Items the fact sheet marks [recalled]: they must not be used.
RECALLED = (
    r"New York Times",  # attribution of the courier article
    r"dea\.gov/documents",  # the official NDTA address
    r"March 2022",  # the UN adoption of the 2022 precursor controls
    r"FEND Off[^.]{0,60}(?:became law|enacted|signed)[^.]{0,30}(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)",  # its enactment date
    r"(?:April|June) 2023",  # months of the Chapitos indictment and the first charges against Chinese companies
)
# The fact sheet's note that naloxone does not reverse sedatives was [recalled]; it has since been checked
# against CDC ("What You Should Know About Xylazine"; MMWR 70(37)) and may be used with a CDC source.
NALOXONE_ON_XYLAZINE = re.compile(r"naloxone (?:does not|will not|cannot) reverse|not reversed by naloxone", re.IGNORECASE)


def words(text: str) -> int:
    return len(re.findall(r"[0-9A-Za-zÀ-ÿ][\w'’.,%–-]*", text))


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return load_scenario(default_scenario_path())


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data = yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def all_sources(scenario: Scenario) -> Iterator[tuple[str, Source]]:
    for stage in scenario.stages:
        for i, fact in enumerate(stage.key_facts):
            for source in fact.sources:
                yield f"{stage.id}.key_facts[{i}]", source
        for i, mis in enumerate(stage.misconceptions):
            for source in mis.sources:
                yield f"{stage.id}.misconceptions[{i}]", source
    for actor in scenario.actors:
        for source in actor.sources:
            yield f"actors[{actor.id}]", source
    for preset in scenario.presets:
        for source in preset.sources:
            yield f"presets[{preset.id}]", source


def all_strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from all_strings(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from all_strings(item, f"{path}[{i}]")
    elif isinstance(node, str):
        yield path, node


def test_the_bundled_scenario_ships_in_the_resources_package() -> None:
    path = default_scenario_path()
    assert path.is_file()
    assert path.name == "fentanyl_trade.yaml"


def test_python_main_validate_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["validate", str(default_scenario_path())]) == 0
    assert ": ok:" in capsys.readouterr().out


def test_header(scenario: Scenario) -> None:
    assert scenario.title
    assert re.search(r"20\d\d", scenario.information_date)
    assert "illustrative" in scenario.illustrative_note.lower()
    assert words(scenario.illustrative_note) >= 40


def test_stages_in_order(scenario: Scenario) -> None:
    assert tuple(s.id for s in scenario.stages) == STAGE_IDS


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_every_stage_has_every_part(scenario: Scenario, stage_id: str) -> None:
    stage = scenario.stage(stage_id)
    assert stage.title and stage.short_title
    assert 150 <= words(stage.narrative) <= 400, f"{stage_id}: narrative has {words(stage.narrative)} words"
    assert 3 <= len(stage.key_facts) <= 6
    assert 1 <= len(stage.misconceptions) <= 3
    assert 2 <= len(stage.quiz) <= 4
    notes = stage.teacher_notes
    assert notes is not None
    assert 5 <= notes.minutes <= 60
    assert notes.prompts and all(words(p.question) >= 6 for p in notes.prompts)
    assert words(notes.notes) >= 20


@pytest.mark.parametrize("stage_id", STAGE_IDS)
def test_facts_misconceptions_and_quiz_are_complete(scenario: Scenario, stage_id: str) -> None:
    stage = scenario.stage(stage_id)
    items: list[KeyFact | Misconception] = [*stage.key_facts, *stage.misconceptions]
    for item in items:
        assert item.sources
    for fact in stage.key_facts:
        assert words(fact.text) >= 12
    assert any(source.url for fact in stage.key_facts for source in fact.sources), f"{stage_id}: no key fact links to its source"
    for mis in stage.misconceptions:
        assert words(mis.claim) >= 5 and words(mis.evidence) >= 20
    for q in stage.quiz:
        assert q.question.endswith("?")
        assert 3 <= len(q.choices) <= 4
        assert len(set(q.choices)) == len(q.choices)
        assert 0 <= q.correct < len(q.choices)
        assert words(q.explanation) >= 12


def test_quiz_answers_are_not_always_in_the_same_position(scenario: Scenario) -> None:
    positions = [q.correct for stage in scenario.stages for q in stage.quiz]
    assert len(set(positions)) >= 3


def test_every_source_is_complete(scenario: Scenario) -> None:
    problems = []
    for where, source in all_sources(scenario):
        if not source.publisher.strip() or not source.title.strip():
            problems.append(f"{where}: publisher and title are required")
        if source.year is None and not source.note:
            problems.append(f"{where}: {source.publisher}: no year and no note saying why")
        if source.url is None and not source.note:
            problems.append(f"{where}: {source.publisher}: no web address and no note saying where it was read")
        if source.url is not None:
            assert re.match(r"^https?://[\w.-]+\.[a-z]{2,}/", source.url), source.url
    assert not problems, "\n".join(problems)


def test_no_recalled_item_is_used(raw: dict[str, Any]) -> None:
    hits = [(path, r) for path, text in all_strings(raw) for r in RECALLED if re.search(r, text, re.IGNORECASE)]
    assert not hits, hits


def test_what_naloxone_does_not_reverse_is_said_only_with_a_cdc_source(raw: dict[str, Any]) -> None:
    """Any fact, entry or misconception saying naloxone does not reverse xylazine cites CDC; the stage
    narratives that say it have a key fact on the same stage that does."""

    def sourced(node: Any) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        if isinstance(node, dict):
            text = " ".join(str(node.get(k, "")) for k in ("text", "evidence", "definition", "view", "description"))
            if "sources" in node:
                yield text, node["sources"]
            for value in node.values():
                yield from sourced(value)
        elif isinstance(node, list):
            for item in node:
                yield from sourced(item)

    uses = 0
    for text, sources in sourced(raw):
        if NALOXONE_ON_XYLAZINE.search(text):
            uses += 1
            assert any(s.get("publisher") == "CDC" for s in sources), text[:120]
    assert uses >= 2
    for stage in raw["stages"]:
        if NALOXONE_ON_XYLAZINE.search(stage["narrative"]):
            facts = [f for f in stage.get("key_facts", []) if NALOXONE_ON_XYLAZINE.search(f["text"])]
            assert facts and any(s["publisher"] == "CDC" for f in facts for s in f["sources"]), stage["id"]


def test_no_empty_or_placeholder_text(raw: dict[str, Any]) -> None:
    hits = [(path, text[:80]) for path, text in all_strings(raw) if not text.strip() or PLACEHOLDER.search(text)]
    assert not hits, hits


def test_actor_count_and_kinds(scenario: Scenario) -> None:
    assert 30 <= len(scenario.actors) <= 60
    latent_kinds = {a.kind for a in scenario.actors if a.latent}
    # New cooks, new brokers, new transport cells, alternative chemical sources.
    assert {"producer", "broker", "transport_network", "chemical_supplier"} <= latent_kinds
    by_stage = {stage_id: [a for a in scenario.actors if a.stage == stage_id] for stage_id in STAGE_IDS}
    assert not by_stage["policy"], "the policy stage hands over to the interventions and has no actors"
    for stage_id in STAGE_IDS[:-1]:
        assert len(by_stage[stage_id]) >= 3, stage_id
    kinds = {a.kind for a in scenario.actors}
    assert {"chemical_supplier", "pill_press_vendor", "broker", "money_network", "producer", "pill_presser"} <= kinds
    assert {"transport_network", "border_crossing", "distributor", "street_market"} <= kinds


@pytest.mark.parametrize("actor_id", [a["id"] for a in yaml.safe_load(default_scenario_path().read_text(encoding="utf-8"))["actors"]])
def test_every_actor_is_described_and_sourced(scenario: Scenario, actor_id: str) -> None:
    actor = scenario.actor(actor_id)
    assert 40 <= words(actor.description) <= 150, f"{actor_id}: {words(actor.description)} words"
    assert actor.sources
    assert not any(name.lower() in actor.name.lower() for name in PERSON_NAMES), f"{actor_id}: actors are organisations or archetypes"
    if actor.latent:
        if not actor.splinter_of:  # splinter groups form when their group is hit, whatever the price
            assert 1.2 <= actor.entry_price <= 1.6
        assert 2 <= actor.entry_lag_months <= 6
        assert "illustrative" in actor.description


def test_routes_and_presets_reference_existing_ids(scenario: Scenario) -> None:
    actors = {a.id for a in scenario.actors}
    stages = {s.id for s in scenario.stages}
    assert all(a.stage in stages for a in scenario.actors)
    for route in scenario.routes:
        assert route.from_ in actors and route.to in actors, route.key
    for preset in scenario.presets:
        for action in preset.actions:
            if isinstance(action, RemoveActors):
                assert set(action.actors) <= actors, preset.id


def test_every_actor_has_redundant_routes(scenario: Scenario) -> None:
    """Every actor beyond the first stage can be reached from at least two actors, and every actor
    before the streets can sell to at least two: the redundancy the real trade shows. Enabling
    inputs carry no flow; each serves at least two actors, and every need has a substitute."""
    network = SupplyNetwork(scenario)
    incoming: dict[str, set[str]] = {a.id: set() for a in scenario.actors}
    outgoing: dict[str, set[str]] = {a.id: set() for a in scenario.actors}
    for route in scenario.routes:
        incoming[route.to].add(route.from_)
        outgoing[route.from_].add(route.to)
    # Pill pressing in Mexico sells on to every transport group but is fed only by cooks; the
    # sellers of finished fentanyl ship only by mail: both single ways are what the sources describe.
    single_way_out = {"pill_pressers_mexico", "direct_fentanyl_sellers"}
    for actor in scenario.actors:
        if network.is_enabler(actor.id):
            assert not incoming[actor.id] and not outgoing[actor.id], actor.id
            continue
        if actor.stage != "suppliers":
            assert len(incoming[actor.id]) >= 2, actor.id
        if actor.kind != "street_market" and actor.id not in single_way_out:
            assert len(outgoing[actor.id]) >= 2, actor.id
    for enabler in network.enablers:
        served = {a for a, needs in network.needs.items() for need in needs if enabler in need.from_}
        assert len(served) >= 2, enabler
    for actor_id, needs in network.needs.items():
        for need in needs:
            assert len([e for e in need.from_ if not scenario.actor(e).latent]) >= 2, (actor_id, need)
            assert need.share < 1, f"{actor_id}: every actor can do part of its business without its inputs"


def test_money_and_presses_enable_flow_rather_than_carry_it(scenario: Scenario) -> None:
    network = SupplyNetwork(scenario)
    enablers = set(network.enablers)
    assert {a.id for a in scenario.actors if a.kind in ("money_network", "pill_press_vendor")} == enablers
    served_by = {e: {a for a, needs in network.needs.items() for n in needs if e in n.from_} for e in enablers}
    groups = {a.id for a in scenario.actors if a.kind == "transport_network"}
    # FinCEN (2025): Chinese money-laundering networks launder the cartels' US proceeds.
    assert served_by["chinese_money_laundering_networks"] == groups
    assert "proceeds" in scenario.actor("chinese_money_laundering_networks").description
    suppliers = {a.id for a in scenario.actors if a.kind == "chemical_supplier"}
    assert served_by["crypto_payments"] == suppliers, "crypto pays for chemicals"
    assert served_by["mexican_financial_channels"] == suppliers | groups
    presses = {a.id for a in scenario.actors if a.kind == "pill_presser"}
    assert served_by["press_vendors_china"] == served_by["press_vendors_india"] == presses
    # What removing banks and cash means in the model is said where the learner reads about them.
    banks = " ".join(scenario.actor("mexican_financial_channels").description.split())
    assert "Removing this actor in the model" in banks and "needs no channel" in banks


def test_every_active_actor_carries_flow_at_baseline(scenario: Scenario) -> None:
    network = SupplyNetwork(scenario)
    base = solve(network)
    assert base.delivered == pytest.approx(scenario.market.demand)
    idle = [a.id for a in scenario.actors if not a.latent and base.actor_flow[a.id] < 1.0]
    assert not idle, f"active actors that carry nothing at baseline: {idle}"
    assert all(base.actor_flow[a] == 0 for a in network.latent_actors)


def test_all_presets_exist_and_are_described(scenario: Scenario) -> None:
    assert {p.id for p in scenario.presets} == PRESET_IDS
    for preset in scenario.presets:
        assert words(preset.description) >= 30, preset.id
        assert preset.sources
        assert "illustrative" in preset.description or all(isinstance(a, RemoveActors) for a in preset.actions), preset.id


def test_dea_priority_preset_removes_every_sinaloa_faction_and_cjng(scenario: Scenario) -> None:
    preset = scenario.preset("dea_priority")
    removed = {a for action in preset.actions if isinstance(action, RemoveActors) for a in action.actors}
    sinaloa = {a.id for a in scenario.actors if a.id.startswith("sinaloa_")}
    assert len(sinaloa) >= 2
    assert removed == sinaloa | {"cjng"}


def test_the_dea_network_strategy_preset_goes_after_the_cartels_procurement_and_finance(scenario: Scenario) -> None:
    """DEA's stated, network-focused strategy, beside the plain "two cartels" preset, with its sources."""
    preset = scenario.preset("dea_network_strategy")
    removed = {a for action in preset.actions if isinstance(action, RemoveActors) for a in action.actors}
    cartels = {a for action in scenario.preset("dea_priority").actions if isinstance(action, RemoveActors) for a in action.actors}
    assert cartels < removed
    kinds = {scenario.actor(a).kind for a in removed - cartels}
    assert kinds == {"broker", "money_network"}, "their procurement and their financial networks"
    assert "network-focused" in preset.description and "Counterthreat Teams" in preset.description
    assert any(s.publisher == "DEA" for s in preset.sources)
    assert [p.id for p in scenario.presets][:2] == ["dea_priority", "dea_network_strategy"], "side by side"


def test_every_actor_has_a_short_name_for_narrow_columns(scenario: Scenario) -> None:
    """On a projector at 1280x720 every column is narrow in Explore freely: each actor needs a
    label of a few short words that is not just its full name cut off."""
    for actor in scenario.actors:
        assert actor.short_name, actor.id
        assert len(actor.short_name) <= 18, (actor.id, actor.short_name)
        assert all(len(word) <= 11 for word in actor.short_name.split()), (actor.id, actor.short_name)


def test_the_dea_view_and_its_critique_are_set_side_by_side(scenario: Scenario) -> None:
    """The product shows the DEA's view and InSight Crime's critique fairly, each with its source."""
    transport = scenario.stage("transport")
    who = [p.who for p in transport.perspectives]
    assert len(who) == 2 and "DEA" in who[0] and "InSight Crime" in who[1]
    publishers = [{s.publisher for s in p.sources} for p in transport.perspectives]
    assert "DEA" in publishers[0] and "InSight Crime" in publishers[1]
    words = [len(p.view.split()) for p in transport.perspectives]
    assert all(40 <= n <= 120 for n in words), words
    assert max(words) <= 1.5 * min(words), "neither view is given much more room than the other"


def test_the_glossary_defines_the_tours_terms_once_each_with_sources(scenario: Scenario) -> None:
    terms = [g.term.lower() for g in scenario.glossary]
    assert len(terms) >= 15 and len(terms) == len(set(terms))
    for entry in scenario.glossary:
        assert 8 <= len(entry.definition.split()) <= 60, entry.term
        assert entry.sources, entry.term
