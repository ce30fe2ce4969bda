"""Shared helpers of the map pages: dates, actors, the map frame, event popups."""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import pandas as pd
import shapely

from geomap.errors import GeomapError, InputError
from geomap.render._escape import (
    FALLBACK_COLOR,
    format_date,
    format_km2,
    html_text,
    safe_color,
    safe_url,
)
from geomap.render._geometry import coordinate_decimals, fit_zoom, pixel_degrees

Every = Literal["day", "week", "event"]
EVERY_CHOICES = ("day", "week", "event")

#: Simplification tolerance, in screen pixels at the initial zoom.
SIMPLIFY_PX = 0.75
#: Rounding of point coordinates (markers, labels): about 1 m.
POINT_DECIMALS = 5
UNASSIGNED_COLOR = "#bbbbbb"
#: Holder id of the contested band in ``control()``: drawn hatched grey.
CONTESTED = "contested"
REJECTED_COLOR = "#9e9e9e"
_CONFIDENCE_CLASS = {
    "confirmed": "gm-confirmed",
    "claimed": "gm-claimed",
    "disputed": "gm-disputed",
}
_PLACE_RANK = {"capital": 0, "city": 0, "town": 1}


def as_date(value: Any, what: str = "date") -> _dt.date:
    """A ``datetime.date`` from a date, datetime, Timestamp or ISO string.

    Raises
    ------
    InputError
        If ``value`` is not a date.
    """
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        if isinstance(value, str):
            return (
                _dt.date.fromisoformat(value[:10])
                if len(value) >= 10
                else _dt.date.fromisoformat(value)
            )
        ts = pd.Timestamp(value)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{what}: {value!r} is not a date; use YYYY-MM-DD") from exc
    if pd.isna(ts):
        raise InputError(f"{what}: missing date; use YYYY-MM-DD")
    return ts.date()


def optional_date(value: Any, what: str) -> _dt.date | None:
    if value is None:
        return None
    try:
        if not isinstance(value, str) and pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return as_date(value, what)


def check_every(every: str) -> str:
    if every not in EVERY_CHOICES:
        raise InputError(f"every={every!r}: choose one of {', '.join(EVERY_CHOICES)}")
    return every


def map_dates(source: Any, every: str, start: Any, end: Any) -> list[_dt.date]:
    """The source's map dates as sorted, unique ``datetime.date`` values."""
    check_every(every)
    start_d = optional_date(start, "start")
    end_d = optional_date(end, "end")
    if start_d and end_d and start_d > end_d:
        raise InputError(f"start {start_d} is after end {end_d}")
    raw = source.map_dates(every=every, start=start_d, end=end_d)
    dates = sorted({as_date(d, "map date") for d in raw})
    if not dates:
        raise InputError(
            f"no map dates between {start_d or 'the start'} and {end_d or 'the end'} (every={every!r})"
        )
    return dates


def text(value: Any) -> str:
    """``str(value)``, with None/NaN as ""."""
    if value is None:
        return ""
    try:
        if not isinstance(value, str) and pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def number(value: Any) -> float | None:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def column(df: pd.DataFrame, name: str, default: Any = None) -> pd.Series:
    if name in df.columns:
        return df[name]
    return pd.Series([default] * len(df), index=df.index, dtype=object)


def to_wgs84(gdf: Any) -> Any:
    """``gdf`` in EPSG:4326 (converted if it carries another CRS)."""
    crs = getattr(gdf, "crs", None)
    if crs is not None and crs.to_epsg() != 4326:
        return gdf.to_crs(4326)
    return gdf


@dataclass
class Actors:
    """Actor ids, display names and safe colours, in legend order.

    Index ``-1`` is unassigned land (actor ``""``).  Ids met in the data but
    missing from the actors table are appended (grey), never dropped.
    """

    ids: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    colors: list[str] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    @classmethod
    def from_frame(cls, frame: pd.DataFrame) -> Actors:
        out = cls()
        names = column(frame, "name")
        colors = column(frame, "color")
        for actor_id, name, color in zip(frame["id"], names, colors, strict=True):
            key = text(actor_id)
            if key in out.index or key == "":
                continue
            out.index[key] = len(out.ids)
            out.ids.append(key)
            out.names.append(text(name) or key)
            out.colors.append(safe_color(color))
        return out

    def idx(self, actor: Any) -> int:
        key = text(actor)
        if key == "":
            return -1
        if key not in self.index:
            self.index[key] = len(self.ids)
            self.ids.append(key)
            self.names.append(key)
            self.colors.append(FALLBACK_COLOR)
        return self.index[key]

    def name(self, actor: Any) -> str:
        i = self.idx(actor)
        return "Unassigned" if i < 0 else self.names[i]

    def color(self, i: int) -> str:
        return UNASSIGNED_COLOR if i < 0 else self.colors[i]

    def territory_styles(self) -> list[dict[str, Any]]:
        """Leaflet styles: one per actor, then unassigned (index ``len(ids)``)."""
        styles: list[dict[str, Any]] = [
            {
                "color": color,
                "weight": 0.8,
                "opacity": 0.9,
                "fillColor": color,
                "fillOpacity": 0.5,
                "className": f"gm-terr gm-a{i}",
                "pane": "gmTerritory",
            }
            for i, color in enumerate(self.colors)
        ]
        for i, key in enumerate(self.ids):
            if key == CONTESTED:  # the contested band (theatre.toml [model] contested_band_km)
                styles[i].update(
                    color="#6e6e6e", fillColor="#8a8a8a", className="gm-terr gm-contested"
                )
        styles.append(
            {
                "color": "#8a8a8a",
                "weight": 0.6,
                "opacity": 0.8,
                "fillColor": UNASSIGNED_COLOR,
                "fillOpacity": 1,
                "className": "gm-terr gm-unassigned",
                "pane": "gmTerritory",
            }
        )
        return styles

    def style_index(self, i: int) -> int:
        return len(self.ids) if i < 0 else i


@dataclass(frozen=True)
class Frame:
    """What every map of a source shares: the AOI, the view, the display precision."""

    aoi: Any
    bounds: tuple[float, float, float, float]
    zoom: int
    tolerance: float
    decimals: int

    @property
    def center(self) -> list[float]:
        minx, miny, maxx, maxy = self.bounds
        return [round((miny + maxy) / 2, 5), round((minx + maxx) / 2, 5)]

    @property
    def fit(self) -> list[list[float]]:
        minx, miny, maxx, maxy = self.bounds
        return [[round(miny, 5), round(minx, 5)], [round(maxy, 5), round(maxx, 5)]]

    def padded(self, factor: float = 0.6) -> tuple[float, float, float, float]:
        minx, miny, maxx, maxy = self.bounds
        pad = max(maxx - minx, maxy - miny) * factor + 0.5
        return (minx - pad, max(miny - pad, -85.0), maxx + pad, min(maxy + pad, 85.0))


def frame(source: Any) -> Frame:
    """The map frame of ``source``: AOI bounds, initial zoom, simplification tolerance."""
    aoi = to_wgs84(source.aoi)
    geoms = [g for g in aoi.geometry.values if g is not None and not shapely.is_empty(g)]
    if not geoms:
        raise GeomapError("the map source's area of interest is empty: nothing to draw")
    geom = shapely.union_all(geoms)
    bounds = tuple(float(v) for v in shapely.bounds(geom))
    zoom = fit_zoom(bounds)
    tolerance = pixel_degrees(zoom, (bounds[1] + bounds[3]) / 2) * SIMPLIFY_PX
    return Frame(
        aoi=geom,
        bounds=bounds,
        zoom=zoom,
        tolerance=tolerance,
        decimals=coordinate_decimals(tolerance),
    )


def point(lat: Any, lon: Any) -> tuple[float, float] | None:
    la, lo = number(lat), number(lon)
    if la is None or lo is None or not (-90 <= la <= 90) or not (-180 <= lo <= 180):
        return None
    return round(la, POINT_DECIMALS), round(lo, POINT_DECIMALS)


def event_html(row: pd.Series, actors: Actors) -> str:
    """One event as an escaped HTML fragment (popup and event list).

    Date, place, from → to, confidence, transferred km², source (a link only
    for http(s) URLs), note, and status/reason for rejected events.
    """
    h = html_text
    place = text(row.get("place_name")) or text(row.get("place")) or "drawn area"
    from_raw = row.get("from_actor")
    missing = from_raw is None or (not isinstance(from_raw, str) and pd.isna(from_raw))
    from_name = "—" if missing else actors.name(from_raw)
    to_name = actors.name(row.get("to_actor"))
    parts = [
        f'<div class="gm-ev-head"><b>{h(format_date(row.get("date")))}</b> · {h(place)}</div>',
        f"<div>{h(from_name)} → {h(to_name)}</div>",
    ]
    confidence = text(row.get("confidence")) or "confirmed"
    parts.append(f"<div>Confidence: {h(confidence)}</div>")
    area = number(row.get("area_km2"))
    if area is not None:
        parts.append(f"<div>Transferred: {h(format_km2(area))}</div>")
    source_text = text(row.get("source"))
    raw_url = text(row.get("source_url"))
    url = safe_url(raw_url)
    if url:
        label = source_text or url
        parts.append(
            f'<div>Source: <a href="{h(url)}" target="_blank" rel="noopener noreferrer nofollow">'
            f"{h(label)}</a></div>"
        )
    elif source_text or raw_url:
        extra = ' <span class="gm-muted">(link omitted: not http/https)</span>' if raw_url else ""
        parts.append(f"<div>Source: {h(source_text)}{extra}</div>")
    note = text(row.get("note"))
    if note:
        parts.append(f"<div>Note: {h(note)}</div>")
    status = text(row.get("status"))
    if status and status != "applied":
        reason = text(row.get("reason"))
        parts.append(f'<div class="gm-rejected">{h(status.capitalize())}: {h(reason)}</div>')
    return "".join(parts)


def event_marker(row: pd.Series, actors: Actors) -> tuple[str, str]:
    """Fill colour and fixed CSS classes of an event marker."""
    confidence = text(row.get("confidence")) or "confirmed"
    css = _CONFIDENCE_CLASS.get(confidence, "gm-unknown")
    status = text(row.get("status"))
    if status and status != "applied":
        return REJECTED_COLOR, css + " gm-rejected"
    return actors.color(actors.idx(row.get("to_actor"))), css


def sorted_events(events: pd.DataFrame) -> pd.DataFrame:
    if events is None or len(events) == 0 or "date" not in events.columns:
        return events if events is not None else pd.DataFrame()
    key = pd.to_datetime(events["date"], errors="coerce")
    return events.assign(_key=key).sort_values("_key", kind="stable").drop(columns="_key")


def place_labels(source: Any, fr: Frame) -> list[list[Any]]:
    """Labels for places and neighbouring countries within the padded view."""
    minx, miny, maxx, maxy = fr.padded(0.25)
    labels: list[list[Any]] = []
    basemap = getattr(source, "basemap", None)
    if basemap is not None and len(basemap):
        basemap = to_wgs84(basemap)
        view = fr.padded(0.05)
        reps = shapely.point_on_surface(shapely.clip_by_rect(basemap.geometry.values, *view))
        names = column(basemap, "name")
        for rep, name in zip(reps, names, strict=True):
            if rep is None or shapely.is_empty(rep) or not text(name):
                continue
            if shapely.contains(fr.aoi, rep):
                continue
            x, y = rep.x, rep.y
            if minx <= x <= maxx and miny <= y <= maxy:
                labels.append([round(y, 4), round(x, 4), html_text(name), 0, 1])
    places = getattr(source, "places", None)
    if places is not None and len(places):
        places = to_wgs84(places)
        pts = shapely.point_on_surface(places.geometry.values)
        xs, ys = shapely.get_x(pts), shapely.get_y(pts)
        for x, y, name, kind in zip(
            xs, ys, column(places, "name"), column(places, "kind"), strict=True
        ):
            if not (np.isfinite(x) and np.isfinite(y)) or not text(name):
                continue
            if minx <= x <= maxx and miny <= y <= maxy:
                rank = _PLACE_RANK.get(text(kind).lower(), 2)
                labels.append(
                    [
                        round(float(y), POINT_DECIMALS),
                        round(float(x), POINT_DECIMALS),
                        html_text(name),
                        rank,
                        0,
                    ]
                )
    return labels


def assumptions(source: Any) -> list[tuple[str, str]]:
    items = getattr(source, "assumptions", None) or {}
    return [(text(k), text(v)) for k, v in dict(items).items()]


def held_by_actor(
    frame_: pd.DataFrame, actors: Actors, *, value: str = "area_km2"
) -> dict[int, float]:
    """Sum of ``value`` per actor index (``-1`` unassigned), from the source's figures."""
    out: dict[int, float] = {}
    if frame_ is None or len(frame_) == 0:
        return out
    for actor, area in zip(frame_["actor"], column(frame_, value), strict=True):
        i = actors.idx(actor)
        out[i] = out.get(i, 0.0) + (number(area) or 0.0)
    return out


def legend_rows(held: dict[int, float], actors: Actors) -> list[dict[str, Any]]:
    rows = [
        {
            "kind": "actor",
            "name": name,
            "color": actors.colors[i],
            "km2": format_km2(held.get(i, 0.0)),
        }
        for i, name in enumerate(actors.names)
    ]
    rows.append(
        {
            "kind": "unassigned",
            "name": "Unassigned",
            "color": "",
            "km2": format_km2(held.get(-1, 0.0)),
        }
    )
    rows.append(
        {
            "kind": "total",
            "name": "Area of interest",
            "color": "",
            "km2": format_km2(sum(held.values())),
        }
    )
    return rows


def page_name(day: _dt.date) -> str:
    """File name of the map page of ``day``: made from the date only."""
    return f"{as_date(day).isoformat()}.html"


def iter_dates(
    dates: Sequence[_dt.date],
) -> Iterable[tuple[_dt.date | None, _dt.date, _dt.date | None]]:
    for i, day in enumerate(dates):
        yield (dates[i - 1] if i else None), day, (dates[i + 1] if i + 1 < len(dates) else None)
