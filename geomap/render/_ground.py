"""What clicking the ground says: the place whose cell it is, its holder, since when, by which event."""

from __future__ import annotations

import datetime as _dt
from typing import Any

import numpy as np
import pandas as pd
import shapely

from geomap.render import _common as c
from geomap.render._escape import html_text
from geomap.render._geometry import encode_geometry, simplify_for_display

__all__ = ["cell_shapes", "ground_info"]


def _cells(source: Any) -> Any:
    method = getattr(source, "place_cells", None)
    if method is None:
        return None
    cells = method()
    if cells is None or len(cells) == 0:
        return None
    return c.to_wgs84(cells)


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
        ``dates``, ``events`` (escaped HTML), ``actors`` (escaped names),
        ``start`` (text for cells held since the start of the record).
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
    events = c.sorted_events(source.events_between(None, day))
    last: dict[str, pd.Series] = {}
    if events is not None and len(events) and "place" in events.columns:
        for _, row in events.iterrows():
            status = c.text(row.get("status")) or "applied"
            if status == "applied" and c.text(row.get("place")):
                last[c.text(row.get("place"))] = row
    start = getattr(source, "snapshot_date", None)
    start_text = (
        f"the start of the record ({start.isoformat()})" if start else "the start of the record"
    )
    holders: list[int] = []
    since: dict[str, list[int]] = {}
    dates: list[str] = []
    event_html: list[str] = []
    seen: dict[int, int] = {}
    for k, (place, actor) in enumerate(zip(cells["place"], holder, strict=True)):
        holders.append(actors.idx(actor) if actor else -1)
        row = last.get(c.text(place))
        if row is None or not actor or c.text(row.get("to_actor")) != actor:
            continue
        iso = c.as_date(row.get("date")).isoformat()
        if iso not in dates:
            dates.append(iso)
        if id(row) not in seen:
            seen[id(row)] = len(event_html)
            event_html.append(c.event_html(row, actors))
        since[str(k)] = [dates.index(iso), seen[id(row)]]
    return {
        "holders": holders,
        "since": since,
        "dates": dates,
        "events": event_html,
        "actors": [html_text(n) for n in actors.names],
        "start": html_text(start_text),
    }
