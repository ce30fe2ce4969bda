"""Benchmark: loading a theatre (read + validate the files), this tree against a base commit.

Builds a synthetic theatre (:mod:`synthetic`; generation not counted), then
runs ``--rounds`` rounds; each round runs one worker process per source tree,
alternately (the order swaps every round, so a load spike on the shared
machine hits both trees alike):

``new``
    this source tree;
``base``
    the same files loaded by the code of ``--base REF`` (default ``main``),
    checked out with ``git worktree add --detach`` into a temporary folder
    and removed at the end (``--base ""`` measures this tree alone).

Each worker imports geomap from its tree, loads the theatre once untimed
(first-call costs), then times ``--loads`` calls of
:func:`geomap.inputs.load_inputs`: wall-clock and CPU seconds
(``time.process_time``; the machine is shared, so both are reported), and the
CPU and wall seconds spent in each reader (``read_events``, ``read_places``,
``read_control``, ...; the functions :mod:`geomap.inputs` calls, wrapped).
Medians over every timed load of a tree are reported, with the 1-minute load
average before and after.

The two trees must agree: the worker also reports the number of events,
places and problems loaded, and the benchmark fails when they differ.

Results are printed and written to ``benchmarks/results/load[-SIZE].json``.

Run::

    python benchmarks/run.py load                          # 5k places / 20k events / 1000 days
    python benchmarks/run.py load -- --size large          # 20k / 80k / 10 years
    python benchmarks/run.py load -- --theatre DIR         # an existing theatre folder
    python benchmarks/run.py --quick load                  # smoke run
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
for _p in (str(HERE), str(ROOT)):  # synthetic.py, geomap from the source tree
    if _p not in sys.path:
        sys.path.insert(0, _p)

from synthetic import SIZES  # noqa: E402

#: The readers timed apart (names in geomap.inputs's namespace, in both trees).
STAGES = (
    "read_meta",
    "load_aoi",
    "read_actors",
    "read_places",
    "check_places_in_aoi",
    "read_areas",
    "read_control",
    "read_events",
    "check_event_days",
    "read_claims",
    "_unheld_warnings",
)


# --------------------------------------------------------------------------- worker
def _worker(tree: str, theatre: str, loads: int) -> dict:
    """Time ``loads`` calls of load_inputs with geomap imported from ``tree``."""
    sys.path.insert(0, tree)
    # synthetic.py (imported above for SIZES) imports geomap from this file's tree: drop it,
    # or every "base" worker would time this tree's code
    for name in [m for m in sys.modules if m == "geomap" or m.startswith("geomap.")]:
        del sys.modules[name]
    import geomap.inputs as gi

    if not Path(gi.__file__).resolve().is_relative_to(Path(tree).resolve()):
        raise RuntimeError(f"geomap was imported from {gi.__file__}, not from {tree}")

    spent: dict[str, float] = {}
    spent_wall: dict[str, float] = {}

    def wrap(name, func):
        def timed(*args, **kwargs):
            t0, w0 = time.process_time(), time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0
                spent_wall[name] = spent_wall.get(name, 0.0) + time.perf_counter() - w0

        return timed

    for name in STAGES:
        if hasattr(gi, name):
            setattr(gi, name, wrap(name, getattr(gi, name)))
    first = gi.load_inputs(theatre)  # first-call costs, untimed
    out = {"wall": [], "cpu": [], "stages": [], "stages_wall": [], "file": gi.__file__}
    out["counts"] = [len(first.events), len(first.places), len(first.problems)]
    for _ in range(loads):
        spent.clear()
        spent_wall.clear()
        w0, c0 = time.perf_counter(), time.process_time()
        gi.load_inputs(theatre)
        out["cpu"].append(time.process_time() - c0)
        out["wall"].append(time.perf_counter() - w0)
        out["stages"].append(dict(spent))
        out["stages_wall"].append(dict(spent_wall))
    return out


def _run_worker(tree: Path, theatre: Path, loads: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", str(tree), "--theatre", str(theatre)]
    proc = subprocess.run(
        [*cmd, "--loads", str(loads)], capture_output=True, text=True, check=False, cwd=tree
    )
    if proc.returncode:
        raise RuntimeError(f"worker for {tree} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- driver
def _base_tree(ref: str, tmp: Path) -> Path:
    """A detached worktree of ``ref`` (removed by :func:`_drop_tree`)."""
    dest = tmp / "base"
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(dest), ref],
        check=True,
        capture_output=True,
    )
    return dest


def _drop_tree(dest: Path) -> None:
    subprocess.run(
        ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(dest)],
        check=False,
        capture_output=True,
    )


def _summary(runs: list[dict]) -> dict:
    wall = [v for r in runs for v in r["wall"]]
    cpu = [v for r in runs for v in r["cpu"]]
    stages: dict[str, list[float]] = {}
    stages_wall: dict[str, list[float]] = {}
    for r in runs:
        for key, into in (("stages", stages), ("stages_wall", stages_wall)):
            for s in r.get(key, []):
                for k, v in s.items():
                    into.setdefault(k, []).append(v)
    return {
        "wall_median_s": statistics.median(wall),
        "cpu_median_s": statistics.median(cpu),
        "wall_min_s": min(wall),
        "n": len(wall),
        "stages_median_s": {k: statistics.median(v) for k, v in stages.items()},
        "stages_wall_median_s": {k: statistics.median(v) for k, v in stages_wall.items()},
        "counts": runs[0]["counts"],
    }


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="a smoke run (500 places, 2 rounds)")
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--theatre", type=Path, help="an existing theatre folder (no generation)")
    ap.add_argument("--base", default="main", help="git ref to compare with ('' for none)")
    ap.add_argument("--rounds", type=int, default=3, help="worker processes per tree")
    ap.add_argument("--loads", type=int, default=3, help="timed loads per worker")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    return ap


def _print(res: dict) -> None:
    print(
        f"load_inputs: {res['theatre']} ({res['size']}); "
        f"load avg {res['loadavg_1min'][0]:.1f} → {res['loadavg_1min'][1]:.1f}, "
        f"{os.cpu_count()} CPUs"
    )
    trees = [t for t in ("base", "new") if t in res]
    print(f"  {'':28s}" + "".join(f"{t:>12s}" for t in trees))
    for key in ("wall_median_s", "cpu_median_s", "wall_min_s"):
        print(f"  {key:28s}" + "".join(f"{res[t][key]:12.3f}" for t in trees))
    print("  per reader, medians (CPU / wall):")
    for stage in STAGES:
        cpu = [res[t]["stages_median_s"].get(stage) for t in trees]
        wall = [res[t].get("stages_wall_median_s", {}).get(stage) for t in trees]
        if any(v is not None for v in cpu):
            cells = [f"{(c or 0):.3f}/{(w or 0):.3f}" for c, w in zip(cpu, wall, strict=True)]
            print(f"  {stage:28s}" + "".join(f"{v:>14s}" for v in cells))
    if "speedup_wall_x" in res:
        print(f"  speed-up: {res['speedup_wall_x']:.2f}x wall, {res['speedup_cpu_x']:.2f}x CPU")


def main(argv: list[str] | None = None) -> dict:
    """Run the benchmark (see the module docstring); returns the results."""
    args = _parser().parse_args(argv)
    if args.worker:
        print(json.dumps(_worker(args.worker, str(args.theatre), args.loads)))
        return {}
    size = "quick" if args.quick else args.size
    rounds, loads = (2, 1) if args.quick else (args.rounds, args.loads)
    with tempfile.TemporaryDirectory(prefix="geomap-load-") as tmp_name:
        tmp = Path(tmp_name)
        theatre = args.theatre
        if theatre is None:
            from synthetic import make_theatre

            theatre = make_theatre(tmp / "theatre", **SIZES[size]).path
        trees = {"new": ROOT}
        if args.base:
            trees["base"] = _base_tree(args.base, tmp)
        load0 = os.getloadavg()[0]
        try:
            runs: dict[str, list[dict]] = {name: [] for name in trees}
            for r in range(rounds):
                order = list(trees) if r % 2 == 0 else list(trees)[::-1]
                for name in order:
                    runs[name].append(_run_worker(trees[name], theatre, loads))
        finally:
            if "base" in trees:
                _drop_tree(trees["base"])
        res: dict = {"theatre": str(args.theatre or "synthetic"), "size": size}
        res["loadavg_1min"] = [load0, os.getloadavg()[0]]
        res["base_ref"] = args.base
        for name, r in runs.items():
            res[name] = _summary(r)
    if "base" in res:
        if res["base"]["counts"] != res["new"]["counts"]:
            raise AssertionError(
                f"the trees disagree: {res['base']['counts']} {res['new']['counts']}"
            )
        res["speedup_wall_x"] = res["base"]["wall_median_s"] / res["new"]["wall_median_s"]
        res["speedup_cpu_x"] = res["base"]["cpu_median_s"] / res["new"]["cpu_median_s"]
    _print(res)
    RESULTS.mkdir(exist_ok=True)
    out = RESULTS / ("load.json" if size == "small" else f"load-{size}.json")
    out.write_text(json.dumps(res, indent=1) + "\n")
    return res


if __name__ == "__main__":
    main()
