"""The wheel, installed with ``pip install`` into a fresh environment on each Python the machine has
(3.11 always; 3.12 and 3.13 where found), used from a folder far from the source checkout.

Each environment already holds another distribution's ``ui``, ``model``, ``resources`` and ``main``
(packages that refuse to be imported), as a trainer's Python might: the wheel must neither
overwrite them nor pick them up.
"""

from __future__ import annotations

import json
import subprocess
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from dist_helpers import PROBE, clean_env, find_python, png_size, run

COMMAND = "fentanyl-trade-explorer"
VERSIONS = ["3.11", "3.12", "3.13"]
CLASHING = ["ui", "model", "resources"]
DECOY = "raise ImportError(\"another distribution's {name}, not the explorer's\")\n"


@dataclass(frozen=True)
class Install:
    version: str
    root: Path
    site_packages: Path

    @property
    def python(self) -> Path:
        return self.root / "bin" / "python"

    @property
    def command(self) -> Path:
        return self.root / "bin" / COMMAND


def plant_decoys(site_packages: Path) -> None:
    for name in CLASHING:
        (site_packages / name).mkdir()
        (site_packages / name / "__init__.py").write_text(DECOY.format(name=name), encoding="utf-8")
    (site_packages / "main.py").write_text(DECOY.format(name="main"), encoding="utf-8")


@pytest.fixture(scope="module", params=VERSIONS)
def installed(request: pytest.FixtureRequest, wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Install:
    version = request.param
    python = find_python(version)
    if python is None:
        pytest.skip(f"no Python {version} on this machine")
    root = tmp_path_factory.mktemp(f"venv{version}")
    created = subprocess.run([str(python), "-m", "venv", str(root)], capture_output=True, text=True, timeout=300)
    assert created.returncode == 0, created.stderr
    (site_packages,) = root.glob("lib/python*/site-packages")
    plant_decoys(site_packages)
    env = clean_env()
    pip = [str(root / "bin" / "python"), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)]
    result = subprocess.run(pip, capture_output=True, text=True, timeout=900, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return Install(version, root, site_packages)


# ---------------------------------------------------------------------------------------------
# the wheel itself


def test_the_wheel_adds_one_top_level_name_to_site_packages(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        (top_level,) = [n for n in names if n.endswith(".dist-info/top_level.txt")]
        declared = archive.read(top_level).decode().split()
    tops = {name.split("/")[0] for name in names}

    assert {t for t in tops if not t.endswith(".dist-info")} == {"fentanyl_trade_explorer"}
    assert declared == ["fentanyl_trade_explorer"]
    for expected in ("main.py", "model/scenario/__init__.py", "ui/app.py", "ui/selftest.py", "resources/styles/explorer.qss"):
        assert f"fentanyl_trade_explorer/{expected}" in names
    assert any(n.startswith("fentanyl_trade_explorer/resources/scenarios/") and n.endswith(".yaml") for n in names)


# ---------------------------------------------------------------------------------------------
# installed, from another folder


def test_other_distributions_packages_are_left_as_they_were(installed: Install) -> None:
    for name in CLASHING:
        assert (installed.site_packages / name / "__init__.py").read_text(encoding="utf-8") == DECOY.format(name=name)
    assert (installed.site_packages / "main.py").read_text(encoding="utf-8") == DECOY.format(name="main")


def test_the_usage_line_names_the_command(installed: Install, elsewhere: Path) -> None:
    result = run([installed.command, "--help"], elsewhere, clean_env())

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: {COMMAND} ")
    assert "validate" in result.stdout and "--self-test" in result.stdout


def test_bad_input_gets_a_message_and_the_usage_not_a_traceback(installed: Install, elsewhere: Path) -> None:
    result = run([installed.command, "simulate", "--months", "0"], elsewhere, clean_env())

    assert result.returncode == 2
    assert result.stderr.startswith(f"usage: {COMMAND} simulate ")
    assert "error: argument --months: expected a whole number of at least 1, got '0'" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_checks_a_file_named_relative_to_the_working_folder(installed: Install, elsewhere: Path) -> None:
    result = run([installed.command, "validate", "small.yaml"], elsewhere, clean_env())

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "small.yaml: ok: 5 stages, 10 actors (1 latent), 15 routes, 2 presets"


def test_simulate_finds_the_bundled_scenario(installed: Install, elsewhere: Path) -> None:
    result = run([installed.command, "simulate", "--remove", "sinaloa_chapitos", "--months", "6", "--json"], elsewhere, clean_env())

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["scenario"] == "The illicit fentanyl supply chain into the United States"
    assert report["removed"] == ["sinaloa_chapitos"]
    assert [m["month"] for m in report["timeline"]] == list(range(7))
    assert 0 < report["immediate"]["share_of_baseline"] < 1


def test_analyze_ranks_the_bundled_scenarios_actors(installed: Install, elsewhere: Path) -> None:
    result = run([installed.command, "analyze", "--months", "3", "--json"], elsewhere, clean_env())

    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert len(report["criticality"]) > 10
    assert report["smallest_stopping_set"]


def test_screenshot_renders_the_styled_window_to_a_file_in_the_working_folder(installed: Install, elsewhere: Path) -> None:
    result = run([installed.command, "--screenshot", "shot.png", "--size", "1024x640", "--stage", "4"], elsewhere, clean_env())

    assert result.returncode == 0, result.stderr
    assert png_size(elsewhere / "shot.png") == (1024, 640)


def test_self_test_passes(installed: Install, elsewhere: Path) -> None:
    result = run([installed.command, "--self-test"], elsewhere, clean_env())

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("self-test passed")
    assert "FAIL" not in result.stdout


def test_the_installed_app_opens_and_draws_the_network(installed: Install, elsewhere: Path) -> None:
    code = "import fentanyl_trade_explorer as f; f.use_installed_app()\n" + PROBE.read_text(encoding="utf-8")

    result = run([installed.python, "-c", code], elsewhere, clean_env())

    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["NETWORK"]


def test_the_command_keeps_the_app_open_until_closed(installed: Install, elsewhere: Path) -> None:
    """Started with no arguments the app opens its window and waits for the learner (it never exits by itself)."""
    command = [str(installed.command)]
    process = subprocess.Popen(command, cwd=elsewhere, env=clean_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(8)
        still_open = process.poll() is None
    finally:
        process.terminate()
        _, err = process.communicate(timeout=30)

    assert still_open, err
    assert "Traceback" not in err and "ERROR" not in err
