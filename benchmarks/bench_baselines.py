"""Benchmark: geomap against three naive geopandas pipelines, interleaved in one process.

Builds a synthetic theatre (:mod:`synthetic`; generation not counted), then,
in **one** Python process, repeats ``--reps`` rounds of:

``geomap``
    a fresh ``load_theatre`` (read + validate), the event history, the engine
    (faces, face areas, replay) and ``ledger(by="day")`` over every day of the
    range: the whole answer, from the files.  The first round pays the
    imports' first-call costs; the median over rounds is the *warm* figure.
``lean``
    the loop a competent geopandas user writes: per date, ``dissolve`` the
    cells by holder, ``difference`` both ways against the previous date's
    dissolved ground (kept from the previous iteration, so not timed again),
    ``to_crs`` to the equal-area CRS, ``.area`` → gained / lost / held.
``overlay``
    per date, the same dissolve, then ``geopandas.overlay(prev, cur,
    how="union")``, ``to_crs``, ``.area``, grouped by (before, after) holder.
``coverage``
    per date, ``dissolve(method="coverage")`` (geopandas ≥ 1.0: GEOS
    coverage union, the fastest union for cells that tile), then
    ``difference`` both ways, ``to_crs``, ``.area``.  A coverage union needs
    cells that share their vertices, which capped cells do not: this pipeline
    gets the cells noded once (:func:`noded_cells`, not timed).

The naive pipelines run on cells a user would build (built before any timing,
not counted): plain capped Voronoi cells of the places inside the area of
interest, made with shapely in the theatre's equal-area CRS (``voronoi_polygons``
∩ a 64-gon cap ∩ the area of interest) and brought back to EPSG:4326 — not
geomap's densified, noded faces.  They are also given each date's holders
for free (geomap's event history, not timed).  Each naive pipeline is timed on
``--dates`` dates spread over the range, in every round, and extrapolated to
every day of the range from the median per date.  CPU (``time.process_time``)
and wall time are both reported: the machine may be shared.

Also measured, after the rounds: ``control(date)`` on event days of a warm
theatre (p50 / p95), and a cold ``geomap gains`` process (imports included).

Results are printed and written to ``benchmarks/results/baselines[-SIZE].json``.

Run::

    python benchmarks/run.py baselines                         # 5k places / 20k events / 1000 days
    python benchmarks/run.py baselines -- --size large         # 20k / 80k / 10 years
    python benchmarks/run.py --quick baselines                 # smoke run
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
for _p in (str(HERE), str(ROOT)):  # synthetic.py, bench_ledger.py, geomap from the source tree
    if _p not in sys.path:
        sys.path.insert(0, _p)

from bench_ledger import _Clock, _control_times, _spread, _stats, _versions, _write  # noqa: E402
from synthetic import SIZES  # noqa: E402

TARGETS = {
    "warm_total_s": {"small": 0.3, "large": 2.0},
    "cold_gains_s": {"small": 1.5},  # the issue sets it for 5k only; larger sizes just report it
    "lean_x": 300.0,
    "coverage_x": 100.0,
    "control_p95_s": {"small": 0.010, "large": 0.020},
}
NAIVE = ("lean", "overlay", "coverage")
PHASES = ("load", "history", "engine", "ledger")


# --------------------------------------------------------------------------- the user's cells
def user_cells(th):
    """Plain capped Voronoi cells (EPSG:4326), as a geopandas user builds them.

    Places inside the area of interest (one per location), Voronoi in the
    theatre's equal-area CRS, each cell ∩ a 64-gon of ``radius_km`` ∩ the area
    of interest, back to EPSG:4326.  Not geomap's faces.
    """
    import geopandas as gpd
    import numpy as np
    import shapely

    places = th.places
    pts = gpd.GeoSeries(places.geometry.values, crs="EPSG:4326").to_crs(th.crs)
    aoi = gpd.GeoSeries([th.inputs.aoi_geometry], crs="EPSG:4326").to_crs(th.crs).iloc[0]
    inside = shapely.contains(aoi, pts.values)
    xy = shapely.get_coordinates(pts.values)
    _, first = np.unique(np.round(xy, 3), axis=0, return_index=True)
    keep = np.zeros(len(xy), bool)
    keep[first] = True
    keep &= inside
    seeds = pts.values[keep]
    vor = shapely.get_parts(
        shapely.voronoi_polygons(
            shapely.multipoints(seeds), extend_to=aoi.envelope.buffer(1e6), ordered=True
        )
    )
    caps = shapely.buffer(seeds, th.radius_km * 1000.0, quad_segs=16)
    cells = shapely.intersection(shapely.intersection(vor, caps), aoi)
    out = gpd.GeoDataFrame(
        {"place": places["id"].to_numpy()[keep]}, geometry=cells, crs=th.crs
    ).to_crs("EPSG:4326")
    return out[~out.is_empty].reset_index(drop=True)


def noded_cells(cells):
    """The same cells made a coverage, as ``dissolve(method="coverage")`` requires.

    A cap cuts each Voronoi cell on its own, so neighbours do not share
    vertices (GEOS: "CoverageUnion cannot process incorrectly noded inputs").
    A user noding them once: every boundary unioned (noded on a ~1 cm grid),
    polygonized, each piece given the place of the cell it lies in (one row per
    piece: merging a cell's pieces would drop the vertices its neighbours
    need).  Not timed.
    """
    import geopandas as gpd
    import numpy as np
    import shapely

    geoms = cells.geometry.values
    lines = shapely.union_all(shapely.boundary(geoms), grid_size=1e-7)  # ~1 cm: snap-rounded
    pieces = shapely.get_parts(shapely.polygonize(shapely.get_parts(lines)))
    probe = shapely.point_on_surface(pieces)
    pi, ci = shapely.STRtree(geoms).query(probe, predicate="within")
    pi, first = np.unique(pi, return_index=True)  # cells may overlap by a hair: one each
    ci = ci[first]
    return gpd.GeoDataFrame(
        {"place": cells["place"].to_numpy()[ci]}, geometry=pieces[pi], crs=cells.crs
    )


# --------------------------------------------------------------------------- the naive steps
def _dissolved(cells, holders: dict, method: str = "unary"):
    c = cells.assign(actor=cells["place"].map(holders).fillna(""))
    return c.dissolve(by="actor", method=method)[["geometry"]]


def _diff_figures(prev, cur, crs) -> dict[str, float]:
    """gained / lost / held per actor from two dissolved frames (index: actor)."""
    actors = prev.index.union(cur.index)
    a = prev.geometry.reindex(actors)
    b = cur.geometry.reindex(actors)
    gained = b.difference(a, align=False).to_crs(crs).area / 1e6
    lost = a.difference(b, align=False).to_crs(crs).area / 1e6
    held = cur.to_crs(crs).area / 1e6
    return {"gained": float(gained.sum()), "lost": float(lost.sum()), "held": float(held.sum())}


def naive_lean(cells, prev, holders, crs):
    cur = _dissolved(cells, holders)
    return cur, _diff_figures(prev, cur, crs)


def naive_coverage(cells, prev, holders, crs):
    cur = _dissolved(cells, holders, method="coverage")
    return cur, _diff_figures(prev, cur, crs)


def naive_overlay(cells, prev, holders, crs):
    import geopandas as gpd

    cur = _dissolved(cells, holders)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # overlay's notes about the geometry types it keeps
        ov = gpd.overlay(
            prev.reset_index(), cur.reset_index(), how="union", keep_geom_type=True
        ).to_crs(crs)
    area = ov.area / 1e6
    moved = ov["actor_1"].fillna("") != ov["actor_2"].fillna("")
    held = cur.to_crs(crs).area / 1e6
    return cur, {
        "gained": float(area[moved].sum()),
        "lost": float(area[moved].sum()),
        "held": float(held.sum()),
    }


_NAIVE_FUNCS = {"lean": naive_lean, "overlay": naive_overlay, "coverage": naive_coverage}


# --------------------------------------------------------------------------- rounds
def _geomap_round(folder: Path) -> tuple[object, dict[str, float], dict[str, float]]:
    import geomap

    clock = _Clock()
    with clock("load"):
        th = geomap.load_theatre(folder, cache=False)  # timed work, not a cache read
    with clock("history"):
        th.history  # noqa: B018 - cached property: apply_events
    with clock("engine"):
        th._engine  # noqa: B018 - cached property: faces, areas, replay
    with clock("ledger"):
        th.ledger(by="day")
    return th, clock.wall, clock.cpu


def _naive_round(kind: str, cells, pairs, crs) -> tuple[list[float], list[float]]:
    """Per-date wall and CPU seconds of one naive pipeline on (prev holders, holders) pairs."""
    func = _NAIVE_FUNCS[kind]
    method = "coverage" if kind == "coverage" else "unary"
    if kind == "coverage":
        cells = noded_cells(cells)  # once per round; not timed
    wall, cpu = [], []
    for prev_holders, holders in pairs:
        prev = _dissolved(cells, prev_holders, method)  # the previous iteration's result
        gc.collect()
        w, c = time.perf_counter(), time.process_time()
        func(cells, prev, holders, crs)
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return wall, cpu


def _control_stats(th, n: int) -> dict:
    wall, cpu = _control_times(th, _spread(th.event_days(), n))
    return {**_stats(wall), "cpu": _stats(cpu)}


def _cold_gains(folder: Path, reps: int) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    # without the derivation cache (every run cold); benchmarks/bench_cold.py measures it
    cmd = [
        sys.executable,
        "-m",
        "geomap.cli",
        "gains",
        str(folder),
        "--format",
        "csv",
        "--no-cache",
    ]
    wall = []
    for _ in range(reps):
        w = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        wall.append(time.perf_counter() - w)
        if proc.returncode != 0:
            raise RuntimeError(f"geomap gains failed:\n{proc.stderr[-2000:]}")
    return {**_stats(wall), "all": wall}


def _med(values) -> float:
    import numpy as np

    return float(np.median(values))


def run_rounds(folder: Path, *, reps: int, dates: int) -> dict:
    """Interleaved rounds: geomap, then each naive pipeline on the sampled dates."""
    import geomap

    th0 = geomap.load_theatre(folder, cache=False)  # timed work, not a cache read
    cells = user_cells(th0)
    start, end = th0.default_range()
    n_days = (end - start).days + 1
    sample = _spread([start + dt.timedelta(days=k) for k in range(1, n_days)], dates)
    hist = th0.history
    pairs = [(hist.holders(d - dt.timedelta(days=1)), hist.holders(d)) for d in sample]
    geo_wall: dict[str, list[float]] = {p: [] for p in (*PHASES, "total")}
    geo_cpu: dict[str, list[float]] = {p: [] for p in (*PHASES, "total")}
    naive_wall: dict[str, list[float]] = {k: [] for k in NAIVE}
    naive_cpu: dict[str, list[float]] = {k: [] for k in NAIVE}
    th = th0
    for r in range(reps):
        print(f"  round {r + 1}/{reps}: geomap", end="", flush=True)
        del th
        gc.collect()
        th, wall, cpu = _geomap_round(folder)
        for p in PHASES:
            geo_wall[p].append(wall[p])
            geo_cpu[p].append(cpu[p])
        geo_wall["total"].append(sum(wall.values()))
        geo_cpu["total"].append(sum(cpu.values()))
        for kind in NAIVE:
            print(f", {kind}", end="", flush=True)
            w, c = _naive_round(kind, cells, pairs, th.crs)
            naive_wall[kind] += w
            naive_cpu[kind] += c
        print(flush=True)
    return {
        "cells": len(cells),
        "faces": len(th._engine.tess),
        "ledger_days": n_days,
        "sample_dates": [str(d) for d in sample],
        "geomap_wall_s": {p: _med(v) for p, v in geo_wall.items()},
        "geomap_cpu_s": {p: _med(v) for p, v in geo_cpu.items()},
        "geomap_first_round_wall_s": geo_wall["total"][0],
        "geomap_rounds_wall_s": geo_wall["total"],
        "naive_per_date_wall_s": {k: _med(v) for k, v in naive_wall.items()},
        "naive_per_date_cpu_s": {k: _med(v) for k, v in naive_cpu.items()},
        "theatre": th,
    }


# --------------------------------------------------------------------------- report
def _summarise(res: dict, size: str) -> dict:
    days = res["ledger_days"]
    gw, gc_ = res["geomap_wall_s"]["total"], res["geomap_cpu_s"]["total"]
    out = {"geomap_warm_total_wall_s": gw, "geomap_warm_total_cpu_s": gc_}
    for k in NAIVE:
        out[f"{k}_extrapolated_wall_s"] = res["naive_per_date_wall_s"][k] * days
        out[f"{k}_extrapolated_cpu_s"] = res["naive_per_date_cpu_s"][k] * days
        out[f"{k}_x_wall"] = out[f"{k}_extrapolated_wall_s"] / gw
        out[f"{k}_x_cpu"] = out[f"{k}_extrapolated_cpu_s"] / gc_
    tgt = {}
    if size in TARGETS["warm_total_s"]:
        tgt[f"warm total < {TARGETS['warm_total_s'][size]} s"] = gw < TARGETS["warm_total_s"][size]
    if size in TARGETS["control_p95_s"] and res.get("control"):
        lim = TARGETS["control_p95_s"][size]
        tgt[f"control p95 < {lim * 1000:.0f} ms"] = res["control"]["p95"] < lim
    if res.get("cold_gains") and size in TARGETS["cold_gains_s"]:
        lim = TARGETS["cold_gains_s"][size]
        tgt[f"cold gains < {lim} s"] = res["cold_gains"]["median"] < lim
    tgt["lean >= 300x (cpu)"] = out["lean_x_cpu"] >= TARGETS["lean_x"]
    tgt["coverage >= 100x (cpu)"] = out["coverage_x_cpu"] >= TARGETS["coverage_x"]
    out["targets"] = tgt
    return out


def _print(res: dict, params: dict) -> None:
    s = res["summary"]
    gw, gcpu = res["geomap_wall_s"], res["geomap_cpu_s"]
    lines = [
        f"baselines: {params['places']:,} places, {params['events']:,} events, {params['days']:,} days; "
        f"{res['faces']:,} geomap faces, {res['cells']:,} user cells; {params['reps']} rounds, "
        f"{len(res['sample_dates'])} naive dates per round; load avg {res['loadavg_1min']}",
        f"  {'geomap (median of rounds)':30s} {'wall':>8s} {'cpu':>8s}",
        *(f"  {p:30s} {gw[p]:8.3f} {gcpu[p]:8.3f}" for p in (*PHASES, "total")),
        f"  first round total (cold caches): {res['geomap_first_round_wall_s']:.3f} s wall",
        "",
        f"  {'naive, per date (median)':30s} {'wall':>8s} {'cpu':>8s} {'x all days':>12s} {'speed-up wall / cpu':>22s}",
    ]
    for k in NAIVE:
        lines.append(
            f"  {k:30s} {res['naive_per_date_wall_s'][k]:8.4f} {res['naive_per_date_cpu_s'][k]:8.4f} "
            f"{s[f'{k}_extrapolated_cpu_s']:10.1f} s {s[f'{k}_x_wall']:10.0f}x / {s[f'{k}_x_cpu']:.0f}x"
        )
    if res.get("control"):
        c = res["control"]
        lines.append(
            f"  control(date) on {c['n']} event days: p50 {c['median'] * 1000:.1f} ms, "
            f"p95 {c['p95'] * 1000:.1f} ms, max {c['max'] * 1000:.1f} ms wall; "
            f"cpu p50 {c['cpu']['median'] * 1000:.1f} ms, p95 {c['cpu']['p95'] * 1000:.1f} ms"
            + (f"; unions {c['unions']}" if c.get("unions") else "")
        )
    if res.get("cold_gains"):
        g = res["cold_gains"]
        lines.append(
            f"  cold `geomap gains` process: median {g['median']:.2f} s of {g['n']} (min {min(g['all']):.2f})"
        )
    lines.append(
        "  targets: " + ", ".join(f"{k} {'PASS' if v else 'MISS'}" for k, v in s["targets"].items())
    )
    print("\n".join(lines), flush=True)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="bench_baselines",
        description="geomap against the lean, overlay and coverage naive pipelines, in one process.",
    )
    ap.add_argument("--quick", action="store_true", help="smoke run: 500 places, 100 days")
    ap.add_argument("--size", choices=["small", "large"], default="small")
    ap.add_argument("--reps", type=int, default=3, help="interleaved rounds (default 3)")
    ap.add_argument("--dates", type=int, default=8, help="naive dates per round (default 8)")
    ap.add_argument("--control-dates", type=int, default=200)
    ap.add_argument("--cold", type=int, default=3, help="cold `geomap gains` runs (0: skip)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path)
    ap.add_argument(
        "--theatre",
        type=Path,
        help="time this theatre folder (e.g. one written by synthetic.py) instead of generating one",
    )
    return ap


def main(argv: list[str] | None = None) -> dict:
    """Run the baselines benchmark; return (and write) its results.

    Parameters
    ----------
    argv : list of str, optional
        Command-line arguments (see ``--help``).

    Returns
    -------
    dict
        Per-phase medians for geomap, per-date medians for each naive
        pipeline, the speed-ups (wall and CPU), control(date) and cold-process
        figures, ``summary`` with the targets.
    """
    from synthetic import make_sized

    args = _parser().parse_args(argv)
    size = "quick" if args.quick else args.size
    params = dict(SIZES[size], reps=args.reps, seed=args.seed)
    with tempfile.TemporaryDirectory(prefix="geomap-baselines-") as tmp:
        folder = args.theatre or Path(tmp) / "theatre"
        if args.theatre is None:
            make_sized(folder, params)
        load0 = os.getloadavg()[0]
        res = run_rounds(folder, reps=args.reps, dates=args.dates)
        th = res.pop("theatre")
        res["control"] = _control_stats(th, args.control_dates)
        # how many holders' ground was traced from its outline, how many left to block unions
        res["control"]["unions"] = dict(getattr(th._unions, "counts", {}))
        if args.cold:
            res["cold_gains"] = _cold_gains(folder, args.cold)
        res["loadavg_1min"] = [round(load0, 2), round(os.getloadavg()[0], 2)]
    res.update(
        params=params, versions=_versions(), when=dt.datetime.now().isoformat(timespec="seconds")
    )
    res["summary"] = _summarise(res, size)
    print()
    _print(res, params)
    out = args.out or RESULTS / f"baselines-{size}.json"
    _write(res, out)
    print(f"\nresults: {out}", flush=True)
    return res


if __name__ == "__main__":
    main()
