"""Rendering without a browser: the element tree and normalised HTML of the pages."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import shapely
from fake_source import SSTI, XSS_ATTR, XSS_IMG, XSS_SCRIPT, XSS_TEMPLATE, big_source
from render_helpers import decode_geometry, embedded_json, is_remote, parse, timeline_data

from geomap.errors import InputError

RENDER = Path(__file__).resolve().parents[2] / "geomap" / "render"
DATES = ["2017-05-01", "2017-05-10", "2017-05-20", "2017-05-27"]
RAW_PAYLOADS = [
    "<img src=x onerror",
    "<svg onload",
    "<script>alert(",
    XSS_IMG,
    XSS_SCRIPT,
    XSS_ATTR,
]


def source_map_html(source, day: str) -> str:
    from geomap.render import date_map

    return date_map(source, day).get_root().render()


def _pages(written: dict) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in written["paths"]}


# -- the folder ------------------------------------------------------------------------------


def test_write_maps_file_names_come_from_dates(written):
    names = [p.name for p in written["paths"]]
    assert names == [f"{d}.html" for d in DATES] + ["index.html", "timeline.html"]
    on_disk = sorted(p.name for p in written["dir"].iterdir())
    assert on_disk == sorted([*names, "assets", "timeline"])  # timeline/: its geometry chunks
    assets = sorted(
        p.relative_to(written["dir"]).as_posix() for p in (written["dir"] / "assets").rglob("*")
    )
    assert "assets/leaflet.js" in assets and "assets/leaflet.css" in assets
    assert "assets/images/layers.png" in assets


def test_write_maps_reports_progress(written):
    calls = written["progress"]
    assert [c[0] for c in calls] == list(range(1, len(DATES) + 3))
    assert {c[1] for c in calls} == {len(DATES) + 2}
    assert [c[2] for c in calls] == written["paths"]


def test_write_maps_every_week_and_range(source, tmp_path):
    from geomap.render import write_maps

    paths = write_maps(source, tmp_path / "weekly", every="week", start="2017-05-08")
    assert [p.name for p in paths] == [
        "2017-05-08.html",
        "2017-05-15.html",
        "2017-05-22.html",
        "index.html",
        "timeline.html",
    ]
    assert ("map_dates", ("week", dt.date(2017, 5, 8), None)) in source.calls
    index = parse(paths[-2].read_text(encoding="utf-8"))
    assert "Ledger by week" in index.visible_text
    data = timeline_data(paths[-1].read_text(encoding="utf-8"))
    # the slider steps per day from the first to the last map date; the weekly pages are ticks
    assert data["dates"] == [f"2017-05-{d:02d}" for d in range(8, 23)]
    assert data["pages"] == [0, 7, 14]


@pytest.mark.parametrize("name", [*(f"{d}.html" for d in DATES), "index.html", "timeline.html"])
def test_pages_fetch_nothing_remote(written, name):
    html = (written["dir"] / name).read_text(encoding="utf-8")
    page = parse(html)
    remote = [u for u in page.resources if is_remote(u)]
    assert remote == []
    for url in page.script_srcs + page.stylesheets:
        assert (written["dir"] / url).is_file(), url
    # none of folium's CDN assets
    for cdn in (
        "jsdelivr",
        "jquery",
        "bootstrap",
        "fontawesome",
        "font-awesome",
        "awesome-markers",
    ):
        assert cdn not in html.lower()


@pytest.mark.parametrize("name", [f"{d}.html" for d in DATES] + ["timeline.html"])
def test_map_pages_link_leaflet_from_assets(written, name):
    page = parse((written["dir"] / name).read_text(encoding="utf-8"))
    # Leaflet, geomap.js, and the place labels, basemap, place cells, territory pieces and
    # the cells' holders by day every page of the folder shares (written once)
    shared = ["assets/basemap.js", "assets/geomap.js", "assets/labels.js", "assets/leaflet.js"]
    if name != "timeline.html":
        shared = sorted([*shared, "assets/cells.js", "assets/ground.js", "assets/territory.js"])
    assert sorted(page.script_srcs) == shared
    assert page.stylesheets == ["assets/leaflet.css", "assets/geomap.css"]


def test_shared_labels_are_escaped_json(written):
    js = (written["dir"] / "assets" / "labels.js").read_text(encoding="utf-8")
    assert js.startswith("window.GEOMAP_LABELS = [")
    assert "<" not in js  # names are HTML-escaped, then < > & are \u-escaped in the JSON


def test_shared_ground_is_escaped_json(written):
    """The cells' holders by day (assets/ground.js): names and sources escaped, no raw payload."""
    js = (written["dir"] / "assets" / "ground.js").read_text(encoding="utf-8")
    assert js.startswith("window.GEOMAP_GROUND = {")
    assert "<" not in js  # HTML-escaped, then < > & are \u-escaped in the JSON
    for payload in RAW_PAYLOADS:
        assert payload not in js
    ground = json.loads(js.split(" = ", 1)[1].rstrip().rstrip(";"))
    assert ground["sources"] and not any("javascript:" in s.lower() for s in ground["sources"])
    n_cells = len(written["source"].place_cells())
    assert len(ground["cells"]) == n_cells


def test_assets_are_leaflet_1_9_3(written):
    js = (written["dir"] / "assets" / "leaflet.js").read_text(encoding="utf-8")
    assert "Leaflet 1.9.3" in js[:300]
    assert "sourceMappingURL" not in js


# -- escaping --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*(f"{d}.html" for d in DATES), "index.html", "timeline.html"])
def test_payloads_never_raw(written, name):
    html = (written["dir"] / name).read_text(encoding="utf-8")
    # no template injection: the payload is there as typed, never evaluated
    assert "{{ 7*7 }}" in html
    assert html.count("jinja ran") == html.count("%}jinja ran{%")
    for payload in RAW_PAYLOADS:
        assert payload not in html
    page = parse(html)
    assert page.event_attrs == []
    assert "img" not in page.tags
    # every script element is one we wrote: folium's switches, Leaflet's src, the map script
    for body in page.scripts:
        assert body.strip() == "" or body.strip().startswith(("L_NO_TOUCH", "var map_")), body[:80]
    assert (
        page.tags.count("svg") <= 2
    )  # our hatch patterns (maps) or our chart drawn twice (index: wide, phone)
    assert "javascript:" not in html.lower()
    assert "data:text/html" not in html


@pytest.mark.parametrize("name", [f"{d}.html" for d in DATES[1:]])
def test_payloads_shown_as_text(written, name):
    page = parse((written["dir"] / name).read_text(encoding="utf-8"))
    text = page.visible_text
    assert "Test theatre <script>alert('title')</script> & co" in text
    assert XSS_IMG in text  # actor name in the legend
    assert XSS_ATTR in text  # actor id/name that tries to break an attribute
    assert "capped Voronoi <b>30 km</b>" in text  # assumptions are text, not markup
    assert SSTI in text  # shown as typed: never evaluated as a Jinja template
    if name == "2017-05-10.html":
        assert "Reuters <b>wire</b>" in text  # the event list: source text, not markup
        assert "Note: " + SSTI in text


def test_event_popups_escape_everything(source):
    from geomap.render import date_map

    html = (
        date_map(source, "2017-05-10", previous="2017-05-01", assets="assets/").get_root().render()
    )
    (list_id,) = embedded_json(html, "var listId = ")
    markers = json.loads(
        re.search(r"var listId = [^;]+;\s*(\[.*?\])\.forEach", html, re.S).group(1)
    )
    assert len(markers) == 2  # each popup shows the event list entry it points to
    entries = dict(re.findall(r'<li id="([^"]+)">(.*?)</li>', html, re.S))
    popups = [entries[f"{list_id}-{m[4]}"] for m in markers]
    joined = "".join(popups)
    # place name, source and note are HTML-escaped inside the popup HTML...
    assert "&lt;img src=x onerror=alert(&#x27;img&#x27;)&gt;" in joined
    assert "&lt;/script&gt;&lt;script&gt;alert(&#x27;script&#x27;)&lt;/script&gt;" in joined
    assert "${alert(&#x27;template&#x27;)}`+alert(&#x27;backtick&#x27;)+`" in joined
    assert XSS_TEMPLATE not in joined
    # ...and the JSON carrying them cannot end the script element.
    assert "</script><script>" not in html
    assert "\\u0026lt;img src=x onerror" in html  # actor name in the tooltips' JSON
    # the javascript: URL is not a link; the http(s) one is, with its quotes escaped
    assert "javascript:" not in joined
    assert "(link omitted: not http/https)" in joined
    assert 'href="https://example.org/a?b=1&amp;c=&quot;2&quot;"' in joined
    assert 'rel="noopener noreferrer nofollow"' in joined


def test_rejected_event_shows_status_and_reason(source):
    from geomap.render import date_map

    html = (
        date_map(source, "2017-05-20", previous="2017-05-10", assets="assets/").get_root().render()
    )
    text = parse(html).visible_text
    assert "Rejected: " + XSS_IMG + " from_actor mismatch" in text
    assert "drawn area, no point" in text  # events without a point are listed, not dropped


def test_folium_popup_and_tooltip_are_not_used(written):
    """folium's Tooltip/Popup put text raw into a JS template literal (and Popup needs jQuery)."""
    for name in [f"{d}.html" for d in DATES] + ["timeline.html"]:
        html = (written["dir"] / name).read_text(encoding="utf-8")
        assert "bindTooltip(\n                `" not in html
        assert "$(`" not in html


# -- content ----------------------------------------------------------------------------------


def test_legend_reads_area_column(written):
    src = written["source"]
    page = parse((written["dir"] / "2017-05-10.html").read_text(encoding="utf-8"))
    held = src.control("2017-05-10").set_index("actor")["area_km2"]
    text = page.visible_text
    assert f"{held['gov']:,.0f} km²" in text  # 5,084: the fake's figures, not geometry areas
    assert f"{held['']:,.0f} km²" in text
    changed = src.changes("2017-05-01", "2017-05-10")["area_km2"].sum()
    assert "Changed hands since 2017-05-01" in text and f"{changed:,.0f} km²" in text
    assert "Held on 2017-05-10" in text
    assert "2 events since 2017-05-01" in text


def _legend_rows(html: str) -> dict[str, str]:
    """Legend row text → its km² cell, from a date page."""
    rows = re.findall(r'<tr class="gm-actor">(.*?)</tr>', html, re.S)
    out = {}
    for row in rows:
        cells = [
            parse(c).visible_text.strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        ]
        out[cells[1]] = cells[2]
    return out


def test_legend_never_says_a_bare_zero(written):
    """The fake's fourth actor holds nothing: its row says so, not "0 km²"."""
    rows = _legend_rows((written["dir"] / "2017-05-10.html").read_text(encoding="utf-8"))
    assert len(rows) == 4 and not any(v.startswith("0 km²") for v in rows.values()), rows
    idle = [name for name, km2 in rows.items() if km2 == "–"]
    assert len(idle) == 1 and idle[0].endswith("no ground on this date"), rows


def test_legend_names_the_places_of_an_actor_without_ground(source):
    """A source with ``place_holders``: an actor holding only cell-less places is told by them."""
    holders = {"p1": "gov", "p2": "odd", "p4": "odd"}  # p2's name is a hostile payload
    source.place_holders = lambda day: holders
    html = source_map_html(source, "2017-05-10")
    rows = _legend_rows(html)
    odd = [name for name, km2 in rows.items() if km2 == "–"]
    held = ", ".join(sorted(["Sukhnah", XSS_IMG]))
    assert odd == [f"{XSS_ATTR} no ground; holds {held} (own no cells)"], rows
    assert XSS_IMG not in html  # the payload is escaped


@pytest.mark.parametrize(
    ("km2", "shown"), [(0.03, "< 0.1 km²"), (0.06, "0.1 km²"), (4.44, "4.4 km²")]
)
def test_legend_never_rounds_a_tiny_holding_to_zero(source, km2, shown):
    """An actor holding a sliver of ground (under 0.05 km²) reads "< 0.1 km²", never "0.0 km²"."""
    control = source.control

    def tiny(day):
        frame = control(day)
        frame.loc[frame["actor"] == "gov", "area_km2"] = km2
        return frame

    source.control = tiny
    rows = _legend_rows(source_map_html(source, "2017-05-10"))
    gov = [v for name, v in rows.items() if name.startswith(source.actors["name"].iloc[0])]
    assert gov == [shown], rows


def test_navigation_links(written):
    page = parse((written["dir"] / "2017-05-10.html").read_text(encoding="utf-8"))
    hrefs = [a.get("href") for a in page.anchors if a.get("href")]
    assert {"2017-05-01.html", "2017-05-20.html", "index.html", "timeline.html#2017-05-10"} <= set(
        hrefs
    )
    first = parse((written["dir"] / "2017-05-01.html").read_text(encoding="utf-8"))
    assert "2017-05-01.html" not in [a.get("href") for a in first.anchors]


def test_layers_and_precision(written):
    html = (written["dir"] / "2017-05-10.html").read_text(encoding="utf-8")
    layers = embedded_json(html, "var data = ")
    # territory, changes, AOI outline (the countries are in the shared assets/basemap.js)
    assert len(layers) == 3
    assert {layer["scale"] for layer in layers} == {10**4}  # 4 decimals at this zoom (7)
    script = "".join(parse(html).scripts)
    assert not re.search(r"\d\.\d{7,}", script)  # no long decimals anywhere
    territory = layers[0]["features"]
    assert len(territory) == 4  # gov, is, sdf, unassigned on 2017-05-10
    assert sorted(f[0] for f in territory) == [0, 1, 2, 4]  # style 4 = unassigned (4 actors)
    # a written folder's pages name each holder's tooltip by index (on the page once)
    tips = " ".join(layers[0]["tips"][f[1]] if isinstance(f[1], int) else f[1] for f in territory)
    assert "&lt;img src=x" in tips and "5,084 km²" in tips
    # the geometry decodes to what it came from: the AOI outline is the 36–40°E, 33–36°N box
    (aoi,) = layers[2]["features"]
    ((ring,),) = decode_geometry(aoi[2], 4)
    xs, ys = zip(*ring, strict=True)
    assert (min(xs), min(ys), max(xs), max(ys)) == (36, 33, 40, 36)


@pytest.mark.parametrize("decimals", [0, 3, 4, 6])
def test_encoding_round_trip(decimals):
    from geomap.render._geometry import encode_geometry

    hole = shapely.box(-71.25, -33.5, -71.0, -33.25)
    geom = shapely.MultiPolygon(
        [shapely.box(-72, -34, -70, -33).difference(hole), shapely.box(179.5, 89, 179.9, 89.9)]
    )
    encoded = encode_geometry(geom, decimals)
    rings = [ring for poly in decode_geometry(encoded, decimals) for ring in poly]
    expected = [
        shapely.get_coordinates(r)[:-1].round(decimals)
        for p in shapely.get_parts(geom)
        for r in shapely.get_rings(p)
    ]
    if decimals == 0:  # the hole and the polar sliver collapse when rounded to whole degrees
        assert len(rings) == 1
        return
    assert len(rings) == len(expected)
    for got, want in zip(rings, expected, strict=True):
        np.testing.assert_allclose(np.array(got), want, atol=10**-decimals / 2)


def test_no_changes_or_events_on_first_page_without_previous(written):
    html = (written["dir"] / "2017-05-01.html").read_text(encoding="utf-8")
    text = parse(html).visible_text
    assert "Changed hands" not in text
    assert "0 events up to 2017-05-01" in text


def test_timeline_one_feature_per_interval(written):
    src = written["source"]
    html = (written["dir"] / "timeline.html").read_text(encoding="utf-8")
    data = timeline_data(html)
    intervals = src.intervals()
    assert data["dates"][0] == DATES[0] and data["dates"][-1] == DATES[-1]
    assert len(data["dates"]) == 27  # one slider step per day
    assert [data["dates"][i] for i in data["pages"]] == DATES
    features = data["features"]
    assert len(features) == len(intervals)  # one per interval, not one per date
    for day in DATES:
        i = data["dates"].index(day)
        shown = [f for f in features if f[1] <= i < f[2]]
        assert len(shown) == src.expected_features(day)
        # one actor is never drawn twice on one date: nothing stacks
        styles = [f[0] for f in shown]
        assert len(styles) == len(set(styles))
    held = {a: v for a, v in zip(["gov", "is", "sdf", "odd", ""], data["held"], strict=False)}
    expected = src.held_series(DATES)
    for _, row in expected.iterrows():
        assert held[row["actor"]][data["dates"].index(row["date"].isoformat())] == pytest.approx(
            row["held_km2"]
        )


def test_timeline_controls_present(written):
    page = parse((written["dir"] / "timeline.html").read_text(encoding="utf-8"))
    assert "input" in page.tags and "button" in page.tags and "output" in page.tags
    assert "Index" in page.visible_text


def test_index_page(written):
    html = (written["dir"] / "index.html").read_text(encoding="utf-8")
    page = parse(html)
    assert page.scripts == [] and page.script_srcs == []
    hrefs = [a.get("href") for a in page.anchors]
    for day in DATES:
        assert f"{day}.html" in hrefs
    assert "timeline.html" in hrefs
    # one line per actor (unassigned: table only), in the wide chart and in the phone's
    wide, narrow = re.findall(r"<svg\b.*?</svg>", html, flags=re.S)[:2]
    assert wide.count('class="gm-series"') == narrow.count('class="gm-series"') == 4
    assert 'width="1060"' in wide and 'width="370"' in narrow
    text = page.visible_text
    assert "Gains and losses, 2017-05-01 to 2017-05-27" in text
    assert "+2,049 km²" in text  # government's net gain from the ledger
    assert XSS_IMG in text and "capped Voronoi <b>30 km</b>" in text


def test_index_swatches_look_like_the_ground(written, source):
    import re

    from geomap.render._common import Actors

    html = (written["dir"] / "index.html").read_text(encoding="utf-8")
    fill = {s["fillOpacity"] for s in Actors.from_frame(source.actors).territory_styles()[:-1]}
    css = re.search(r"\.sw-a \{ opacity: ([\d.]+); \}", html)
    assert css and {float(css.group(1))} == fill  # the map's fill opacity
    # every actor's swatch is drawn at it; unassigned keeps its hatching
    assert html.count('class="sw sw-a"') == len(source.actors)
    assert html.count('class="sw sw-u"') == 1


# -- inline maps (Jupyter, theatre.map(date)) ------------------------------------------------


def test_inline_map_is_self_contained(source):
    from geomap.render import date_map

    m = date_map(source, "2017-05-20", previous="2017-05-10")
    html = m.get_root().render()
    page = parse(html)
    assert page.script_srcs == [] and page.stylesheets == []
    assert [u for u in page.resources if not u.startswith(("data:", "#"))] == []
    assert any("Leaflet 1.9.3" in s for s in page.scripts)
    assert "<a href" not in html.split("</header>")[0].split("<header")[-1]  # no page links
    repr_html = m._repr_html_()
    assert "srcdoc=" in repr_html and "Leaflet 1.9.3" in repr_html
    assert "https://cdn" not in repr_html


def test_tiles_are_off_by_default_and_optional(source):
    from geomap.render import date_map

    html = date_map(source, "2017-05-10").get_root().render()
    assert "L.tileLayer" not in html
    tiled = date_map(source, "2017-05-10", tiles=True, assets="assets/").get_root().render()
    assert "L.tileLayer" in tiled and "tile.openstreetmap.org" in tiled


# -- input checks -----------------------------------------------------------------------------


def test_bad_arguments(source):
    from geomap.render import date_map, timeline_map, write_maps

    with pytest.raises(InputError, match="not a date"):
        date_map(source, "27 May")
    with pytest.raises(InputError, match="must be before"):
        date_map(source, "2017-05-10", previous="2017-05-10")
    with pytest.raises(InputError, match="every='month'"):
        timeline_map(source, every="month")
    with pytest.raises(InputError, match="no map dates"):
        write_maps(source, "/nonexistent/never-created", start="2018-01-01")
    with pytest.raises(ValueError, match="assets="):
        date_map(source, "2017-05-10", assets="https://cdn.example/")


# -- helpers ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.org/x?a=1&b=2", True),
        ("HTTP://EXAMPLE.ORG", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" https://example.org", False),
        ("https://exa mple.org", False),
        ("data:text/html,<script>", False),
        ("//example.org/x", False),
        ("https://", False),
        ("https://@evil", False),
        ("ftp://example.org", False),
        (None, False),
        (float("nan"), False),
    ],
)
def test_safe_url(url, ok):
    from geomap.render._escape import safe_url

    assert (safe_url(url) is not None) is ok


def test_script_json_cannot_close_a_script():
    from geomap.render._escape import script_json

    out = script_json({"a": "</script><!-- & \u2028", "b": [1.5, None]})
    assert "<" not in out and ">" not in out and "&" not in out and "\u2028" not in out
    assert json.loads(out) == {"a": "</script><!-- & \u2028", "b": [1.5, None]}
    with pytest.raises(ValueError):
        script_json(float("nan"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("#D62728", "#d62728"),
        ("#222", "#222222"),
        ("red", "#888888"),
        ("#12345g", "#888888"),
        (None, "#888888"),
    ],
)
def test_safe_color(value, expected):
    from geomap.render._escape import safe_color

    assert safe_color(value) == expected


# -- layering and import rules ------------------------------------------------------------------


def _imports(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(a.name, node.col_offset) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out.append((node.module, node.col_offset))
    return out


def test_render_imports_only_errors_from_geomap():
    # the two bottom rooms every layer may use: errors, and the path policy for writing files
    for path in RENDER.glob("*.py"):
        for module, _ in _imports(path):
            if module.startswith("geomap"):
                # geomap._text: the one rule for untrusted text on its way out (bidi controls)
                assert module in {
                    "geomap.errors",
                    "geomap.paths",
                    "geomap._text",
                } or module.startswith("geomap.render"), (
                    path.name,
                    module,
                )


def test_render_init_is_light():
    for name in ("__init__.py", "_protocol.py"):
        top_level = [m for m, col in _imports(RENDER / name) if col == 0]
        assert not [
            m for m in top_level if m.split(".")[0] in {"folium", "branca", "jinja2", "geopandas"}
        ]
        assert not [
            m
            for m in top_level
            if m.startswith("geomap.render._") and m != "geomap.render._protocol"
        ]


def test_importing_render_does_not_import_folium():
    code = (
        "import sys, geomap.render as r; "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('folium', 'branca')], 'folium imported'; "
        "assert callable(r.date_map); assert 'folium' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=RENDER.parents[1])


def test_big_source_page_size():
    """5,000 small separate polygons (+40 events, 300 places): a page stays under 250 kB.

    Shared assets (Leaflet, ~168 kB) are not counted: they are written once per folder.
    """
    from geomap.render import date_map

    src = big_source(5000, 4, separate=True)
    dates = src.map_dates()
    control = src.control(dates[2])
    assert sum(len(shapely.get_parts(g)) for g in control.geometry) > 4900
    html = date_map(src, dates[2], previous=dates[1], assets="assets/").get_root().render()
    assert len(html.encode("utf-8")) < 250_000


def test_map_options_bundle_the_page_options(source, tmp_path):
    from geomap.render import MapOptions, timeline_map, write_maps
    from geomap.render._timeline import timeline_page

    opts = MapOptions(every="week", interval_ms=200)
    with pytest.raises(dataclasses.FrozenInstanceError):
        opts.every = "day"  # type: ignore[misc]
    # the options object and the same fields as keywords give the same page
    a = timeline_map(source, opts).get_root().render()
    b = timeline_map(source, every="week", interval_ms=200).get_root().render()
    assert re.sub(r"[0-9a-f]{32}", "", a) == re.sub(r"[0-9a-f]{32}", "", b)
    _, files = timeline_page(source, opts, chunk_folder="tl")
    assert files and all(name.startswith("tl/chunk-") for name in files)
    with pytest.raises(TypeError, match="unknown map option 'colour'"):
        write_maps(source, tmp_path / "maps", colour="red")
    with pytest.raises(ValueError, match="interval_ms"):
        MapOptions(interval_ms=5)
    with pytest.raises(c_input_error(), match="every="):
        MapOptions(every="fortnight")
    assert not (tmp_path / "maps").exists()  # nothing written for a bad option


def c_input_error():
    from geomap.errors import InputError

    return InputError


def test_demo_legend_says_what_the_idle_actors_hold():
    """27 May 2017: al-Waer is lost (OPP), Raqqa not yet taken (SDF), Mosul lies outside Syria."""
    from geomap import load_theatre

    th = load_theatre(Path(__file__).resolve().parents[2] / "layers" / "syria-2017")
    rows = _legend_rows(th.map("2017-05-27").get_root().render())
    assert rows["Other armed opposition no ground on this date"] == "–"
    assert rows["Syrian Democratic Forces no ground on this date"] == "–"
    assert rows["Iraqi government forces no ground; holds Mosul (owns no cell)"] == "–"
    assert not any(v.startswith("0 km²") for v in rows.values()), rows
    # the holders the legend reads are the replay's, on every day: each applied event, one
    # by one, in application order
    ev = th.history.applied
    for day in ["2017-04-30", "2017-05-21", "2017-05-27", "2017-07-10", "2017-12-31", None]:
        walked = dict(th.history.initial)
        for place, actor, d in zip(ev["place"], ev["to_actor"], ev["day"], strict=True):
            if isinstance(place, str) and (day is None or str(d) <= day):
                walked[place] = actor
        assert th.history.holders(day) == walked, day
        if day is not None:
            assert th.place_holders(day) == walked, day


def test_render_last_day_is_the_last_day_geomap_takes():
    # rendering may not import geomap.dates, so it writes the day once itself; they must agree
    from geomap.dates import MAX_DAY
    from geomap.render._common import LAST_DAY

    assert LAST_DAY == MAX_DAY


def test_folded_legend_keys_the_sides_holding_ground(written):
    """The fold's summary carries a key of the sides' colours for a phone (stop 46): the sides
    holding ground that day, by their names as text (hostile ones escaped), never an idle one."""
    html = (written["dir"] / "2017-05-10.html").read_text(encoding="utf-8")
    summary = re.search(r'<summary class="gm-fold">(.*?)</summary>', html, re.S).group(1)
    key = parse(summary).visible_text
    rows = _legend_rows(html)
    held = [name for name, km2 in rows.items() if km2 != "–"]
    idle = [name for name, km2 in rows.items() if km2 == "–"]
    assert held and all(name.split(" (")[0] in key for name in held), (key, held)
    assert not any(name.split("no ground")[0].strip() in key for name in idle)
    assert summary.count('class="gm-key-item"') == len(held)
    for payload in RAW_PAYLOADS:
        assert payload not in summary
