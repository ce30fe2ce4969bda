"""Actor colours as the map draws them: ground over the land, and table swatches alike.

An actor's ground is drawn in its colour at the territory's fill opacity over
the basemap's land (:data:`LAND`); :func:`as_drawn` gives that colour, so two
actors' colours can be compared as the map shows them, not as written in
``actors.csv`` (the tests hold every bundled theatre to a CIEDE2000 difference
of at least 15, measured with coloraide).  The diff pages' and the index's
table swatches are drawn as the faint ground they stand for
(:func:`context_swatch`).
"""

from __future__ import annotations

__all__ = [
    "CONTEXT_FILL",
    "CONTEXT_LINE",
    "LAND",
    "as_drawn",
    "context_swatch",
    "hex_rgb",
    "swatch_style",
]

#: the basemap's land fill (``_maps._COUNTRY_STYLE``), under every actor's ground
LAND = "#efece4"
#: fill and outline opacity of the diff pages' territory at the period's end (drawn for context)
CONTEXT_FILL, CONTEXT_LINE = 0.16, 0.35


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
