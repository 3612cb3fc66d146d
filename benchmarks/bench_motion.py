"""The cost of the moving flow markers in the real window on a real X display: prints, never fails.

    PYTHONPYCACHEPREFIX=/tmp/pycache python benchmarks/bench_motion.py [--xvfb] [--actors 150] [--seconds 4] [--intervals 5]

Needs an X display: ``--xvfb`` starts a private Xvfb for the run (and stops it), else $DISPLAY is
used (``Xvfb :99 & DISPLAY=:99``). There is no window manager: the window is sized and focused with
``xdotool``, as a user's desktop would.

For the bundled scenario and for a synthetic one of ``--actors`` actors in the default vocabulary
(``benchmarks/synthetic_scenario.py``), the explorer is started as ``python main.py`` starts it (the
light window, the model loaded off the GUI thread, the explorer, the chart), with fresh settings (so
flow markers on and reduced motion off), in Explore freely so that every route and marker is shown.
Once the chart is in, the window is sized and focused and left alone; then, over ``--intervals``
intervals of ``--seconds`` seconds each:

- idle CPU of the app's process (all threads, from /proc) in % of one core, min and median;
  Xvfb's own CPU beside it when this script started it (it composes what the app sends);
- the paints of the network per second (the markers' frame rate) and the gap between paints (p95);
- the time of each marker step (the timer's slot) and of each paint of the network, median and p95;
  a frame is one step plus the paint it causes. Target: idle CPU <= 15% of one core; frame p95 <= 16 ms.

Then the same process with another window active (the explorer inactive) and with the window
unmapped (hidden): idle CPU there should be next to nothing. Finally one forced frame in a loop (a
marker step and a synchronous repaint of the whole network, as benchmarks/bench_ui.py times it).
Last, ``--transitions`` removals, each undone, with their route-width transitions running on their own
clock in the active window: a frame is one step of the transition plus the marker ticks and paints up
to the next step; the first frame of each transition (which draws the still network's layers) and
the paint after its last step (the final state drawn whole) are shown apart. The timing hooks wrap
the view's own paint, tick and transition-step methods in the child process only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic_scenario import write_scenario  # noqa: E402

IDLE_TARGET = 15.0
FRAME_TARGET_MS = 16.0

CHILD = r"""
import json, os, sys, time, traceback
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QLabel
import ui.network.view as view_module

NetworkView = view_module.NetworkView
paints, ticks = [], []
original_paint = NetworkView.paintEvent
original_tick = NetworkView._on_marker_tick

kinds = []  # per paint: "layers" (a transition's still layers drawn), "whole" (the kept picture drawn), or ""

def timed_paint(self, event):
    start = time.perf_counter()
    layers, whole = self.frames.layers.builds, self.frames.builds
    try:
        original_paint(self, event)
    except Exception:
        traceback.print_exc()
    paints.append((start, time.perf_counter() - start))
    kinds.append("layers" if self.frames.layers.builds > layers else "whole" if self.frames.builds > whole else "")

def timed_tick(self, *args):
    start = time.perf_counter()
    try:
        original_tick(self, *args)
    except Exception:
        traceback.print_exc()
    ticks.append((start, time.perf_counter() - start))

steps = []
original_step = NetworkView._on_transition_value_changed

def timed_step(self, value):
    start = time.perf_counter()
    try:
        original_step(self, value)
    except Exception:
        traceback.print_exc()
    steps.append((start, time.perf_counter() - start))

NetworkView.paintEvent = timed_paint
NetworkView._on_marker_tick = timed_tick
NetworkView._on_transition_value_changed = timed_step

from ui.app import open_window

state = {{}}

def say(*parts):
    print(*parts, flush=True)

def opened(window):
    state["window"] = window
    window.chart_loaded.connect(lambda: QTimer.singleShot(300, ready))

def ready():
    window = state["window"]
    window.set_explore(True)
    say("READY", int(window.winId()), len(window.view.network_scene._active_markers))

def forced_frames(count):
    window = state["window"]
    view, scene = window.view, window.view.network_scene
    times = []
    for _ in range(count):
        start = time.perf_counter()
        scene.advance_markers(1 / 30)
        view.viewport().repaint()
        times.append((time.perf_counter() - start) * 1000)
    return times

def transitions(count):
    # Remove the busiest actors one by one and undo each, letting every transition run on its own
    # clock; report the steps, paints and marker ticks of all of them when the last has ended.
    window = state["window"]
    view, network = window.view, window.network
    base = window.assessment.baseline.actor_flow
    actors = sorted((a for a in network.actor_ids if not network.actors[a].latent and base[a] > 0), key=lambda a: -base[a])
    todo = []
    for i in range(count):
        todo += [lambda a=actors[i % len(actors)]: window.remove_actor(a), window.undo_stack.undo]
    starts, ends = [], []
    builds = view.frames.layers.builds
    paints.clear()
    kinds.clear()
    ticks.clear()
    steps.clear()

    def next_change():
        if not todo:
            view.transition_finished.disconnect(finished)
            records = {{
                "paints": paints, "kinds": kinds, "ticks": ticks, "steps": steps, "starts": starts, "ends": ends,
                "builds": view.frames.layers.builds - builds,
            }}
            say("TRANSITIONS", json.dumps(records))
            return
        starts.append(time.perf_counter())
        todo.pop(0)()

    def finished():
        ends.append(time.perf_counter())
        QTimer.singleShot(200, next_change)  # the final frame painted; markers move on a while

    view.transition_finished.connect(finished)
    next_change()

def on_command():
    line = sys.stdin.readline().strip()
    if line == "mark":
        paints.clear()
        kinds.clear()
        ticks.clear()
        say("MARKED")
    elif line == "stats":
        say("STATS", json.dumps({{"paints": paints, "ticks": ticks}}))
    elif line == "elsewhere":
        other = QLabel("another window")
        other.resize(200, 80)
        other.show()
        state["other"] = other
        say("OTHER", int(other.winId()))
    elif line.startswith("frames"):
        view = state["window"].view
        moving = bool(getattr(view, "markers_moving", view._marker_timer.isActive()))
        say("FRAMES", json.dumps({{"moving": moving, "times": forced_frames(int(line.split()[1]))}}))
    elif line.startswith("transitions"):
        transitions(int(line.split()[1]))
    elif line in ("quit", ""):
        QApplication.quit()

shell = open_window(Path(sys.argv[1]))
shell.explorer_opened.connect(opened)
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(on_command)
sys.exit(QApplication.exec())
"""


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Child:
    """The explorer in a child process, driven through its stdin."""

    def __init__(self, scenario: Path, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(scenario)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )

    def expect(self, word: str) -> list[str]:
        assert self.proc.stdout is not None
        while True:
            line = self.proc.stdout.readline()
            if not line:
                raise RuntimeError(f"the explorer ended before saying {word}")
            parts = line.strip().split(" ", 1)
            if parts[0] == word:
                return parts

    def send(self, command: str, answer: str) -> list[str]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()
        return self.expect(answer)

    def close(self) -> None:
        try:
            if self.proc.stdin is not None:
                self.proc.stdin.write("quit\n")
                self.proc.stdin.flush()
            self.proc.wait(timeout=20)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()


def xdotool(*args: str, env: dict[str, str]) -> None:
    subprocess.run(["xdotool", *args], check=True, env=env, capture_output=True)


def idle_intervals(child: Child, pids: dict[str, int], seconds: float, intervals: int) -> dict[str, list[float]]:
    """CPU % of one core per process, per interval, and the frame records of each interval."""
    out: dict[str, list[float]] = {name: [] for name in pids}
    out.update({"paint_ms": [], "tick_ms": [], "frame_ms": [], "fps": [], "gap_ms": []})
    for _ in range(intervals):
        child.send("mark", "MARKED")
        before = {name: cpu_seconds(pid) for name, pid in pids.items()}
        t0 = time.perf_counter()
        time.sleep(seconds)
        elapsed = time.perf_counter() - t0
        after = {name: cpu_seconds(pid) for name, pid in pids.items()}
        records = json.loads(child.send("stats", "STATS")[1])
        for name in pids:
            out[name].append((after[name] - before[name]) / elapsed * 100)
        paints = records["paints"]
        ticks = records["ticks"]
        out["paint_ms"] += [d * 1000 for _s, d in paints]
        out["tick_ms"] += [d * 1000 for _s, d in ticks]
        out["fps"].append(len(paints) / elapsed)
        starts = [s for s, _d in paints]
        out["gap_ms"] += [(b - a) * 1000 for a, b in itertools.pairwise(starts)]
        # A frame: a tick and the paint that follows it (before the next tick).
        for i, (start, duration) in enumerate(ticks):
            end = ticks[i + 1][0] if i + 1 < len(ticks) else float("inf")
            painted = [d for s, d in paints if start <= s < end]
            out["frame_ms"].append((duration + sum(painted)) * 1000)
    return out


def show(label: str, values: list[float], unit: str, target: float | None = None) -> None:
    if not values:
        print(f"    {label:<44}: none")
        return
    verdict = ""
    if target is not None:
        verdict = f"  (target <= {target:g})  {'OK' if statistics.median(values) <= target else 'OVER'}"
    print(f"    {label:<44}: min {min(values):7.1f}  median {statistics.median(values):7.1f} {unit}{verdict}")


def show_frames(label: str, values: list[float], target: float | None = None) -> None:
    if not values:
        print(f"    {label:<44}: none")
        return
    p95 = pct(values, 0.95)
    verdict = f"  (target p95 <= {target:g})  {'OK' if p95 <= target else 'OVER'}" if target is not None else ""
    median = statistics.median(values)
    print(f"    {label:<44}: median {median:6.2f}  p95 {p95:6.2f}  max {max(values):6.2f} ms  (n={len(values)}){verdict}")


def show_transitions(child: Child, count: int) -> None:
    """Route-width transitions on their own clock. A frame is a step of the transition (the view's slot)
    plus the marker ticks and the paints of the network that follow it, up to the next step or the
    transition's end. The frame whose paint draws the still layers (once per transition) and the
    paint that draws the final state whole (after the last step) are shown apart."""
    records = json.loads(child.send(f"transitions {count}", "TRANSITIONS")[1])
    steps, ticks, starts, ends = records["steps"], records["ticks"], records["starts"], records["ends"]
    paints = [(s, d, k) for (s, d), k in zip(records["paints"], records["kinds"], strict=True)]
    bounds = sorted([s for s, _d in steps] + starts + ends)
    first: list[float] = []
    rest: list[float] = []
    for start, duration in steps:
        end = next((b for b in bounds if b > start), float("inf"))
        inside = [(d, k) for s, d, k in paints if start <= s < end]
        work = duration + sum(d for d, _k in inside) + sum(d for s, d in ticks if start <= s < end)
        (first if any(k == "layers" for _d, k in inside) else rest).append(work * 1000)
    after_ends = [(e, next((b for b in starts if b > e), float("inf"))) for e in ends]
    last = [d * 1000 for s, d, k in paints if k == "whole" and any(e <= s < b for e, b in after_ends)]
    print(f"   route-width transitions on their own clock ({count} removals and their undo, {records['builds']} layer drawings):")
    show_frames("first frame (the still layers drawn), ms", first)
    show_frames("frame = step + ticks + paints, ms", rest, FRAME_TARGET_MS)
    show_frames("last paint (the final state drawn whole), ms", last)


def run_scenario(name: str, scenario: Path, env: dict[str, str], xvfb_pid: int | None, args: argparse.Namespace) -> None:
    child = Child(scenario, env)
    try:
        ready = child.expect("READY")[1].split()
        window_id, markers = ready[0], int(ready[1])
        width, height = args.size.split("x")
        xdotool("windowsize", window_id, width, height, env=env)
        xdotool("windowfocus", "--sync", window_id, env=env)
        time.sleep(args.settle)
        pids = {"app": child.proc.pid, **({"Xvfb": xvfb_pid} if xvfb_pid else {})}
        active = idle_intervals(child, pids, args.seconds, args.intervals)
        load = os.getloadavg()
        print(f"  {name}: {markers} markers, window {args.size}, explore freely; load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
        print(f"   window active, left alone ({args.intervals} x {args.seconds:g} s):")
        show("idle CPU of the app, % of one core", active["app"], "%", IDLE_TARGET)
        if "Xvfb" in active:
            show("CPU of the X server (Xvfb), % of one core", active["Xvfb"], "%")
        show("network paints per second", active["fps"], "/s")
        show_frames("gap between paints, ms", active["gap_ms"])
        show_frames("marker step (timer slot), ms", active["tick_ms"])
        show_frames("paint of the network, ms", active["paint_ms"])
        show_frames("frame = step + its paint, ms", active["frame_ms"], FRAME_TARGET_MS)
        other = child.send("elsewhere", "OTHER")[1]
        xdotool("windowfocus", "--sync", other, env=env)
        time.sleep(1.0)
        inactive = idle_intervals(child, pids, args.seconds, max(2, args.intervals // 2))
        print("   another window active:")
        show("idle CPU of the app, % of one core", inactive["app"], "%")
        show("network paints per second", inactive["fps"], "/s")
        xdotool("windowunmap", "--sync", window_id, env=env)
        time.sleep(1.0)
        hidden = idle_intervals(child, pids, args.seconds, max(2, args.intervals // 2))
        print("   window unmapped (hidden):")
        show("idle CPU of the app, % of one core", hidden["app"], "%")
        show("network paints per second", hidden["fps"], "/s")
        xdotool("windowmap", "--sync", window_id, env=env)
        xdotool("windowfocus", "--sync", window_id, env=env)
        time.sleep(0.5)
        forced = json.loads(child.send(f"frames {args.frames}", "FRAMES")[1])
        print(f"   forced frames (a marker step + a synchronous repaint of the whole network; markers moving: {forced['moving']}):")
        show_frames("frame, ms", forced["times"], FRAME_TARGET_MS)
        if args.transitions:
            show_transitions(child, args.transitions)
    finally:
        child.close()


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    for number in range(91, 120):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            display = f":{number}"
            proc = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"], stderr=subprocess.DEVNULL)
            for _ in range(100):
                if Path(f"/tmp/.X11-unix/X{number}").exists():
                    return proc, display
                time.sleep(0.05)
            proc.terminate()
    raise RuntimeError("could not start Xvfb on a free display")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--xvfb", action="store_true", help="start a private Xvfb for the run")
    parser.add_argument("--actors", type=int, default=150, help="size of the synthetic scenario (0: skip it)")
    parser.add_argument("--size", default="1280x720")
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--intervals", type=int, default=5)
    parser.add_argument("--settle", type=float, default=2.0, help="seconds to wait after sizing the window")
    parser.add_argument("--frames", type=int, default=120)
    parser.add_argument("--transitions", type=int, default=6, help="removals (each undone) whose transitions are timed (0: none)")
    args = parser.parse_args()
    if shutil.which("xdotool") is None or (args.xvfb and shutil.which("Xvfb") is None):
        print("needs xdotool (and Xvfb for --xvfb): apt-get install -y xvfb xdotool", file=sys.stderr)
        return 1
    xvfb = None
    env = dict(os.environ)
    if args.xvfb:
        xvfb, env["DISPLAY"] = start_xvfb()
    elif not env.get("DISPLAY"):
        print("needs an X display: run with --xvfb, or start one (Xvfb :99 &) and set DISPLAY=:99", file=sys.stderr)
        return 1
    env.pop("QT_QPA_PLATFORM", None)  # the real X display, not offscreen
    settings = tempfile.mkdtemp(prefix="bench-motion-")
    env["XDG_CONFIG_HOME"] = settings  # fresh settings: markers on, reduced motion off, normal text
    # and no autosave of an earlier run offered back (a question that would wait for an answer)
    env["XDG_DATA_HOME"] = str(Path(settings) / "data")
    try:
        from model.catalogue import default_scenario_path

        print(
            f"flow markers in the real window on X display {env['DISPLAY']} ({'private Xvfb' if xvfb else 'given'}), "
            f"{os.cpu_count()} CPUs; bytecode cache: {os.environ.get('PYTHONPYCACHEPREFIX') or 'none (PYTHONDONTWRITEBYTECODE)'}"
        )
        run_scenario("bundled scenario", default_scenario_path(), env, xvfb.pid if xvfb else None, args)
        if args.actors:
            synthetic = write_scenario(Path(settings) / f"synthetic_{args.actors}.yaml", args.actors)
            env["XDG_DATA_HOME"] = str(Path(settings) / "data-synthetic")  # the first run's autosave is not offered here
            run_scenario(f"synthetic scenario, {args.actors} actors", synthetic, env, xvfb.pid if xvfb else None, args)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=10)
        shutil.rmtree(settings, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
