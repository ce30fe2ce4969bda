"""``geomap calibrate``: the place model measured against a snapshot theatre's polygons."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import GeomapError


def _run(args) -> int:
    from ..calibrate import calibrate, parse_setting, read_gazetteer
    from ..snapshots import load_snapshot_theatre

    if bool(args.places) == bool(args.geonames):
        raise GeomapError(
            "give the gazetteer: --places places.csv, or --geonames COUNTRY (e.g. UKR; "
            'needs pip install "geomap[gazetteer]")'
        )
    if args.places:
        places = read_gazetteer(args.places)
    else:
        from ..gazetteer import geonames_places

        places = geonames_places(args.geonames, min_population=args.min_population)
    settings = [parse_setting(t) for t in args.radii.split(",") if t.strip()]
    series = load_snapshot_theatre(args.theatre)
    dates = None
    if args.start or args.end:
        lo = args.start or str(series.dates[0])
        hi = args.end or str(series.dates[-1])
        dates = [d for d in series.dates if lo <= str(d) <= hi]
        if not dates:
            raise GeomapError(
                f"no snapshot between {lo} and {hi} (snapshots: {series.dates[0]}..{series.dates[-1]})"
            )
    cal = calibrate(
        series,
        places,
        settings,
        other=args.other,
        dates=dates,
        periods=[p for p in args.periods.split(",") if p],
        barriers=args.barriers,
    )
    print(cal.table())
    print()
    for k, v in cal.assumptions.items():
        print(f"  {k}: {''.join(ch if ch.isprintable() else '?' for ch in v)}")
    if args.csv:
        print(f"wrote {cal.to_csv(args.csv)} (and -held.csv, -gains.csv beside it)")
    if args.html:
        print(f"wrote {cal.to_html(args.html, title=f'Place-model calibration: {series.title}')}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "calibrate",
        help="measure the place model (capped Voronoi cells) against a snapshot theatre's polygons",
        description="Label each gazetteer place with the polygon holder on each snapshot date, run the place "
        "model on those labels for each radius, and compare with the polygons: held-area error (net %, "
        "symmetric difference %), km² gained per week/month/quarter (error, bias, 68 %% range), flips. "
        "The labels come from the truth itself, so the figures are floors for real event data.",
    )
    p.add_argument(
        "theatre", help="snapshot theatre folder (theatre.toml with [snapshots] and [aoi])"
    )
    p.add_argument("--places", help="gazetteer: a places.csv (id, lat, lon)")
    p.add_argument(
        "--geonames",
        metavar="COUNTRY",
        help="gazetteer: offline GeoNames populated places of a country (ISO code, e.g. UKR)",
    )
    p.add_argument(
        "--min-population", type=int, default=0, help="with --geonames: smallest population kept"
    )
    p.add_argument(
        "--radii",
        default="15,30,50,uncapped",
        help="model settings: cell caps in km and/or 'uncapped', each optionally +enclose, +band<km>, +reach<factor>k<n>, +barriers (e.g. 15+enclose, 30+band5, 30+reach2k3, 30+barriers; default 15,30,50,uncapped)",
    )
    p.add_argument(
        "--barriers",
        help="lines/polygons (GeoJSON, WGS84) that +barriers settings cut their cells by",
    )
    p.add_argument(
        "--other",
        help="label of places on no actor's ground (e.g. ukraine); default: unknown (cell unassigned)",
    )
    p.add_argument("--from", dest="start", help="first snapshot date used, YYYY-MM-DD")
    p.add_argument("--to", dest="end", help="last snapshot date used, YYYY-MM-DD")
    p.add_argument(
        "--periods", default="week,month,quarter", help="gain periods (week, month, quarter)"
    )
    p.add_argument("--csv", type=Path, help="write the summary CSV (and -held/-gains CSVs)")
    p.add_argument("--html", type=Path, help="write an offline HTML report with a chart")
    p.set_defaults(func=_run)
