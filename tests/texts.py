"""Every text of a scenario, for tests that ask whether a phrase is scenario data rather than code's."""

from __future__ import annotations

import dataclasses
from typing import Any


def scenario_strings(scenario: Any) -> list[str]:
    """Every string in the scenario's models, in order, however deeply nested."""
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(dataclasses.asdict(scenario))
    return found
