"""``geomap demo`` (the bundled Syria 2017 theatre end to end) and ``geomap claims``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import GeomapError
from ._ledger_out import add_csv_options, emit_csv
from ._options import count_warnings, radii

DEMO_THEATRE = "syria-2017"


def demo_theatre_path() -> Path:
    """The bundled demo theatre folder (``layers/syria-2017`` of the source tree)."""
    here = Path(__file__).resolve().parent.parent
    for root in (here.parent, Path.cwd()):
        cand = root / "layers" / DEMO_THEATRE
        if (cand / "theatre.toml").is_file():
            return cand
    raise GeomapError(
        f"the demo theatre layers/{DEMO_THEATRE} was not found beside the geomap package; "
        "install geomap from its source folder (pip install -e .) or pass --theatre PATH"
    )


def _run_demo(args) -> int:
    from ..report import claims_report, headline
    from ..theatre import Theatre, load_theatre

    path = Path(args.theatre) if args.theatre else demo_theatre_path()
    th = load_theatre(path)  # through the derivation cache, like every command
    if not isinstance(th, Theatre):
        raise GeomapError(f"{path}: the demo needs a theatre of places and events")
    ev = th.event_ledger()
    rejected = ev[ev["status"] == "rejected"]
    print(f"geomap demo — {th.title}")
    print(f"theatre: {path}")
    print(
        f"check: 0 errors, {count_warnings(th)} warnings (run 'geomap check {path}' to read them); "
        f"{len(ev)} events: {len(ev) - len(rejected)} applied, {len(rejected)} rejected"
    )
    print()
    print(
        "The question (AP via VOA, 27 May 2017): government forces 'secured over 5,000 km²' of desert,"
    )
    print("'nearly half the size of Lebanon'; SOHR: 'over 6,000' since the offensive began.")
    print()
    print(
        "The answer, claim by claim (gross km² the claimant's side gained under the territory model):"
    )
    table = th.claims_by_radius(args.radius)
    for line in headline(table, radius_km=th.radius_km, range_note="once"):
        print(f"  * {line}")
    print()
    print("Details:")
    print()
    print(
        claims_report(
            table,
            radius_km=th.radius_km,
            actor_names=_actor_names(th),
            separations=False,
            range_note=False,
        )
    )
    _print_first_claim_places(th, ev)
    print()
    print("Assumptions:")
    for k, v in th.assumptions.items():
        print(f"  {k}: {v}")
    if not args.no_maps:
        out = Path(args.out)

        tty = sys.stderr.isatty()

        def progress(i, n, what):
            if tty:
                end = "" if i < n else "\n"
                print(f"\r  maps [{i}/{n}] {what}", end=end, file=sys.stderr, flush=True)
            elif i == n:
                print(f"  maps: {n} files written", file=sys.stderr)

        files = th.write_maps(out, every="event", progress=progress)
        print()
        print(f"Maps: {len(files)} files in {out}/ — open {out / 'index.html'} (works offline)")
    return 0


def _print_first_claim_places(th, ev) -> None:
    """The places the first claim's side took in its period, with km² and confidence; and per region."""
    claims = th.inputs.claims
    if not len(claims):
        return
    first = claims.iloc[0]
    mask = (
        (ev["date"] >= first["start"])
        & (ev["date"] <= first["end"])
        & (ev["to_actor"] == first["actor"])
        & (ev["area_km2"] > 0)
    )
    moved = ev[mask]
    who = _actor_names(th).get(first["actor"], first["actor"])
    print()
    print(
        f"Places {who} ({first['actor']}) took {first['start']} to {first['end']} (km² under the model, radius {th.radius_km:g} km):"
    )
    for r in moved.itertuples():
        print(
            f"  {r.date}  {r.place_name:<42} {r.prev_actor or '?':>9} → {r.to_actor:<4} {r.area_km2:8,.0f} km²  [{r.confidence}]"
        )
    if th.regions is not None:
        from ..report import gains_by_region

        print()
        print(f"Where: {who}'s ground {first['start']} to {first['end']} per region:")
        for line in gains_by_region(th, first["actor"], first["start"], first["end"]):
            print(f"  {line}")


def _actor_names(th) -> dict[str, str]:
    return dict(zip(th.actors["id"], th.actors["name"], strict=True))


def _run_claims(args) -> int:
    from ..report import claims_report
    from ..theatre import Theatre, load_theatre

    th = load_theatre(args.theatre)
    if not isinstance(th, Theatre):
        raise GeomapError(f"{args.theatre}: a snapshot theatre has no claims.csv")
    table = th.claims_by_radius(args.radius)
    if args.format == "csv" or args.csv_out:
        emit_csv(table, meta=th.assumptions, args=args, float_format=".1f")
    else:
        print(claims_report(table, radius_km=th.radius_km, actor_names=_actor_names(th)))
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="run the bundled Syria 2017 theatre end to end and answer the news report",
        description="Check the bundled demo theatre (layers/syria-2017), compute the government's gain in May 2017 "
        "under the territory model and its sensitivity to the cell radius, set the published claims beside it "
        "(km², sq mi, share of Lebanon), and write the maps.",
    )
    p.add_argument(
        "--out", default="geomap-demo", help="folder for the maps (default: geomap-demo)"
    )
    p.add_argument("--theatre", help="another theatre folder to run instead of the bundled one")
    p.add_argument(
        "--radius",
        type=radii,
        metavar="KM",
        help="sensitivity radii (default: the theatre's, e.g. 15,30,50)",
    )
    p.add_argument("--no-maps", action="store_true", help="print the answer only")
    p.set_defaults(func=_run_demo, out_kind="folder")

    p = sub.add_parser(
        "claims",
        help="published area claims beside the computed figures",
        description="Each claim in claims.csv beside the actor's computed gain for the same period, under each sensitivity radius.",
    )
    p.add_argument("theatre", help="theatre folder")
    p.add_argument(
        "--radius",
        type=radii,
        metavar="KM",
        help="radii (default: the theatre's sensitivity radii)",
    )
    p.add_argument(
        "--format",
        choices=["text", "csv"],
        default="text",
        help="text (default) or one CSV row per claim and radius",
    )
    add_csv_options(p)
    p.set_defaults(func=_run_claims)
