"""``--self-test``: what a trainer sees when the installed app checks itself, passing and failing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

import main
from ui import app, selftest

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_and_says_what_it_checked(capsys: pytest.CaptureFixture[str]) -> None:
    code = main.main(["--self-test"])

    out = capsys.readouterr().out
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].startswith("Fentanyl Trade Explorer self-test: Python 3.")
    assert any(line.startswith("  ok    scenario fentanyl_trade.yaml: 52 actors, baseline 100.0 a month") for line in lines)
    assert any(line.startswith("  ok    picture: 1280x720 picture") for line in lines)
    assert lines[-1] == "self-test passed"


def test_a_broken_bundled_scenario_fails_in_words_and_the_other_checks_still_run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    monkeypatch.setattr(selftest, "bundled_scenarios", lambda: [broken])

    code = main.main(["--self-test"])

    out = capsys.readouterr().out
    assert code == 1
    assert "  FAIL  scenario broken.yaml: ScenarioError: " in out
    assert "  ok    picture:" in out
    assert out.splitlines()[-1] == "self-test failed: 1 check did not pass"
    assert "Traceback" not in out


def test_an_install_without_scenarios_fails(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(selftest, "bundled_scenarios", list)

    code = main.main(["--self-test"])

    out = capsys.readouterr().out
    assert code == 1
    assert "  FAIL  bundled scenarios: none found (the install is incomplete)" in out


def test_a_blank_picture_fails(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def blank(out: Path, *args: object) -> int:
        image = QImage(1280, 720, QImage.Format.Format_RGB32)
        image.fill(QColor("#ffffff"))
        image.save(str(out), "PNG")
        return 0

    monkeypatch.setattr(app, "screenshot", blank)

    code = main.main(["--self-test"])

    out = capsys.readouterr().out
    assert code == 1
    assert "  FAIL  picture: RuntimeError: the picture looks blank (1 colour)" in out


def test_every_bundled_scenario_is_checked() -> None:
    found = {path.name for path in selftest.bundled_scenarios()}

    assert found == {path.name for path in (ROOT / "resources" / "scenarios").glob("*.yaml")}
    assert found


def test_a_missing_system_library_is_named_with_the_packages_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_gl(path: Path) -> str:
        raise ImportError("libGL.so.1: cannot open shared object file: No such file or directory")

    monkeypatch.setattr(selftest, "check_picture", no_gl)

    code = main.main(["--self-test"])

    out = capsys.readouterr().out
    assert code == 1
    assert "this computer lacks libGL.so.1, a system library Qt needs" in out
    assert "sudo apt-get install libgl1 libegl1 libfontconfig1" in out


def test_other_import_errors_get_no_library_advice() -> None:
    assert selftest.missing_library(ImportError("No module named 'ortools'")) is None
    assert selftest.missing_library(ValueError("libGL.so.1: cannot open shared object file")) is None
