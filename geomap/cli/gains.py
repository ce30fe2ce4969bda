"""``geomap gains``: the area ledger of any theatre (events or snapshots)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import GeomapError
from . import regions
from ._ledger_out import add_csv_options, emit_columns, print_ledger, with_units
from ._options import (
    add_fix_invalid,
    count_warnings,
    date_arg,
    load,
    on_invalid,
    radii,
    warnings_text,
)

__all__ = ["register", "run"]

#: Options that do not shape the CSV table (how and where it is written, or already in the
#: cache's key of the theatre); every other option is part of a kept table's key.
_NOT_THE_TABLE = frozenset(
    {"theatre", "format", "csv_out", "with_meta", "places", "no_cache"}
    | {"func", "command", "note", "warnings_note"}
)


def run(args: argparse.Namespace) -> int:
    """Print the ledger (or a sensitivity run under several radii) of ``args.theatre``."""
    csv = args.format == "csv" or bool(args.csv_out)
    if args.regions is not None:  # the regions file is not in the cache's key
        return regions.gains_by_region(args)
    if csv and _print_kept(args):
        return 0
    _print_ledger(args)
    return 0


def _table_options(args: argparse.Namespace) -> dict[str, str]:
    """The options that shape the table, as text (the key of a kept table)."""
    return {k: repr(v) for k, v in sorted(vars(args).items()) if k not in _NOT_THE_TABLE}


def _print_kept(args: argparse.Namespace) -> bool:
    """Print the table an identical earlier run kept in the derivation cache; False when none.

    Reads the theatre's files only to check the key: no pandas, geopandas or shapely.
    """
    from ..cache import open_store
    from ..pgstore import is_store_url

    if is_store_url(args.theatre):  # a PostGIS store is not cached
        return False
    store = open_store(Path(args.theatre), on_invalid(args))  # the loader's Store
    table = None if store is None else store.read_table("gains", _table_options(args))
    if table is None:
        return False
    emit_columns(table.names, table.columns, table.n_rows, meta=table.meta, args=args)
    args.warnings_note = warnings_text(table.extra.get("warnings", 0), args.theatre)
    return True


def _keep(args: argparse.Namespace, th, table_args: tuple) -> None:
    """Keep the table just printed for the next identical run (an event theatre's cache)."""
    from ..cache import Table

    store = getattr(th, "derivation_cache", None)
    if store is None:
        return
    names, columns, n_rows, meta = table_args
    if any(kind not in ("float", "int", "text") for kind, _ in columns):
        return  # a column of mixed cells: printed, not kept
    extra = {"warnings": count_warnings(th)}
    store.write_table("gains", _table_options(args), Table(names, columns, n_rows, meta, extra))


def _print_ledger(args: argparse.Namespace) -> None:
    """Load the theatre, compute its ledger and print it (and keep a CSV table)."""
    from .._csv import frame_columns
    from ..theatre import Theatre

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
        table = ([str(c) for c in df.columns], frame_columns(df), len(df), assumptions)
        emit_columns(*table[:3], meta=assumptions, args=args)
        _keep(args, th, table)
        return
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
