"""Importers: other formats into theatre files.

* :func:`read_geonames` — a GeoNames dump (``SY.txt``/``SY.zip``) into
  ``places.csv`` rows (:func:`write_places`).
* :func:`read_acled` — the territory rows of an ACLED-style CSV into draft
  ``events.csv`` rows (:func:`write_events`) and the places they add.

Every importer validates where data enters: junk input raises one
:class:`~geomap.errors.InputError` listing each bad line with its field and
a fix.
"""

from .acled import AcledImport, read_acled, write_events
from .geonames import read_geonames, write_places

__all__ = ["AcledImport", "read_acled", "read_geonames", "write_events", "write_places"]
