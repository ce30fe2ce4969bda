"""The map of the answer: ground gained and lost by each actor between two dates.

Drawn from ``source.diff(start, end)`` (see :meth:`geomap.Theatre.diff`):
each piece of ground that changed hands is hatched in two colours, wide
stripes of the side that gained it and narrow stripes of the side that lost
it, outlined in the gainer's colour; the territory held at the end is shown
faintly beneath.  The side panel gives each actor's totals (held before,
gained, lost, net, held after) and the places with their km².
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import math
from typing import Any

import folium
import numpy as np
import shapely
from folium.template import Template

from geomap._text import period_text
from geomap.render import _common as c
from geomap.render._colors import (
    CONTEXT_FILL,
    CONTEXT_LINE,
    HATCH_BACK,
    HATCH_BACK_FILL,
    ink_on,
    stripe_color,
    stripe_swatch,
)
from geomap.render._elements import FitView, PageChrome, SafeMacroElement, VectorLayer
from geomap.render._escape import format_km2, html_text, script_json
from geomap.render._geometry import (
    VIEWPORT,
    encode_geometries,
    fit_zoom,
    pixel_km,
    simplify_for_display,
)
from geomap.render._maps import _add_aoi_and_labels, _base_map, _territory_features
from geomap.render._options import MapOptions
from geomap.render._protocol import MapSource

__all__ = [
    "diff_map",
    "diff_page",
    "diff_page_name",
    "answer_period",
    "claim_periods",
    "covered_claim_periods",
    "diff_places",
    "changed_places",
]


def diff_page_name(start: Any, end: Any) -> str:
    """File name of the diff page of a period: made from the dates only."""
    return f"diff-{c.as_date(start).isoformat()}--{c.as_date(end).isoformat()}.html"


def claim_periods(source: Any) -> list[tuple[_dt.date, _dt.date]]:
    """``(start, end)`` of each published claim of the source, in claims order ([] if none)."""
    claims = getattr(source, "claims", None)
    if not callable(claims):
        return []
    table = claims()
    if table is None or not len(table):
        return []
    out = []
    for s, e in zip(table["start"], table["end"], strict=True):
        out.append((c.as_date(s, "claim start"), c.as_date(e, "claim end")))
    return out


def covered_claim_periods(source: Any) -> list[tuple[_dt.date, _dt.date] | None]:
    """Each claim's period (:func:`claim_periods`) as the data covers it: clipped to the data
    when it straddles an edge (the claim's line says so), ``None`` when wholly outside (no
    comparison page; the claim's line says why)."""
    from geomap.errors import DataRangeError

    covered = getattr(source, "covered_range", None)
    out: list[tuple[_dt.date, _dt.date] | None] = []
    for s, e in claim_periods(source):
        if not callable(covered):  # a source that keeps no data span: the periods as given
            out.append((s, e))
            continue
        try:
            lo, hi, _notes = covered(s, e)
        except DataRangeError:
            out.append(None)
        else:
            out.append((c.as_date(lo, "claim start"), c.as_date(hi, "claim end")))
    return out


def _period_claims(source: Any, start: _dt.date, end: _dt.date) -> list[str]:
    """The index's line of each published claim for exactly this period, escaped ([] if none).

    From ``source.claims_headline`` (the verdict and, when part of the model's
    gain rests on claimed or disputed events, the gain on confirmed events
    alone): its first lines are the claims', in claims order, as on the index.
    """
    periods = covered_claim_periods(source)
    lines = getattr(source, "claims_headline", None)
    if not callable(lines) or (start, end) not in periods:
        return []
    text = [str(x) for x in lines(range_note="once")]
    return [html_text(t) for t, p in zip(text, periods, strict=False) if p == (start, end)]


def answer_period(source: Any, dates: list[_dt.date]) -> tuple[tuple[_dt.date, _dt.date], str]:
    """The period the index opens with, and why.

    The period most of the theatre's claims share, as the data covers it (the earliest such
    on a tie; a claim wholly outside the data counts for none); without such claims, the first
    to the last map date.
    """
    periods = [p for p in covered_claim_periods(source) if p is not None]
    if periods:
        counts: dict[tuple[_dt.date, _dt.date], int] = {}
        for p in periods:
            counts[p] = counts.get(p, 0) + 1
        best = max(counts, key=lambda p: (counts[p], -p[0].toordinal(), p[1].toordinal()))
        n = counts[best]
        why = f"the period of {n} of the {len(periods)} published claim{'s' * (len(periods) != 1)}"
        return best, why
    return (dates[0], dates[-1]), "the whole range of the maps"


def _slot(i: int) -> str:
    return "u" if i < 0 else str(i)


#: a changed piece smaller than this on screen (pixels across, at the page's opening zoom) gets
#: a marker with its km²: a gain or loss never goes unseen
SMALL_PX = 12.0
#: pixels the diff page's opening view keeps clear: (left, top) and (right, bottom) (the side panel)
PAD_TOP_LEFT, PAD_BOTTOM_RIGHT = (12, 12), (352, 12)


class SmallChanges(SafeMacroElement):
    """A ring and a km² label on each piece of changed ground too small to see at the opening zoom.

    Parameters
    ----------
    items : list of [lat, lon, color, label_html]
        ``color`` the gainer's (a safe ``#rrggbb``), ``label_html`` escaped by the caller.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            {{ this.items_json }}.forEach(function (e) {
                var ring = L.circleMarker([e[0], e[1]], {radius: 9, weight: 2.5, color: e[2],
                        opacity: 1, fill: false, dashArray: "4 3", className: "gm-small-change gm-obstacle",
                        pane: "gmEvents", interactive: false})
                    .bindTooltip(e[3], {permanent: true, interactive: false, direction: "right",
                        offset: [10, 0], className: "gm-label gm-event-label"})
                    .addTo(map);
                geomap.register(map, ring.getTooltip(), 0);
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, items: list[list[Any]]):
        super().__init__()
        self._name = "SmallChanges"
        self.items_json = script_json(items)


def _small(diff: Any, bounds: list[list[float]]) -> tuple[np.ndarray, np.ndarray]:
    """Which pieces of ``diff`` are under :data:`SMALL_PX` across at the zoom that fits
    ``bounds`` (see :func:`small_changes`; an empty piece is not small), and each piece's
    point on its surface."""
    (s, w), (n, e) = bounds
    room = (
        VIEWPORT[0] - PAD_TOP_LEFT[0] - PAD_BOTTOM_RIGHT[0],
        VIEWPORT[1] - PAD_TOP_LEFT[1] - PAD_BOTTOM_RIGHT[1],
    )
    zoom = fit_zoom((w, s, e, n), viewport=room)
    geoms = np.asarray(diff.geometry.values)
    out = np.zeros(len(geoms), dtype=bool)
    spots = shapely.point_on_surface(geoms)
    for k, area in enumerate(c.column(diff, "area_km2")):
        if shapely.is_empty(geoms[k]) or shapely.is_empty(spots[k]):
            continue
        km2 = max(c.number(area) or 0.0, 0.0)
        out[k] = math.sqrt(km2) / pixel_km(zoom, float(spots[k].y)) < SMALL_PX
    return out, spots


def small_changes(diff: Any, actors: c.Actors, bounds: list[list[float]]) -> list[list[Any]]:
    """``[lat, lon, color, label_html]`` of each changed piece under :data:`SMALL_PX` across.

    A piece's size on screen is the side of a square of its area
    (``sqrt(area_km2)`` over the km a pixel spans at its latitude, so a long
    thin sliver is as small as its area), at the zoom that fits ``bounds``
    (``[[s, w], [n, e]]``, the page's opening view) in the usual viewport less
    the view's padding; the label is the place (if any) with its number in the
    side panel's list, and the km², escaped ("12. al-Waer: 13 km²").
    """
    items: list[list[Any]] = []
    small, spots = _small(diff, bounds)
    if not small.any():
        return items
    numbers = _place_numbers(diff)
    for k, (dst, name, area) in enumerate(
        zip(
            c.column(diff, "to_actor", ""),
            c.column(diff, "place_name", ""),
            c.column(diff, "area_km2"),
            strict=True,
        )
    ):
        if not small[k]:
            continue
        pt = spots[k]
        label = c.text(name)
        text = f"{numbers[label]}. {label}: {format_km2(area)}" if label else format_km2(area)
        items.append(
            [
                round(float(pt.y), 5),
                round(float(pt.x), 5),
                actors.color(actors.idx(dst)),
                html_text(text),
            ]
        )
    return items


class ChangedPlaces(SafeMacroElement):
    """A numbered disc in the gainer's colour and a bold label on each place that changed hands.

    The number is the place's in the side panel's list ("12 places changed hands", largest
    first), so a dot whose label finds no room is still named there.

    Parameters
    ----------
    items : list of [lat, lon, color, ink, label_html, number, entry_html]
        ``color`` the gainer's and ``ink`` the number's (safe ``#rrggbb``), ``label_html``
        escaped by the caller ("4. Jabal al-Abtar": the number too, so a label beside two
        discs says whose it is), ``number`` an int, ``entry_html`` (escaped) the disc's popup:
        its entry in the side panel's list.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var discs = [];
            {{ this.items_json }}.forEach(function (e) {
                // a tap on a disc names its place (it fell through to the ground under it)
                var dot = geomap.numbered([e[0], e[1]], e[5], e[2], e[3], "gm-changed-num")
                    .bindPopup(e[6], {maxWidth: 340, className: "gm-popup"})
                    .bindTooltip(e[4], {permanent: true, interactive: false, direction: "right",
                        offset: [10, 0], className: "gm-label gm-event-label"})
                    .addTo(map);
                geomap.register(map, dot.getTooltip(), 0);
                discs.push(dot);
            });
            // two places a few pixels apart: the later disc moves out, a leader line to its place
            geomap.spread(map, discs, "changed");
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, items: list[list[Any]]):
        super().__init__()
        self._name = "ChangedPlaces"
        self.items_json = script_json(items)


@dataclasses.dataclass
class _Place:
    """A named place of a diff, as :func:`changed_places` gathers its pieces."""

    pid: str
    largest: Any  # its largest piece
    largest_km2: float
    gains: dict[str, float] = dataclasses.field(default_factory=dict)  # km² by gainer
    small: bool = False  # a piece of it is under SMALL_PX (ringed by small_changes)


def changed_places(
    diff: Any, places: Any, actors: c.Actors, bounds: list[list[float]]
) -> list[list[Any]]:
    """``[lat, lon, color, ink, label_html, number, entry_html]`` of each named place that
    changed hands, largest first; ``entry_html`` its side panel entry ("9. name: km² (from →
    to)"), shown when its disc is tapped.

    At the place's point (its gazetteer entry among ``places``, the places
    the maps show), or else on its largest piece; coloured by the side that
    gained the most of it, ``ink`` black or white to read on it; ``number``
    its place in the side panel's list (:func:`diff_places`).  A place with
    a piece under :data:`SMALL_PX` is left out: :func:`small_changes` labels
    it, with its km².
    """
    geoms = np.asarray(diff.geometry.values)
    if not len(geoms):
        return []
    small, _spots = _small(diff, bounds)
    pids = [c.text(p) for p in c.column(diff, "place", "")]
    at: dict[str, Any] = {}
    if places is not None and len(places):
        # the gazetteer points of the diff's places only (a theatre may have thousands)
        ids = c.column(places, "id", "").map(c.text)
        mine = places[ids.isin(set(pids)).to_numpy(dtype=bool)]
        mine = c.to_wgs84(mine)
        for pid, geom in zip(c.column(mine, "id", ""), mine.geometry.values, strict=True):
            if geom is not None and not shapely.is_empty(geom):
                at.setdefault(c.text(pid), shapely.point_on_surface(geom))
    pieces: dict[str, _Place] = {}
    for k, (pid, name, dst, area) in enumerate(
        zip(
            pids,
            c.column(diff, "place_name", ""),
            c.column(diff, "to_actor", ""),
            c.column(diff, "area_km2"),
            strict=True,
        )
    ):
        label = c.text(name)
        if not label or shapely.is_empty(geoms[k]):
            continue
        km2 = max(c.number(area) or 0.0, 0.0)
        place = pieces.setdefault(label, _Place(pid, geoms[k], km2))
        place.gains[dst] = place.gains.get(dst, 0.0) + km2
        if km2 > place.largest_km2:
            place.largest, place.largest_km2 = geoms[k], km2
        place.small = place.small or bool(small[k])
    items = []
    numbers = _place_numbers(diff)
    entries = dict(zip(numbers, diff_places(diff, actors), strict=True))
    for label, number in numbers.items():
        place = pieces.get(label)
        if place is None or place.small:
            continue
        pt = at.get(place.pid)
        if pt is None or shapely.is_empty(pt):
            pt = shapely.point_on_surface(place.largest)
        gainer = max(place.gains.items(), key=lambda kv: kv[1])[0]
        color = actors.color(actors.idx(gainer))
        items.append(
            [
                round(float(pt.y), c.POINT_DECIMALS),
                round(float(pt.x), c.POINT_DECIMALS),
                color,
                ink_on(color),
                html_text(f"{number}. {label}"),
                number,
                f"{number}. {entries[label]}",
            ]
        )
    return items


class DiffPatterns(SafeMacroElement):
    """SVG hatch patterns and CSS, one per (gainer, loser) pair; ids from indices only."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <base target="_top">
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false">
          <defs>{{ this.defs }}</defs>
        </svg>
        {% endmacro %}
        """
    )

    def __init__(self, pairs: list[tuple[int, int]], actors: c.Actors):
        super().__init__()
        self._name = "DiffPatterns"
        defs, css = [], []
        for g, lo in pairs:
            pid = f"gm-dh-{_slot(g)}-{_slot(lo)}"
            # colours pass safe_color in Actors: #rrggbb only; each actor's stripes (wide or
            # narrow) in the one colour its table swatch shows
            defs.append(
                f'<pattern id="{pid}" width="9" height="9" patternUnits="userSpaceOnUse" '
                'patternTransform="rotate(45)">'
                f'<rect width="9" height="9" fill="{HATCH_BACK}" fill-opacity="{HATCH_BACK_FILL}"/>'
                f'<rect x="0" width="5" height="9" fill="{stripe_color(actors.color(g))}"/>'
                f'<rect x="6" width="2" height="9" fill="{stripe_color(actors.color(lo))}"/>'
                "</pattern>"
            )
            css.append(f"path.{pid} {{ fill: url(#{pid}); }}")
        css.append(
            ".gm-dsw { display: inline-block; width: 22px; height: 13px; vertical-align: middle;"
            " border: 1px solid #444; box-sizing: border-box; }"
            " .gm-diff-totals { border-collapse: collapse; width: 100%; margin-top: 4px; font-size: 11px; }"
            " .gm-diff-totals th, .gm-diff-totals td { padding: 1px 3px; text-align: right;"
            " font-variant-numeric: tabular-nums; white-space: nowrap; }"
            " .gm-diff-totals th:first-child, .gm-diff-totals td:first-child { text-align: left;"
            " white-space: normal; }"
            " .gm-diff-places { margin: 4px 0 0; padding-left: 18px; }"
            " .gm-diff-note { color: #555; font-size: 11px; margin: 4px 0; }"
            " .gm-side.gm-diff-panel { width: 330px; }"
            " @media (max-width: 600px) { .gm-side.gm-diff-panel { width: auto; } }"
        )
        self.defs = "".join(defs)
        self.css = "\n".join(css)


def _arrow(actors: c.Actors, src: Any, dst: Any) -> str:
    return f"{html_text(actors.name(src))} → <b>{html_text(actors.name(dst))}</b>"


def _place_numbers(diff: Any) -> dict[str, int]:
    """Each named place of ``diff`` and its number, from 1, largest first (its pieces' km²
    summed): the order of the side panel's list and the numbers on the map."""
    totals: dict[str, float] = {}
    for name, area in zip(
        c.column(diff, "place_name", ""), c.column(diff, "area_km2"), strict=True
    ):
        label = c.text(name)
        if label:
            totals[label] = totals.get(label, 0.0) + (c.number(area) or 0.0)
    return {name: k + 1 for k, name in enumerate(sorted(totals, key=lambda n: -totals[n]))}


def diff_places(diff: Any, actors: c.Actors) -> list[str]:
    """Each place that changed hands, largest first: ``name: km² (from → to)``, as escaped HTML.

    From ``source.diff(...)``'s ``place_name``, ``from_actor``, ``to_actor``
    and ``area_km2`` (pieces of one place summed); pieces without a place
    name are left out of the list (their km² are in the totals).
    """
    places: dict[str, list[Any]] = {}
    for src, dst, name, area in zip(
        c.column(diff, "from_actor", ""),
        c.column(diff, "to_actor", ""),
        c.column(diff, "place_name", ""),
        c.column(diff, "area_km2"),
        strict=True,
    ):
        label = c.text(name)
        if not label:
            continue
        entry = places.setdefault(label, [0.0, []])
        entry[0] += c.number(area) or 0.0
        arrow = _arrow(actors, src, dst)
        if arrow not in entry[1]:
            entry[1].append(arrow)
    return [
        f"{html_text(name)}: {html_text(format_km2(places[name][0]))} ({'; '.join(places[name][1])})"
        for name in _place_numbers(diff)
    ]


def _name(actors: c.Actors, i: int) -> str:
    return "Unassigned" if i < 0 else actors.names[i]


def _swatch(g: int, lo: int) -> str:
    pid = f"gm-dh-{_slot(g)}-{_slot(lo)}"
    return (
        '<svg class="gm-dsw" viewBox="0 0 22 13" aria-hidden="true">'
        f'<rect width="22" height="13" fill="url(#{pid})"/></svg>'
    )


def _panel_html(diff: Any, actors: c.Actors, start: _dt.date, end: _dt.date) -> list[str]:
    """The side panel's sections as escaped HTML fragments."""
    h = html_text
    totals = diff.attrs.get("totals") or []
    rows = []
    notes = []
    for t in totals:
        i = actors.idx(t.get("actor"))
        gained, lost = c.number(t.get("gained_km2")) or 0.0, c.number(t.get("lost_km2")) or 0.0
        if gained > 0.0005 or lost > 0.0005:
            # drawn as its stripes in the hatched ground of the map above it (unassigned too)
            sw = f'<span class="gm-swatch" style="{stripe_swatch(actors.color(i))}"></span> '
            net = gained - lost
            rows.append(
                f"<tr><td>{sw}{h(actors.name(t.get('actor')))}</td>"
                f"<td>{h(format_km2(gained))}</td><td>{h(format_km2(lost))}</td>"
                f"<td>{'+' if net > 0 else ''}{h(format_km2(net))}</td></tr>"
            )
        gross = c.number(t.get("gross_gained_km2"))
        if gross is not None and gross - gained > 0.05:
            notes.append(
                f"{h(actors.name(t.get('actor')))}: gross gain {h(format_km2(gross))}, counting "
                "ground that changed hands more than once in the period (the ledger's figure)."
            )
    table = (
        '<table class="gm-diff-totals"><thead><tr><th>Actor</th><th>Gained</th><th>Lost</th>'
        "<th>Net</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )
    unchanged = [
        h(actors.name(t.get("actor")))
        for t in totals
        if actors.idx(t.get("actor")) >= 0
        and not (c.number(t.get("gained_km2")) or c.number(t.get("lost_km2")))
    ]
    parts = [table] if rows else []  # no header over an empty table when nothing changed
    if unchanged:
        parts.append(f'<p class="gm-diff-note">No change: {", ".join(unchanged)}.</p>')
    parts += [f'<p class="gm-diff-note">{n}</p>' for n in notes]
    return parts


def _pair_legend(diff: Any, actors: c.Actors) -> list[tuple[int, int, float]]:
    pairs: dict[tuple[int, int], float] = {}
    for src, dst, area in zip(
        c.column(diff, "from_actor", ""),
        c.column(diff, "to_actor", ""),
        c.column(diff, "area_km2"),
        strict=True,
    ):
        key = (actors.idx(dst), actors.idx(src))
        pairs[key] = pairs.get(key, 0.0) + (c.number(area) or 0.0)
    return sorted(((g, lo, km) for (g, lo), km in pairs.items()), key=lambda x: -x[2])


_PANEL = Template(
    """
    <section class="gm-legend">
      <h2>{{ this.heading|e }}</h2>
      <table>
      {%- for row in this.pairs %}
        <tr class="gm-pair"><td>{{ row.swatch }}</td><td>{{ row.label }}</td>
          <td class="gm-num">{{ row.km2|e }}</td></tr>
      {%- else %}
        <tr><td>No ground changed hands in this period.</td></tr>
      {%- endfor %}
      </table>
      {%- if this.pairs %}
      <p class="gm-diff-note">Wide stripes: the side that gained the ground; narrow stripes:
        the side that lost it.</p>
      {%- endif %}
      {%- for part in this.totals_html %}{{ part }}{% endfor %}
    </section>
    {%- if this.claims %}
    <section class="gm-diff-claims">
      <h2>Published claims for this period</h2>
      <ul>
      {%- for line in this.claims %}<li>{{ line }}</li>{%- endfor %}
      </ul>
    </section>
    {%- endif %}
    {%- if this.places %}
    <section class="gm-events">
      <details{% if this.places|length <= 12 %} open{% endif %}>
        <summary>{{ this.places|length }} place{{ "s" if this.places|length != 1 }} changed hands</summary>
        <ol class="gm-diff-places">
        {%- for item in this.places %}<li>{{ item }}</li>{%- endfor %}
        </ol>
      </details>
    </section>
    {%- endif %}
    """
)


def panel_html(
    *,
    heading: str,
    pairs: list[dict[str, str]],
    totals_html: list[str],
    places: list[str],
    claims: list[str] = (),
) -> str:
    """The diff page's side panel (pairs legend, totals, places) as HTML.

    ``heading`` and each pair's ``km2`` are escaped here; ``swatch``,
    ``label``, ``totals_html``, ``places`` and ``claims`` are fragments this
    module escaped when it made them.
    """
    this = {
        "heading": heading,
        "pairs": pairs,
        "totals_html": totals_html,
        "places": places,
        "claims": list(claims),
    }
    return _PANEL.render(this=this)


def _diff_nav(end: _dt.date, *, links: bool, pages: Any) -> list[tuple[str, str | None]]:
    """Index, timeline and the written map page showing ``end`` (never a page not written)."""
    if not links:
        return []
    # the timeline opens at the period's end (its permalink), not at its own last date
    nav: list[tuple[str, str | None]] = [
        ("Index", "index.html"),
        ("Timeline", f"timeline.html#{end.isoformat()}"),
    ]
    shown = [d for d in (c.as_date(p) for p in (pages or ())) if d <= end]
    if shown:
        day = max(shown)
        # the last map on or before the period's end: its date says which (a longer label,
        # "(the last map before ...)", ran off a phone's screen)
        nav.append((f"Map of {day.isoformat()}", c.page_name(day)))
    return nav


def diff_map(
    source: MapSource,
    start: Any,
    end: Any,
    *,
    tiles: bool | str = False,
    assets: str = "inline",
    links: bool = False,
    labels_src: str | None = None,
    pages: Any = None,
) -> folium.Map:
    """The map of the ground each actor gained and lost from ``start`` to ``end`` (inclusive).

    Parameters
    ----------
    source : MapSource
        With a ``diff(start, end)`` method (``Theatre`` and ``SnapshotSeries`` have one).
    start, end : date or ISO string
        First and last day of the period, both included.
    tiles, assets, labels_src : as in :func:`geomap.render.date_map`
    links : bool, default False
        Link ``index.html``, ``timeline.html`` and the map page that shows
        the end date (see ``pages``).
    pages : sequence of date, optional
        The dates that have a map page in the same folder.  The end date's
        link goes to the last of them on or before the end (labelled as the
        last change before it when earlier); none on or before it, or no
        ``pages`` given: no link to a date page.

    Returns
    -------
    folium.Map
    """
    s = c.as_date(start, "start")
    e = c.as_date(end, "end")
    if e < s:
        raise c.InputError(f"end {e} is before start {s}")
    if not callable(getattr(source, "diff", None)):
        raise c.InputError(
            f"{type(source).__name__} cannot say what changed hands between two dates (no diff method)"
        )
    opts = MapOptions(tiles=tiles, assets=assets, links=links, labels_src=labels_src)
    return diff_page(source, s, e, source.diff(s, e), opts, pages)


def diff_page(
    source: MapSource, s: _dt.date, e: _dt.date, diff: Any, opts: MapOptions, pages: Any
) -> folium.Map:
    """:func:`diff_map` of ``diff`` (``source.diff(s, e)``, asked already: ``write_maps``
    asks it once for the page and the index); ``opts``: its tiles, assets, links and labels."""
    tiles, assets, links, labels_src = opts.tiles, opts.assets, opts.links, opts.labels_src
    diff = c.to_wgs84(diff)
    actors = c.Actors.from_frame(source.actors)
    fr = c.frame(source)
    title = c.text(getattr(source, "title", "")) or "geomap"
    period = period_text(s.isoformat(), e.isoformat())  # a one-day period reads as its day
    m = _base_map(
        source, fr, page_title=f"{title} — gained and lost, {period}", tiles=tiles, assets=assets
    )
    # the territory at the end, faintly, for context
    territory, _held = _territory_features(source.control(e), actors, fr, day=e)
    if territory:
        faint = [
            {**st, "fillOpacity": CONTEXT_FILL, "opacity": CONTEXT_LINE, "weight": 0.5}
            for st in actors.territory_styles()
        ]
        m.add_child(VectorLayer(territory, faint, decimals=fr.decimals, name="territory at end"))

    legend = _pair_legend(diff, actors)
    pair_index = {(g, lo): k for k, (g, lo, _) in enumerate(legend)}
    styles = [
        {
            "color": actors.color(g),
            "weight": 2.4,  # a sliver too thin for its hatch still shows as a line
            "smoothFactor": 0.3,
            "opacity": 1,
            "fillColor": actors.color(g),
            "fillOpacity": 1,
            "className": f"gm-diff gm-dh-{_slot(g)}-{_slot(lo)}",
            "pane": "gmChanges",
        }
        for g, lo, _ in legend
    ]
    # the changed ground is often thin (slivers along a front): simplify it less than territory
    geoms = simplify_for_display(diff.geometry.values, fr.tolerance / 4) if len(diff) else []
    diff_decimals = min(fr.decimals + 1, 6)  # finer than territory: thin pieces keep their rings
    features = []
    for enc, src, dst, name, area in zip(
        encode_geometries(geoms, diff_decimals),
        c.column(diff, "from_actor", ""),
        c.column(diff, "to_actor", ""),
        c.column(diff, "place_name", ""),
        c.column(diff, "area_km2"),
        strict=True,
    ):
        if not enc:
            continue
        g, lo = actors.idx(dst), actors.idx(src)
        label = c.text(name)
        arrow = _arrow(actors, src, dst)
        tip = (
            f"<b>{html_text(label)}</b><br>" if label else ""
        ) + f"{arrow}<br>{html_text(format_km2(area))}, {html_text(period)}"
        features.append([pair_index[(g, lo)], tip, enc])
    m.add_child(DiffPatterns([(g, lo) for g, lo, _ in legend], actors))
    if features:
        m.add_child(VectorLayer(features, styles, decimals=diff_decimals, name="gained and lost"))
    _add_aoi_and_labels(m, source, fr, labels_src)
    if len(diff):
        # frame the ground that changed hands (with a margin), clear of the side panel
        x0, y0, x1, y1 = (float(v) for v in diff.total_bounds)
        pad = max(x1 - x0, y1 - y0) * 0.35 + 0.05
        view = [[y0 - pad, x0 - pad], [y1 + pad, x1 + pad]]
        # a phone gets this view too: the changes with the neighbouring countries named (a
        # slimmer margin opens a zoom deeper, where no country is in view)
        m.add_child(
            FitView(view, padding_top_left=PAD_TOP_LEFT, padding_bottom_right=PAD_BOTTOM_RIGHT)
        )
        small = small_changes(diff, actors, view)
        if small:
            m.add_child(SmallChanges(small))
        named = changed_places(diff, c.shown_places(getattr(source, "places", None)), actors, view)
        if named:
            m.add_child(ChangedPlaces(named))

    pairs = [
        {
            "swatch": _swatch(g, lo),
            "label": f"{html_text(_name(actors, lo))} → <b>{html_text(_name(actors, g))}</b>",
            "km2": format_km2(km),
        }
        for g, lo, km in legend
    ]
    place_items = diff_places(diff, actors)
    m.add_child(
        PageChrome(
            title=title,
            date_label=f"gained and lost, {period}",
            nav=_diff_nav(e, links=links, pages=pages),
            legend=[],
            legend_title="",
            assumptions=[
                (c.text(k), c.text(v))
                for k, v in (diff.attrs.get("assumptions") or source.assumptions or {}).items()
            ],
            panel_html=panel_html(
                heading=f"Changed hands {period}",
                pairs=pairs,
                totals_html=_panel_html(diff, actors, s, e),
                places=place_items,
                claims=_period_claims(source, s, e),
            ),
            # on a phone the panel starts folded: its one line says when nothing changed
            fold_label="Legend and places" if len(diff) else "No ground changed hands · legend",
            side_class="gm-diff-panel",
        )
    )
    return m
