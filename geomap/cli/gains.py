"""``geomap gains``: the area ledger of any theatre (events or snapshots)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import GeomapError
from . import regions
from ._ledger_out import add_csv_options, emit_columns, print_ledger, warn_clipped, with_units
from ._options import (
    Warned,
    add_fix_invalid,
    date_arg,
    load,
    on_invalid,
    radii,
    warned,
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
    store = _open_store(args)
    if csv and store is not None and _print_kept(args, store):
        return 0
    options = _basis_options(args)
    kept = None if store is None or options is None else _read_basis(store, options)
    if kept is not None:
        basis, found = kept
        args.warnings_note = warnings_text(found, args.theatre)
        _print_ledger(args, basis, store, found)
        return 0
    from ..cache import opened

    with opened(store):  # the store's key, made above, is not made again
        th = load(args)
    store = getattr(th, "derivation_cache", None)  # an event theatre's: kept tables and arrays
    found = warned(th)
    basis = None
    if store is not None and options is not None and callable(getattr(th, "ledger_basis", None)):
        basis = th.ledger_basis()  # the front on each day of change, made once: printed and kept
    _print_ledger(args, th if basis is None else basis, store, found)
    if basis is not None:
        value = {"basis": basis.value(), "warnings": found.count, "spelling": found.spelling}
        store.write_derived(_BASIS, options, value)
    return 0


def _table_options(args: argparse.Namespace) -> dict[str, str]:
    """The options that shape the table, as text (the key of a kept table)."""
    return {k: repr(v) for k, v in sorted(vars(args).items()) if k not in _NOT_THE_TABLE}


def _open_store(args: argparse.Namespace):
    """The theatre's derivation cache, read without loading anything (None: no cache)."""
    from ..cache import open_store
    from ..pgstore import is_store_url

    if is_store_url(args.theatre):  # a PostGIS store is not cached
        return None
    return open_store(Path(args.theatre), on_invalid(args))  # the loader's Store


def _print_kept(args: argparse.Namespace, store) -> bool:
    """Print the table an identical earlier run kept in the derivation cache; False when none.

    Reads the theatre's files only to check the key: no pandas, geopandas or shapely.
    """
    table = store.read_table("gains", _table_options(args))
    found = None if table is None else _kept_warned(table.extra)
    if found is None:
        return False  # none kept, or not as this version keeps it
    warn_clipped(table.meta)
    emit_columns(table.names, table.columns, table.n_rows, meta=table.meta, args=args)
    args.warnings_note = warnings_text(found, args.theatre)
    return True


def _kept_warned(value: object) -> Warned | None:
    """The :class:`Warned` kept beside a table or a ledger basis (``warnings``, ``spelling``),
    or None when it is not kept as this version keeps it."""
    if type(value) is not dict:
        return None
    count, spelling = value.get("warnings"), value.get("spelling")
    if type(count) is not int or type(spelling) is not list:
        return None
    if not all(type(w) is str for w in spelling):
        return None
    return Warned(count, spelling)


#: The kept arrays every ledger of a theatre is worked from (:class:`geomap.ledger_basis.LedgerBasis`).
_BASIS = "ledger-basis"


def _basis_options(args: argparse.Namespace) -> dict[str, str] | None:
    """The options the theatre is loaded under (the key of its kept ledger arrays); None when
    the run is not worked from them (several radii; JSON, which lists every event)."""
    if args.format == "json" or (args.radius and len(args.radius) > 1):
        return None
    radius = args.radius[0] if args.radius else None
    return {"radius": repr(radius), "confidence": repr(getattr(args, "confidence", None))}


def _read_basis(store, options: dict[str, str]):
    """The kept :class:`~geomap.ledger_basis.LedgerBasis` and the theatre's warnings (their
    count, and those read by spelling only), or None.  Imports numpy and pandas, no geometry
    library."""
    from ..ledger_basis import LedgerBasis

    def build(value):
        found = _kept_warned(value)
        if found is None:
            raise TypeError("not a kept ledger basis")
        return LedgerBasis.from_value(value["basis"]), found

    return store.read_derived(_BASIS, options, build)


def _keep(args: argparse.Namespace, store, found: Warned, table_args: tuple) -> None:
    """Keep the table just printed for the next identical run (an event theatre's cache)."""
    from ..cache import Table

    if store is None:
        return
    names, columns, n_rows, meta = table_args
    if any(kind not in ("float", "int", "text") for kind, _ in columns):
        return  # a column of mixed cells: printed, not kept
    extra = {"warnings": found.count, "spelling": found.spelling}
    store.write_table("gains", _table_options(args), Table(names, columns, n_rows, meta, extra))


def _print_ledger(args: argparse.Namespace, th, store, found: Warned) -> None:
    """Compute the ledger of ``th`` (a theatre, or its kept :class:`LedgerBasis`) and print it
    (and keep a CSV table in ``store``, with ``found``: the theatre's :class:`Warned`)."""
    from .._csv import frame_columns

    several = bool(args.radius and len(args.radius) > 1)
    if several:
        from ..theatre import Theatre  # never a kept basis: several radii are not kept

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
    warn_clipped(assumptions)
    if args.format == "csv" or args.csv_out:
        table = ([str(c) for c in df.columns], frame_columns(df), len(df), assumptions)
        emit_columns(*table[:3], meta=assumptions, args=args)
        _keep(args, store, found, table)
        return
    claims = th.claims()
    claims = claims if len(claims) else None

    def claims_table():
        # claims come from claims.csv, which only an event theatre has
        return th.claims_by_radius(args.radius if several else [th.radius_km])

    print_ledger(
        df,
        fmt=args.format,
        assumptions=assumptions,
        by=args.by,
        events=lambda: th.event_ledger(),  # JSON only, never from a kept basis
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
