"""The cache of validated scenarios: a file read before opens from it unchanged; a changed file, changed
code or a damaged entry falls back to reading the file; bad files are never cached."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from model.catalogue import default_scenario_path
from model.scenario import ScenarioError, cache, load_scenario, reader, scenario_from_text

ROOT = Path(__file__).parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FTE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def copy_of(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / path.name
    target.write_bytes(path.read_bytes())
    return target


def test_the_bundled_scenario_comes_back_equal_from_the_cache(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = default_scenario_path()
    validated = load_scenario(path)
    assert len(list(folder.glob("*.json"))) == 1
    monkeypatch.setattr(reader, "scenario_from_text", lambda *a: pytest.fail("validated again"))
    cached = load_scenario(path)
    assert cached == validated == scenario_from_text(path.read_text(encoding="utf-8"), str(path))
    # Classes, tuples and aliases are all as validation made them.
    assert cached.routes[0].from_ == validated.routes[0].from_
    assert isinstance(cached.actors, tuple) and isinstance(cached.stages[0].key_facts, tuple)
    assert type(cached.actors[0].needs[0]) is type(validated.actors[0].needs[0])
    assert hash(cached.actors[0]) == hash(validated.actors[0])
    assert cache.content_digest(cached) == cache.content_digest(validated)  # a saved session knows its scenario either way


def test_a_scenario_from_the_cache_needs_neither_pydantic_nor_yaml(folder: Path) -> None:
    # Importing pydantic and building its models cost about a tenth of a second of the explorer's
    # start-up; a scenario read before is built from its entry without them.
    code = (
        "import sys\n"
        "from model.assessor import Assessor\n"
        "from model.catalogue import default_scenario_path\n"
        "from model.network import SupplyNetwork\n"
        "from model.scenario import load_scenario\n"
        "scenario = load_scenario(default_scenario_path())\n"
        "SupplyNetwork(scenario)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pydantic', 'pydantic_core', 'yaml'}))\n"
    )
    env = {**os.environ, "FTE_CACHE_DIR": str(folder)}
    run = [sys.executable, "-c", code]
    first = subprocess.run(run, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert first.stdout.split() == ["['pydantic',", "'pydantic_core',", "'yaml']"], "the first read validates the file"
    again = subprocess.run(run, capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    assert again.stdout.strip() == "[]", again.stderr


def test_an_entry_is_plain_json_naming_its_key(folder: Path, tmp_path: Path) -> None:
    load_scenario(copy_of(SMALL, tmp_path))
    (entry,) = folder.glob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert data["key"] == entry.stem == cache.key_for(SMALL.read_bytes())
    assert data["scenario"]["$m"] == "Scenario"


def test_a_changed_file_is_read_again(folder: Path, tmp_path: Path) -> None:
    path = copy_of(SMALL, tmp_path)
    load_scenario(path)
    path.write_text(SMALL.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert cache.read(path.read_bytes()) is None
    load_scenario(path)
    assert len(list(folder.glob("*.json"))) == 2


def test_changed_code_does_not_use_old_entries(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = copy_of(SMALL, tmp_path)
    load_scenario(path)
    assert cache.read(path.read_bytes()) is not None
    monkeypatch.setattr(cache, "code_stamp", lambda: "another version of the checks")
    assert cache.read(path.read_bytes()) is None


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],  # cut short
        lambda text: text.replace('"$m":"Scenario"', '"$m":"Popen"', 1),  # a class that is not the format's
        lambda text: text.replace('"$m":"Actor"', '"$m":"Route"', 1),  # a class with other fields
        lambda text: "[]",
        lambda text: "",
    ],
)
def test_a_damaged_entry_falls_back_to_the_file(folder: Path, tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    path = copy_of(SMALL, tmp_path)
    expected = load_scenario(path)
    (entry,) = folder.glob("*.json")
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    assert cache.read(path.read_bytes()) is None
    assert load_scenario(path) == expected


def test_a_bad_file_is_never_cached(folder: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(SMALL.read_text(encoding="utf-8").replace("stages:", "stagez:", 1), encoding="utf-8")
    for _ in range(2):
        with pytest.raises(ScenarioError, match=r"bad\.yaml"):
            load_scenario(path)
    assert not folder.exists() or not list(folder.glob("*.json"))


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FTE_CACHE_DIR", "off")
    assert cache.cache_folder() is None
    path = copy_of(SMALL, tmp_path)
    assert load_scenario(path) == load_scenario(path)
    assert cache.read(path.read_bytes()) is None


def test_a_cache_that_cannot_be_written_still_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("FTE_CACHE_DIR", str(blocked / "cache"))
    path = copy_of(SMALL, tmp_path)
    assert load_scenario(path).title


def test_old_entries_are_pruned(folder: Path, tmp_path: Path) -> None:
    text = SMALL.read_text(encoding="utf-8")
    for n in range(cache.KEEP_ENTRIES + 3):
        path = tmp_path / f"small{n}.yaml"
        path.write_text(text + f"\n# copy {n}\n", encoding="utf-8")
        load_scenario(path)
    assert len(list(folder.glob("*.json"))) == cache.KEEP_ENTRIES


def test_an_entry_keeps_the_content_digest_so_a_cached_read_need_not_compute_it(folder: Path, tmp_path: Path) -> None:
    path = copy_of(SMALL, tmp_path)
    validated = load_scenario(path)
    (entry,) = folder.glob("*.json")
    assert json.loads(entry.read_text(encoding="utf-8"))["digest"] == cache.content_digest(validated)
    cache._DIGESTS.clear()
    cached = load_scenario(path)
    assert id(cached) in cache._DIGESTS  # known from the entry, not computed again
    cache._DIGESTS.clear()
    assert cache.content_digest(cached) == cache.content_digest(validated)
