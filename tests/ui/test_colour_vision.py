"""Every state on the network keeps a cue that is not colour: in every profile, seen with protanopia,
deuteranopia or in greyscale, the legend's samples of any two states (drawn with the network's own
pens) still differ plainly in a good share of the pixels they draw, and the chart's two lines stay apart.

The simulation itself is checked first, so that a broken one cannot make every state look distinct."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest
from PySide6.QtGui import QImage, QPixmap
from pytestqt.qtbot import QtBot

from ui import theme, vision
from ui.legend import _actor_sample, _route_sample

ROUTES = ("gained", "lost", "normal", "waiting")
ACTORS = ("normal", "waiting", "removed", "earlier", "selected")
SIMULATED = ("protanopia", "deuteranopia", "greyscale")
PLAIN_SHARE = 0.15  # of the pixels either sample draws: the gaps of a dashed line, a cross, a ring; not a stray edge


@pytest.fixture(autouse=True)
def standard_afterwards() -> object:
    yield None
    theme.set_current(theme.STANDARD)


def pixels(pixmap: QPixmap) -> vision.Picture:
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.bytesPerLine() * image.height())
    return (
        rows.reshape(image.height(), image.bytesPerLine())[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(float)
    )


def test_the_simulations_do_what_they_say() -> None:
    red, green, grey = vision.hex_rgb("#d62728"), vision.hex_rgb("#2ca02c"), vision.hex_rgb("#777777")
    assert vision.distance(red, green) > 50
    for deficiency in ("protanopia", "deuteranopia"):
        seen = vision.distance(vision.simulate(red, deficiency), vision.simulate(green, deficiency))
        assert seen < 0.5 * vision.distance(red, green), f"red and green draw together with {deficiency}"
    assert np.allclose(vision.simulate(grey, "greyscale"), grey, atol=1)
    assert np.allclose(vision.simulate(grey, "deuteranopia"), grey, atol=2), "a grey stays grey"
    blue_grey = vision.simulate(vision.hex_rgb("#0072B2"), "greyscale")
    assert blue_grey[0] == pytest.approx(blue_grey[1]) == pytest.approx(blue_grey[2])
    with pytest.raises(ValueError, match="tritanopia"):
        vision.simulate(grey, "tritanopia")


@pytest.mark.parametrize("profile", list(theme.PROFILES))
def test_every_pair_of_states_stays_apart_without_colour(qtbot: QtBot, profile: str) -> None:
    theme.set_current(theme.PROFILES[profile])
    samples = {f"route {s}": pixels(_route_sample(s)) for s in ROUTES} | {f"actor {s}": pixels(_actor_sample(s)) for s in ACTORS}
    kinds = [[f"route {s}" for s in ROUTES], [f"actor {s}" for s in ACTORS]]
    close = {}
    for names in kinds:
        for a, b in combinations(names, 2):
            for seen in SIMULATED:
                share = vision.differing_share(samples[a], samples[b], seen)
                if share < PLAIN_SHARE:
                    close[(a, b, seen)] = round(share, 3)
    assert not close, f"states that look alike without colour: {close}"


@pytest.mark.parametrize("profile", list(theme.PROFILES))
def test_gained_and_lost_and_the_chart_lines_stay_apart_in_every_simulation(profile: str) -> None:
    colours = theme.PROFILES[profile]
    for a, b in (("accent", "warning"), ("supply", "price")):
        for seen in ("protanopia", "deuteranopia"):  # in greyscale the line styles and labels do it (the test above)
            one, other = (vision.simulate(vision.hex_rgb(getattr(colours, n)), seen) for n in (a, b))
            assert vision.distance(one, other) > 20, f"{profile}: {a} and {b} with {seen}"
