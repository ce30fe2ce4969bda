"""What rendering needs from its caller: the ``MapSource`` protocol."""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import geopandas as gpd
    import pandas as pd

__all__ = ["MapSource"]


@runtime_checkable
class MapSource(Protocol):
    """Anything rendering can draw (the facade's ``Theatre`` provides one).

    Attributes
    ----------
    title : str
        Theatre title (untrusted text: escaped by rendering).
    actors : pandas.DataFrame
        ``id``, ``name``, ``color`` (``#rrggbb``), in legend order.
    places : geopandas.GeoDataFrame
        ``id``, ``name``, ``kind``, Point geometry, EPSG:4326.
    aoi : geopandas.GeoDataFrame
        One row: the area of interest, EPSG:4326.
    basemap : geopandas.GeoDataFrame
        Country outlines around the AOI: ``name``, ``iso_a3``, geometry, EPSG:4326.
    assumptions : dict of str to str
        Shown on every page ("model", "cell radius", "projection", ...).
    credits : list of (what, licence, attribution), optional
        The data's licence and sources (untrusted text), in each map's
        attribution, the index and the video; not required of a source.

    Notes
    -----
    See docs/architecture.md, "Rendering contract", for the columns each
    method returns.  All text is untrusted.  Areas are always read from
    ``area_km2``/``held_km2`` columns, never recomputed from geometry.
    """

    title: str
    actors: pd.DataFrame
    places: gpd.GeoDataFrame
    aoi: gpd.GeoDataFrame
    basemap: gpd.GeoDataFrame
    assumptions: dict[str, str]

    def map_dates(self, every: str = "event", start: Any = None, end: Any = None) -> list[_dt.date]:
        """Dates that get a map, sorted."""

    def control(self, date: Any) -> gpd.GeoDataFrame:
        """``actor``, geometry, ``area_km2``: one row per holder (``""`` = unassigned)."""

    def changes(self, start: Any, end: Any) -> gpd.GeoDataFrame:
        """``from_actor``, ``to_actor``, geometry, ``area_km2`` changed after ``start`` up to ``end``."""

    def events_between(self, start: Any, end: Any) -> pd.DataFrame:
        """Events with ``start < date <= end`` (``start=None``: from the beginning)."""

    def ledger(self, by: str = "day", start: Any = None, end: Any = None) -> pd.DataFrame:
        """``period_start, period_end, actor, gained_km2, lost_km2, net_km2, held_km2, places_changed``."""

    def held_series(self, dates: Any) -> pd.DataFrame:
        """``date, actor, held_km2`` (actor ``""`` = unassigned)."""

    def intervals(self, start: Any = None, end: Any = None) -> gpd.GeoDataFrame:
        """``actor``, geometry, ``valid_from``, ``valid_to`` (exclusive; NaT = still valid)."""
