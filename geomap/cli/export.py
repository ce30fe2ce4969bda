"""``geomap export``: GeoPackage or GeoJSON."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import GeomapError


def _run(args) -> int:
    from ..export import export_geojson, export_gpkg, export_parquet, export_postgis
    from ..pgstore import is_store_url
    from ..theatre import load_theatre

    th = load_theatre(args.theatre)
    if is_store_url(args.out):
        if args.date:
            raise GeomapError("a PostGIS store holds every date: leave out --date")
        shown = export_postgis(th, args.out, by=args.by)
        print(f"wrote {th.meta.name} to {shown}")
        return 0
    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix == ".gpkg":
        export_gpkg(th, out, date=args.date, by=args.by)
    elif suffix == ".parquet":
        for path in export_parquet(th, out, date=args.date, by=args.by).values():
            print(f"wrote {path}")
        return 0
    elif suffix in (".geojson", ".json"):
        if not args.date:
            raise GeomapError(
                "GeoJSON holds one date: give --date YYYY-MM-DD (or write a .gpkg for every date)"
            )
        export_geojson(th, out, date=args.date)
    else:
        raise GeomapError(
            f"{out}: the output must end in .gpkg or .geojson, or .parquet for GeoParquet, "
            "or be a postgresql://.../DB URL"
        )
    print(f"wrote {out}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="write places, events, control and the ledger to GeoPackage, GeoParquet, PostGIS or GeoJSON",
        description="Export for QGIS/GDAL. A .gpkg gets layers places, events, control (one row per actor and validity "
        "interval, valid_from/valid_to) and ledger; with --date, control holds that date only. A .geojson holds the "
        "control on --date. A .parquet writes GeoParquet 1.1: control in FILE.parquet, and FILE.places.parquet, "
        "FILE.events.parquet, FILE.ledger.parquet beside it (extra: geomap[parquet]). A postgresql://.../DB URL "
        "writes the theatre's inputs and the control and ledger tables into schema geomap (or ?schema=NAME), "
        "replacing its previous export in one transaction; read it back with any command by giving "
        "postgresql://.../DB?theatre=NAME as THEATRE (extra: geomap[postgis]).",
    )
    p.add_argument("theatre", help="theatre folder (or postgresql://.../DB?theatre=NAME)")
    p.add_argument(
        "--out", required=True, help="FILE.gpkg, FILE.parquet, FILE.geojson or postgresql://.../DB"
    )
    p.add_argument("--date", help="one date, YYYY-MM-DD (required for GeoJSON)")
    p.add_argument(
        "--by",
        choices=["day", "week", "month", "total"],
        default="day",
        help="period of the ledger layer",
    )
    p.set_defaults(func=_run)
