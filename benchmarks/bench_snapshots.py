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
outline, geomap against the lean naive loop (CPU time).  Run::

    PYTHONPATH=. python benchmarks/bench_snapshots.py [--raw | --clipped]

Exits 0 with a message when ``../shared/data`` is absent.
"""

from __future__ import annotations

import argparse
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


def bench_clipped(folder: Path, pattern: str, countries: list[str]) -> dict:
    """60 daily snapshots clipped to a country: geomap against the lean naive loop (CPU seconds).

    geomap: ``load_snapshots(..., aoi=outline)`` (read, validate, clip, dissolve,
    measure) and ``ledger(by="day")``.  Naive: per file ``read_file``, clip to
    the outline (``geopandas.clip``), dissolve; per consecutive pair
    ``difference`` both ways, ``to_crs``, ``.area``; held by ``to_crs().area``.
    """
    import geopandas as gpd

    from geomap.boundaries import country_outline
    from geomap.snapshots import load_snapshots

    outline = country_outline(countries)
    rule = {"by": "constant", "actor": "occupied"}
    c0 = time.process_time()
    series = load_snapshots([folder], pattern=pattern, actor_rule=rule, aoi=outline)
    series.ledger(by="day")
    ours = time.process_time() - c0
    kept = series.snapshots[series.snapshots["kept"]].sort_values("date")
    crs = series.crs
    c0 = time.process_time()
    prev = None
    for f in kept["file"]:
        cur = gpd.clip(gpd.read_file(f), outline)[["geometry"]].dissolve()
        held = float(cur.to_crs(crs).area.sum())
        if prev is not None:
            a, b = prev.geometry.iloc[0], cur.geometry.iloc[0]
            gained = gpd.GeoSeries([b.difference(a)], crs=cur.crs).to_crs(crs).area.sum()
            lost = gpd.GeoSeries([a.difference(b)], crs=cur.crs).to_crs(crs).area.sum()
            del gained, lost, held
        prev = cur
    naive = time.process_time() - c0
    print(
        f"\n{len(kept)} snapshots clipped to {'+'.join(countries)} (CPU s): geomap {ours:.2f}, "
        f"lean naive {naive:.2f}: {naive / ours:.1f}x (target >= 5x)"
    )
    return {"geomap_cpu_s": ours, "naive_cpu_s": naive, "ratio": naive / ours}


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
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        why = f"{SHARED} is absent (DeepState snapshots are not bundled)"
        print(f"bench_snapshots: skipped: {why}")
        return {"skipped": why}
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    cy = SHARED / "deepstate-cyterat"
    if args.clipped:
        return bench_clipped(cy / "daily", "deepstatemap_data_{date:%Y%m%d}.geojson", ["UKR"])
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
