"""The command line: ``validate`` and ``simulate`` as a trainer or a script would run them, without Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import main

ROOT = Path(__file__).parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def simulate_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, "simulate", "--scenario", str(SMALL), "--json", *argv)
    assert code == 0, err
    report: dict[str, Any] = json.loads(out)
    return report


def write_bad_copy(tmp_path: Path) -> Path:
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    data["actors"][6]["capacity"] = -5  # group_a
    data["actors"][7]["stage"] = "transprt"  # group_b
    data["market"]["elasticty"] = 0.5
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return bad


# ---------------------------------------------------------------------------------------------
# validate


def test_validate_a_good_file_prints_one_line_summary(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "validate", str(SMALL))

    assert code == 0
    assert err == ""
    assert out.splitlines() == [f"{SMALL}: ok: 5 stages, 10 actors (1 latent), 15 routes, 2 presets"]


def test_validate_a_bad_file_lists_every_problem(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = write_bad_copy(tmp_path)

    code, out, err = run(capsys, "validate", str(bad))

    assert code == 1
    assert out == ""
    lines = err.splitlines()
    assert lines[0] == f"{bad}: 3 problems"
    assert sorted(lines[1:]) == sorted(
        [
            f"  {bad}: actors[group_a].capacity: expected: input should be greater than or equal to 0 (found -5)",
            f"  {bad}: actors[group_b].stage: unknown stage 'transprt'; expected one of suppliers, brokers, production, transport, streets",
            f"  {bad}: market.elasticty: unknown key; check its spelling against docs/scenario-format.md",
        ]
    )


def test_validate_several_files_checks_each_and_fails_if_any_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = write_bad_copy(tmp_path)
    missing = tmp_path / "missing.yaml"

    code, out, err = run(capsys, "validate", str(SMALL), str(bad), str(missing))

    assert code == 1
    assert out.startswith(f"{SMALL}: ok:")
    assert f"{bad}: 3 problems" in err
    assert f"{missing}: 1 problem\n" in err and "cannot be read" in err


# ---------------------------------------------------------------------------------------------
# simulate: text


def test_simulate_prints_baseline_rerouting_and_months(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "simulate", "--scenario", str(SMALL), "--remove", "group_a", "--months", "6")

    assert code == 0, err
    assert "Small example supply chain" in out
    assert "Removed: Group A" in out
    assert "Baseline: 80.0 units a month reach the streets (demand 80.0)." in out
    assert "Immediately after: 40.0 (50% of baseline), price index 4.00." in out
    assert "  Cooks A -> Group B: 0.0 -> 30.0" in out
    lines = out.splitlines()
    table = lines[next(i for i, line in enumerate(lines) if line.split()[:1] == ["month"]) :]
    assert len(table) == 1 + 7, "a header and months 0 to 6"
    assert table[1].split()[:4] == ["0", "40.0", "50%", "4.00"]
    # The new cell replaces group_a, but dearer: supply settles at 85% at a price index of 1.375.
    assert table[-1].split()[:4] == ["6", "68.2", "85%", "1.38"]
    assert sum("New transport cell" in line for line in table) == 1


def test_simulate_with_seeds_adds_percentile_columns(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "simulate", "--scenario", str(SMALL), "--remove", "group_a", "--months", "3", "--seeds", "5")
    assert code == 0
    header = next(line for line in out.splitlines() if line.lstrip().startswith("month"))
    assert header.split()[-4:] == ["p10", "p50", "p90", "entered"]


# ---------------------------------------------------------------------------------------------
# simulate: JSON


def test_simulate_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    report = simulate_json(capsys, "--remove", "group_a", "--months", "6")

    assert report["baseline"]["delivered"] == 80
    assert report["immediate"]["delivered"] == 40
    assert report["immediate"]["share_of_baseline"] == 0.5
    assert report["removed"] == ["group_a"]
    assert [m["month"] for m in report["timeline"]] == list(range(7))
    for month in report["timeline"]:
        assert {"month", "delivered", "share_of_baseline", "price_index", "active_actors", "active_groups"} <= month.keys()
        assert "share_p50" not in month
    assert report["timeline"][0] | {"entered": []} == {
        "month": 0,
        "delivered": 40,
        "share_of_baseline": 0.5,
        "price_index": 4,
        "active_actors": 8,
        "active_groups": 1,
        "entered": [],
    }
    actors = {a["id"]: a for a in report["actors"]}
    assert len(actors) == 10
    assert {"id", "name", "stage", "flow_baseline", "flow_immediate"} <= actors["group_a"].keys()
    assert (actors["group_a"]["name"], actors["group_a"]["stage"]) == ("Group A", "transport")
    assert (actors["group_a"]["flow_baseline"], actors["group_a"]["flow_immediate"]) == (70, 0)
    assert (actors["group_b"]["flow_baseline"], actors["group_b"]["flow_immediate"]) == (10, 40)
    assert report["rerouted"] == [
        {"from": "cooks_a", "to": "group_b", "baseline": 0, "immediate": 30},
        {"from": "group_b", "to": "street", "baseline": 10, "immediate": 40},
        {"from": "broker_a", "to": "cooks_b", "baseline": 0, "immediate": 10},
    ]


def test_simulate_json_with_seeds_adds_bands_to_every_month(capsys: pytest.CaptureFixture[str]) -> None:
    report = simulate_json(capsys, "--remove", "group_a", "--months", "6", "--seeds", "8")

    assert len(report["timeline"]) == 7
    for month in report["timeline"]:
        assert month["share_p10"] <= month["share_p50"] <= month["share_p90"]
    assert report["timeline"][0]["share_p50"] == 0.5
    assert report["timeline"][-1]["share_p50"] == pytest.approx(0.8528)


def test_simulate_json_with_a_preset(capsys: pytest.CaptureFixture[str]) -> None:
    report = simulate_json(capsys, "--preset", "demand_down", "--months", "3")
    # 64 at once; cheaper supply (the dearest units are no longer needed) brings some buyers back.
    assert [m["delivered"] for m in report["timeline"]] == [64, 68.829, 67.556, 67.867]
    assert report["timeline"][0]["price_index"] == 1
    assert all(m["price_index"] < 1 for m in report["timeline"][1:])


def test_simulate_same_seed_gives_the_same_report(capsys: pytest.CaptureFixture[str]) -> None:
    first = simulate_json(capsys, "--remove", "group_a", "--seed", "4")
    again = simulate_json(capsys, "--remove", "group_a", "--seed", "4")
    assert first == again


# ---------------------------------------------------------------------------------------------
# simulate: mistakes


def test_an_unknown_actor_exits_2_naming_the_closest_ids(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "simulate", "--scenario", str(SMALL), "--remove", "grup_a")

    assert code == 2
    assert out == ""
    assert "unknown actor 'grup_a'" in err
    assert "did you mean group_a" in err


def test_an_unknown_preset_exits_2_listing_the_presets(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "simulate", "--scenario", str(SMALL), "--preset", "remove_everyone")

    assert code == 2
    assert out == ""
    assert "unknown preset 'remove_everyone'" in err
    assert "remove_group_a, demand_down" in err


def test_an_invalid_scenario_exits_1_listing_its_problems(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = write_bad_copy(tmp_path)
    code, out, err = run(capsys, "simulate", "--scenario", str(bad))

    assert code == 1
    assert out == ""
    assert "cannot load the scenario" in err
    assert "actors[group_a].capacity" in err and "market.elasticty" in err


@pytest.mark.parametrize("months", ["0", "121", "many"])
def test_months_out_of_range_is_a_usage_error(capsys: pytest.CaptureFixture[str], months: str) -> None:
    with pytest.raises(SystemExit) as info:
        main.main(["simulate", "--scenario", str(SMALL), "--months", months])
    assert info.value.code == 2
    assert "--months" in capsys.readouterr().err


def test_scenario_given_before_the_command_is_used(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--scenario", str(SMALL), "simulate", "--json", "--months", "1")

    assert code == 0, err
    assert json.loads(out)["scenario"] == "Small example supply chain"


def test_json_stays_strict_json_when_the_baseline_delivers_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    for actor in data["actors"]:
        if actor["stage"] == "transport":
            actor |= {"latent": True, "entry_lag_months": 1, "entry_price": 1.2}
    file = tmp_path / "new_market.yaml"
    file.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")

    code, out, err = run(capsys, "simulate", "--scenario", str(file), "--json", "--months", "3")

    assert code == 0, err

    def refuse(token: str) -> None:
        raise ValueError(f"not JSON: {token}")

    report = json.loads(out, parse_constant=refuse)
    assert report["baseline"]["delivered"] == 0


# ---------------------------------------------------------------------------------------------
# The real command line, in a fresh interpreter


def test_validate_runs_from_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "main.py", "validate", "docs/examples/small.yaml"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "docs/examples/small.yaml: ok: 5 stages, 10 actors (1 latent), 15 routes, 2 presets"


def test_simulate_never_imports_qt_or_matplotlib() -> None:
    script = (
        "import sys, main\n"
        "code = main.main(['simulate', '--scenario', 'docs/examples/small.yaml', '--remove', 'group_a', '--months', '3', '--seeds', '2'])\n"
        "assert code == 0, code\n"
        "qt_ui = [m for m in sys.modules if m.startswith('ui.') and not m.startswith('ui.lesson')]\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'matplotlib'}) + qt_ui\n"
        "assert not loaded, loaded\n"
        "print('no Qt')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("no Qt")
    assert "Immediately after: 40.0" in result.stdout


# ---------------------------------------------------------------------------------------------
# analyze


def test_analyze_ranks_actors_and_names_the_smallest_stopping_set(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "analyze", "--scenario", str(SMALL))
    assert code == 0, err
    lines = out.splitlines()
    ranked = [line.split()[0:2] for line in lines if line.startswith("  ") and "%" in line]
    # the street market is the single point of failure; Group A's loss is absorbed within the year,
    # but by dearer groups, so supply stays at 85%
    assert ranked[0] == ["Street", "market"]
    assert "  Group A           70.0     50%     85%" in lines
    # Removing the buyers is not a way to stop a trade: the stopping set leaves markets out.
    assert "(2 actors from 1 stage; markets (Street market) left out," in out
    assert lines[-2:] == ["  Cooks A (stage: Production)", "  Cooks B (stage: Production)"]
    assert "Illustrative model" in out


def test_analyze_json_matches_the_model(capsys: pytest.CaptureFixture[str]) -> None:
    from model.analysis import criticality
    from model.network import SupplyNetwork
    from model.scenario import load_scenario

    code, out, err = run(capsys, "analyze", "--scenario", str(SMALL), "--months", "6", "--json")
    assert code == 0, err
    report = json.loads(out)
    expected = criticality(SupplyNetwork(load_scenario(SMALL)), months=6)
    assert [row["id"] for row in report["criticality"]] == [row.actor for row in expected]
    assert [row["share_after"] for row in report["criticality"]] == [round(row.share_after, 4) for row in expected]
    assert report["smallest_stopping_set"] == [
        {"id": "cooks_a", "name": "Cooks A", "stage": "production"},
        {"id": "cooks_b", "name": "Cooks B", "stage": "production"},
    ]
    assert report["months"] == 6


def test_analyze_reports_a_bad_scenario(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("title: [", encoding="utf-8")
    code, _out, err = run(capsys, "analyze", "--scenario", str(bad))
    assert code == 1
    assert "bad.yaml" in err and "not valid YAML" in err
