"""Benchmark: the daily ledger per region beside the plain daily ledger, in one run.

Builds the synthetic benchmark theatre (:mod:`synthetic`: 5,000 places over
Syria, 20,000 events over 1,000 days) and 100 regions that tile its area of
interest (Voronoi cells of 100 random points, clipped to the outline), then,
in this one process, with the engine built (untimed):

``split``
    Cutting the faces by the regions (:meth:`Theatre.region_split`), done once
    per theatre and set of regions; timed once.
``plain`` / ``regions``
    ``Theatre.ledger(by="day")`` and ``Theatre.ledger(by="day", regions=...)``
    over every day, alternated ``--repeats`` times (the split cached):
    medians of wall-clock and CPU seconds.  The target: the per-region ledger
    under 2x the plain one.  The ratio with the split counted in (first call)
    is reported too.

The per-region figures are checked: summed over regions they equal the
plain ledger's to 1e-9 relative.

Run::

    python benchmarks/run.py regions
    python benchmarks/run.py --quick regions    # 500 places, 2,000 events, 100 days, 20 regions
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
for _p in (str(HERE), str(ROOT)):  # synthetic.py, and geomap from the source tree
    if _p not in sys.path:
        sys.path.insert(0, _p)

FULL = {"places": 5000, "events": 20000, "days": 1000, "regions": 100, "repeats": 7}
QUICK = {"places": 500, "events": 2000, "days": 100, "regions": 20, "repeats": 3}
TARGET_RATIO = 2.0


def _tiling_regions(aoi, n: int, seed: int):
    """``n`` regions tiling ``aoi``: Voronoi cells of random points inside it, clipped."""
    import geopandas as gpd
    import numpy as np
    import shapely

    rng = np.random.default_rng(seed)
    minx, miny, maxx, maxy = aoi.bounds
    shapely.prepare(aoi)
    pts: list = []
    while len(pts) < n:
        cand = shapely.points(rng.uniform(minx, maxx, 4 * n), rng.uniform(miny, maxy, 4 * n))
        pts.extend(cand[shapely.contains(aoi, cand)][: n - len(pts)])
    cells = shapely.get_parts(
        shapely.voronoi_polygons(shapely.multipoints(pts), extend_to=aoi.envelope, ordered=True)
    )
    geoms = shapely.intersection(cells, aoi)
    return gpd.GeoDataFrame(
        {"name": [f"region-{i:03d}" for i in range(len(geoms))]}, geometry=geoms, crs=4326
    )


def _timed(func):
    w, c = time.perf_counter(), time.process_time()
    out = func()
    return out, time.perf_counter() - w, time.process_time() - c


def _check(plain, per_region) -> float:
    """Largest difference between the plain ledger and the per-region one summed, relative."""
    cols = ["gained_km2", "lost_km2", "net_km2", "held_km2"]
    summed = per_region.groupby(["period_start", "actor"], sort=False)[cols].sum()
    ref = plain.set_index(["period_start", "actor"])[cols]
    summed = summed.reindex(ref.index, fill_value=0.0)
    scale = max(1.0, float(ref.abs().to_numpy().max()))
    return float(abs(summed.to_numpy() - ref.to_numpy()).max() / scale)


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="bench_regions", description="Daily ledger per region against the plain ledger."
    )
    ap.add_argument("--quick", action="store_true", help="smoke run (small theatre)")
    ap.add_argument("--places", type=int)
    ap.add_argument("--events", type=int)
    ap.add_argument("--days", type=int)
    ap.add_argument("--regions", type=int)
    ap.add_argument("--repeats", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument(
        "--out", type=Path, help="JSON results (default benchmarks/results/regions.json)"
    )
    return ap


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark; print a table, write the JSON results and return them."""
    args = _parser().parse_args(argv)
    params = dict(QUICK if args.quick else FULL)
    for key in ("places", "events", "days", "regions", "repeats"):
        if getattr(args, key) is not None:
            params[key] = getattr(args, key)
    params["seed"] = args.seed

    from synthetic import make_sized

    import geomap

    with tempfile.TemporaryDirectory(prefix="geomap-bench-regions-") as tmp:
        folder = Path(tmp) / "theatre"
        make_sized(folder, params)
        th = geomap.load_theatre(folder, cache=False)  # timed work, not a cache read
        eng = th._engine  # built untimed: both ledgers share it
        regions = _tiling_regions(th.inputs.aoi_geometry, params["regions"], params["seed"])
        print(f"  {len(eng.tess):,} faces, {len(regions)} regions; splitting ...", flush=True)
        split, split_wall, split_cpu = _timed(lambda: th.region_split(regions))
        wall = {"plain": [], "regions": []}
        cpu = {"plain": [], "regions": []}
        plain = per_region = None
        for _ in range(params["repeats"]):
            plain, w, c = _timed(lambda: th.ledger(by="day"))
            wall["plain"].append(w)
            cpu["plain"].append(c)
            per_region, w, c = _timed(lambda: th.ledger(by="day", regions=regions))
            wall["regions"].append(w)
            cpu["regions"].append(c)
        med_w = {k: statistics.median(v) for k, v in wall.items()}
        med_c = {k: statistics.median(v) for k, v in cpu.items()}
        res = {
            "benchmark": "regions",
            "when": dt.datetime.now().isoformat(timespec="seconds"),
            "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
            "params": params,
            "theatre": {
                "faces": len(eng.tess),
                "face_changes": len(eng.log.face),
                "sub_faces": len(split.face),
                "days": int(plain["period_start"].nunique()),
                "ledger_rows": len(plain),
                "region_ledger_rows": len(per_region),
            },
            "split_wall_s": split_wall,
            "split_cpu_s": split_cpu,
            "wall_s": wall,
            "cpu_s": cpu,
            "median_wall_s": med_w,
            "median_cpu_s": med_c,
            "ratio_wall": med_w["regions"] / med_w["plain"],
            "ratio_cpu": med_c["regions"] / med_c["plain"],
            "ratio_wall_with_split": (med_w["regions"] + split_wall) / med_w["plain"],
            "ratio_cpu_with_split": (med_c["regions"] + split_cpu) / med_c["plain"],
            "identity_max_rel": _check(plain, per_region),
            "max_face_adjustment": split.max_adjustment,
            "target_ratio": TARGET_RATIO,
        }
    res["ok"] = res["ratio_wall"] < TARGET_RATIO and res["ratio_cpu"] < TARGET_RATIO
    t = res["theatre"]
    print()
    print(
        f"theatre: {t['faces']:,} faces, {t['face_changes']:,} face changes, "
        f"{t['days']:,} days; {len(regions)} regions → {t['sub_faces']:,} sub-faces"
    )
    print(f"split (once): {split_wall:.3f} s wall, {split_cpu:.3f} s CPU")
    print(f"{'daily ledger':<24}{'median wall s':>14}{'median CPU s':>14}{'rows':>10}")
    print(f"{'plain':<24}{med_w['plain']:>14.3f}{med_c['plain']:>14.3f}{t['ledger_rows']:>10,}")
    print(
        f"{'per region':<24}{med_w['regions']:>14.3f}{med_c['regions']:>14.3f}"
        f"{t['region_ledger_rows']:>10,}"
    )
    print(
        f"ratio per region / plain: {res['ratio_wall']:.2f}x wall, {res['ratio_cpu']:.2f}x CPU "
        f"(target < {TARGET_RATIO:g}x: {'met' if res['ok'] else 'NOT met'}); "
        f"with the one-off split counted in: {res['ratio_wall_with_split']:.2f}x wall, "
        f"{res['ratio_cpu_with_split']:.2f}x CPU"
    )
    print(
        f"identity: sums over regions match the plain ledger to {res['identity_max_rel']:.1e} relative"
    )
    out = args.out or RESULTS / ("regions-quick.json" if args.quick else "regions.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.parent == RESULTS and not (RESULTS / ".gitignore").exists():
        (RESULTS / ".gitignore").write_text(
            "# benchmark output, not committed\n*\n", encoding="utf-8"
        )
    out.write_text(json.dumps(res, indent=2, default=str) + "\n", encoding="utf-8")
    print(f"\nresults: {out}", flush=True)
    return res


if __name__ == "__main__":
    main()
