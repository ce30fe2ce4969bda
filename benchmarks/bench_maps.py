"""Maps benchmark: a year of daily pages for the ledger benchmark's theatre.

Targets (issue "Maps a newsroom would publish", tightening "Maps over time"):
365 daily pages in under 15 s of writing (issue 15: under 5 s); the median page under 150 kB plus
the shared assets; the 365-day timeline under 5 MB in all (its page and its
chunk files, ``timeline/chunk-*.js``).
The theatre is the ledger benchmark's (5,000 places over Syria, 4 actors)
with its events spread over 365 days instead of 1,000 (7,300 events, the same
events per day).

``python benchmarks/run.py maps`` (or ``--quick`` for 60 days and 1,000 places).
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
FULL = {"places": 5000, "events": 7300, "days": 365}
QUICK = {"places": 1000, "events": 600, "days": 60}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bench_maps", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="60 days, 1,000 places")
    p.add_argument("--keep", type=Path, help="write the theatre and pages here and keep them")
    p.add_argument("--out", type=Path, help="results JSON (default benchmarks/results/maps.json)")
    p.add_argument("--jobs", type=int, help="processes writing the date pages (default: the CPUs)")
    return p


def _cpu() -> float:
    """CPU seconds (user + system) of this process and its finished child processes."""
    import resource

    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main(argv: list[str] | None = None) -> dict:
    """Generate the theatre, write every daily page, the index and the timeline; time and measure."""
    from synthetic import make_theatre

    import geomap

    args = _parser().parse_args(argv)
    params = dict(QUICK if args.quick else FULL)
    with tempfile.TemporaryDirectory(prefix="geomap-bench-maps-") as tmp:
        root = args.keep or Path(tmp)
        theatre_dir = root / "theatre"
        out = root / "maps"
        t0 = time.perf_counter()
        make_theatre(theatre_dir, **params)
        gen_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        th = geomap.load_theatre(theatre_dir, cache=False)  # timed work, not a cache read
        th.ledger(by="day")  # builds the territory model, as `geomap maps` does before drawing
        model_s = time.perf_counter() - t0

        t0, cpu0 = time.perf_counter(), _cpu()
        kwargs = {} if args.jobs is None else {"jobs": args.jobs}
        files = th.write_maps(out, every="day", **kwargs)
        write_s = time.perf_counter() - t0
        write_cpu_s = _cpu() - cpu0

        pages = [f for f in files if f.name[:4].isdigit()]
        sizes = sorted(f.stat().st_size for f in pages)
        assets = sum(f.stat().st_size for f in (out / "assets").rglob("*") if f.is_file())
        timeline_page = (out / "timeline.html").stat().st_size
        chunks = (
            sorted((out / "timeline").glob("chunk-*.js")) if (out / "timeline").is_dir() else []
        )
        timeline = timeline_page + sum(f.stat().st_size for f in chunks)
        diff_pages = [f for f in files if f.name.startswith("diff-")]
        index = (out / "index.html").stat().st_size
        result = {
            "params": params,
            "generation_s": round(gen_s, 2),
            "model_s": round(model_s, 2),
            "write_s": round(write_s, 2),
            "write_cpu_s": round(write_cpu_s, 2),
            "jobs": args.jobs,
            "load_average": [round(v, 2) for v in os.getloadavg()],
            "total_s": round(model_s + write_s, 2),
            "pages": len(pages),
            "page_kB": {
                "median": round(sizes[len(sizes) // 2] / 1e3, 1),
                "max": round(sizes[-1] / 1e3, 1),
            },
            "assets_kB": round(assets / 1e3, 1),
            "timeline_MB": round(timeline / 1e6, 2),
            "timeline_page_MB": round(timeline_page / 1e6, 2),
            "timeline_chunks": len(chunks),
            "diff_pages": len(diff_pages),
            "index_kB": round(index / 1e3, 1),
            "targets": {
                "write_under_15_s": write_s < 15,
                "write_under_5_s": write_s < 5,
                "page_median_under_150_kB": sizes[len(sizes) // 2] < 150e3,
                "timeline_under_5_MB": timeline < 5e6,
            },
        }
    print(
        f"maps: {len(pages)} daily pages of {params['places']:,} places, {params['events']:,} events"
    )
    print(f"  model (load + territory + ledger): {model_s:6.2f} s")
    print(
        f"  writing pages, index, timeline:   {write_s:6.2f} s  (target: under 5 s; "
        f"CPU {write_cpu_s:.2f} s in this process and its workers; load {os.getloadavg()[0]:.1f})"
    )
    print(
        f"  page size median / max: {result['page_kB']['median']} / {result['page_kB']['max']} kB "
        f"(+ {result['assets_kB']} kB shared assets; target: median < 150 kB)"
    )
    print(
        f"  timeline: {result['timeline_MB']} MB in all (page {result['timeline_page_MB']} MB + "
        f"{len(chunks)} chunk files; target < 5 MB); index: {result['index_kB']} kB"
    )
    dest = args.out or HERE / "results" / ("maps-quick.json" if args.quick else "maps.json")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.path.insert(0, str(HERE))
    main(sys.argv[1:])
