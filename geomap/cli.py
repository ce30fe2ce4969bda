"""The ``geomap`` command line.  Thin: parsing arguments, calling the library, printing.

Exit codes: 0 success; 1 ``geomap check`` found errors; 2 bad input or usage
(one line on stderr saying why).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import GeomapError, InputError, format_problems

__all__ = ["main"]

# sub-commands that live in their own modules (each has register(subparsers))
_PLUGINS = (
    "geomap._cli_demo",
    "geomap._cli_export",
    "geomap._cli_extract",
    "geomap._cli_snapshots",
    "geomap._cli_calibrate",
)


def _radii(text: str) -> list[float]:
    """``15,30,50`` or a range ``10:50:10`` (start:stop:step, stop included)."""
    try:
        if ":" in text:
            a, b, step = (float(x) for x in text.split(":"))
            if step <= 0 or b < a:
                raise ValueError
            out, r = [], a
            while r <= b + 1e-9:
                out.append(round(r, 6))
                r += step
            return out
        out = [float(x) for x in text.split(",") if x.strip()]
        if not out or any(r <= 0 for r in out):
            raise ValueError
        return out
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of radii in km (e.g. 15,30,50 or 10:50:10)"
        ) from None


def _date_arg(text: str):
    """An ISO 8601 day for --from/--to (argparse names the option in its error)."""
    from ._parse import DATE_HINT, parse_day

    day, err = parse_day(text)
    if err:
        raise argparse.ArgumentTypeError(f"{err}; {DATE_HINT}")
    return day


def _load(args):
    from .theatre import load_theatre

    radius = args.radius[0] if getattr(args, "radius", None) and len(args.radius) == 1 else None
    return load_theatre(
        args.theatre,
        cell_radius_km=radius,
        on_invalid="fix" if getattr(args, "fix_invalid", False) else "raise",
        **({"confidence": args.confidence} if getattr(args, "confidence", None) else {}),
    )


def _header(assumptions: dict) -> list[str]:
    return [f"{k}: {v}" for k, v in assumptions.items()]


def _fmt_km2(x: float) -> str:
    return f"{x:,.1f}"


# ---------------------------------------------------------------------------- check
def _cmd_check(args) -> int:
    from .inputs import is_snapshot_theatre, load_inputs
    from .theatre import Theatre

    if is_snapshot_theatre(Path(args.theatre)):
        from .snapshots import load_snapshot_theatre

        series = load_snapshot_theatre(
            args.theatre, on_invalid="fix" if args.fix_invalid else "warn"
        )
        problems = series.check()
        if problems:
            print(format_problems(problems))
        n_err = sum(p.is_error for p in problems)
        print(
            f"{args.theatre}: {n_err} error{'s' * (n_err != 1)}, {len(problems) - n_err} warning(s) and "
            f"quality flag(s); {len(series.dates)} snapshots",
            file=sys.stderr,
        )
        return 1 if n_err else 0
    inputs = load_inputs(
        args.theatre, strict=False, on_invalid="fix" if args.fix_invalid else "raise"
    )
    problems = list(inputs.problems)
    aoi = inputs.aoi.geometry.iloc[0]
    if not aoi.is_empty:  # unknown places: a GeoNames suggestion in the hint, never applied
        from .gazetteer import with_suggestions

        problems = with_suggestions(problems, aoi.bounds)
    if not any(p.is_error for p in problems):
        problems += Theatre(inputs).history.problems
    if problems:
        print(format_problems(problems))
    n_err = sum(p.is_error for p in problems)
    n_warn = len(problems) - n_err
    ev = len(inputs.events)
    print(
        f"{args.theatre}: {n_err} error{'s' * (n_err != 1)}, {n_warn} warning{'s' * (n_warn != 1)}; {len(inputs.places)} places, {len(inputs.actors)} actors, {ev} valid events",
        file=sys.stderr,
    )
    return 1 if n_err else 0


# ---------------------------------------------------------------------------- gains
def _with_units(df, *, sq_mi: bool, compare: str | None):
    """Add sq mi columns and/or held area as a multiple of a reference area (e.g. Lebanon)."""
    from .units import KM2_PER_SQMI, reference_area

    if not sq_mi and not compare:
        return df
    df = df.copy()
    attrs = dict(df.attrs)
    kinds = ("gained", "lost", "net", "held")
    if sq_mi:
        for kind in kinds:
            df[f"{kind}_sq_mi"] = df[f"{kind}_km2"] / KM2_PER_SQMI
    if compare:
        ref = reference_area(compare)
        key = ref.name.lower().replace(" ", "_")
        for kind in ("gained", "held"):
            df[f"{kind}_x_{key}"] = df[f"{kind}_km2"] / ref.km2
        attrs["assumptions"] = {
            **attrs.get("assumptions", {}),
            "compared with": f"{ref.name}, {ref.km2:,.0f} km² ({ref.source})",
        }
    df.attrs = attrs
    return df


def _cmd_gains(args) -> int:
    import pandas as pd

    th = _load(args)
    if args.radius and len(args.radius) > 1:
        df = th.sensitivity(args.radius, by=args.by, start=args.start, end=args.end)
    else:
        df = th.ledger(by=args.by, start=args.start, end=args.end)
    df = _with_units(df, sq_mi=args.sq_mi, compare=args.compare)
    assumptions = df.attrs.get("assumptions") or getattr(th, "assumptions", {})
    has_claims = hasattr(th, "inputs") and len(th.inputs.claims)
    claims = th.claims() if has_claims else None
    if args.format == "json":
        out = {
            "assumptions": assumptions,
            "ledger": json.loads(df.to_json(orient="records", date_format="iso")),
        }
        if hasattr(th, "event_ledger"):
            events = th.event_ledger().drop(columns=["note"])
            out["events"] = json.loads(events.to_json(orient="records", date_format="iso"))
        if claims is not None:
            out["claims"] = json.loads(claims.to_json(orient="records", date_format="iso"))
        json.dump(out, sys.stdout, indent=1, ensure_ascii=False, default=str)
        print()
        return 0
    if args.format == "csv":
        for line in _header(assumptions):
            print(f"# {line}")
        df.to_csv(sys.stdout, index=False, float_format="%.3f")
        return 0
    # table: periods with changes, plus held at the end
    for line in _header(assumptions):
        print(line)
    print()
    key = ["radius_km", "period_start"] if "radius_km" in df else ["period_start"]
    moved = df.groupby(key)[["gained_km2", "lost_km2"]].transform("sum").sum(axis=1) > 0
    shown = df[moved & ((df["gained_km2"] > 0) | (df["lost_km2"] > 0))]
    cols = [
        *(["radius_km"] if "radius_km" in df else []),
        "period_start",
        "period_end",
        "actor_name",
        "gained_km2",
        "lost_km2",
        "net_km2",
        "held_km2",
        "places_changed",
        *[c for c in df.columns if c.endswith("_sq_mi") or "_x_" in c],
        *(["places_gained", "places_lost"] if args.places else []),
    ]
    with pd.option_context(
        "display.max_rows", None, "display.max_colwidth", 60, "display.width", 200
    ):
        if shown.empty:
            print("no control changes in this range")
        else:
            print(shown[cols].to_string(index=False, float_format=_fmt_km2))
        last = df[df["period_start"] == df["period_start"].max()]
        print(f"\nheld at the end of {last['period_end'].iloc[0]} (km²):")
        print(
            last[
                [*(["radius_km"] if "radius_km" in df else []), "actor_name", "held_km2"]
            ].to_string(index=False, float_format=_fmt_km2)
        )
        if claims is not None:
            from .report import claims_by_radius

            radii = args.radius if args.radius and len(args.radius) > 1 else [th.radius_km]
            table = claims_by_radius(th, radii)
            print(
                "\nclaims beside the model (gross km² gained by the actor in the claim's period):"
            )
            cols = [
                "id",
                "radius_km",
                "start",
                "end",
                "claimed_km2",
                "computed_gained_km2",
                "diff_pct",
            ]
            print(table[cols].to_string(index=False, float_format=_fmt_km2))
            print("('geomap claims THEATRE' prints each claim's wording, unit notes and verdict)")
    skipped = df["period_start"].nunique() - shown["period_start"].nunique()
    if skipped:
        print(
            f"\n({skipped} {args.by} period(s) without changes not shown; --format csv lists every row)"
        )
    return 0


# ---------------------------------------------------------------------------- maps
def _cmd_maps(args) -> int:
    th = _load(args)
    out = Path(args.out)

    tty = sys.stderr.isatty()

    def progress(i, n, what):
        if not args.quiet:
            end = "" if tty and i < n else "\n"
            print(f"{chr(13) if tty else ''}[{i}/{n}] {what}", end=end, file=sys.stderr, flush=True)

    files = th.write_maps(
        out, every=args.every, start=args.start, end=args.end, tiles=args.tiles, progress=progress
    )
    print(f"wrote {len(files)} files to {out} (open {out / 'index.html'})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geomap`` command."""
    parser = argparse.ArgumentParser(
        prog="geomap",
        description="Who controls what, day by day: territory from a gazetteer and dated control-change events, "
        "gains and losses in km² computed in an equal-area projection, and offline maps.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser(
        "check",
        help="validate a theatre folder and list every problem",
        description="Check every file of a theatre folder and list every problem as file:line: field: what is wrong; how to fix. Exit code 1 when any is an error.",
    )
    p.add_argument("theatre", help="theatre folder (holding theatre.toml)")
    p.add_argument(
        "--fix-invalid",
        action="store_true",
        help="repair invalid polygons with make_valid (reported) instead of failing",
    )
    p.set_defaults(func=_cmd_check)

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
        type=_date_arg,
        help="first day, YYYY-MM-DD (default: [dates] start in theatre.toml, else the snapshot date)",
    )
    p.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        type=_date_arg,
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
        type=_radii,
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
    p.add_argument(
        "--fix-invalid",
        action="store_true",
        help="repair invalid polygons (reported) instead of failing",
    )
    p.set_defaults(func=_cmd_gains)

    p = sub.add_parser(
        "maps",
        help="write one HTML map per date, an index and a timeline",
        description="Write DIR/YYYY-MM-DD.html per map date, DIR/index.html and DIR/timeline.html. Pages work offline: every script is written beside them.",
    )
    p.add_argument("theatre", help="theatre folder")
    p.add_argument("--out", required=True, help="output folder (created if missing)")
    p.add_argument(
        "--every",
        choices=["event", "day", "week"],
        default="event",
        help="one page per event day (default), per day, or per week",
    )
    p.add_argument(
        "--from", dest="start", metavar="DATE", type=_date_arg, help="first day, YYYY-MM-DD"
    )
    p.add_argument("--to", dest="end", metavar="DATE", type=_date_arg, help="last day, inclusive")
    p.add_argument("--radius", type=_radii, metavar="KM", help="cell radius in km")
    p.add_argument(
        "--tiles",
        action="store_true",
        help="add an optional OpenStreetMap tile layer (off by default; needs the network when viewed)",
    )
    p.add_argument(
        "--fix-invalid",
        action="store_true",
        help="repair invalid polygons (reported) instead of failing",
    )
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=_cmd_maps)

    for name in _PLUGINS:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        mod.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geomap`` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        errors = [p for p in exc.problems if p.is_error] or exc.problems
        if len(errors) == 1:
            print(f"geomap: error: {errors[0]}", file=sys.stderr)
        else:
            print(
                f"geomap: error: {len(errors)} problems in the input "
                "('geomap check THEATRE' lists the warnings too):",
                file=sys.stderr,
            )
            print(format_problems(errors), file=sys.stderr)
        return 2
    except GeomapError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
