"""Shared helpers of the map pages: dates, actors, the map frame, event popups."""

from __future__ import annotations

import datetime as _dt
import math
import re
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
#: Label priority by place kind (0 is kept for event places, 2 for countries).
_PLACE_RANK = {"capital": 1, "city": 3, "town": 4}
_OTHER_RANK = 5
_COUNTRY_RANK = 2
#: Place kinds never drawn on maps (reference points for comparisons and checks).
HIDDEN_KINDS = frozenset({"reference"})
#: The last day geomap takes (geomap.dates.MAX_DAY; rendering imports nothing from the inputs'
#: rooms, so the day is written here once): asking a source for every event up to it.
LAST_DAY = _dt.date(2199, 12, 31)
#: Margin around the places that change hands, as a share of their extent (plus 0.3°).
ACTION_MARGIN = 0.15
#: The same on a narrow screen (a phone), plus 0.1°: there the action takes the screen's width.
NARROW_MARGIN = 0.04


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


_PREFIX_RE = re.compile(r"(?:[A-Za-z0-9_.-]+/)*")


def validate_assets(assets: str) -> str:
    """Check the ``assets`` option: ``"inline"`` or a relative folder prefix like ``"assets/"``."""
    if assets == "inline":
        return assets
    if not isinstance(assets, str) or not assets or not _PREFIX_RE.fullmatch(assets):
        raise ValueError(
            f"assets={assets!r}: use 'inline' or a relative folder ending in '/' "
            "such as 'assets/' (letters, digits, '_', '.', '-')"
        )
    return assets


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


def records(df: pd.DataFrame) -> list[dict[str, Any]]:
    """``df.to_dict("records")``, the same values, in a fraction of the time.

    Numeric, boolean and ``str`` columns are read with ``tolist`` (Python
    scalars, NaN for missing text, as ``to_dict`` gives them); every other
    column through ``to_dict("list")``, which boxes values as ``"records"`` does.
    """
    cols = list(df.columns)
    if not cols or len(set(cols)) != len(cols):  # no columns, or duplicate names: to_dict's
        return df.to_dict("records")
    lists = []
    slow = [
        name
        for name in cols
        if not (
            (isinstance(df[name].dtype, np.dtype) and df[name].dtype.kind in "iufb")
            or (isinstance(df[name].dtype, pd.StringDtype) and df[name].dtype.na_value is np.nan)
        )
    ]
    boxed = df[slow].to_dict("list") if slow else {}
    for name in cols:
        lists.append(boxed[name] if name in boxed else df[name].tolist())
    return [dict(zip(cols, values, strict=True)) for values in zip(*lists, strict=True)]


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

    def piece_styles(self, *, layered: bool = False) -> list[dict[str, Any]]:
        """:meth:`territory_styles` for ground drawn as pieces that touch.

        A browser's antialiasing leaves a hairline where two pieces of one holder's
        ground meet.  Each piece is filled and stroked opaque in its own colour (the
        unassigned and contested hatches stroke with their pattern), so the stroke
        covers those hairlines, and the stylesheet makes the ground see-through as a
        whole, so a stroke never darkens a fill it overlaps:

        * ``layered=False``: one path per holder (the date pages); CSS opacity on
          each path (``path.gm-pieces``) composites its fill and stroke together;
        * ``layered=True``: one path per piece (the timeline's cached layers); the
          actors' pieces go to the ``gmPieces`` pane, see-through as a whole
          (``.leaflet-gmPieces-pane``); unassigned ground is opaque anyway.
        """
        styles = []
        for style in self.territory_styles():
            piece = {
                **style,
                "color": style["fillColor"],
                "weight": 1.5,
                "opacity": 1,
                "fillOpacity": 1,
                "className": style["className"] + " gm-pieces",
            }
            if layered and "gm-unassigned" not in style["className"]:
                piece["pane"] = "gmPieces"
            styles.append(piece)
        return styles

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
    """What every map of a source shares: the AOI, the view, the display precision.

    ``bounds`` is the initial view (``[map] view`` of the theatre, by default
    the places that change hands); ``aoi_bounds`` the area of interest's.
    """

    aoi: Any
    bounds: tuple[float, float, float, float]
    zoom: int
    tolerance: float
    decimals: int
    aoi_bounds: tuple[float, float, float, float] | None = None
    #: the view on a narrow screen (a phone): the places that change hands with a slim margin
    #: (``bounds`` keeps a wider one); None: ``bounds``
    narrow: tuple[float, float, float, float] | None = None

    @property
    def max_zoom(self) -> int:
        """The deepest zoom of the pages."""
        return min(self.zoom + 5, 18)

    @property
    def center(self) -> list[float]:
        minx, miny, maxx, maxy = self.bounds
        return [round((miny + maxy) / 2, 5), round((minx + maxx) / 2, 5)]

    @property
    def fit(self) -> list[list[float]]:
        minx, miny, maxx, maxy = self.bounds
        return [[round(miny, 5), round(minx, 5)], [round(maxy, 5), round(maxx, 5)]]

    @property
    def narrow_fit(self) -> list[list[float]]:
        """``[[south, west], [north, east]]`` of the view on a narrow screen."""
        minx, miny, maxx, maxy = self.narrow or self.bounds
        return [[round(miny, 5), round(minx, 5)], [round(maxy, 5), round(maxx, 5)]]

    def padded(self, factor: float = 0.6) -> tuple[float, float, float, float]:
        minx, miny, maxx, maxy = self.bounds
        pad = max(maxx - minx, maxy - miny) * factor + 0.5
        return (minx - pad, max(miny - pad, -85.0), maxx + pad, min(maxy + pad, 85.0))


_FRAMES: dict[int, tuple[Any, Any, Any, Frame]] = {}


def frame(source: Any) -> Frame:
    """The map frame of ``source``: AOI bounds, initial zoom, simplification tolerance.

    Cached for the source being drawn (every page of a folder shares it),
    while its ``aoi`` and ``map_view`` stay the same objects.
    """
    aoi, view = source.aoi, getattr(source, "map_view", None)
    hit = _FRAMES.get(id(source))
    if hit is not None and hit[0] is source and hit[1] is aoi and hit[2] == view:
        return hit[3]
    fr = _frame(source)
    _FRAMES.clear()
    _FRAMES[id(source)] = (source, aoi, view, fr)
    return fr


def _frame(source: Any) -> Frame:
    aoi = to_wgs84(source.aoi)
    geoms = [g for g in aoi.geometry.values if g is not None and not shapely.is_empty(g)]
    if not geoms:
        raise GeomapError("the map source's area of interest is empty: nothing to draw")
    geom = shapely.union_all(geoms)
    aoi_bounds = tuple(float(v) for v in shapely.bounds(geom))
    bounds = view_bounds(source, aoi_bounds)
    narrow = view_bounds(source, aoi_bounds, margin=NARROW_MARGIN, pad_degrees=0.1)
    zoom = fit_zoom(bounds)
    tolerance = pixel_degrees(zoom, (bounds[1] + bounds[3]) / 2) * SIMPLIFY_PX
    return Frame(
        aoi=geom,
        bounds=bounds,
        zoom=zoom,
        tolerance=tolerance,
        decimals=coordinate_decimals(tolerance),
        aoi_bounds=aoi_bounds,
        narrow=narrow,
    )


def view_bounds(
    source: Any,
    aoi_bounds: tuple[float, ...],
    *,
    margin: float = ACTION_MARGIN,
    pad_degrees: float = 0.3,
) -> tuple[float, float, float, float]:
    """The initial view of ``source``'s maps: ``source.map_view`` or the action.

    ``map_view`` (``[map] view`` in theatre.toml, validated where it is
    parsed) is ``[west, south, east, north]``, ``"aoi"`` (the whole area of
    interest) or ``"action"``/None: the places that change hands in the
    source's default date range, with a margin (the whole area of interest
    when nothing changes hands).
    """
    view = getattr(source, "map_view", None)
    if isinstance(view, list | tuple) and len(view) == 4:
        w, s_, e, n = (float(v) for v in view)
        return (w, s_, e, n)
    if view == "aoi":
        return tuple(aoi_bounds)  # type: ignore[return-value]
    pts = _action_points(source)
    if len(pts) == 0:
        return tuple(aoi_bounds)  # type: ignore[return-value]
    minx, miny = pts.min(axis=0)
    maxx, maxy = pts.max(axis=0)
    pad = max(maxx - minx, maxy - miny) * margin + pad_degrees
    return (float(minx - pad), float(miny - pad), float(maxx + pad), float(maxy + pad))


def _action_points(source: Any) -> np.ndarray:
    """(lon, lat) of the applied events of the source's default date range."""
    try:
        dates = sorted({as_date(d, "map date") for d in source.map_dates(every="event")})
    except (TypeError, ValueError, InputError):
        return np.zeros((0, 2))
    if not dates:
        return np.zeros((0, 2))
    events = source.events_between(None, dates[-1])
    if events is None or len(events) == 0 or "lat" not in events.columns:
        return np.zeros((0, 2))
    day = pd.to_datetime(events["date"], errors="coerce")
    keep = (day >= pd.Timestamp(dates[0])).to_numpy(dtype=bool, copy=True)
    if "status" in events.columns:
        status = events["status"].fillna("applied").astype(str)
        keep &= (status == "applied").to_numpy(dtype=bool)
    lon = pd.to_numeric(events["lon"], errors="coerce").to_numpy(dtype=float)
    lat = pd.to_numeric(events["lat"], errors="coerce").to_numpy(dtype=float)
    keep &= np.isfinite(lon) & np.isfinite(lat)
    return np.column_stack([lon[keep], lat[keep]])


def shown_places(places: Any) -> Any:
    """The places drawn on maps: not ``show == no``, not of a hidden kind (``reference``)."""
    if places is None or len(places) == 0:
        return places
    kind = column(places, "kind").map(lambda k: text(k).strip().lower())
    keep = ~kind.isin(HIDDEN_KINDS)
    if "show" in places.columns:
        keep &= places["show"].map(lambda v: v is not False and text(v).lower() != "no")
    return places[keep.to_numpy(dtype=bool)]


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
    """Labels for the places shown and the neighbouring countries (once each).

    Places within the view or the area of interest (grown by a quarter);
    countries outside the area of interest, at the pole of inaccessibility of
    their part near it.  ``[lat, lon, html, rank, is_country]``, ranks as
    :class:`~geomap.render._elements.PlaceLabels` reads them; a country's
    label has a sixth item, other spots inside its land (:func:`label_spots`):
    the page moves the label to the first spot where it lies wholly in view.
    """
    ab = fr.aoi_bounds or fr.bounds
    big = Frame(fr.aoi, tuple(_union_bounds(ab, fr.bounds)), fr.zoom, fr.tolerance, fr.decimals)
    minx, miny, maxx, maxy = big.padded(0.25)
    labels: list[list[Any]] = []
    basemap = getattr(source, "basemap", None)
    if basemap is not None and len(basemap):
        basemap = to_wgs84(basemap)
        view = big.padded(0.05)
        geoms = np.asarray(basemap.geometry.values, dtype=object)
        near = shapely.intersects(geoms, shapely.box(*view))
        for geom, name in zip(geoms[near], column(basemap, "name")[near], strict=True):
            if not text(name):
                continue
            part = shapely.clip_by_rect(shapely.make_valid(geom), *view)
            if shapely.is_empty(part):
                continue
            part = shapely.difference(part, fr.aoi)
            parts = shapely.get_parts(part)
            parts = parts[(shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)]
            if len(parts) == 0:
                continue
            largest = parts[int(np.argmax(shapely.area(parts)))]
            rep = shapely.maximum_inscribed_circle(largest, tolerance=0.05).interpolate(0)
            x, y = rep.x, rep.y
            if minx <= x <= maxx and miny <= y <= maxy:
                spots = label_spots(shapely.multipolygons(parts), first=(x, y))
                labels.append([round(y, 4), round(x, 4), html_text(name), _COUNTRY_RANK, 1, spots])
    places = shown_places(getattr(source, "places", None))
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
                rank = _PLACE_RANK.get(text(kind).lower(), _OTHER_RANK)
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


def label_spots(land: Any, *, first: tuple[float, float], n: int = 12) -> list[list[float]]:
    """Up to ``n`` spots ``[lat, lon]`` inside ``land`` for its label, roomiest first.

    ``first`` (lon, lat), the pole of inaccessibility, leads; then points of
    a 12 × 12 grid over the land, by their distance to its edge, each at
    least 1.5 grid steps from the spots before it.  A page shows the label at
    the first spot where it fits wholly in view, so a country cut by the
    edge of the screen is named on the part that shows.

    Examples
    --------
    >>> spots = label_spots(shapely.box(0, 0, 10, 2), first=(5, 1), n=3)
    >>> spots[0], len(spots)
    ([1.0, 5.0], 3)
    """
    minx, miny, maxx, maxy = shapely.bounds(land)
    step = max(maxx - minx, maxy - miny) / 12
    if not step > 0:
        return [[round(first[1], 4), round(first[0], 4)]]
    gx, gy = np.meshgrid(
        np.arange(minx + step / 2, maxx, step), np.arange(miny + step / 2, maxy, step)
    )
    pts = shapely.points(gx.ravel(), gy.ravel())
    inside = shapely.contains(land, pts)
    pts = pts[inside]
    room = shapely.distance(shapely.boundary(land), pts)
    xy = shapely.get_coordinates(pts)[np.argsort(-room, kind="stable")]
    chosen = [np.asarray(first, dtype=float)]
    for p in xy:
        if len(chosen) >= n:
            break
        if min(float(np.hypot(*(p - q))) for q in chosen) >= 1.5 * step:
            chosen.append(p)
    return [[round(float(q[1]), 4), round(float(q[0]), 4)] for q in chosen]


def _union_bounds(a: Sequence[float], b: Sequence[float]) -> list[float]:
    return [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]


def assumptions(source: Any) -> list[tuple[str, str]]:
    items = getattr(source, "assumptions", None) or {}
    return [(text(k), text(v)) for k, v in dict(items).items()]


def credits(source: Any) -> list[tuple[str, str, str]]:
    """``(what, licence, attribution)`` of the data a source's maps show, as text (unescaped).

    From ``source.credits`` (optional in the rendering contract; the
    ``Theatre`` gives the theatre's ``[data]`` licence and attribution, the
    regions' and the country outlines' sources).
    """
    out = []
    for item in getattr(source, "credits", None) or ():
        what, licence, attribution = (list(item) + ["", "", ""])[:3]
        if text(what) or text(licence) or text(attribution):
            out.append((text(what), text(licence), text(attribution)))
    return out


def credits_html(items: list[tuple[str, str, str]]) -> str:
    """The credits as one escaped HTML fragment: a one-line summary that opens to them all.

    The summary names the first item's licence (the theatre's data); the
    rest is a list of what, licence and attribution.  Empty without credits.
    """
    if not items:
        return ""
    h = html_text
    first = items[0]
    rows = "".join(
        f"<li><b>{h(what)}</b>{f' ({h(licence)})' if licence else ''}"
        f"{f': {h(attribution)}' if attribution else ''}</li>"
        for what, licence, attribution in items
    )
    summary = f"{h(first[0])}: {h(first[1])}" if first[1] else h(first[0])
    return (
        f'<details class="gm-credits"><summary>{summary} · sources</summary>'
        f"<ul>{rows}</ul></details>"
    )


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


def legend_rows(
    held: dict[int, float], actors: Actors, places: dict[int, list[str]] | None = None
) -> list[dict[str, Any]]:
    """The legend's rows: each actor's held km², then unassigned land and the total.

    An actor holding no ground is never a bare "0 km²": its row says so, and
    names the places it holds that own no ground (``places``: actor index →
    place names, e.g. a city outside the area of interest), if any.
    """
    rows = [
        {
            "kind": "actor",
            "name": name,
            "color": actors.colors[i],
            "km2": format_km2(held.get(i, 0.0)),
        }
        for i, name in enumerate(actors.names)
    ]
    for i, row in enumerate(rows):
        if held.get(i, 0.0) == 0:
            row["km2"] = "–"
            row["note"] = no_ground_note((places or {}).get(i, []))
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


def no_ground_note(places: list[str]) -> str:
    """What an actor holding no ground holds: "no ground on this date", or its places.

    >>> no_ground_note([])
    'no ground on this date'
    >>> no_ground_note(["Mosul"])
    'no ground; holds Mosul (owns no cell)'
    >>> no_ground_note(["A", "B", "C", "D"])
    'no ground; holds 4 places (own no cells)'
    """
    if not places:
        return "no ground on this date"
    if len(places) == 1:
        return f"no ground; holds {places[0]} (owns no cell)"
    what = ", ".join(places) if len(places) <= 3 else f"{len(places)} places"
    return f"no ground; holds {what} (own no cells)"


def page_name(day: _dt.date) -> str:
    """File name of the map page of ``day``: made from the date only."""
    return f"{as_date(day).isoformat()}.html"


def iter_dates(
    dates: Sequence[_dt.date],
) -> Iterable[tuple[_dt.date | None, _dt.date, _dt.date | None]]:
    for i, day in enumerate(dates):
        yield (dates[i - 1] if i else None), day, (dates[i + 1] if i + 1 < len(dates) else None)
