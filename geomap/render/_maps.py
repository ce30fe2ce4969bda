"""The per-date map (a folium map that renders offline); the timeline is in ``_timeline``."""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from typing import Any

import folium
from branca.element import JavascriptLink

from geomap.render import _common as c
from geomap.render._basemap import MIN_ZOOM, basemap_bands
from geomap.render._colors import LAND
from geomap.render._elements import (
    Basemap,
    Credits,
    EventMarkers,
    FitView,
    GroundInfo,
    HashView,
    LineLayers,
    OfflineMap,
    PageChrome,
    PageStyle,
    PlaceLabels,
    SnapshotGround,
    VectorLayer,
)
from geomap.render._escape import format_km2, html_text
from geomap.render._geometry import encode_geometries, encode_geometry, simplify_for_display
from geomap.render._ground import (
    cell_shapes,
    ground_info,
    has_snapshot_ground,
    snapshot_gains,
    snapshot_info,
)
from geomap.render._prep import event_marker_row
from geomap.render._protocol import MapSource
from geomap.render._regions import map_line_groups

__all__ = ["date_map"]

_COUNTRY_STYLE = {
    "color": "#9a9a9a",
    "weight": 0.8,
    "opacity": 1,
    "fillColor": LAND,
    "fillOpacity": 1,
    "className": "gm-country",
    "pane": "gmBase",
}
_AOI_STYLE = {
    "color": "#333333",
    "weight": 2,
    "opacity": 0.9,
    "fill": False,
    "className": "gm-aoi",
    "pane": "gmOutline",
}
_CHANGE_STYLE = {
    "color": "#000000",
    "weight": 2,
    "opacity": 0.9,
    "dashArray": "5 4",
    "fillColor": "#000000",
    "fillOpacity": 1,
    "className": "gm-changed",
    "pane": "gmChanges",
}


def shared_prefix(labels_src: str | None, assets: str = "inline") -> str | None:
    """The folder of the data shared by a folder's pages (``assets/``), or None (inline).

    From ``labels_src`` when given, else the ``assets`` folder: pages that
    link Leaflet from a folder also read the basemap and place cells that
    :func:`write_maps` writes there once.
    """
    if labels_src:
        return labels_src.rsplit("/", 1)[0] + "/" if "/" in labels_src else ""
    return None if assets == "inline" else assets


def _base_map(
    source: Any,
    fr: c.Frame,
    *,
    page_title: str,
    tiles: bool | str,
    assets: str,
    labels_src: str | None = None,
) -> OfflineMap:
    m = OfflineMap(
        location=fr.center,
        zoom_start=fr.zoom,
        assets=assets,
        # map options (folium's min_zoom/max_zoom are for its tile layer)
        minZoom=MIN_ZOOM,
        maxZoom=fr.max_zoom,
        control_scale=True,
    )
    m.get_root().title = html_text(page_title)
    if tiles:
        folium.TileLayer("OpenStreetMap" if tiles is True else str(tiles)).add_to(m)
    m.add_child(PageStyle(assets))
    credits = c.credits_html(c.credits(source))
    if credits:
        m.add_child(Credits(credits))
    _add_basemap(m, source, fr, shared_prefix(labels_src, assets))
    # Keep the AOI clear of the side panel (270 px wide, on the right).
    m.add_child(
        FitView(
            fr.fit,
            padding_top_left=(12, 12),
            padding_bottom_right=(292, 12),
            narrow_bounds=fr.narrow_fit,
        )
    )
    return m


def _add_basemap(m: OfflineMap, source: Any, fr: c.Frame, shared: str | None) -> None:
    """Land and sea for the whole viewport at every zoom, drawn below everything.

    ``shared``: the folder of ``basemap.js`` written by :func:`write_maps`;
    None: the bands are inline (a single page).
    """
    if shared is not None:
        m.get_root().header.add_child(JavascriptLink(f"{shared}basemap.js"), name="geomap_basemap")
        m.add_child(Basemap(None, style=_COUNTRY_STYLE))
        return
    bands = basemap_bands(source, fr)
    if bands["bands"]:
        m.add_child(Basemap(bands, style=_COUNTRY_STYLE))


def _add_aoi_and_labels(
    m: OfflineMap, source: Any, fr: c.Frame, labels_src: str | None = None
) -> None:
    aoi = encode_geometry(simplify_for_display([fr.aoi], fr.tolerance)[0], fr.decimals)
    if aoi:
        m.add_child(
            VectorLayer(
                [[0, None, aoi]],
                [_AOI_STYLE],
                decimals=fr.decimals,
                interactive=False,
                name="area of interest",
            )
        )
    if labels_src:
        m.get_root().header.add_child(JavascriptLink(labels_src), name="geomap_labels")
        m.add_child(PlaceLabels(None, base_zoom=fr.zoom))
        return
    labels = c.place_labels(source, fr)
    if labels:
        m.add_child(PlaceLabels(labels, base_zoom=fr.zoom))


def _territory_features(
    control: Any, actors: c.Actors, fr: c.Frame, *, day: _dt.date
) -> tuple[list[list[Any]], dict[int, float]]:
    """``[style, tooltip, geometry]`` per holder; held km² per actor from ``area_km2``."""
    control = c.to_wgs84(control)
    held = c.held_by_actor(control, actors)
    geoms = simplify_for_display(control.geometry.values, fr.tolerance, coverage=True)
    features = []
    for enc, actor, area in zip(
        encode_geometries(geoms, fr.decimals),
        control["actor"],
        c.column(control, "area_km2"),
        strict=True,
    ):
        if not enc:
            continue
        tip = (
            f"<b>{html_text(actors.name(actor))}</b><br>"
            f"{html_text(format_km2(area))} on {day.isoformat()}"
        )
        features.append([actors.style_index(actors.idx(actor)), tip, enc])
    return features, held


def _change_features(
    changes: Any, actors: c.Actors, fr: c.Frame, *, previous: _dt.date
) -> tuple[list[list[Any]], float]:
    """``[0, tooltip, geometry]`` per changed piece, and the total changed km²."""
    if changes is None or len(changes) == 0:
        return [], 0.0
    changes = c.to_wgs84(changes)
    return change_items(
        changes.geometry.values,
        list(c.column(changes, "from_actor", "")),
        list(c.column(changes, "to_actor", "")),
        list(c.column(changes, "area_km2")),
        actors,
        fr,
        previous=previous,
    )


def change_items(
    geoms: Any,
    froms: list[Any],
    tos: list[Any],
    areas: list[Any],
    actors: c.Actors,
    fr: c.Frame,
    *,
    previous: _dt.date,
    encoded: list[Any] | None = None,
) -> tuple[list[list[Any]], float]:
    """:func:`_change_features` of one date's rows given as columns (EPSG:4326 geometries).

    ``encoded``: the geometries already simplified and encoded (then ``geoms`` is not read).
    """
    if len(areas) == 0:
        return [], 0.0
    if encoded is None:
        encoded = encode_geometries(simplify_for_display(geoms, fr.tolerance), fr.decimals)
    features = []
    total = 0.0
    for enc, src, dst, area in zip(encoded, froms, tos, areas, strict=True):
        total += c.number(area) or 0.0
        if not enc:
            continue
        tip = (
            f"Changed hands since {previous.isoformat()}<br>"
            f"{html_text(actors.name(src))} → <b>{html_text(actors.name(dst))}</b><br>"
            f"{html_text(format_km2(area))}"
        )
        features.append([0, tip, enc])
    return features, total


def _nav(
    previous: _dt.date | None,
    next_: _dt.date | None,
    *,
    links: bool,
    here: str,
    day: _dt.date | None = None,
) -> list[tuple[str, str | None]]:
    """Links of a page's title bar; a date page's "Timeline" opens the timeline on its date."""
    if not links:
        return []
    nav: list[tuple[str, str | None]] = []
    nav.append(
        (f"← {previous.isoformat()}", c.page_name(previous)) if previous else ("← first", None)
    )
    nav.append(("Index", "index.html"))
    timeline = "timeline.html" + (f"#{day.isoformat()}" if day is not None else "")
    nav.append(("Timeline", None if here == "timeline" else timeline))
    nav.append((f"{next_.isoformat()} →", c.page_name(next_)) if next_ else ("last →", None))
    return nav


def date_map(
    source: MapSource,
    date: Any,
    *,
    previous: Any = None,
    next: Any = None,  # shadows the builtin: the name the brief and facade use
    tiles: bool | str = False,
    assets: str = "inline",
    links: bool = False,
    labels_src: str | None = None,
) -> folium.Map:
    """The map of one date: territory, changes since ``previous``, events, legend.

    Parameters
    ----------
    source : MapSource
        Any object with the attributes of :class:`geomap.render.MapSource`.
    date : date, datetime or ISO string
        The map date.
    previous : date, optional
        The previous map date.  Ground that changed hands after it (up to and
        including ``date``) is hatched, and events after it are marked.  With
        ``None`` every event up to ``date`` is marked and nothing is hatched.
    next : date, optional
        The next map date (for the navigation link).
    tiles : bool or str, default False
        Add a tile layer (``True``: OpenStreetMap; a string: a folium/xyzservices
        name or URL template).  Tiles need the network; without them the map
        reads from its vector basemap.
    assets : str, default "inline"
        ``"inline"``: Leaflet inside the page (self-contained, works in
        Jupyter offline); ``"assets/"``: link Leaflet from that relative folder
        (see :func:`write_maps`).
    labels_src : str, optional
        Relative URL of a script setting the place labels shared by every page
        of a folder (``write_maps`` writes ``assets/labels.js``); default: the
        labels are inline.
    links : bool, default False
        Add links to the previous/next date pages, ``index.html`` and
        ``timeline.html`` (as written by :func:`write_maps`).

    Returns
    -------
    folium.Map
        Save with ``m.save(path)``; shows inline in Jupyter.

    Examples
    --------
    >>> m = date_map(theatre, "2017-05-27", previous="2017-05-20")  # doctest: +SKIP
    >>> m.save("2017-05-27.html")  # doctest: +SKIP
    """
    day = c.as_date(date)
    prev = c.optional_date(previous, "previous")
    nxt = c.optional_date(next, "next")
    if prev is not None and prev >= day:
        raise c.InputError(f"previous={prev} must be before date={day}")
    return assemble_date_map(
        source,
        date_parts(source, day, prev),
        day=day,
        previous=prev,
        next_=nxt,
        tiles=tiles,
        assets=assets,
        links=links,
        labels_src=labels_src,
    )


@dataclass
class DateParts:
    """What one date's page shows, computed from the source (see :func:`date_parts`).

    ``territory``: ``[style, tooltip, geometry]`` features drawn with
    ``styles`` (default: the actors' territory styles); ``held``: km² per
    actor index; ``changes``/``changed_km2``: ground that changed hands since
    the previous date (None without one); ``tips``, ``shared``: see
    :class:`VectorLayer`; ``ground``: :func:`ground_info`'s
    dict (None: the source has no place cells); ``lines``: the line groups of
    :class:`LineLayers`; ``items``/``markers``: the events' list entries and
    markers.
    """

    territory: list[list[Any]]
    held: dict[int, float]
    changes: list[list[Any]] | None
    changed_km2: float | None
    ground: dict[str, Any] | None
    lines: list[Any]
    items: list[str]
    markers: list[list[Any]]
    styles: list[dict[str, Any]] | None = None
    #: tooltips the territory features name by index; geometry by index in ``territory.js``
    tips: list[str] | None = None
    shared: bool = False
    #: the actors the parts were made with (ids met in the data are appended to the table's)
    actors: c.Actors | None = None


def date_parts(source: Any, day: _dt.date, prev: _dt.date | None) -> DateParts:
    """One date's page data, each part asked of the source for that date."""
    actors = c.Actors.from_frame(source.actors)
    fr = c.frame(source)
    control = source.control(day)
    territory, held = _territory_features(control, actors, fr, day=day)
    changes, changed_km2 = None, None
    if prev is not None:
        changes, changed_km2 = _change_features(
            source.changes(prev, day), actors, fr, previous=prev
        )
    items, markers = event_entries(c.sorted_events(source.events_between(prev, day)), actors)
    return DateParts(
        territory=territory,
        held=held,
        changes=changes,
        changed_km2=changed_km2,
        ground=ground_info(source, day, control, actors),
        lines=map_line_groups(source, day, fr),
        items=items,
        markers=markers,
        actors=actors,
    )


def event_entries(events: Any, actors: c.Actors) -> tuple[list[str], list[list[Any]]]:
    """The event list's escaped entries and the markers of the events that have a point."""
    markers, items = [], []
    for _, row in events.iterrows():
        items.append(c.event_html(row, actors))
        marker = event_marker_row(row, actors, len(items) - 1)
        if marker is not None:
            markers.append(marker)
    return items, markers


def assemble_date_map(
    source: Any,
    parts: DateParts,
    *,
    day: _dt.date,
    previous: _dt.date | None,
    next_: _dt.date | None,
    tiles: bool | str,
    assets: str,
    links: bool,
    labels_src: str | None,
) -> folium.Map:
    """The folium map of one date from its :class:`DateParts`."""
    prev = previous
    actors = parts.actors or c.Actors.from_frame(source.actors)
    fr = c.frame(source)
    title = c.text(getattr(source, "title", "")) or "geomap"
    m = _base_map(
        source,
        fr,
        page_title=f"{title} — {day.isoformat()}",
        tiles=tiles,
        assets=assets,
        labels_src=labels_src,
    )
    if parts.territory:
        shared = shared_prefix(labels_src, assets) is not None
        if parts.shared and shared:
            m.get_root().header.add_child(
                JavascriptLink(f"{shared_prefix(labels_src, assets)}territory.js"),
                name="geomap_territory",
            )
        m.add_child(territory_layer(parts, actors, fr, shared=shared))
    if parts.changes:
        m.add_child(changes_layer(parts, fr))
    _add_aoi_and_labels(m, source, fr, labels_src)
    _add_ground_info(m, source, fr, day, parts.ground, actors, shared_prefix(labels_src, assets))
    if parts.lines:  # front line; region outlines when the source has regions
        m.add_child(LineLayers(parts.lines, scale=10**fr.decimals))

    list_id = f"{m.get_name()}-ev"
    if parts.markers:
        m.add_child(EventMarkers(parts.markers, list_id=list_id))

    m.add_child(
        date_chrome(
            source, parts, day=day, previous=prev, next_=next_, links=links, list_id=list_id
        )
    )
    m.add_child(HashView())
    return m


def territory_layer(
    parts: DateParts, actors: c.Actors, fr: c.Frame, *, shared: bool
) -> VectorLayer:
    """The territory of a date's page (``shared``: the page links ``territory.js``)."""
    return VectorLayer(
        parts.territory,
        parts.styles or actors.territory_styles(),
        decimals=fr.decimals,
        name="territory",
        tips=parts.tips,
        shared=parts.shared and shared,
    )


def changes_layer(parts: DateParts, fr: c.Frame) -> VectorLayer:
    """The ground that changed hands since the previous date, hatched."""
    return VectorLayer(
        parts.changes or [], [_CHANGE_STYLE], decimals=fr.decimals, name="changed hands"
    )


def date_chrome(
    source: Any,
    parts: DateParts,
    *,
    day: _dt.date,
    previous: _dt.date | None,
    next_: _dt.date | None,
    links: bool,
    list_id: str,
) -> PageChrome:
    """The title bar, legend, event list and assumptions of one date's page."""
    prev = previous
    actors = parts.actors or c.Actors.from_frame(source.actors)
    legend = c.legend_rows(parts.held, actors, _places_without_ground(source, parts, actors, day))
    if parts.changed_km2 is not None and prev is not None:
        legend.insert(
            -1,
            {
                "kind": "changed",
                "name": f"Changed hands since {prev.isoformat()}",
                "color": "",
                "km2": format_km2(parts.changed_km2),
            },
        )
    since = f"since {prev.isoformat()}" if prev else f"up to {day.isoformat()}"
    n_items = len(parts.items)
    return PageChrome(
        title=c.text(getattr(source, "title", "")) or "geomap",
        date_label=day.isoformat(),
        nav=_nav(prev, next_, links=links, here="date", day=day),
        legend=legend,
        legend_title=f"Held on {day.isoformat()}",
        events_html=parts.items,
        events_title=f"{n_items} event{'s' * (n_items != 1)} {since}",
        list_id=list_id,
        assumptions=c.assumptions(source),
    )


def _places_without_ground(
    source: Any, parts: DateParts, actors: c.Actors, day: _dt.date
) -> dict[int, list[str]]:
    """Actor index → names of the places it holds on ``day``, for actors holding no ground.

    From the source's optional ``place_holders(day)`` (place id → actor id); {} without it.
    """
    holders = getattr(source, "place_holders", None)
    idle = {i for i in range(len(actors.ids)) if parts.held.get(i, 0.0) == 0}
    if not idle or not callable(holders):
        return {}
    names = dict(zip(source.places["id"], source.places["name"], strict=True))
    out: dict[int, list[str]] = {}
    for place, actor in holders(day).items():
        i = actors.index.get(c.text(actor), -1)
        if i in idle:
            out.setdefault(i, []).append(c.text(names.get(place, place)))
    return {i: sorted(v) for i, v in out.items()}


def _add_ground_info(
    m: OfflineMap,
    source: Any,
    fr: c.Frame,
    day: _dt.date,
    info: dict[str, Any] | None,
    actors: c.Actors,
    shared: str | None,
) -> None:
    """Clicking the ground: the place's cell, its holder since when, the event (if any)."""
    if not info:
        _add_snapshot_ground(m, source, fr, day, actors, shared)
        return
    if shared is not None:
        m.get_root().header.add_child(JavascriptLink(f"{shared}cells.js"), name="geomap_cells")
        if "day" in info:  # the holders of every day, written once (a PageBook's pages)
            m.get_root().header.add_child(
                JavascriptLink(f"{shared}ground.js"), name="geomap_ground"
            )
        m.add_child(GroundInfo(None, info))
        return
    m.add_child(GroundInfo(cell_shapes(source, fr), info))


def _add_snapshot_ground(
    m: OfflineMap, source: Any, fr: c.Frame, day: _dt.date, actors: c.Actors, shared: str | None
) -> None:
    """A snapshot theatre's ground: its holder in the snapshot shown, and since which snapshot."""
    if not has_snapshot_ground(source):
        return
    info = snapshot_info(source, day, actors)
    if shared is not None:  # write_maps wrote assets/gains.js
        m.get_root().header.add_child(JavascriptLink(f"{shared}gains.js"), name="geomap_gains")
        m.add_child(SnapshotGround(None, info))
        return
    m.add_child(SnapshotGround(snapshot_gains(source, fr), info))
