"""The build backend: setuptools, plus one step that keeps the wheel to a single top-level name.

The source layout keeps ``main.py``, ``model/``, ``ui/`` and ``resources/`` at the top (the design
card), and the code imports them by those short names. A plain wheel would install them as
``site-packages/model``, ``site-packages/ui``..., where another distribution's ``ui`` or ``model``
would overwrite them or be overwritten. Here, when a wheel is built (not for ``pip install -e .``,
which stays exactly as setuptools makes it), the app's packages and ``main.py`` are moved inside the
``fentanyl_trade_explorer`` package, whose ``main()`` (packaging/fentanyl_trade_explorer/) puts that
folder first on the import path of the app's own process. The wheel's top_level.txt says so too.

pyproject.toml names this module as the backend (``backend-path = ["packaging"]``) and its two
command classes under ``[tool.setuptools.cmdclass]``. Written by hand rather than with a
plugin: about forty lines, and no other build dependency than setuptools.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from setuptools.build_meta import *  # noqa: F403  (the PEP 517 hooks, unchanged)
from setuptools.command.bdist_wheel import bdist_wheel
from setuptools.command.build_py import build_py

HOME = "fentanyl_trade_explorer"


class BuildPy(build_py):
    """Build as usual, then move every other top-level package and module into HOME."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        lib = Path(self.build_lib)
        home = lib / HOME
        names = {p.split(".")[0] for p in self.packages or []} | {m.split(".")[0] + ".py" for m in self.py_modules or []}
        for name in sorted(names - {HOME}):
            source = lib / name
            if not source.exists():
                continue
            target = home / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            shutil.move(str(source), str(target))


class BdistWheel(bdist_wheel):
    """The wheel's top_level.txt names the one top-level package it installs.

    (Editable installs write their metadata through this class too, without running it: theirs
    keeps the short names, which is what they expose.)"""

    building = False

    def run(self) -> None:
        self.building = True
        super().run()

    def write_wheelfile(self, wheelfile_base: str, *args: Any, **kwargs: Any) -> None:
        super().write_wheelfile(wheelfile_base, *args, **kwargs)  # the last step before the wheel is zipped
        top_level = Path(wheelfile_base) / "top_level.txt"
        if self.building and top_level.exists():
            top_level.write_text(HOME + "\n", encoding="utf-8")
