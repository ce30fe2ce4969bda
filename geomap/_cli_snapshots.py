"""CLI commands for snapshot series and importers (``register(subparsers)``).

* ``geomap snapshot-gains FOLDER`` — the gains/losses ledger of a snapshot series;
* ``geomap snapshot-check FOLDER`` — its quality checks;
* ``geomap import-geonames FILE`` — a GeoNames dump into ``places.csv``;
* ``geomap import-acled FILE`` — ACLED territory rows into draft ``events.csv``.

Each ``run`` is thin: it parses arguments, calls the library and prints.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .errors import InputError, Problem, format_problems

__all__ = ["register"]

_RULE_HELP = (
    "TOML file with the series settings: pattern, actor rule ([snapshots.actors] or [actors]), "
    "optional [aoi] path; see geomap.snapshots. Not needed when FOLDER is a theatre whose "
    "theatre.toml has a [snapshots] table."
)


def register(subparsers: Any) -> None:
    """Add the snapshot and importer sub-commands to an argparse ``subparsers``."""
    p = subparsers.add_parser(
        "snapshot-gains",
        help="km² gained, lost and held per actor and period, from dated snapshot files",
        description=(
            "Read a folder of dated control-polygon files (one GeoJSON per date) and print "
            "the km² each actor gained, lost and held per day, week or month. Areas are "
            "equal-area (never in degrees); gained = land held at the period's end and not "
            "at its start."
        ),
    )
    _series_args(p)
    p.add_argument(
        "--by",
        choices=["day", "week", "month", "total"],
        default="day",
        help="period (default: day)",
    )
    p.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first date (YYYY-MM-DD; default: first snapshot)",
    )
    p.add_argument("--to", dest="end", metavar="DATE", help="last date (default: last snapshot)")
    p.add_argument(
        "--format", choices=["table", "csv", "json"], default="table", help="output format"
    )
    p.set_defaults(func=run_gains)

    p = subparsers.add_parser(
        "snapshot-check",
        help="quality checks on dated snapshot files (invalid rings, spikes, steps, gaps, strays)",
        description=(
            "Load a snapshot series and list every quality flag: invalid rings, spikes, steps, "
            "missing and duplicate dates, stray polygons, clips. Each flag names the date, the "
            "actor, the km² at stake and the file and feature. Nothing is changed. Exit code 1 "
            "when a flag is an error."
        ),
    )
    _series_args(p, on_invalid=False)
    p.add_argument(
        "--fix",
        action="store_true",
        help="repair invalid polygons (and report the km² moved) instead of leaving them out",
    )
    p.add_argument("--z", type=float, default=10.0, help="robust z-score of a jump (default 10)")
    p.add_argument("--min-km2", type=float, default=10.0, help="smallest jump in km² (default 10)")
    p.add_argument(
        "--stray-km",
        type=float,
        default=500.0,
        help="distance of a stray polygon without an AOI (default 500)",
    )
    p.add_argument(
        "--missing-factor",
        type=float,
        default=1.5,
        help="a gap this many times the usual spacing has missing dates (default 1.5)",
    )
    p.set_defaults(func=run_check)

    p = subparsers.add_parser(
        "import-geonames",
        help="turn a GeoNames dump (SY.txt or SY.zip) into a places.csv",
        description=(
            "Read a GeoNames 'geoname' dump (tab-separated, e.g. SY.txt from "
            "download.geonames.org/export/dump/), keep one country's places of the chosen "
            "feature classes/codes, and write them as a theatre places.csv with alternate "
            "names, population and admin codes kept."
        ),
    )
    p.add_argument("file", type=Path, help="the dump: SY.txt, SY.zip, cities15000.txt, ...")
    p.add_argument("--country", required=True, help="ISO code of the country to keep (SY or SYR)")
    p.add_argument("--out", type=Path, required=True, help="places.csv to write")
    p.add_argument(
        "--feature-class",
        default="P",
        help="feature classes to keep, comma-separated (default P: populated places)",
    )
    p.add_argument(
        "--feature-code",
        default=None,
        help="feature codes to keep, comma-separated (e.g. PPL,PPLA,MN)",
    )
    p.add_argument(
        "--min-population", type=int, default=0, help="keep places with at least this population"
    )
    p.add_argument(
        "--admin1-codes",
        type=Path,
        default=None,
        help="GeoNames admin1CodesASCII.txt, to write admin-1 names",
    )
    p.set_defaults(func=run_geonames)

    p = subparsers.add_parser(
        "import-acled",
        help="turn the territory rows of an ACLED CSV into draft events for a theatre",
        description=(
            "Read an ACLED-style CSV, keep the territory sub-event types (Government regains "
            "territory, Non-state actor overtakes territory, Non-violent transfer of "
            "territory), resolve actors and places against the theatre, and write draft "
            "events (review them before adding them to events.csv). Places not in the "
            "gazetteer are written to a separate new-places file."
        ),
    )
    p.add_argument("file", type=Path, help="the ACLED CSV")
    p.add_argument(
        "--theatre",
        type=Path,
        required=True,
        help="the theatre folder (its actors.csv and places.csv are used)",
    )
    p.add_argument("--out", type=Path, required=True, help="draft events CSV to write")
    p.add_argument(
        "--new-places",
        type=Path,
        default=None,
        help="where to write places added (default: <out>_new_places.csv)",
    )
    p.add_argument(
        "--max-km",
        type=float,
        default=25.0,
        help="how far ACLED's coordinates may lie from a matched place (default 25)",
    )
    p.add_argument(
        "--confidence",
        choices=["confirmed", "claimed", "disputed"],
        default="claimed",
        help="confidence written in the drafts",
    )
    p.set_defaults(func=run_acled)


def _series_args(p: argparse.ArgumentParser, *, on_invalid: bool = True) -> None:
    p.add_argument(
        "folder",
        type=Path,
        help="folder of snapshot files, or a theatre folder with [snapshots] in theatre.toml",
    )
    p.add_argument("--rule", type=Path, help=_RULE_HELP)
    p.add_argument(
        "--pattern",
        help="file-name pattern, e.g. 'deepstatemap_data_{date:%%Y%%m%%d}.geojson' or '{timestamp}.geojson'",
    )
    p.add_argument(
        "--aoi", type=Path, help="polygon file of the area of interest (features are clipped to it)"
    )
    if on_invalid:
        p.add_argument(
            "--on-invalid",
            choices=["raise", "warn", "fix"],
            default=None,
            help="invalid polygons: fail (default), leave out, or repair",
        )


def _progress(i: int, n: int, file: str) -> None:
    if sys.stderr.isatty():
        end = "\n" if i + 1 == n else ""
        print(f"\rreading snapshot {i + 1}/{n}", end=end, file=sys.stderr, flush=True)


def load_series(args: argparse.Namespace, *, on_invalid: str | None = None):
    """The series named by ``folder`` / ``--rule`` / ``--pattern`` / ``--aoi``."""
    from .snapshots import SnapshotConfig, load_snapshot_theatre

    folder: Path = args.folder
    overrides: dict[str, Any] = {"progress": _progress}
    if args.pattern:
        overrides["pattern"] = args.pattern
    if on_invalid:
        overrides["on_invalid"] = on_invalid
    if args.rule is None:
        if (folder / "theatre.toml").is_file():
            if args.pattern or args.aoi:
                raise InputError(
                    Problem(
                        str(folder / "theatre.toml"),
                        None,
                        None,
                        "--pattern and --aoi apply with --rule only",
                        "set them in theatre.toml",
                    )
                )
            return load_snapshot_theatre(folder, on_invalid=on_invalid)
        raise InputError(
            Problem(
                str(folder),
                None,
                None,
                "no --rule given and no theatre.toml in the folder",
                "give --rule RULE.toml (see geomap snapshot-gains --help)",
            )
        )
    cfg = SnapshotConfig.from_toml(args.rule)
    cfg.folders = [folder]
    aoi = args.aoi if args.aoi else None
    return cfg.load(aoi=aoi, **overrides)


def run_gains(args: argparse.Namespace) -> int:
    series = load_series(args, on_invalid=args.on_invalid)
    from .schema import LEDGER_CONFIDENCE_COLUMNS  # NaN for snapshots: no events

    ledger = series.ledger(by=args.by, start=args.start, end=args.end).drop(
        columns=["places_changed", "places_gained", "places_lost", *LEDGER_CONFIDENCE_COLUMNS]
    )
    warnings = [p for p in series.problems if not p.is_error]
    if warnings:
        print(
            f"geomap: {len(warnings)} warning(s) while loading; see geomap snapshot-check",
            file=sys.stderr,
        )
    if args.format == "csv":
        sys.stdout.write(ledger.to_csv(index=False, float_format="%.3f"))
    elif args.format == "json":
        out = ledger.assign(
            period_start=ledger["period_start"].astype(str),
            period_end=ledger["period_end"].astype(str),
        )
        json.dump(out.round(3).to_dict(orient="records"), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        print(f"{series.title}: km² per {args.by} ({series.assumptions['projection']})")
        print(_table(ledger))
    return 0


def _table(df) -> str:
    cols = ["period_start", "period_end", "actor", "gained_km2", "lost_km2", "net_km2", "held_km2"]
    head = ["from", "to", "actor", "gained km²", "lost km²", "net km²", "held km²"]
    rows = [
        [
            str(r.period_start),
            str(r.period_end),
            str(r.actor),
            f"{r.gained_km2:,.2f}",
            f"{r.lost_km2:,.2f}",
            f"{r.net_km2:+,.2f}",
            f"{r.held_km2:,.2f}",
        ]
        for r in df[cols].itertuples(index=False)
    ]
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(head)
    ]
    lines = [
        "  ".join(
            h.rjust(w) if i > 2 else h.ljust(w)
            for i, (h, w) in enumerate(zip(head, widths, strict=True))
        )
    ]
    lines += [
        "  ".join(
            c.rjust(w) if i > 2 else c.ljust(w)
            for i, (c, w) in enumerate(zip(r, widths, strict=True))
        )
        for r in rows
    ]
    return "\n".join(lines)


def run_check(args: argparse.Namespace) -> int:
    from .snapshots import check_series

    series = load_series(args, on_invalid="fix" if args.fix else "warn")
    flags = check_series(
        series,
        z=args.z,
        min_km2=args.min_km2,
        stray_km=args.stray_km,
        missing_factor=args.missing_factor,
    )
    flagged = {(f.file, f"feature {f.feature}") for f in flags if f.feature is not None}
    others = [p for p in series.problems if (p.file, p.field) not in flagged]
    for f in flags:
        print(f)
    n_err = sum(f.severity == "error" for f in flags)
    print(
        f"{series.title}: {len(series.dates)} snapshots {series.dates[0]}..{series.dates[-1]}: {len(flags)} flag(s), {n_err} error(s)"
    )
    if others:
        print(f"loading notes ({len(others)}):")
        print(format_problems(others))
    return 1 if n_err else 0


def run_geonames(args: argparse.Namespace) -> int:
    from .importers.geonames import read_geonames, write_places

    classes = [c for c in (args.feature_class or "").split(",") if c.strip()] or None
    codes = [c for c in args.feature_code.split(",")] if args.feature_code else None
    places, problems = read_geonames(
        args.file,
        country=args.country,
        feature_classes=classes,
        feature_codes=codes,
        min_population=args.min_population,
        admin1_codes=args.admin1_codes,
    )
    write_places(places, args.out)
    for p in problems:
        print(f"geomap: {p}", file=sys.stderr)
    print(f"wrote {len(places)} places to {args.out}")
    return 0


def run_acled(args: argparse.Namespace) -> int:
    from .importers.acled import read_acled, write_events
    from .importers.geonames import write_places
    from .inputs import load_inputs

    inputs = load_inputs(args.theatre, strict=False)
    needed = ("actors.csv", "places.csv", "theatre.toml")
    bad = [p for p in inputs.problems if p.is_error and Path(p.file).name in needed]
    if bad:
        raise InputError(bad)
    result = read_acled(
        args.file,
        places=inputs.places,
        place_index=inputs.place_index,
        actor_index=inputs.actor_index,
        max_km=args.max_km,
        confidence=args.confidence,
    )
    write_events(result.events, args.out)
    new_path = args.new_places or args.out.with_name(args.out.stem + "_new_places.csv")
    if len(result.new_places):
        write_places(result.new_places, new_path)
    for p in result.problems:
        print(f"geomap: {p}", file=sys.stderr)
    print(
        f"wrote {len(result.events)} draft event(s) to {args.out}"
        + (
            f" and {len(result.new_places)} new place(s) to {new_path}"
            if len(result.new_places)
            else ""
        )
    )
    return 0
