"""Test-wide setup: Qt runs offscreen, so GUI tests need no screen; hypothesis is reproducible in CI.

With BLOCK_QT=1, importing PySide6, shiboken6 or matplotlib fails: CI runs the model, lesson, command
line and content tests that way (with ``-p no:pytestqt``) to prove they need no Qt."""

import importlib.abc
import os
import sys
import tempfile

from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
# The cache of validated scenarios (model/scenario/cache.py) goes to a folder of this run, not the user's.
os.environ.setdefault("FTE_CACHE_DIR", tempfile.mkdtemp(prefix="fte-test-cache-"))

# In CI the same examples run every time, so a red build can be reproduced; developers' runs keep
# exploring new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


class _NoQt(importlib.abc.MetaPathFinder):
    BLOCKED = ("PySide6", "shiboken6", "matplotlib")

    def find_spec(self, name, path, target=None):  # type: ignore[no-untyped-def]
        if name.split(".")[0] in self.BLOCKED:
            raise ImportError(f"{name} is blocked: this test must run without Qt (BLOCK_QT=1)")
        return None


if os.environ.get("BLOCK_QT") == "1":
    sys.meta_path.insert(0, _NoQt())


def pytest_addoption(parser):  # type: ignore[no-untyped-def]
    parser.addoption("--actions", type=int, default=2000, help="random actions for the monkey test (tests/ui/test_monkey.py)")
    parser.addoption("--seed", type=int, default=20261201, help="seed of the monkey test")
