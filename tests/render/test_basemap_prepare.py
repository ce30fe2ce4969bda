"""The basemap's outlines prepared for a zoom band (_basemap._prepare), in one pass."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from geomap.render._basemap import _prepare


def _one_by_one(geoms: np.ndarray, tolerance: float) -> list:
    """The outline-by-outline loop _prepare replaced (the reference)."""
    out = []
    for geom in geoms:
        if geom is None or shapely.is_empty(geom):
            out.append(shapely.Polygon())
            continue
        parts = shapely.get_parts(geom)
        parts = parts[shapely.get_type_id(parts) == 3]
        b = shapely.bounds(parts).reshape(-1, 4)
        parts = parts[np.maximum(b[:, 2] - b[:, 0], b[:, 3] - b[:, 1]) >= 2 * tolerance]
        simple = shapely.get_parts(shapely.simplify(parts, tolerance, preserve_topology=False))
        simple = simple[(shapely.get_type_id(simple) == 3) & ~shapely.is_empty(simple)]
        out.append(shapely.multipolygons(simple) if len(simple) else shapely.Polygon())
    return out


def _outlines(seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    geoms = [None, shapely.Polygon(), shapely.Point(1, 1)]
    for _ in range(12):
        x, y = rng.uniform(-50, 50, 2)
        boxes = [
            shapely.box(x + dx, y + dy, x + dx + w, y + dy + w)
            for dx, dy, w in rng.uniform([-3, -3, 0.001], [3, 3, 2], (rng.integers(1, 5), 3))
        ]
        ring = shapely.Point(x, y).buffer(rng.uniform(0.5, 3), 3)  # a jagged ring to simplify
        geoms.append(shapely.union_all([*boxes, ring]))
        geoms.append(shapely.GeometryCollection([boxes[0], shapely.LineString([(x, y), (0, 0)])]))
    rng.shuffle(geoms)
    return np.asarray(geoms, dtype=object)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("tolerance", [0.01, 0.3, 1.5])
def test_prepare_is_the_outline_by_outline_loop(seed, tolerance):
    geoms = _outlines(seed)
    got, want = _prepare(geoms, tolerance), _one_by_one(geoms, tolerance)
    assert len(got) == len(want)
    assert [shapely.to_wkb(g) for g in got] == [shapely.to_wkb(g) for g in want]
