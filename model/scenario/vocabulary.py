"""The default vocabulary: the kinds, regions and words a scenario gets when it declares none.

The defaults are data, not code (``resources/vocabulary/default.yaml``): they are the words of the
first scenario format, so that files written before scenarios declared their own vocabulary load
unchanged. Nothing in ``model/`` names a kind, a region or a place itself.
"""

from __future__ import annotations

import copy
from functools import cache
from importlib import resources
from typing import Any


@cache
def _default_vocabulary_text() -> str:
    return resources.files("resources").joinpath("vocabulary", "default.yaml").read_text(encoding="utf-8")


@cache
def _default_vocabulary() -> dict[str, Any]:
    from model.scenario.reader import parse_yaml

    data = parse_yaml(_default_vocabulary_text(), "resources/vocabulary/default.yaml")
    assert isinstance(data, dict), "the default vocabulary is a mapping"
    return data


def default_vocabulary_data() -> dict[str, Any]:
    """A fresh copy of the default vocabulary as raw data (as if written in a scenario file)."""
    return copy.deepcopy(_default_vocabulary())
