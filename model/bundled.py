"""Where the scenario that ships with the app lives (data in the resources package)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

DEFAULT_SCENARIO = "fentanyl_trade.yaml"


def default_scenario_path() -> Path:
    """The bundled scenario the app opens by default."""
    return Path(str(resources.files("resources").joinpath("scenarios", DEFAULT_SCENARIO)))
