"""Benchmark: the warm total of ``bench_baselines`` alone, without the naive pipelines.

Repeats :func:`bench_baselines._geomap_round` (a fresh ``load_theatre``, the event
history, the engine, the daily ledger) in one process after a warm-up round and prints
each phase's CPU seconds (min, median).  A run takes seconds, so two trees can be
alternated many times on a shared machine, where the minimum is the steadiest figure::

    python benchmarks/synthetic.py /tmp/s5k
    git worktree add --detach /tmp/base main
    for i in 1 2 3 4 5 6 7 8; do
        python benchmarks/bench_warm.py /tmp/s5k --tree /tmp/base
        python benchmarks/bench_warm.py /tmp/s5k
    done

``--tree`` times the geomap of another source tree (default: this one).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> dict[str, list[float]]:
    """Time ``--rounds`` warm rounds; return each phase's CPU seconds per round."""
    ap = argparse.ArgumentParser(prog="bench_warm", description=__doc__.splitlines()[0])
    ap.add_argument("theatre", type=Path, help="a theatre folder, e.g. one synthetic.py wrote")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tree", type=Path, help="the source tree whose geomap is timed")
    args = ap.parse_args(argv)
    # the tree first, then this one (bench_baselines adds it only when absent), then HERE
    trees = [HERE.parent] if args.tree is None else [HERE.parent, args.tree.resolve()]
    for p in (*trees, HERE):
        sys.path.insert(0, str(p))
    from bench_baselines import PHASES, _geomap_round  # imports geomap (synthetic.py)

    cpu: dict[str, list[float]] = {p: [] for p in (*PHASES, "total")}
    for r in range(args.rounds + 1):  # the first round pays first-call costs: not kept
        gc.collect()
        th, _, times = _geomap_round(args.theatre)
        del th
        if r:
            for p in PHASES:
                cpu[p].append(times[p])
            cpu["total"].append(sum(times.values()))
    import geomap

    print(f"{Path(geomap.__file__).parent.parent}: CPU ms over {args.rounds} warm rounds")
    for p, v in cpu.items():
        print(f"  {p:8s} min {min(v) * 1e3:6.1f}  median {statistics.median(v) * 1e3:6.1f}")
    return cpu


if __name__ == "__main__":
    main()
