"""The area of interest (``[aoi]`` of ``theatre.toml``) and the places outside it."""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from .. import boundaries
from ..errors import InputError
from ..paths import input_problem
from ._folder import FolderReader
from .meta import TheatreMeta

__all__ = ["load_aoi", "check_places_in_aoi"]


def load_aoi(c: FolderReader, meta: TheatreMeta) -> shapely.Geometry | None:
    """The area of interest ``[aoi]`` names: country outlines or a polygon file.

    Parameters
    ----------
    c : FolderReader
        The folder being read; every problem is reported to it.
    meta : TheatreMeta
        The settings read from ``theatre.toml``.

    Returns
    -------
    shapely.Geometry or None
        None when it cannot be had (reported).
    """
    try:
        if meta.aoi_countries:
            return boundaries.country_outline(meta.aoi_countries, file=c.file("theatre.toml"))
        if meta.aoi_path:
            p = c.root / meta.aoi_path
            bad = input_problem(p, missing_hint="give a path relative to the theatre folder")
            if bad is not None:
                c.add(
                    c.file("theatre.toml"),
                    None,
                    "aoi.path",
                    f"{meta.aoi_path!r}: {bad.message}",
                    bad.hint,
                )
                return None
            return boundaries.aoi_from_file(p.resolve(), display=str(p), notes=c.problems)
    except InputError as exc:
        c.problems.extend(exc.problems)
    return None


#: How far outside the area of interest (degrees, about 5 km) a place still reads as on its
#: edge: a few times the 1:10m outlines' generalisation.
_NEAR_EDGE_DEG = 0.05


def check_places_in_aoi(c: FolderReader, places: pd.DataFrame, aoi: shapely.Geometry) -> np.ndarray:
    """Which places lie inside the area of interest; the others are reported.

    A place outside is a warning (a reference place owns no territory), and
    an error when swapping its lat and lon would put it inside.

    Parameters
    ----------
    c : FolderReader
        The folder being read; every problem is reported to it.
    places : pandas.DataFrame
        Valid places (``lat``, ``lon``, ``name``, ``line``).
    aoi : shapely.Geometry
        The area of interest, EPSG:4326.

    Returns
    -------
    numpy.ndarray of bool
        True for each place inside (or on the edge of) the area.
    """
    disp = c.file("places.csv")
    if places.empty:
        return np.zeros(0, dtype=bool)
    lon, lat = places["lon"].to_numpy(), places["lat"].to_numpy()
    shapely.prepare(aoi)
    inside = shapely.contains_xy(aoi, lon, lat)
    out = np.flatnonzero(~inside)  # on the edge is inside too: asked only of the others
    inside[out] = shapely.intersects(aoi, shapely.points(lon[out], lat[out]))
    out = np.flatnonzero(~inside)
    # a coastal or border town just outside a generalised outline (Batumi, 90 m off Natural
    # Earth's 1:10m coast, with lat ~ lon) is no swapped point: a swap is said only of a
    # point clearly off the area
    near_edge = shapely.distance(aoi, shapely.points(lon[out], lat[out])) <= _NEAR_EDGE_DEG
    swapped_inside = shapely.contains_xy(aoi, lat[out], lon[out]) & ~near_edge
    for i, swapped, near in zip(
        out.tolist(), swapped_inside.tolist(), near_edge.tolist(), strict=True
    ):
        row = places.iloc[i]
        if near:
            c.add(
                disp,
                int(row["line"]),
                "lat,lon",
                f"{row['name']!r} ({row['lat']}, {row['lon']}) is just outside the area of "
                "interest (within about 5 km of its edge): it owns no territory",
                "outlines are generalised (the bundled country outlines to about 1 km), so a "
                "coastal or border town may fall just outside; move the point inland onto the "
                "land it stands for if it should hold ground, else leave it as a reference place",
                "warning",
            )
        elif swapped:
            c.add(
                disp,
                int(row["line"]),
                "lat,lon",
                f"({row['lat']}, {row['lon']}) is outside the area of interest but inside it with lat and lon swapped",
                "swap the lat and lon values",
            )
        else:
            c.add(
                disp,
                int(row["line"]),
                "lat,lon",
                f"{row['name']!r} ({row['lat']}, {row['lon']}) is outside the area of interest: it owns no territory",
                "fine for a reference place; otherwise check the coordinates",
                "warning",
            )
    return inside
