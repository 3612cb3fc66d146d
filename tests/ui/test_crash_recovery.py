"""Nothing a learner did is lost when the app dies: the real app in a process of its own (offscreen)
is killed with SIGKILL mid-session, started again, and offers the session back whole."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.ui.conftest import ROOT

DRIVER = ROOT / "tests" / "ui" / "session_driver.py"

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")]


def environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTEST"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHONPATH=str(ROOT),
    )
    return env


def session_line(stream: object, deadline: float) -> dict[str, object]:
    while time.monotonic() < deadline:
        line = stream.readline()  # type: ignore[attr-defined]
        if not line:
            break
        if line.startswith("SESSION "):
            return json.loads(line.removeprefix("SESSION "))
    raise AssertionError("the app printed no session")


def test_a_session_killed_mid_way_is_offered_back_whole(tmp_path: Path) -> None:
    env = environment(tmp_path)
    work = subprocess.Popen(
        [sys.executable, str(DRIVER), "work"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        before = session_line(work.stdout, time.monotonic() + 120)
        time.sleep(0.5)  # a few months play (each one saved) before the kill
    finally:
        work.send_signal(signal.SIGKILL)
        _out, err = work.communicate(timeout=30)
    assert work.returncode == -signal.SIGKILL, err
    assert "Traceback" not in err, err
    saved = list((tmp_path / "data").rglob("*.session.json"))
    assert [p.name for p in saved] == ["fentanyl_trade.en.session.json"]
    assert not list((tmp_path / "data").rglob("*.tmp")), "no half-written file was left"

    resume = subprocess.run([sys.executable, str(DRIVER), "resume"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert resume.returncode == 0, resume.stderr
    asked = [line for line in resume.stdout.splitlines() if line.startswith("ASKED ")]
    assert len(asked) == 1 and "Continue where you left off?" in asked[0] and "1 actor removed" in asked[0]
    after = next(json.loads(line.removeprefix("SESSION ")) for line in resume.stdout.splitlines() if line.startswith("SESSION "))
    for key in ("scenario", "plan", "change", "stage", "seen", "explore", "selected", "answers", "quiz_seed", "predictions", "pending"):
        assert after[key] == before[key], key
    assert after["plan"]["removed"] == ["cjng"] and after["predictions"] and after["answers"]
    # The months went on playing after the line was printed; the restored month is the last one saved.
    assert int(after["played"]) >= int(before["played"]) >= 5  # type: ignore[call-overload]
