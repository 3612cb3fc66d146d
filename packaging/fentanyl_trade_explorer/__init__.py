"""The installed command ``fentanyl-trade-explorer`` (and ``python -m fentanyl_trade_explorer``).

The app's code imports its packages by their short names (``model``, ``ui``, ``resources``, ``main``),
as the source layout has them. Installed from the wheel, those packages live inside this folder
(site-packages/fentanyl_trade_explorer/), so the only name the wheel adds to site-packages is this
one and no other distribution's ``ui`` or ``model`` is overwritten or shadowed. The app's own
process puts this folder first on its import path, so its packages win there, whatever else is
installed. In a source checkout or an editable install (``pip install -e .``) the packages are
already importable and nothing is added.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent


def use_installed_app() -> None:
    """Make the app's packages importable by their short names, ahead of any other of that name."""
    if (HERE / "main.py").is_file() and str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line exactly as ``python main.py`` does from a source checkout.

    On a machine that lacks a system library Qt needs, say which and how to install it, instead
    of a traceback."""
    use_installed_app()
    from main import main as run
    from ui.selftest import missing_library

    try:
        return run(argv)
    except ImportError as exc:
        message = missing_library(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return 1
