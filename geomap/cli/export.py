"""``geomap export``: GeoPackage or GeoJSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import GeomapError


def _run(args) -> int:
    from ..export import export_geojson, export_gpkg
    from ..theatre import load_theatre

    th = load_theatre(args.theatre)
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix == ".gpkg":
        export_gpkg(th, out, date=args.date, by=args.by)
    elif suffix in (".geojson", ".json"):
        if not args.date:
            raise GeomapError(
                "GeoJSON holds one date: give --date YYYY-MM-DD (or write a .gpkg for every date)"
            )
        export_geojson(th, out, date=args.date)
    else:
        raise GeomapError(f"{out}: the output must end in .gpkg or .geojson")
    print(f"wrote {out}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write places, events, control and the ledger to a GeoPackage or GeoJSON",
        description="Export for QGIS/GDAL. A .gpkg gets layers places, events, control (one row per actor and validity "
        "interval, valid_from/valid_to) and ledger; with --date, control holds that date only. A .geojson holds the "
        "control on --date.",
    )
    p.add_argument("theatre", help="theatre folder")
    p.add_argument("--out", required=True, help="FILE.gpkg or FILE.geojson")
    p.add_argument("--date", help="one date, YYYY-MM-DD (required for GeoJSON)")
    p.add_argument(
        "--by",
        choices=["day", "week", "month", "total"],
        default="day",
        help="period of the ledger layer",
    )
    p.set_defaults(func=_run)
