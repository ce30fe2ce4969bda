"""A fake ``MapSource`` over a fixed set of cells, for rendering tests.

Territory is derived the simplest way: each cell has one holder, events move
cells between holders.  Areas (``area_km2``) are made-up per-cell figures,
deliberately different from the geometry's area, so tests can tell that
rendering shows the source's figures and never recomputes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

XSS_IMG = "<img src=x onerror=alert('img')>"
XSS_SCRIPT = "</script><script>alert('script')</script>"
XSS_TEMPLATE = "${alert('template')}`+alert('backtick')+`"
XSS_ATTR = "\"><svg onload=alert('attr')>"
# branca compiles rendered macros as Jinja templates: this must stay text, never run
SSTI = "{{ 7*7 }}{% if true %}jinja ran{% endif %}{{ cycler.__init__.__globals__.os.getpid() }}"


def _day(value: Any) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(value).date()


class FakeSource:
    """Cells + initial holders + events → everything the rendering contract asks for.

    Parameters
    ----------
    cells : GeoDataFrame
        ``id``, ``area_km2``, geometry (a coverage of the AOI), EPSG:4326.
    initial : dict
        cell id → actor id ("" = unassigned) on ``snapshot``.
    events : DataFrame
        Contract columns plus ``cell`` (the cell the event moves, or None).
    interval_level : {"actor", "cell"}
        ``intervals()`` as the contract says (one feature per actor per
        unchanged interval) or finer (one feature per cell per holder interval).
    """

    def __init__(
        self,
        *,
        title: str,
        actors: pd.DataFrame,
        cells: gpd.GeoDataFrame,
        initial: dict[str, str],
        snapshot: dt.date,
        events: pd.DataFrame,
        places: gpd.GeoDataFrame,
        aoi: gpd.GeoDataFrame,
        basemap: gpd.GeoDataFrame,
        assumptions: dict[str, str],
        interval_level: str = "actor",
    ):
        self.title = title
        self.actors = actors
        self.places = places
        self.aoi = aoi
        self.basemap = basemap
        self.assumptions = assumptions
        self._cells = cells.reset_index(drop=True)
        self._ids = list(self._cells["id"])
        self._area = dict(zip(self._cells["id"], self._cells["area_km2"], strict=True))
        self._geom = dict(zip(self._cells["id"], self._cells.geometry.values, strict=True))
        self._snapshot = snapshot
        self._events = events.reset_index(drop=True)
        self._interval_level = interval_level
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        # holders per change date
        self._states: list[tuple[dt.date, dict[str, str]]] = [(snapshot, dict(initial))]
        state = dict(initial)
        applied = self._events[self._events["status"] == "applied"]
        for day, group in applied.groupby(applied["date"].map(_day), sort=True):
            for _, ev in group.iterrows():
                if ev["cell"] is not None:
                    state[ev["cell"]] = ev["to_actor"]
            self._states.append((day, dict(state)))

    # -- the contract ---------------------------------------------------------
    def map_dates(self, every: str = "event", start: Any = None, end: Any = None) -> list[dt.date]:
        self.calls.append(("map_dates", (every, start, end)))
        last = max(d for d, _ in self._states)
        if every == "event":
            dates = [d for d, _ in self._states]
        else:
            step = 1 if every == "day" else 7
            n = (last - self._snapshot).days // step + 1
            dates = [self._snapshot + dt.timedelta(days=step * i) for i in range(n)]
        start, end = _day(start), _day(end)
        return [d for d in dates if (start is None or d >= start) and (end is None or d <= end)]

    def _holders(self, date: Any) -> dict[str, str]:
        day = _day(date)
        out = self._states[0][1]
        for d, state in self._states:
            if d <= day:
                out = state
        return out

    def _dissolve(self, groups: dict[Any, list[str]], columns: Sequence[str]) -> gpd.GeoDataFrame:
        rows = []
        for key, ids in groups.items():
            geom = shapely.coverage_union_all([self._geom[i] for i in ids])
            area = float(sum(self._area[i] for i in ids))
            values = key if isinstance(key, tuple) else (key,)
            rows.append(
                {**dict(zip(columns, values, strict=True)), "area_km2": area, "geometry": geom}
            )
        return gpd.GeoDataFrame(rows, columns=[*columns, "area_km2", "geometry"], crs=4326)

    def place_cells(self) -> gpd.GeoDataFrame:
        """Each cell is a place here; named after the events' place names (untrusted text)."""
        names = {
            p: n
            for p, n in zip(self._events["place"], self._events["place_name"], strict=True)
            if isinstance(p, str) and isinstance(n, str)
        }
        return gpd.GeoDataFrame(
            {"place": self._ids, "name": [names.get(i, i) for i in self._ids]},
            geometry=list(self._cells.geometry.values),
            crs=4326,
        )

    @property
    def snapshot_date(self) -> dt.date:
        return self._snapshot

    def control(self, date: Any) -> gpd.GeoDataFrame:
        self.calls.append(("control", (date,)))
        groups: dict[str, list[str]] = {}
        for cell, actor in self._holders(date).items():
            groups.setdefault(actor, []).append(cell)
        return self._dissolve(groups, ["actor"])

    def changes(self, start: Any, end: Any) -> gpd.GeoDataFrame:
        self.calls.append(("changes", (start, end)))
        before, after = self._holders(start), self._holders(end)
        groups: dict[tuple[str, str], list[str]] = {}
        for cell in self._ids:
            if before[cell] != after[cell]:
                groups.setdefault((before[cell], after[cell]), []).append(cell)
        return self._dissolve(groups, ["from_actor", "to_actor"])

    def events_between(self, start: Any, end: Any) -> pd.DataFrame:
        self.calls.append(("events_between", (start, end)))
        days = self._events["date"].map(_day)
        mask = days <= _day(end)
        if start is not None:
            mask &= days > _day(start)
        return self._events[mask].drop(columns=["cell"]).reset_index(drop=True)

    def held_series(self, dates: Iterable[Any]) -> pd.DataFrame:
        rows = []
        for date in dates:
            for _, r in self.control(date).iterrows():
                rows.append({"date": _day(date), "actor": r["actor"], "held_km2": r["area_km2"]})
        return pd.DataFrame(rows, columns=["date", "actor", "held_km2"])

    def ledger(self, by: str = "day", start: Any = None, end: Any = None) -> pd.DataFrame:
        start = _day(start) or self._snapshot
        end = _day(end) or max(d for d, _ in self._states)
        step = {"day": 1, "week": 7, "month": 30}[by]
        rows = []
        p0 = start
        while p0 <= end:
            p1 = min(p0 + dt.timedelta(days=step - 1), end)
            before = self._holders(p0 - dt.timedelta(days=1))
            after = self._holders(p1)
            actors = sorted(set(before.values()) | set(after.values()))
            for actor in actors:
                gained = sum(self._area[c] for c in self._ids if after[c] == actor != before[c])
                lost = sum(self._area[c] for c in self._ids if before[c] == actor != after[c])
                held = sum(self._area[c] for c in self._ids if after[c] == actor)
                changed = sum(1 for c in self._ids if (after[c] == actor) != (before[c] == actor))
                rows.append(
                    {
                        "period_start": p0,
                        "period_end": p1,
                        "actor": actor,
                        "gained_km2": float(gained),
                        "lost_km2": float(lost),
                        "net_km2": float(gained - lost),
                        "held_km2": float(held),
                        "places_changed": changed,
                    }
                )
            p0 = p1 + dt.timedelta(days=1)
        return pd.DataFrame(rows)

    def intervals(self, start: Any = None, end: Any = None) -> gpd.GeoDataFrame:
        self.calls.append(("intervals", (start, end)))
        rows = []
        if self._interval_level == "cell":
            for cell in self._ids:
                holder, since = None, None
                for day, state in self._states:
                    if state[cell] != holder:
                        if holder is not None:
                            rows.append((holder, self._geom[cell], since, day))
                        holder, since = state[cell], day
                rows.append((holder, self._geom[cell], since, None))
        else:
            actors = sorted({a for _, s in self._states for a in s.values()})
            for actor in actors:
                cells_, since = None, None
                for day, state in self._states:
                    now = frozenset(c for c, a in state.items() if a == actor)
                    if now != cells_:
                        if cells_:
                            rows.append((actor, self._union(cells_), since, day))
                        cells_, since = now, day
                if cells_:
                    rows.append((actor, self._union(cells_), since, None))
        frame = gpd.GeoDataFrame(
            {
                "actor": [r[0] for r in rows],
                "valid_from": pd.to_datetime([r[2] for r in rows]),
                "valid_to": pd.to_datetime([r[3] for r in rows]),
            },
            geometry=[r[1] for r in rows],
            crs=4326,
        )
        return frame

    def _union(self, cells: Iterable[str]) -> Any:
        return shapely.coverage_union_all([self._geom[c] for c in cells])

    # -- helpers for tests -----------------------------------------------------
    def expected_features(self, date: Any) -> int:
        """Number of interval features valid on ``date``."""
        iv = self.intervals()
        day = pd.Timestamp(_day(date))
        valid = (iv["valid_from"] <= day) & (iv["valid_to"].isna() | (day < iv["valid_to"]))
        return int(valid.sum())


def _events_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    columns = [
        "date",
        "place",
        "place_name",
        "lat",
        "lon",
        "from_actor",
        "to_actor",
        "confidence",
        "source",
        "source_url",
        "note",
        "status",
        "reason",
        "area_km2",
        "cell",
    ]
    frame = pd.DataFrame(rows, columns=columns)
    frame["date"] = pd.to_datetime(frame["date"], format="ISO8601")
    return frame


def tiny_source() -> FakeSource:
    """3 actors (+1 that holds nothing), a 4×3 grid of cells, 4 map dates, XSS everywhere."""
    x0, y0 = 36.0, 33.0
    cells, ids = [], []
    for row in range(3):
        for col in range(4):
            cells.append(shapely.box(x0 + col, y0 + row, x0 + col + 1, y0 + row + 1))
            ids.append(f"c{row}{col}")
    area = {cid: 1000.0 + 7 * k for k, cid in enumerate(ids)}
    cells_gdf = gpd.GeoDataFrame(
        {"id": ids, "area_km2": [area[i] for i in ids]}, geometry=cells, crs=4326
    )
    actors = pd.DataFrame(
        {
            "id": ["gov", "is", "sdf", "odd"],
            "name": ["Government", "Islamic State", XSS_IMG, XSS_ATTR],
            "color": ["#d62728", "#222", "#f2c500", "red;}</style><script>alert('color')</script>"],
        }
    )
    initial = {
        "c00": "gov", "c01": "gov", "c02": "is", "c03": "is",
        "c10": "gov", "c11": "is", "c12": "is", "c13": "sdf",
        "c20": "", "c21": "is", "c22": "sdf", "c23": "",
    }  # fmt: skip
    base = {"confidence": "confirmed", "status": "applied", "reason": None, "note": None}
    events = _events_frame(
        [
            {**base, "date": "2017-05-10", "place": "c02", "place_name": XSS_IMG, "lat": 33.5,
             "lon": 38.5, "from_actor": "is", "to_actor": "gov", "source": XSS_SCRIPT,
             "source_url": "javascript:alert(1)", "note": XSS_TEMPLATE, "area_km2": area["c02"],
             "cell": "c02"},
            {**base, "date": "2017-05-10T14:00", "place": "c11", "place_name": "Palmyra & \"Tadmur\"",
             "lat": 34.5, "lon": 37.5, "from_actor": "is", "to_actor": "gov",
             "source": "Reuters <b>wire</b>", "source_url": "https://example.org/a?b=1&c=\"2\"",
             "note": SSTI,
             "confidence": "claimed", "area_km2": area["c11"], "cell": "c11"},
            {**base, "date": "2017-05-20", "place": None, "place_name": None, "lat": np.nan,
             "lon": np.nan, "from_actor": "", "to_actor": "sdf", "source": "drawn", "source_url": None,
             "note": "drawn area, no point", "area_km2": area["c23"], "cell": "c23"},
            {**base, "date": "2017-05-20", "place": "c21", "place_name": "Rejected place",
             "lat": 35.5, "lon": 37.5, "from_actor": "sdf", "to_actor": "gov", "source": "rumour",
             "source_url": "data:text/html,<script>alert(1)</script>", "status": "rejected",
             "reason": XSS_IMG + " from_actor mismatch", "confidence": "disputed",
             "area_km2": np.nan, "cell": None},
            {**base, "date": "2017-05-27", "place": "c12", "place_name": "Arak", "lat": 34.5,
             "lon": 38.5, "from_actor": "is", "to_actor": "sdf", "source": "SDF statement",
             "source_url": "http://example.com/sdf", "area_km2": area["c12"], "cell": "c12"},
        ]
    )  # fmt: skip
    places = gpd.GeoDataFrame(
        {
            "id": ["p1", "p2", "p3", "p4"],
            "name": ["Homs", XSS_IMG, "Arak", "Sukhnah"],
            "kind": ["city", "town", "village", "oilfield"],
        },
        geometry=shapely.points([[36.7, 34.7], [38.5, 33.5], [38.5, 34.5], [38.9, 34.9]]),
        crs=4326,
    )
    aoi = gpd.GeoDataFrame({"name": ["test AOI"]}, geometry=[shapely.box(36, 33, 40, 36)], crs=4326)
    basemap = gpd.GeoDataFrame(
        {"name": ["Testland", XSS_IMG, "Westland"], "iso_a3": ["TST", "XSS", "WST"]},
        geometry=[
            shapely.box(36, 33, 40, 36),
            shapely.box(40, 32, 43, 37),
            shapely.box(33, 32, 36, 37),
        ],
        crs=4326,
    )
    return FakeSource(
        title="Test theatre <script>alert('title')</script> & co",
        actors=actors,
        cells=cells_gdf,
        initial=initial,
        snapshot=dt.date(2017, 5, 1),
        events=events,
        places=places,
        aoi=aoi,
        basemap=basemap,
        assumptions={"model": "capped Voronoi <b>30 km</b>", "projection": XSS_IMG, "ssti": SSTI},
    )


def big_source(
    n_cells: int = 5000,
    n_dates: int = 12,
    *,
    interval_level: str = "actor",
    separate: bool = False,
    seed: int = 1,
) -> FakeSource:
    """About ``n_cells`` Voronoi cells over a Syria-sized box, fragmented holders, ``n_dates`` dates.

    ``separate=True`` shrinks every cell a little so that no two touch: each
    day's territory is then ``n_cells`` separate small polygons (the worst case
    for page size).
    """
    rng = np.random.default_rng(seed)
    aoi_geom = shapely.box(35.7, 32.3, 42.4, 37.3)
    pts = np.column_stack([rng.uniform(35.7, 42.4, n_cells), rng.uniform(32.3, 37.3, n_cells)])
    vor = shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=aoi_geom)
    cells = shapely.intersection(np.asarray(shapely.get_parts(vor)), aoi_geom)
    cells = cells[~shapely.is_empty(cells)]
    if separate:
        cells = shapely.buffer(cells, -0.004, join_style="mitre")
        cells = cells[~shapely.is_empty(cells)]
    ids = [f"c{i}" for i in range(len(cells))]
    centers = shapely.centroid(cells)
    cx, cy = shapely.get_x(centers), shapely.get_y(centers)
    angle = np.arctan2(cy - 34.8, cx - 39.0)
    sector = np.digitize(angle, [-1.2, 0.9, 2.5])  # 4 sectors
    names = np.array(["gov", "is", "sdf", "opp"])
    owner = names[sector % 4]
    flip = rng.random(len(ids)) < 0.15  # fragmented territory: many small islands
    owner[flip] = rng.choice(names, flip.sum())
    owner[rng.random(len(ids)) < 0.03] = ""
    areas = 37.0 + rng.random(len(ids))
    cells_gdf = gpd.GeoDataFrame({"id": ids, "area_km2": areas}, geometry=cells, crs=4326)
    initial = dict(zip(ids, owner.tolist(), strict=True))
    start = dt.date(2017, 5, 1)
    rows = []
    for k in range(1, n_dates):
        day = start + dt.timedelta(days=3 * k)
        for cell in rng.choice(ids, 40, replace=False):
            i = ids.index(cell)
            rows.append(
                {"date": day.isoformat(), "place": cell, "place_name": f"Place {cell}",
                 "lat": float(cy[i]), "lon": float(cx[i]), "from_actor": None,
                 "to_actor": str(rng.choice(names)), "confidence": "confirmed", "source": "synthetic",
                 "source_url": "https://example.org/", "note": "", "status": "applied", "reason": None,
                 "area_km2": float(areas[i]), "cell": cell}
            )  # fmt: skip
    places = gpd.GeoDataFrame(
        {"id": ids[:300], "name": [f"Place {i}" for i in ids[:300]], "kind": ["town"] * 300},
        geometry=centers[:300],
        crs=4326,
    )
    aoi = gpd.GeoDataFrame({"name": ["AOI"]}, geometry=[aoi_geom], crs=4326)
    basemap = gpd.GeoDataFrame(
        {"name": ["Syria-ish"], "iso_a3": ["SYR"]}, geometry=[aoi_geom], crs=4326
    )
    actors = pd.DataFrame(
        {
            "id": list(names),
            "name": ["Gov", "IS", "SDF", "Opp"],
            "color": ["#d62728", "#222222", "#f2c500", "#2ca02c"],
        }
    )
    return FakeSource(
        title="Synthetic",
        actors=actors,
        cells=cells_gdf,
        initial=initial,
        snapshot=start,
        events=_events_frame(rows),
        places=places,
        aoi=aoi,
        basemap=basemap,
        assumptions={"model": "synthetic"},
        interval_level=interval_level,
    )
