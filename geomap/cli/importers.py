"""``geomap import-geonames`` (a GeoNames dump into ``places.csv``) and ``geomap import-acled``
(ACLED territory rows into draft ``events.csv``).  Thin: parse arguments, call the library, print.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem, format_problems

__all__ = ["register", "run_geonames", "run_acled"]


def register(subparsers: Any) -> None:
    """Add ``import-geonames`` and ``import-acled``."""
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
    p.add_argument("file", help="the dump: SY.txt, SY.zip, cities15000.txt, ...")
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
    p.add_argument("file", help="the ACLED CSV")
    p.add_argument(
        "--theatre",
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
    p.add_argument(
        "--actor-map",
        default=None,
        help="CSV mapping ACLED actor names (exact, or match=regex) to theatre actors: columns "
        "acled_actor, actor[, match, note]; tried before actors.csv's names and aliases",
    )
    p.add_argument(
        "--suggest-map",
        type=Path,
        default=None,
        help="where to write a suggested actor map when ACLED names are unknown "
        "(default: <out>_actor_map.csv)",
    )
    p.set_defaults(func=run_acled)


def run_geonames(args: argparse.Namespace) -> int:
    from ..importers.geonames import read_geonames, write_places

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
    from ..importers.acled import UnknownActorsError, read_acled, write_events
    from ..importers.actor_map import read_actor_map, write_actor_map
    from ..importers.geonames import write_places
    from ..inputs import load_inputs

    inputs = load_inputs(args.theatre, strict=False)
    needed = ("actors.csv", "places.csv", "theatre.toml")
    bad = [p for p in inputs.problems if p.is_error and Path(p.file).name in needed]
    if bad:
        raise InputError(bad)
    amap = read_actor_map(args.actor_map, inputs.actor_index) if args.actor_map else None
    suggest_path = args.suggest_map or args.out.with_name(args.out.stem + "_actor_map.csv")
    try:
        result = read_acled(
            args.file,
            places=inputs.places,
            place_index=inputs.place_index,
            actor_map=amap,
            actor_index=inputs.actor_index,
            max_km=args.max_km,
            confidence=args.confidence,
        )
    except UnknownActorsError as err:
        write_actor_map(err.suggested_map, suggest_path)
        print(format_problems(err.problems), file=sys.stderr)
        n = len(err.suggested_map)
        raise InputError(
            Problem(
                str(args.file),
                None,
                "actor1",
                f"{n} ACLED actor name{'s' * (n != 1)} match no actor of {args.theatre}; "
                f"no drafts were written, only a suggested actor map: {suggest_path} (each "
                "name with its row count and the nearest actors)",
                f"fill in its actor column and rerun with --actor-map {suggest_path}",
            )
        ) from None
    write_events(result.events, args.out)
    new_path = args.new_places or args.out.with_name(args.out.stem + "_new_places.csv")
    if len(result.new_places):
        write_places(result.new_places, new_path)
    for p in result.problems:
        print(f"geomap: {p}", file=sys.stderr)
    if result.suggested_map is not None:
        write_actor_map(result.suggested_map, suggest_path)
        print(
            f"geomap: some actor2 names match no theatre actor (from_actor left empty); a "
            f"suggested actor map is in {suggest_path}: fill in its actor column and rerun with "
            f"--actor-map {suggest_path}",
            file=sys.stderr,
        )
    print(
        f"wrote {len(result.events)} draft event(s) to {args.out}"
        + (
            f" and {len(result.new_places)} new place(s) to {new_path}"
            if len(result.new_places)
            else ""
        )
    )
    return 0
