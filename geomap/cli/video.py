"""``geomap maps ... --video FILE.mp4|.gif``: the map dates as a video (matplotlib, no browser)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def add_video_option(p: argparse.ArgumentParser) -> None:
    """Add ``--video`` (and ``--fps``) to the ``maps`` command."""
    p.add_argument(
        "--video",
        metavar="FILE",
        help="also write the map dates as a video, one frame per date: FILE.mp4 or FILE.gif "
        "(needs the optional extra: pip install 'geomap[video]')",
    )
    p.add_argument(
        "--fps", type=float, default=1.5, help="video frames (dates) per second (default 1.5)"
    )


def run_video(th, args) -> None:
    """Write the video of ``args.video`` for the dates ``geomap maps`` drew."""
    from ..render import write_video

    tty = sys.stderr.isatty()

    def progress(i: int, n: int) -> None:
        if not args.quiet:
            end = "" if tty and i < n else "\n"
            print(f"{chr(13) if tty else ''}[{i}/{n}] video frame", end=end, file=sys.stderr)

    out = write_video(
        th,
        Path(args.video),
        every=args.every,
        start=args.start,
        end=args.end,
        fps=args.fps,
        progress=progress,
    )
    print(f"wrote {out}")
