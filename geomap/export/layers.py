"""The layers every export writes, built once from a theatre: places, events, control, ledger."""

from __future__ import annotations

import json
from typing import Any

import geopandas as gpd
import pandas as pd

from ..errors import GeomapError

__all__ = ["export_layers", "assumptions_metadata", "dates_to_text"]


def assumptions_metadata(assumptions: dict[str, str]) -> dict[str, str]:
    """The assumptions as one JSON string under the key ``geomap_assumptions``."""
    return {"geomap_assumptions": json.dumps(assumptions, ensure_ascii=False)}


def dates_to_text(df: pd.DataFrame, cols) -> pd.DataFrame:
    """``cols`` of ``df`` as ISO dates (empty where missing), on a copy."""
    df = df.copy()
    for col in cols:
        if col in df:
            df[col] = [None if pd.isna(v) else pd.Timestamp(v).date().isoformat() for v in df[col]]
    return df


def _require_places(theatre: Any, what: str) -> None:
    if getattr(theatre, "inputs", None) is None:
        raise GeomapError(
            f"{what} holds places, events and the control derived from them: a snapshot "
            "theatre has none of these; export its control with --date to GeoJSON instead"
        )


def export_layers(theatre: Any, *, date=None, by: str = "day", what: str = "this export"):
    """Build the export layers of a place theatre.

    Parameters
    ----------
    theatre : geomap.Theatre
    date : date or str, optional
        Only the control on this date (one row per actor, ``valid_to`` = the next day);
        default: every validity interval over the theatre's date range.
    by : str
        Period of the ledger layer.
    what : str
        How the caller names the export, for the error on a snapshot theatre.

    Returns
    -------
    dict
        ``places``, ``events``, ``control`` (GeoDataFrames, EPSG:4326) and ``ledger``
        (DataFrame); dates as ISO text.
    """
    _require_places(theatre, what)
    places = theatre.places.drop(columns=["alt_names", "line"]).assign(
        alt_names=["; ".join(a) for a in theatre.places["alt_names"]]
    )

    days = theatre.event_days()
    until = date if date is not None else max([theatre.default_range()[1], *days[-1:]])
    ev = theatre.events_between(None, until)
    pts = gpd.points_from_xy(ev["lon"], ev["lat"])
    ev = ev.drop(columns=["lat", "lon"]).assign(date=[d.isoformat() for d in ev["date"]])
    events = gpd.GeoDataFrame(ev, geometry=pts, crs="EPSG:4326")

    if date is None:
        first, last = theatre.default_range()
        control = theatre.intervals(
            start=theatre.snapshot_date or first, end=max([last, *days[-1:]])
        )
    else:
        ctl = theatre.control(date)
        day = pd.Timestamp(date)
        control = ctl.assign(valid_from=day, valid_to=day + pd.Timedelta(days=1))[
            ["actor", "geometry", "area_km2", "valid_from", "valid_to"]
        ]
    control = dates_to_text(control, ["valid_from", "valid_to"])
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
    control = gpd.GeoDataFrame(control, geometry="geometry", crs="EPSG:4326")

    led = theatre.ledger(by=by)
    led = pd.DataFrame(dates_to_text(led, ["period_start", "period_end"]))
    return {"places": places, "events": events, "control": control, "ledger": led}
