"""How the model's numbers are written for the learner, so that the network, the panels, the impact
strip and the command line print the same number the same way.

The decimal and group separators are the interface language's (``set_separators``, called by
ui/language.py from ``QLocale``): English and Spanish by the es_MX locale write "1,234.5"; a locale such as
es_ES would write "1.234,5". The command line's JSON never goes through here.
"""

from __future__ import annotations

import math

MINUS = "\u2212"
DASH = "\u2013"

_separators = (".", ",")  # decimal, group


def set_separators(decimal: str = ".", group: str = ",") -> None:
    """Write numbers with these separators from now on (the defaults: English)."""
    global _separators
    _separators = (decimal, group)


def _local(text: str) -> str:
    """``text`` as Python formats it ("1,234.5") with the current separators."""
    decimal, group = _separators
    if (decimal, group) == (".", ","):
        return text
    return "".join(decimal if c == "." else group if c == "," else c for c in text)


def format_amount(value: float) -> str:
    """A monthly flow as the learner reads it: whole units from 10 up, one decimal below."""
    if abs(value) >= 9.95:
        return _local(f"{value:,.0f}").replace("-", MINUS)
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return "0" if text in {"-0", ""} else _local(text).replace("-", MINUS)


def format_delta(value: float) -> str:
    """A change in flow with its sign always written: "+12", "−30"."""
    text = format_amount(abs(value))
    return f"+{text}" if value >= 0 else f"{MINUS}{text}"


def format_share(share: float, decimals: int = 0) -> str:
    """A share of the baseline as a percentage, whole unless asked ("–" when there is nothing to compare with)."""
    if not math.isfinite(share):
        return DASH
    return f"{_local(f'{share * 100:.{decimals}f}')}%"


def format_index(value: float) -> str:
    """The price index with two decimals: "1.31"."""
    return _local(f"{value:.2f}")
