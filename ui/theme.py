"""Every colour of the app, and the stylesheet and palette made from them: nothing else in ``ui`` names a colour.

A ``Theme`` is one colour profile: ``STANDARD``, ``PROJECTOR`` (high contrast, for a washed-out
projected picture) and ``DARK``. The network, the chart, the panels, the stylesheet and the
application's palette all read their colours from the current theme (``current``), so that a dark
system palette never leaves the app's text white on its white panels. A region band keeps the hue the
scenario's vocabulary gives it, in the theme's own tone (``band_tone``), so that every scenario's
bands keep the contrast the theme promises. The signal colours are from the Okabe-Ito palette,
distinguishable with every common colour-vision deficiency; every state also has a cue that is not
colour (a line style, a pattern or a label).

``ui.contrast`` lists what is drawn on what, and tests/ui/test_profiles.py checks that every pair
reaches WCAG's 4.5:1 for text and 3:1 for graphics in every profile.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from functools import cache
from importlib import resources
from string import Template

from PySide6.QtGui import QColor, QPalette

from ui.contrast import tone


@dataclass(frozen=True)
class Theme:
    name: str
    dark: bool = False
    # text and surfaces
    ink: str = "#1d2731"
    muted_ink: str = "#56636f"
    soft_ink: str = "#3d4a56"
    unseen_ink: str = "#56636f"
    disabled_ink: str = "#9aa5b0"
    paper: str = "#ffffff"
    canvas: str = "#fbfcfd"
    chrome: str = "#f3f5f7"
    rule: str = "#d5dbe1"
    hover: str = "#e2e8ee"
    selected: str = "#d6e6f3"
    strip: str = "#f7f9fb"
    button_edge: str = "#8a9bab"
    # signals
    accent: str = "#0072B2"  # gained, selected, primary
    accent_dark: str = "#005a8c"
    accent_soft: str = "#eef4f9"
    accent_light: str = "#e3f1fa"
    on_accent: str = "#ffffff"  # a label on an accent fill
    link: str = "#005f96"
    focus: str = "#0060a0"  # the focus ring, around every control and actor
    progress: str = "#a8d3ec"
    warning: str = "#D55E00"  # lost, removed: lines and marks
    warning_text: str = "#a84a00"  # lost, as words (the vermilion itself is too light for text)
    warning_dark: str = "#8a3c00"
    danger: str = "#b04e00"  # the Remove button's fill
    danger_hover: str = "#923f00"
    on_warning: str = "#ffffff"
    warning_soft: str = "#fbebe1"
    # the network
    route: str = "#51606e"
    route_idle: str = "#76828e"  # a route that carries nothing; also every route drawn faint
    node_edge: str = "#34495e"
    waiting_ink: str = "#2c3844"  # an entrant not in the trade yet: its dashed outline and italic name
    removed_fill: str = "#eceff1"
    marker: str = "#1d2731"
    band_palette: tuple[str, ...] = ("#f7efe3", "#f1eef6", "#eaf3e6", "#eeeeee", "#e6eef7", "#f3f0e6")
    band_luminance: tuple[float, float] = (0.8, 0.9)  # a region's colour is held in this band of luminance...
    band_saturation: float = 0.6  # ...and at most this saturation (HLS)
    mark_luminance: float = 0.2  # the tab of an actor from another region: its region's hue, this light
    context_opacity: float = 0.75  # actors of stages already seen
    ghost_opacity: float = 0.72  # actors of stages to come that a change sent flow to
    waiting_fill_alpha: int = 140  # an entrant not in the trade yet: its box lets the band show through
    label_box_alpha: int = 235  # the box behind a route's change label
    # the chart
    supply: str = "#0072B2"
    price: str = "#D55E00"
    baseline: str = "#5d6b78"
    month: str = "#1d2731"
    # the policy lab: one colour a plan (Okabe-Ito, told apart with every common colour-vision
    # deficiency), and the ring around the smallest stopping set on the network (a purple that is
    # neither a plan's colour nor the orange of "removed": the set's actors are still there)
    lab_plans: tuple[str, ...] = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
    stopping_ring: str = "#7b3294"
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

    def band_tone(self, given: str) -> str:
        """A region's colour as this theme draws its band: its hue, the theme's lightness."""
        return tone(given, self.band_luminance, self.band_saturation)

    def band_mark(self, given: str) -> str:
        """A region's colour as a small mark on an actor's box (the tab of an actor from another region)."""
        return tone(given, (self.mark_luminance, self.mark_luminance), 0.55)

    def band_colour(self, index: int, given: str | None) -> str:
        """The colour a region band is given: the scenario's own, else the theme palette's, in turn."""
        return given if given and QColor.isValidColorName(given) else self.band_palette[index % len(self.band_palette)]

    def lab_plan(self, index: int) -> str:
        """The policy lab's colour for its plan number ``index`` (0-based)."""
        return self.lab_plans[index % len(self.lab_plans)]

    def band(self, index: int, given: str | None) -> QColor:
        """A region band's tint (see ``band_colour`` and ``band_tone``)."""
        return QColor(self.band_tone(self.band_colour(index, given)))


STANDARD = Theme("standard")

# For a projector: black text, stronger lines and outlines, deeper signal colours; tints a washed-out
# picture still shows; earlier stages faded less.
PROJECTOR = replace(
    STANDARD,
    name="projector",
    ink="#000000",
    muted_ink="#38434e",
    soft_ink="#1d2731",
    unseen_ink="#434e59",
    disabled_ink="#7f8a95",
    canvas="#ffffff",
    chrome="#eef1f4",
    rule="#8995a1",
    hover="#dbe3ea",
    selected="#c8def1",
    strip="#f5f7f9",
    button_edge="#4f5b67",
    accent="#005a9c",
    accent_dark="#00457a",
    accent_soft="#e6f0f8",
    accent_light="#d8eaf7",
    link="#004a80",
    focus="#004a80",
    progress="#8cc3e6",
    warning="#c25400",
    warning_text="#953f00",
    warning_dark="#6e2f00",
    danger="#953f00",
    danger_hover="#7a3300",
    route="#2e3b47",
    route_idle="#5e6a76",
    node_edge="#101820",
    waiting_ink="#2e3a46",
    band_palette=("#f6e7d2", "#ebe4f5", "#dfeed8", "#e6e6e6", "#dbe7f5", "#efead7"),
    band_luminance=(0.76, 0.84),
    band_saturation=0.65,
    mark_luminance=0.15,
    context_opacity=0.8,
    ghost_opacity=0.78,
    supply="#005a9c",
    price="#c25400",
    baseline="#38434e",
    month="#000000",
    myth_edge="#c99a63",
    myth_mark="#b87a00",
    quiz_edge="#8fb0cc",
    preset_edge="#86b593",
    view_edge="#9d92c4",
    view_mark="#4b3cad",
)

# Light text on dark surfaces; the signal colours are the Okabe-Ito sky blue and orange, with dark labels
# on their fills.
DARK = Theme(
    "dark",
    dark=True,
    ink="#e6ebf0",
    muted_ink="#a9b5c1",
    soft_ink="#c9d2db",
    unseen_ink="#97a4b1",
    disabled_ink="#66717c",
    paper="#161b21",
    canvas="#12161b",
    chrome="#1e252d",
    rule="#3a4550",
    hover="#2a333d",
    selected="#1f3a52",
    strip="#1a2027",
    button_edge="#6f7d8a",
    accent="#56b4e9",
    accent_dark="#86c9ef",
    accent_soft="#1b2c3a",
    accent_light="#1c3547",
    on_accent="#0b1117",
    link="#7cc4ee",
    focus="#f0e442",
    progress="#2d6a91",
    warning="#f08a3c",
    warning_text="#f5a468",
    warning_dark="#c46a24",
    danger="#f08a3c",
    danger_hover="#f5a468",
    on_warning="#0b1117",
    warning_soft="#3a2517",
    route="#a7b4c1",
    route_idle="#7d8996",
    node_edge="#b8c5d2",
    waiting_ink="#c3ced9",
    removed_fill="#2b2f34",
    marker="#e6ebf0",
    band_palette=("#3a3224", "#342f3d", "#2c3829", "#333333", "#2a3340", "#37342a"),
    band_luminance=(0.028, 0.036),
    band_saturation=0.3,
    mark_luminance=0.4,
    context_opacity=0.7,
    ghost_opacity=0.66,
    supply="#56b4e9",
    price="#f08a3c",
    baseline="#a9b5c1",
    month="#e6ebf0",
    fact_fill="#1c232a",
    myth_fill="#2a2219",
    myth_edge="#6b5233",
    myth_mark="#e69f00",
    stopping_ring="#c9a0dc",
    quiz_fill="#1b2530",
    quiz_edge="#3a536a",
    preset_fill="#1b2720",
    preset_edge="#3b5e45",
    view_fill="#221f2e",
    view_edge="#4d4668",
    view_mark="#a898e8",
)

PROFILES: dict[str, Theme] = {t.name: t for t in (STANDARD, PROJECTOR, DARK)}

_current = STANDARD


def current() -> Theme:
    return _current


def profile(name: str | None) -> Theme:
    """The profile of that name; the standard one for None or a name the app does not know."""
    return PROFILES.get(name or "", STANDARD)


def set_current(theme: Theme) -> None:
    """Make ``theme`` the one every part of the app draws with, and the application's palette."""
    global _current
    _current = theme
    from PySide6.QtWidgets import QApplication

    if isinstance(app := QApplication.instance(), QApplication):
        app.setPalette(palette(theme))


def palette(theme: Theme) -> QPalette:
    """The application's palette in the theme's colours: text, bases, buttons, links, highlights and
    tooltips, so that nothing is left to the system's palette (a dark one would give white on white)."""
    roles = QPalette.ColorRole
    colours = {
        roles.Window: theme.paper,
        roles.WindowText: theme.ink,
        roles.Base: theme.paper,
        roles.AlternateBase: theme.chrome,
        roles.Text: theme.ink,
        roles.PlaceholderText: theme.muted_ink,
        roles.Button: theme.chrome,
        roles.ButtonText: theme.ink,
        roles.BrightText: theme.on_warning,
        roles.Highlight: theme.accent,
        roles.HighlightedText: theme.on_accent,
        roles.Link: theme.link,
        roles.LinkVisited: theme.link,
        roles.ToolTipBase: theme.paper,
        roles.ToolTipText: theme.ink,
        roles.Light: theme.hover if theme.dark else theme.paper,
        roles.Midlight: theme.rule,
        roles.Mid: theme.button_edge,
        roles.Dark: theme.button_edge,
        roles.Shadow: theme.canvas if theme.dark else theme.soft_ink,
    }
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled_ink))
    return result


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
