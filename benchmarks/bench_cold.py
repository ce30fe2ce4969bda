"""Benchmark: a cold ``geomap gains`` process, without the cache, first run and second run.

Each run is a fresh Python process (``python -m geomap.cli gains THEATRE --format csv``,
imports included), timed for wall and CPU (the child's user + system time,
``resource.getrusage(RUSAGE_CHILDREN)``).  Per theatre, in rounds (interleaved, so a
change of machine load falls on every kind alike):

``no cache``
    ``--no-cache``: imports, validation, tessellation, replay, ledger;
``first``
    an empty cache folder: the same, plus writing the entry (the first run on a theatre);
``second``
    the entries written by ``first``: validation, tessellation and the events' outcomes read
    from the cache;
``base``
    with ``--base DIR``: the same command run from another source tree (e.g. a checkout of
    ``main`` made with ``git worktree add /tmp/base main``), which has no cache.

Also ``import geomap.cli`` alone (the floor of every command).  Theatres: the demo
(``layers/syria-2017``) and the synthetic 5k theatre of :mod:`synthetic` (5,000 places,
20,000 events, 1,000 days; ``--quick``: 500 / 2,000 / 100).  Medians are printed and
written to ``benchmarks/results/cold.json``.

Run::

    python benchmarks/run.py cold
    python benchmarks/run.py cold -- --reps 5 --base /tmp/base
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
for _p in (str(HERE), str(ROOT)):
    if _p not in sys.path:
        sys.path.insert(0, _p)

from bench_ledger import _stats, _versions, _write  # noqa: E402

TARGET_S = 1.5  # issue 15: a cold `geomap gains` process, imports included


def _child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall and CPU seconds of one process, and its stdout.

    The process runs in the source tree it is given (``PYTHONPATH``): ``python -m`` and
    ``-c`` put the working folder first on ``sys.path``, so from anywhere else another
    tree's ``geomap`` could be the one imported.
    """
    c, w = _child_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=env["PYTHONPATH"])
    wall, cpu = time.perf_counter() - w, _child_cpu() - c
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{proc.stderr[-2000:]}")
    return wall, cpu, proc.stdout


def _env(src: Path, cache: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(src)
    env["GEOMAP_CACHE_DIR"] = str(cache)
    return env


def measure(theatre: Path, *, reps: int, base: Path | None, tmp: Path) -> dict:
    """Rounds of no-cache / first / second (/ base) runs of ``gains`` on ``theatre``."""
    gains = ["-m", "geomap.cli", "gains", str(theatre.resolve()), "--format", "csv"]
    kinds = ["no cache", "first", "second"] + (["base"] if base else [])
    wall: dict[str, list[float]] = {k: [] for k in kinds}
    cpu: dict[str, list[float]] = {k: [] for k in kinds}
    outputs: dict[str, str] = {}
    for r in range(reps):
        cache = tmp / f"cache-{theatre.name}-{r}"
        runs = {
            "no cache": ([sys.executable, *gains, "--no-cache"], _env(ROOT, cache)),
            "first": ([sys.executable, *gains], _env(ROOT, cache)),
            "second": ([sys.executable, *gains], _env(ROOT, cache)),
        }
        if base:  # main's code has no cache; a folder of its own all the same
            runs["base"] = ([sys.executable, *gains], _env(base, tmp / f"base-{r}"))
        for kind in kinds:  # "second" always right after "first": it reads what first wrote
            w, c, out = _timed(*runs[kind])
            wall[kind].append(w)
            cpu[kind].append(c)
            outputs.setdefault(kind, out)
    same = len({outputs[k] for k in kinds}) == 1
    import_check = subprocess.run(
        [sys.executable, "-c", "import geomap; print(geomap.__file__)"],
        env=_env(base or ROOT, tmp),
        capture_output=True,
        text=True,
        cwd=str(base or ROOT),
    ).stdout.strip()
    if base and not import_check.startswith(str(base)):
        raise RuntimeError(f"the base run imports {import_check}, not {base}")
    return {
        "wall_s": {k: _stats(v) for k, v in wall.items()},
        "cpu_s": {k: _stats(v) for k, v in cpu.items()},
        "all_wall_s": wall,
        "same_output": same,
    }


def _imports(reps: int, base: Path | None, tmp: Path) -> dict:
    out = {}
    for name, src in (("geomap", ROOT), ("base", base)):
        if src is None:
            continue
        w, c = [], []
        for _ in range(reps):
            ww, cc, _ = _timed([sys.executable, "-c", "import geomap.cli"], _env(src, tmp))
            w.append(ww)
            c.append(cc)
        out[name] = {"wall_s": _stats(w), "cpu_s": _stats(c)}
    return out


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="bench_cold", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="synthetic theatre of 500 places")
    ap.add_argument("--reps", type=int, default=3, help="rounds (default 3)")
    ap.add_argument("--base", type=Path, help="another source tree to run (e.g. main's)")
    ap.add_argument("--no-synthetic", action="store_true", help="the demo theatre only")
    ap.add_argument("--out", type=Path)
    return ap


def main(argv: list[str] | None = None) -> dict:
    """Run the cold-start benchmark; return (and write) its results."""
    from synthetic import make_theatre

    args = _parser().parse_args(argv)
    res: dict = {"loadavg_1min": [round(os.getloadavg()[0], 2)]}
    with tempfile.TemporaryDirectory(prefix="geomap-cold-") as tmp_name:
        tmp = Path(tmp_name)
        theatres = {"demo": ROOT / "layers" / "syria-2017"}
        if not args.no_synthetic:
            size = (500, 2000, 100) if args.quick else (5000, 20000, 1000)
            folder = tmp / "synthetic"
            make_theatre(folder, places=size[0], events=size[1], days=size[2], seed=0)
            theatres[f"synthetic-{size[0]}"] = folder
        res["imports"] = _imports(args.reps, args.base, tmp)
        for name, folder in theatres.items():
            print(f"{name}: {args.reps} rounds ...", flush=True)
            res[name] = measure(folder, reps=args.reps, base=args.base, tmp=tmp)
    res["loadavg_1min"].append(round(os.getloadavg()[0], 2))
    res.update(versions=_versions(), when=dt.datetime.now().isoformat(timespec="seconds"))
    _print(res)
    out = args.out or RESULTS / "cold.json"
    _write(res, out)
    print(f"\nresults: {out}", flush=True)
    return res


def _print(res: dict) -> None:
    print(f"\nload average (1 min) before/after: {res['loadavg_1min']}")
    for name, r in res["imports"].items():
        print(
            f"import geomap.cli ({name}): median {r['wall_s']['median']:.2f} s wall,"
            f" {r['cpu_s']['median']:.2f} s CPU"
        )
    for name, r in res.items():
        if not isinstance(r, dict) or "wall_s" not in r or name == "imports":
            continue
        print(f"\n{name}: cold `geomap gains` (medians; target < {TARGET_S} s)")
        for kind in r["wall_s"]:
            w, c = r["wall_s"][kind], r["cpu_s"][kind]
            print(f"  {kind:9s} {w['median']:6.2f} s wall  {c['median']:6.2f} s CPU  (n={w['n']})")
        print(f"  identical output in every kind: {r['same_output']}")


if __name__ == "__main__":
    main()
