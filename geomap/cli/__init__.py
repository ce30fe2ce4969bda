"""The ``geomap`` command line.  Thin: parsing arguments, calling the library, printing.

Exit codes: 0 success; 1 ``geomap check`` found errors; 2 bad input or usage
(one line on stderr saying why).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import GeomapError, InputError, format_problems
from . import calibrate, check, demo, diff, export, extract, gains, importers, maps, snapshots
from ._terminal import safe_streams

__all__ = ["main", "build_parser"]

# every command family: a module with register(subparsers); the order is the order of --help
COMMANDS = (check, gains, maps, diff, demo, export, extract, snapshots, importers, calibrate)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``geomap`` command."""
    parser = argparse.ArgumentParser(
        prog="geomap",
        description="Who controls what, day by day: territory from a gazetteer and dated control-change events, "
        "gains and losses in km² computed in an equal-area projection, and offline maps.",
    )
    parser.set_defaults(note=None)  # a deprecated alias sets a note for stderr
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for family in COMMANDS:
        family.register(sub)
    return parser


def _run(args: argparse.Namespace) -> int:
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``geomap`` command; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        with safe_streams():  # no control or bidi character from the data reaches the terminal
            code = _run(args)
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return 0
    if args.note:  # a deprecated alias says so, after its output or error
        print(args.note, file=sys.stderr)
    return code
