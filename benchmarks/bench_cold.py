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
    the same command again, on the entries written by ``first`` (the issue's target:
    < 1.5 s at 5k): since issue 15's kept tables, the CSV table ``first`` printed is read
    back and written with numpy alone (no pandas, geopandas, shapely or pyproj);
``week``
    then ``--by week``, a table no run kept: since issue 15's kept ledger arrays
    (:class:`geomap.ledger_basis.LedgerBasis`, written by ``first``), the ledger is worked
    from the arrays with numpy and pandas (no geopandas, shapely or pyproj); before them,
    validated inputs, faces and the events' outcomes were read from the cache and the
    ledger computed;
``month rolling``
    ``--by month --rolling 30``: the same, with the rate of advance (a daily ledger more);
``table``
    ``--format table --sq-mi``: the same, printed as the text table (claims beside it);
``base no cache``, ``base first``, ``base second``, ``base week``
    with ``--base DIR``: the same runs from another source tree (e.g. a checkout of
    ``main`` made with ``git worktree add --detach /tmp/base main``), in the same rounds.

Bytecode is allowed, as on a user's install: the children run without
``PYTHONDONTWRITEBYTECODE`` (whatever the parent's environment says), and one untimed
warm-up run per source tree writes the ``.pyc`` files first, so no timed run pays for
compiling geomap.

Also ``import geomap.cli`` alone (the floor of every command).  Theatres: the demo
(``layers/syria-2017``) and a synthetic theatre of :mod:`synthetic` (``--size small``, the
default: 5,000 places, 20,000 events, 1,000 days; ``large``: 20,000 / 80,000 / 3,650;
``--quick``: 500 / 2,000 / 100).  Every kind's output must be byte for byte the same
(``identical output``; ``week`` as ``base week``).  Medians are printed and written to
``benchmarks/results/cold.json``.

Run::

    python benchmarks/run.py cold
    python benchmarks/run.py cold -- --reps 5 --base /tmp/base
    python benchmarks/run.py cold -- --reps 3 --base /tmp/base --size large --no-demo
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
from synthetic import SIZES  # noqa: E402

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
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode allowed, as on a user's install
    env["PYTHONPATH"] = str(src)
    env["GEOMAP_CACHE_DIR"] = str(cache)
    return env


#: Each kind of run (in the order of a round) and the options it adds to ``gains``.
KINDS = {
    "no cache": ["--no-cache"],
    "first": [],
    "second": [],
    "week": ["--by", "week"],
    "month rolling": ["--by", "month", "--rolling", "30"],
    "table": ["--format", "table", "--sq-mi"],
}


def _kinds(base: Path | None) -> list[tuple[str, Path]]:
    """Every kind of run and the source tree it runs from."""
    trees = [("", ROOT)] + ([("base ", base)] if base else [])
    return [(f"{p}{k}", src) for p, src in trees for k in KINDS]


def measure(theatre: Path, *, reps: int, base: Path | None, tmp: Path) -> dict:
    """Rounds of no-cache / first / second runs of ``gains`` on ``theatre`` (and base's)."""
    gains = ["-m", "geomap.cli", "gains", str(theatre.resolve()), "--format", "csv"]
    kinds = _kinds(base)
    for src in {src for _, src in kinds}:  # warm-up: the .pyc files written, untimed
        _timed([sys.executable, *gains], _env(src, tmp / f"warm-{src.name}"))
    wall: dict[str, list[float]] = {k: [] for k, _ in kinds}
    cpu: dict[str, list[float]] = {k: [] for k, _ in kinds}
    outputs: dict[str, str] = {}
    for r in range(reps):
        for kind, src in kinds:  # "second" always right after "first": it reads what first wrote
            cache = tmp / f"cache-{theatre.name}-{src.name}-{r}"
            extra = KINDS[kind.removeprefix("base ")]
            w, c, out = _timed([sys.executable, *gains, *extra], _env(src, cache))
            wall[kind].append(w)
            cpu[kind].append(c)
            outputs.setdefault(kind, out)
    tables: dict[str, set[str]] = {}  # one output per table asked for (--no-cache asks none)
    for kind, out in outputs.items():
        options = [o for o in KINDS[kind.removeprefix("base ")] if o != "--no-cache"]
        tables.setdefault(" ".join(options), set()).add(out)
    same = all(len(outs) == 1 for outs in tables.values())
    if base:
        _check_base(base, tmp)
    return {
        "wall_s": {k: _stats(v) for k, v in wall.items()},
        "cpu_s": {k: _stats(v) for k, v in cpu.items()},
        "all_wall_s": wall,
        "all_cpu_s": cpu,
        "same_output": same,
    }


def _check_base(base: Path, tmp: Path) -> None:
    """The base runs import the base tree's geomap, not this one."""
    found = subprocess.run(
        [sys.executable, "-c", "import geomap; print(geomap.__file__)"],
        env=_env(base, tmp),
        capture_output=True,
        text=True,
        cwd=str(base),
    ).stdout.strip()
    if not found.startswith(str(base)):
        raise RuntimeError(f"the base run imports {found}, not {base}")


def _imports(reps: int, base: Path | None, tmp: Path) -> dict:
    """``import geomap.cli`` alone, from each tree, interleaved."""
    trees = [("geomap", ROOT)] + ([("base", base)] if base else [])
    w: dict[str, list[float]] = {name: [] for name, _ in trees}
    c: dict[str, list[float]] = {name: [] for name, _ in trees}
    for _ in range(reps):
        for name, src in trees:
            ww, cc, _ = _timed([sys.executable, "-c", "import geomap.cli"], _env(src, tmp))
            w[name].append(ww)
            c[name].append(cc)
    return {name: {"wall_s": _stats(w[name]), "cpu_s": _stats(c[name])} for name, _ in trees}


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="bench_cold", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="synthetic theatre of 500 places")
    ap.add_argument("--reps", type=int, default=3, help="rounds (default 3)")
    ap.add_argument("--base", type=Path, help="another source tree to run (e.g. main's)")
    ap.add_argument("--no-synthetic", action="store_true", help="the demo theatre only")
    ap.add_argument("--no-demo", action="store_true", help="the synthetic theatre only")
    ap.add_argument(
        "--size",
        choices=["small", "large"],
        default="small",
        help="synthetic theatre: small (5k places, the default) or large (20k)",
    )
    ap.add_argument("--out", type=Path)
    return ap


def main(argv: list[str] | None = None) -> dict:
    """Run the cold-start benchmark; return (and write) its results."""
    from synthetic import make_theatre

    args = _parser().parse_args(argv)
    res: dict = {"loadavg_1min": [round(os.getloadavg()[0], 2)]}
    with tempfile.TemporaryDirectory(prefix="geomap-cold-") as tmp_name:
        tmp = Path(tmp_name)
        theatres = {} if args.no_demo else {"demo": ROOT / "layers" / "syria-2017"}
        if not args.no_synthetic:
            size = SIZES["quick" if args.quick else args.size]
            folder = tmp / "synthetic"
            make_theatre(folder, **size, seed=0)
            theatres[f"synthetic-{size['places']}"] = folder
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
            print(f"  {kind:19s} {w['median']:6.2f} s wall  {c['median']:6.2f} s CPU  (n={w['n']})")
        if "base second" in r["wall_s"]:
            for kind in KINDS:
                bw, bc = r["wall_s"][f"base {kind}"], r["cpu_s"][f"base {kind}"]
                w, c = r["wall_s"][kind], r["cpu_s"][kind]
                print(
                    f"  {kind}: base / this tree = {bw['median'] / w['median']:.2f}x wall,"
                    f" {bc['median'] / c['median']:.2f}x CPU"
                )
        print(f"  identical output in every kind: {r['same_output']}")


if __name__ == "__main__":
    main()
