"""A snapshot series stored as ONE GeoParquet file of dated polygons.

``[snapshots] path = "x.parquet"`` (with ``date_column``, default ``"date"``) instead of a
folder of files: each distinct date of the date column is one snapshot, read with a row filter
on that date (pyarrow reads only the matching row groups), never the whole file at once. The
features then go through exactly the same reading, validation and clipping as a GeoJSON file
(:func:`geomap.snapshots.read.read_file`); problems name ``x.parquet#YYYY-MM-DD``.

The date column may hold dates, timestamps (a day = every row on that UTC day) or ISO text.
The file must have GeoParquet metadata with exactly one geometry column (WKB); a CRS other than
longitude/latitude is reprojected to EPSG:4326, with a note.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pyproj import CRS, Transformer

from .._parse import JSON_TOO_DEEP
from ..errors import InputError, Problem
from .read import RawFile

__all__ = ["ParquetSource", "is_parquet_source", "open_parquet"]


def is_parquet_source(path: Path) -> bool:
    """True for a ``.parquet`` file (a folder of snapshot files is read as files)."""
    return path.suffix.lower() == ".parquet" and not path.is_dir()


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise InputError(
            Problem(
                "<snapshots>",
                None,
                "path",
                "a GeoParquet snapshot file needs pyarrow",
                "pip install 'geomap[parquet]'",
            )
        ) from exc
    return pa, pc, pq


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


@dataclass
class ParquetSource:
    """An opened GeoParquet snapshot file: its columns, CRS and dates."""

    path: Path
    date_column: str
    geometry_column: str
    crs: CRS | None
    fields: list[str]
    days: dict[dt.date, list[Any]]  # day → the date column's values on that day
    notes: list[Problem]

    def file_for(self, day: dt.date) -> Path:
        """The name problems about ``day`` carry: ``x.parquet#YYYY-MM-DD``."""
        return Path(f"{self.path}#{day.isoformat()}")

    def read_day(self, day: dt.date, columns: list[str]) -> tuple[RawFile | None, str | None]:
        """The rows of ``day`` as :func:`geomap.snapshots.read.read_raw` gives a file."""
        pa, pc, pq = _pyarrow()
        wanted = [self.geometry_column, *[c for c in columns if c in self.fields]]
        try:
            table = pq.read_table(
                self.path,
                columns=wanted,
                filters=[(self.date_column, "in", self.days[day])],
            )
        except (OSError, pa.ArrowException) as exc:
            return None, str(exc).splitlines()[0]
        geoms = shapely.from_wkb(
            np.asarray(table.column(self.geometry_column).to_pylist(), dtype=object)
        )
        if self.crs is not None and not self.crs.equals("EPSG:4326"):
            tf = Transformer.from_crs(self.crs, "EPSG:4326", always_xy=True)
            geoms = shapely.transform(
                geoms, lambda xy: np.column_stack(tf.transform(xy[:, 0], xy[:, 1]))
            )
        fields = {c: np.asarray(table.column(c).to_pylist(), dtype=object) for c in wanted[1:]}
        return RawFile(None, fields, np.asarray(geoms, dtype=object)), None


def open_parquet(path: Path, date_column: str) -> ParquetSource:
    """Check the file's GeoParquet metadata and list its dates (reading the date column only).

    Raises
    ------
    InputError
        Not GeoParquet (no ``geo`` metadata), no or several geometry columns, a geometry that
        is not WKB, a missing date column, values that are no dates.
    """
    _, _, pq = _pyarrow()
    disp = str(path)
    try:
        schema = pq.read_schema(path)
    except OSError as exc:
        raise InputError(
            Problem(disp, None, None, f"cannot read the file ({exc})", "give a GeoParquet file")
        ) from None
    geo_raw = (schema.metadata or {}).get(b"geo")
    if geo_raw is None:
        raise InputError(
            Problem(
                disp,
                None,
                "geometry",
                "no geometry column (the file has no GeoParquet 'geo' metadata)",
                "write it with geopandas' to_parquet, or ogr2ogr -f Parquet",
            )
        )
    try:
        geo = json.loads(geo_raw)
    except (ValueError, RecursionError) as exc:  # not JSON, or nested thousands deep
        raise InputError(
            Problem(
                disp,
                None,
                "geo",
                "the GeoParquet 'geo' metadata is not valid JSON"
                + (f" ({JSON_TOO_DEEP[0]})" if isinstance(exc, RecursionError) else f" ({exc})"),
                "write the file again with geopandas' to_parquet",
            )
        ) from None
    cols = geo.get("columns", {}) if isinstance(geo, dict) else {}
    if len(cols) != 1:
        names = ", ".join(sorted(cols)) or "none"
        raise InputError(
            Problem(
                disp,
                None,
                "geometry",
                f"{len(cols)} geometry columns ({names}); a snapshot file needs exactly one",
                "drop the others before writing the file",
            )
        )
    ((gcol, gmeta),) = cols.items()
    if gmeta.get("encoding", "WKB").upper() != "WKB":
        raise InputError(
            Problem(disp, None, gcol, f"geometry encoded as {gmeta['encoding']}", "write it as WKB")
        )
    if date_column not in schema.names:
        raise InputError(
            Problem(
                disp,
                None,
                date_column,
                f"no date column {date_column!r}; columns: {', '.join(schema.names)}",
                'name it with [snapshots] date_column = "..."',
            )
        )
    crs = CRS.from_json_dict(gmeta["crs"]) if gmeta.get("crs") else None  # absent: OGC:CRS84
    notes = []
    if crs is not None and not (crs.equals("EPSG:4326") or crs.equals("OGC:CRS84")):
        notes.append(
            Problem(
                disp,
                None,
                gcol,
                f"in {crs.name}; reprojected to longitude/latitude (EPSG:4326) to read it",
                "",
                "warning",
            )
        )
    else:
        crs = None
    values = pq.read_table(path, columns=[date_column]).column(date_column).to_pylist()
    days: dict[dt.date, list[Any]] = {}
    bad = []
    for v in dict.fromkeys(values):
        d = _day(v)
        if d is None:
            bad.append(v)
        else:
            days.setdefault(d, []).append(v)
    if bad:
        raise InputError(
            Problem(
                disp,
                None,
                date_column,
                f"{len(bad)} value(s) are not dates, e.g. {bad[0]!r}",
                "write dates, timestamps or ISO text (2024-10-09)",
            )
        )
    fields = [n for n in schema.names if n != gcol]
    return ParquetSource(path, date_column, gcol, crs, fields, dict(sorted(days.items())), notes)
