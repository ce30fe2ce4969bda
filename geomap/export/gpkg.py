"""GeoPackage (places, events, control over time, ledger) and one-date GeoJSON.

A GeoPackage written here opens in QGIS and in GDAL (``ogrinfo``): layer
``control`` has one row per actor and validity interval (``valid_from``
inclusive, ``valid_to`` exclusive, empty while still valid), with the
equal-area km² of each row; ``ledger`` is a plain table; every layer's
description carries the assumptions the figures were computed under.
Areas are written as computed (from exact geometry), never recomputed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyogrio

from ..errors import GeomapError
from ..paths import atomic_path, output_file
from .layers import assumptions_metadata, dates_to_text, export_layers

__all__ = ["export_gpkg", "export_geojson"]


def export_gpkg(theatre: Any, path: str | Path, *, date=None, by: str = "day") -> Path:
    """Write a GeoPackage with layers places, events, control and ledger.

    A theatre with ``[regions]`` also gets ``regions`` (outlines) and
    ``ledger_by_region`` (the ledger per region, see :mod:`geomap.regions`).

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
    output_file(path, what="GeoPackage")  # before any work: a file name in a folder that exists
    layers = export_layers(theatre, date=date, by=by, what="a GeoPackage")
    with atomic_path(path) as tmp:  # the old file is replaced only when the new one is whole
        _write_gpkg(theatre, layers, tmp, by=by)
    return path


def _write_gpkg(theatre: Any, layers: dict[str, Any], path: Path, *, by: str) -> None:
    meta = assumptions_metadata(theatre.assumptions)
    for name in ("places", "events"):
        pyogrio.write_dataframe(layers[name], path, layer=name, driver="GPKG", layer_metadata=meta)
    pyogrio.write_dataframe(
        layers["control"],
        path,
        layer="control",
        driver="GPKG",
        promote_to_multi=True,
        layer_metadata=meta,
    )
    pyogrio.write_dataframe(
        layers["ledger"], path, layer="ledger", driver="GPKG", layer_metadata=meta
    )
    if getattr(theatre, "regions", None) is not None:
        _write_regions(theatre, path, by=by)


def _write_regions(theatre: Any, path: Path, *, by: str) -> None:
    """Layers ``regions`` (the outlines) and ``ledger_by_region`` (a table, joined on ``region``)."""
    led = theatre.ledger(by=by, regions=True)
    meta = assumptions_metadata(led.attrs["assumptions"])
    regions = theatre.regions.to_geodataframe()
    pyogrio.write_dataframe(
        regions, path, layer="regions", driver="GPKG", promote_to_multi=True, layer_metadata=meta
    )
    led = dates_to_text(led, ["period_start", "period_end"])
    pyogrio.write_dataframe(
        pd.DataFrame(led), path, layer="ledger_by_region", driver="GPKG", layer_metadata=meta
    )


def export_geojson(theatre: Any, path: str | Path, *, date) -> Path:
    """Write the control on ``date`` as a GeoJSON FeatureCollection (EPSG:4326, RFC 7946)."""
    path = output_file(path, what="GeoJSON file")
    ctl = theatre.control(date)
    ctl = ctl.assign(date=pd.Timestamp(date).date().isoformat())
    with atomic_path(path) as tmp:
        pyogrio.write_dataframe(
            ctl,
            tmp,
            driver="GeoJSON",
            promote_to_multi=True,
            layer_options={"RFC7946": "YES", "WRITE_NAME": "NO"},
        )
    return path
