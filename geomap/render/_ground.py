"""What clicking the ground says: the place whose cell it is, its holder, since when, by which event."""

from __future__ import annotations

import copy
import datetime as _dt
from typing import Any

import numpy as np
import pandas as pd
import shapely

from geomap.render import _common as c
from geomap.render._escape import format_km2, html_text, safe_url
from geomap.render._geometry import encode_geometries, simplify_for_display

__all__ = [
    "cell_points",
    "cell_shapes",
    "ground_info",
    "has_snapshot_ground",
    "snapshot_gains",
    "snapshot_info",
]


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

    ``{"scale": 10**decimals, "cells": [[name_html, geometry or None, km2_html], ...]}``
    in the order of ``source.place_cells()``; None when the source has no
    place cells (a snapshot theatre: its territory is given, not made of
    places' cells).  ``km2_html`` is the cell's ``area_km2`` as the source gives it (the
    ground it stands for, for its popup), or "" when the source gives none.
    """
    cells = _cells(source)
    if cells is None:
        return None
    geoms = simplify_for_display(cells.geometry.values, fr.tolerance, coverage=True)
    km2 = c.column(cells, "area_km2")  # None per cell when the source gives none
    out = []
    for place, name, enc, area in zip(
        cells["place"],
        c.column(cells, "name"),
        encode_geometries(geoms, fr.decimals),
        km2,
        strict=True,
    ):
        size = html_text(format_km2(area)) if c.number(area) is not None else ""
        out.append([html_text(c.text(name) or c.text(place)), enc, size])
    return {"scale": 10**fr.decimals, "cells": out}


def _cell_points(source: Any, cells: Any) -> np.ndarray:
    """A point inside each cell (cached with the cells)."""
    hit = _CACHE.get(id(source))
    if hit is not None and len(hit) > 2:
        return hit[2]
    pts = shapely.point_on_surface(cells.geometry.values)
    if hit is not None:
        _CACHE[id(source)] = (*hit, pts)
    return pts


def cell_points(source: Any) -> np.ndarray | None:
    """A point inside each place cell (None: no place cells), cached for the source drawn."""
    cells = _cells(source)
    return None if cells is None else _cell_points(source, cells)


def _holders(control: Any, pts: np.ndarray) -> np.ndarray:
    """The actor id holding each point (``None``: nobody)."""
    control = c.to_wgs84(control)
    holder = np.full(len(pts), None, dtype=object)
    free = np.ones(len(pts), dtype=bool)
    for actor, geom in zip(control["actor"], control.geometry.values, strict=True):
        if geom is None or shapely.is_empty(geom) or not free.any():
            continue
        idx = np.flatnonzero(free)
        inside = idx[shapely.contains_xy(geom, shapely.get_x(pts[idx]), shapely.get_y(pts[idx]))]
        holder[inside] = c.text(actor)
        free[inside] = False
    return holder


def _start_text(source: Any) -> str:
    """What a cell held since before its first event was held since (unescaped)."""
    start = getattr(source, "snapshot_date", None)
    return f"the start of the record ({start.isoformat()})" if start else "the start of the record"


def ground_info(
    source: Any,
    day: _dt.date,
    control: Any,
    actors: c.Actors,
) -> dict[str, Any] | None:
    """Who holds each place's cell on ``day``, since when, through which event.

    Returns
    -------
    dict or None
        ``holders``: one actor index per cell (order of ``place_cells()``;
        ``-1`` nobody known); ``since_date``, ``since_event``: per cell, the
        date index and event index of the event through which its holder
        took it (``-1``: held since the start of the record);
        ``dates``, ``events`` (``[from actor index, source index]``),
        ``sources`` (escaped HTML, a link only for http(s)), ``actors``
        (escaped names), ``start`` (text for cells held since the start of
        the record).
    """
    cells = _cells(source)
    if cells is None:
        return None
    holder = _holders(control, _cell_points(source, cells))
    start_text = _start_text(source)
    index = {a: actors.idx(a) for a in dict.fromkeys(holder.tolist()) if a}
    holders = [index.get(a, -1) for a in holder.tolist()]
    since_date = np.full(len(holders), -1, dtype=np.int64)
    since_event = np.full(len(holders), -1, dtype=np.int64)
    dates: dict[str, int] = {}
    sources: dict[str, int] = {}
    events: list[list[int]] = []
    last, rows = _last_applied(source, day, cells)
    # the cells whose holder took them through the last event of their place
    cand = np.flatnonzero(rows >= 0)
    if len(cand):
        jj = rows[cand]
        held = holder[cand]
        ok = (held != None) & (held != "") & (last["to"][jj] == held)  # noqa: E711 - elementwise
        cand, jj = cand[ok], jj[ok]
    if len(cand):
        uj, first, inv = np.unique(jj, return_index=True, return_inverse=True)
        order = np.argsort(first, kind="stable")  # the events in the order of the cells
        rows_in_order = uj[order]
        iso, html, frm = _row_texts(last)
        isos = iso[rows_in_order].tolist()
        dates = {d: k for k, d in enumerate(dict.fromkeys(isos))}
        htmls = html[rows_in_order].tolist()
        sources = {h: k for k, h in enumerate(dict.fromkeys(htmls))}
        froms = frm[rows_in_order].tolist()
        from_idx = {f: actors.idx(f) if f else -1 for f in dict.fromkeys(froms)}
        events = [[from_idx[f], sources[h]] for f, h in zip(froms, htmls, strict=True)]
        d_of = np.empty(len(uj), dtype=np.int64)
        e_of = np.empty(len(uj), dtype=np.int64)
        d_of[order] = [dates[d] for d in isos]
        e_of[order] = np.arange(len(uj))
        since_date[cand] = d_of[inv]
        since_event[cand] = e_of[inv]
    since_date, since_event = since_date.tolist(), since_event.tolist()
    return {
        "holders": holders,
        "since_date": since_date,
        "since_event": since_event,
        "dates": list(dates),
        "events": events,
        "sources": list(sources),
        "actors": [html_text(n) for n in actors.names],
        "start": html_text(start_text),
    }


_EVENTS: dict[int, tuple[Any, dict[str, Any] | None]] = {}


def _event_index(source: Any) -> dict[str, Any] | None:
    """Every applied event with a place, in date order, cached for the source being drawn.

    ``day`` (datetime64[D], sorted), ``code`` (the place's position in
    ``places``), ``places`` (an index of place ids), and the columns
    ``to``, ``from``, ``date``, ``source``, ``url`` as lists.
    """
    hit = _EVENTS.get(id(source))
    if hit is not None and hit[0] is source:
        return hit[1]
    events = source.events_between(None, c.LAST_DAY)
    out = None
    if events is not None and len(events) and "place" in events.columns:
        events = c.sorted_events(events).reset_index(drop=True)
        status = c.column(events, "status", "applied").fillna("applied").astype(str)
        place = events["place"].map(c.text)
        ok = ((status == "applied") & (place != "")).to_numpy()
        events, place = events[ok], place[ok]
        code, places = pd.factorize(place.to_numpy(dtype=object))
        day = pd.to_datetime(events["date"], errors="coerce").to_numpy().astype("datetime64[D]")
        out = {
            "day": day,
            "code": code,
            "places": pd.Index(places),
            "to": np.array([c.text(v) for v in events["to_actor"]], dtype=object),
            "from": [c.text(v) for v in c.column(events, "from_actor")],
            "date": events["date"].tolist(),
            "source": c.column(events, "source").tolist(),
            "url": c.column(events, "source_url").tolist(),
        }
    _EVENTS.clear()
    _EVENTS[id(source)] = (source, out)
    return out


def _last_applied(source: Any, day: _dt.date, cells: Any) -> tuple[Any, np.ndarray]:
    """The last applied event of the place of each of ``cells`` up to ``day``.

    Returns the event index (:func:`_event_index`) and, per place, the row of
    its last event there (``-1``: none).
    """
    index = _event_index(source)
    if index is None:
        return None, np.full(len(cells), -1)
    n = int(np.searchsorted(index["day"], np.datetime64(day, "D"), side="right"))
    codes = index["code"][:n][::-1]
    seen, first = np.unique(codes, return_index=True)
    row_of_code = np.full(len(index["places"]), -1)
    row_of_code[seen] = n - 1 - first
    pos = index.get("cell_pos")
    if pos is None:  # the cells' places in the index, once
        pos = index["cell_pos"] = index["places"].get_indexer([c.text(p) for p in cells["place"]])
    if not len(row_of_code):  # no applied event names a place (drawn areas only)
        return index, np.full(len(cells), -1)
    return index, np.where(pos >= 0, row_of_code[np.maximum(pos, 0)], -1)


def _row_texts(index: dict[str, Any]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per event of :func:`_event_index`: its ISO date, its source's HTML, its from-actor id.

    Made once per index (the date pages of a folder share it).
    """
    hit = index.get("texts")
    if hit is None:
        iso = np.array([c.as_date(d).isoformat() for d in index["date"]], dtype=object)
        made: dict[tuple[str, str], str] = {}  # each source and link made once
        texts = [(c.text(s), c.text(u)) for s, u in zip(index["source"], index["url"], strict=True)]
        html = np.empty(len(texts), dtype=object)
        html[:] = [made[t] if t in made else made.setdefault(t, _source_html(*t)) for t in texts]
        hit = index["texts"] = (iso, html, np.array(index["from"], dtype=object))
    return hit


def _source_html(source: Any, source_url: Any) -> str:
    """The event's source: a link only for http(s) URLs; everything escaped."""
    source_text = c.text(source)
    raw_url = c.text(source_url)
    url = safe_url(raw_url)
    if url:
        return (
            f'<a href="{html_text(url)}" target="_blank" rel="noopener noreferrer nofollow">'
            f"{html_text(source_text or url)}</a>"
        )
    return html_text(source_text) or "not given"


# ----------------------------------------------------------------------------- snapshot theatres
def has_snapshot_ground(source: Any) -> bool:
    """Whether clicking ``source``'s ground is answered from its snapshots (no place cells)."""
    return not callable(getattr(source, "place_cells", None)) and callable(
        getattr(source, "intervals", None)
    )


def snapshot_gains(source: Any, fr: c.Frame) -> dict[str, Any] | None:
    """Where each actor took ground, and when, for a source whose territory is given per date.

    A snapshot theatre has no places and no events: clicking its ground says
    who holds it in the snapshot shown and since which snapshot.  Built from
    ``source.intervals()`` (runs of unchanged territory per actor): the ground
    an actor holds in a run and did not hold in the run before it was taken
    on the run's first day (the whole of a run after a gap, or of a first
    run that starts after the series does).  The same on every page: written
    once per folder (``assets/gains.js``).

    Returns
    -------
    dict or None
        ``{"scale", "start", "gains": [[iso_day, actor_index, geometry], ...]}``
        (date order; ``start`` the escaped text for ground held since the
        first snapshot drawn); None for sources with place cells (theatres:
        :func:`ground_info`) or without intervals.
    """
    if not has_snapshot_ground(source):
        return None
    iv = c.to_wgs84(source.intervals())
    if iv is None or not len(iv):
        return None
    actors = c.Actors.from_frame(source.actors)
    first = pd.to_datetime(iv["valid_from"]).min()
    gains: list[tuple[pd.Timestamp, int, Any]] = []
    for actor, grp in iv.groupby("actor", sort=False):
        if not c.text(actor):
            continue  # unassigned land is nobody's gain
        grp = grp.assign(
            _from=pd.to_datetime(grp["valid_from"]), _to=pd.to_datetime(grp["valid_to"])
        )
        prev_geom, prev_to = None, None
        for geom, start, end in zip(grp.geometry.values, grp["_from"], grp["_to"], strict=True):
            if prev_geom is not None and prev_to == start:
                taken = shapely.difference(geom, prev_geom)
            elif prev_geom is not None or start > first:
                taken = geom  # after a gap, or first held after the series starts
            else:
                taken = None  # held since the first snapshot drawn
            if taken is not None and not shapely.is_empty(taken):
                gains.append((start, actors.idx(actor), taken))
            prev_geom, prev_to = geom, end
    gains.sort(key=lambda g: g[0])
    geoms = simplify_for_display([g[2] for g in gains], fr.tolerance / 2)
    encoded = encode_geometries(geoms, min(fr.decimals + 1, 6))
    dates = list(getattr(source, "dates", None) or [])
    very_first = bool(dates) and c.as_date(dates[0]) == first.date()
    start = (
        f"the first snapshot ({first.date().isoformat()})"
        if very_first
        else f"{first.date().isoformat()} or earlier (the first snapshot drawn)"
    )
    return {
        "scale": 10 ** min(fr.decimals + 1, 6),
        "start": html_text(start),
        "gains": [
            [g[0].date().isoformat(), g[1], enc]
            for g, enc in zip(gains, encoded, strict=True)
            if enc
        ],
    }


def snapshot_info(source: Any, day: _dt.date, actors: c.Actors) -> dict[str, Any]:
    """What a snapshot theatre's page says of its ground: the snapshot shown and its file.

    ``day`` (ISO), ``snapshot`` (the latest snapshot date on or before it),
    ``file`` (that snapshot's file name, without its folders: pages get
    published), ``actors`` (escaped names, legend order).
    """
    dates = [c.as_date(d) for d in (getattr(source, "dates", None) or [])]
    files = list(getattr(source, "files", None) or [])
    shown = [k for k, d in enumerate(dates) if d <= day]
    snap, file = day, ""
    if shown:
        snap = dates[shown[-1]]
        if len(files) == len(dates):
            file = str(files[shown[-1]]).replace("\\", "/").rsplit("/", 1)[-1]
    return {
        "day": day.isoformat(),
        "snapshot": snap.isoformat(),
        "file": html_text(file),
        "actors": [html_text(n) for n in actors.names],
    }


# ----------------------------------------------------------------------------- shared ground
def _holder_runs(
    pt: np.ndarray, code: np.ndarray, i0: np.ndarray, i1: np.ndarray, n_cells: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Where each cell's holder changes: ``(cell, day index, holder code)``, sorted.

    ``pt``, ``code``, ``i0``, ``i1``: per (cell point, piece holding it) pair,
    in the order of the tree query, the piece's holder code and its days
    ``[i0, i1)``.  From each change on, the cell's holder is that code
    (``-1``: nobody); before its first, nobody.  Where two pieces hold one
    point on a day, the later pair wins (as assigning them in query order).
    """
    keep = i0 < i1
    pair = np.flatnonzero(keep)
    pt, code, i0, i1 = pt[keep], code[keep], i0[keep], i1[keep]
    order = np.lexsort((pair, i0, pt))
    pt, code, i0, i1, pair = pt[order], code[order], i0[order], i1[order], pair[order]
    same = pt[1:] == pt[:-1]
    overlap = np.zeros(n_cells, dtype=bool)
    overlap[pt[1:][same & (i0[1:] < i1[:-1])]] = True
    simple = ~overlap[pt]
    # a run starts at each pair's first day and ends (nobody) at its last, unless the
    # next pair of the cell starts right there (a start wins over an end on one day)
    cells = np.concatenate([pt[simple], pt[simple]])
    days = np.concatenate([i0[simple], i1[simple]])
    n_simple = int(simple.sum())
    codes = np.concatenate([code[simple], np.full(n_simple, -1)])
    is_start = np.concatenate([np.ones(n_simple), np.zeros(n_simple)])
    for cell in np.flatnonzero(overlap).tolist():  # rare: the later pair of a day wins
        mine = pt == cell
        bps = sorted(set(i0[mine].tolist()) | set(i1[mine].tolist()))
        for k in bps:
            on = mine & (i0 <= k) & (k < i1)
            who = code[on][np.argmax(pair[on])] if on.any() else -1
            cells, days = np.append(cells, cell), np.append(days, k)
            codes, is_start = np.append(codes, who), np.append(is_start, 1)
    order = np.lexsort((is_start, days, cells))
    cells, days, codes = cells[order], days[order], codes[order]
    last = np.ones(len(cells), dtype=bool)  # of several changes on one day, the last counts
    last[:-1] = (cells[1:] != cells[:-1]) | (days[1:] != days[:-1])
    return cells[last], days[last], codes[last]


def _event_runs(
    source: Any, cells: Any, days: list[_dt.date]
) -> tuple[Any, np.ndarray, np.ndarray, np.ndarray]:
    """Where each cell's place has an event: ``(index, cell, day index, event row)``, sorted."""
    empty = np.array([], dtype=np.int64)
    index, _ = _last_applied(source, days[-1], cells)
    if index is None:
        return None, empty, empty, empty
    pos = index["cell_pos"]
    first = np.datetime64(days[0], "D") + np.arange(len(days))
    k = np.searchsorted(first, index["day"], side="left")  # the first page day it applies to
    by_pos = np.argsort(pos, kind="stable")
    sorted_pos = pos[by_pos]
    lo = np.searchsorted(sorted_pos, index["code"], side="left")
    hi = np.searchsorted(sorted_pos, index["code"], side="right")
    rows = np.flatnonzero((k < len(days)) & (hi > lo))
    count = (hi - lo)[rows]
    ev_row = np.repeat(rows, count)
    start = np.repeat(lo[rows] - np.cumsum(count) + count, count)
    ev_cell = by_pos[start + np.arange(len(ev_row))]
    order = np.lexsort((ev_row, k[ev_row], ev_cell))
    return index, ev_cell[order], k[ev_row][order], ev_row[order]


def shared_ground(
    source: Any,
    days: list[_dt.date],
    actors: c.Actors,
    pairs: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray],
) -> dict[str, Any] | None:
    """What clicking the ground says on every day of a run, written once (``assets/ground.js``).

    The same as :func:`ground_info` for each day, without a page carrying a
    figure per cell: a page gives its day index (``{"day": k}``) and the page
    code looks the clicked cell up here.

    Parameters
    ----------
    days : list of date
        Every day of the run; day index ``k`` is ``days[k]``.
    pairs : tuple of arrays
        ``(point, piece, i0, i1, actor)``: each (cell point, territory piece
        holding it) pair, the piece's days ``[i0, i1)`` and holder id.

    Returns
    -------
    dict or None
        ``cells``: per cell (order of ``place_cells()``) a flat list of runs
        ``[k, holder, event, ...]``: from day index ``k`` on, ``holder`` (actor
        index, ``-1`` nobody known) holds it, taken through ``event`` (index
        into ``events``; ``-1``: held since the start of the record); before
        its first run nobody holds it.  ``events`` (``[date index, from
        actor index, source index]``), ``dates``, ``sources`` (escaped HTML),
        ``actors``, ``start``: as :func:`ground_info`'s.
    """
    cells = _cells(source)
    if cells is None:
        return None
    # ids met here only (a from-actor outside the table) are named in this table alone: the
    # pages' legends are the same whether it is made before them or alongside
    actors = copy.deepcopy(actors)
    pt, piece, i0, i1, actor = pairs
    who = np.array([actors.idx(a) if a else -1 for a in actor.tolist()], dtype=np.int64)
    h_cell, h_day, h_code = _holder_runs(pt, who[piece], i0[piece], i1[piece], len(cells))
    index, e_cell, e_day, e_row = _event_runs(source, cells, days)
    n = len(days) + 1
    h_key, e_key = h_cell * n + h_day, e_cell * n + e_day
    key = np.union1d(h_key, e_key)
    holder = _run_value(h_key, h_cell, h_code, key, n)
    row = _run_value(e_key, e_cell, e_row, key, n)
    since = np.full(len(key), -1, dtype=np.int64)
    if index is not None and len(row):
        to = np.array(
            [actors.index.get(t, -2) if t else -2 for t in index["to"].tolist()], dtype=np.int64
        )
        took = (row >= 0) & (holder >= 0)
        took[took] = to[row[took]] == holder[took]
        since[took] = row[took]
    return _ground_table(source, index, actors, key // n, key % n, holder, since)


def _run_value(
    keys: np.ndarray, cells: np.ndarray, values: np.ndarray, key: np.ndarray, n: int
) -> np.ndarray:
    """The value of the run (``keys``: cell * n + day, ascending) each ``key`` falls in, -1 where
    none of its cell's runs has begun (or there is no run at all: no holder, no event)."""
    if not len(keys):
        return np.full(len(key), -1, dtype=np.int64)
    at = np.searchsorted(keys, key, side="right") - 1
    ok = at >= 0
    at = np.maximum(at, 0)
    return np.where(ok & (cells[at] == key // n), values[at], -1)


def _ground_table(
    source: Any,
    index: Any,
    actors: c.Actors,
    cell: np.ndarray,
    day: np.ndarray,
    holder: np.ndarray,
    since: np.ndarray,
) -> dict[str, Any]:
    """:func:`shared_ground`'s dict from its runs (sorted by cell and day), repeats dropped."""
    new_cell = np.ones(len(cell), dtype=bool)
    new_cell[1:] = cell[1:] != cell[:-1]
    prev_h = np.where(new_cell, -1, np.roll(holder, 1))
    prev_s = np.where(new_cell, -1, np.roll(since, 1))
    keep = (holder != prev_h) | (since != prev_s)
    cell, day, holder, since = cell[keep], day[keep], holder[keep], since[keep]
    dates: dict[str, int] = {}
    sources: dict[str, int] = {}
    events: list[list[int]] = []
    ev_of = np.full(len(since), -1, dtype=np.int64)
    used = since >= 0
    if used.any():
        rows, inv = np.unique(since[used], return_inverse=True)
        iso, html, frm = _row_texts(index)
        for r in rows.tolist():
            d = dates.setdefault(iso[r], len(dates))
            s = sources.setdefault(html[r], len(sources))
            events.append([actors.idx(frm[r]) if frm[r] else -1, s, d])
        ev_of[used] = inv
    runs = np.column_stack([day, holder, ev_of]).reshape(-1).tolist()
    n_cells = len(_cells(source))
    counts = np.bincount(cell, minlength=n_cells) * 3
    ends = np.cumsum(counts).tolist()
    out_cells, lo = [], 0
    for hi in ends:
        out_cells.append(runs[lo:hi])
        lo = hi
    start_text = _start_text(source)
    return {
        "cells": out_cells,
        "events": [[e[2], e[0], e[1]] for e in events],
        "dates": list(dates),
        "sources": list(sources),
        "actors": [html_text(nm) for nm in actors.names],
        "start": html_text(start_text),
    }
