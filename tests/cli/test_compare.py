"""``compare``: plans read from the command line, side by side on the same seeds, as text or JSON;
bad plans exit 2 saying what was expected; no Qt, no matplotlib; the same report from one process
or several."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import main

ROOT = Path(__file__).parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def compare_json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, Any]:
    code, out, err = run(capsys, "compare", "--scenario", str(SMALL), "--json", "--jobs", "1", *argv)
    assert code == 0, err
    report: dict[str, Any] = json.loads(out)
    return report


def test_json_has_per_plan_bands_and_price_and_the_ranking(capsys: pytest.CaptureFixture[str]) -> None:
    report = compare_json(capsys, "remove_group_a", "demand_down", "--seeds", "12", "--months", "12")
    assert report["scenario"] == "Small example supply chain"
    assert report["illustrative"].startswith("All capacities")
    assert report["months"] == 12 and report["seeds"] == list(range(12))
    assert [p["name"] for p in report["plans"]] == ["Remove Group A", "Reduce demand by 20%"]
    removal = report["plans"][0]
    assert removal["spec"] == "remove_group_a" and removal["removed"] == ["group_a"]
    assert [m["month"] for m in removal["timeline"]] == list(range(13))
    month = removal["timeline"][3]
    assert set(month) == {
        "month", "share_p10", "share_p50", "share_p90", "price_index", "price_p10", "price_p90", "groups_p50", "entrants_p50",
    }  # fmt: skip
    assert month["share_p10"] <= month["share_p50"] <= month["share_p90"]
    assert removal["timeline"][0]["share_p50"] == 0.5 and removal["timeline"][0]["price_index"] > 1
    demand = report["plans"][1]
    # A fifth less is bought at once; the dearest supply is no longer needed, so the price falls below
    # 1 and buyers take back a little of the cut, but nobody rebuilds supply toward the old level.
    assert demand["timeline"][0]["share_p50"] == 0.8
    assert all(0.8 <= m["share_p50"] < 0.9 for m in demand["timeline"])
    assert all(m["price_index"] <= 1.0 for m in demand["timeline"]), "demand falls: no shortage, no price rise"
    at12 = {p["spec"]: p["timeline"][12]["share_p50"] for p in report["plans"]}
    assert [(r["rank"], r["spec"], r["month"]) for r in report["ranking"]] == [(1, "demand_down", 12), (2, "remove_group_a", 12)]
    assert all(r["share_p50"] == at12[r["spec"]] for r in report["ranking"])
    # The replacements for Group A cost more, so the price stays up and less is bought: supply stays
    # below the baseline after the removal too, just above the demand cut.
    assert at12["demand_down"] <= at12["remove_group_a"] < 0.9
    assert [p["rank"] for p in report["plans"]] == [2, 1]


def test_plans_are_parsed_with_their_names_and_parts(capsys: pytest.CaptureFixture[str]) -> None:
    report = compare_json(
        capsys, "remove:group_a,group_b+name=Both groups", "scale:kind=producer,factor=0.5+demand:0.9", "baseline", "--seeds", "3"
    )
    both, scaled, baseline = report["plans"]
    assert both["name"] == "Both groups" and both["removed"] == ["group_a", "group_b"]
    assert both["description"] == "Remove 2 actors: Group A, Group B."
    assert scaled["name"] == "scale:kind=producer,factor=0.5+demand:0.9"
    assert scaled["description"] == "Capacity of Producer in anywhere at 50%; Demand at 90% of today's."
    assert baseline["name"] == "No change (baseline)"
    assert {m["share_p50"] for m in baseline["timeline"]} == {1.0}


@pytest.mark.parametrize(
    ("plan", "expected"),
    [
        ("remove_grup_a", "error: plan 'remove_grup_a': unknown preset 'remove_grup_a' (did you mean remove_group_a?); "
         "the scenario's presets are: remove_group_a, demand_down"),
        ("remove:groupa", "error: plan 'remove:groupa': unknown actor 'groupa' (did you mean group_a"),
        ("scale:kind=producer,factor=lots", "error: plan 'scale:kind=producer,factor=lots': expected a number from 0 to 100 for factor"),
        ("demand:0.8+tax:1", "error: plan 'demand:0.8+tax:1': unknown part 'tax:1'"),
    ],
)  # fmt: skip
def test_a_bad_plan_exits_2_with_a_clear_message(capsys: pytest.CaptureFixture[str], plan: str, expected: str) -> None:
    code, out, err = run(capsys, "compare", "--scenario", str(SMALL), "demand_down", plan)
    assert code == 2
    assert out == ""
    assert err.startswith(expected), err
    assert "Traceback" not in err
    assert err.rstrip().endswith("see: python main.py compare --help")


def test_a_plan_beyond_the_models_limits_exits_2_saying_why(capsys: pytest.CaptureFixture[str]) -> None:
    plan = "+".join(["scale:kind=producer,factor=100"] * 2 + ["scale:kind=producer,factor=2"])
    code, out, err = run(capsys, "compare", "--scenario", str(SMALL), "--jobs", "1", plan)
    assert code == 2
    assert out == ""
    assert err.startswith("error: the policies applied scale the capacity of Cooks A by 2e+04 in all; the model computes at most")
    assert "Traceback" not in err


def test_no_plan_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main.main(["compare", "--scenario", str(SMALL)])
    assert caught.value.code == 2
    assert "PLAN" in capsys.readouterr().err


def test_help_documents_the_plan_syntax(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main.main(["compare", "--help"])
    out = capsys.readouterr().out
    for part in ("remove:ID[,ID...]", "scale:kind=K,region=R,factor=F", "cost:from_kind=K", "demand:F", "name=TEXT", "baseline"):
        assert part in out
    assert "illustrative" in out


def test_text_report_has_the_table_the_ranking_and_the_headline(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "compare", "--scenario", str(SMALL), "--jobs", "1", "--seeds", "10", "remove_group_a", "demand_down")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[1].startswith("Illustrative model: All capacities")
    header = next(line for line in lines if line.startswith("plan"))
    assert header.split() == ["plan", "removed", "Right", "after", "After", "6", "months", "After", "12", "months", "After", "24", "months"]
    assert any(line.startswith("Remove Group A") and " 1 " in line and "50%" in line for line in lines)
    # Under the model's assumptions both leave 85%: demand reduction keeps a fifth less bought (a little
    # less as prices fall), and Group A's replacements cost more, so the price stays up.
    assert "  1. Reduce demand by 20%: 85%." in lines
    assert "  2. Remove Group A: 85%." in lines
    assert lines[-1].startswith(
        "After 12 months, \u201cReduce demand by 20%\u201d and \u201cRemove Group A\u201d leave the same, least supply reaching US "
        "streets: 85%"
    )


def test_worker_processes_give_the_same_report_as_one_process(capsys: pytest.CaptureFixture[str]) -> None:
    plans = ["remove_group_a", "remove:cooks_a+demand:0.9", "baseline"]
    one = compare_json(capsys, *plans, "--seeds", "11")
    code, out, err = run(capsys, "compare", "--scenario", str(SMALL), "--json", "--jobs", "2", *plans, "--seeds", "11")
    assert code == 0, err
    assert json.loads(out) == one


def test_compare_never_imports_qt_or_matplotlib() -> None:
    script = (
        "import sys, main\n"
        "if __name__ == '__main__':\n"
        "    code = main.main(['compare', '--scenario', 'docs/examples/small.yaml', '--seeds', '3', '--months', '4', "
        "'remove_group_a', 'remove:cooks_a'])\n"
        "    assert code == 0, code\n"
        "    qt_ui = [m for m in sys.modules if m.startswith('ui.') and not m.startswith('ui.lesson')]\n"
        "    loaded = sorted(m for m in sys.modules if m.split('.')[0] in {'PySide6', 'shiboken6', 'matplotlib'}) + qt_ui\n"
        "    assert not loaded, loaded\n"
        "    print('no Qt')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.rstrip().endswith("no Qt")
    assert "Remove Group A" in result.stdout
