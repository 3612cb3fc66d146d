"""Launch flags for the real window: a flag that cannot be followed is refused before Qt starts, with
a message naming the flag and what was expected, and exit status 2 (1 for an invalid scenario file)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import main
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.session import Session
from ui.lesson.session_file import to_json
from ui.lesson.start import BadStart, StartRequest, check_start, session_scenario

ROOT = Path(__file__).parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--stage", "9"], "--stage: there is no stage 9; expected a stage from 1 to 7"),
        (["--stage", "0"], "--stage: there is no stage 0; expected a stage from 1 to 7"),
        (["--preset", "no_such_policy"], "--preset: unknown preset 'no_such_policy'; expected one of: dea_priority, "),
        (["--remove", "cjnq"], "--remove: unknown actor 'cjnq'; did you mean cjng"),
        (["--select", "nobody_at_all"], "--select: unknown actor 'nobody_at_all'"),
        (["--select", "market_west", "--stage", "1"], "--select: actor 'market_west' belongs to stage 6, which is hidden at stage 1"),
        (["--month", "25"], "--month: there is no month 25; expected a month from 0 to 24"),
        (["--month", "-1"], "--month: there is no month -1"),
        (["--session", "/no/such/file.json"], "--session: cannot read /no/such/file.json (No such file or directory)"),
    ],
)
def test_a_launch_flag_that_cannot_be_followed_is_named(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    assert main.main(argv) == main.EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert "PySide6" not in sys.modules or "BLOCK_QT" not in __import__("os").environ, "refused before Qt is imported"


def test_a_session_file_for_another_scenario_is_named_as_such(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    small = SupplyNetwork(load_scenario(SMALL))
    saved = tmp_path / "small.json"
    saved.write_text(to_json(Session(small).at_stage(2)))  # names no scenario file
    assert main.main(["--session", str(saved)]) == main.EXIT_USAGE
    err = capsys.readouterr().err
    assert f"--session: {saved}: This session belongs to another scenario (\u201cSmall example supply chain\u201d)" in err
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"format": "fentanyl-trade-explorer/session", "version": 1, "stage": "x"}))
    assert main.main(["--session", str(broken)]) == main.EXIT_USAGE
    err = capsys.readouterr().err
    assert f"--session: {broken}: The session file is damaged: scenario is not valid (expected an object naming the scenario" in err
    wrong = json.loads(to_json(Session(small), SMALL))
    broken.write_text(json.dumps({**wrong, "stage": "x"}))
    assert main.main(["--session", str(broken)]) == main.EXIT_USAGE
    err = capsys.readouterr().err
    assert f"--session: {broken}:" in err and 'stage is not valid (expected a whole number from 0 to 4; found "x")' in err


def test_a_session_names_the_scenario_to_open_and_the_flags_apply_after_it(tmp_path: Path) -> None:
    small = SupplyNetwork(load_scenario(SMALL))
    saved = tmp_path / "small.json"
    session = Session(small).at_stage(3).select("group_a")
    saved.write_text(to_json(session, SMALL))
    assert session_scenario(saved) == SMALL
    state = check_start(small, StartRequest(session=saved, remove=("group_b",), month=3), 24)
    assert state.session == session and state.stage is None, "the session's own stage stays"
    assert [c.plan.removed for c in state.changes] == [("group_b",)]
    with pytest.raises(BadStart, match="--remove: unknown actor 'group_z'"):
        check_start(small, StartRequest(session=saved, remove=("group_z",)), 24)
    assert session_scenario(tmp_path / "missing.json") is None


def test_select_shows_its_own_stage_unless_the_stage_is_given(tmp_path: Path) -> None:
    small = SupplyNetwork(load_scenario(SMALL))
    assert check_start(small, StartRequest(select="group_a"), 24).stage == small.stage_order[small.actors["group_a"].stage]
    assert check_start(small, StartRequest(select="group_a", stage=len(small.scenario.stages)), 24).stage == len(small.scenario.stages) - 1
    assert StartRequest().is_empty and not StartRequest(fullscreen=True).is_empty
