"""``geomap gains``: the area ledger of any theatre (events or snapshots)."""

from __future__ import annotations

import argparse

from ..errors import GeomapError
from . import regions
from ._ledger_out import add_csv_options, emit_csv, print_ledger, with_units
from ._options import add_fix_invalid, date_arg, load, radii

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    """Print the ledger (or a sensitivity run under several radii) of ``args.theatre``."""
    from ..theatre import Theatre

    if args.regions is not None:
        return regions.gains_by_region(args)
    th = load(args)
    several = bool(args.radius and len(args.radius) > 1)
    if several:
        if not isinstance(th, Theatre):
            raise GeomapError(
                f"{args.theatre}: a snapshot theatre has its territory given per date: "
                "there is no cell radius (leave out --radius)"
            )
        df = th.sensitivity(args.radius, by=args.by, start=args.start, end=args.end)
    else:
        df = th.ledger(by=args.by, start=args.start, end=args.end)
    df = with_units(df, sq_mi=args.sq_mi, compare=args.compare)
    df = regions.extra_columns(th, df, args)  # front_km, and the rate with --rolling
    assumptions = df.attrs.get("assumptions") or th.assumptions
    if args.format == "csv" or args.csv_out:
        emit_csv(df, meta=assumptions, args=args)
        return 0
    claims = th.claims()
    claims = claims if len(claims) else None

    def claims_table():
        # claims come from claims.csv, which only an event theatre has
        assert isinstance(th, Theatre)
        return th.claims_by_radius(args.radius if several else [th.radius_km])

    print_ledger(
        df,
        fmt=args.format,
        assumptions=assumptions,
        by=args.by,
        events=th.event_ledger,
        claims=claims,
        claims_table=claims_table,
        places=args.places,
    )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``gains``."""
    p = sub.add_parser(
        "gains",
        help="km² gained, lost and held per actor and period",
        description="The area ledger: per actor and period, km² gained, lost, net and held at the period's end, computed in an equal-area projection. Claims in claims.csv are set beside the computed figures.",
    )
    p.add_argument("theatre", help="theatre folder")
    p.add_argument(
        "--by",
        choices=["day", "week", "month", "total"],
        default="day",
        help="period length (default: day; total = one period)",
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        type=date_arg,
        help="first day, YYYY-MM-DD (default: [dates] start in theatre.toml, else the snapshot date)",
    )
    p.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        type=date_arg,
        help="last day, inclusive (default: [dates] end, else the last event)",
    )
    p.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="output format (default: table)",
    )
    p.add_argument(
        "--radius",
        type=radii,
        metavar="KM",
        help="cell radius in km; several (15,30,50 or 10:50:10) for a sensitivity run",
    )
    p.add_argument(
        "--places", action="store_true", help="list the places gained and lost in the table"
    )
    p.add_argument(
        "--confidence",
        choices=["confirmed", "claimed"],
        help="count only events this sure or surer (others rejected and listed)",
    )
    p.add_argument("--sq-mi", action="store_true", help="also give every figure in square miles")
    p.add_argument(
        "--compare",
        metavar="AREA",
        help="also give gained and held area as a multiple of a reference area, e.g. Lebanon",
    )
    add_csv_options(p)
    regions.add_options(p)
    add_fix_invalid(p, "repair invalid polygons (reported) instead of failing")
    p.set_defaults(func=run)
