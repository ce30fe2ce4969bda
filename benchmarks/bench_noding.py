"""Benchmark: the faces stage (``tessellate``), local noding against global noding.

Builds synthetic theatres (:mod:`synthetic`: places over Syria, a few drawn
areas; generation not counted), loads each once and records the exact
arguments the theatre passes to :func:`geomap.territory.tessellate` (its area
of interest, places, caps, extents, drawn areas, barriers).  Then, in **one**
process, repeats ``--reps`` rounds of ``tessellate(..., noding="global")``
(every boundary noded together: the code before local noding) and
``tessellate(..., noding="local")`` (only the cells something cuts, with their
neighbours), alternating which goes first.  Medians of CPU
(``time.process_time``) and wall time are reported: the machine may be shared.

Both results are checked against each other: each place's area and the
unassigned area (km², :func:`geomap.areas.area_km2`) agree to ``rtol`` 1e-9,
and the local faces are a valid coverage (``shapely.coverage_is_valid``).

``--base PATH`` also times the ``tessellate`` of another source tree (e.g. a
``git worktree`` of ``main``) against this tree's, each call in a fresh
process, alternating: ``--reps`` processes each, medians of the timed call.

Results are printed and written to ``benchmarks/results/noding.json``.

Run::

    python benchmarks/run.py noding                      # 5,000 and 20,000 places, 5 rounds
    python benchmarks/run.py noding -- --base /tmp/base-noding --reps 7
    python benchmarks/run.py --quick noding              # smoke run: 500 places
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
for _p in (str(HERE), str(ROOT)):  # synthetic.py, bench_ledger.py, geomap from the source tree
    if _p not in sys.path:
        sys.path.insert(0, _p)

from bench_ledger import _stats, _versions, _write  # noqa: E402

SIZES = {"full": [5000, 20000], "quick": [500]}
MODES = ("global", "local")

# A separate process: time one tessellate() of the pickled arguments with the geomap on sys.path
_WORKER = """
import pickle, sys, time
sys.path.insert(0, sys.argv[1])
from geomap.territory import tessellate
args, kwargs = pickle.load(open(sys.argv[2], "rb"))
kwargs.update(pickle.loads(bytes.fromhex(sys.argv[3])))
small = dict(kwargs, extents=None, drawn=None, barriers=None, own_radius_km=None, inside=None)
tessellate(args[0], args[1][:3], args[2][:3], **small)  # first-call costs, not timed
w, c = time.perf_counter(), time.process_time()
tess = tessellate(*args, **kwargs)
print(time.perf_counter() - w, time.process_time() - c, len(tess.faces))
"""


def tessellate_args(folder: Path) -> tuple[tuple, dict]:
    """The arguments a loaded theatre passes to ``tessellate`` (recorded, then the real call)."""
    import geomap
    import geomap.theatre.core as core

    seen: list[tuple[tuple, dict]] = []
    original = core.tessellate

    def record(*args, **kwargs):
        seen.append((args, kwargs))
        return original(*args, **kwargs)

    core.tessellate = record
    try:
        th = geomap.load_theatre(folder)
        th.control(th.snapshot_date)  # builds the engine
    finally:
        core.tessellate = original
    if not seen:
        raise RuntimeError("the theatre never called tessellate(): the benchmark needs updating")
    return seen[0]


def _timed(args: tuple, kwargs: dict, mode: str):
    from geomap.territory import tessellate

    gc.collect()
    w, c = time.perf_counter(), time.process_time()
    tess = tessellate(*args, **kwargs, noding=mode)
    return tess, time.perf_counter() - w, time.process_time() - c


def _agreement(args: tuple, kwargs: dict, tess: dict) -> dict:
    """Largest relative difference of a place's (or the unassigned) area, and coverage validity."""
    import numpy as np
    import shapely

    from geomap.areas import area_km2

    crs = kwargs["crs"]
    per = {}
    for mode, t in tess.items():
        a = area_km2(t.faces, crs=crs)
        per[mode] = np.bincount(t.face_place + 1, a, minlength=len(args[1]) + 1)
    g, loc = per["global"], per["local"]
    rel = np.abs(g - loc) / np.maximum(np.abs(g), 1e-12)
    return {
        "max_rel_area_diff": float(rel[g > 0].max()) if (g > 0).any() else 0.0,
        "faces": {m: len(t.faces) for m, t in tess.items()},
        "local_coverage_valid": bool(shapely.coverage_is_valid(tess["local"].faces)),
        "aoi_km2": float(g.sum()),
    }


def run_in_process(args: tuple, kwargs: dict, reps: int) -> dict:
    """``reps`` rounds of global and local noding, alternating which goes first."""
    wall = {m: [] for m in MODES}
    cpu = {m: [] for m in MODES}
    last = {}
    for r in range(reps):
        for mode in MODES if r % 2 == 0 else MODES[::-1]:
            last[mode], w, c = _timed(args, kwargs, mode)
            wall[mode].append(w)
            cpu[mode].append(c)
    out = {m: {"wall": _stats(wall[m]), "cpu": _stats(cpu[m])} for m in MODES}
    out["speedup_cpu"] = out["global"]["cpu"]["median"] / out["local"]["cpu"]["median"]
    out["speedup_wall"] = out["global"]["wall"]["median"] / out["local"]["wall"]["median"]
    out["check"] = _agreement(args, kwargs, last)
    return out


def run_processes(args: tuple, kwargs: dict, base: Path, reps: int) -> dict:
    """``tessellate`` of ``base``'s tree and of this tree, each call in a fresh process."""
    trees = {"base": (base, {}), "this": (ROOT, {"noding": "local"})}
    times: dict[str, dict[str, list[float]]] = {k: {"wall": [], "cpu": []} for k in trees}
    with tempfile.TemporaryDirectory(prefix="geomap-noding-") as tmp:
        pkl = Path(tmp) / "args.pkl"
        pkl.write_bytes(pickle.dumps((args, kwargs)))
        for r in range(reps):
            for name in list(trees) if r % 2 == 0 else list(trees)[::-1]:
                root, extra = trees[name]
                out = subprocess.run(
                    [sys.executable, "-c", _WORKER, str(root), str(pkl), pickle.dumps(extra).hex()],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout.split()
                times[name]["wall"].append(float(out[0]))
                times[name]["cpu"].append(float(out[1]))
    res = {k: {kind: _stats(v) for kind, v in t.items()} for k, t in times.items()}
    res["speedup_cpu"] = res["base"]["cpu"]["median"] / res["this"]["cpu"]["median"]
    res["speedup_wall"] = res["base"]["wall"]["median"] / res["this"]["wall"]["median"]
    res["base"]["tree"] = str(base)
    return res


def _print(res: dict) -> None:
    for n, r in res["sizes"].items():
        ip, ck = r["in_process"], r["in_process"]["check"]
        print(f"{n:>6} places, {ck['faces']['local']:,} faces (global: {ck['faces']['global']:,})")
        for m in MODES:
            print(
                f"    {m:7s} CPU median {ip[m]['cpu']['median']:.3f} s   "
                f"wall median {ip[m]['wall']['median']:.3f} s"
            )
        print(
            f"    local is {ip['speedup_cpu']:.2f}x faster (CPU), {ip['speedup_wall']:.2f}x (wall); "
            f"max relative area difference {ck['max_rel_area_diff']:.1e}; "
            f"coverage valid: {ck['local_coverage_valid']}"
        )
        if "processes" in r:
            p = r["processes"]
            print(
                f"    fresh processes: base CPU {p['base']['cpu']['median']:.3f} s, "
                f"this CPU {p['this']['cpu']['median']:.3f} s ({p['speedup_cpu']:.2f}x); "
                f"wall {p['base']['wall']['median']:.3f} / {p['this']['wall']['median']:.3f} s "
                f"({p['speedup_wall']:.2f}x)"
            )
    print(f"  load average (1 min) before/after: {res['loadavg_1min']}")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help="smoke run: 500 places, 2 rounds")
    p.add_argument("--places", type=int, nargs="+", help="sizes (default 5000 20000)")
    p.add_argument("--drawn-per-1000", type=int, default=10, help="drawn areas per 1,000 places")
    p.add_argument("--reps", type=int, default=5, help="rounds (default 5)")
    p.add_argument("--base", type=Path, help="another source tree to time in fresh processes")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--out", type=Path, help="results file (default results/noding.json)")
    return p


def main(argv: list[str] | None = None) -> dict:
    """Run the noding benchmark; return (and write) its results.

    Parameters
    ----------
    argv : list of str, optional
        Command-line arguments (see ``--help``).

    Returns
    -------
    dict
        Per size: CPU and wall medians of global and local noding, the
        speed-ups, the agreement check, and (with ``--base``) the fresh-process
        figures.
    """
    from synthetic import make_theatre

    args = _parser().parse_args(argv)
    sizes = args.places or SIZES["quick" if args.quick else "full"]
    reps = 2 if args.quick else args.reps
    res: dict = {"sizes": {}}
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="geomap-noding-") as tmp:
        for n in sizes:
            folder = Path(tmp) / f"p{n}"
            print(f"generating {n:,} places ...", flush=True)
            drawn = max(1, n * args.drawn_per_1000 // 1000)
            make_theatre(folder, places=n, events=max(drawn, n // 5), days=200, drawn=drawn)
            targs, tkw = tessellate_args(folder)
            r = {
                "drawn": len(tkw.get("drawn") or []),
                "in_process": run_in_process(targs, tkw, reps),
            }
            if args.base:
                r["processes"] = run_processes(targs, tkw, args.base, reps)
            res["sizes"][n] = r
    res["loadavg_1min"] = [round(load0, 2), round(os.getloadavg()[0], 2)]
    res.update(
        reps=reps, versions=_versions(), when=dt.datetime.now().isoformat(timespec="seconds")
    )
    print()
    _print(res)
    out = args.out or RESULTS / "noding.json"
    _write(res, out)
    print(f"\nresults: {out}", flush=True)
    return res


if __name__ == "__main__":
    main()
