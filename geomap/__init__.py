"""geomap: who controls what, day by day, and how much ground changed hands.

Load a theatre (gazetteer, actors, initial control, dated events) with
:func:`load_theatre`; ask it for the control on a date (GeoDataFrame),
the area ledger (DataFrame, km² in an equal-area projection) and maps
(folium, offline).  ``import geomap`` does not import folium: rendering is
imported when a map is asked for.
"""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

from .errors import CRSError, GeomapError, GeometryError, InputError, NameResolutionError, Problem

if TYPE_CHECKING:
    from .calibrate import calibrate
    from .extract import extract
    from .snapshots import SnapshotSeries, load_snapshots
    from .theatre import Theatre, load_theatre

#: The public names imported when first asked for, so a command imports only what it uses
#: (``geomap gains`` needs neither the article reader nor the calibration): name -> module.
_LAZY = {
    "load_theatre": ".theatre",
    "Theatre": ".theatre",
    "load_snapshots": ".snapshots",
    "SnapshotSeries": ".snapshots",
    "extract": ".extract",
    "calibrate": ".calibrate",
}
#: Functions named like the subpackage that holds them: ``geomap.calibrate`` is the function
#: (the module stays importable as ``geomap.calibrate``, ``from geomap.calibrate import ...``).
_SHADOWED = ("extract", "calibrate")

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


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'geomap' has no attribute {name!r}")
    value = getattr(importlib.import_module(_LAZY[name], __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


class _Package(types.ModuleType):
    """The ``geomap`` module, keeping ``geomap.calibrate`` / ``geomap.extract`` the functions.

    Importing a subpackage binds it on its parent (``geomap.calibrate = <module>``); when
    that happens the function of the same name is bound instead, as an eager
    ``from .calibrate import calibrate`` in this file used to leave it.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _SHADOWED and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
