"""Every colour of the app, and the stylesheet made from them: nothing else in ``ui`` names a colour.

A ``Theme`` is one colour profile. The network, the chart, the panels and the stylesheet all read
their colours from the current theme; a region band's own colour comes from the scenario's
vocabulary, with the theme's band palette for bands that give none. The signal colours are the
Okabe-Ito palette, distinguishable with every common colour-vision deficiency.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from string import Template

from PySide6.QtGui import QColor


@dataclass(frozen=True)
class Theme:
    name: str
    # text and surfaces
    ink: str = "#1d2731"
    muted_ink: str = "#5d6b78"
    soft_ink: str = "#3d4a56"
    unseen_ink: str = "#6b7885"
    disabled_ink: str = "#9aa5b0"
    paper: str = "#ffffff"
    canvas: str = "#fbfcfd"
    chrome: str = "#f3f5f7"
    rule: str = "#d5dbe1"
    hover: str = "#e2e8ee"
    selected: str = "#d6e6f3"
    strip: str = "#f7f9fb"
    button_edge: str = "#9fb0bf"
    # signals
    accent: str = "#0072B2"  # gained, focus, primary
    accent_dark: str = "#005a8c"
    accent_soft: str = "#eef4f9"
    accent_light: str = "#e3f1fa"
    progress: str = "#a8d3ec"
    warning: str = "#D55E00"  # lost, removed, danger
    warning_dark: str = "#a84a00"
    warning_hover: str = "#b84f00"
    warning_soft: str = "#fbebe1"
    # the network
    route: str = "#51606e"
    route_idle: str = "#a9b3bd"
    node_edge: str = "#34495e"
    removed_fill: str = "#eceff1"
    marker: str = "#1d2731"
    band_palette: tuple[str, ...] = ("#f7efe3", "#f1eef6", "#eaf3e6", "#eeeeee", "#e6eef7", "#f3f0e6")
    # the chart
    supply: str = "#0072B2"
    price: str = "#D55E00"
    baseline: str = "#5d6b78"
    month: str = "#1d2731"
    # the policy lab: one colour a plan (Okabe-Ito, told apart with every common colour-vision
    # deficiency), and the ring around the smallest stopping set on the network
    lab_plans: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
    stopping_ring: str = "#E69F00"
    # cards
    fact_fill: str = "#f7f9fb"
    myth_fill: str = "#fdf6ee"
    myth_edge: str = "#e7c9a6"
    myth_mark: str = "#E69F00"
    quiz_fill: str = "#f4f8fb"
    quiz_edge: str = "#c7d8e6"
    preset_fill: str = "#f3f8f4"
    preset_edge: str = "#bcd8c3"
    view_fill: str = "#f5f3fa"
    view_edge: str = "#cdc6e0"
    view_mark: str = "#6a5acd"

    def qcolor(self, name: str, alpha: int | None = None) -> QColor:
        """A colour of this theme by field name, optionally with an alpha from 0 to 255."""
        color = QColor(getattr(self, name))
        if alpha is not None:
            color.setAlpha(alpha)
        return color

    def lab_plan(self, index: int) -> str:
        """The policy lab's colour for its plan number ``index`` (0-based)."""
        return self.lab_plans[index % len(self.lab_plans)]

    def band(self, index: int, given: str | None) -> QColor:
        """A region band's tint: the scenario's own colour, else the palette's, in turn."""
        return QColor(given) if given else QColor(self.band_palette[index % len(self.band_palette)])


STANDARD = Theme("standard")

_current = STANDARD


def current() -> Theme:
    return _current


@cache
def _template() -> Template:
    return Template(resources.files("resources").joinpath("styles", "explorer.qss").read_text(encoding="utf-8"))


def stylesheet(theme: Theme, scale: float, base_points: float) -> str:
    """The explorer's stylesheet in this theme's colours, with font sizes for the text scale."""
    size = base_points * scale
    values: dict[str, str] = {k: v for k, v in asdict(theme).items() if isinstance(v, str)}
    values["fixed"] = f"{base_points * 1.15:.1f}"
    values.update(
        {name: f"{points:.1f}" for name, points in {"base": size, "title": size * 1.3, "section": size * 1.1, "small": size * 0.9}.items()}
    )
    return _template().substitute(values)
