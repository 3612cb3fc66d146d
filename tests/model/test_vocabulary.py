"""A scenario's own vocabulary: kinds, regions, the destination and the unit come from the file, with
documented defaults for files that declare none, and are checked with the same clear messages."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from model.catalogue import default_scenario_path
from model.network import SupplyNetwork
from model.scenario import ScenarioError, load_scenario, scenario_from_data

ROOT = Path(__file__).parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
INVENTED = ROOT / "tests" / "fixtures" / "invented_trade.yaml"


def data_of(path: Path) -> dict[str, Any]:
    return copy.deepcopy(yaml.safe_load(path.read_text(encoding="utf-8")))


def problems(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ScenarioError) as info:
        scenario_from_data(data, "trainer.yaml")
    assert all(p.file == "trainer.yaml" for p in info.value.problems)
    return {p.path: p.message for p in info.value.problems}


def test_a_file_without_vocabulary_gets_the_documented_defaults_which_the_bundled_scenario_declares() -> None:
    small = load_scenario(SMALL)
    bundled = load_scenario(default_scenario_path())
    assert "vocabulary" not in data_of(SMALL)
    assert small.vocabulary == bundled.vocabulary
    assert small.vocabulary.destination == "US streets"
    assert small.vocabulary.unit.for_count(1) == "unit" and small.vocabulary.unit.for_count(12) == "units"
    assert [k.id for k in small.vocabulary.kinds if k.role == "market"] == ["street_market"]
    assert small.vocabulary.bands() == ("China and India", "Elsewhere", "Mexico", "The border", "United States")


def test_an_invented_trade_brings_its_own_kinds_regions_and_words() -> None:
    scenario = load_scenario(INVENTED)
    vocabulary = scenario.vocabulary
    assert vocabulary.destination == "the Harbour bazaars"
    assert vocabulary.unit.other == "crates" and vocabulary.group.other == "river crews"
    assert scenario.kind_of("crew_big").flow == "Ferries"
    assert scenario.region_of("crew_big").name == "México (invented)"
    assert scenario.region_of("crew_small").name == "Colombia"
    assert vocabulary.bands() == ("Highlands", "The lowlands", "Harbour city")
    assert vocabulary.band_colour("Highlands") == "#e8f0e0" and vocabulary.band_colour("The lowlands") is None
    network = SupplyNetwork(scenario)
    assert network.market_actors == ("bazaar",)
    assert network.group_actors == ("crew_big", "crew_small", "crew_new")


def test_a_partial_vocabulary_keeps_the_defaults_for_what_it_leaves_out() -> None:
    data = data_of(SMALL)
    data["vocabulary"] = {"destination": "the corner", "unit": {"one": "parcel", "other": "parcels"}}
    scenario = scenario_from_data(data)
    assert scenario.vocabulary.destination == "the corner"
    assert scenario.vocabulary.unit.other == "parcels"
    assert scenario.vocabulary.group.other == "trafficking groups"
    assert scenario.kind_of("group_a").label == "Transport network"


def test_kinds_and_regions_outside_the_files_own_lists_are_refused_with_what_it_lists() -> None:
    data = data_of(INVENTED)
    data["actors"][0]["kind"] = "chemical_supplier"  # a default kind, but this file lists its own
    data["actors"][1]["region"] = "Canada"
    data["presets"][1]["actions"][0]["region"] = "Mexico"
    data["presets"][1]["actions"][1]["to_kind"] = "border_crossing"
    found = problems(data)
    assert found["actors[grower_north].kind"].startswith("unknown kind 'chemical_supplier'; expected one of the kinds in vocabulary.kinds")
    assert "grower, crew, toll_gate, bazaar" in found["actors[grower_north].kind"]
    assert found["actors[grower_south].region"].startswith("unknown region 'Canada'")
    assert "Highlands, México, Colombia, Harbour city" in found["actors[grower_south].region"]
    assert found["presets[lowland_patrols].actions[0].region"].startswith("unknown region 'Mexico'")
    assert found["presets[lowland_patrols].actions[1].to_kind"].startswith("unknown kind 'border_crossing'")


def test_a_region_can_be_declared_so_canada_colombia_and_mexico_with_accent_load() -> None:
    data = data_of(SMALL)
    data["vocabulary"] = {"regions": [{"id": "Canada"}, {"id": "Colombia"}, {"id": "México"}, {"id": "United States"}]}
    regions = ["Canada", "Colombia"] + ["México"] * 6 + ["United States"] * (len(data["actors"]) - 8)
    for actor, region in zip(data["actors"], regions, strict=True):
        actor["region"] = region
    scenario = scenario_from_data(data)
    assert {a.region for a in scenario.actors} == {"Canada", "Colombia", "México", "United States"}


def test_duplicate_kinds_and_regions_and_a_vocabulary_without_a_market_role_are_refused() -> None:
    data = data_of(INVENTED)
    kinds = data["vocabulary"]["kinds"]
    kinds.append(dict(kinds[0]))
    data["vocabulary"]["regions"].append({"id": "Highlands"})
    found = problems(data)
    assert found["vocabulary.kinds[grower].id"] == "duplicate kind id 'grower'; expected every kind id once"
    assert found["vocabulary.regions[Highlands].id"] == "duplicate region id 'Highlands'; expected every region id once"

    data = data_of(INVENTED)
    data["vocabulary"]["kinds"][3]["role"] = "carrier"
    found = problems(data)
    assert "role is market" in found["actors"]


def test_vocabulary_fields_are_checked_like_every_other_field() -> None:
    data = data_of(INVENTED)
    data["vocabulary"]["kinds"][0]["role"] = "smuggler"
    data["vocabulary"]["regions"][0]["colour"] = "green"
    data["vocabulary"]["unit"] = {"one": "crate"}
    data["vocabulary"]["kinds"][1]["verb"] = "Ferries"
    found = problems(data)
    assert "vocabulary.kinds[grower].role" in found and "expected" in found["vocabulary.kinds[grower].role"]
    assert "vocabulary.regions[Highlands].colour" in found
    assert found["vocabulary.unit.other"] == "missing; this field is required"
    assert found["vocabulary.kinds[crew].verb"].startswith("unknown key")
