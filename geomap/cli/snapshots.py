"""Deprecated aliases for snapshot series: ``snapshot-gains`` and ``snapshot-check``.

``geomap gains THEATRE`` and ``geomap check THEATRE`` serve snapshot theatres
(a theatre.toml with ``[snapshots]``); these two commands remain for a bare
folder of snapshot files read with ``--rule`` and for old scripts.  They keep
their old output layout, and say on stderr that they are aliases.  Their
options to repair invalid polygons are spelt ``--fix-invalid`` like every other
command's; the old ``--fix`` and ``--on-invalid`` still work (hidden).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import ArgumentError, Problem, format_problems
from ._ledger_out import print_series_ledger, warn_clipped
from ._options import add_fix_invalid

__all__ = ["register", "run_gains", "run_check", "load_series"]


def _alias_note(of: str) -> str:
    return (
        f"geomap: note: 'snapshot-{of}' is an alias of 'geomap {of}' (which takes snapshot "
        "theatres too), kept for a folder read with --rule and for old scripts"
    )


_RULE_HELP = (
    "TOML file with the series settings: pattern, actor rule ([snapshots.actors] or [actors]), "
    "optional [aoi] path; see geomap.snapshots. Not needed when FOLDER is a theatre whose "
    "theatre.toml has a [snapshots] table."
)


def register(subparsers: Any) -> None:
    """Add the aliases ``snapshot-gains`` and ``snapshot-check``."""
    p = subparsers.add_parser(
        "snapshot-gains",
        help="alias of 'gains' for a folder of dated snapshot files (deprecated)",
        description=(
            "Alias of 'geomap gains' (which takes snapshot theatres too), for a folder read "
            "with --rule; the layout of its output is kept for old scripts. Read a folder of dated control-polygon files (one GeoJSON per date) and print "
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
    p.set_defaults(func=run_gains, note=_alias_note("gains"))

    p = subparsers.add_parser(
        "snapshot-check",
        help="alias of 'check' for a folder of dated snapshot files (deprecated)",
        description=(
            "Alias of 'geomap check' (which takes snapshot theatres too), for a folder read "
            "with --rule and tunable thresholds; the layout of its output is kept for old "
            "scripts. Load a snapshot series and list every quality flag: invalid rings, spikes, steps, "
            "missing and duplicate dates, stray polygons, clips. Each flag names the date, the "
            "actor, the km² at stake and the file and feature. Nothing is changed. Exit code 1 "
            "when a flag is an error."
        ),
    )
    _series_args(p, on_invalid=False)
    add_fix_invalid(
        p,
        "repair invalid polygons (and report the km² moved) instead of leaving them out",
        hidden=("--fix",),
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
    p.set_defaults(func=run_check, note=_alias_note("check"))


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
            "--fix-invalid",
            dest="on_invalid",
            action="store_const",
            const="fix",
            default=None,
            help="repair invalid polygons (reported) instead of failing",
        )
        p.add_argument(  # the old spelling: fail, leave out, or repair
            "--on-invalid", choices=["raise", "warn", "fix"], default=None, help=argparse.SUPPRESS
        )


def _progress(i: int, n: int, file: str) -> None:
    if sys.stderr.isatty():
        end = "\n" if i + 1 == n else ""
        print(f"\rreading snapshot {i + 1}/{n}", end=end, file=sys.stderr, flush=True)


def load_series(args: argparse.Namespace, *, on_invalid: str | None = None):
    """The series named by ``folder`` / ``--rule`` / ``--pattern`` / ``--aoi``."""
    from ..snapshots import SnapshotConfig, load_snapshot_theatre

    folder: Path = args.folder
    overrides: dict[str, Any] = {"progress": _progress}
    if args.pattern:
        overrides["pattern"] = args.pattern
    if on_invalid:
        overrides["on_invalid"] = on_invalid
    if args.rule is None:
        if (folder / "theatre.toml").is_file():
            if args.pattern or args.aoi:
                raise ArgumentError(
                    Problem(
                        str(folder / "theatre.toml"),
                        None,
                        None,
                        "--pattern and --aoi apply with --rule only",
                        "set them in theatre.toml",
                    )
                )
            return load_snapshot_theatre(folder, on_invalid=on_invalid)
        raise ArgumentError(
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
    """The ledger of the series, in the alias's own layout."""
    series = load_series(args, on_invalid=args.on_invalid)
    ledger = series.ledger(by=args.by, start=args.start, end=args.end)
    warn_clipped(ledger.attrs.get("assumptions", {}))
    warnings = [p for p in series.problems if not p.is_error]
    if warnings:
        print(
            f"geomap: {len(warnings)} warning(s) while loading; see geomap snapshot-check",
            file=sys.stderr,
        )
    print_series_ledger(
        ledger,
        fmt=args.format,
        title=series.title,
        by=args.by,
        projection=series.assumptions["projection"],
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    """Every quality flag of the series, in the alias's own layout."""
    from ..snapshots import check_series

    series = load_series(args, on_invalid="fix" if args.fix_invalid else "warn")
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
