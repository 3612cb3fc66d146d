"""The trainers' one-folder bundle, used as a trainer would: copied to another place, started with no
Python on the PATH and no network, from a folder of the trainer's own.

The bundle is the one named by $FTE_BUNDLE (CI builds it first, so the build shows in its log), or
one built here with packaging/build_bundle.py.
"""

from __future__ import annotations

import configparser
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dist_helpers import PROBE, ROOT, png_size, run

NAME = "FentanylTradeExplorer"
MAX_BYTES = 300 * 10**6  # 300 MB
MAX_START_RATIO = 1.2  # start to the drawn network, bundle against the source install
RUNS = 9


HIDE_FONTS = 'for d in /usr/share/fonts /usr/local/share/fonts /etc/fonts; do [ -d "$d" ] && {mount} --bind "$0" "$d"; done; exec "$@"'


def isolated(empty: Path) -> list[str]:
    """A command prefix that runs a command with no network and none of the machine's fonts (a network
    and a mount namespace of its own, the font folders covered by an empty one); [] where not allowed."""
    unshare, sh, mount = shutil.which("unshare"), shutil.which("sh"), shutil.which("mount")
    if unshare is None or sh is None or mount is None:
        return []
    if subprocess.run([unshare, "--mount", "--net", "true"], capture_output=True, timeout=30).returncode != 0:
        return []
    return [unshare, "--mount", "--net", sh, "-c", HIDE_FONTS.format(mount=mount), str(empty)]


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """A trainer's session with no Python anywhere on the PATH (and no locale, no display: offscreen)."""
    empty = home / "bin"
    empty.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": str(empty), "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
    env.update(extra)
    return env


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("FTE_BUNDLE")
    if given:
        folder = Path(given).resolve()
        assert (folder / NAME).is_file(), f"FTE_BUNDLE={given} holds no {NAME}"
        return folder
    dist = tmp_path_factory.mktemp("dist")
    result = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--dist", str(dist)], timeout=1800)
    assert result.returncode == 0
    return dist / NAME


@pytest.fixture(scope="session")
def copied(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle copied to another place (a path with a space in it), as onto a trainer's laptop."""
    target = tmp_path_factory.mktemp("laptop") / "Trainer USB" / NAME
    shutil.copytree(bundle, target, symlinks=True)
    return target


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    shutil.copy(ROOT / "docs" / "examples" / "small.yaml", folder / "small.yaml")
    return folder


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def test_the_bundle_is_at_most_300_mb(bundle: Path) -> None:
    size = folder_size(bundle)

    assert size <= MAX_BYTES, f"{size / 1e6:.0f} MB"


def test_self_test_passes_without_python_network_or_fonts(copied: Path, home: Path, tmp_path: Path) -> None:
    """As on a minimal install: no Python on the PATH, no network, no fonts (the bundle carries DejaVu)."""
    env = bare_env(home)
    assert shutil.which("python3", path=env["PATH"]) is None and shutil.which("python", path=env["PATH"]) is None
    empty = tmp_path / "empty"
    empty.mkdir()
    prefix = isolated(empty)
    if not prefix and os.environ.get("CI"):
        pytest.fail("CI must be able to run the bundle with no network and no fonts (unshare --mount --net, as root)")

    result = run([*prefix, copied / NAME, "--self-test"], home, env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test (bundle)" in result.stdout
    assert result.stdout.rstrip().endswith("self-test passed"), result.stdout
    if prefix:
        assert "text in DejaVu Sans" in result.stdout
    assert "Traceback" not in result.stderr


def test_without_fonts_the_self_test_says_so(copied: Path, home: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    prefix = isolated(empty)
    if not prefix:
        pytest.skip("this machine does not allow a mount namespace (unshare --mount)")
    env = bare_env(home, FONTCONFIG_FILE=str(empty / "none.conf"))  # not even the bundle's fonts

    result = run([*prefix, copied / NAME, "--self-test"], home, env)

    assert result.returncode == 1
    assert "FAIL  fonts: RuntimeError: no font with letters: the window would show boxes instead of text" in result.stdout
    assert "sudo apt-get install fonts-dejavu-core" in result.stdout


def test_the_usage_line_names_the_bundle(copied: Path, home: Path) -> None:
    result = run([copied / NAME, "--help"], home, bare_env(home))

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: {NAME} ")


def test_the_commands_work_from_the_trainers_folder(copied: Path, home: Path) -> None:
    env = bare_env(home)

    validated = run([copied / NAME, "validate", "small.yaml"], home, env)
    simulated = run([copied / NAME, "simulate", "--remove", "sinaloa_chapitos", "--months", "3", "--json"], home, env)
    analyzed = run([copied / NAME, "analyze", "--months", "3"], home, env)
    shot = run([copied / NAME, "--screenshot", "pictures/stage4.png", "--size", "1280x720", "--stage", "4"], home, env)

    assert validated.stdout.strip() == "small.yaml: ok: 5 stages, 10 actors (1 latent), 15 routes, 2 presets", validated.stderr
    assert json.loads(simulated.stdout)["removed"] == ["sinaloa_chapitos"], simulated.stderr
    assert "Smallest set of actors whose removal stops all supply" in analyzed.stdout, analyzed.stderr
    assert shot.returncode == 0, shot.stderr
    assert png_size(home / "pictures" / "stage4.png") == (1280, 720)


def test_a_mistyped_actor_gets_a_message_not_a_traceback(copied: Path, home: Path) -> None:
    result = run([copied / NAME, "simulate", "--remove", "sinaloa_chapito"], home, bare_env(home))

    assert result.returncode == 2
    assert result.stderr.startswith("error: unknown actor 'sinaloa_chapito'")
    assert "Traceback" not in result.stderr


def time_to_network(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from starting ``command`` to its NETWORK line (the explorer's network has painted)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = process.communicate(timeout=120)
    assert line.strip() == "NETWORK", err[-2000:]
    return elapsed


def test_the_bundle_starts_about_as_fast_as_the_source_install(bundle: Path, home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Start to the drawn network: the bundle within 1.2x of the source install (``python`` in the
    source's environment). Runs alternate in pairs, after one warm-up run of each; each pair sees
    about the same load from whatever else the machine is doing, so the median of the pairs'
    ratios is compared (a single lucky or unlucky run moves neither it nor the verdict)."""
    source_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    source = [sys.executable, "-c", PROBE.read_text(encoding="utf-8")]
    frozen = [str(bundle / NAME)]
    frozen_env = bare_env(home, FTE_STARTUP_PROBE="1")
    time_to_network(source, source_env, ROOT)
    time_to_network(frozen, frozen_env, home)
    pairs = [(time_to_network(source, source_env, ROOT), time_to_network(frozen, frozen_env, home)) for _ in range(RUNS)]
    ratio = statistics.median(b / a for a, b in pairs)

    with capsys.disabled():
        print(
            f"\n  start to the drawn network, {RUNS} pairs: source median {statistics.median(a for a, _ in pairs):.2f} s, "
            f"bundle median {statistics.median(b for _, b in pairs):.2f} s; median ratio {ratio:.2f} "
            f"(at most {MAX_START_RATIO}); load {os.getloadavg()[0]:.2f}"
        )
    assert ratio <= MAX_START_RATIO


def test_the_desktop_entry_names_the_app_and_its_icon(bundle: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(bundle / "fentanyl-trade-explorer.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]

    assert section["Type"] == "Application"
    assert section["Name"] == "Fentanyl Trade Explorer"
    assert "Education" in section["Categories"].split(";")
    assert png_size(bundle / f"{section['Icon']}.png") == (256, 256)
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(bundle / "fentanyl-trade-explorer.desktop")], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_add_to_menu_points_the_menu_at_the_copied_folder(copied: Path, home: Path) -> None:
    data = home / ".local" / "share"
    env = {**bare_env(home), "PATH": "/usr/bin:/bin", "XDG_DATA_HOME": str(data)}

    result = run(["sh", copied / "add-to-menu.sh"], home, env)

    assert result.returncode == 0, result.stderr
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(data / "applications" / "fentanyl-trade-explorer.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == f'"{copied / NAME}"'
    assert Path(section["Icon"]) == copied / "fentanyl-trade-explorer.png"
    assert Path(section["Icon"]).is_file() and os.access(copied / NAME, os.X_OK)


def test_the_bundle_carries_the_x11_libraries_qt_needs_on_a_desktop(bundle: Path) -> None:
    """So a desktop without Qt's X11 helpers (libxcb-cursor0 and the like) still opens the window."""
    internal = bundle / "_internal"
    readelf = shutil.which("readelf")
    assert readelf, "readelf (Debian: binutils) is needed to read the plugin's libraries"
    needed: set[str] = set()
    for library in ("PySide6/Qt/plugins/platforms/libqxcb.so", "PySide6/Qt/lib/libQt6XcbQpa.so.6"):
        dynamic = subprocess.run([readelf, "-d", str(internal / library)], capture_output=True, text=True, check=True).stdout
        needed |= {line.split("[")[1].rstrip("]") for line in dynamic.splitlines() if "(NEEDED)" in line}
    # libxcb.so.1 itself comes from the desktop, as PyInstaller means it to: every X11 desktop has it.
    x11 = sorted(n for n in needed if n.startswith(("libxcb", "libxkbcommon", "libX11")) and n != "libxcb.so.1")

    assert "libxcb-cursor.so.0" in x11
    assert [n for n in x11 if not (internal / n).exists()] == []
