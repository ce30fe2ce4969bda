"""Exports: GeoPackage and GeoJSON (:mod:`.gpkg`), GeoParquet (:mod:`.parquet`), and a
PostGIS team store (:mod:`.postgis`; read back by ``geomap.load_theatre("postgresql://...")``).

Every export writes the same layers — places, events, control (one row per actor and
validity interval, ``valid_from`` inclusive, ``valid_to`` exclusive) and the ledger — with
the assumptions the figures were computed under, and areas as computed (never recomputed).
"""

from .gpkg import export_geojson, export_gpkg
from .parquet import export_parquet
from .postgis import export_postgis

__all__ = ["export_gpkg", "export_geojson", "export_parquet", "export_postgis"]
