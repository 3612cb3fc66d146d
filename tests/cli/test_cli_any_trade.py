"""The command line on a scenario of an invented trade: validate, simulate and analyze, by path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import main

INVENTED = str(Path(__file__).parents[2] / "tests" / "fixtures" / "invented_trade.yaml")


def test_validate_simulate_and_analyze_run_on_an_invented_trade(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["validate", INVENTED]) == 0
    assert "3 stages, 7 actors (1 latent), 10 routes, 2 presets" in capsys.readouterr().out
    assert main.main(["simulate", "--scenario", INVENTED, "--remove", "crew_big", "--months", "6", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["removed"] == ["crew_big"]
    assert report["immediate"]["share_of_baseline"] == 0.5
    assert "crew_new" in [a for m in report["timeline"] for a in m["entered"]], "the new crew comes in"
    assert main.main(["simulate", "--scenario", INVENTED, "--preset", "lowland_patrols"]) == 0
    assert "The moonpetal trade" in capsys.readouterr().out
    assert main.main(["analyze", "--scenario", INVENTED, "--json"]) == 0
    analysis = json.loads(capsys.readouterr().out)
    # The bazaars are where supply meets demand and are left out: the single harbour gate is the cut.
    assert [a["id"] for a in analysis["smallest_stopping_set"]] == ["gate"]


def test_a_bundled_scenario_is_found_by_its_id_and_an_unknown_name_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main.main(["simulate", "--scenario", "fentanyl_trade", "--months", "1"]) == 0
    capsys.readouterr()
    assert main.main(["simulate", "--scenario", "fentanyl_trad", "--months", "1"]) == 2
    err = capsys.readouterr().err
    assert "fentanyl_trad" in err and "bundled: fentanyl_trade" in err
