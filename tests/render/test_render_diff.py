"""The map of the answer: diff pages, and the index that opens with one."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pandas as pd
import pytest
from fake_source import SSTI, XSS_ATTR, XSS_IMG, XSS_SCRIPT, FakeSource, _day, tiny_source
from render_helpers import is_remote, parse

RAW_PAYLOADS = [
    "<img src=x onerror",
    "<svg onload",
    "<script>alert(",
    XSS_IMG,
    XSS_SCRIPT,
    XSS_ATTR,
]


class DiffSource(FakeSource):
    """The tiny fake with ``diff`` (from its changes) and two claims."""

    def diff(self, start: Any, end: Any):
        s, e = _day(start), _day(end)
        ch = self.changes(s - dt.timedelta(days=1), e)
        ch.insert(2, "place", [f"p{k}" for k in range(len(ch))])
        ch.insert(3, "place_name", [XSS_IMG if k == 0 else f"Place {k}" for k in range(len(ch))])
        held0 = self.control(s - dt.timedelta(days=1)).set_index("actor")["area_km2"]
        held1 = self.control(e).set_index("actor")["area_km2"]
        totals = []
        for actor in [*self.actors["id"], ""]:
            g = float(ch.loc[ch["to_actor"] == actor, "area_km2"].sum())
            lo = float(ch.loc[ch["from_actor"] == actor, "area_km2"].sum())
            totals.append(
                {
                    "actor": actor,
                    "actor_name": actor,
                    "held_start_km2": float(held0.get(actor, 0.0)),
                    "gained_km2": g,
                    "lost_km2": lo,
                    "net_km2": g - lo,
                    "held_end_km2": float(held1.get(actor, 0.0)),
                    "gross_gained_km2": g + (500.0 if actor == "gov" else 0.0),
                    "gross_lost_km2": lo,
                }
            )
        ch.attrs.update(start=s.isoformat(), end=e.isoformat(), totals=totals)
        ch.attrs["assumptions"] = {"model": SSTI}
        return ch

    def claims(self) -> pd.DataFrame:
        return pd.DataFrame(
            {
                "id": ["a", "b", "c"],
                "start": [dt.date(2017, 5, 2), dt.date(2017, 5, 2), dt.date(2017, 5, 20)],
                "end": [dt.date(2017, 5, 27), dt.date(2017, 5, 27), dt.date(2017, 5, 20)],
            }
        )

    def claims_headline(self, *, range_note: str = "each") -> list[str]:
        assert range_note == "once"  # the index says why a range is missing once
        return [f"claim {XSS_IMG}", "claim two", "claim three"]


def diff_source() -> DiffSource:
    src = tiny_source()
    out = DiffSource.__new__(DiffSource)
    out.__dict__.update(src.__dict__)
    return out


@pytest.fixture(scope="module")
def diff_written(tmp_path_factory):
    from geomap.render import write_maps

    out = tmp_path_factory.mktemp("diffmaps")
    calls: list = []
    paths = write_maps(
        diff_source(), out, every="event", progress=lambda i, n, p: calls.append((i, n))
    )
    return {"dir": out, "paths": paths, "calls": calls}


def test_diff_pages_written_once_per_period(diff_written):
    names = [p.name for p in diff_written["paths"]]
    # the answer period (shared by 2 of the 3 claims) first, then the other claim's
    assert [n for n in names if n.startswith("diff-")] == [
        "diff-2017-05-02--2017-05-27.html",
        "diff-2017-05-20--2017-05-20.html",
    ]
    assert names[-2:] == ["index.html", "timeline.html"]
    assert [c[0] for c in diff_written["calls"]] == list(range(1, len(names) + 1))
    assert {c[1] for c in diff_written["calls"]} == {len(names)}


def test_index_opens_with_the_answer(diff_written):
    html = (diff_written["dir"] / "index.html").read_text(encoding="utf-8")
    first_h2 = html.index("<h2>")
    assert html[first_h2:].startswith("<h2>Ground gained and lost, 2017-05-02 to 2017-05-27</h2>")
    assert '<iframe class="gm-answer-map" src="diff-2017-05-02--2017-05-27.html"' in html
    assert "The period of 2 of the 3 published claims" in html
    # each claim links to its own period's map
    assert html.count('href="diff-2017-05-02--2017-05-27.html">Map of this period') == 2
    assert html.count('href="diff-2017-05-20--2017-05-20.html">Map of this period') == 1
    for payload in RAW_PAYLOADS:
        assert payload not in html


def test_diff_page_content_and_escaping(diff_written):
    html = (diff_written["dir"] / "diff-2017-05-02--2017-05-27.html").read_text(encoding="utf-8")
    page = parse(html)
    assert [u for u in page.resources if is_remote(u)] == []
    for payload in RAW_PAYLOADS:
        assert payload not in html
    assert "{{ 7*7 }}" in html and "jinja ran" not in html.replace("%}jinja ran{%", "")
    assert page.event_attrs == [] and "img" not in page.tags
    # one hatch pattern per (gainer, loser) pair, named from indices only
    assert 'id="gm-dh-0-1"' in html  # Islamic State → Government
    assert "path.gm-dh-0-1 { fill: url(#gm-dh-0-1); }" in html
    assert "gross gain" in html  # the ledger's figure beside the state comparison
    assert '<base target="_top">' in html  # links in the index's frame open the page


def test_no_diff_without_a_diff_method(written):
    names = [p.name for p in written["paths"]]
    assert not [n for n in names if n.startswith("diff-")]
    html = (written["dir"] / "index.html").read_text(encoding="utf-8")
    assert "gm-answer" not in html.split("</style>")[1]


def test_diff_map_errors(source):
    from geomap.errors import InputError
    from geomap.render._diff import diff_map

    with pytest.raises(InputError, match="no diff method"):
        diff_map(source, "2017-05-01", "2017-05-27")
    with pytest.raises(InputError, match="before start"):
        diff_map(diff_source(), "2017-05-27", "2017-05-01")


@pytest.mark.browser
def test_index_diff_map_in_browser(diff_written, watch, shots):
    page = watch.goto(diff_written["dir"] / "index.html")
    frame = page.frame_locator("iframe.gm-answer-map")
    frame.locator("path.gm-diff").first.wait_for()
    hatched = frame.locator("path.gm-diff")
    assert hatched.count() >= 2
    fill = hatched.first.evaluate("p => getComputedStyle(p).fill")
    assert fill.startswith("url(") and "gm-dh-" in fill
    assert frame.locator(".gm-diff-panel tr.gm-pair").count() >= 2
    page.screenshot(path=str(shots / "index-diff.png"))
    watch.assert_clean()
    assert all(u.startswith("file://") for u in watch.requests)


def test_index_lists_the_largest_places_only():
    import datetime as dt

    import pandas as pd

    from geomap.render import _common as c
    from geomap.render._index import _MAX_PLACES, _answer

    actors = c.Actors.from_frame(pd.DataFrame({"id": ["a"], "name": ["A"], "color": ["#ff0000"]}))
    places = [f"P{k}: {200 - k} km²" for k in range(130)]
    diffs = {"href": "d.html", "start": dt.date(2017, 5, 1), "end": dt.date(2017, 5, 9)}
    answer = _answer({**diffs, "places": places}, actors)
    assert [str(p) for p in answer["places"]] == places[:_MAX_PLACES]
    assert answer["more_places"] == 30
    assert _answer({**diffs, "places": places[:3]}, actors)["more_places"] == 0


def test_diff_page_gives_the_index_line_of_each_claim_of_its_period(diff_written):
    html = (diff_written["dir"] / "diff-2017-05-02--2017-05-27.html").read_text(encoding="utf-8")
    panel = html[html.index("Published claims for this period") :]
    # claims a and b (this period), escaped; not claim c (another period's page)
    assert "<li>claim &lt;img" in panel and "<li>claim two</li>" in panel
    assert "claim three" not in html
    for payload in RAW_PAYLOADS:
        assert payload not in html
    other = (diff_written["dir"] / "diff-2017-05-20--2017-05-20.html").read_text(encoding="utf-8")
    assert "<li>claim three</li>" in other and "claim two" not in other


def test_a_period_where_nothing_changed_hands_shows_no_empty_table(diff_written):
    from geomap.render._diff import diff_map

    # no event between 2017-05-10 and 2017-05-20 in the fake
    quiet = diff_map(diff_source(), "2017-05-15", "2017-05-15").get_root().render()
    assert "No ground changed hands in this period." in quiet
    # neither the stripes' key nor a totals table with a header and no rows
    assert "Wide stripes" not in quiet and '<table class="gm-diff-totals">' not in quiet
    assert "No change: " in quiet  # every actor is still named
    # the folded panel's one line (a phone's first view) says so too
    assert "No ground changed hands · legend" in quiet
    busy = (diff_written["dir"] / "diff-2017-05-02--2017-05-27.html").read_text(encoding="utf-8")
    assert "Wide stripes" in busy and '<table class="gm-diff-totals">' in busy
    assert "Legend and places" in busy and "No ground changed hands · legend" not in busy


def test_table_swatches_look_like_the_stripes(diff_written):
    """The diff page's and the index's actor swatches: the colour of the actor's stripes on the
    map (Islamic State's #222 stripes once had a light-grey swatch), one rule for every actor."""
    from geomap.render._colors import hex_rgb, stripe_color
    from geomap.render._common import Actors

    actors = Actors.from_frame(diff_source().actors)  # colours made safe
    page = (diff_written["dir"] / "diff-2017-05-02--2017-05-27.html").read_text(encoding="utf-8")
    index = (diff_written["dir"] / "index.html").read_text(encoding="utf-8")
    # the hatches' stripes (wide: the gainer; narrow: the loser), opaque, as the map draws them
    stripes = set(
        re.findall(r'<rect x="[06]" width="[52]" height="9" fill="(#[0-9a-f]{6})"/>', page)
    )
    assert stripes, "the diff page hatches the changed ground"
    drawn = {stripe_color(actors.color(i)) for i in range(-1, len(actors.names))}
    assert stripes <= drawn
    panel = page[page.index("gm-diff-totals") :]
    for html in (panel, index[index.index("gm-answer-totals") :]):
        found = re.findall(r"background-color:(#[0-9a-f]{6});border-color:(#[0-9a-f]{6})", html)
        assert len(found) >= 3
        assert {f for f, _ in found} == {b for _, b in found} <= drawn
        # every stripe colour the map draws for an actor with a row is its swatch
        assert stripes <= {f for f, _ in found}, (stripes, found)
    dark = stripe_color("#222222")
    assert max(hex_rgb(dark)) < 80  # a near-black actor's swatch is near-black, as its stripes
    assert 'style="background:#' not in panel


def test_a_change_too_small_to_see_gets_a_marker_and_its_km2():
    """A 2 km piece beside a 100 km one, framed together: the small one is ringed and labelled."""
    import geopandas as gpd
    import shapely

    from geomap.render._common import Actors
    from geomap.render._diff import small_changes

    diff = gpd.GeoDataFrame(
        {
            "from_actor": ["is", "odd"],
            "to_actor": ["gov", "gov"],
            "place": ["p1", "p2"],
            "place_name": ["Big", XSS_IMG],
            "area_km2": [9876.0, 4.4],
        },
        geometry=[shapely.box(37.0, 34.0, 38.0, 35.0), shapely.box(36.70, 34.70, 36.72, 34.72)],
        crs=4326,
    )
    actors = Actors.from_frame(tiny_source().actors)
    items = small_changes(diff, actors, [[33.5, 36.5], [35.5, 38.5]])
    assert len(items) == 1
    lat, lon, color, label = items[0]
    assert shapely.box(36.70, 34.70, 36.72, 34.72).contains(shapely.Point(lon, lat))
    assert color == actors.color(actors.idx("gov"))
    assert (
        label == "2. &lt;img src=x onerror=alert(&#x27;img&#x27;)&gt;: 4.4 km²"
    )  # 2nd in the list
    # zoomed in on the small piece alone, it is big enough to see: no marker
    assert small_changes(diff.iloc[[1]], actors, [[34.69, 36.69], [34.73, 36.73]]) == []


@pytest.mark.parametrize(
    "case", ["at its gazetteer point", "no gazetteer entry", "a small piece", "no name", "empty"]
)
def test_each_place_that_changed_hands_is_named_at_its_point(case):
    """A place's bold label sits on its own point, in the colour of the side that gained the
    most of it, largest place first; a small piece's place is left to its ring (and its km²)."""
    import geopandas as gpd
    import shapely

    from geomap.render._common import Actors
    from geomap.render._diff import changed_places, diff_places

    diff = gpd.GeoDataFrame(
        {
            "from_actor": ["is", "is", "gov", "odd"],
            "to_actor": ["gov", "gov", "is", "gov"],
            "place": ["p1", "p2", "p2", "p3"],
            "place_name": ["Big", XSS_IMG, XSS_IMG, "Tiny"],
            "area_km2": [9876.0, 3000.0, 1000.0, 4.4],
        },
        geometry=[
            shapely.box(37.0, 34.0, 38.0, 35.0),
            shapely.box(38.0, 34.0, 38.4, 34.5),
            shapely.box(38.0, 34.5, 38.2, 34.7),
            shapely.box(36.70, 34.70, 36.72, 34.72),
        ],
        crs=4326,
    )
    places = gpd.GeoDataFrame(
        {"id": ["p1", "p2", "p3"]},
        geometry=[
            shapely.Point(37.25, 34.5),
            shapely.Point(38.1, 34.3),
            shapely.Point(36.71, 34.71),
        ],
        crs=4326,
    )
    actors = Actors.from_frame(tiny_source().actors)
    bounds = [[33.5, 36.5], [35.5, 38.5]]
    gov, is_ = actors.color(actors.idx("gov")), actors.color(actors.idx("is"))
    if case == "empty":
        assert changed_places(diff.iloc[:0], places, actors, bounds) == []
        return
    if case == "no name":
        diff["place_name"] = ""
        assert changed_places(diff, places, actors, bounds) == []
        return
    if case == "no gazetteer entry":
        places = places.iloc[[0]]
    items = changed_places(diff, places, actors, bounds)
    assert [i[4] for i in items] == [
        "1. Big",
        "2. &lt;img src=x onerror=alert(&#x27;img&#x27;)&gt;",
    ]
    assert items[0][:3] == [34.5, 37.25, gov]
    assert items[1][2] == gov  # gained 3,000 km² of it, lost 1,000
    # numbered as the side panel lists them (Tiny, ringed, is the third there)
    listed = [p.split(":")[0] for p in diff_places(diff, actors)]
    assert [f"{i[5]}. {listed[i[5] - 1]}" for i in items] == [i[4] for i in items]
    assert [i[5] for i in items] == [1, 2]
    assert all(i[3] in ("#000000", "#ffffff") for i in items)
    # a disc's popup: its side panel entry, numbered (a hostile name escaped); a tap on a disc
    # fell through to the ground under it (stop 48's new user)
    entries = diff_places(diff, actors)
    assert [i[6] for i in items] == [f"{i[5]}. {entries[i[5] - 1]}" for i in items]
    assert "<img" not in items[1][6] and "&lt;img" in items[1][6]
    if case == "no gazetteer entry":  # on its largest piece
        assert shapely.box(38.0, 34.0, 38.4, 34.5).contains(shapely.Point(items[1][1], items[1][0]))
    else:
        assert items[1][:2] == [34.3, 38.1]
    if case == "a small piece":  # zoomed in on Tiny alone, it is big enough to be named
        items = changed_places(diff.iloc[[3]], places, actors, [[34.69, 36.69], [34.73, 36.73]])
        assert [i[:3] + i[4:6] for i in items] == [[34.71, 36.71, gov, "1. Tiny", 1]]
    assert is_ != gov


def _piece_px(zoom: int, wide_px: float, high_px: float, lat: float = 35.0):
    """A box at ``lat`` in Syria ``wide_px`` × ``high_px`` screen pixels at ``zoom``, with its km²."""
    import math

    import shapely

    from geomap.areas import area_km2

    deg = 360.0 / (256.0 * 2.0**zoom)  # longitude degrees per pixel at any latitude
    w, h = wide_px * deg, high_px * deg * math.cos(math.radians(lat))
    box = shapely.box(37.0, lat - h / 2, 37.0 + w, lat + h / 2)
    return box, float(area_km2(box))


# bounds that fit at zoom 7 in the whole 1000 px viewport but at zoom 6 in the viewport less
# the view's padding (12 + 352 px): about 1.5° tall, so the width decides
_FITS_7_NOT_PADDED = [[34.3, 36.0], [35.7, 36.0 + 0.95 * 1000 * 360 / (256 * 2**7)]]


@pytest.mark.parametrize(
    ("zoom", "wide", "high", "ringed"),
    [
        (6, 10, 10, True),  # 10 px across (its longitude extent once read as 12.2 px)
        (6, 14, 14, False),
        (6, 100, 0.5, True),  # a long thin sliver: 100 px long, its area ~7 px across
        (6, 8, 30, False),  # ~15.5 px across
        (7, 16, 16, True),  # 16 px at the zoom of the unpadded viewport: 8 px as the page opens
    ],
)
def test_a_change_is_small_by_its_true_size_on_screen_as_the_page_opens(zoom, wide, high, ringed):
    """Ringed when the side of a square of its area is under 12 px at the padded opening zoom."""
    import geopandas as gpd

    from geomap.render._common import Actors
    from geomap.render._diff import small_changes
    from geomap.render._geometry import fit_zoom

    (s, w), (n, e) = _FITS_7_NOT_PADDED
    assert fit_zoom((w, s, e, n)) == 7
    box, km2 = _piece_px(zoom, wide, high)
    diff = gpd.GeoDataFrame(
        {"from_actor": ["is"], "to_actor": ["gov"], "place_name": ["P"], "area_km2": [km2]},
        geometry=[box],
        crs=4326,
    )
    items = small_changes(diff, Actors.from_frame(tiny_source().actors), _FITS_7_NOT_PADDED)
    assert len(items) == int(ringed)


def test_diff_page_marks_a_small_change():
    """The written diff page carries the marker layer when a piece is small, escaped."""
    import shapely

    from geomap.render import MapOptions
    from geomap.render._diff import diff_page

    src = diff_source()
    diff = src.diff("2017-05-02", "2017-05-27")
    diff.loc[diff.index[0], "geometry"] = shapely.box(38.40, 33.40, 38.42, 33.42)
    diff.loc[diff.index[0], "area_km2"] = 4.1  # its km², as the source gives them
    m = diff_page(src, dt.date(2017, 5, 2), dt.date(2017, 5, 27), diff, MapOptions(), None)
    html = m.get_root().render()
    assert html.count("gm-small-change") == 1 and XSS_IMG not in html
    script = html[html.rindex("(function (map) {", 0, html.index("gm-small-change")) :]
    items = re.match(r"\(function \(map\) \{\s*(\[\[.*?\]\])\.forEach", script, re.S)
    assert items and len(json.loads(items.group(1))) == 1  # the small piece only


def test_a_one_day_period_reads_as_its_day():
    """A diff page (and the index's answer) of a one-day period is titled with the day alone."""
    from geomap.render import MapOptions
    from geomap.render._common import Actors
    from geomap.render._diff import diff_page
    from geomap.render._index import _answer

    src = diff_source()
    day = dt.date(2017, 5, 10)
    diff = src.diff(day, day)
    html = diff_page(src, day, day, diff, MapOptions(), None).get_root().render()
    assert "2017-05-10 to 2017-05-10" not in html
    assert "gained and lost, 2017-05-10</title>" in html
    assert "Changed hands 2017-05-10<" in html
    answer = {"href": "d.html", "start": day, "end": day, "totals": diff.attrs.get("totals")}
    assert _answer(answer, Actors.from_frame(src.actors))["period"] == "2017-05-10"
