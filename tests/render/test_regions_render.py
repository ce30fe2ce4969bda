"""Front line and region outlines on date maps; gains per region on the index."""

import shutil
from pathlib import Path

import geopandas as gpd
import shapely

from geomap.render import date_map, index_html
from geomap.render._regions import choropleth_svg
from geomap.theatre import load_theatre

DATA = Path(__file__).parents[1] / "data"


def _theatre(tmp_path, *, regions: bool) -> object:
    """tests/data/three with a and b 6 km apart (their cells meet), optionally with two regions."""
    folder = tmp_path / "pair"
    shutil.copytree(DATA / "three", folder)
    places = (folder / "places.csv").read_text().replace("34.25,38.5,", "34.25,38.265,")
    (folder / "places.csv").write_text(places)
    if regions:
        gpd.GeoDataFrame(
            {"name": ["West <script>alert(1)</script>", "East"]},
            geometry=[shapely.box(38.0, 34.0, 38.5, 34.5), shapely.box(38.5, 34.0, 39.0, 34.5)],
            crs=4326,
        ).to_file(folder / "regions.geojson")
        toml = folder / "theatre.toml"
        toml.write_text(toml.read_text() + '\n[regions]\npath = "regions.geojson"\n')
    return load_theatre(folder)


def test_date_map_draws_the_front_line(tmp_path):
    th = _theatre(tmp_path, regions=False)
    html = date_map(th, "2020-01-01", assets="assets/").get_root().render()
    assert "front line" in html and "L.polyline" in html
    assert "Front: Alpha | Bravo" in html and "km (geodesic)" in html
    # once A holds both cells there is no front, and no layer control either
    html = date_map(th, "2020-01-03", assets="assets/").get_root().render()
    assert "Front: Alpha" not in html and "L.control.layers" not in html


def test_region_outlines_are_an_optional_layer_and_names_are_escaped(tmp_path):
    th = _theatre(tmp_path, regions=True)
    html = date_map(th, "2020-01-03", assets="assets/").get_root().render()
    assert '"regions"' in html and "L.control.layers" in html
    assert "<script>alert(1)</script>" not in html


def test_index_has_gains_per_region(tmp_path):
    th = _theatre(tmp_path, regions=True)
    dates = th.map_dates("event")
    html = index_html(th, dates)
    assert "Gains per region" in html and "<svg" in html
    assert "km² gained by Alpha" in html
    assert "West &lt;script&gt;" in html and "<script>alert(1)</script>" not in html
    # without regions: no section
    assert "Gains per region" not in index_html(_theatre(tmp_path / "b", regions=False), dates)


def test_choropleth_shades_by_value():
    svg = choropleth_svg(
        ["a", "b"],
        [shapely.box(0, 0, 1, 1), shapely.box(1, 0, 2, 1)],
        [10.0, 0.0],
        color="#d62728",
        title="gained",
    )
    assert svg.count("<path") == 2
    assert 'fill="#d62728" fill-opacity="1.00"' in svg and 'fill="#ffffff"' in svg
    assert "a: 10" in svg


def test_front_and_region_names_are_never_run_as_templates(tmp_path):
    # branca compiles the rendered text of folium's own elements as a new Jinja template:
    # a name with "{{ ... }}" would run as Python; the line layers add their text verbatim
    th = _theatre(tmp_path, regions=True)
    names = th.regions.names
    names[0] = "West {{ 7 * 191 }}"
    th.actors.loc[0, "name"] = "Alpha {{ 6 * 7 }}"
    html = date_map(th, "2020-01-01", assets="assets/").get_root().render()
    assert "{{ 7 * 191 }}" in html and "1337" not in html
    assert "Alpha {{ 6 * 7 }}" in html and "Alpha 42" not in html
