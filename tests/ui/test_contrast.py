"""Contrast in every colour profile, computed from the theme: every pair the app draws reaches WCAG's
4.5:1 for text and 3:1 for graphics (opacities composited over the band beneath), and the stylesheet
takes every colour from the theme. The pictures themselves are checked in tests/ui/test_profiles.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from model.catalogue import default_scenario_path
from model.scenario import load_scenario
from tests.ui.conftest import INVENTED, SMALL
from ui import contrast, theme

ROOT = Path(__file__).resolve().parents[2]


def scenario_bands() -> list[str]:
    """The region colours the scenarios that come with the app (and the test fixtures) give."""
    colours = []
    for path in (default_scenario_path(), SMALL, INVENTED):
        colours += [r.colour for r in load_scenario(path).vocabulary.regions if r.colour]
    return colours


def test_wcag_contrast_is_computed_as_wcag_defines_it() -> None:
    """The figures the issue measured by hand: the maths here reproduces them."""
    assert contrast.ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast.ratio("#ffffff", "#D55E00") == pytest.approx(3.87, abs=0.01)  # white on the old orange Remove button
    assert contrast.ratio("#a9b3bd", "#eaf3e6") == pytest.approx(1.87, abs=0.01)  # the old idle route on its band
    faded = contrast.over("#1d2731", 0.45, "#fbfcfd")  # the old earlier-stage actor name at 45% on the canvas
    assert contrast.ratio(faded, "#fbfcfd") == pytest.approx(2.7, abs=0.05)


@pytest.mark.parametrize("name", list(theme.PROFILES))
def test_every_pair_the_app_draws_reaches_wcag_contrast(name: str) -> None:
    """Text 4.5:1 and graphics 3:1 against what they are drawn on, opacities composited, on every band a
    scenario could give (its own colours, the theme's palette, and saturated probes of every hue)."""
    checks = contrast.checks(theme.PROFILES[name], scenario_bands())
    assert len(checks) > 500
    kinds = {c.what.split(" on ")[0] for c in checks}
    for drawn in ("actor outline, earlier stage", "idle or faint route", "Remove button label", "focus ring", "lost-flow text"):
        assert drawn in kinds
    failing = [str(c) for c in checks if c.ratio < c.minimum]
    assert not failing, f"{name}: {len(failing)} pairs below WCAG's minimum:\n" + "\n".join(failing[:40])


def test_the_stylesheet_takes_every_colour_from_the_theme() -> None:
    qss = (ROOT / "resources" / "styles" / "explorer.qss").read_text(encoding="utf-8")
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(", qss), "write no colour in the stylesheet: add it to the Theme"
    sheets = {name: theme.stylesheet(profile, 1.0, 11.0) for name, profile in theme.PROFILES.items()}
    assert "$" not in "".join(sheets.values())
    assert len(set(sheets.values())) == len(sheets)
    assert f"background: {theme.DARK.paper}" in sheets["dark"]


def test_any_region_colour_a_scenario_gives_becomes_a_band_in_the_profile_tone() -> None:
    for profile in theme.PROFILES.values():
        low, high = profile.band_luminance
        for given in ("#000000", "#ffffff", "#ff0000", "#0000ff", "#ffff00", "#f7efe3"):
            assert low - 0.01 <= contrast.luminance(profile.band_tone(given)) <= high + 0.01, (profile.name, given)
    assert theme.STANDARD.band_tone("#f7efe3") == "#f7efe3", "the standard profile keeps a scenario's pale colours"
