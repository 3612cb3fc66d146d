"""Checks of what trainers get: the wheel installed in fresh environments, and the one-folder bundle.

They take minutes (fresh virtual environments, a bundle build), so the normal test run leaves them
out (pyproject's addopts deselect the ``packaging`` marker) and CI runs them as their own step:

    python -m pytest -m packaging tests/distribution
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from dist_helpers import ROOT, SMALL


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.packaging)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's wheel, built as pip builds it (isolated build environment)."""
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture
def elsewhere(tmp_path: Path) -> Iterator[Path]:
    """A working directory far from the source checkout, holding a copy of a small scenario."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    shutil.copy(SMALL, folder / "small.yaml")
    yield folder
