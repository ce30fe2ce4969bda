"""geomap: who controls what, day by day, and how much ground changed hands.

Load a theatre (gazetteer, actors, initial control, dated events) with
:func:`load_theatre`; ask it for the control on a date (GeoDataFrame),
the area ledger (DataFrame, km² in an equal-area projection) and maps
(folium, offline).  ``import geomap`` does not import folium: rendering is
imported when a map is asked for.
"""

from .calibrate import calibrate  # the function; the module stays importable as geomap.calibrate
from .errors import CRSError, GeomapError, GeometryError, InputError, NameResolutionError, Problem
from .extract import extract  # the function; the module stays importable as geomap.extract
from .snapshots import SnapshotSeries, load_snapshots
from .theatre import Theatre, load_theatre

__all__ = [
    "load_theatre",
    "Theatre",
    "load_snapshots",
    "extract",
    "calibrate",
    "SnapshotSeries",
    "GeomapError",
    "InputError",
    "GeometryError",
    "CRSError",
    "NameResolutionError",
    "Problem",
]
