"""Run geomap's benchmarks: ``python benchmarks/run.py [--quick] [--list] [names...] [-- ARGS]``.

Every ``benchmarks/bench_<name>.py`` is a benchmark.  Each module exposes::

    def main(argv: list[str]) -> dict

which runs the benchmark with command-line style arguments (``--quick`` for a
smoke run), prints its own table, writes ``benchmarks/results/<name>.json``
and returns its results.  A benchmark that cannot run here says why and is
skipped, the others still run: it either raises :class:`FileNotFoundError`
(its data is missing; the message says which and how to get it), raises
:class:`ModuleNotFoundError` for a package other than geomap (an optional
dependency is missing), or returns ``{"skipped": "why"}``.

Examples
--------
Every benchmark, then only the ledger one as a smoke run::

    python benchmarks/run.py
    python benchmarks/run.py --quick ledger

Arguments after ``--`` go to every selected benchmark::

    python benchmarks/run.py ledger -- --places 2000 --no-trace

Exit status: 0 when every selected benchmark ran or was skipped, 1 when one
failed, 2 for an unknown name.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for _p in (str(HERE), str(ROOT)):  # sibling helpers (synthetic.py), geomap from the source tree
    if _p not in sys.path:
        sys.path.insert(0, _p)


def discover() -> dict[str, Path]:
    """Benchmark name → module path, for every ``bench_<name>.py`` beside this file."""
    return {p.stem.removeprefix("bench_"): p for p in sorted(HERE.glob("bench_*.py"))}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    if not callable(getattr(module, "main", None)):
        raise AttributeError(f"{path.name} has no main(argv) function")
    return module


def _skippable(exc: BaseException) -> bool:
    """Missing data, or a missing optional package (not geomap itself)."""
    if isinstance(exc, ModuleNotFoundError):
        return not (exc.name or "").startswith("geomap")
    return isinstance(exc, FileNotFoundError)


def run(
    names: list[str], *, quick: bool = False, extra: list[str] | None = None
) -> dict[str, dict]:
    """Run the named benchmarks (all when ``names`` is empty) one after another.

    Parameters
    ----------
    names : list of str
        Benchmark names (``ledger`` or ``bench_ledger`` or ``bench_ledger.py``).
    quick : bool
        Pass ``--quick`` (a small smoke run) to each.
    extra : list of str, optional
        More arguments for each benchmark's ``main``.

    Returns
    -------
    dict
        Name → ``{"status": "ok" | "skipped" | "failed", "seconds": ..., "result" | "reason": ...}``.
    """
    found = discover()
    wanted = [n.removesuffix(".py").removeprefix("bench_") for n in names] or list(found)
    unknown = [n for n in wanted if n not in found]
    if unknown:
        raise KeyError(
            f"unknown benchmark(s) {', '.join(unknown)}; known: {', '.join(found) or 'none'}"
        )
    argv = (["--quick"] if quick else []) + list(extra or [])
    report: dict[str, dict] = {}
    for name in wanted:
        print(f"=== {name} {' '.join(argv)}".rstrip(), flush=True)
        start = time.perf_counter()
        try:
            try:
                result = _load(name, found[name]).main(list(argv))
            except SystemExit as exc:  # argparse in main: a bad option, or --help
                if exc.code not in (0, None):
                    raise RuntimeError(
                        f"{name} exited with status {exc.code} (does its main accept {argv}?)"
                    ) from None
                result = None
        except Exception as exc:  # one benchmark failing must not stop the others
            if _skippable(exc):
                report[name] = {"status": "skipped", "reason": f"{type(exc).__name__}: {exc}"}
            else:
                traceback.print_exc()
                report[name] = {
                    "status": "failed",
                    "reason": traceback.format_exc(limit=1).strip().splitlines()[-1],
                }
        else:
            if isinstance(result, dict) and result.get("skipped"):
                report[name] = {"status": "skipped", "reason": str(result["skipped"])}
            else:
                report[name] = {"status": "ok", "result": result}
        report[name]["seconds"] = time.perf_counter() - start
        if report[name]["status"] != "ok":
            print(f"--- {name}: {report[name]['status']}: {report[name]['reason']}", flush=True)
        print(flush=True)
    return report


def main(argv: list[str] | None = None) -> int:
    """Command line; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1 :]
    ap = argparse.ArgumentParser(
        prog="benchmarks/run.py",
        description="Run geomap's benchmarks (benchmarks/bench_*.py); results go to benchmarks/results/.",
        epilog="Arguments after -- are passed to every selected benchmark, e.g. run.py ledger -- --no-trace",
    )
    ap.add_argument("names", nargs="*", help="benchmarks to run (default: all), e.g. ledger")
    ap.add_argument("--quick", action="store_true", help="small smoke runs (seconds, not minutes)")
    ap.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    args = ap.parse_args(argv)
    if args.list:
        for name, path in discover().items():
            print(f"{name:12s} {path.relative_to(ROOT)}")
        return 0
    try:
        report = run(args.names, quick=args.quick, extra=extra)
    except KeyError as exc:
        print(f"run.py: error: {exc.args[0]}", file=sys.stderr)
        return 2
    print("=== summary")
    for name, r in report.items():
        why = f"  ({r['reason']})" if r["status"] != "ok" else ""
        print(f"  {name:12s} {r['status']:8s} {r['seconds']:7.1f} s{why}")
    return 1 if any(r["status"] == "failed" for r in report.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
