"""Build the trainers' one-folder bundle: dist/FentanylTradeExplorer/, which runs without Python.

    python packaging/build_bundle.py [--dist DIR] [--fresh]

1. A clean build environment (build/bundle-venv, reused while the dependencies are unchanged) with
   only the app's own dependencies from pyproject.toml and PyInstaller. A development environment
   would smuggle test tools into the bundle through optional imports (measured: 362 MB against 324).
2. PyInstaller with packaging/FentanylTradeExplorer.spec.
3. Libraries lose the symbol tables the app never uses (about 40 MB), except those auditwheel
   grafted (stripping those breaks some: numpy's OpenBLAS then fails to load); each stripped
   library must still load, or it gets its symbols back.
4. The icon, the .desktop file and a script that adds the app to a desktop's menu go in the folder.

Prints the size and the build time. Needs the network only for step 1 (PyPI), not at run time.
Then check it: dist/FentanylTradeExplorer/FentanylTradeExplorer --self-test
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "FentanylTradeExplorer"
SPEC = ROOT / "packaging" / f"{NAME}.spec"
# Pinned so a bundle builds the same way next month; 6.22 is the release measured (see the commit).
BUILD_TOOLS = ["pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9"]
# auditwheel's folders of grafted libraries (numpy.libs, pillow.libs...), not OR-Tools' own .libs
GRAFTED = re.compile(r"^[^.].*\.libs$")
# Prints the libraries that do not load; exits at once (some libraries' exit handlers want Python's
# interpreter state, which is gone by the time a normal exit runs them).
LOAD_CHECK = """
import ctypes, os, sys
for path in sys.argv[1:]:
    try:
        ctypes.CDLL(path, mode=os.RTLD_LAZY)
    except OSError:
        print(path)
sys.stdout.flush()
os._exit(0)
"""
MENU_SCRIPT = """#!/bin/sh
# Adds Fentanyl Trade Explorer to this user's application menu, pointing at this folder.
# Run it again after moving the folder. Remove with: rm ~/.local/share/applications/fentanyl-trade-explorer.desktop
here=$(cd "$(dirname "$0")" && pwd)
target="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$target"
sed -e "s|^Exec=.*|Exec=\\"$here/FentanylTradeExplorer\\"|" -e "s|^Icon=.*|Icon=$here/fentanyl-trade-explorer.png|" \\
  "$here/fentanyl-trade-explorer.desktop" > "$target/fentanyl-trade-explorer.desktop"
echo "Added to the menu: $target/fentanyl-trade-explorer.desktop"
"""


def log(message: str) -> None:
    print(f"== {message}", flush=True)


def requirements() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        dependencies: list[str] = tomllib.load(file)["project"]["dependencies"]
    return [*dependencies, *BUILD_TOOLS]


def build_environment(folder: Path, fresh: bool) -> Path:
    """A virtual environment holding exactly ``requirements()``; reused while they are unchanged."""
    wanted = "\n".join([sys.version, *requirements()])
    stamp = folder / "requirements.stamp"
    python = folder / "bin" / "python"
    if not fresh and python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        log(f"build environment: {folder} (reused)")
        return python
    log(f"build environment: {folder}")
    if folder.exists():
        shutil.rmtree(folder)
    venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *requirements()], check=True)
    stamp.write_text(wanted, encoding="utf-8")
    return python


def strip_symbols(bundle: Path, python: Path) -> int:
    """Strip the symbol tables the app never uses from the bundle's libraries; returns the bytes saved.

    Libraries that auditwheel grafted into a ``<package>.libs`` folder are left alone: patchelf
    moved their segments, and strip breaks some of them (numpy's OpenBLAS then fails to load with
    "ELF load command address/offset not page-aligned"). Every stripped library is then loaded
    once (dlopen, as the app would); one that no longer loads gets its original back.
    """
    strip, readelf = shutil.which("strip"), shutil.which("readelf")
    if strip is None or readelf is None:
        print("warning: no strip/readelf (Debian: binutils); the bundle keeps its symbol tables (about 40 MB)", file=sys.stderr)
        return 0
    internal = bundle / "_internal"
    targets = []
    for path in sorted(internal.rglob("*.so*")):
        folders = path.relative_to(internal).parts[:-1]
        if path.is_symlink() or not path.is_file() or any(GRAFTED.match(part) for part in folders):
            continue
        sections = subprocess.run([readelf, "-S", "-W", str(path)], capture_output=True, text=True).stdout
        if " .symtab " in sections or " .debug_" in sections:
            targets.append(path)
    env = {**os.environ, "LD_LIBRARY_PATH": str(internal)}

    def not_loading(paths: list[Path]) -> set[Path]:
        check = subprocess.run([str(python), "-c", LOAD_CHECK, *map(str, paths)], capture_output=True, text=True, env=env)
        return {Path(p) for p in check.stdout.splitlines()} if check.returncode == 0 else set(paths)

    targets = [p for p in targets if p not in not_loading(targets)]  # (some need libraries of the desktop's)
    before = sum(p.stat().st_size for p in targets)
    with tempfile.TemporaryDirectory() as folder:
        originals = {}
        for i, path in enumerate(targets):
            originals[path] = Path(folder) / str(i)
            shutil.copy2(path, originals[path])
            subprocess.run([strip, "--strip-unneeded", str(path)], check=True)
        for path in sorted(not_loading(targets)):
            print(f"warning: {path.relative_to(bundle)} does not load once stripped; it keeps its symbols", file=sys.stderr)
            shutil.copy2(originals[path], path)
    return before - sum(p.stat().st_size for p in targets)


def add_desktop_files(bundle: Path) -> None:
    shutil.copy(ROOT / "resources" / "icons" / "fentanyl-trade-explorer.png", bundle)
    shutil.copy(ROOT / "resources" / "fentanyl-trade-explorer.desktop", bundle)
    script = bundle / "add-to-menu.sh"
    script.write_text(MENU_SCRIPT, encoding="utf-8")
    script.chmod(0o755)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def tree_digest(folder: Path) -> str:
    """A short fingerprint of the bundle's file list and sizes, to tell two builds apart in a log."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(f"{path.relative_to(folder)}:{path.stat().st_size}\n".encode())
    return digest.hexdigest()[:12]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle folder goes (default: dist/)")
    parser.add_argument("--fresh", action="store_true", help="remake the build environment even if it is up to date")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print("error: this script builds the Linux bundle; build on the system you ship for", file=sys.stderr)
        return 2

    start = time.perf_counter()
    work = ROOT / "build"
    python = build_environment(work / "bundle-venv", args.fresh)
    prepared = time.perf_counter()
    log("PyInstaller")
    bundle = args.dist.resolve() / NAME
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    command = [str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(bundle.parent), "--workpath", str(work / "pyinstaller"), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    saved = strip_symbols(bundle, python)
    add_desktop_files(bundle)
    finished = time.perf_counter()

    size = folder_size(bundle)
    print(f"bundle: {bundle}")
    print(f"  size {size / 1e6:.0f} MB ({size / 2**20:.0f} MiB; {saved / 1e6:.0f} MB of symbol tables stripped)")
    print(f"  fingerprint {tree_digest(bundle)} (file names and sizes)")
    print(f"  build {finished - start:.0f} s (environment {prepared - start:.0f} s, PyInstaller and the rest {finished - prepared:.0f} s)")
    print(f"  check it: {bundle / NAME} --self-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
