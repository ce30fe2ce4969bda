"""Snapshot theatres: territory given per date by dated control-polygon files.

A front-line tracker publishes, every day or so, the polygons each side
holds.  An archive of such exports is a **snapshot series**: one GeoJSON (or
any file GDAL reads) per date, or one file with a date property per feature.
:func:`load_snapshots` reads the series, assigns every areal feature to an
actor by a small **actor rule**, validates the polygons, clips them to the
area of interest, dissolves them per actor and date, and returns a
:class:`SnapshotSeries` with the same face as an event theatre: held area,
gains and losses per actor and period, change polygons, quality checks and
maps.  Nothing is repaired or dropped silently.

The file format, the actor rules, the ``[snapshots]`` keys, the file-name
patterns and how the figures are computed are documented in
``docs/snapshots.md``.

One module per step:

``rules``    actor rules (which feature belongs to whom)
``files``    file-name patterns and listing a folder
``config``   the ``[snapshots]`` table and snapshot theatre folders
``read``     reading one file: raw arrays, then rule, dates, validity
``clip``     clipping each file to the area of interest, reusing the previous file's work
``rings``    rings as coordinate arrays and the runs of vertices where two rings differ
``held``     held areas, each ground measured from the one before where a front moved
``build``    the loading pipeline and building a series from the files read
``overlay``  the overlay engine (gains and losses inside change windows)
``series``   :class:`SnapshotSeries`, its ledger and its maps
``checks``   quality checks (spikes, steps, gaps, strays) and their thresholds
``flags``    :class:`Flag`, the structured finding, and the flag kinds

Examples
--------
>>> rule = ActorRule.from_dict({"by": "fill", "map": {"#A52714": "occupied"}})
>>> rule.map
{'#a52714': 'occupied'}
"""

from __future__ import annotations

from ..repair import OnInvalid
from .build import OnDuplicate, load_snapshots
from .checks import DEFAULT_THRESHOLDS, Thresholds, check_held, check_series, stray_parts
from .config import SnapshotConfig, load_snapshot_theatre
from .files import DEFAULT_PATTERN
from .flags import FLAG_KINDS, Flag, FlagKind
from .rules import ActorRule, normalize_fill, normalize_text
from .series import SnapshotSeries

__all__ = [
    "ActorRule",
    "DEFAULT_PATTERN",
    "DEFAULT_THRESHOLDS",
    "FLAG_KINDS",
    "Flag",
    "FlagKind",
    "OnDuplicate",
    "OnInvalid",
    "SnapshotConfig",
    "SnapshotSeries",
    "Thresholds",
    "check_held",
    "check_series",
    "load_snapshot_theatre",
    "load_snapshots",
    "normalize_fill",
    "normalize_text",
    "stray_parts",
]
