"""Actor colours as the map draws them: ground over the land, and table swatches alike.

An actor's ground is drawn in its colour at the territory's fill opacity over
the basemap's land (:data:`LAND`); :func:`as_drawn` gives that colour, so two
actors' colours can be compared as the map shows them, not as written in
``actors.csv`` (the tests hold every bundled theatre to a CIEDE2000 difference
of at least 15, measured with coloraide).  The diff pages' hatched ground
draws each actor's stripes in :func:`stripe_color` (its colour as drawn over
the hatch's ground), and the gained/lost tables of the diff pages and the
index show that colour (:func:`stripe_swatch`): one colour per actor, the same
in the table and on the map.
"""

from __future__ import annotations

__all__ = [
    "CONTEXT_FILL",
    "CONTEXT_LINE",
    "HATCH_BACK",
    "LAND",
    "as_drawn",
    "hex_rgb",
    "rgb_hex",
    "stripe_color",
    "stripe_swatch",
]

#: the basemap's land fill (``_maps._COUNTRY_STYLE``), under every actor's ground
LAND = "#efece4"
#: fill and outline opacity of the diff pages' territory at the period's end (drawn for context)
CONTEXT_FILL, CONTEXT_LINE = 0.16, 0.35
#: the diff pages' hatch: its ground (white at this opacity, over the land), under the stripes
HATCH_BACK, HATCH_BACK_FILL = "#ffffff", 0.55
#: the opacity of a hatch's stripes (gainer's and loser's alike) over the hatch's ground
STRIPE_FILL = 0.9


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


def ink_on(color: str) -> str:
    """Black or white, whichever reads on ``color`` (a safe ``#rrggbb``): a number on a disc."""
    r, g, b = hex_rgb(color)
    return "#000000" if 0.2126 * r + 0.7152 * g + 0.0722 * b > 150 else "#ffffff"


def as_drawn(color: str, opacity: float, under: str = LAND) -> tuple[float, float, float]:
    """The sRGB colour (0–255) of ``color`` drawn at ``opacity`` over ``under``."""
    top, bottom = hex_rgb(color), hex_rgb(under)
    return tuple(opacity * t + (1.0 - opacity) * b for t, b in zip(top, bottom, strict=True))


def rgb_hex(rgb: tuple[float, float, float]) -> str:
    """(r, g, b) in 0–255 (rounded) → ``#rrggbb``.

    >>> rgb_hex((227, 26.4, 27.6))
    '#e31a1c'
    """
    return "#" + "".join(f"{min(max(round(v), 0), 255):02x}" for v in rgb)


def stripe_color(color: str) -> str:
    """``#rrggbb`` of an actor's stripes on the diff map: ``color`` over the hatch's ground.

    The hatch draws its stripes in this colour, and the tables' swatches show it.

    >>> stripe_color("#222222"), stripe_color("#e31a1c")
    ('#373737', '#e53031')
    """
    ground = rgb_hex(as_drawn(HATCH_BACK, HATCH_BACK_FILL))
    return rgb_hex(as_drawn(color, STRIPE_FILL, under=ground))


def stripe_swatch(color: str) -> str:
    """A table swatch's inline CSS: ``color`` as the diff map's stripes draw it."""
    c = stripe_color(color)
    return f"background-color:{c};border-color:{c}"
