"""How a picture looks with the commonest colour-vision deficiencies, and how far apart two colours look.

``simulate`` turns an RGB picture (a numpy array, 0-255) into what a viewer with protanopia or
deuteranopia sees (Machado, Oliveira & Fernandes 2009, severity 1.0, applied to linear light), or into
greyscale (WCAG's relative luminance, as a black-and-white printout or a washed-out projector gives).
``distance`` is CIE76 Delta E between colours: about 2 is barely noticeable, 10 plainly different.

Used by tests/ui/test_colour_vision.py (every state of the legend stays distinguishable in every
profile and simulation) and benchmarks/colour_vision.py (the screenshots, simulated, with figures).
Qt-free; numpy only, imported by no part of the running app.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

Picture = NDArray[np.float64]

VISIONS = ("normal", "protanopia", "deuteranopia", "greyscale")

# Machado et al. 2009, "A physiologically-based model for simulation of color vision deficiency", severity 1.0.
_MACHADO = {
    "protanopia": np.array(
        [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    ),
    "deuteranopia": np.array(
        [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    ),
}
_LUMINANCE = np.array([0.2126, 0.7152, 0.0722])
_SRGB_TO_XYZ = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]])
_WHITE = _SRGB_TO_XYZ.sum(axis=1)  # D65


def to_linear(picture: Picture) -> Picture:
    c = np.asarray(picture, dtype=np.float64) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def from_linear(linear: Picture) -> Picture:
    c = np.clip(linear, 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1 / 2.4) - 0.055) * 255.0


def simulate(picture: Picture, vision: str) -> Picture:
    """``picture`` (..., 3) in sRGB 0-255, as seen with ``vision`` (one of ``VISIONS``)."""
    if vision == "normal":
        return np.asarray(picture, dtype=np.float64)
    linear = to_linear(picture)
    if vision == "greyscale":
        grey = linear @ _LUMINANCE
        return from_linear(np.repeat(grey[..., None], 3, axis=-1))
    if vision not in _MACHADO:
        raise ValueError(f"unknown vision {vision!r}; expected one of {', '.join(VISIONS)}")
    return from_linear(linear @ _MACHADO[vision].T)


def lab(picture: Picture) -> Picture:
    """CIELAB (D65) of an sRGB picture, 0-255."""
    xyz = (to_linear(picture) @ _SRGB_TO_XYZ.T) / _WHITE
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1)


def distance(a: Picture, b: Picture) -> Picture:
    """CIE76 Delta E between two sRGB pictures (or colours) of the same shape."""
    return np.asarray(np.linalg.norm(lab(a) - lab(b), axis=-1), dtype=np.float64)


def hex_rgb(colour: str) -> Picture:
    text = colour.lstrip("#")
    return np.array([int(text[i : i + 2], 16) for i in (0, 2, 4)], dtype=np.float64)


def differing_share(a: Picture, b: Picture, vision: str, threshold: float = 10.0) -> float:
    """Of the pixels drawn in either of two samples on the same ground (their top-left pixel), the share
    that look plainly different (Delta E over ``threshold``) to a viewer with ``vision``: how much of a
    state's look survives without its colour (a dashed line against a solid one: its gaps)."""
    seen_a, seen_b = simulate(a, vision), simulate(b, vision)
    drawn = (distance(seen_a, seen_a[0, 0]) > threshold) | (distance(seen_b, seen_b[0, 0]) > threshold)
    if not drawn.any():
        return 0.0
    return float(np.mean((distance(seen_a, seen_b) > threshold)[drawn]))
