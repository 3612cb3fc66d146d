"""The PySide6 explorer: widgets that read model results and draw them; nothing here solves anything.

This module holds how model numbers are written for the learner, so that the network, the panels
and the impact strip print the same number the same way.
"""

from __future__ import annotations

MINUS = "\u2212"


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


def format_share(share: float) -> str:
    """A share of the baseline as a whole percentage."""
    if share != share or share == float("inf"):  # NaN or infinite: nothing to compare with
        return "\u2013"
    return f"{share * 100:.0f}%"
