"""The bundled scenario in Spanish differs from the English one only in its text.

A teacher who switches language must see the same trade: the same actors, routes, numbers, presets,
challenges and sources, so that the model gives the same figures and the lesson holds in both. Both
files are read as raw YAML and walked side by side: every key path, number, flag, id, route and
source reference (publisher, title, year, web address) must be identical, and only the fields that
hold text for the learner may differ. Every such text must have changed, except the few that read the
same in both languages (names, acronyms), listed below; and no English sentence may remain, checked
with a list of English words that Spanish never uses, outside the organisation names allowed here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from model.assessor import Assessor
from model.catalogue import bundled, default_scenario_path, find
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import Scenario, load_scenario, parse_yaml
from ui.lesson.challenge import ChallengeChecker
from ui.lesson.describe import Describer

ENGLISH = default_scenario_path("en")
SPANISH = ENGLISH.with_name("fentanyl_trade.es.yaml")

# The fields a translation rewrites (by their key; a list under ``choices`` or ``prompts`` holds text
# too). Inside ``sources`` only the ``note`` is ours to translate: publisher, title, year and address
# stay as published.
TEXT_KEYS = frozenset(
    {
        "title", "description", "information_date", "illustrative_note",
        "destination", "one", "other", "label", "flow", "band",
        "short_title", "narrative", "text", "note", "claim", "evidence",
        "question", "activity", "choices", "explanation", "who", "view",
        "objective", "prompts", "answer", "notes", "name", "short_name", "term", "definition",
    }
)  # fmt: skip

# Texts that read the same in Spanish: a country, faction names, an acronym and two journal citations.
SAME_IN_BOTH = frozenset(
    {
        "India",
        "Colombia",
        "Chapitos",
        "La Mayiza",
        "CJNG",
        "Magliocca et al., PNAS 116(16):7784–7792",
        "IISE Transactions 56(3):282–295",
    }
)

# English words a Spanish sentence never contains; they may appear only inside these names.
ENGLISH_WORDS = frozenset({"the", "and", "of", "with", "which", "from", "that", "is", "are", "to", "for", "by", "was", "were", "this"})
ENGLISH_NAMES = (
    "American Academy of Clinical Toxicology",
    "American College of Medical Toxicology",
    "National Association of Boards of Pharmacy",
    "Fire and Safety Journal Americas",
    "Drink and Drugs News",
    "The New Indian Express",
    "The Wall Street Journal",
    "The Washington Post",
    "The News God",
    "The Daily",
)


def raw(path: Path) -> Any:
    return parse_yaml(path.read_text(encoding="utf-8"), str(path))


def is_text(path: tuple[str | int, ...]) -> bool:
    keys = [k for k in path if isinstance(k, str)]
    if "sources" in keys and keys[-1] != "note":
        return False
    return bool(keys) and keys[-1] in TEXT_KEYS and keys[0] not in ("id", "language")


def added_region_label(path: tuple[str | int, ...]) -> bool:
    """The one addition allowed: a Spanish label for a region whose English label is its id."""
    return len(path) == 4 and path[0] == "vocabulary" and path[1] == "regions" and path[3] == "label"


def pairs(en: Any, es: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[tuple[str | int, ...], Any, Any]]:
    """Every leaf of the English file with its Spanish counterpart; a structural difference fails."""
    if isinstance(en, dict):
        assert isinstance(es, dict), path
        extra = [k for k in es if k not in en and not added_region_label((*path, k))]
        assert set(en) <= set(es) and not extra, f"{'.'.join(map(str, path))}: keys {sorted(en)} vs {sorted(es)}"
        for key, value in en.items():
            yield from pairs(value, es[key], (*path, key))
    elif isinstance(en, list):
        assert isinstance(es, list) and len(en) == len(es), f"{'.'.join(map(str, path))}: {len(en)} items in English"
        for i, (a, b) in enumerate(zip(en, es, strict=True)):
            yield from pairs(a, b, (*path, i))
    else:
        yield path, en, es


@pytest.fixture(scope="module")
def leaves() -> list[tuple[tuple[str | int, ...], Any, Any]]:
    en, es = raw(ENGLISH), raw(SPANISH)
    assert en["language"] == "en" and es["language"] == "es"
    return [leaf for leaf in pairs(en, es) if leaf[0] != ("language",)]


def where(path: tuple[str | int, ...]) -> str:
    return ".".join(map(str, path))


def test_the_catalogue_finds_the_spanish_file_by_id_and_language() -> None:
    assert find("fentanyl_trade", "es") == SPANISH
    assert find("fentanyl_trade", "en") == ENGLISH
    assert default_scenario_path() == ENGLISH, "English stays the default"
    languages = sorted(e.language for e in bundled() if e.id == "fentanyl_trade")
    assert languages == ["en", "es"]


def test_everything_but_the_text_is_identical(leaves: list[tuple[tuple[str | int, ...], Any, Any]]) -> None:
    differ = [where(p) for p, en, es in leaves if not is_text(p) and (en != es or type(en) is not type(es))]
    assert not differ, f"only text may differ; these differ: {differ[:10]}"


def test_routes_presets_and_sources_are_the_english_ones() -> None:
    """Spelled out for the parts a translator could most easily touch by mistake."""
    en, es = raw(ENGLISH), raw(SPANISH)
    keep = ("from", "to", "capacity", "unit_cost")
    assert [{k: r.get(k) for k in keep} for r in en["routes"]] == [{k: r.get(k) for k in keep} for r in es["routes"]]
    assert [p["actions"] for p in en["presets"]] == [p["actions"] for p in es["presets"]]
    assert en["market"] == es["market"]

    def sources(data: Any) -> list[tuple[Any, ...]]:
        found = []
        for path, value, _ in pairs(data, data):
            if "sources" in path and path[-1] in ("publisher", "title", "year", "url"):
                found.append((where(path), value))
        return found

    assert sources(en) == sources(es)
    assert len(sources(en)) > 100


def test_every_text_is_translated(leaves: list[tuple[tuple[str | int, ...], Any, Any]]) -> None:
    texts = [(p, en, es) for p, en, es in leaves if is_text(p)]
    assert len(texts) > 800
    assert all(isinstance(es, str) and es.strip() for _, _, es in texts)
    untouched = sorted({en.strip() for _, en, es in texts if en.strip() == es.strip()} - SAME_IN_BOTH)
    assert not untouched, f"left in English: {untouched[:10]}"


def test_no_english_sentence_remains(leaves: list[tuple[tuple[str | int, ...], Any, Any]]) -> None:
    found = []
    for path, _, es in leaves:
        if not is_text(path):
            continue
        text = re.sub(r"https?://\S+", " ", es)
        for name in ENGLISH_NAMES:
            text = text.replace(name, " ")
        words = set(re.findall(r"[A-Za-z]+", text.lower())) & ENGLISH_WORDS
        if words:
            found.append((where(path), sorted(words)))
    assert not found, found[:10]


def test_the_region_labels_are_spanish() -> None:
    vocabulary = load_scenario(SPANISH).vocabulary
    assert vocabulary.region("Mexico").label == "México"
    assert vocabulary.region("United States").label == "Estados Unidos"


# The same trade in both languages -----------------------------------------------------------------


@pytest.fixture(scope="module")
def scenarios() -> tuple[Scenario, Scenario]:
    return load_scenario(ENGLISH), load_scenario(SPANISH)


def test_the_model_gives_the_same_numbers_in_both(scenarios: tuple[Scenario, Scenario]) -> None:
    english, spanish = (Assessor(SupplyNetwork(s)) for s in scenarios)
    assert english.baseline.delivered == pytest.approx(spanish.baseline.delivered)
    assert dict(english.baseline.actor_flow) == pytest.approx(dict(spanish.baseline.actor_flow))
    preset = scenarios[0].presets[0]
    assert scenarios[1].presets[0].id == preset.id
    a = english.assess(Plan.from_preset(preset)).timeline
    b = spanish.assess(Plan.from_preset(scenarios[1].presets[0])).timeline
    assert [m.share_of_baseline for m in a.months] == pytest.approx([m.share_of_baseline for m in b.months])
    assert [m.price_index for m in a.months] == pytest.approx([m.price_index for m in b.months])
    assert [m.entered for m in a.months] == [m.entered for m in b.months]


def test_the_teacher_solutions_meet_their_challenges_in_spanish(scenarios: tuple[Scenario, Scenario]) -> None:
    spanish = scenarios[1]
    network = SupplyNetwork(spanish)
    checker = ChallengeChecker(Describer(network), Assessor(network))
    for stage in spanish.stages:
        assert stage.challenge is not None, stage.id
        verdict = checker.check(stage.id, checker.solution_plan(stage.challenge))
        assert verdict.solved, f"{stage.id}: {verdict.lines}"


def test_each_activity_names_spanish_actors_and_presets(scenarios: tuple[Scenario, Scenario]) -> None:
    """An activity quotes the names the learner clicks; in Spanish they are the Spanish names."""
    spanish = scenarios[1]
    names = {a.name for a in spanish.actors} | {p.name for p in spanish.presets}
    for stage in spanish.stages:
        for question in stage.quiz:
            if question.activity:
                quoted = set(re.findall(r'"([^"]+)"', question.activity))
                assert quoted and quoted <= names, (stage.id, quoted - names)
                assert "con los supuestos de este modelo" in question.explanation.lower(), (stage.id, question.question)
                assert "ilustrativ" in question.explanation, (stage.id, question.question)


def test_numbers_in_the_text_follow_the_interface_s_spanish_conventions(leaves: list[tuple[tuple[str | int, ...], Any, Any]]) -> None:
    """The interface writes Spanish numbers as Mexico and the US do (ui/language.py, es_MX): "1,234.5".
    A fact written "105.007 muertes" or "26,2%" beside the model's "53.5%" would read as a hundred and
    five deaths, or mix two conventions on one screen."""
    mixed = []
    for path, _, es in leaves:
        if not is_text(path) or not isinstance(es, str):
            continue
        for number in re.findall(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+,\d{1,2})(?!\d|[.,]\d)", es):
            mixed.append((where(path), number))
    assert not mixed, mixed[:10]
