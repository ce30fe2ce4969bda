"""Exports: GeoPackage (places, events, control over time, ledger) and GeoJSON.

A GeoPackage written here opens in QGIS and in GDAL (``ogrinfo``): layer
``control`` has one row per actor and validity interval (``valid_from``
inclusive, ``valid_to`` exclusive, empty while still valid), with the
equal-area km² of each row; ``ledger`` is a plain table; every layer's
description carries the assumptions the figures were computed under.
Areas are written as computed (from exact geometry), never recomputed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
import pyogrio

from .errors import GeomapError

__all__ = ["export_gpkg", "export_geojson"]


def _metadata(assumptions: dict[str, str]) -> dict[str, str]:
    return {"geomap_assumptions": json.dumps(assumptions, ensure_ascii=False)}


def _dates_to_text(df: pd.DataFrame, cols) -> pd.DataFrame:
    df = df.copy()
    for col in cols:
        if col in df:
            df[col] = [None if pd.isna(v) else pd.Timestamp(v).date().isoformat() for v in df[col]]
    return df


def export_gpkg(theatre: Any, path: str | Path, *, date=None, by: str = "day") -> Path:
    """Write a GeoPackage with layers places, events, control and ledger.

    Parameters
    ----------
    theatre : geomap.Theatre
    path : str or Path
        Output ``.gpkg`` (overwritten).
    date : date or str, optional
        Only the control on this date (one row per actor, valid_from = valid_to
        - 1 day = that date); default: every validity interval over the
        theatre's date range.
    by : str
        Period of the ledger layer.
    """
    path = Path(path)
    if path.suffix.lower() != ".gpkg":
        raise GeomapError(f"{path}: a GeoPackage file name must end in .gpkg")
    if path.exists():
        path.unlink()
    meta = _metadata(theatre.assumptions)

    places = theatre.places.drop(columns=["alt_names", "line"]).assign(
        alt_names=["; ".join(a) for a in theatre.places["alt_names"]]
    )
    pyogrio.write_dataframe(places, path, layer="places", driver="GPKG", layer_metadata=meta)

    days = theatre.event_days()
    until = date if date is not None else max([theatre.default_range()[1], *days[-1:]])
    ev = theatre.events_between(None, until)
    pts = gpd.points_from_xy(ev["lon"], ev["lat"])
    ev = ev.drop(columns=["lat", "lon"]).assign(date=[d.isoformat() for d in ev["date"]])
    events = gpd.GeoDataFrame(ev, geometry=pts, crs="EPSG:4326")
    pyogrio.write_dataframe(events, path, layer="events", driver="GPKG", layer_metadata=meta)

    if date is None:
        first, last = theatre.default_range()
        days = theatre.event_days()
        control = theatre.intervals(
            start=theatre.snapshot_date or first, end=max([last, *days[-1:]])
        )
    else:
        ctl = theatre.control(date)
        day = pd.Timestamp(date)
        control = ctl.assign(valid_from=day, valid_to=day + pd.Timedelta(days=1))[
            ["actor", "geometry", "area_km2", "valid_from", "valid_to"]
        ]
    control = _dates_to_text(control, ["valid_from", "valid_to"])
    control["actor_name"] = (
        control["actor"]
        .map(
            {
                **dict(zip(theatre.actors["id"], theatre.actors["name"], strict=True)),
                "contested": "contested",
            }
        )
        .fillna("unassigned")
    )
    pyogrio.write_dataframe(
        gpd.GeoDataFrame(control, geometry="geometry", crs="EPSG:4326"),
        path,
        layer="control",
        driver="GPKG",
        promote_to_multi=True,
        layer_metadata=meta,
    )

    led = theatre.ledger(by=by)
    led = _dates_to_text(led, ["period_start", "period_end"])
    pyogrio.write_dataframe(
        pd.DataFrame(led), path, layer="ledger", driver="GPKG", layer_metadata=meta
    )
    return path


def export_geojson(theatre: Any, path: str | Path, *, date) -> Path:
    """Write the control on ``date`` as a GeoJSON FeatureCollection (EPSG:4326, RFC 7946)."""
    path = Path(path)
    ctl = theatre.control(date)
    ctl = ctl.assign(date=pd.Timestamp(date).date().isoformat())
    if path.exists():
        path.unlink()
    pyogrio.write_dataframe(
        ctl,
        path,
        driver="GeoJSON",
        promote_to_multi=True,
        layer_options={"RFC7946": "YES", "WRITE_NAME": "NO"},
    )
    return path
