"""Sessions kept on disk: a file names its scenario (file and content hash), says when it belongs to
another one or to another version of this one, is written whole or not at all, and the autosave finds
the newest session again, per scenario, and sets an old one aside instead of losing it."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.autosave import PREVIOUS, Autosaves, summary, worth_offering
from ui.lesson.describe import Describer
from ui.lesson.session import Prediction, Session
from ui.lesson.session_file import Belongs, SessionError, from_json, scenario_digest, scenario_ref, to_json, write_atomic

ROOT = Path(__file__).parents[3]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
INVENTED = ROOT / "tests" / "fixtures" / "invented_trade.yaml"
MONTHS = 24


@pytest.fixture(scope="module")
def network() -> SupplyNetwork:
    return SupplyNetwork(load_scenario(SMALL))


def worked(network: SupplyNetwork) -> Session:
    return (
        Session(network, quiz_seed=77)
        .at_stage(3)
        .with_plan(Plan().remove("group_a"), "Remove Group A", "group_a")
        .at_month(6, MONTHS)
        .answer("suppliers", 0, 1)
        .predict(Prediction(Plan().remove("group_a"), 0.5, 0.8, "group_b"))
    )


def test_a_session_names_its_scenario_file_and_content(network: SupplyNetwork) -> None:
    text = to_json(worked(network), source=SMALL)
    ref = scenario_ref(text)
    assert (ref.id, ref.language, ref.title) == (network.scenario.id, network.scenario.language, network.scenario.title)
    assert ref.path == str(SMALL) and ref.digest == scenario_digest(network.scenario)
    assert ref.belongs(network.scenario) is Belongs.SAME
    assert from_json(text, network, MONTHS) == worked(network)


def test_a_session_of_another_scenario_or_another_version_says_so(network: SupplyNetwork) -> None:
    other = SupplyNetwork(load_scenario(INVENTED))
    text = to_json(Session(other).at_stage(1), source=INVENTED)
    assert scenario_ref(text).belongs(network.scenario) is Belongs.OTHER
    with pytest.raises(SessionError, match=re.escape(f"another scenario (\u201c{other.scenario.title}\u201d)")):
        from_json(text, network, MONTHS)
    # Same id, changed content: read if it still fits, else say that the scenario changed.
    data = json.loads(to_json(worked(network)))
    data["scenario"]["sha256"] = "0" * 64
    assert scenario_ref(json.dumps(data)).belongs(network.scenario) is Belongs.CHANGED
    assert from_json(json.dumps(data), network, MONTHS) == worked(network)
    data["plan"]["removed"] = ["an_actor_since_taken_out"]
    with pytest.raises(SessionError, match=r"another version of .* no longer fits it: .*plan.removed is not valid \(expected ids"):
        from_json(json.dumps(data), network, MONTHS)


def test_files_saved_before_the_scenario_was_named_by_file_still_read(network: SupplyNetwork) -> None:
    data = json.loads(to_json(worked(network)))
    data["scenario"] = {"id": network.scenario.id, "language": network.scenario.language, "title": "old"}
    assert from_json(json.dumps(data), network, MONTHS) == worked(network)


def test_an_atomic_write_leaves_the_old_file_whole_when_it_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "deep" / "session.json"
    write_atomic(target, "first\n")
    assert target.read_text() == "first\n"

    def broken(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="No space"):
        write_atomic(target, "second, never whole\n")
    assert target.read_text() == "first\n"
    assert [p.name for p in target.parent.iterdir()] == ["session.json"], "no temporary file is left behind"


def test_the_autosave_keeps_one_file_per_scenario_and_finds_the_newest(tmp_path: Path, network: SupplyNetwork) -> None:
    other = SupplyNetwork(load_scenario(INVENTED))
    saves = Autosaves(tmp_path / "autosave")
    assert saves.newest() is None, "no folder yet: nothing to offer, no error"
    first = saves.save(network.scenario, to_json(worked(network), source=SMALL))
    second = saves.save(other.scenario, to_json(Session(other).at_stage(2), source=INVENTED))
    os.utime(first, (1_000_000, 1_000_000))
    assert first != second
    newest = saves.newest()
    assert newest is not None and newest.path == second and newest.scenario_path == INVENTED
    found = saves.for_scenario(network.scenario)
    assert found is not None and from_json(found.text, network, MONTHS) == worked(network)


def test_starting_afresh_sets_the_old_session_aside(tmp_path: Path, network: SupplyNetwork) -> None:
    saves = Autosaves(tmp_path)
    path = saves.save(network.scenario, to_json(worked(network)))
    aside = saves.set_aside(path)
    assert aside is not None and aside.name.endswith(PREVIOUS)
    assert saves.for_scenario(network.scenario) is None and saves.newest() is None, "set aside is not offered again"
    assert from_json(aside.read_text(), network, MONTHS) == worked(network), "but it is still there to open"
    assert saves.set_aside(path) is None


@pytest.mark.parametrize("content", ["{ broken", "x" * 10, json.dumps({"format": "something else"})])
def test_a_broken_autosave_is_not_offered(tmp_path: Path, network: SupplyNetwork, content: str) -> None:
    saves = Autosaves(tmp_path)
    saves.path_for(network.scenario).write_text(content)
    assert saves.newest() is None and saves.for_scenario(network.scenario) is None


def test_only_a_session_with_something_done_is_offered_and_its_summary_says_what(network: SupplyNetwork) -> None:
    assert not worth_offering(Session(network))
    assert not worth_offering(Session(network).select("group_a").at_month(3, MONTHS))
    assert worth_offering(Session(network).at_stage(1))
    line = summary(worked(network), Describer(network))
    total = len(network.scenario.stages)
    assert line == f"Stage 4 of {total} \u00b7 1 actor removed \u00b7 1 quiz answer \u00b7 1 prediction"
