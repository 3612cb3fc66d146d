"""What a screen reader gets from the explorer, read through the real accessibility bus (AT-SPI).

Run by hand on Linux (Debian: ``xvfb``, ``dbus``, ``at-spi2-core``, ``python3-pyatspi``), with the
system's python3 (pyatspi is Debian's), from the project's root:

    /usr/bin/python3 docs/tools/atspi_tree.py [--venv .venv] [--out FILE]

It starts a virtual display and a D-Bus session of its own (``xvfb-run``, ``dbus-run-session``), the
AT-SPI bus, and the explorer with ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` at stage 4
(``docs/tools/atspi_app.py``); it asks the explorer to remove the busiest actor and to move the
keyboard focus over two actors with the arrow keys and to open View > Data table, and prints the announcements and focus events a
screen reader received, then the accessible tree (role, name, description) of the window. Its output
for the bundled scenario is in docs/accessibility.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSIDE = "FTE_ATSPI_INSIDE"
SKIP_ROLES = {"scroll bar", "separator"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--venv", default=str(ROOT / ".venv"), help="the project's virtual environment")
    parser.add_argument("--out", help="also write the listing to this file")
    args = parser.parse_args()
    if not os.environ.get(INSIDE):
        env = dict(os.environ, **{INSIDE: "1"})
        command = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", "dbus-run-session", "--", sys.executable, __file__, *sys.argv[1:]]
        return subprocess.call(command, env=env)
    listing = inside(Path(args.venv))
    sys.stdout.write(listing)
    if args.out:
        Path(args.out).write_text(listing, encoding="utf-8")
    return 0


def inside(venv: Path) -> str:
    """In the session: the bus, the explorer, the events and the tree."""
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    time.sleep(1.5)
    import pyatspi  # after the bus is up
    from gi.repository import GLib

    work = Path(tempfile.mkdtemp(prefix="fte-atspi-"))
    trigger, done = work / "go", work / "done"
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb", QT_ACCESSIBILITY="1")
    driver = ROOT / "docs" / "tools" / "atspi_app.py"
    app = subprocess.Popen([str(venv / "bin" / "python"), str(driver), str(trigger), str(done)], cwd=ROOT, env=env)
    events: list[str] = []
    try:
        explorer = _wait_for_app(pyatspi, "Fentanyl Trade Explorer", 60)

        def heard(event: object) -> None:
            kind, source = str(event.type), event.source  # type: ignore[attr-defined]
            if kind.startswith("object:state-changed:focused") and not event.detail1:  # type: ignore[attr-defined]
                return
            if kind.startswith("object:announcement"):
                events.append(f"announcement from [{source.getRoleName()}]: {event.any_data}")  # type: ignore[attr-defined]
            else:
                events.append(f"{kind.rstrip(':')}: [{source.getRoleName()}] {source.name!r} \u2014 {source.description}")

        pyatspi.Registry.registerEventListener(heard, "object:announcement", "object:state-changed:focused", "focus:")
        trigger.touch()
        started = time.monotonic()

        def check() -> bool:
            if (done.exists() and time.monotonic() - started > 2) or time.monotonic() - started > 40:
                GLib.timeout_add(1500, lambda: pyatspi.Registry.stop() or False)
                return False
            return True

        GLib.timeout_add(200, check)
        pyatspi.Registry.start()
        busiest = done.read_text(encoding="utf-8") if done.exists() else "?"
        lines = [f"Stage 4, after removing the busiest actor ({busiest})", "", "Events a screen reader received:"]
        lines += [f"  {e}" for e in events] or ["  (none)"]
        lines += ["", "The accessible tree of the window (role, name — description):"]
        for child in explorer:
            if child is not None and child.getRoleName() in {"frame", "dialog"}:
                _walk(child, 1, lines)
        return "\n".join(lines) + "\n"
    finally:
        app.terminate()
        app.wait(10)
        bus.terminate()


def _wait_for_app(pyatspi: object, name: str, seconds: float) -> object:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)  # type: ignore[attr-defined]
        for app in desktop:
            if app is not None and app.name == name and app.childCount:
                return app
        time.sleep(0.5)
    raise SystemExit(f"{name} did not appear on the accessibility bus within {seconds:.0f} s")


def _walk(node: object, depth: int, lines: list[str]) -> None:
    role = node.getRoleName()  # type: ignore[attr-defined]
    states = node.getState()  # type: ignore[attr-defined]
    import pyatspi

    if role in SKIP_ROLES or (not states.contains(pyatspi.STATE_SHOWING) and role not in {"list item", "table cell"}):
        return
    name, description = node.name, node.description  # type: ignore[attr-defined]
    flags = [flag for flag, state in (("focused", pyatspi.STATE_FOCUSED), ("selected", pyatspi.STATE_SELECTED)) if states.contains(state)]
    text = f"{'  ' * depth}[{role}] {name!r}" + (f" — {description}" if description else "") + (f" ({', '.join(flags)})" if flags else "")
    lines.append(text)
    if role == "table cell":
        return
    for i in range(min(node.childCount, 200)):  # type: ignore[attr-defined]
        child = node.getChildAtIndex(i)  # type: ignore[attr-defined]
        if child is not None:
            _walk(child, depth + 1, lines)


if __name__ == "__main__":
    sys.exit(main())
