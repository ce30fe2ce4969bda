"""The per-date map and the timeline map (folium maps that render offline)."""

from __future__ import annotations

import bisect
import datetime as _dt
from typing import Any

import folium
import numpy as np
import pandas as pd
import shapely
from branca.element import JavascriptLink

from geomap.render import _common as c
from geomap.render._elements import (
    EventMarkers,
    FitView,
    OfflineMap,
    PageChrome,
    PageStyle,
    PlaceLabels,
    TimelineControl,
    VectorLayer,
)
from geomap.render._escape import format_km2, html_text
from geomap.render._geometry import encode_geometry, simplify_for_display
from geomap.render._protocol import MapSource
from geomap.render._regions import add_map_layers

__all__ = ["date_map", "timeline_map"]

_COUNTRY_STYLE = {
    "color": "#9a9a9a",
    "weight": 0.8,
    "opacity": 1,
    "fillColor": "#efece4",
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


def _base_map(
    source: Any, fr: c.Frame, *, page_title: str, tiles: bool | str, assets: str
) -> OfflineMap:
    m = OfflineMap(
        location=fr.center,
        zoom_start=fr.zoom,
        assets=assets,
        control_scale=True,
    )
    m.get_root().title = html_text(page_title)
    if tiles:
        folium.TileLayer("OpenStreetMap" if tiles is True else str(tiles)).add_to(m)
    m.add_child(PageStyle())
    _add_basemap(m, source, fr)
    # Keep the AOI clear of the side panel (270 px wide, on the right).
    m.add_child(FitView(fr.fit, padding_top_left=(12, 12), padding_bottom_right=(292, 12)))
    return m


def _add_basemap(m: OfflineMap, source: Any, fr: c.Frame) -> None:
    """Country outlines around the AOI (clipped, simplified), drawn below everything."""
    basemap = getattr(source, "basemap", None)
    features = []
    if basemap is not None and len(basemap):
        basemap = c.to_wgs84(basemap)
        clipped = shapely.clip_by_rect(basemap.geometry.values, *fr.padded())
        for geom in simplify_for_display(clipped, fr.tolerance):
            enc = encode_geometry(geom, fr.decimals)
            if enc:
                features.append([0, None, enc])
    if features:
        m.add_child(
            VectorLayer(
                features,
                [_COUNTRY_STYLE],
                decimals=fr.decimals,
                interactive=False,
                name="countries",
            )
        )


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
    for geom, actor, area in zip(
        geoms, control["actor"], c.column(control, "area_km2"), strict=True
    ):
        enc = encode_geometry(geom, fr.decimals)
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
    geoms = simplify_for_display(changes.geometry.values, fr.tolerance)
    features = []
    total = 0.0
    for geom, src, dst, area in zip(
        geoms,
        c.column(changes, "from_actor", ""),
        c.column(changes, "to_actor", ""),
        c.column(changes, "area_km2"),
        strict=True,
    ):
        total += c.number(area) or 0.0
        enc = encode_geometry(geom, fr.decimals)
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
    previous: _dt.date | None, next_: _dt.date | None, *, links: bool, here: str
) -> list[tuple[str, str | None]]:
    if not links:
        return []
    nav: list[tuple[str, str | None]] = []
    nav.append(
        (f"← {previous.isoformat()}", c.page_name(previous)) if previous else ("← first", None)
    )
    nav.append(("Index", "index.html"))
    nav.append(("Timeline", None if here == "timeline" else "timeline.html"))
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
    actors = c.Actors.from_frame(source.actors)
    fr = c.frame(source)
    title = c.text(getattr(source, "title", "")) or "geomap"
    m = _base_map(source, fr, page_title=f"{title} — {day.isoformat()}", tiles=tiles, assets=assets)

    territory, held = _territory_features(source.control(day), actors, fr, day=day)
    if territory:
        m.add_child(
            VectorLayer(
                territory, actors.territory_styles(), decimals=fr.decimals, name="territory"
            )
        )
    changed_km2 = None
    if prev is not None:
        changes, changed_km2 = _change_features(
            source.changes(prev, day), actors, fr, previous=prev
        )
        if changes:
            m.add_child(
                VectorLayer(changes, [_CHANGE_STYLE], decimals=fr.decimals, name="changed hands")
            )
    _add_aoi_and_labels(m, source, fr, labels_src)
    add_map_layers(m, source, day, fr)  # front line; region outlines when the source has regions

    events = c.sorted_events(source.events_between(prev, day))
    markers, items = [], []
    for _, row in events.iterrows():
        fragment = c.event_html(row, actors)
        items.append(fragment)
        where = c.point(row.get("lat"), row.get("lon"))
        if where is not None:
            color, css = c.event_marker(row, actors)
            markers.append([where[0], where[1], color, css, len(items) - 1])
    list_id = f"{m.get_name()}-ev"
    if markers:
        m.add_child(EventMarkers(markers, list_id=list_id))

    legend = c.legend_rows(held, actors)
    if changed_km2 is not None:
        legend.insert(
            -1,
            {
                "kind": "changed",
                "name": f"Changed hands since {prev.isoformat()}",
                "color": "",
                "km2": format_km2(changed_km2),
            },
        )
    since = f"since {prev.isoformat()}" if prev else f"up to {day.isoformat()}"
    m.add_child(
        PageChrome(
            title=title,
            date_label=day.isoformat(),
            nav=_nav(prev, nxt, links=links, here="date"),
            legend=legend,
            legend_title=f"Held on {day.isoformat()}",
            events_html=items,
            events_title=f"{len(items)} event{'s' * (len(items) != 1)} {since}",
            list_id=list_id,
            assumptions=c.assumptions(source),
        )
    )
    return m


def _interval_index(values: Any, dates: list[_dt.date], *, open_value: int) -> list[int]:
    out = []
    for v in values:
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            out.append(open_value)
        else:
            out.append(bisect.bisect_left(dates, c.as_date(v, "interval date")))
    return out


def timeline_map(
    source: MapSource,
    *,
    every: c.Every = "event",
    start: Any = None,
    end: Any = None,
    tiles: bool | str = False,
    assets: str = "inline",
    links: bool = False,
    labels_src: str | None = None,
    interval_ms: int = 700,
) -> folium.Map:
    """One map with a slider and a play button over every map date.

    Built from ``source.intervals()``: each feature is drawn once per
    interval of unchanged territory (``valid_from`` inclusive, ``valid_to``
    exclusive), and at each slider position exactly the features valid on
    that date are on the map: moving or playing never stacks fills.  The
    legend shows each actor's held km² for the selected date
    (``source.held_series``).

    Parameters
    ----------
    source : MapSource
    every : {"event", "day", "week"}, default "event"
        Slider steps, as ``source.map_dates(every=...)``.
    start, end : date, optional
        Range of the slider.
    tiles : bool or str, default False
        As in :func:`date_map`.
    assets : str, default "inline"
        As in :func:`date_map`.
    labels_src : str, optional
        Relative URL of a script setting the place labels shared by every page
        of a folder (``write_maps`` writes ``assets/labels.js``); default: the
        labels are inline.
    links : bool, default False
        Link ``index.html`` and the selected date's page.
    interval_ms : int, default 700
        Delay between dates when playing.

    Returns
    -------
    folium.Map
    """
    dates = c.map_dates(source, every, start, end)
    actors = c.Actors.from_frame(source.actors)
    fr = c.frame(source)
    title = c.text(getattr(source, "title", "")) or "geomap"
    m = _base_map(source, fr, page_title=f"{title} — timeline", tiles=tiles, assets=assets)
    n = len(dates)

    intervals = c.to_wgs84(source.intervals(dates[0], dates[-1]))
    i0 = _interval_index(c.column(intervals, "valid_from"), dates, open_value=0)
    i1 = _interval_index(c.column(intervals, "valid_to"), dates, open_value=n)
    keep = np.array([a < b for a, b in zip(i0, i1, strict=True)], dtype=bool)
    geoms = simplify_for_display(intervals.geometry.values[keep], fr.tolerance)
    features = []
    for geom, actor, a, b in zip(
        geoms,
        np.asarray(intervals["actor"], dtype=object)[keep],
        np.asarray(i0)[keep],
        np.asarray(i1)[keep],
        strict=True,
    ):
        enc = encode_geometry(geom, fr.decimals)
        if enc:
            features.append([actors.style_index(actors.idx(actor)), int(a), int(b), enc])

    events = c.sorted_events(source.events_between(None, dates[-1]))
    event_rows = []
    for _, row in events.iterrows():
        where = c.point(row.get("lat"), row.get("lon"))
        if where is None:
            continue
        index = bisect.bisect_left(dates, c.as_date(row.get("date"), "event date"))
        if index >= n:
            continue
        color, css = c.event_marker(row, actors)
        event_rows.append([index, where[0], where[1], color, css, c.event_html(row, actors)])

    series = source.held_series(dates)
    held_at: dict[tuple[_dt.date, int], float] = {}
    for day, actor, value in zip(series["date"], series["actor"], series["held_km2"], strict=True):
        key = (c.as_date(day), actors.idx(actor))
        held_at[key] = held_at.get(key, 0.0) + (c.number(value) or 0.0)
    # one row per legend row: actors, unassigned, total (every actor id is known by now)
    held = [
        [round(held_at.get((d, i), 0.0), 3) for d in dates] for i in [*range(len(actors.ids)), -1]
    ]
    held.append([round(sum(col), 3) for col in zip(*held, strict=True)])

    uid = m.get_name()
    data = {
        "dates": [d.isoformat() for d in dates],
        "scale": 10**fr.decimals,
        # pieces of one actor's ground touch each other: no strokes, or their seams would show
        "styles": [{**style, "weight": 0} for style in actors.territory_styles()],
        "names": [f"<b>{html_text(name)}</b>" for name in actors.names] + ["Unassigned"],
        "features": features,
        "held": held,
        "events": event_rows,
    }
    m.add_child(TimelineControl(data, uid=uid, interval_ms=interval_ms))
    _add_aoi_and_labels(m, source, fr, labels_src)

    legend = c.legend_rows({}, actors)
    for r, row in enumerate(legend):
        row["cell_id"] = f"{uid}-held-{r}"
        row["km2"] = format_km2(held[r][0])
    page_link = (
        f' <a id="{uid}-page" href="{c.page_name(dates[0])}">map of this date</a>' if links else ""
    )
    bar = (
        '<div class="gm-timebar">'
        f'<button type="button" id="{uid}-play" aria-pressed="false">▶ Play</button>'
        f'<input type="range" id="{uid}-range" min="0" max="{n - 1}" step="1" value="0"'
        ' aria-label="Map date">'
        f'<output id="{uid}-date" for="{uid}-range">{dates[0].isoformat()}</output>'
        f"{page_link}</div>"
    )
    nav = [("Index", "index.html")] if links else []
    m.add_child(
        PageChrome(
            title=title,
            date_label="",
            nav=nav,
            legend=legend,
            legend_title="Held on the selected date",
            assumptions=c.assumptions(source),
            bar_html=bar,
        )
    )
    return m
