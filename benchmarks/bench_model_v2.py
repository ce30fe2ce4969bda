"""Model v2 (reach, barriers, enclosure, contested band) on the calibration's tuning split.

Same truth, gazetteer and labels as ``bench_calibrate.py`` (DeepStateMap
daily 2024-10-09..2024-12-07, GeoNames places of Ukraine, ``--other
ukraine``); the monthly series stays held out and is not touched here.
Rows: the baseline caps beside the same caps with ``+enclose`` and with a
contested band (``+band<km>``).  Held area with a band is each side's ground
outside the band, and so are gains and losses per period (ground going into
the band is a loss and nobody's gain; ground the band gives back is a gain;
docs/model.md, "Gains with the band").  Writes ``benchmarks/results/model-v2-daily.{csv,json}``.

``--holdout`` measures the monthly series (2024-07-08..2026-08-01, periods
month and quarter) instead: run it once, with the setting chosen on the
tuning split beside the baseline, after the choice.

    python benchmarks/bench_model_v2.py [--quick] [--settings 15,15+enclose,30+band5]
    python benchmarks/bench_model_v2.py --holdout --settings 15,30,50,uncapped,CHOSEN
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SETTINGS = "10,10+enclose,15,15+enclose,30,30+band2,30+band5,30+band10"
#: The barrier file for ``+barriers`` settings (a coarse Dnipro line; see data/PROVENANCE.md).
BARRIERS = HERE / "data" / "dnipro-coarse.geojson"


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--settings", default=SETTINGS)
    parser.add_argument("--quick", action="store_true", help="the first 15 daily dates only")
    parser.add_argument("--barriers", default=str(BARRIERS), help="barrier file for +barriers")
    parser.add_argument("--out", default=None, help="results file stem")
    parser.add_argument(
        "--holdout", action="store_true", help="the held-out monthly series (measure once)"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(HERE))
    import bench_calibrate as bc

    if not bc.CYTERAT.is_dir():
        why = f"{bc.CYTERAT} is absent (DeepState snapshots are not bundled)"
        print(f"bench_model_v2: skipped: {why}")
        return {"skipped": why}
    from geomap import gazetteer
    from geomap.boundaries import country_outline
    from geomap.calibrate import calibrate

    aoi = country_outline(["UKR"])
    places = gazetteer.geonames_places("UKR")
    split = "monthly" if args.holdout else "daily"
    out = args.out or f"model-v2-{split}"
    daily = bc._series(bc.CYTERAT / split, aoi)
    dates = daily.dates[:15] if args.quick else None
    settings = [s for s in args.settings.split(",") if s]
    t = time.perf_counter()
    barriers = args.barriers if any("barriers" in x for x in settings) else None
    cal = calibrate(
        daily,
        places,
        settings,
        other="ukraine",
        dates=dates,
        periods=("month", "quarter") if args.holdout else ("week", "month"),
        barriers=barriers,
    )
    secs = round(time.perf_counter() - t, 1)
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    cal.to_csv(out_dir / f"{out}.csv")
    rows = bc._rows(cal)
    result = {
        "settings": settings,
        "barriers": barriers,
        "seconds": secs,
        "quick": args.quick,
        "split": split,
        "tuning" if split == "daily" else "holdout": rows,
    }
    (out_dir / f"{out}.json").write_text(
        json.dumps(result, indent=2, default=str), encoding="utf-8"
    )
    what = "Held out: DeepStateMap monthly" if args.holdout else "Tuning split: DeepStateMap daily"
    print(f"{what} (occupied)" + (" — first 15 dates" if args.quick else ""))
    print(bc._markdown(rows))
    print(f"\n{secs} s")
    return result


if __name__ == "__main__":
    main(sys.argv[1:])
