"""The face every loaded theatre has, whatever its kind (:class:`TheatreLike`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, Protocol

import geopandas as gpd
import pandas as pd

from ..dates import DateLike
from ..errors import Problem

__all__ = ["TheatreLike"]


class TheatreLike(Protocol):
    """What every loaded theatre answers, whatever its kind: the face :func:`load_theatre` returns.

    :class:`Theatre` (places and dated events) and
    :class:`geomap.snapshots.SnapshotSeries` (dated control polygons) both
    have these attributes and methods, with these signatures; a kind without
    something (a snapshot series has no events and no claims) returns an
    empty table.  The command line is written against this face only.
    """

    title: str

    @property
    def assumptions(self) -> dict[str, str]:
        """The model parameters and conventions every figure depends on."""
        ...

    def check(self) -> list[Problem]:
        """Every problem found (warnings included)."""
        ...

    def control(self, date: DateLike) -> gpd.GeoDataFrame:
        """Territory of each actor at the end of ``date``."""
        ...

    def ledger(
        self,
        by: Literal["day", "week", "month", "total"] = "day",
        start: DateLike | None = None,
        end: DateLike | None = None,
    ) -> pd.DataFrame:
        """km² gained, lost, net and held per actor and period."""
        ...

    def covered_range(
        self, start: DateLike | None = None, end: DateLike | None = None
    ) -> tuple[Any, Any, dict[str, str]]:
        """The range figures for ``start`` to ``end`` are given for (clipped to the days the
        data covers) and notes saying so; DataRangeError for a range wholly outside."""
        ...

    def claims(self) -> pd.DataFrame:
        """Published area figures beside the computed ones."""
        ...

    def event_ledger(self) -> pd.DataFrame:
        """Every event with its outcome and the km² it transferred."""
        ...

    def map(self, date: DateLike, **kwargs: Any) -> Any:
        """A folium map of the control on ``date``."""
        ...

    def timeline(self, **kwargs: Any) -> Any:
        """A folium map with a time slider."""
        ...

    def write_maps(self, out_dir: str | Path, **kwargs: Any) -> list[Path]:
        """Write the per-date pages, the index and the timeline."""
        ...
