"""``geomap maps``: one offline HTML page per date, an index and a timeline."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import video
from ._ledger_out import warn_clipped
from ._options import add_fix_invalid, date_arg, days_or_none_arg, load, radii, whole_number

__all__ = ["register", "run"]


def run(args: argparse.Namespace) -> int:
    """Write the pages of ``args.theatre`` to ``args.out``."""
    th = load(args)
    out = Path(args.out)
    # a range outside the data: refused; straddling: clipped, and said
    warn_clipped(th.covered_range(args.start, args.end)[2])

    tty = sys.stderr.isatty()

    def progress(i, n, what):
        if not args.quiet:
            end = "" if tty and i < n else "\n"
            print(f"{chr(13) if tty else ''}[{i}/{n}] {what}", end=end, file=sys.stderr, flush=True)

    files = th.write_maps(
        out,
        every=args.every,
        start=args.start,
        end=args.end,
        tiles=args.tiles,
        progress=progress,
        rolling=args.rolling,
        jobs=args.jobs,
    )
    print(f"wrote {len(files)} files to {out} (open {out / 'index.html'})")
    if args.video:
        video.run_video(th, args)
    return 0


def _jobs(text: str) -> int:
    return whole_number(text, ": give a whole number of processes, 1 or more")


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``maps``."""
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
        "--from", dest="start", metavar="DATE", type=date_arg, help="first day, YYYY-MM-DD"
    )
    p.add_argument("--to", dest="end", metavar="DATE", type=date_arg, help="last day, inclusive")
    p.add_argument("--radius", type=radii, metavar="KM", help="cell radius in km")
    p.add_argument(
        "--tiles",
        action="store_true",
        help="add an optional OpenStreetMap tile layer (off by default; needs the network when viewed)",
    )
    p.add_argument(
        "--rolling",
        type=days_or_none_arg,
        default=30,
        metavar="N",
        help="chart the rate of advance (net km² per day over N days) on the index; 0 for none (default: 30)",
    )
    p.add_argument(
        "--jobs",
        type=_jobs,
        metavar="N",
        help="processes writing the date pages (default: every CPU; 1: one process). "
        "The pages are the same whatever N",
    )
    add_fix_invalid(p, "repair invalid polygons (reported) instead of failing")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    video.add_video_option(p)
    p.set_defaults(func=run, out_kind="folder")
