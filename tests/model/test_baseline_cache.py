"""The cache of solved baselines: a kept baseline equals a fresh solve exactly; a changed scenario,
changed model code, other months or a damaged entry is never used; a kept baseline that a fresh solve
contradicts is replaced everywhere; and the first picture's baseline needs neither numpy nor OR-Tools."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from model import baseline_cache
from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario, scenario_from_text

ROOT = Path(__file__).parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
MONTHS = 24


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FTE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache" / "baselines"


def network_of(path: Path) -> SupplyNetwork:
    return SupplyNetwork(load_scenario(path))


def solved(network: SupplyNetwork, months: int = MONTHS) -> Assessor:
    assessor = Assessor(network, months=months)
    assessor.assess(Plan())
    return assessor


@pytest.mark.parametrize("path", [default_scenario_path(), default_scenario_path("es"), SMALL], ids=["bundled", "spanish", "small"])
def test_a_kept_baseline_equals_a_fresh_solve_exactly(folder: Path, path: Path) -> None:
    network = network_of(path)
    baseline_cache.keep(solved(network))
    assert len(list(folder.glob("*.json"))) == 1
    kept = Assessor(network, months=MONTHS)
    assert baseline_cache.adopt(kept)
    fresh = solved(network_of(path)).assess(Plan())
    shown = kept.assess(Plan())
    assert kept.solves == 0 and not kept.solved_baseline  # the first picture's numbers came from the cache
    assert shown == fresh
    for a, b in zip(shown.timeline.months, fresh.timeline.months, strict=True):
        numbers = lambda m: (m.delivered, m.price_index, m.share_of_baseline, m.cost_index)  # noqa: E731
        assert numbers(a) == numbers(b)
        assert dict(a.flow.route_flow) == dict(b.flow.route_flow) and list(a.flow.actor_flow) == list(b.flow.actor_flow)
    # The first removal solves the baseline afresh, finds it equal, and gives what a fresh assessor gives.
    actor = max(network.actor_ids, key=lambda a: fresh.baseline.actor_flow.get(a, 0.0))
    plan = Plan().remove(actor)
    assert kept.assess(plan) == solved(network_of(path)).assess(plan)
    assert kept.solved_baseline and not kept.baseline_replaced


def test_keep_writes_only_what_the_solver_made(folder: Path) -> None:
    network = network_of(SMALL)
    baseline_cache.keep(solved(network))
    adopted = Assessor(network, months=MONTHS)
    assert baseline_cache.adopt(adopted)
    shutil.rmtree(folder)
    baseline_cache.keep(adopted)  # nothing solved: nothing written
    assert not folder.exists()


def test_a_changed_scenario_is_not_answered_from_the_cache(folder: Path) -> None:
    text = SMALL.read_text(encoding="utf-8")
    baseline_cache.keep(solved(SupplyNetwork(scenario_from_text(text, "small.yaml"))))
    demand = next(line for line in text.splitlines() if line.strip().startswith("demand:"))
    changed = text.replace(demand, demand.split(":")[0] + ": 7", 1)
    assert changed != text
    assert not baseline_cache.adopt(Assessor(SupplyNetwork(scenario_from_text(changed, "small.yaml")), months=MONTHS))
    # Other months or another seed are other entries too.
    network = network_of(SMALL)
    assert not baseline_cache.adopt(Assessor(network, months=MONTHS - 1))
    assert not baseline_cache.adopt(Assessor(network, months=MONTHS, seed=3))
    assert baseline_cache.adopt(Assessor(network, months=MONTHS))


def test_changed_model_code_is_a_new_key(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    network = network_of(SMALL)
    baseline_cache.keep(solved(network))
    copy = tmp_path / "model"
    shutil.copytree(ROOT / "model", copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(baseline_cache, "_MODEL", copy)
    baseline_cache.code_stamp.cache_clear()
    try:
        assert baseline_cache.adopt(Assessor(network, months=MONTHS))  # the same sources: the same key
        flow = copy / "flow.py"
        flow.write_text(flow.read_text(encoding="utf-8") + "\n# a change to the solver\n", encoding="utf-8")
        baseline_cache.code_stamp.cache_clear()
        assert not baseline_cache.adopt(Assessor(network, months=MONTHS))
    finally:
        baseline_cache.code_stamp.cache_clear()


def test_a_contradicted_entry_is_replaced_removed_and_reported(folder: Path) -> None:
    network = network_of(SMALL)
    baseline_cache.keep(solved(network))
    (entry,) = folder.glob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["flows"][data["baseline"]][0] += 1.0  # delivered: a number no solver gave
    entry.write_text(json.dumps(data), encoding="utf-8")
    told = []
    kept = Assessor(network, months=MONTHS)
    assert baseline_cache.adopt(kept, lambda: told.append("redraw"))
    fresh = solved(network_of(SMALL)).assess(Plan())
    assert kept.assess(Plan()) != fresh
    assert kept.baseline == fresh.baseline  # the first solve checks the kept one...
    assert kept.assess(Plan()) == fresh  # ...and from then on only the solver's numbers are shown
    assert kept.baseline_replaced and told == ["redraw"] and not entry.exists()


@pytest.mark.parametrize("damage", ["{", '{"key": "other"}', "[]", '{"key": "KEY", "flows": [[1, 2]]}'])
def test_a_damaged_entry_is_a_miss(folder: Path, damage: str) -> None:
    network = network_of(SMALL)
    baseline_cache.keep(solved(network))
    (entry,) = folder.glob("*.json")
    entry.write_text(damage.replace("KEY", entry.stem), encoding="utf-8")
    assessor = Assessor(network, months=MONTHS)
    assert not baseline_cache.adopt(assessor)
    baseline_cache.prepare(assessor)  # solved and kept again
    assert assessor.solved_baseline and baseline_cache.adopt(Assessor(network, months=MONTHS))


def test_the_first_picture_from_a_kept_baseline_imports_no_numpy_or_ortools(folder: Path) -> None:
    baseline_cache.keep(solved(network_of(default_scenario_path())))
    script = (
        "import sys\n"
        "from model import baseline_cache\n"
        "from model.assessor import Assessor\n"
        "from model.catalogue import default_scenario_path\n"
        "from model.interventions import Plan\n"
        "from model.network import SupplyNetwork\n"
        "from model.scenario import load_scenario\n"
        f"assessor = Assessor(SupplyNetwork(load_scenario(default_scenario_path())), months={MONTHS})\n"
        "assert baseline_cache.adopt(assessor)\n"
        "print(assessor.assess(Plan()).immediate.delivered > 0)\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'numpy', 'ortools', 'networkx'}))\n"
    )
    env = {**os.environ, "FTE_CACHE_DIR": str(folder.parent)}
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[:2] == ["True", "[]"], result.stdout + result.stderr


def test_once_the_solver_is_imported_a_baseline_is_solved_not_adopted(folder: Path) -> None:
    network = network_of(SMALL)
    baseline_cache.keep(solved(network))
    assessor = Assessor(network, months=MONTHS)
    baseline_cache.prepare(assessor)  # this process has the solver (File > Open after the chart came in)
    assert assessor.solved_baseline and assessor.solves >= 1
