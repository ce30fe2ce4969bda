"""What clicking the ground says: the place whose cell it is, its holder, since when, by which event."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np
import pandas as pd
import shapely

from geomap.render import _common as c
from geomap.render._escape import html_text, safe_url
from geomap.render._geometry import encode_geometry, simplify_for_display

__all__ = ["cell_shapes", "ground_info"]


_CACHE: dict[int, tuple[Any, Any]] = {}


def _cells(source: Any) -> Any:
    """``source.place_cells()`` in EPSG:4326, cached for the source being drawn."""
    method = getattr(source, "place_cells", None)
    if method is None:
        return None
    hit = _CACHE.get(id(source))
    if hit is not None and hit[0] is source:
        return hit[1]
    cells = method()
    cells = None if cells is None or len(cells) == 0 else c.to_wgs84(cells)
    _CACHE.clear()
    _CACHE[id(source)] = (source, cells)
    return cells


def cell_shapes(source: Any, fr: c.Frame) -> dict[str, Any] | None:
    """Each place's cell, simplified for display, the same on every date.

    ``{"scale": 10**decimals, "cells": [[name_html, geometry or None], ...]}``
    in the order of ``source.place_cells()``; None when the source has no
    place cells (a snapshot theatre: its territory is given, not made of
    places' cells).
    """
    cells = _cells(source)
    if cells is None:
        return None
    geoms = simplify_for_display(cells.geometry.values, fr.tolerance, coverage=True)
    out = []
    for place, name, geom in zip(cells["place"], c.column(cells, "name"), geoms, strict=True):
        out.append([html_text(c.text(name) or c.text(place)), encode_geometry(geom, fr.decimals)])
    return {"scale": 10**fr.decimals, "cells": out}


def ground_info(
    source: Any, day: _dt.date, control: Any, actors: c.Actors
) -> dict[str, Any] | None:
    """Who holds each place's cell on ``day``, since when, through which event.

    Returns
    -------
    dict or None
        ``holders``: one actor index per cell (order of ``place_cells()``;
        ``-1`` nobody known); ``since``: ``{cell index: [date index, event
        index]}`` for cells whose holder took them through an event;
        ``dates``, ``events`` (``[from actor index, source index]``),
        ``sources`` (escaped HTML, a link only for http(s)), ``actors``
        (escaped names), ``start`` (text for cells held since the start of
        the record).
    """
    cells = _cells(source)
    if cells is None:
        return None
    control = c.to_wgs84(control)
    pts = shapely.point_on_surface(cells.geometry.values)
    holder = np.full(len(cells), None, dtype=object)
    for actor, geom in zip(control["actor"], control.geometry.values, strict=True):
        if geom is None or shapely.is_empty(geom):
            continue
        shapely.prepare(geom)
        holder[shapely.contains(geom, pts) & (holder == None)] = c.text(actor)  # noqa: E711
    last = _last_applied(source, day)
    start = getattr(source, "snapshot_date", None)
    start_text = (
        f"the start of the record ({start.isoformat()})" if start else "the start of the record"
    )
    holders: list[int] = []
    since: dict[str, list[int]] = {}
    dates: list[str] = []
    sources: list[str] = []
    events: list[list[int]] = []
    seen: dict[int, int] = {}
    for k, (place, actor) in enumerate(zip(cells["place"], holder, strict=True)):
        holders.append(actors.idx(actor) if actor else -1)
        row = last.get(c.text(place))
        if row is None or not actor or c.text(row.get("to_actor")) != actor:
            continue
        iso = c.as_date(row.get("date")).isoformat()
        if iso not in dates:
            dates.append(iso)
        key = int(row.name)
        if key not in seen:
            html = _source_html(row)
            if html not in sources:
                sources.append(html)
            seen[key] = len(events)
            frm = c.text(row.get("from_actor"))
            events.append([actors.idx(frm) if frm else -1, sources.index(html)])
        since[str(k)] = [dates.index(iso), seen[key]]
    return {
        "holders": holders,
        "since": since,
        "dates": dates,
        "events": events,
        "sources": sources,
        "actors": [html_text(n) for n in actors.names],
        "start": html_text(start_text),
    }


def _last_applied(source: Any, day: _dt.date) -> dict[str, pd.Series]:
    """The last applied event of each place up to ``day`` (rows indexed by position)."""
    events = source.events_between(None, day)
    if events is None or len(events) == 0 or "place" not in events.columns:
        return {}
    events = c.sorted_events(events).reset_index(drop=True)
    status = c.column(events, "status", "applied").fillna("applied").astype(str)
    place = events["place"].map(c.text)
    ok = events[(status == "applied").to_numpy() & (place != "").to_numpy()]
    ok = ok.assign(_place=place[ok.index]).drop_duplicates("_place", keep="last")
    return {p: row for p, (_, row) in zip(ok["_place"], ok.iterrows(), strict=True)}


def _source_html(row: pd.Series) -> str:
    """The event's source: a link only for http(s) URLs; everything escaped."""
    source_text = c.text(row.get("source"))
    raw_url = c.text(row.get("source_url"))
    url = safe_url(raw_url)
    if url:
        return (
            f'<a href="{html_text(url)}" target="_blank" rel="noopener noreferrer nofollow">'
            f"{html_text(source_text or url)}</a>"
        )
    return html_text(source_text) or "not given"
