"""Calibration: the place model measured against dated control polygons.

The place model (``geomap.territory``: capped Voronoi cells around places)
turns "who holds each place" into territory.  Its error is measured here
against a snapshot series (dated control polygons, e.g. DeepStateMap; see
``geomap.snapshots``), as follows:

1. every place of a gazetteer (a ``places.csv`` table or the offline GeoNames
   gazetteer, :mod:`geomap.gazetteer`) inside the series' area of interest is
   **labelled** on each snapshot date with the actor whose polygon holds it
   (``other``: the label of places on nobody's ground, e.g. ``"ukraine"`` for
   DeepState's "not occupied"; without it they are unknown and their cells
   unassigned);
2. for each model setting the area of interest is tessellated once with
   :func:`geomap.territory.tessellate` (the same faces the theatre uses) and
   each face goes to its place's label: the **model** territory;
3. the model is compared with the **truth** polygons per actor and date:
   held-area error ``(model − truth) / truth`` (net, %), symmetric difference
   ``area(model Δ truth) / truth`` (%), and per period (week, month,
   quarter) the km² gained and lost, model against truth: bias, spread,
   flips; and the running total (model held change since the first date
   against the truth's).

These are **floors**: labels come from the truth itself, on every date, with
no reporting delay and no missed event.  Real events add dating and
missed-event error on top.

Every km² is :func:`geomap.areas.area_km2` in the series' equal-area CRS.
Model ∩ truth is measured face by face against the truth cut into 0.25°
tiles, so each figure is exact to floating point, not sampled.

Gain figures per period: ``truth_gained`` = area of the actor's polygon at
the period's end outside its polygon at its start; ``model_gained`` likewise
on the model's faces, and with a contested band (``"30+band4"``) on the
model's ground outside the band: ground going into the band is a loss and
nobody's gain, ground the band gives back is a gain (docs/model.md, "Gains
with the band").  A period runs from the first snapshot on or after a
calendar boundary (ISO week Monday, month, quarter) to the first on or after
the next boundary, each at most ``tolerance_days`` after its boundary.

Summary (per setting, actor and period kind, periods with truth gain > 0):
``gain_error`` = Σ|model − truth| / Σ truth (the mean absolute error as a
share of the mean gain), ``gain_bias`` = Σ(model − truth) / Σ truth,
``median_abs_error`` and the 68 % range (16th–84th percentiles) of the
per-period relative error, and ``flips`` (mean places changing label per
period); ``loss_error`` / ``loss_bias`` the same for the km² lost.
"""

from .measure import (
    PERIODS,
    Calibration,
    ModelSetting,
    calibrate,
    parse_setting,
    read_gazetteer,
    uncertainty_table,
)

__all__ = [
    "ModelSetting",
    "Calibration",
    "calibrate",
    "parse_setting",
    "read_gazetteer",
    "PERIODS",
    "uncertainty_table",
]
