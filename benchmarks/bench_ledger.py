"""Benchmark: the daily area ledger and control polygons, against a naive geopandas baseline.

Builds a synthetic theatre (:mod:`synthetic`: 5,000 places over Syria, 20,000
events over 1,000 days; generation is timed apart and not counted), then runs,
each part in a fresh Python process so that timings and peak memory are its own:

``geomap``
    ``load_theatre`` (read + validate the files), the event history
    (``apply_events``), the engine (``tessellate`` → faces, ``area_km2`` of the
    faces, ``replay`` → FaceLog: timed apart by wrapping the functions the
    facade calls), ``Theatre.ledger(by="day")`` over every day, and
    ``Theatre.control(date)`` for every event date.  Wall-clock and CPU time
    (the machine is shared, so both are reported), and ``ru_maxrss`` of the
    process (includes the interpreter and imports, shown apart).
``trace``
    The same work under :mod:`tracemalloc` (control on a sample of dates):
    peak traced memory per phase.  tracemalloc sees Python and NumPy
    allocations, not GEOS's, so read it beside ``ru_maxrss``.
``baseline``
    The naive way, per date: the holder of every place at that date
    (``History.holders``), cells assigned to holders, ``dissolve`` by actor,
    ``overlay`` (union) with the previous date's dissolved polygons, ``to_crs``
    to the theatre's equal-area LAEA, ``.area`` → gained / lost / held per
    actor.  It reuses geomap's capped Voronoi cells (one polygon per place, the
    coverage union of the place's faces), built before timing starts, so it
    does only the naive per-date work.  The previous date's dissolve is done
    untimed (in a full run it is the previous iteration's result).  Timed on
    dates spread evenly over the range and extrapolated to every day; its
    figures are checked against geomap's ledger.

Results are printed as a table and written to ``benchmarks/results/ledger.json``.

Run::

    python benchmarks/run.py ledger            # or: python benchmarks/bench_ledger.py
    python benchmarks/run.py --quick ledger    # smoke run: 500 places, 2,000 events, 100 days
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
for _p in (str(HERE), str(ROOT)):  # synthetic.py, and geomap from the source tree
    if _p not in sys.path:
        sys.path.insert(0, _p)

FULL = {"places": 5000, "events": 20000, "days": 1000, "baseline_dates": 30}
QUICK = {"places": 500, "events": 2000, "days": 100, "baseline_dates": 5}
TARGETS = {
    "speedup_x": 100.0,  # baseline (extrapolated to every day) / geomap
    "ledger_total_s": 3.0,  # the daily ledger "in all"
    "control_per_date_s": 0.050,
    "peak_memory_mb": 1024.0,
}
TRACE_CONTROL_DATES = 100


# --------------------------------------------------------------------------- measuring
class _Clock:
    """Wall-clock and CPU seconds of a block: ``with clock("name"): ...``."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}

    @contextmanager
    def __call__(self, name: str):
        w, c = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - w
            self.cpu[name] = self.cpu.get(name, 0.0) + time.process_time() - c


@contextmanager
def _wrapped(module, names: list[str], clock: _Clock):
    """Time every call of ``module.<name>`` (the functions the facade calls) into ``clock``."""
    saved = {n: getattr(module, n) for n in names}

    def wrap(name: str, func: Callable) -> Callable:
        def timed(*args, **kwargs):
            with clock(name):
                return func(*args, **kwargs)

        return timed

    try:
        for n, f in saved.items():
            setattr(module, n, wrap(n, f))
        yield
    finally:
        for n, f in saved.items():
            setattr(module, n, f)


def _maxrss_mb() -> float:
    """Peak resident set size of this process so far, MiB (Linux reports KiB)."""
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _control_times(th, days) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``th.control(day)`` for each of ``days``."""
    wall, cpu = [], []
    for d in days:
        w, c = time.perf_counter(), time.process_time()
        th.control(d)
        wall.append(time.perf_counter() - w)
        cpu.append(time.process_time() - c)
    return wall, cpu


def _stats(values: list[float]) -> dict[str, float]:
    import numpy as np

    a = np.asarray(values, dtype=float)
    if not a.size:
        return {"n": 0}
    return {
        "n": int(a.size),
        "total": float(a.sum()),
        "mean": float(a.mean()),
        "median": float(np.median(a)),
        "p95": float(np.percentile(a, 95)),
        "max": float(a.max()),
    }


def _spread(items: list, n: int) -> list:
    """Up to ``n`` items spread evenly, first and last included."""
    import numpy as np

    if n >= len(items):
        return list(items)
    return [items[int(i)] for i in np.unique(np.linspace(0, len(items) - 1, n).round())]


# --------------------------------------------------------------------------- workers
def _work_geomap(folder: Path, options: dict) -> dict:
    """geomap: load, history, engine (tessellate / areas / replay), daily ledger, control per date."""
    import geomap
    import geomap.theatre.core as facade  # the module whose calls are timed

    rss_imports = _maxrss_mb()
    clock, parts = _Clock(), _Clock()
    with clock("load"):
        th = geomap.load_theatre(folder, cache=False)  # timed work, not a cache read
    with clock("history"):
        th.history  # noqa: B018 - a cached property: apply_events
    with _wrapped(facade, ["tessellate", "area_km2", "replay"], parts), clock("engine"):
        eng = th._engine
    with clock("ledger"):
        led = th.ledger(by="day")
    again = []
    for _ in range(3):  # the engine is cached: the ledger alone, warm
        w = time.perf_counter()
        th.ledger(by="day")
        again.append(time.perf_counter() - w)
    days = th.event_days()
    wall, cpu = _control_times(th, days)
    start, end = th.default_range()
    return {
        "theatre": {
            "places": len(th.places),
            "events": len(th.inputs.events),
            "applied": int((th.history.events["status"] == "applied").sum()),
            "problems": len(th.check()),
            "errors": sum(p.is_error for p in th.check()),
            "faces": len(eng.tess),
            "face_changes": len(eng.log.face),
            "start": str(start),
            "end": str(end),
            "ledger_days": len(led) // (len(th.actors) + 1),
            "event_dates": len(days),
        },
        "wall_s": clock.wall,
        "cpu_s": clock.cpu,
        "engine_parts_wall_s": parts.wall
        | {"other": clock.wall["engine"] - sum(parts.wall.values())},
        "engine_parts_cpu_s": parts.cpu,
        "ledger_warm_s": min(again),
        "control_wall_s": _stats(wall),
        "control_cpu_s": _stats(cpu),
        "maxrss_imports_mb": rss_imports,
        "maxrss_mb": _maxrss_mb(),
    }


def _work_trace(folder: Path, options: dict) -> dict:
    """The geomap work again under tracemalloc: peak traced MiB per phase."""
    import tracemalloc

    import geomap

    tracemalloc.start()
    peaks: dict[str, float] = {}

    @contextmanager
    def phase(name: str):
        tracemalloc.reset_peak()
        yield
        peaks[name] = tracemalloc.get_traced_memory()[1] / 2**20

    with phase("load"):
        th = geomap.load_theatre(folder, cache=False)  # timed work, not a cache read
    with phase("history"):
        th.history  # noqa: B018
    with phase("engine"):
        th._engine  # noqa: B018
    with phase("ledger"):
        th.ledger(by="day")
    dates = _spread(th.event_days(), TRACE_CONTROL_DATES)
    with phase("control"):
        for d in dates:
            th.control(d)
    current = tracemalloc.get_traced_memory()[0] / 2**20
    tracemalloc.stop()
    return {
        "peak_mb": peaks,
        "peak_max_mb": max(peaks.values()),
        "held_at_end_mb": current,
        "control_dates": len(dates),
        "maxrss_mb": _maxrss_mb(),
    }


def _work_baseline(folder: Path, options: dict) -> dict:
    """The naive per-date geopandas pipeline on a sample of dates, checked against geomap."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely

    import geomap

    th = geomap.load_theatre(folder, cache=False)  # timed work, not a cache read
    eng = th._engine
    tess = eng.tess
    # geomap's capped Voronoi cells, one polygon per place (built untimed: the baseline gets them free)
    own = [i for i in range(len(th.places)) if len(tess.place_faces[i])]
    cells = gpd.GeoDataFrame(
        {"place": th.places["id"].to_numpy()[own]},
        geometry=[shapely.coverage_union_all(tess.faces[tess.place_faces[i]]) for i in own],
        crs="EPSG:4326",
    )
    led = th.ledger(by="day")
    # land no cell reaches: unassigned in geomap, in no cell here (a constant, added to "")
    unreached = float(eng.face_area[tess.face_place < 0].sum())
    start, end = th.default_range()
    all_days = [start + dt.timedelta(days=k) for k in range((end - start).days + 1)]
    sample = _spread(all_days, int(options["baseline_dates"]))

    def dissolved(holders: dict) -> gpd.GeoDataFrame:
        c = cells.assign(actor=cells["place"].map(holders).fillna(""))
        return c.dissolve(by="actor", as_index=False)[["actor", "geometry"]]

    steps = ["holders", "assign", "dissolve", "overlay", "to_crs", "area"]
    per_step: dict[str, list[float]] = {s: [] for s in steps}
    per_date, per_date_cpu, worst = (
        [],
        [],
        {"gained_lost_km2": 0.0, "held_km2": 0.0, "held_rel": 0.0},
    )
    for day in sample:
        prev = dissolved(th.history.holders(day - dt.timedelta(days=1)))
        gc.collect()
        clock = _Clock()
        w0, c0 = time.perf_counter(), time.process_time()
        with clock("holders"):
            holders = th.history.holders(day)
        with clock("assign"):
            cur = cells.assign(actor=cells["place"].map(holders).fillna(""))
        with clock("dissolve"):
            cur = cur.dissolve(by="actor", as_index=False)[["actor", "geometry"]]
        with clock("overlay"):
            ov = gpd.overlay(prev, cur, how="union", keep_geom_type=True)
        with clock("to_crs"):
            ov_m = ov.to_crs(th.crs)
            cur_m = cur.to_crs(th.crs)
        with clock("area"):
            area = ov_m.area / 1e6
            a1 = ov_m["actor_1"].fillna("")
            a2 = ov_m["actor_2"].fillna("")
            moved = a1 != a2
            gained = area[moved].groupby(a2[moved]).sum()
            lost = area[moved].groupby(a1[moved]).sum()
            held = pd.Series((cur_m.area / 1e6).to_numpy(), index=cur_m["actor"])
        per_date.append(time.perf_counter() - w0)
        per_date_cpu.append(time.process_time() - c0)
        held[""] = held.get("", 0.0) + unreached
        for s in steps:
            per_step[s].append(clock.wall[s])
        ref = led[led["period_start"] == day].set_index("actor")
        for actor, row in ref.iterrows():
            dg = abs(row["gained_km2"] - gained.get(actor, 0.0))
            dl = abs(row["lost_km2"] - lost.get(actor, 0.0))
            dh = abs(row["held_km2"] - held.get(actor, 0.0))
            worst["gained_lost_km2"] = max(worst["gained_lost_km2"], dg, dl)
            worst["held_km2"] = max(worst["held_km2"], dh)
            if row["held_km2"] > 1.0:
                worst["held_rel"] = max(worst["held_rel"], dh / row["held_km2"])
    return {
        "cells": len(cells),
        "dates": [str(d) for d in sample],
        "per_date_s": _stats(per_date),
        "per_date_cpu_s": _stats(per_date_cpu),
        "per_step_mean_s": {s: float(np.mean(v)) for s, v in per_step.items()},
        "ledger_days": len(all_days),
        "extrapolated_s": float(np.mean(per_date)) * len(all_days),
        "extrapolated_cpu_s": float(np.mean(per_date_cpu)) * len(all_days),
        "agreement_with_geomap": worst,
        "maxrss_mb": _maxrss_mb(),
    }


_WORKERS = {"geomap": _work_geomap, "trace": _work_trace, "baseline": _work_baseline}


def _run_worker(kind: str, folder: Path, options: dict) -> dict:
    """Run one worker in a fresh interpreter; returns its result dict."""
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        out = Path(fh.name)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--worker",
        kind,
        "--theatre",
        str(folder),
        "--result",
        str(out),
        "--options",
        json.dumps(options),
    ]
    load0 = os.getloadavg()[0]
    try:
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(
                f"the {kind} worker failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}"
            )
        result = json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)
    result["loadavg_1min"] = [load0, os.getloadavg()[0]]
    return result


# --------------------------------------------------------------------------- report
def _versions() -> dict[str, str]:
    from importlib.metadata import version

    import shapely

    out = {"python": platform.python_version(), "geos": shapely.geos_version_string}
    for pkg in ("shapely", "geopandas", "pandas", "numpy", "pyproj"):
        out[pkg] = version(pkg)
    return out


def _summarise(geo: dict, trace: dict | None, base: dict) -> dict:
    w = geo["wall_s"]
    ledger_only = w["ledger"]
    derive = w["history"] + w["engine"] + w["ledger"]
    total = w["load"] + derive
    base_total = base["extrapolated_s"]
    peak = geo["maxrss_mb"]
    summary = {
        "geomap_ledger_only_s": ledger_only,
        "geomap_derive_s": derive,  # history + engine + ledger: everything after reading the files
        "geomap_total_s": total,  # load + history + engine + ledger
        "baseline_per_date_s": base["per_date_s"]["mean"],
        "baseline_extrapolated_s": base_total,
        "speedup_vs_ledger_only_x": base_total / ledger_only,
        "speedup_vs_derive_x": base_total / derive,
        "speedup_vs_total_x": base_total / total,
        "control_per_date_mean_s": geo["control_wall_s"]["mean"],
        # the baseline's control polygons of a date: holders + assign + dissolve
        "baseline_control_per_date_s": sum(
            base["per_step_mean_s"][k] for k in ("holders", "assign", "dissolve")
        ),
        "control_per_date_max_s": geo["control_wall_s"]["max"],
        "peak_rss_mb": peak,
        "peak_traced_mb": trace["peak_max_mb"] if trace else None,
    }
    summary["targets"] = {
        "speedup>=100x (vs total)": summary["speedup_vs_total_x"] >= TARGETS["speedup_x"],
        "speedup>=100x (vs derive)": summary["speedup_vs_derive_x"] >= TARGETS["speedup_x"],
        "ledger<3s (total, load included)": total < TARGETS["ledger_total_s"],
        "ledger<3s (derive, load excluded)": derive < TARGETS["ledger_total_s"],
        "control<50ms (mean per date)": summary["control_per_date_mean_s"]
        < TARGETS["control_per_date_s"],
        "control<50ms (every date)": summary["control_per_date_max_s"]
        < TARGETS["control_per_date_s"],
        "peak<1GB (ru_maxrss)": peak < TARGETS["peak_memory_mb"],
    }
    return summary


def _print_table(res: dict) -> None:
    p, gen, geo, base, s = (
        res["params"],
        res["generation"],
        res["geomap"],
        res["baseline"],
        res["summary"],
    )
    trace = res.get("trace")
    th = geo["theatre"]
    w, c = geo["wall_s"], geo["cpu_s"]
    ep = geo["engine_parts_wall_s"]
    ms = 1000.0
    lines = [
        f"ledger benchmark: {p['places']:,} places, {p['events']:,} events, {p['days']:,} days "
        f"(seed {p['seed']}; {os.cpu_count()} CPUs; load avg {geo['loadavg_1min'][0]:.1f})",
        f"  theatre: {th['faces']:,} faces, {th['applied']:,} events applied, {th['face_changes']:,} face changes, "
        f"{th['ledger_days']:,} ledger days, {th['event_dates']:,} event dates, {th['problems']} problems ({th['errors']} errors)",
        f"  generation (not counted)            {gen['seconds']:8.2f} s",
        "",
        f"  {'geomap':36s} {'wall':>9s} {'cpu':>9s}",
        f"  {'load_theatre (read + validate)':36s} {w['load']:8.3f}s {c['load']:8.3f}s",
        f"  {'history (apply_events)':36s} {w['history']:8.3f}s {c['history']:8.3f}s",
        f"  {'engine':36s} {w['engine']:8.3f}s {c['engine']:8.3f}s",
        f"  {'  tessellate (faces)':36s} {ep.get('tessellate', 0):8.3f}s",
        f"  {'  area_km2 (face areas)':36s} {ep.get('area_km2', 0):8.3f}s",
        f"  {'  replay (FaceLog)':36s} {ep.get('replay', 0):8.3f}s",
        f"  {'  other (facade glue)':36s} {ep['other']:8.3f}s",
        f"  {'ledger(by=day), first call':36s} {w['ledger']:8.3f}s {c['ledger']:8.3f}s",
        f"  {'ledger(by=day), warm (best of 3)':36s} {geo['ledger_warm_s']:8.3f}s",
        f"  {'derive = history+engine+ledger':36s} {s['geomap_derive_s']:8.3f}s",
        f"  {'total = load+derive':36s} {s['geomap_total_s']:8.3f}s",
        f"  control(date), {geo['control_wall_s']['n']:,} event dates: total {geo['control_wall_s']['total']:.2f} s; "
        f"per date mean {geo['control_wall_s']['mean'] * ms:.1f} / median {geo['control_wall_s']['median'] * ms:.1f} / "
        f"p95 {geo['control_wall_s']['p95'] * ms:.1f} / max {geo['control_wall_s']['max'] * ms:.1f} ms "
        f"(cpu mean {geo['control_cpu_s']['mean'] * ms:.1f}, max {geo['control_cpu_s']['max'] * ms:.1f} ms)",
        f"  memory: ru_maxrss {geo['maxrss_mb']:.0f} MiB (after imports {geo['maxrss_imports_mb']:.0f} MiB)"
        + (
            f"; tracemalloc peak {trace['peak_max_mb']:.0f} MiB ("
            + ", ".join(f"{k} {v:.0f}" for k, v in trace["peak_mb"].items())
            + f"; control on {trace['control_dates']} dates)"
            if trace
            else ""
        ),
        "",
        f"  naive baseline ({len(base['dates'])} dates, cells given)      per date: mean {base['per_date_s']['mean']:.3f} s, "
        f"median {base['per_date_s']['median']:.3f}, max {base['per_date_s']['max']:.3f} (cpu mean {base['per_date_cpu_s']['mean']:.3f})",
        "    steps (mean s): "
        + ", ".join(f"{k} {v:.3f}" for k, v in base["per_step_mean_s"].items()),
        f"    control polygons of a date (holders + assign + dissolve): {s['baseline_control_per_date_s'] * ms:.0f} ms, "
        f"{s['baseline_control_per_date_s'] / geo['control_wall_s']['mean']:.0f}x geomap's control(date)",
        f"    extrapolated to {base['ledger_days']:,} days: {base['extrapolated_s']:.1f} s; ru_maxrss {base['maxrss_mb']:.0f} MiB",
        f"    agrees with geomap: gained/lost within {base['agreement_with_geomap']['gained_lost_km2']:.2g} km², "
        f"held within {base['agreement_with_geomap']['held_km2']:.2g} km² ({base['agreement_with_geomap']['held_rel']:.1e} relative)",
        "",
        f"  speed-up: {s['speedup_vs_total_x']:,.0f}x vs total, {s['speedup_vs_derive_x']:,.0f}x vs derive, "
        f"{s['speedup_vs_ledger_only_x']:,.0f}x vs the ledger call alone",
        "  targets: "
        + ", ".join(f"{k} {'PASS' if v else 'MISS'}" for k, v in s["targets"].items()),
    ]
    print("\n".join(lines), flush=True)


def _write(res: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.parent == RESULTS and not (RESULTS / ".gitignore").exists():
        (RESULTS / ".gitignore").write_text(
            "# benchmark output, not committed\n*\n", encoding="utf-8"
        )
    path.write_text(json.dumps(res, indent=2, default=str) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- entry point
def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="bench_ledger",
        description="Daily ledger and control polygons: geomap against a naive geopandas baseline.",
    )
    ap.add_argument(
        "--quick",
        action="store_true",
        help=f"smoke run: {QUICK['places']} places, {QUICK['events']} events, {QUICK['days']} days, {QUICK['baseline_dates']} baseline dates",
    )
    ap.add_argument("--places", type=int)
    ap.add_argument("--events", type=int)
    ap.add_argument("--days", type=int)
    ap.add_argument(
        "--baseline-dates", type=int, help="dates the baseline is timed on (default 30)"
    )
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-trace", action="store_true", help="skip the tracemalloc pass")
    ap.add_argument("--keep", type=Path, help="write the synthetic theatre here and keep it")
    ap.add_argument(
        "--out",
        type=Path,
        help="JSON results (default benchmarks/results/ledger.json, ledger-quick.json with --quick)",
    )
    ap.add_argument("--worker", choices=sorted(_WORKERS), help=argparse.SUPPRESS)
    ap.add_argument("--theatre", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--options", default="{}", help=argparse.SUPPRESS)
    return ap


def main(argv: list[str] | None = None) -> dict:
    """Run the ledger benchmark and return its results.

    Parameters
    ----------
    argv : list of str, optional
        Command-line arguments (see ``--help``); ``["--quick"]`` for a smoke run.

    Returns
    -------
    dict
        ``params``, ``generation``, ``geomap``, ``trace``, ``baseline``,
        ``summary`` (headline figures and targets), ``versions``; also
        written to ``--out``.
    """
    args = _parser().parse_args(argv)
    if args.worker:  # inside a worker process
        result = _WORKERS[args.worker](args.theatre, json.loads(args.options))
        args.result.write_text(json.dumps(result, default=str), encoding="utf-8")
        return result

    from synthetic import make_sized

    params = dict(QUICK if args.quick else FULL)
    for key in ("places", "events", "days", "baseline_dates"):
        if getattr(args, key) is not None:
            params[key] = getattr(args, key)
    params["seed"] = args.seed
    params["quick"] = bool(args.quick)
    with tempfile.TemporaryDirectory(prefix="geomap-bench-") as tmp:
        folder = args.keep or Path(tmp) / "theatre"
        w = time.perf_counter()
        info = make_sized(folder, params)
        gen = {"seconds": time.perf_counter() - w, "event_days": info.event_days}
        print(f"  {gen['seconds']:.1f} s; geomap ...", flush=True)
        geo = _run_worker("geomap", folder, params)
        trace = None
        if not args.no_trace:
            print("  tracemalloc pass ...", flush=True)
            trace = _run_worker("trace", folder, params)
        print(f"  naive baseline on {params['baseline_dates']} dates ...", flush=True)
        base = _run_worker("baseline", folder, params)
    res = {
        "benchmark": "ledger",
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "platform": platform.platform()},
        "versions": _versions(),
        "params": params,
        "targets": TARGETS,
        "generation": gen,
        "geomap": geo,
        "trace": trace,
        "baseline": base,
    }
    res["summary"] = _summarise(geo, trace, base)
    print()
    _print_table(res)
    out = args.out or RESULTS / ("ledger-quick.json" if args.quick else "ledger.json")
    _write(res, out)
    print(f"\nresults: {out}", flush=True)
    return res


if __name__ == "__main__":
    main()
