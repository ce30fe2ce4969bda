"""Defined outcomes for awkward input: outside the AOI, drawn areas, idle actors, the antimeridian."""

import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely

from geomap import load_theatre
from geomap.areas import area_km2, geodesic_area_km2
from geomap.crs import equal_area_crs
from geomap.inputs import load_inputs
from geomap.territory import tessellate

DATA = Path(__file__).parent / "data"


@pytest.fixture
def three(tmp_path):
    dst = tmp_path / "three"
    shutil.copytree(DATA / "three", dst)
    return dst


def _events(folder, rows):
    (folder / "events.csv").write_text(
        "date,place,geometry,to_actor,from_actor,source\n" + "\n".join(rows) + "\n"
    )


def test_event_at_a_place_outside_the_aoi_is_applied_with_no_territory(three):
    with open(three / "places.csv", "a") as fh:
        fh.write("far,Far Town,,36.0,40.0,town,test\n")
    _events(three, ["2020-01-03,far,,A,,test"])
    th = load_theatre(three)
    ev = th.event_ledger().iloc[0]
    assert ev["status"] == "applied"
    assert "outside the area of interest" in ev["reason"]
    assert ev["area_km2"] == 0


def test_drawn_area_wholly_outside_is_rejected_with_a_reason(three):
    _events(three, ['2020-01-03,,"POLYGON ((40 36, 40.1 36, 40.1 36.1, 40 36))",A,,test'])
    th = load_theatre(three)
    ev = th.event_ledger().iloc[0]
    assert ev["status"] == "rejected"
    assert "wholly outside the area of interest" in ev["reason"]
    assert any("event rejected" in p.message for p in th.check())


def test_drawn_area_partly_outside_is_clipped_and_says_so(three):
    _events(
        three,
        ['2020-01-03,,"POLYGON ((38.9 34.1, 39.1 34.1, 39.1 34.2, 38.9 34.2, 38.9 34.1))",C,,test'],
    )
    th = load_theatre(three)
    ev = th.event_ledger().iloc[0]
    inside = geodesic_area_km2(shapely.box(38.9, 34.1, 39.0, 34.2))
    assert ev["status"] == "applied" and "clipped to the area of interest" in ev["reason"]
    assert ev["area_km2"] == pytest.approx(inside, rel=1e-6)


def test_actor_that_holds_nothing_is_a_warning_and_a_zero_row(three):
    with open(three / "actors.csv", "a") as fh:
        fh.write("D,Delta,,#9467bd\n")
    t = load_inputs(three)
    assert any(
        p.field == "id" and "'D' holds nothing" in p.message and not p.is_error for p in t.problems
    )
    led = load_theatre(three).ledger(by="total")
    assert led.loc[
        led["actor"] == "D", ["gained_km2", "lost_km2", "held_km2"]
    ].to_numpy().tolist() == [[0, 0, 0]]


def test_from_actor_contradicting_the_state_is_applied_and_reported(three):
    _events(three, ["2020-01-03,b,,A,C,test"])
    th = load_theatre(three)
    assert th.event_ledger().iloc[0]["status"] == "applied"
    assert any(p.field == "from_actor" and "was held by 'B'" in p.message for p in th.check())


def test_antimeridian_aoi_tessellates_exactly():
    aoi = shapely.MultiPolygon([shapely.box(179, -17, 180, -16), shapely.box(-180, -17, -179, -16)])
    crs = equal_area_crs(aoi)
    t = tessellate(aoi, np.array([179.5, -179.5]), np.array([-16.5, -16.5]), radius_km=60, crs=crs)
    a = area_km2(t.faces, crs=crs)
    reference = sum(geodesic_area_km2(g) for g in aoi.geoms)
    assert a.sum() == pytest.approx(reference, rel=1e-6)
    assert a[t.place_faces[0]].sum() == pytest.approx(
        a[t.place_faces[1]].sum(), rel=1e-6
    )  # symmetric
    assert shapely.coverage_is_valid(t.faces)


@pytest.mark.parametrize("n", [0, 1])
def test_empty_and_single_place(n):
    aoi = shapely.box(38.0, 34.0, 39.0, 34.5)
    crs = equal_area_crs(aoi)
    lon, lat = np.array([38.5][:n]), np.array([34.25][:n])
    t = tessellate(aoi, lon, lat, radius_km=10, crs=crs)
    a = area_km2(t.faces, crs=crs)
    assert a.sum() == pytest.approx(geodesic_area_km2(aoi), rel=1e-6)
    assert (t.face_place >= 0).sum() == n


def test_duplicate_locations_give_the_cell_to_the_first():
    aoi = shapely.box(38.0, 34.0, 39.0, 34.5)
    crs = equal_area_crs(aoi)
    t = tessellate(
        aoi, np.array([38.5, 38.5, 38.2]), np.array([34.25, 34.25, 34.25]), radius_km=10, crs=crs
    )
    assert len(t.place_faces[0]) and not len(t.place_faces[1]) and len(t.place_faces[2])


def test_place_with_an_extent_owns_exactly_it(three):
    extent = shapely.box(38.1, 34.15, 38.3, 34.35)  # around place a (38.2, 34.25)
    (three / "areas.geojson").write_text(
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"place": "a"}, '
        f'"geometry": {shapely.to_geojson(extent)}}}]}}'
    )
    th = load_theatre(three)
    held = th.control("2020-01-01").set_index("actor")["area_km2"]
    assert held["A"] == pytest.approx(geodesic_area_km2(extent), rel=1e-6)  # not its 5 km cell
    b_cell = th.control("2020-01-01").set_index("actor").loc["B", "area_km2"]
    assert b_cell > 0
