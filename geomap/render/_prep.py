"""What a run of date pages asks of its source once, made without the page modules.

:func:`book_front` (the front's pieces, encoded once) and :func:`book_events`
(every event's list entry and marker) are what a
:class:`~geomap.render._book.PageBook` takes from the source besides its
territory.  Nothing here imports folium or branca: ``write_maps`` forks the
process that makes them before the page modules are imported, so that the
two run side by side (see :mod:`geomap.render._write`).
"""

from __future__ import annotations

import copy
import datetime as _dt
from typing import Any

import numpy as np
import pandas as pd
import shapely

from geomap.render import _common as c
from geomap.render._colors import ink_on
from geomap.render._escape import html_text
from geomap.render._geometry import LineParts, display_line_geoms

__all__ = [
    "CHUNK",
    "book_days",
    "book_events",
    "book_front",
    "can_book",
    "day_indices",
    "event_marker_row",
]

#: Date pages per worker task, and dates per ``changes_series`` call (from a multiple of it).
CHUNK = 8


def _day_index(value: Any, day0: _dt.date, n: int, *, open_value: int) -> int:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return open_value
    return min(max((c.as_date(value, "interval date") - day0).days, 0), n)


_EPOCH = _dt.date(1970, 1, 1)


def day_indices(values: Any, day0: _dt.date, n: int, *, open_value: int) -> np.ndarray:
    """:func:`_day_index` of each of ``values`` (a column), vectorised for datetime64 columns."""
    col = values if isinstance(values, pd.Series) else pd.Series(values, dtype=object)
    if not (pd.api.types.is_datetime64_dtype(col.dtype) and getattr(col.dt, "tz", None) is None):
        return np.array(
            [_day_index(v, day0, n, open_value=open_value) for v in col], dtype=np.int64
        )
    secs = col.to_numpy(dtype="datetime64[s]")
    missing = np.isnat(secs)
    days = secs.astype(np.int64) // 86_400 - (day0 - _EPOCH).days  # floor: the date's day
    out = np.clip(days, 0, n)
    out[missing] = open_value
    return out.astype(np.int64)


def event_marker_row(row: Any, actors: c.Actors, item: int) -> list[Any] | None:
    """``[lat, lon, color, css, list index, label, ink]`` of an event's marker (None: no point);
    ``ink`` the colour of its number (black or white, whichever reads on ``color``)."""
    where = c.point(row.get("lat"), row.get("lon"))
    if where is None:
        return None
    color, css = c.event_marker(row, actors)
    name = c.text(row.get("place_name")) or c.text(row.get("place"))
    return [where[0], where[1], color, css, item, html_text(name), ink_on(color)]


def can_book(source: Any, dates: list[_dt.date]) -> bool:
    """Whether ``source`` gives its data for a whole run (else pages are drawn one by one)."""
    return bool(dates) and all(
        callable(getattr(source, name, None)) for name in ("intervals", "held_series")
    )


def book_days(dates: list[_dt.date]) -> list[_dt.date]:
    """Every day from the first map date to the last (a book's ``days``)."""
    return [dates[0] + _dt.timedelta(days=k) for k in range((dates[-1] - dates[0]).days + 1)]


def book_front(source: Any, days: list[_dt.date], fr: c.Frame) -> dict[str, Any] | None:
    """``source.front_intervals()`` over ``days``, each piece's parts encoded once.

    None when the source has no front.  Actors are given by id (``a``, ``b``),
    so this may be made in another process; the book looks them up.
    """
    method = getattr(source, "front_intervals", None)
    if not callable(method):
        return None
    lines = c.to_wgs84(method(days[0], days[-1]))
    n = len(days)
    i0 = day_indices(c.column(lines, "valid_from"), days[0], n, open_value=0)
    i1 = day_indices(c.column(lines, "valid_to"), days[0], n, open_value=n)
    geoms = np.asarray(lines.geometry.values, dtype=object).copy()
    geoms[i0 >= i1] = None  # never shown
    geoms = display_line_geoms(geoms, fr.tolerance)
    parts, piece = shapely.get_parts(geoms, return_index=True)
    is_line = shapely.get_type_id(parts) == 1
    km = lines["length_km"]
    if pd.api.types.is_float_dtype(km.dtype):
        values = km.to_numpy(dtype=float)
        km_list = np.where(np.isfinite(values) & (values != 0), values, 0.0).tolist()
    else:
        km_list = [c.number(v) or 0.0 for v in km]
    return {
        "lines": lines,
        "n": len(geoms),
        "i0": i0,
        "i1": i1,
        "part_piece": piece[is_line],
        "enc": LineParts(parts[is_line], fr.decimals),
        "a": lines["actor_a"].tolist(),
        "b": lines["actor_b"].tolist(),
        "km": km_list,
    }


def book_events(source: Any, actors: c.Actors) -> dict[str, Any]:
    """Every event's list entry and marker, in ``events_between``'s order, with its day.

    The entries name actors and use their colours, never their indices, so
    they may be made in another process: ``met`` lists the ids the events
    added to (a copy of) ``actors``, which the book adds to its own in turn.
    ``day`` is None when an event's date cannot be ordered (asked per date).
    """
    actors = copy.deepcopy(actors)
    known = len(actors.ids)
    events = c.sorted_events(source.events_between(None, c.LAST_DAY))
    # per event: its list entry, its date page marker, its point and marker colour and class
    part: dict[str, Any] = {"day": None, "html": [], "marker": [], "where": [], "mark": []}
    if events is None or len(events) == 0 or "date" not in events.columns:
        part["day"] = np.array([], dtype="datetime64[D]")
    else:
        key = pd.to_datetime(events["date"], errors="coerce")
        if not key.isna().any():  # else an order this slice cannot keep: asked per date
            part["day"] = key.to_numpy().astype("datetime64[D]")
            _event_items(events, actors, part)
    part["met"] = actors.ids[known:]
    return part


def _event_items(events: Any, actors: c.Actors, part: dict[str, Any]) -> None:
    for row in c.records(events):
        part["html"].append(c.event_html(row, actors))
        marker = event_marker_row(row, actors, 0)
        part["marker"].append(marker)
        if marker is None:
            part["where"].append((None, None))
            part["mark"].append(c.event_marker(row, actors))
        else:
            part["where"].append((marker[0], marker[1]))
            part["mark"].append((marker[2], marker[3]))
