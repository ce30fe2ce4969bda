"""How far apart two actors' colours look on the map: CIEDE2000 colour differences.

An actor's ground is drawn in its colour at the territory's fill opacity over
the basemap's land (:data:`LAND`), so two colours are compared as the map
shows them (:func:`as_drawn`), not as written in ``actors.csv``.
:func:`closest_pair` gives the two actors of a theatre hardest to tell apart;
the tests hold every bundled theatre to :data:`MIN_DELTA_E`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = [
    "CONTEXT_FILL",
    "CONTEXT_LINE",
    "LAND",
    "MIN_DELTA_E",
    "as_drawn",
    "closest_pair",
    "context_swatch",
    "delta_e_2000",
    "hex_rgb",
    "swatch_style",
]

#: the basemap's land fill (``_maps._COUNTRY_STYLE``), under every actor's ground
LAND = "#efece4"
#: fill and outline opacity of the diff pages' territory at the period's end (drawn for context)
CONTEXT_FILL, CONTEXT_LINE = 0.16, 0.35
#: the least CIEDE2000 difference between two actors' fills as drawn: over 6 times the
#: difference most people just notice side by side (~2.3), so that two patches apart on the
#: map, or a legend swatch and its ground, are not taken for one another
MIN_DELTA_E = 15.0


def hex_rgb(color: str) -> tuple[int, int, int]:
    """``#rrggbb`` or ``#rgb`` → (r, g, b) in 0–255.

    >>> hex_rgb("#e31a1c"), hex_rgb("#222")
    ((227, 26, 28), (34, 34, 34))
    """
    h = color.strip().lstrip("#")
    if len(h) == 3:
        h = "".join(ch * 2 for ch in h)
    if len(h) != 6:
        raise ValueError(f"not a #rrggbb colour: {color!r}")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def as_drawn(color: str, opacity: float, under: str = LAND) -> tuple[float, float, float]:
    """The sRGB colour (0–255) of ``color`` drawn at ``opacity`` over ``under``."""
    top, bottom = hex_rgb(color), hex_rgb(under)
    return tuple(opacity * t + (1.0 - opacity) * b for t, b in zip(top, bottom, strict=True))


def _lab(rgb: Sequence[float]) -> tuple[float, float, float]:
    """sRGB (0–255, D65) → CIE L*a*b*."""

    def linear(v: float) -> float:
        v /= 255.0
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(v) for v in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e_2000(lab1: Sequence[float], lab2: Sequence[float]) -> float:
    """The CIEDE2000 difference of two CIE L*a*b* colours (Sharma, Wu and Dalal, 2005).

    >>> round(delta_e_2000((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)), 4)
    2.0425
    """
    L1, a1, b1 = lab1
    L2, a2, b2 = lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar**7 / (c_bar**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dLp, dCp = L2 - L1, c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    dHp = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    Lp, Cp = (L1 + L2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp = (h1p + h2p) / 2
    else:
        hp = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(hp - 30))
        + 0.24 * math.cos(math.radians(2 * hp))
        + 0.32 * math.cos(math.radians(3 * hp + 6))
        - 0.20 * math.cos(math.radians(4 * hp - 63))
    )
    d_theta = 30 * math.exp(-(((hp - 275) / 25) ** 2))
    rc = 2 * math.sqrt(Cp**7 / (Cp**7 + 25**7))
    sl = 1 + 0.015 * (Lp - 50) ** 2 / math.sqrt(20 + (Lp - 50) ** 2)
    sc = 1 + 0.045 * Cp
    sh = 1 + 0.015 * Cp * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt(
        (dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh)
    )


def closest_pair(colors: dict[str, str], opacity: float) -> tuple[float, str, str]:
    """The two colours (by name) whose fills, as drawn, differ least: (ΔE2000, name, name).

    >>> d, a, b = closest_pair({"red": "#e31a1c", "pink": "#e4191d", "black": "#222"}, 0.5)
    >>> (a, b), d < 1
    (('red', 'pink'), True)
    """
    labs = {name: _lab(as_drawn(col, opacity)) for name, col in colors.items()}
    names = list(labs)
    best = (math.inf, "", "")
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            d = delta_e_2000(labs[a], labs[b])
            if d < best[0]:
                best = (d, a, b)
    return best


def swatch_style(color: str, fill: float, line: float) -> str:
    """Inline CSS of a table swatch drawn as the map draws ``color``'s ground.

    ``fill`` and ``line``: the ground's fill and outline opacity (a swatch
    stronger than its ground reads as another colour).

    >>> swatch_style("#e31a1c", 0.16, 0.35)
    'background-color:rgba(227,26,28,0.16);border-color:rgba(227,26,28,0.35)'
    """
    r, g, b = hex_rgb(color)
    return f"background-color:rgba({r},{g},{b},{fill:g});border-color:rgba({r},{g},{b},{line:g})"


def context_swatch(color: str) -> str:
    """A table swatch's inline CSS: ``color`` as the diff pages draw an actor's ground (faintly)."""
    return swatch_style(color, CONTEXT_FILL, CONTEXT_LINE)
