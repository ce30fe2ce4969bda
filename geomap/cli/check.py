"""``geomap check``: every problem of a theatre folder (events or snapshots)."""

from __future__ import annotations

import argparse
import sys

from ..errors import format_problems
from ._options import add_fix_invalid, on_invalid

__all__ = ["register", "run"]


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' * (n != 1)}"


def _with_suggestions(inputs) -> list:
    """The inputs' problems; unknown places get GeoNames suggestions in the hint, never applied.

    Candidates come from the AOI's countries when ``[aoi] countries`` names
    them, else from the AOI's bounds.  Without the optional gazetteer one
    note says the suggestions were skipped (never an error).
    """
    from ..gazetteer import theatre_area, with_suggestions

    problems = list(inputs.problems)
    bbox, countries = theatre_area(inputs)
    if bbox is None and not countries:
        return problems
    notes: list[str] = []
    problems = with_suggestions(problems, bbox, countries=countries, notes=notes)
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    return problems


def run(args: argparse.Namespace) -> int:
    """List every problem; exit code 1 when one is an error."""
    from ..inputs import is_snapshot_theatre, load_inputs
    from ..pgstore import is_store_url, read_store_inputs
    from ..theatre import Theatre, load_theatre

    if is_snapshot_theatre(args.theatre):
        series = load_theatre(args.theatre, on_invalid=on_invalid(args, "warn"))
        problems = series.check()
        summary = f"{len(series.dates)} snapshots"
        n_err = sum(p.is_error for p in problems)
        counts = (
            f"{_plural(n_err, 'error')}, {len(problems) - n_err} warning(s) and quality flag(s)"
        )
    else:
        # load without stopping at the first error, so that every problem is listed
        events_file = None
        if is_store_url(args.theatre):  # a theatre in a PostGIS store: the same checks
            inputs, events_file = read_store_inputs(
                args.theatre, strict=False, on_invalid=on_invalid(args)
            )
        else:
            inputs = load_inputs(args.theatre, strict=False, on_invalid=on_invalid(args))
        problems = _with_suggestions(inputs)
        if not any(p.is_error for p in problems):
            theatre = Theatre(inputs)
            theatre.events_file = events_file or theatre.events_file
            theatre.on_invalid = on_invalid(args)
            problems = theatre.check()
        summary = ", ".join(
            (
                _plural(len(inputs.places), "place"),
                _plural(len(inputs.actors), "actor"),
                _plural(len(inputs.events), "valid event"),
            )
        )
        n_err = sum(p.is_error for p in problems)
        counts = f"{_plural(n_err, 'error')}, {_plural(len(problems) - n_err, 'warning')}"
    if problems:
        print(format_problems(problems))
    print(f"{args.theatre}: {counts}; {summary}", file=sys.stderr)
    return 1 if n_err else 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``check``."""
    p = sub.add_parser(
        "check",
        help="validate a theatre folder and list every problem",
        description="Check every file of a theatre folder and list every problem as file:line: field: what is wrong; how to fix. Exit code 0 when none is an error, 1 when any is (a broken theatre.toml or "
        "snapshot file too), 2 for a path of the wrong kind or a bad option.",
    )
    p.add_argument(
        "theatre", help="theatre folder (holding theatre.toml), or postgresql://.../DB?theatre=NAME"
    )
    add_fix_invalid(p, "repair invalid polygons with make_valid (reported) instead of failing")
    p.set_defaults(func=run)
