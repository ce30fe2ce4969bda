"""Benchmark: the steps issue 15's stop 25 changed, each beside what it replaced, interleaved.

In one process, on one theatre's faces (built once), alternately:

* faces to lon/lat with each shared point unprojected once (``crs.distinct_points``)
  against every row unprojected (the same function with the numbering switched off);
* the faces' km² from the coordinates they were built from (``areas.ragged_area_km2``)
  against ``area_km2`` reading 5,000 faces back out of GEOS;
* ``events.csv``'s columns trimmed in bulk, with the per-column search for a leading
  ``'`` only when the file holds one, against always searching.

Each pair is first checked to give the same bits.  CPU milliseconds (min, quartile,
median) are printed; on a shared machine the min and the quartile are the steadiest::

    python benchmarks/synthetic.py /tmp/s5k
    python benchmarks/bench_face_steps.py /tmp/s5k --reps 60
"""

from __future__ import annotations

import argparse
import collections
import io
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _steps(folder: Path) -> dict[str, object]:
    import numpy as np
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import shapely

    import geomap
    import geomap._csv as csv_module
    import geomap.territory as territory
    from geomap.areas import area_km2, ragged_area_km2

    seen: dict = {}
    real = territory._densified_degrees

    def spy(polys, crs, densify_m):
        seen.update(polys=polys, crs=crs, densify_m=densify_m)
        return real(polys, crs, densify_m)

    territory._densified_degrees = spy
    try:
        th = geomap.load_theatre(folder, cache=False)
        th._engine  # noqa: B018 - builds the faces (the spy keeps the faces in metres)
    finally:
        territory._densified_degrees = real
    polys, crs, dm = seen["polys"], seen["crs"], seen["densify_m"]
    numbered = territory.distinct_points

    def every_row(polys, crs, dm):
        territory.distinct_points = lambda xy: (np.arange(len(xy)),) * 2
        try:
            return real(polys, crs, dm)
        finally:
            territory.distinct_points = numbered

    faces, ragged = real(polys, crs, dm)
    data = (folder / "events.csv").read_bytes()
    first, rest = data.split(b"\n", 1)
    header = first.decode("utf-8-sig").split(",")
    cols = [str(i) for i in range(len(header))]
    arrow = pacsv.read_csv(
        io.BytesIO(rest),
        read_options=pacsv.ReadOptions(column_names=cols, use_threads=False),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(cols, pa.string()),
            null_values=[],
            strings_can_be_null=False,
            quoted_strings_can_be_null=False,
        ),
    )
    has_quote = b"'" in data
    steps = {
        "to lon/lat, every row": lambda: every_row(polys, crs, dm)[0],
        "to lon/lat, each point once": lambda: real(polys, crs, dm)[0],
        "km2, area_km2(faces)": lambda: area_km2(faces, crs=crs),
        "km2, ragged_area_km2": lambda: ragged_area_km2(
            ragged.xy, ragged.ring_off, ragged.poly_off, crs=crs
        ),
        "events columns, ' always looked for": lambda: csv_module._bulk_columns(
            arrow, header, header, apostrophe=True
        ),
        "events columns, ' looked for if any": lambda: csv_module._bulk_columns(
            arrow, header, header, apostrophe=has_quote
        ),
    }
    names = list(steps)
    for a, b in zip(names[::2], names[1::2], strict=True):  # each pair: the same bits
        x, y = steps[a](), steps[b]()
        if isinstance(x, dict):
            same = list(x) == list(y) and all(
                x[k] == y[k] if isinstance(x[k], list) else x[k].equals(y[k]) for k in x
            )
        elif x.dtype == object:
            same = shapely.to_wkb(x).tolist() == shapely.to_wkb(y).tolist()
        else:
            same = x.tobytes() == y.tobytes()
        if not same:
            raise AssertionError(f"{a!r} and {b!r} differ")
    return steps


def main(argv: list[str] | None = None) -> dict:
    """Time every step ``--reps`` times, interleaved; return each one's CPU seconds."""
    ap = argparse.ArgumentParser(prog="bench_face_steps", description=__doc__.splitlines()[0])
    ap.add_argument(
        "theatre", type=Path, nargs="?", help="a theatre folder, e.g. one synthetic.py wrote"
    )
    ap.add_argument("--reps", type=int, default=40)
    ap.add_argument("--quick", action="store_true", help="3 repetitions")
    args = ap.parse_args(argv)
    if args.theatre is None:  # benchmarks/run.py runs every benchmark with no folder
        return {"skipped": "give a theatre folder, e.g. one benchmarks/synthetic.py wrote"}
    if args.quick:
        args.reps = 3
    sys.path.insert(0, str(HERE.parent))
    steps = _steps(args.theatre)
    cpu: dict[str, list[float]] = collections.defaultdict(list)
    for _ in range(args.reps):
        for name, step in steps.items():
            t = time.process_time()
            step()
            cpu[name].append(time.process_time() - t)
    print(f"CPU ms over {args.reps} interleaved repetitions (min, lower quartile, median)")
    for name, v in cpu.items():
        q1 = statistics.quantiles(v, n=4)[0] if len(v) > 1 else v[0]
        print(f"  {name:38s} {min(v) * 1e3:6.2f} {q1 * 1e3:6.2f} {statistics.median(v) * 1e3:6.2f}")
    return cpu


if __name__ == "__main__":
    main()
