"""Contrast, measured as WCAG 2 does, and the list of what the app draws on what, for every profile.

``luminance`` and ``ratio`` are WCAG 2's relative luminance and contrast ratio; ``over`` composites a
colour drawn at an opacity over another (as Qt does for an item's opacity or a colour's alpha), so
that a faint actor is measured as it looks. ``checks`` lists each pair the app draws — text against
its background (4.5:1) and graphics that carry meaning against theirs (3:1): actor outlines and routes
against their region bands, the focus ring, button labels on their fill — in the colours and
opacities the drawing code takes from the theme. tests/ui/test_profiles.py fails naming each pair
below its minimum.

Qt-free: colours are "#rrggbb" strings or (r, g, b) floats from 0 to 255.
"""

from __future__ import annotations

import colorsys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ui.theme import Theme

TEXT = 4.5  # WCAG 1.4.3, normal text
GRAPHIC = 3.0  # WCAG 1.4.11, graphics and the parts of controls that carry meaning; 2.4.13 focus indicators

Colour = str | tuple[float, float, float]


def rgb(colour: Colour) -> tuple[float, float, float]:
    if isinstance(colour, tuple):
        return colour
    text = colour.lstrip("#")
    return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))


def hexed(colour: Colour) -> str:
    r, g, b = (min(255, max(0, round(c))) for c in rgb(colour))
    return f"#{r:02x}{g:02x}{b:02x}"


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: Colour) -> float:
    """WCAG 2 relative luminance, from 0 (black) to 1 (white)."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def ratio(a: Colour, b: Colour) -> float:
    """WCAG 2 contrast ratio, from 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(top: Colour, opacity: float, bottom: Colour) -> tuple[float, float, float]:
    """``top`` drawn at ``opacity`` (0 to 1) over ``bottom``."""
    return tuple(opacity * t + (1 - opacity) * b for t, b in zip(rgb(top), rgb(bottom), strict=True))  # type: ignore[return-value]


@cache
def tone(colour: Colour, luminances: tuple[float, float], saturation: float) -> str:
    """The colour's hue, at most ``saturation`` (HLS), made lighter or darker until its luminance lies in
    ``luminances``: a scenario's region colour as a band of this profile, whatever colour it gave
    (luminance, not HLS lightness, so that a blue band is as light as a yellow one)."""
    r, g, b = (c / 255 for c in rgb(colour))
    hue, lightness, sat = colorsys.rgb_to_hls(r, g, b)
    sat = min(sat, saturation)

    def at(value: float) -> tuple[float, float, float]:
        return tuple(c * 255 for c in colorsys.hls_to_rgb(hue, value, sat))  # type: ignore[return-value]

    low, high = luminances
    now = luminance(at(lightness))
    if low <= now <= high:
        return hexed(at(lightness))
    target = low if now < low else high
    darker, lighter = 0.0, 1.0
    for _ in range(40):
        middle = (darker + lighter) / 2
        if luminance(at(middle)) < target:
            darker = middle
        else:
            lighter = middle
    return hexed(at(lighter if target == low else darker))


def probe_colours() -> tuple[str, ...]:
    """Colours a scenario might give a region: twelve saturated hues, black, white and grey."""
    hues = []
    for step in range(12):
        r, g, b = colorsys.hls_to_rgb(step / 12, 0.5, 1.0)
        hues.append(hexed((r * 255, g * 255, b * 255)))
    return (*hues, "#000000", "#ffffff", "#808080")


@dataclass(frozen=True)
class Check:
    """One pair the app draws: ``fg`` on ``bg`` must reach ``minimum``."""

    what: str
    fg: Colour
    bg: Colour
    minimum: float

    @property
    def ratio(self) -> float:
        return ratio(self.fg, self.bg)

    def __str__(self) -> str:
        return f"{self.what}: {hexed(self.fg)} on {hexed(self.bg)} is {self.ratio:.2f}:1, needs {self.minimum}:1"


_Add = Callable[..., None]


def checks(theme: Theme, given_bands: Sequence[str] = ()) -> list[Check]:
    """Every pair the app draws in this theme (see the module docstring). ``given_bands``: region
    colours a scenario gives (each becomes a band in the theme's tone); the theme's own band palette
    and the probe colours are always checked."""
    t = theme
    found: list[Check] = []

    def text(what: str, fg: Colour, *backgrounds: tuple[str, Colour]) -> None:
        found.extend(Check(f"{what} on {name}", fg, bg, TEXT) for name, bg in backgrounds)

    def graphic(what: str, fg: Colour, *backgrounds: tuple[str, Colour]) -> None:
        found.extend(Check(f"{what} on {name}", fg, bg, GRAPHIC) for name, bg in backgrounds)

    panels = [("paper", t.paper), ("chrome", t.chrome), ("strip", t.strip)]
    cards = [(f"{name} card", getattr(t, name)) for name in ("fact_fill", "myth_fill", "quiz_fill", "preset_fill", "view_fill")]
    # the panels, toolbars, lists, cards and the strip
    text("text", t.ink, *panels, *cards, ("canvas", t.canvas), ("hovered", t.hover), ("selected", t.selected))
    text("text", t.ink, ("flow line", t.accent_soft), ("right answer", t.accent_light), ("wrong answer", t.warning_soft))
    text("muted text", t.muted_ink, *panels, *cards)
    text("numbers", t.soft_ink, *panels)
    text("stage not seen yet", t.unseen_ink, ("chrome", t.chrome), ("selected", t.selected))
    text("link", t.link, *panels, *cards)
    text("primary button label", t.on_accent, ("its fill", t.accent), ("its hovered fill", t.accent_dark))
    text("Remove button label", t.on_warning, ("its fill", t.danger), ("its hovered fill", t.danger_hover))
    text("focused link", t.on_accent, ("its highlight", t.accent))
    text("progress text", t.ink, ("progress", t.progress))
    text("lost-flow text", t.warning_text, *panels)
    graphic("focus ring", t.focus, *panels, *cards, ("canvas", t.canvas), ("hovered", t.hover))
    graphic("month control icon", t.ink, ("strip", t.strip))
    # the chart, on paper
    graphic("supply line", t.supply, ("paper", t.paper))
    graphic("price line", t.price, ("paper", t.paper))
    graphic("baseline line", t.baseline, ("paper", t.paper))
    text("supply axis label", t.supply, ("paper", t.paper))
    text("price axis label", t.warning_text, ("paper", t.paper))
    text("baseline label", t.baseline, ("paper", t.paper))
    # the network: headers on the canvas, actors and routes on their bands (or the canvas between them)
    text("current stage header", t.accent, ("canvas", t.canvas))
    text("stage header", t.ink, ("canvas", t.canvas))
    text("stage header to come", t.unseen_ink, ("canvas", t.canvas))
    tones = {band: t.band_tone(band) for band in (*t.band_palette, *given_bands, *probe_colours())}
    grounds = [("canvas", t.canvas), *((f"band {hexed(given)} as {tint}", tint) for given, tint in tones.items())]
    for name, ground in grounds:
        _network_checks(t, name, ground, text, graphic)
    for given, tint in tones.items():
        graphic(f"other-region tab for {hexed(given)}", t.band_mark(given), ("actor box", t.paper))
        text("region name", t.muted_ink, (f"band {hexed(given)} as {tint}", tint))
    return found


def _network_checks(t: Theme, name: str, ground: Colour, text: _Add, graphic: _Add) -> None:
    """Actors and routes on one band (or the canvas). Actors of other stages are drawn at an opacity;
    their state marks (removed, selected, focused) at full strength. Routes drawn faint (unchanged
    after a change, or away from the stage in focus) take the idle colour; changes keep theirs."""
    ground_ = (name, ground)
    for role, opacity in (("", 1.0), (", earlier stage", t.context_opacity), (", stage to come", t.ghost_opacity)):
        box = over(t.paper, opacity, ground)
        text(f"actor name{role}", over(t.ink, opacity, box), ("its box", box))
        graphic(f"actor outline{role}", over(t.node_edge, opacity, ground), ground_)
        waiting_box = over(t.paper, opacity * t.waiting_fill_alpha / 255, ground)
        graphic(f"waiting entrant outline{role}", over(t.waiting_ink, opacity, ground), ground_)
        text(f"waiting entrant name{role}", over(t.waiting_ink, opacity, waiting_box), ("its box", waiting_box))
    graphic("selected actor outline", t.accent, ground_)
    graphic("actor focus ring", t.focus, ground_)
    graphic("removed actor outline", t.warning, ground_)
    graphic("removed actor cross", t.warning, ("removed box", t.removed_fill))
    graphic("stopping set ring (policy lab)", t.stopping_ring, ground_)
    text("removed actor name", t.muted_ink, ("removed box", t.removed_fill))
    for route, colour in (("route", t.route), ("gained route", t.accent), ("lost route", t.warning), ("idle or faint route", t.route_idle)):
        graphic(route, colour, ground_)
    label_box = over(t.paper, t.label_box_alpha / 255, ground)
    text("gain label", t.accent, ("its box", label_box))
    text("loss label", t.warning_text, ("its box", label_box))
