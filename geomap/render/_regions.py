"""Regions and fronts on the pages: the front line and region outlines on date maps, and a
per-region table with a choropleth of gains on the index.

Duck-typed on the map source: a source with ``front(date)`` gets its front line
drawn; a source whose ``regions`` is not None (``names``, ``geoms``) and whose
``ledger`` takes ``regions=True`` gets the region outlines (an optional layer)
and the index section.  Everything else is left as it was.  All text is
escaped; the choropleth is an inline SVG (no script, no network).
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np
import shapely
from shapely.ops import polylabel

from geomap.render._escape import format_km2, html_text, safe_color
from geomap.render._geometry import display_lines

__all__ = ["map_line_groups", "region_group", "region_section_html", "choropleth_svg"]

_FRONT_STYLE = {"color": "#111111", "weight": 3, "opacity": 0.9, "dashArray": "6 4"}
_REGION_STYLE = {"color": "#6a5acd", "weight": 1.2, "opacity": 0.7}


def _lines(geom: Any, tolerance: float, decimals: int) -> list[list[str]] | None:
    """A line geometry simplified for display, in ``encode_lines``' compact encoding (or None)."""
    return display_lines([geom], tolerance, decimals)[0]


def map_line_groups(source: Any, day: _dt.date, fr: Any) -> list[Any]:
    """The line groups of a date map: the front on ``day``, the regions' outlines (if any)."""
    groups = []
    front = getattr(source, "front", None)
    if callable(front):
        lines = front(day)
        if len(lines):
            drawn = []
            for row in lines.itertuples():
                tip = (
                    f"Front: {html_text(getattr(row, 'name_a', row.actor_a))} | "
                    f"{html_text(getattr(row, 'name_b', row.actor_b))}<br>"
                    f"{html_text(f'{row.length_km:,.0f}')} km (geodesic) on {day.isoformat()}"
                )
                enc = _lines(row.geometry, fr.tolerance, fr.decimals)
                if enc:
                    drawn.append([tip, enc])
            groups.append(("front line", _FRONT_STYLE, drawn))
    regions = region_group(source, fr)
    if regions is not None:
        groups.append(regions)
    return groups


def region_group(source: Any, fr: Any) -> tuple[str, dict[str, Any], list[Any]] | None:
    """The regions' outlines as a line group (None: the source has no regions)."""
    regions = getattr(source, "regions", None)
    if regions is None or not len(regions):
        return None
    drawn = []
    for name, geom in zip(regions.names, regions.geoms, strict=True):
        enc = _lines(shapely.boundary(geom), fr.tolerance, fr.decimals)
        if enc:
            drawn.append([html_text(name), enc])
    return ("regions", _REGION_STYLE, drawn)


# ----------------------------------------------------------------------------- index
def choropleth_svg(
    names: list[str],
    geoms: Any,
    values: list[float],
    *,
    color: str,
    title: str,
    width: int = 520,
) -> str:
    """Regions shaded by a value (km²), as an inline SVG string.

    Display only: an equirectangular view scaled by the cosine of the middle
    latitude, outlines simplified to about a pixel.  ``names`` and ``title``
    are untrusted (escaped here); ``color`` passes :func:`safe_color`.
    """
    color = safe_color(color)
    geoms = np.asarray(geoms, dtype=object)
    minx, miny, maxx, maxy = shapely.total_bounds(geoms)
    k = float(np.cos(np.radians((miny + maxy) / 2)))
    span_x, span_y = max((maxx - minx) * k, 1e-9), max(maxy - miny, 1e-9)
    scale = (width - 20) / span_x
    height = int(span_y * scale + 20)
    tol = 1.0 / scale
    vmax = max([v for v in values if v > 0] + [0.0])

    def to_px(x: Any, y: Any) -> tuple[Any, Any]:
        return 10 + (x - minx) * k * scale, 10 + (maxy - y) * scale

    labels, key = _region_labels(names, geoms, to_px)
    key_lines = _wrap(key, width - 20)
    total = height + 30 + 16 * len(key_lines)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{total}" '
        f'viewBox="0 0 {width} {total}" role="img" aria-label="{html_text(title)}">'
        f"<title>{html_text(title)}</title>"
    ]
    for name, geom, value in zip(names, geoms, values, strict=True):
        g = shapely.simplify(geom, tol)
        paths = []
        for ring in shapely.get_rings(shapely.get_parts(g)):
            xy = shapely.get_coordinates(ring)
            if len(xy) < 4:
                continue
            px, py = to_px(xy[:, 0], xy[:, 1])
            paths.append(
                "M" + "L".join(f"{a:.1f},{b:.1f}" for a, b in zip(px, py, strict=True)) + "Z"
            )
        if not paths:
            continue
        share = value / vmax if vmax > 0 and value > 0 else 0.0
        fill = color if share > 0 else "#ffffff"
        opacity = 0.15 + 0.85 * share if share > 0 else 1.0
        out.append(
            f'<path d="{"".join(paths)}" fill="{fill}" fill-opacity="{opacity:.2f}" '
            f'fill-rule="evenodd" stroke="#555" stroke-width="0.6">'
            f"<title>{html_text(name)}: {html_text(format_km2(value))}</title></path>"
        )
    # the regions' names over the map (white halo, not in the way of the hover titles); a
    # region too small for its name gets a number, named in the key below
    out.append('<g class="gm-region-labels" pointer-events="none" text-anchor="middle">')
    for x, y, label in labels:
        out.append(
            f'<text x="{x:.1f}" y="{y + 4:.1f}" stroke="#fff" stroke-width="3" '
            f'paint-order="stroke" style="font-size:11px">{html_text(label)}</text>'
        )
    out.append("</g>")
    out.append(
        f'<text x="10" y="{height + 20}">{html_text(title)}: darkest = '
        f"{html_text(format_km2(vmax))}</text>"
    )
    for i, line in enumerate(key_lines):
        out.append(f'<text x="10" y="{height + 38 + 16 * i}">{html_text(line)}</text>')
    out.append("</svg>")
    return "".join(out)


#: Width of a character of an 11 px label, in pixels (an estimate, generous for capitals).
_CHAR_PX = 6.4


def _region_labels(
    names: list[str], geoms: Any, to_px: Any
) -> tuple[list[tuple[float, float, str]], list[str]]:
    """``(x, y, text)`` of each region's label and the key's entries (``"1 name"``).

    A label sits on the region's largest part, at its pole of inaccessibility;
    the name when it fits across that part, otherwise a number the key names.
    """
    labels: list[tuple[float, float, str]] = []
    key: list[str] = []
    for name, geom in zip(names, geoms, strict=True):
        if geom is None or shapely.is_empty(geom):
            continue
        parts = shapely.get_parts(geom)
        part = parts[int(np.argmax(shapely.area(parts)))]
        if not isinstance(part, shapely.Polygon):
            continue
        spot = polylabel(part, tolerance=0.01)
        x0, y0, x1, y1 = shapely.bounds(part)
        left, top = to_px(x0, y1)
        right, bottom = to_px(x1, y0)
        x, y = to_px(spot.x, spot.y)
        room = 2 * min(x - left, right - x)  # the label is centred on the spot
        if len(name) * _CHAR_PX <= room and bottom - top >= 16:
            labels.append((float(x), float(y), name))
        else:
            number = str(len(key) + 1)
            key.append(f"{number} {name}")
            labels.append((float(x), float(y), number))
    return labels, key


def _wrap(items: list[str], width_px: float) -> list[str]:
    """``items`` joined with " · " into lines of at most ``width_px`` (at 11 px per label)."""
    lines: list[str] = []
    for item in items:
        if lines and (len(lines[-1]) + 3 + len(item)) * _CHAR_PX * 0.95 <= width_px:
            lines[-1] += " · " + item
        else:
            lines.append(item)
    return lines


def region_section_html(source: Any, start: _dt.date, end: _dt.date) -> str:
    """The index's "Gains per region" section (table and choropleths), or ``""`` without regions."""
    regions = getattr(source, "regions", None)
    if regions is None or not len(regions):
        return ""
    led = source.ledger(by="total", start=start, end=end, regions=True)
    moved = led[(led["gained_km2"] > 0) | (led["lost_km2"] > 0)]
    # land outside every region (the ledger's one region not in the file): always its own
    # rows (what it holds), as the note says
    outside = ~led["region"].isin(list(regions.names))
    shown = led[(led["gained_km2"] > 0) | (led["lost_km2"] > 0) | (outside & (led["held_km2"] > 0))]
    actors = source.actors.reset_index(drop=True)
    colors = dict(zip(actors["id"], actors["color"], strict=True))
    names = dict(zip(actors["id"], actors["name"], strict=True))
    gainers = [a for a in actors["id"] if (moved.loc[moved["actor"] == a, "gained_km2"] > 0).any()]
    parts = [
        f"<h2>Gains per region, {html_text(start.isoformat())} to {html_text(end.isoformat())}</h2>",
        '<p class="muted">From the ledger per region (the same km² as above, cut by the regions; '
        "land outside every region is its own row). "
        f"{html_text(led.attrs.get('assumptions', {}).get('regions', ''))}</p>",
    ]
    for a in gainers:
        mine = led[led["actor"] == a].set_index("region")["gained_km2"]
        values = [float(mine.get(n, 0.0)) for n in regions.names]
        parts.append(
            choropleth_svg(
                list(regions.names),
                regions.geoms,
                values,
                color=colors[a],
                title=f"km² gained by {names[a]}",
            )
        )
    rows = []
    for r in shown.itertuples():
        rows.append(
            f'<tr><td>{html_text(r.region)}</td><td class="gm-who">{html_text(r.actor_name)}</td>'
            f'<td class="n">{html_text(format_km2(r.gained_km2))}</td>'
            f'<td class="n">{html_text(format_km2(r.lost_km2))}</td>'
            f'<td class="n">{html_text(("+" if r.net_km2 > 0 else "") + format_km2(r.net_km2))}</td>'
            f'<td class="n">{html_text(format_km2(r.held_km2))}</td></tr>'
        )
    if moved.empty:
        rows.insert(
            0,
            '<tr><td colspan="6" class="muted">No ground changed hands in this range.</td></tr>',
        )
    parts.append(
        # scrolls sideways on a phone instead of widening the page
        '<div class="gm-wide"><table class="gm-regions"><thead><tr><th>Region</th><th>Actor</th>'
        '<th class="n">Gained</th><th class="n">Lost</th><th class="n">Net</th>'
        '<th class="n">Held at end</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
    return "\n".join(parts)
