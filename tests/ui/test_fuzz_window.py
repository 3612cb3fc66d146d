"""Fuzzing the text path, window half: the hostile strings of tests/model/test_fuzz_text.py (HTML,
Markdown, control characters, very long, right-to-left) in any text fields of an accepted scenario
reach the window (every stage, every actor's panel, every policy, the quiz, the text dialogs) with
no exception, nothing read as HTML or loaded as a resource, and within a bounded time per case."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from model.characters import has_visible_character, refused_character
from model.network import SupplyNetwork
from tests.model.test_fuzz_text import FULL, TEXT_PATHS, full_data, hostile_text, load_both_ways
from tests.ui.conftest import SMALL, WindowFactory
from tests.ui.test_hostile_window import walk_everything


def _value(path: tuple[Any, ...]) -> Any:
    node: Any = FULL
    for key in path:
        node = node[key]
    return node


# The fields the window shows as text (not ids, kinds, regions, addresses or dates, which the loader
# checks against a pattern), and the hostile strings without the characters the loader refuses: most
# cases then reach the window instead of stopping at the loader (the model half covers refusals).
PATTERNED = re.compile(r"[a-z0-9_]+|https?://\S+|[0-9-]+|#[0-9a-fA-F]{6}")
SHOWN_PATHS = [p for p in TEXT_PATHS if not PATTERNED.fullmatch(_value(p)) and p[-1] not in ("url", "region")]
shown_text = hostile_text.map(lambda text: "".join(c for c in text if refused_character(c) is None)).filter(has_visible_character)


def _fits(path: tuple[Any, ...], text: str) -> str:
    """Short fields (names, titles) keep their first 60 characters; long ones (narratives) all."""
    return text if len(_value(path)) > 100 or path[-1] in ("narrative", "notes", "definition", "view", "text") else text[:60]


@settings(
    max_examples=15,
    deadline=timedelta(seconds=30),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)
@given(values=st.lists(st.tuples(st.sampled_from(SHOWN_PATHS), shown_text), min_size=1, max_size=4))
def test_hostile_text_reaches_the_window_as_text(
    qtbot: QtBot, make_window: WindowFactory, values: list[tuple[tuple[Any, ...], str]]
) -> None:
    data = full_data()
    for path, value in values:
        parent: Any = data
        for key in path[:-1]:
            parent = parent[key]
        parent[path[-1]] = _fits(path, value)
    scenario = load_both_ways(data)
    if scenario is None:
        event("refused")
        return  # refused with a message: the model half checks the message
    window = getattr(make_window, "fuzz_window", None)  # one window for every example (the fixture is shared)
    if window is None:
        window = make_window(SMALL)
        make_window.fuzz_window = window  # type: ignore[attr-defined]
    window.set_scenario(scenario, SupplyNetwork(scenario))
    assert window.scenario is scenario
    assert walk_everything(window) == []
