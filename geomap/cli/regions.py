"""``geomap gains THEATRE --regions FILE[:NAME_FIELD]``: the ledger per region; ``--rolling N``.

With ``--regions``, ``gains`` prints the ledger per region (governorate, oblast...) instead of
the theatre's own; the front (``front_km``) and, with ``--rolling``, the rate of advance are
added as columns to the plain ledger.
"""

from __future__ import annotations

import argparse
import json
import sys

from ._ledger_out import (
    emit_csv,
    fmt_km2,
    header_lines,
    ratio_formatters,
    warn_clipped,
    with_units,
)
from ._options import days_arg, load

__all__ = ["add_options", "extra_columns", "gains_by_region"]


def add_options(p: argparse.ArgumentParser) -> None:
    """Add ``--regions`` and ``--rolling`` to the ``gains`` parser."""
    p.add_argument(
        "--regions",
        nargs="?",
        const=True,
        metavar="FILE[:NAME_FIELD]",
        help="the ledger per region: a polygon file (GeoPackage, GeoJSON, Shapefile; any CRS) "
        "and the field naming each region (default 'name'); without FILE, the theatre's "
        "[regions] from theatre.toml. Land outside every region is its own row.",
    )
    p.add_argument(
        "--rolling",
        type=days_arg,
        metavar="N",
        help="add the rate of advance: km² per day gained and net over the N days ending on "
        "each period's last day (e.g. 30)",
    )


def gains_by_region(args: argparse.Namespace) -> int:
    """``gains --regions``: print the ledger per region."""
    import pandas as pd

    from ..errors import ARGUMENT, ArgumentError, Problem
    from ..regions import load_regions

    th = load(args)
    if args.regions is True and getattr(th, "regions", None) is None:
        raise ArgumentError(
            Problem(
                str(args.theatre),
                None,
                "--regions",
                "no regions file given and the theatre has none",
                "give one: --regions FILE[:NAME_FIELD] (or add [regions] path = ... to theatre.toml)",
            )
        )
    if args.radius and len(args.radius) > 1:
        raise ArgumentError(
            Problem(
                ARGUMENT,
                None,
                "--regions",
                "a per-region ledger takes one radius",
                "give one --radius (or none) with --regions",
            )
        )
    on_invalid = "fix" if args.fix_invalid else "raise"
    if args.regions is True:
        regions = True
    else:
        regions = load_regions(args.regions, on_invalid=on_invalid)
    df = th.ledger(by=args.by, start=args.start, end=args.end, regions=regions)
    df = with_units(df, sq_mi=args.sq_mi, compare=args.compare)
    assumptions = df.attrs.get("assumptions", {})
    warn_clipped(assumptions)
    overlaps = df.attrs.get("region_overlaps", [])
    if args.format == "json":
        out = {
            "assumptions": assumptions,
            "ledger_by_region": json.loads(df.to_json(orient="records", date_format="iso")),
            "region_overlaps": overlaps,
        }
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False, default=str)
        print()
        return 0
    if args.format == "csv" or getattr(args, "csv_out", None):
        emit_csv(df, meta=assumptions, args=args)
        return 0
    for line in header_lines(assumptions):
        print(line)
    print()
    shown = df[(df["gained_km2"] > 0) | (df["lost_km2"] > 0)]
    cols = [
        "period_start",
        "period_end",
        "region",
        "actor_name",
        "gained_km2",
        "lost_km2",
        "net_km2",
        "held_km2",
        *[c for c in df.columns if c.endswith("_sq_mi") or "_x_" in c],
    ]
    with pd.option_context(
        "display.max_rows", None, "display.max_colwidth", 40, "display.width", 200
    ):
        if shown.empty:
            print("no control changes in this range")
        else:
            print(
                shown[cols].to_string(
                    index=False, float_format=fmt_km2, formatters=ratio_formatters(cols)
                )
            )
        last = df[df["period_start"] == df["period_start"].max()]
        held = last.pivot_table(
            index="region", columns="actor_name", values="held_km2", aggfunc="sum", sort=False
        ).fillna(0.0)
        print(f"\nheld at the end of {last['period_end'].iloc[0]} (km²), per region:")
        print(held.to_string(float_format=fmt_km2))
        if overlaps:
            print("\noverlapping regions (each counts the overlap in full):")
            print(pd.DataFrame(overlaps).to_string(index=False, float_format=fmt_km2))
    return 0


def extra_columns(th, df, args):
    """The front (``front_km``, ``front_km_<ACTOR>``) and, with ``--rolling N``, the rate of advance.

    New columns only, appended, for a place theatre and a snapshot theatre alike; a
    sensitivity run (several radii) gets no front columns.
    """
    from ..rates import first_day, with_rolling

    if callable(getattr(th, "front_columns", None)) and "radius_km" not in df:
        attrs = dict(df.attrs)
        df = th.front_columns(df)
        df.attrs = attrs
    rolling = getattr(args, "rolling", None)
    if rolling and "radius_km" not in df:
        df = with_rolling(th, df, rolling, first_day=first_day(th))
    return df
