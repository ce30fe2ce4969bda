"""Timeline benchmark: a 769-day DeepStateMap-like archive in headless Chromium.

Targets (issue "Maps a newsroom would publish"): after visiting every date
of the timeline, the page's JS heap is under 100 MB; a slider step (from the
input event to the new territory drawn, chunk loading included) takes under
50 ms.

Data: the 60 daily and 26 monthly cyterat files of ``../shared/data``
(DeepStateMap's occupied area; not bundled, licences forbid it).  The record
has 769 daily files from 2024-07-08 to 2026-08-22 (7 days missing); the days
not in ``../shared`` are synthesised from the latest real file before them,
shifted by a few hundred metres per day so that every day's territory is a
new geometry, as in a real daily archive (the worst case for the timeline:
nothing is shared between days).

The page is opened from ``file://`` with every other request refused.  Per
step, the time from setting the slider to the container's ``data-date``
changing with no chunk still loading is measured in the page
(``performance.now()``); the heap is read through the Chrome DevTools
Protocol (``HeapProfiler.collectGarbage``, then ``Performance.getMetrics``
``JSHeapUsedSize``).

``python benchmarks/run.py timeline`` (``--quick``: the first 120 days).
Needs Chromium at /usr/bin/chromium and the ``playwright`` package.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data" / "deepstate-cyterat"
CHROMIUM = "/usr/bin/chromium"
PATTERN = "deepstatemap_data_{date:%Y%m%d}.geojson"
FIRST, LAST = dt.date(2024, 7, 8), dt.date(2026, 8, 22)
MISSING = {
    dt.date(2024, 8, 18),
    dt.date(2024, 8, 19),
    dt.date(2025, 1, 1),
    dt.date(2025, 3, 31),
    dt.date(2025, 4, 1),
    dt.date(2025, 11, 26),
    dt.date(2026, 7, 9),
}
HEAP_MB, STEP_MS = 100.0, 50.0


def synthesise(out: Path, *, days: int | None = None) -> int:
    """Write the 769-day archive (real files where ../shared has them); returns the file count."""
    import shapely

    real = {}
    for folder in ("daily", "monthly"):
        for p in sorted((SHARED / folder).glob("*.geojson")):
            real[dt.datetime.strptime(p.stem[-8:], "%Y%m%d").date()] = p
    out.mkdir(parents=True, exist_ok=True)
    geom_cache: dict[dt.date, shapely.Geometry] = {}
    n, day = 0, FIRST
    while day <= LAST and (days is None or n < days):
        if day not in MISSING:
            target = out / PATTERN.format(date=day)
            if day in real:
                target.write_bytes(real[day].read_bytes())
            else:
                base = max(d for d in real if d <= day)
                if base not in geom_cache:
                    doc = json.loads(real[base].read_text(encoding="utf-8"))
                    geom_cache[base] = shapely.geometry.shape(doc["features"][0]["geometry"])
                k = (day - base).days
                shift = 0.003 * (((k * 7919) % 13) - 6) / 6  # up to ~300 m, a new shape each day
                moved = shapely.transform(geom_cache[base], lambda xy, s=shift: xy + [s, s / 2])
                feature = {
                    "type": "Feature",
                    "properties": {},
                    "geometry": shapely.geometry.mapping(moved),
                }
                target.write_text(
                    json.dumps({"type": "FeatureCollection", "features": [feature]}),
                    encoding="utf-8",
                )
            n += 1
        day += dt.timedelta(days=1)
    return n


_STEP_JS = """
async (i) => {
  const box = document.querySelector(".folium-map");
  const range = document.querySelector("input[type=range]");
  const t0 = performance.now();
  range.value = String(i);
  range.dispatchEvent(new Event("input"));
  const want = window.__gmDates[i];
  // data-date changes once the day's chunks are in and its territory is drawn
  // (chunks fetched ahead for the next days may still be loading)
  while (box.getAttribute("data-date") !== want) {
    await new Promise(r => setTimeout(r, 0));
  }
  return performance.now() - t0;
}
"""


def measure(page_path: Path, n_days: int) -> dict:
    """Visit every date of the timeline in Chromium; step times and JS heap."""
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"],
        )
        ctx = browser.new_context(viewport={"width": 1280, "height": 800})

        def route(r):
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        ctx.route("**/*", route)
        page = ctx.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        t0 = time.perf_counter()
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function(
            "document.querySelector('.folium-map') && "
            "document.querySelector('.folium-map').getAttribute('data-loading') === '0' && "
            "document.querySelectorAll('path.gm-terr').length > 0"
        )
        load_s = time.perf_counter() - t0
        # read every day's ISO date from the page's own data
        page.evaluate(
            "() => { const s = Array.from(document.scripts).map(x => x.textContent)"
            ".find(t => t.includes('var D = {')); const m = s.match(/var D = (\\{.*?\\});\\n/s);"
            " window.__gmDates = JSON.parse(m[1]).dates; }"
        )
        assert page.evaluate("window.__gmDates.length") == n_days
        cdp = ctx.new_cdp_session(page)
        cdp.send("Performance.enable")
        # the page opens on the last day: go to the first (not timed), then step day by day
        page.evaluate(_STEP_JS, 0)
        steps = [page.evaluate(_STEP_JS, i) for i in range(1, n_days)]
        cdp.send("HeapProfiler.enable")
        cdp.send("HeapProfiler.collectGarbage")
        metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
        mem = page.evaluate("performance.memory ? performance.memory.usedJSHeapSize : null")
        held = page.evaluate(
            "() => { const b = document.querySelector('.folium-map');"
            " return [b.getAttribute('data-chunks'), b.getAttribute('data-layers')]; }"
        )
        browser.close()
    steps_sorted = sorted(steps)
    return {
        "load_s": round(load_s, 2),
        "steps": len(steps),
        "step_ms": {
            "median": round(statistics.median(steps), 1),
            "p95": round(steps_sorted[int(0.95 * (len(steps) - 1))], 1),
            "max": round(steps_sorted[-1], 1),
        },
        "heap_MB_after_all_dates": round(metrics["JSHeapUsedSize"] / 1e6, 1),
        "performance_memory_MB": round(mem / 1e6, 1) if mem else None,
        "chunks_layers_held": held,
        "blocked_requests": blocked,
        "page_errors": errors,
    }


def main(argv: list[str] | None = None) -> dict:
    """Synthesise the archive, write its timeline (chunked), measure it in Chromium."""
    p = argparse.ArgumentParser(prog="bench_timeline", description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="the first 120 days only")
    p.add_argument("--keep", type=Path, help="write the archive and the pages here and keep them")
    p.add_argument(
        "--out", type=Path, help="results JSON (default benchmarks/results/timeline.json)"
    )
    args = p.parse_args(argv)
    if not SHARED.is_dir():
        raise FileNotFoundError(f"{SHARED} is absent (DeepState snapshots are not bundled)")
    if not Path(CHROMIUM).exists():
        return {"skipped": f"{CHROMIUM} is not installed"}
    import playwright  # noqa: F401  (ModuleNotFoundError: run.py reports it as skipped)

    from geomap.render._assets import write_assets
    from geomap.render._timeline import timeline_page
    from geomap.snapshots import load_snapshots

    with tempfile.TemporaryDirectory(prefix="geomap-bench-timeline-") as tmp:
        root = args.keep or Path(tmp)
        t0 = time.perf_counter()
        n_files = synthesise(root / "archive", days=120 if args.quick else None)
        gen_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        series = load_snapshots(
            root / "archive",
            pattern=PATTERN,
            actor_rule={
                "by": "constant",
                "actor": "occupied",
                "colors": {"occupied": "#a52714"},
                "names": {"occupied": "Russian-occupied (synthetic days)"},
            },
            title="DeepStateMap-like archive (real + synthetic days)",
        )
        load_s = time.perf_counter() - t0
        out = root / "maps"
        out.mkdir(parents=True, exist_ok=True)
        write_assets(out / "assets")
        t0 = time.perf_counter()
        m, files = timeline_page(series, every="day", assets="assets/", chunk_folder="timeline")
        (out / "timeline").mkdir(exist_ok=True)
        for name, text in files.items():
            (out / name).write_text(text, encoding="utf-8")
        page = out / "timeline.html"
        page.write_text(m.get_root().render(), encoding="utf-8")
        write_s = time.perf_counter() - t0
        n_days = (series.dates[-1] - series.dates[0]).days + 1
        sizes = {
            "page_MB": round(page.stat().st_size / 1e6, 2),
            "chunks": len(files),
            "chunks_MB": round(sum((out / n).stat().st_size for n in files) / 1e6, 2),
        }
        browser = measure(page, n_days)
    result = {
        "files": n_files,
        "days": n_days,
        "generation_s": round(gen_s, 1),
        "load_snapshots_s": round(load_s, 1),
        "write_timeline_s": round(write_s, 1),
        **sizes,
        **browser,
        "targets": {
            "heap_under_100_MB": browser["heap_MB_after_all_dates"] < HEAP_MB,
            "median_step_under_50_ms": browser["step_ms"]["median"] < STEP_MS,
            "p95_step_under_50_ms": browser["step_ms"]["p95"] < STEP_MS,
        },
    }
    print(f"timeline: {n_files} snapshot files, {n_days} days")
    print(
        f"  write: {write_s:.1f} s; page {sizes['page_MB']} MB + {sizes['chunks']} chunk files, "
        f"{sizes['chunks_MB']} MB"
    )
    print(
        f"  step (input → drawn, chunk loads included): median {browser['step_ms']['median']} ms, "
        f"p95 {browser['step_ms']['p95']} ms, max {browser['step_ms']['max']} ms (target < {STEP_MS:g} ms)"
    )
    print(
        f"  JS heap after visiting all {n_days} dates: {browser['heap_MB_after_all_dates']} MB "
        f"(target < {HEAP_MB:g} MB); requests blocked: {len(browser['blocked_requests'])}"
    )
    dest = args.out or HERE / "results" / ("timeline-quick.json" if args.quick else "timeline.json")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.path.insert(0, str(ROOT))
    main(sys.argv[1:])
