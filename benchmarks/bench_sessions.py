"""The cost of keeping a learner's work: the autosave after a change, and a handout: prints, never fails.

    PYTHONPYCACHEPREFIX=/tmp/pycache python benchmarks/bench_sessions.py [--repeat 50]

- autosave: a worked session (a stage, a removal, a policy, quiz answers, predictions) turned into
  JSON and written whole (temporary file, fsync, rename) into a temporary folder; this runs after
  every change, before the window redraws (target: a few milliseconds);
- handout words: the Qt-free builder (``ui.lesson.handout``) over the bundled scenario, every stage;
- handout PDF: the words, the chart (matplotlib, 200 dpi) and the A4 PDF (Qt offscreen), as File >
  Export handout and ``python main.py handout`` make it (the first run imports matplotlib; the plan's
  months are assessed once, as the window has them already).

Printed as min and median of wall and CPU time, with the machine's load (``uptime``).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from model.assessor import Assessor
from model.catalogue import default_scenario_path
from model.interventions import Plan
from model.network import SupplyNetwork
from model.scenario import load_scenario
from ui.lesson.autosave import Autosaves
from ui.lesson.describe import Describer
from ui.lesson.handout import build_handout
from ui.lesson.session import Prediction, Session
from ui.lesson.session_file import scenario_digest, to_json
from ui.lesson.start import WINDOW_MONTHS


def timed(label: str, repeat: int, run: Callable[[], object]) -> None:
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    print(
        f"{label:<34} wall min {min(walls):8.2f} median {statistics.median(walls):8.2f} ms   "
        f"cpu min {min(cpus):8.2f} median {statistics.median(cpus):8.2f} ms   (n={repeat})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    print(subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip() or "uptime: not available")
    if not os.environ.get("PYTHONPYCACHEPREFIX"):
        print("note: PYTHONPYCACHEPREFIX is not set; imports are compiled afresh (first runs are slower)")
    path = default_scenario_path()
    scenario = load_scenario(path)
    network = SupplyNetwork(scenario)
    assessor = Assessor(network, months=WINDOW_MONTHS)
    describer = Describer(network)
    preset = scenario.presets[0]
    busiest = max(network.actor_ids, key=lambda a: assessor.baseline.actor_flow.get(a, 0.0))
    plan = Plan.from_preset(preset).remove(busiest)
    session = Session(network, quiz_seed=7).at_stage(3).with_plan(plan, "x", busiest).at_month(9, WINDOW_MONTHS)
    for stage in scenario.stages:
        for question in range(len(stage.quiz)):
            session = session.answer(stage.id, question, 0)
    session = session.predict(Prediction(plan, 0.4, 0.7, busiest, "a reason")).exploring(True)
    digest = scenario_digest(scenario)
    with tempfile.TemporaryDirectory() as folder:
        saves = Autosaves(Path(folder))
        text = to_json(session, path, digest)
        print(f"session file: {len(text.encode())} bytes")
        timed("autosave (JSON + atomic write)", args.repeat, lambda: saves.save(scenario, to_json(session, path, digest)))
    assessor.assess(plan)
    everything = Session(network, seen=frozenset(range(len(scenario.stages))), played=WINDOW_MONTHS).with_plan(plan, "x", busiest)
    timed("handout words (every stage)", max(3, args.repeat // 5), lambda: build_handout(everything, assessor, describer, "today"))

    from ui.app import create_application
    from ui.exports import write_handout

    create_application()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "handout.pdf"
        timed("handout PDF, first (imports)", 1, lambda: write_handout(everything, assessor, describer, out))
        timed("handout PDF (words, chart, A4)", max(3, args.repeat // 10), lambda: write_handout(everything, assessor, describer, out))
        print(f"handout: {out.stat().st_size // 1024} KiB")
    print(subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
