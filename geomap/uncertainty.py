"""Calibrated error bars for a computed gain, from a measured table stored in the package.

``geomap/data/calibration.json`` holds the 68 % range of the place model's
gain error ``(model − truth) / truth`` by the number of places an actor
gained in the period, measured by :func:`geomap.calibrate.calibrate` on the
**tuning split** (DeepStateMap daily 2024; see ``docs/model.md`` and the
file's ``provenance``), written by
``python benchmarks/run.py calibrate -- --write-package-table``.

A model figure ``X`` with relative error ``e`` in ``[lo, hi]`` means a true
figure in ``[X / (1 + hi), X / (1 + lo)]``.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

__all__ = ["CalibratedRange", "calibrated_range", "calibration_table"]

_TABLE = Path(__file__).parent / "data" / "calibration.json"


@functools.cache
def calibration_table() -> dict:
    """The stored table: ``what``, ``table`` (rows n_min, n_max, periods, lo_pct, hi_pct), ``provenance``."""
    return json.loads(_TABLE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class CalibratedRange:
    """A computed figure's calibrated 68 % range (``hi`` is ``inf`` when unbounded)."""

    km2: float
    places: int
    lo: float | None
    hi: float | None
    why: str = ""

    @property
    def ok(self) -> bool:
        return self.lo is not None

    def contains(self, km2: float) -> bool:
        return self.ok and self.lo <= km2 <= self.hi

    def text(self) -> str:
        """``calibrated 68 % range 4,100–9,900 km², from 12 places`` (or why there is none)."""
        if not self.ok:
            return f"no calibrated range: {self.why}"
        hi = "no upper bound" if math.isinf(self.hi) else f"{self.hi:,.0f} km²"
        sep = "–" if not math.isinf(self.hi) else " km², "
        lo = f"{self.lo:,.0f}"
        places = f"{self.places} place{'s' if self.places != 1 else ''}"
        return f"calibrated 68 % range {lo}{sep}{hi}, from {places}"


def calibrated_range(km2: float, places_gained: int) -> CalibratedRange:
    """The calibrated 68 % range of the true gain behind a model gain of ``km2``.

    ``places_gained``: the places the actor gained in the period (the
    ledger's ``places_gained``).  No range when no place changed hands or
    when the count is beyond the measured table (the reason says so).
    """
    n = int(places_gained)
    if n <= 0 or km2 <= 0:
        return CalibratedRange(km2, n, None, None, "no place changed hands")
    rows = calibration_table()["table"]
    for r in rows:
        if r["n_min"] <= n <= r["n_max"]:
            lo_e, hi_e = r["lo_pct"] / 100.0, r["hi_pct"] / 100.0
            lo = km2 / (1.0 + hi_e)
            hi = km2 / (1.0 + lo_e) if 1.0 + lo_e > 0.02 else math.inf
            return CalibratedRange(km2, n, lo, hi)
    top = max(r["n_max"] for r in rows) if rows else 0
    return CalibratedRange(
        km2,
        n,
        None,
        None,
        f"{n} places gained is beyond the measured table (1–{top} places, tuning split)",
    )
