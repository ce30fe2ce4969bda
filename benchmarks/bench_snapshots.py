"""Benchmark: the full daily ledger of a snapshot series against a naive geopandas baseline.

Data: DeepStateMap's occupied area as processed by cyterat (60 consecutive
daily files, 2024-10-09..2024-12-07, plus 26 monthly files 2024-07..2026-08)
from ``../shared/data`` (beside the repo; not bundled, licences forbid it).
With ``--raw``, also the raw DeepState exports (60 daily + 15 monthly,
~500 features each, occupied = fills #a52714 + #880e4f, invalid 2022
polygons repaired).

* **geomap**: ``load_snapshots`` (read, validate, dissolve, held areas) then
  ``ledger(by="day")`` over every calendar day of the record (held, gained,
  lost per day; days without a file carry the previous state).
* **naive**: per file ``geopandas.read_file``, dissolve; per consecutive pair
  ``geopandas.overlay(how="difference")`` both ways, ``to_crs`` to the same
  equal-area CRS, ``.area``; held area by ``to_crs().area`` per file.

Both produce the same per-snapshot figures (checked below, to ~1e-5 relative:
the naive baseline measures projected straight edges, geomap densifies edges
in lon/lat first).  ``--clipped``: the 60 daily files clipped to Ukraine's
outline, geomap against the lean naive loop, interleaved rounds, medians of
CPU and wall time (``--base TREE`` adds another geomap tree, such as a
worktree of main).  Run::

    PYTHONPATH=. python benchmarks/bench_snapshots.py [--raw | --clipped [--rounds N] [--base TREE]]

Exits 0 with a message when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
TARGET_S = 5.0


def _naive(files: list[tuple[object, Path]], crs, fills: list[str] | None) -> tuple[float, dict]:
    import geopandas as gpd
    import shapely

    t0 = time.perf_counter()
    frames = []
    for day, path in files:
        gdf = gpd.read_file(path)
        if fills is not None:  # raw exports: polygons (also inside collections), repaired
            gdf = gdf[gdf["fill"].str.lower().isin(fills)].explode(index_parts=False)
            gdf = gdf.explode(index_parts=False)  # members of GeometryCollections
            gdf = gdf[gdf.geom_type == "Polygon"]
            gdf = gdf.set_geometry(shapely.make_valid(shapely.force_2d(gdf.geometry.values)))
        frames.append((day, gdf[["geometry"]].dissolve()))
    t_read = time.perf_counter() - t0
    held = {day: float(g.to_crs(crs).area.sum() / 1e6) for day, g in frames}
    gained, lost = {}, {}
    for (_d0, a), (d1, b) in zip(frames[:-1], frames[1:], strict=True):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # overlay warns about geometry types it keeps
            gained[d1] = float(gpd.overlay(b, a, how="difference").to_crs(crs).area.sum() / 1e6)
            lost[d1] = float(gpd.overlay(a, b, how="difference").to_crs(crs).area.sum() / 1e6)
    return time.perf_counter() - t0, {
        "held": held,
        "gained": gained,
        "lost": lost,
        "t_read": t_read,
    }


def bench(
    name: str,
    folders: list[Path],
    pattern: str,
    rule: dict,
    fills: list[str] | None,
    on_invalid: str,
) -> float:
    import numpy as np

    from geomap.snapshots import load_snapshots

    t0 = time.perf_counter()
    series = load_snapshots(folders, pattern=pattern, actor_rule=rule, on_invalid=on_invalid)
    t_load = time.perf_counter() - t0
    t1 = time.perf_counter()
    ledger = series.ledger(by="day")
    t_ledger = time.perf_counter() - t1
    ours = t_load + t_ledger

    # the naive baseline reads the same files (one per date: duplicates as geomap kept them)
    kept = series.snapshots[series.snapshots["kept"]].sort_values("date")
    files = [(d, Path(f)) for d, f in zip(kept["date"], kept["file"], strict=True)]
    t_naive, naive = _naive(files, series.crs, fills)

    # agreement on every consecutive pair of snapshots
    days = series.dates[1:]
    pairs = series._gain_loss([(i, i + 1) for i in range(len(series.dates) - 1)])
    g_geomap = np.array([pairs[(i, i + 1)][0, 0] for i in range(len(days))])
    l_geomap = np.array([pairs[(i, i + 1)][0, 1] for i in range(len(days))])
    g_naive = np.array([naive["gained"][d] for d in days])
    l_naive = np.array([naive["lost"][d] for d in days])
    h_geomap = series.held_series()["held_km2"].to_numpy()[: len(series.dates)]
    h_naive = np.array([naive["held"][d] for d in series.dates])

    n_days = len(ledger) // max(len(series._cols), 1)
    print(
        f"\n{name}: {len(series.dates)} snapshots {series.dates[0]}..{series.dates[-1]}, {n_days} ledger days"
    )
    print(
        f"  geomap  load {t_load:6.2f} s + daily ledger {t_ledger:5.2f} s = {ours:6.2f} s"
        + (f"   (target < {TARGET_S:g} s)" if name.startswith("cyterat") else "")
    )
    t_nread = naive["t_read"]
    print(
        f"  naive   read {t_nread:6.2f} s + overlay both ways, to_crs, .area {t_naive - t_nread:5.2f} s = {t_naive:6.2f} s"
    )
    print(
        f"  ratio   naive / geomap = {t_naive / ours:5.1f}× end to end, "
        f"{(t_naive - t_nread) / t_ledger:5.1f}× for the ledger alone"
    )
    dh = np.abs(h_geomap - h_naive)
    dg = np.abs(g_geomap - g_naive).max()
    dl = np.abs(l_geomap - l_naive).max()
    print(
        f"  agreement: held max |Δ| {dh.max():.4f} km² ({(dh / h_naive).max():.1e} rel), gained {dg:.4f} km², lost {dl:.4f} km²"
    )
    return ours


CLIP_SNIPPET = """
import json, sys, time
from pathlib import Path
from geomap.boundaries import country_outline
from geomap.snapshots import load_snapshots
folder, pattern, countries, reps = Path(sys.argv[1]), sys.argv[2], sys.argv[3].split("+"), int(sys.argv[4])
outline = country_outline(countries)
out = []
for _ in range(reps + 1):  # the first run warms up (GDAL, pyproj, caches) and is not kept
    w, c = time.perf_counter(), time.process_time()
    s = load_snapshots([folder], pattern=pattern, actor_rule={"by": "constant", "actor": "occupied"}, aoi=outline)
    s.ledger(by="day")
    out.append((time.perf_counter() - w, time.process_time() - c))
print(json.dumps(out[1:]))
"""


def _geomap_clipped(folder: Path, pattern: str, outline) -> tuple[object, float, float]:
    """geomap's clipped run: ``load_snapshots(..., aoi=outline)`` then ``ledger(by="day")``."""
    from geomap.snapshots import load_snapshots

    gc.collect()
    w, c = time.perf_counter(), time.process_time()
    series = load_snapshots(
        [folder], pattern=pattern, actor_rule={"by": "constant", "actor": "occupied"}, aoi=outline
    )
    series.ledger(by="day")
    return series, time.perf_counter() - w, time.process_time() - c


def _lean_naive(files: list[Path], outline, crs) -> tuple[dict, float, float]:
    """The lean loop a competent geopandas user writes, per snapshot: ``read_file``,
    ``clip`` to the outline, ``dissolve``, ``to_crs`` equal-area once, ``.area``; per
    consecutive pair ``difference`` both ways in the projected CRS, ``.area``."""
    import geopandas as gpd

    gc.collect()
    w, c = time.perf_counter(), time.process_time()
    held, gained, lost = [], [], []
    prev = None
    for f in files:
        cur = gpd.clip(gpd.read_file(f), outline)[["geometry"]].dissolve().to_crs(crs)
        held.append(float(cur.area.sum()) / 1e6)
        if prev is not None:
            gained.append(float(cur.difference(prev).area.sum()) / 1e6)
            lost.append(float(prev.difference(cur).area.sum()) / 1e6)
        prev = cur
    figures = {"held": held, "gained": gained, "lost": lost}
    return figures, time.perf_counter() - w, time.process_time() - c


def _base_clipped(base: Path, folder: Path, pattern: str, countries: list[str]) -> list:
    """``[(wall, cpu)]`` of another geomap tree's clipped run, in its own process (one run
    after a warm-up)."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(base)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    cmd = [sys.executable, "-c", CLIP_SNIPPET, str(folder), pattern, "+".join(countries), "1"]
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True, cwd=base)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_clipped(
    folder: Path, pattern: str, countries: list[str], rounds: int = 5, base: Path | None = None
) -> dict:
    """60 daily snapshots clipped to a country: geomap against the lean naive loop.

    Interleaved in one process (order alternating per round, after one
    untimed warm-up of each), medians of CPU (``time.process_time``) and wall
    seconds.  geomap: ``load_snapshots(..., aoi=outline)`` (read, validate,
    clip, dissolve, measure, flags) and ``ledger(by="day")``.  Naive: see
    :func:`_lean_naive`.  ``base``: also another geomap tree (e.g. a detached
    worktree of main), each round in a fresh process after a warm-up run.
    """
    import numpy as np

    from geomap.boundaries import country_outline

    outline = country_outline(countries)
    series, _w, _c = _geomap_clipped(folder, pattern, outline)  # warm-up, not timed
    kept = series.snapshots[series.snapshots["kept"]].sort_values("date")
    files = [Path(f) for f in kept["file"]]
    crs = series.crs
    naive, _w, _c = _lean_naive(files, outline, crs)
    times: dict[str, list[tuple[float, float]]] = {"geomap": [], "naive": [], "base": []}
    for r in range(rounds):
        order = ["geomap", "naive"] if r % 2 == 0 else ["naive", "geomap"]
        if base is not None:
            order.insert(r % 3, "base")
        for who in order:
            if who == "geomap":
                series, w, c = _geomap_clipped(folder, pattern, outline)
                times["geomap"].append((w, c))
            elif who == "naive":
                naive, w, c = _lean_naive(files, outline, crs)
                times["naive"].append((w, c))
            else:
                times["base"].extend(_base_clipped(base, folder, pattern, countries))
    med = {k: np.median(np.asarray(v), axis=0) for k, v in times.items() if v}

    # the same figures: held per snapshot, gained and lost per consecutive pair
    held = series.held_series()
    ours = held[held["actor"] == "occupied"]["held_km2"].to_numpy()
    pairs = series._gain_loss([(i, i + 1) for i in range(len(series.dates) - 1)])
    g = np.array([pairs[(i, i + 1)][0, 0] for i in range(len(series.dates) - 1)])
    lo = np.array([pairs[(i, i + 1)][0, 1] for i in range(len(series.dates) - 1)])
    dh = np.abs(ours - np.asarray(naive["held"])) / np.asarray(naive["held"])
    dg = max(np.abs(g - naive["gained"]).max(), np.abs(lo - naive["lost"]).max())

    n = len(files)
    gw, gc_ = med["geomap"]
    nw, nc = med["naive"]
    print(
        f"\n{n} snapshots clipped to {'+'.join(countries)}, {rounds} interleaved rounds, medians:"
    )
    print(f"  {'':22s} {'CPU s':>7s} {'wall s':>7s} {'ms/snapshot (CPU)':>18s}")
    print(f"  {'geomap':22s} {gc_:7.2f} {gw:7.2f} {gc_ / n * 1e3:18.1f}")
    if "base" in med:
        bw, bc = med["base"]
        print(f"  {'geomap at --base':22s} {bc:7.2f} {bw:7.2f} {bc / n * 1e3:18.1f}")
    print(f"  {'lean naive':22s} {nc:7.2f} {nw:7.2f} {nc / n * 1e3:18.1f}")
    print(
        f"  naive / geomap: {nc / gc_:.1f}x CPU, {nw / gw:.1f}x wall (target >= 5x)"
        + (f"; geomap at --base / geomap: {bc / gc_:.1f}x CPU" if "base" in med else "")
    )
    print(
        f"  agreement: held max rel {dh.max():.1e} (naive measures projected straight edges), "
        f"gained/lost max |diff| {dg:.4f} km2"
    )
    result = {
        "snapshots": n,
        "rounds": rounds,
        "geomap_cpu_s": round(float(gc_), 3),
        "geomap_wall_s": round(float(gw), 3),
        "naive_cpu_s": round(float(nc), 3),
        "naive_wall_s": round(float(nw), 3),
        "ratio_cpu": round(float(nc / gc_), 2),
        "ratio_wall": round(float(nw / gw), 2),
    }
    if "base" in med:
        result.update(base_cpu_s=round(float(bc), 3), base_wall_s=round(float(bw), 3))
    return result


def main(argv: list[str] | None = None) -> dict:
    """Run the snapshot benchmark; returns its figures (``{"skipped": why}`` without shared/)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--raw", action="store_true", help="also benchmark the raw DeepState exports (slower)"
    )
    parser.add_argument(
        "--quick", action="store_true", help="accepted for run.py; the data set is already small"
    )
    parser.add_argument(
        "--clipped",
        action="store_true",
        help="only the 60 daily files clipped to Ukraine, against the lean naive loop",
    )
    parser.add_argument(
        "--rounds", type=int, default=5, help="--clipped: interleaved rounds (default 5)"
    )
    parser.add_argument(
        "--base",
        type=Path,
        default=None,
        help="--clipped: also time the geomap of this source tree (e.g. a worktree of main)",
    )
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        why = f"{SHARED} is absent (DeepState snapshots are not bundled)"
        print(f"bench_snapshots: skipped: {why}")
        return {"skipped": why}
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    cy = SHARED / "deepstate-cyterat"
    if args.clipped:
        return bench_clipped(
            cy / "daily",
            "deepstatemap_data_{date:%Y%m%d}.geojson",
            ["UKR"],
            rounds=1 if args.quick else args.rounds,
            base=args.base,
        )
    ours = bench(
        "cyterat daily + monthly (1 actor)",
        [cy / "daily", cy / "monthly"],
        "deepstatemap_data_{date:%Y%m%d}.geojson",
        {"by": "constant", "actor": "occupied"},
        None,
        "raise",
    )
    result = {"cyterat_daily_ledger_s": round(ours, 3), "target_s": TARGET_S}
    if args.raw:
        raw = SHARED / "deepstate-raw-danielrose2310"
        result["raw_s"] = bench(
            "raw DeepState daily + monthly (occupied, by fill)",
            [raw / "daily", raw / "monthly"],
            "{timestamp}.geojson",
            {"by": "fill", "map": {"#a52714": "occupied", "#880e4f": "occupied"}},
            ["#a52714", "#880e4f"],
            "fix",
        )
    print(
        f"\ncyterat full daily ledger: {ours:.2f} s ({'within' if ours < TARGET_S else 'OVER'} the {TARGET_S:g} s target)"
    )
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
