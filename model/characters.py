"""Which characters scenario text may hold, and how any text is shown safely in messages and terminals.

A scenario is shared between trainers and projected to a class, so its text must show what it says:

- control characters are refused (a line break and a tab are the only ones text may hold): an escape
  sequence such as ``"\\e[2J"`` would clear the terminal that prints it;
- characters that reorder or hide text are refused: bidirectional embeddings, overrides and isolates
  (U+202A-U+202E, U+2066-U+2069), line and paragraph separators, tag characters (which can smuggle
  invisible text), interlinear annotations, deprecated format characters, invisible operators, a byte
  order mark inside text, lone surrogates and noncharacters;
- a text must have at least one visible character: a name made of zero-width spaces or fillers alone
  shows as nothing.

Zero-width joiners and non-joiners, zero-width spaces and the left-to-right and right-to-left marks are
allowed inside text, because Persian, Hindi, Thai, Arabic and emoji sequences need them.

``shown`` and ``terminal_safe`` make any text, valid or not, safe to print: they escape everything that
could act on a terminal (``\\x1b``, ``\\u202e``) and ``shown`` also shortens it.
"""

from __future__ import annotations

import unicodedata
from functools import cache

ALLOWED_CONTROLS = frozenset("\n\t")

_REFUSED_FORMAT = frozenset(
    "\u202a\u202b\u202c\u202d\u202e"  # bidirectional embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # bidirectional isolates
    "\u2061\u2062\u2063\u2064"  # invisible mathematical operators
    "\u206a\u206b\u206c\u206d\u206e\u206f"  # deprecated format characters
    "\ufff9\ufffa\ufffb"  # interlinear annotations
    "\ufeff"  # a byte order mark inside text
    "\u180e"  # Mongolian vowel separator (zero width)
)
_ALLOWED_FORMAT = frozenset("\u200b\u200c\u200d\u2060\u200e\u200f\u061c\u00ad")  # joiners, marks, soft hyphen
# Letters that are drawn as nothing: Hangul fillers and the blank Braille pattern.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_INVISIBLE_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me", "Cs", "Cn"})


@cache
def _refusal(char: str) -> str | None:
    """Why one character may not appear in scenario text, or None when it may."""
    if char in ALLOWED_CONTROLS or char in _ALLOWED_FORMAT:
        return None
    category = unicodedata.category(char)
    code = ord(char)
    if category == "Cc":
        return "a control character"
    if category == "Cs":
        return "a lone surrogate (half of a character)"
    if category in ("Zl", "Zp"):
        return "a line or paragraph separator (use a plain line break)"
    if char in _REFUSED_FORMAT or 0xE0000 <= code <= 0xE007F:
        return "an invisible formatting character that can reorder or hide text"
    if 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE:
        return "a noncharacter"
    return None


def describe(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: a character named so that it can be found in the file."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" {name}" if name else "")


def refused_character(text: str) -> str | None:
    """What is wrong with the first character text may not hold (with its code point), or None."""
    for char in text:
        reason = _refusal(char)
        if reason is not None:
            return f"contains {reason} ({describe(char)})"
    return None


def has_visible_character(text: str) -> bool:
    """At least one character is drawn as something (not only spaces, joiners, marks or fillers)."""
    return any(unicodedata.category(c) not in _INVISIBLE_CATEGORIES and c not in _BLANK_LETTERS for c in text)


def _escaped(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


@cache
def _needs_escape(char: str) -> bool:
    if char in ALLOWED_CONTROLS:
        return False
    if char == "\\":
        return False
    category = unicodedata.category(char)
    if category in ("Cc", "Cs", "Zl", "Zp"):
        return True
    return category == "Cf" and char not in _ALLOWED_FORMAT  # what text may hold prints as written


def terminal_safe(text: str) -> str:
    """The text with every character that could act on a terminal written as an escape (``\\x1b``).

    Line breaks and tabs are kept; so is everything printable in any script."""
    if text.isprintable():  # the common case, and fast: isprintable() is False for any of the others
        return text
    return "".join(_escaped(c) if _needs_escape(c) else c for c in text)


def shown(value: object, limit: int = 60) -> str:
    """A value as a message quotes it: terminal-safe, one line, and at most ``limit`` characters."""
    text = value if isinstance(value, str) else repr(value)
    text = terminal_safe(text).replace("\n", "\\n").replace("\t", "\\t")
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text
