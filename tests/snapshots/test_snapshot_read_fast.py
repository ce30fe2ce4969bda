"""The GEOS path for GeoJSON FeatureCollections gives what GDAL gives, or declines."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely
from snapshot_fixtures import PATTERN, bow_tie, feature, write

from geomap.snapshots import load_snapshots
from geomap.snapshots._pieces import PieceCache
from geomap.snapshots.read import read_geojson_geometries, read_raw

CYTERAT = Path(__file__).resolve().parents[3] / "shared" / "data" / "deepstate-cyterat"

SQUARE = {"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 51], [30, 50]]]}
HOLED = {
    "type": "Polygon",
    "coordinates": [
        [[30, 50], [32, 50], [32, 52], [30, 52], [30, 50]],
        [[30.5, 50.5], [30.5, 51.5], [31.5, 51.5], [31.5, 50.5], [30.5, 50.5]],
    ],
}
MULTI = {
    "type": "MultiPolygon",
    "coordinates": [SQUARE["coordinates"], [[[33, 50], [34, 50], [34, 51], [33, 50]]]],
}
WITH_Z = {"type": "Polygon", "coordinates": [[[30, 50, 0], [31, 50, 0], [31, 51, 0], [30, 50, 0]]]}
COLLECTION = {
    "type": "GeometryCollection",
    "geometries": [SQUARE, {"type": "Point", "coordinates": [30.1, 50.2]}],
}
LINE = {"type": "LineString", "coordinates": [[30, 50], [31.123456789012345, 50.987654321]]}
CRS84 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}}


def _fc(*geoms, head=None, **extra):
    doc = {"type": "FeatureCollection", **(head or {})}
    doc["features"] = [{"type": "Feature", "properties": {"x": 1}, "geometry": g} for g in geoms]
    doc.update(extra)
    return doc


@pytest.mark.parametrize(
    "doc",
    [
        _fc(SQUARE),
        _fc(SQUARE, HOLED, MULTI, WITH_Z, COLLECTION, LINE),
        _fc(MULTI, head={"name": "x", "crs": CRS84}),
        _fc(SQUARE, head={"name": 'a "features": [ in a name'}),
    ],
    ids=["one", "every-shape", "crs84-header", "odd-name"],
)
@pytest.mark.parametrize("indent", [None, 1])
def test_same_geometries_as_gdal(tmp_path, doc, indent):
    path = tmp_path / "a.geojson"
    path.write_text(json.dumps(doc, indent=indent), encoding="utf-8")
    fast = read_geojson_geometries(path)
    assert fast is not None
    meta, _fids, wkb, _fields = pyogrio.raw.read(path, columns=[])
    assert fast.crs == meta["crs"]
    assert shapely.to_wkb(fast.geoms).tolist() == list(wkb)
    via_read_raw = read_raw(path, [])[0]
    assert shapely.to_wkb(via_read_raw.geoms).tolist() == list(wkb)


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(_fc(SQUARE, None)),  # a null geometry
        json.dumps(_fc()),  # no feature
        json.dumps(
            _fc(SQUARE, head={"crs": {"type": "name", "properties": {"name": "EPSG:3857"}}})
        ),
        json.dumps(_fc(SQUARE, crs=CRS84)),  # a "crs" after the features
        json.dumps({"features": [], "type": "FeatureCollection"}),  # type not first
        json.dumps({"type": "Feature", "properties": {}, "geometry": SQUARE}),
        json.dumps(_fc({"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51]]]})),
        "not json",
        '{"type": "FeatureCollection", "features": [',
    ],
    ids=[
        "null-geometry",
        "empty",
        "projected",
        "crs-later",
        "type-later",
        "feature",
        "open-ring",
        "text",
        "truncated",
    ],
)
def test_declines_what_gdal_must_read(tmp_path, text):
    path = tmp_path / "a.geojson"
    path.write_text(text, encoding="utf-8")
    assert read_geojson_geometries(path) is None


def test_columns_go_through_gdal(tmp_path):
    path = tmp_path / "a.geojson"
    path.write_text(json.dumps(_fc(SQUARE)), encoding="utf-8")
    raw, err = read_raw(path, ["x"])
    assert err is None and raw.fields["x"].tolist() == [1]


# --------------------------------------------------------------------------- pieces parsed once
def _same_as_geos(cache: PieceCache, text: bytes) -> None:
    mine = cache.geometries(text)
    assert mine is not None
    want = shapely.get_parts(shapely.from_geojson(text))
    assert shapely.to_wkb(np.asarray(mine, dtype=object)).tolist() == shapely.to_wkb(want).tolist()


def _days(n: int, seed: int) -> list[dict]:
    """A MultiPolygon with a hole whose front moves a little each day, and a second feature."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 2 * np.pi, 200)[:-1]
    base = np.column_stack([30 + 2 * np.cos(t), 48 + np.sin(t)])
    docs = []
    for _ in range(n):
        k = rng.integers(0, len(base) - 8)
        base[k : k + 5] += rng.normal(0, 0.01, (5, 2))
        shell = np.vstack([base, base[:1]]).round(6).tolist()
        hole = [[30.1, 48.1], [30.1, 48.2], [30.2, 48.2], [30.1, 48.1]]
        island = [[[35, 45], [35.5, 45], [35, 45.5], [35, 45]]]
        docs.append(_fc({"type": "MultiPolygon", "coordinates": [[shell, hole], island]}, SQUARE))
    return docs


@pytest.mark.parametrize(
    "dumps",
    [
        lambda d: json.dumps(d),
        lambda d: json.dumps(d, indent=2),
        lambda d: json.dumps(d, separators=(",", ":")),
        lambda d: json.dumps(d).replace(", [", ",\r\n\t[").replace("]", " ]"),
    ],
    ids=["plain", "indented", "compact", "odd-spacing"],
)
def test_pieces_give_geos_geometries_day_after_day(dumps):
    cache = PieceCache()
    for doc in _days(6, seed=1):
        _same_as_geos(cache, dumps(doc).encode())


@pytest.mark.parametrize(
    "numbers",
    [
        ("-0", "0"),
        ("-0.0", "1E+2"),
        ("1e-7", "-12.5e1"),
        ("9007199254740993", "12345678901234567890123"),
        ("0.1", "-179.99999999999997"),
        ("2.2250738585072014e-308", "4.9e-324"),
    ],
)
def test_pieces_read_numbers_as_geos(numbers):
    x, y = numbers
    ring = f"[[{x}, {y}], [1, 0], [1, 1], [{x}, {y}]]"
    text = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
        f'"geometry": {{"type": "Polygon", "coordinates": [{ring}]}}}}]}}'
    )
    _same_as_geos(PieceCache(), text.encode())


_POLY = '{"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [31, 51], [30, 50]]]}'


def _one(geometry: str, properties: str = "{}", feature: str = "") -> bytes:
    return (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", '
        f'"properties": {properties}, "geometry": {geometry}{feature}}}]}}'
    ).encode()


@pytest.mark.parametrize(
    "text",
    [
        _one(_POLY.replace("[30, 50]]]", "[30, 50.5]]]")),  # not closed
        _one('{"type": "Polygon", "coordinates": [[[30, 50], [31, 50], [30, 50]]]}'),  # short
        _one('{"type": "Polygon", "coordinates": []}'),
        _one('{"type": "Polygon", "coordinates": [[]]}'),
        _one('{"type": "MultiPolygon", "coordinates": [[]]}'),
        _one(_POLY.replace("[31, 50]", "[31, 50, 7]")),  # a third number
        _one(_POLY.replace("[31, 50]", "[31]")),
        _one(_POLY.replace("[31, 50]", "[31, 50],")),  # trailing comma
        _one(_POLY.replace("[31, 50]", "[31, 50] [1, 2]")),  # no comma
        _one(_POLY.replace("[31, 50]", "[[31, 50]]")),  # too deep
        _one(_POLY.replace("[[[30, 50]", "[[30, 50")),  # too shallow
        _one(_POLY.replace("31, 50", "31, +50")),
        _one(_POLY.replace("31, 50", "31, .5")),
        _one(_POLY.replace("31, 50", "31, 050")),
        _one(_POLY.replace("31, 50", "31., 50")),
        _one(_POLY.replace("31, 50", "31, 1e400")),  # overflows
        _one(_POLY.replace("31, 50", "31, NaN")),
        _one(_POLY.replace("31, 50", "31,\f50")),  # not JSON whitespace
        _one(_POLY.replace("Polygon", "MultiPolygon")),  # a Polygon's depth
        _one(_POLY.replace('"Polygon"', '"LineString"')),
        _one(_POLY.replace('"type": "Polygon", ', "")),
        _one(_POLY.replace('"type": "Polygon"', '"type": "Polygon", "type": "Polygon"')),
        _one(_POLY.replace('"type": "Polygon"', '"type": "Polygon", "bbox": [30, 50, 31, 51]')),
        _one(_POLY, properties='{"coordinates": [[1, 2]]}'),  # a second array of that name
        _one(_POLY, properties='{"note": "\\u0001"}'),
        _one(_POLY, feature=', "geometry": null'),  # a member twice
        _one(_POLY)[:-2],  # truncated
        _one(_POLY).replace(b'"Feature"', b'"Thing"'),
        # properties Python's json reads and GEOS's reader refuses
        _one(_POLY, properties='{"v": NaN}'),
        _one(_POLY, properties='{"v": -Infinity}'),
        _one(_POLY, properties='{"v": 1e400}'),
        _one(_POLY, properties='{"v": "\\ud800"}'),  # a lone surrogate escape
        _one(_POLY, properties='{"v": "x"}').replace(b'"x"', b'"\xed\xa0\x80"'),  # its bytes
        # nested past Python's recursion limit: declined (GEOS reads it), never a crash
        _one(_POLY, properties='{"v": ' + "[" * 5000 + "]" * 5000 + "}"),
    ],
)
def test_pieces_decline_what_they_do_not_read_as_geos(tmp_path, text):
    assert PieceCache().geometries(text) is None
    path = tmp_path / "a.geojson"
    path.write_bytes(text)
    # the file is then read as without the cache: by GEOS, or declined for GDAL
    with_cache = read_geojson_geometries(path, pieces=PieceCache())
    without = read_geojson_geometries(path)
    assert (with_cache is None) == (without is None)
    if without is not None:
        assert shapely.to_wkb(with_cache.geoms).tolist() == shapely.to_wkb(without.geoms).tolist()


def test_a_piece_cache_is_used_by_read_raw(tmp_path):
    path = tmp_path / "a.geojson"
    path.write_bytes(_one(_POLY))
    cache = PieceCache()
    raw, err = read_raw(path, [], pieces=cache)
    assert err is None and raw.crs == "EPSG:4326"
    assert cache._index  # the pieces were parsed here, not by GEOS
    assert raw.geoms[0].wkt == "POLYGON ((30 50, 31 50, 31 51, 30 50))"


@pytest.mark.skipif(not CYTERAT.is_dir(), reason="../shared/data (DeepState) not present")
def test_pieces_give_geos_geometries_on_deepstate_files():
    cache = PieceCache()
    files = sorted(CYTERAT.glob("*/deepstatemap_data_*.geojson"))
    assert len(files) >= 60
    for path in files:
        _same_as_geos(cache, path.read_bytes())


def _series_outputs(series) -> dict:
    return {
        "units": [shapely.to_wkb(g) for g in series._geoms[:, 0]],
        "features": shapely.to_wkb(np.asarray(series.features.geometry.values)).tolist(),
        "held": series._held.tolist(),
        "flags": [repr(f) for f in series.flags],
        "problems": [repr(p) for p in series.problems],
    }


@pytest.mark.parametrize("on_invalid", ["warn", "fix"])
def test_a_series_read_by_pieces_is_the_series_geos_reads(tmp_path, monkeypatch, on_invalid):
    """Clipped to an area of interest: an invalid feature on two days (reported on both), a
    valid day after it, a polygon on the area's outline, a front moving across the outline."""
    bad = bow_tie(30.5, 50.5)
    on_outline = shapely.box(29.0, 50.0, 29.5, 50.5)  # its west edge on the AOI's
    days = [
        [bad, shapely.box(31.5, 50.0, 32.5, 50.5)],
        [bad, shapely.box(31.5, 50.0, 32.6, 50.5)],
        [shapely.MultiPolygon([shapely.box(31.4, 50.0, 32.6, 50.5), on_outline])],
        [shapely.MultiPolygon([shapely.box(31.3, 50.0, 32.7, 50.6), on_outline])],
    ]
    for n, geoms in enumerate(days, 1):
        write(tmp_path, f"snap_2024-01-{n:02d}.geojson", [feature(g) for g in geoms])

    def load():
        return load_snapshots(
            tmp_path,
            pattern=PATTERN,
            actor_rule={"by": "constant", "actor": "red"},
            aoi=(29.0, 49.0, 32.0, 52.0),
            on_invalid=on_invalid,
        )

    read = []
    geometries = PieceCache.geometries
    monkeypatch.setattr(
        PieceCache,
        "geometries",
        lambda self, text: read.append(geometries(self, text)) or read[-1],
    )
    series = load()
    assert len(read) == len(days)
    assert all(r is not None for r in read)  # every day was read by pieces, none left to GEOS
    monkeypatch.setattr(PieceCache, "geometries", lambda self, text: None)  # GEOS reads all
    geos = load()
    by_pieces, by_geos = _series_outputs(series), _series_outputs(geos)
    assert by_pieces == by_geos
    pd.testing.assert_frame_equal(series.ledger(by="day"), geos.ledger(by="day"), check_exact=True)
    invalid = [p for p in by_pieces["problems"] if "invalid Polygon" in p]
    assert len(invalid) == 2 and "01-01" in invalid[0] and "01-02" in invalid[1]


def test_a_member_nested_past_the_recursion_limit_before_the_features_is_no_crash(tmp_path):
    """The fast path's head (the members before "features") declines: the file gets the
    reader's own message (GEOS: nesting too deep), not a RecursionError, cache or not."""
    text = _one(_POLY).replace(
        b'"features"', b'"meta": ' + b"[" * 5000 + b"]" * 5000 + b', "features"', 1
    )
    path = tmp_path / "a.geojson"
    path.write_bytes(text)
    outcomes = []
    for pieces in (None, PieceCache()):
        raw, err = read_raw(path, [], pieces=pieces)
        outcomes.append((raw is None, err))
    assert outcomes[0] == outcomes[1]
    assert outcomes[0][1] and "nesting too deep" in outcomes[0][1]
