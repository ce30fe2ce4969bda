"""The contested band of a Theatre: its coverage per holding, the ground it moves, its intervals.

Methods of :class:`geomap.Theatre` (a mixin over the theatre's engine:
``_engine``, ``_unions``, ``_label``, ``band_km``, ``crs``), kept in their own
room so that ``control()``, ``changes()``, ``intervals()`` and ``diff()``
share one rule for the band (``[model] contested_band_km``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import geopandas as gpd
import numpy as np
import shapely

from ..areas import area_km2
from ..territory import contested_band
from ._change import _BAND, _SLIVER_KM2, _interval_row, _intervals_frame, _polygonal

__all__ = ["BandMixin"]


class BandMixin:
    """``_band``, ``_coverage``, ``_band_moves`` and ``_band_intervals`` of a Theatre."""

    def _band(self, owner: np.ndarray) -> tuple[shapely.Geometry, list, np.ndarray]:
        """The contested band for a face holding: band, each actor's piece in it, their km²."""
        key = hashlib.blake2b(owner.astype(np.int32).tobytes(), digest_size=16).digest()
        hit = self._band_cache.get(key)
        if hit is None:
            everyone = self._unions.unions(owner, range(len(self.actors)))
            grounds = [everyone[k] for k in range(len(self.actors))]
            band, pieces = contested_band(grounds, self.band_km, self.crs)
            km2 = np.array(
                [float(area_km2([p], crs=self.crs)[0]) if not p.is_empty else 0.0 for p in pieces]
            )
            if len(self._band_cache) >= 512:
                self._band_cache.pop(next(iter(self._band_cache)))
            hit = self._band_cache[key] = (band, pieces, km2)
        return hit

    def _coverage(self, owner: np.ndarray) -> tuple[dict[int, Any], dict[int, float]]:
        """Each holder's ground and km² for a face holding, in legend order.

        Actors holding land (net of the contested band), then the band
        (holder ``_BAND``, with ``[model] contested_band_km``), then unassigned
        land (``-1``): a coverage of the area of interest.
        """
        eng = self._engine
        keys = [k for k in range(len(self.actors)) if (owner == k).any()]
        geoms = self._unions.unions(owner, [*keys, -1])
        areas = {k: float(eng.face_area[owner == k].sum()) for k in [*keys, -1]}
        if self.band_km is None:
            return geoms, areas
        band, pieces, km2 = self._band(owner)
        for k in keys:
            if km2[k] > 0:
                geoms[k] = shapely.difference(geoms[k], band)
                areas[k] -= km2[k]
        parts = [p for p in pieces if not p.is_empty]
        out_g = {k: geoms[k] for k in keys}
        out_a = {k: areas[k] for k in keys}
        out_g[_BAND] = shapely.union_all(parts) if parts else shapely.MultiPolygon()
        out_a[_BAND] = float(km2.sum())
        out_g[-1], out_a[-1] = geoms[-1], areas[-1]
        return out_g, out_a

    def _band_moves(self, o0: np.ndarray, o1: np.ndarray) -> list[tuple[int, int, Any, float]]:
        """``(from, to, geometry, km²)`` of ground that changed holder between two holdings,
        the contested band counted as a holder (``_BAND``)."""
        g0, _ = self._coverage(o0)
        g1, _ = self._coverage(o1)
        out = []
        for a, ga in g0.items():
            for b, gb in g1.items():
                if a == b or ga.is_empty or gb.is_empty or not shapely.intersects(ga, gb):
                    continue
                piece = _polygonal(shapely.intersection(ga, gb))
                km2 = float(area_km2([piece], crs=self.crs)[0]) if not piece.is_empty else 0.0
                if km2 > _SLIVER_KM2:
                    out.append((a, b, piece, km2))
        return out

    def _band_intervals(self, start: dt.date, end: dt.date) -> gpd.GeoDataFrame:
        """:meth:`intervals` with the contested band: one coverage per run of unchanged days."""
        log = self._engine.log
        s_ord, e_ord = start.toordinal(), end.toordinal()
        days = [s_ord, *np.unique(log.day[(log.day > s_ord) & (log.day <= e_ord)]).tolist()]
        rows = []
        for i, d0 in enumerate(days):
            d1 = days[i + 1] if i + 1 < len(days) else None
            geoms, areas = self._coverage(log.owners_at(d0))
            for k, geom in geoms.items():
                if areas[k] <= 0:
                    continue
                rows.append(_interval_row(self._label(k)[0], geom, areas[k], d0, d1))
        return _intervals_frame(rows)

    def _region_band(self, regs: Any, days: list[dt.date]) -> np.ndarray:
        """km² of each actor's band piece in each region (then outside every region), per day.

        Shape ``(len(days), actors, regions + 1)``: the ``band`` of
        :func:`geomap.regions.region_ledger`.
        """
        geoms = np.asarray(regs.geoms, dtype=object)
        inside = shapely.union_all(geoms)
        out = np.zeros((len(days), len(self.actors), len(geoms) + 1))
        for t, d in enumerate(days):
            _, pieces, km2 = self._band(self._owners(d))
            for k, piece in enumerate(pieces):
                if piece.is_empty:
                    continue
                parts = np.array(
                    [_polygonal(g) for g in shapely.intersection(piece, geoms)], dtype=object
                )
                full = ~shapely.is_empty(parts)
                if full.any():
                    out[t, k, :-1][full] = area_km2(parts[full], crs=self.crs)
                rest = _polygonal(shapely.difference(piece, inside))
                out[t, k, -1] = (
                    float(area_km2([rest], crs=self.crs)[0]) if not rest.is_empty else 0.0
                )
        return out
