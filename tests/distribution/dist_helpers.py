"""What the distribution checks share: finding interpreters, a trainer's environment, reading PNGs."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SMALL = ROOT / "docs" / "examples" / "small.yaml"
PROBE = ROOT / "packaging" / "startup_probe.py"


def find_python(version: str) -> Path | None:
    """A working interpreter of this minor version: this one, pyenv's (under its versions folder), or one on the PATH."""
    if f"{sys.version_info.major}.{sys.version_info.minor}" == version:
        return Path(sys.executable)
    pyenv = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv"))
    candidates = sorted(pyenv.glob(f"versions/{version}.*/bin/python{version}"), reverse=True)
    on_path = shutil.which(f"python{version}")  # may be a pyenv shim that refuses to run
    candidates += [Path(on_path)] if on_path else []
    for candidate in candidates:
        code = "import sys, venv; print('%d.%d' % sys.version_info[:2])"
        check = subprocess.run([str(candidate), "-c", code], capture_output=True, text=True)
        if check.returncode == 0 and check.stdout.strip() == version:
            return candidate
    return None


def clean_env(**extra: str) -> dict[str, str]:
    """The environment a trainer's shell would have: no virtual environment, no PYTHONPATH, offscreen Qt."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG file's header (and a check that it is a PNG at all)."""
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def run(command: list[str | Path], cwd: Path, env: dict[str, str], timeout: float = 180) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
