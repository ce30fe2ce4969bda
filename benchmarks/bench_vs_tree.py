"""Benchmark: this tree against another source tree (e.g. the one an issue was filed on), pair by pair.

Each measurement runs in a fresh Python process that imports geomap from one tree
(``PYTHONPATH``); the two trees alternate, ``--pairs`` times, so a change of machine load
falls on both alike.  Trees that predate an API (``load_theatre(cache=...)``,
``write_maps(jobs=...)``) are called without it.  Three measurements:

``warm``
    a fresh ``load_theatre(THEATRE)`` (no derivation cache where the tree has one) and
    ``ledger(by="day")``: one warm-up round, then ``--rounds`` timed rounds; CPU min and
    median, wall median;
``memory``
    the same once, then ``control`` on one date: the process's peak resident set
    (``ru_maxrss``);
``pages``
    ``write_maps(out, every="day")`` on ``--pages-theatre`` (e.g. the one
    ``bench_maps.py --keep DIR`` writes, ``DIR/theatre``), after the model is built:
    wall, and CPU of the process and its workers.

Run::

    python benchmarks/synthetic.py /tmp/s5k
    python benchmarks/bench_maps.py --keep /tmp/mapsth
    git worktree add --detach /tmp/old 2387eea^
    python benchmarks/bench_vs_tree.py /tmp/s5k --tree /tmp/old --pages-theatre /tmp/mapsth/theatre
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

_CHILD = r"""
import inspect, json, resource, shutil, statistics, sys, time
import geomap

kind, folder, rounds, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
kw = {"cache": False} if "cache" in inspect.signature(geomap.load_theatre).parameters else {}


def cpu():
    s, c = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return s.ru_utime + s.ru_stime + c.ru_utime + c.ru_stime


def model():
    th = geomap.load_theatre(folder, **kw)
    th.ledger(by="day")
    return th


res = {"geomap": geomap.__file__}
if kind == "warm":
    model()
    runs = []
    for _ in range(rounds):
        c, w = time.process_time(), time.perf_counter()
        model()
        runs.append((time.process_time() - c, time.perf_counter() - w))
    cpus = [r[0] for r in runs]
    res.update(cpu_min=min(cpus), cpu_median=statistics.median(cpus),
               wall_median=statistics.median(r[1] for r in runs))
elif kind == "memory":
    th = model()
    days = th.event_days() if hasattr(th, "event_days") else None
    th.control(str(days[len(days) // 2]) if days is not None and len(days) else th.start)
    res["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
else:
    th = model()
    shutil.rmtree(out, ignore_errors=True)
    params = inspect.signature(th.write_maps).parameters
    w, c = time.perf_counter(), cpu()
    files = th.write_maps(out, every="day", **({"jobs": 2} if "jobs" in params else {}))
    res.update(wall=time.perf_counter() - w, cpu=cpu() - c, files=len(files))
print(json.dumps(res))
"""


def _run(tree: Path, kind: str, folder: Path, rounds: int, out: Path) -> dict:
    import json

    env = dict(os.environ, PYTHONPATH=str(tree))
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, kind, str(folder), str(rounds), str(out)],
        env=env,
        capture_output=True,
        text=True,
        cwd=tempfile.gettempdir(),  # never import a geomap/ folder from the current directory
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{tree}: {kind} failed:\n{proc.stderr[-2000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    if not Path(res["geomap"]).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"{tree}: imported geomap from {res['geomap']}, not from the tree")
    return res


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(prog="bench_vs_tree", description=__doc__.splitlines()[0])
    ap.add_argument(
        "theatre", type=Path, nargs="?", help="theatre for warm and memory (e.g. a synthetic 5k)"
    )
    ap.add_argument("--tree", type=Path, help="the other source tree")
    ap.add_argument("--pages-theatre", type=Path, help="theatre for pages (skipped without)")
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--rounds", type=int, default=5, help="warm rounds per process")
    args = ap.parse_args(argv)
    if args.theatre is None or args.tree is None:  # run.py runs every benchmark with no arguments
        why = "needs a theatre and --tree (see the module docstring)"
        print(f"bench_vs_tree: skipped: {why}")
        return {"skipped": why}
    results: dict[str, list] = {}
    trees = {"other": args.tree, "this": HERE.parent}
    kinds = ["warm", "memory"] + (["pages"] if args.pages_theatre else [])
    with tempfile.TemporaryDirectory(prefix="geomap-vs-") as tmp:
        for kind in kinds:
            folder = args.pages_theatre if kind == "pages" else args.theatre
            for i in range(args.pairs):
                for name, tree in trees.items():
                    r = _run(tree, kind, folder, args.rounds, Path(tmp) / f"{name}-{kind}")
                    if kind == "warm":
                        fig = (
                            f"CPU min {r['cpu_min']:.3f} s, median {r['cpu_median']:.3f} s; "
                            f"wall median {r['wall_median']:.3f} s"
                        )
                    elif kind == "memory":
                        fig = f"peak {r['peak_mib']:.1f} MiB"
                    else:
                        fig = f"wall {r['wall']:.2f} s, CPU {r['cpu']:.2f} s, {r['files']} files"
                    print(f"{kind:6} pair {i + 1}  {name:5} ({tree}): {fig}", flush=True)
                    results.setdefault(f"{kind} {name}", []).append(r)
    return results


if __name__ == "__main__":
    main()
