"""``geomap diff``: the ground each actor gained and lost between two dates, and its map."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .._text import terminal_text
from ..errors import GeomapError
from ..paths import write_text
from ..schema import DIFF_COLUMNS
from ._ledger_out import add_csv_options, emit_csv, fmt_km2, warn_clipped
from ._options import add_fix_invalid, date_arg, load

_PLACE_COLUMNS = [c for c in DIFF_COLUMNS if c != "geometry"]


def _term(value: object) -> str:
    """Text safe to print (:func:`geomap._text.terminal_text`)."""
    return terminal_text(str(value))


def _run(args) -> int:
    import pandas as pd

    th = load(args)
    if not callable(getattr(th, "diff", None)):
        raise GeomapError(f"{args.theatre}: this kind of theatre cannot diff two dates")
    d = th.diff(args.start, args.end)
    totals = pd.DataFrame(d.attrs["totals"])
    places = pd.DataFrame(d.drop(columns="geometry"))[_PLACE_COLUMNS]
    assumptions = d.attrs.get("assumptions", {})
    warn_clipped(assumptions)
    if args.out:
        from ..render import diff_map

        out = Path(args.out)
        if out.suffix.lower() not in (".html", ".htm"):
            raise GeomapError(f"{out}: the map must be written to an .html file")
        write_text(out, diff_map(th, args.start, args.end).get_root().render())
        print(f"wrote {out}", file=sys.stderr)
    if args.format == "json":
        doc = {
            "start": d.attrs["start"],
            "end": d.attrs["end"],
            "assumptions": assumptions,
            "totals": json.loads(totals.to_json(orient="records")),
            "places": json.loads(places.to_json(orient="records")),
        }
        json.dump(doc, sys.stdout, indent=1, ensure_ascii=False)
        print()
        return 0
    if args.format == "csv" or args.csv_out:
        emit_csv(places, meta=assumptions, args=args)
        return 0
    for k, v in assumptions.items():
        print(_term(f"{k}: {v}"))
    print()
    print(
        f"ground gained and lost from {d.attrs['start']} to {d.attrs['end']} (both included), km²:"
    )
    moved = totals[(totals["gained_km2"] > 0) | (totals["lost_km2"] > 0)]
    if moved.empty:
        print("no ground changed hands")
        return 0
    cols = ["actor_name", "held_start_km2", "gained_km2", "lost_km2", "net_km2", "held_end_km2"]
    with pd.option_context("display.max_rows", None, "display.width", 200):
        print(_term(moved[cols].to_string(index=False, float_format=fmt_km2)))
        print(f"\n{len(places)} place(s) changed hands:")
        names = dict(zip(th.actors["id"], th.actors["name"], strict=True))
        shown = pd.DataFrame(
            {
                "place": places["place_name"].where(places["place_name"] != "", "(no place)"),
                "from": places["from_actor"].map(lambda a: names.get(a, "unassigned")),
                "to": places["to_actor"].map(lambda a: names.get(a, "unassigned")),
                "km2": places["area_km2"],
            }
        )
        print(_term(shown.to_string(index=False, float_format=fmt_km2)))
    gross = moved[(moved["gross_gained_km2"] - moved["gained_km2"]).abs() > 0.05]
    for r in gross.itertuples(index=False):
        print(
            _term(
                f"note: {r.actor_name}'s gross gain is {r.gross_gained_km2:z,.1f} km² "
                "('geomap gains' counts ground that changed hands more than once in the period)"
            )
        )
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``diff``."""
    p = sub.add_parser(
        "diff",
        help="the ground each actor gained and lost between two dates, and its map",
        description="Compare who held the ground at the start of START with who held it at the end of END "
        "(both days included, as 'geomap gains' and claims.csv count periods): per actor km² held before, "
        "gained, lost, net and held after, and each place that changed hands with its km². "
        "With --out FILE.html, also write the map (gained ground hatched in the gainer's colour, "
        "the loser's in narrow stripes).",
    )
    p.add_argument("theatre", help="theatre folder")
    p.add_argument("start", type=date_arg, help="first day, YYYY-MM-DD")
    p.add_argument("end", type=date_arg, help="last day, YYYY-MM-DD (included)")
    p.add_argument("--out", metavar="FILE.html", help="also write the map to this file")
    p.add_argument(
        "--format",
        choices=["table", "csv", "json"],
        default="table",
        help="table (default), csv (one row per place) or json (totals and places)",
    )
    add_csv_options(p)
    add_fix_invalid(p, "repair invalid polygons (reported) instead of failing")
    p.set_defaults(func=_run, radius=None)
