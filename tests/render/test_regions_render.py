"""Front line and region outlines on date maps; gains per region on the index."""

import datetime as dt
import json
import math
import re
import shutil
from pathlib import Path

import geopandas as gpd
import pytest
import shapely

from geomap.render import date_map, index_html
from geomap.render._escape import format_km2
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
    # land outside every region is the row the note says it is, even where nothing moved there
    assert '<tr><td>(outside every region)</td><td class="gm-who">unassigned</td>' in html
    km2 = re.search(
        r"land outside every region: ([\d,.]+) km², listed as the region \(outside", html
    )
    assert km2 and re.fullmatch(r"[\d,]+\.\d", km2.group(1))  # as the ledger prints km²
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


# ----------------------------------------------------------------------------- rate of advance
def _rate_lines(html: str) -> dict[str, list[float]]:
    """Each rate polyline's actor name (its title) and data-values."""
    import re

    found = re.findall(
        r'<polyline class="gm-rate" points="[^"]*" fill="none" stroke="[^"]*" '
        r'stroke-width="2.2" data-values="([^"]*)"><title>([^<]*)</title>',
        html,
    )
    # an empty value: no rate that day (its window not full yet)
    return {
        name: [float(v) if v else float("nan") for v in values.split(",")] for values, name in found
    }


def _wide_charts(html: str) -> list[str]:
    """The index's wide charts (held area, then rate), not the phone's copies."""
    import re

    return re.findall(r'<div class="gm-wide gm-chart">(<svg\b.*?</svg>)', html, flags=re.S)


def test_index_charts_the_rate_of_advance_as_rates_py_computes_it(tmp_path):
    from geomap.rates import index_rates, rolling_rates

    th = _theatre(tmp_path, regions=False)
    dates = th.map_dates("event")
    rates = index_rates(th, 2, {"start": "2020-01-01", "end": "2020-01-05"})
    html = index_html(th, dates, start="2020-01-01", end="2020-01-05", rates=rates)
    # the held chart: one step line per actor, drawn wide and for a phone
    assert html.count('class="gm-series"') == 2 * 3
    lines = _rate_lines(_wide_charts(html)[1])
    assert sorted(lines) == ["Alpha", "Bravo", "Charlie"]  # one rate line per actor
    expected = rolling_rates(
        th, 2, start=dt.date(2020, 1, 1), end=dt.date(2020, 1, 5), first_day=th.snapshot_date
    )
    names = dict(zip(th.actors["id"], th.actors["name"], strict=True))
    for actor, name in names.items():
        mine = expected[expected["actor"] == actor].sort_values("date")
        assert len(lines[name]) == len(mine) == 5  # one point per day
        assert lines[name] == pytest.approx(mine["net_km2_per_day"].tolist(), abs=5e-4, nan_ok=True)
        # 1 Jan, the snapshot's day, has 1 day of data of the window's 2: empty, not drawn
        assert math.isnan(lines[name][0]) and not any(math.isnan(v) for v in lines[name][1:])
    # A takes b's cell on 3 Jan: a positive rate for A, a negative one for B
    drawn = {name: [v for v in values if not math.isnan(v)] for name, values in lines.items()}
    assert max(drawn["Alpha"]) > 1 and min(drawn["Bravo"]) < -1
    assert "Net km² per day over the 2 days ending on each day" in html
    assert (
        "Until 2 days of data have passed (the data starts on 2020-01-01) the rate is left empty"
        in html
    )
    # the drawn lines start at the first full window: 4 points, not 5
    points = re.findall(r'<polyline class="gm-rate" points="([^"]*)"', _wide_charts(html)[1])
    assert [len(p.split()) for p in points] == [4, 4, 4]
    # without rates: no chart
    assert "gm-rate" not in index_html(th, dates)


def test_the_held_and_rate_charts_share_one_time_axis_to_the_range_end(tmp_path):
    """A new user read the two stacked charts across (stop 45): the held chart ended at the
    last map date, the rate chart at the range's end, so one day sat at two x positions."""
    import re

    from geomap.rates import index_rates

    th = _theatre(tmp_path, regions=False)
    # maps up to 3 Jan, the range to 5 Jan: C takes c and draws an area on 5 Jan
    dates = [d for d in th.map_dates("event") if d <= dt.date(2020, 1, 3)]
    rates = index_rates(th, 2, {"start": "2020-01-01", "end": "2020-01-05"})
    html = index_html(th, dates, start="2020-01-01", end="2020-01-05", rates=rates)
    held_svg, rate_svg = _wide_charts(html)
    assert 'class="gm-series"' in held_svg and 'class="gm-rate"' in rate_svg

    def ticks(svg):
        return dict(
            re.findall(r'<text x="([\d.]+)" y="[\d.]+" text-anchor="middle">([\d-]+)<', svg)
        )

    held_ticks, rate_ticks = ticks(held_svg), ticks(rate_svg)
    assert held_ticks == rate_ticks  # the same days at the same x
    assert max(held_ticks.values()) == "2020-01-05"
    # the held chart's key gives the ledger's held area at the range's end, changes after the
    # last map date counted
    ledger = th.ledger(by="total", start="2020-01-01", end="2020-01-05")
    assert ledger.loc[ledger["actor"] == "C", "gained_km2"].item() > 0
    actors = ledger[ledger["actor"].isin(th.actors["id"])]  # unassigned land is not charted
    for name, km2 in zip(actors["actor_name"], actors["held_km2"], strict=True):
        assert f"<title>{name}</title>" in held_svg
        assert format_km2(km2) in held_svg
    # without a range past the last map, the axis ends at the last map date, as before
    alone = index_html(th, dates)
    held_alone = _wide_charts(alone)[0]
    assert max(ticks(held_alone).values()) == dates[-1].isoformat()


def test_a_phones_charts_draw_the_same_lines_with_their_key_in_html(tmp_path):
    """Stop 47's new user: on a phone the wide charts scrolled sideways and showed their key
    and a sliver of plot. The phone's copies draw the same lines on the same days, plot only,
    and the key (each side's name and last figure) is HTML under them."""
    import html as html_mod
    import re

    from geomap.rates import index_rates

    th = _theatre(tmp_path, regions=False)
    dates = th.map_dates("event")
    rates = index_rates(th, 2, {"start": "2020-01-01", "end": "2020-01-05"})
    page = index_html(th, dates, start="2020-01-01", end="2020-01-05", rates=rates)
    narrow = re.findall(
        r'<div class="gm-chart-narrow">(<svg\b.*?</svg>)\s*<ul class="gm-chart-key">(.*?)</ul>',
        page,
        flags=re.S,
    )
    assert len(narrow) == 2  # held area, rate of advance
    for wide, (svg, key) in zip(_wide_charts(page), narrow, strict=True):
        assert 'width="370"' in svg

        # the same lines (names and, for rates, values); no key inside the plot
        def titles(s):
            return re.findall(r"<polyline [^>]*><title>([^<]*)</title>", s)

        assert titles(svg) == titles(wide) == ["Alpha", "Bravo", "Charlie"]
        assert re.findall(r'data-values="([^"]*)"', svg) == re.findall(
            r'data-values="([^"]*)"', wide
        )
        assert 'text-anchor="end">' not in svg.split("</polyline>")[-1]  # nothing after the lines
        # the key: each name with the figure the wide chart's key gives it
        items = [
            " ".join(html_mod.unescape(re.sub(r"<[^>]+>", " ", li)).split())
            for li in re.findall(r"<li>(.*?)</li>", key, flags=re.S)
        ]
        figures = re.findall(r'<text x="[\d.]+" y="[\d.]+" text-anchor="end">([^<]*)</text>', wide)
        figures = [html_mod.unescape(f) for f in figures if "km²" in f or f == "–"]
        assert items == [
            f"{n} {f}" for n, f in zip(["Alpha", "Bravo", "Charlie"], figures, strict=True)
        ]

        # the first and last day of the shared time axis on both
        def days(s):
            return re.findall(r'text-anchor="middle">(\d{4}-\d{2}-\d{2})<', s)

        assert (
            (days(svg)[0], days(svg)[-1])
            == (days(wide)[0], days(wide)[-1])
            == ("2020-01-01", "2020-01-05")
        )


def test_write_maps_charts_the_rate_unless_told_not_to(tmp_path):
    from geomap.rates import index_rates

    th = _theatre(tmp_path, regions=False)
    th.write_maps(tmp_path / "maps", rolling=2, start="2020-01-03", end="2020-01-03")
    html = (tmp_path / "maps" / "index.html").read_text(encoding="utf-8")
    assert len(_rate_lines(html)) == 3 and "over the 2 days" in html
    # a window longer than the data: no line (not one gain divided by 3 days), and why
    th.write_maps(tmp_path / "maps7", rolling=7, start="2020-01-03", end="2020-01-03")
    html = (tmp_path / "maps7" / "index.html").read_text(encoding="utf-8")
    assert _rate_lines(html) == {} and "over the 7 days" in html
    assert "No day of this range has a full window yet." in html
    assert index_rates(th, None, {}) is None  # rolling=None: no table, so no chart


def test_timeline_draws_the_front_per_date_in_its_chunks(tmp_path):
    from render_helpers import decode_geometry, timeline_data

    from geomap.render._timeline import timeline_page

    th = _theatre(tmp_path, regions=False)
    m, files = timeline_page(th, chunk_folder="timeline")
    data = timeline_data(m.get_root().render())
    line = data["line_style"]
    assert line == len(data["styles"]) - 1 and data["names"][line] == "Front line"
    assert data["styles"][line]["fill"] is False
    fronts = [f for f in data["features"] if f[0] == line]
    # A and B meet until A takes b on 3 January: one line, shown from the first day until then
    cut = data["dates"].index("2020-01-03")
    assert [(f[1], f[2]) for f in fronts] == [(0, cut)]
    chunk, j = fronts[0][3], fronts[0][4]
    text = files[f"timeline/chunk-{chunk:04d}.js"]
    geoms = json.loads(text[text.index(",") + 1 : text.rindex(")")])
    pts = [
        p
        for part in decode_geometry(geoms[j], int(math.log10(data["scale"])))
        for r in part
        for p in r
    ]
    want = th.front("2020-01-01").geometry.iloc[0]
    assert shapely.LineString(pts).hausdorff_distance(want) < 1e-3  # the front, simplified


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


# ----------------------------------------------------------------------------- region names
@pytest.mark.parametrize(
    ("names", "labelled", "key"),
    [
        # a region wide enough for its name carries it; a narrow one gets a number in the key
        (["Big region", "Thin"], ["Big region", "1"], ["1 Thin"]),
        # hostile names: escaped text, in the label and in the key
        (
            ["<b>bold</b>", "<script>x</script>"],
            ["&lt;b&gt;bold&lt;/b&gt;", "1"],
            ["1 &lt;script&gt;x&lt;/script&gt;"],
        ),
        # duplicate names: each region is labelled, neither dropped
        (["Same", "Same"], ["Same", "1"], ["1 Same"]),
    ],
)
def test_choropleth_names_its_regions(names, labelled, key):
    svg = choropleth_svg(
        names,
        [shapely.box(0, 0, 10, 5), shapely.box(10, 0, 10.2, 5)],
        [10.0, 0.0],
        color="#d62728",
        title="gained",
    )
    group = re.search(r'<g class="gm-region-labels"[^>]*>(.*?)</g>', svg)
    assert group, "no region labels"
    assert re.findall(r"<text[^>]*>([^<]*)</text>", group.group(1)) == labelled
    after = svg[group.end() :]
    assert all(entry in after for entry in key)
    assert "<script>" not in svg and "<b>" not in svg


def test_choropleth_without_small_regions_has_no_key():
    svg = choropleth_svg(
        ["West", "East"],
        [shapely.box(0, 0, 5, 5), shapely.box(5, 0, 10, 5)],
        [1.0, 2.0],
        color="#d62728",
        title="gained",
    )
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert texts[:2] == ["West", "East"] and len(texts) == 3  # two names, the title line
