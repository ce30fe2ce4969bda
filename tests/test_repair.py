"""geomap.repair: the one repair policy."""

import pytest
import shapely

from geomap.repair import (
    check_on_invalid,
    fixed_message,
    invalid_message,
    polygon_members,
    repair_polygon,
)

BOWTIE = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
OVERLAPPING = shapely.MultiPolygon([shapely.box(0, 0, 2, 2), shapely.box(1, 1, 3, 3)])
HOLE_IS_SHELL = shapely.Polygon(
    [(0, 0), (2, 0), (2, 2), (0, 2)], holes=[[(0, 0), (2, 0), (2, 2), (0, 2)]]
)


@pytest.mark.parametrize(
    "geom", [BOWTIE, OVERLAPPING, HOLE_IS_SHELL], ids=["bowtie", "overlap", "hole"]
)
@pytest.mark.parametrize("method", ["linework", "structure"])
def test_repairs_are_valid_polygons(geom, method):
    assert not geom.is_valid
    fixed = repair_polygon(geom, method=method)
    assert fixed.is_valid
    assert fixed.geom_type in ("Polygon", "MultiPolygon")


def test_the_two_methods_differ_where_parts_overlap():
    # linework keeps ground covered an odd number of times; structure unions the parts
    assert repair_polygon(OVERLAPPING).area == pytest.approx(6.0)
    assert repair_polygon(OVERLAPPING, method="structure").area == pytest.approx(7.0)
    assert repair_polygon(BOWTIE).equals(repair_polygon(BOWTIE, method="structure"))


def test_structure_leaves_an_empty_polygon_when_nothing_is_left():
    fixed = repair_polygon(HOLE_IS_SHELL, method="structure")
    assert fixed.geom_type == "Polygon" and fixed.is_empty


def test_unknown_method():
    with pytest.raises(ValueError, match="method must be 'linework' or 'structure'"):
        repair_polygon(BOWTIE, method="buffer0")


def test_polygon_members_of_nested_collections():
    gc = shapely.GeometryCollection(
        [shapely.MultiPolygon([shapely.box(0, 0, 1, 1)]), shapely.LineString([(0, 0), (1, 1)])]
    )
    polys, other = polygon_members(gc)
    assert [p.area for p in polys] == [1.0]
    assert other == {"LineString": 1}


def test_check_on_invalid_messages():
    check_on_invalid("warn")
    with pytest.raises(ValueError, match=r"^on_invalid must be 'raise', 'warn' or 'fix', not 'x'$"):
        check_on_invalid("x")
    with pytest.raises(ValueError, match=r"^on_invalid must be 'raise' or 'fix', not 'warn'$"):
        check_on_invalid("warn", ("raise", "fix"))


def test_report_texts():
    assert invalid_message("Ring Self-intersection[1 1]", subject="'palmyra'") == (
        "invalid polygon for 'palmyra': Ring Self-intersection[1 1]"
    )
    assert fixed_message("Self-intersection[1 1]") == (
        "invalid polygon (Self-intersection[1 1]); fixed with make_valid as asked"
    )
