"""How the model's numbers are written for the learner, so that the network, the panels, the impact
strip and the command line print the same number the same way."""

from __future__ import annotations

import math

MINUS = "\u2212"
DASH = "\u2013"


def format_amount(value: float) -> str:
    """A monthly flow as the learner reads it: whole units from 10 up, one decimal below."""
    if abs(value) >= 9.95:
        return f"{value:,.0f}".replace("-", MINUS)
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else text.replace("-", MINUS)


def format_delta(value: float) -> str:
    """A change in flow with its sign always written: "+12", "−30"."""
    text = format_amount(abs(value))
    return f"+{text}" if value >= 0 else f"{MINUS}{text}"


def format_share(share: float, decimals: int = 0) -> str:
    """A share of the baseline as a percentage, whole unless asked ("–" when there is nothing to compare with)."""
    if not math.isfinite(share):
        return DASH
    return f"{share * 100:.{decimals}f}%"


def format_index(value: float) -> str:
    """The price index with two decimals: "1.31"."""
    return f"{value:.2f}"
