"""A class of learners clicking everything: seeded random actions on the real window, with the
invariants checked after each one (see tests/ui/monkey.py). CI runs 2,000 actions with a fixed seed;
``python -m pytest tests/ui/test_monkey.py --actions 10000 --seed 7`` runs more."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.conftest import WindowFactory
from tests.ui.monkey import Monkey


def test_random_use_breaks_no_invariant(
    qtbot: QtBot, make_window: WindowFactory, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    actions = int(request.config.getoption("--actions"))
    seed = int(request.config.getoption("--seed"))
    window = make_window(predict=True)
    monkey = Monkey(window, seed)
    monkey.folder = tmp_path
    for number in range(actions):
        name = monkey.step()
        try:
            monkey.check()
        except AssertionError as exc:
            raise AssertionError(f"after action {number + 1} ({name}), seed {seed}: {exc}") from exc
        if number % 250 == 249:
            monkey.check_reset_gives_the_baseline()
    assert len(set(monkey.done)) >= 18, "the monkey tried most kinds of action"
