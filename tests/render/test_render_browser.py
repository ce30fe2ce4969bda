"""The pages in headless Chromium with the network cut (one browser per session).

Skipped when /usr/bin/chromium is absent, unless GEOMAP_REQUIRE_BROWSER=1.
Screenshots go to /tmp/geomap-shots/.
"""

from __future__ import annotations

from collections import Counter

import pytest
from fake_source import SSTI, XSS_IMG, XSS_SCRIPT

pytestmark = pytest.mark.browser

DATES = ["2017-05-01", "2017-05-10", "2017-05-20", "2017-05-27"]

# Opens every popup and tooltip of every Leaflet map on the page (their HTML is
# only put into the DOM when opened), then reports what the DOM holds.
OPEN_ALL = """
async () => {
  const maps = Object.keys(window).filter(k => k.startsWith("map_") && window[k] && window[k].eachLayer);
  let opened = 0;
  for (const k of maps) {
    const layers = [];
    window[k].eachLayer(l => layers.push(l));
    for (const l of layers) {
      if (l.getPopup && l.getPopup()) {
        l.openPopup(); opened++;
        await new Promise(r => setTimeout(r, 5));
        l.closePopup();
      }
      const tip = l.getTooltip && l.getTooltip();
      if (tip) {
        l.openTooltip(); opened++;
        if (!tip.options.permanent) { l.closeTooltip(); }
      }
    }
  }
  await new Promise(r => setTimeout(r, 150));
  return {
    opened,
    img: document.querySelectorAll("img").length,
    handlers: document.querySelectorAll("[onerror],[onload],[onclick],[onmouseover]").length,
    jsLinks: document.querySelectorAll("a[href^='javascript:' i], a[href^='data:' i]").length,
  };
}
"""

CLOSE_POPUPS = """
() => Object.keys(window).filter(k => k.startsWith("map_") && window[k] && window[k].closePopup)
        .forEach(k => window[k].closePopup())
"""

TERRITORY = """
() => Array.from(document.querySelectorAll("path.gm-terr")).map(p => p.getAttribute("fill"))
"""


PIECES = """
() => Array.from(document.querySelectorAll("path.gm-terr")).map(p => {
    const c = getComputedStyle(p);
    return {cls: p.getAttribute("class"), fill: c.fill, stroke: c.stroke,
            width: c.strokeWidth, opacity: c.opacity};
})
"""


def _expected_fills(src, day: str) -> Counter:
    colors = dict(zip(src.actors["id"], src.actors["color"], strict=True))
    norm = {"#222": "#222222"}
    out = Counter()
    for actor in src.control(day)["actor"]:
        out["#bbbbbb" if actor == "" else norm.get(colors[actor], colors[actor]).lower()] += 1
    return out


def test_date_page(written, watch, shots):
    page = watch.goto(written["dir"] / "2017-05-10.html")
    page.wait_for_selector("path.leaflet-interactive")
    assert page.locator(".leaflet-interactive").count() >= 6  # 4 territory + 2 changes + markers
    assert page.locator("path.gm-terr").count() == 4
    assert page.locator("path.gm-changed").count() == 1
    assert page.locator("path.gm-event").count() == 2
    assert page.locator(".gm-label").count() >= 3  # place labels (vector basemap)
    # hatch patterns are applied to unassigned and changed ground
    fill = page.eval_on_selector("path.gm-unassigned", "p => getComputedStyle(p).fill")
    assert "gm-hatch-unassigned" in fill
    # ground drawn as pieces: stroked in its own fill, see-through as a whole (no seams)
    styles = page.evaluate(PIECES)
    assert len(styles) == 4
    for style in styles:
        assert style["stroke"] == style["fill"] and style["width"] == "1.5px", style
        assert style["opacity"] == ("1" if "gm-unassigned" in style["cls"] else "0.5"), style
    # the legend's actor swatches look like the ground: the same colour at the same opacity
    swatches = page.eval_on_selector_all(
        ".gm-legend tr.gm-actor .gm-swatch", "s => s.map(e => getComputedStyle(e).opacity)"
    )
    assert swatches and set(swatches) == {"0.5"}
    # its Timeline link opens the timeline on this date
    assert page.locator("nav a", has_text="Timeline").get_attribute("href") == (
        "timeline.html#2017-05-10"
    )
    report = page.evaluate(OPEN_ALL)
    assert report["opened"] >= 8
    assert report == {**report, "img": 0, "handlers": 0, "jsLinks": 0}
    # clicking the markers opens popups that show the payloads as text
    popups = _click_event_markers(page)
    (xss,) = [p for p in popups if XSS_IMG in p["text"]]
    assert XSS_SCRIPT in xss["text"]
    assert xss["links"] == []  # its javascript: source_url is not a link
    page.wait_for_timeout(300)  # popup fade-in
    page.screenshot(path=str(shots / "date-2017-05-10.png"))
    watch.assert_clean()
    assert all(url.startswith("file://") for url in watch.requests)


def _click_event_markers(page) -> list[dict]:
    """Click each event marker in turn; what each popup shows."""
    out = []
    for i in range(page.locator("path.gm-event").count()):
        # close the previous popup (it could cover the next marker) and let it fade out
        page.evaluate(CLOSE_POPUPS)
        page.wait_for_function("document.querySelectorAll('.leaflet-popup').length === 0")
        page.locator("path.gm-event").nth(i).click(force=True)
        popup = page.locator(".leaflet-popup-content")
        links = popup.locator("a")
        out.append(
            {
                "text": popup.inner_text(),
                "links": [
                    (links.nth(k).get_attribute("href"), links.nth(k).get_attribute("rel"))
                    for k in range(links.count())
                ],
            }
        )
    return out


def test_event_link_is_http_only(written, watch):
    page = watch.goto(written["dir"] / "2017-05-10.html")
    page.wait_for_selector("path.gm-event")
    popups = _click_event_markers(page)
    links = [link for p in popups for link in p["links"]]
    assert links == [('https://example.org/a?b=1&c="2"', "noopener noreferrer nofollow")]
    assert any(SSTI in p["text"] for p in popups)
    watch.assert_clean()


def test_timeline_slider_shows_that_date(written, watch, shots):
    src = written["source"]
    page = watch.goto(written["dir"] / "timeline.html")
    page.wait_for_selector("path.gm-terr")
    container = page.locator(".folium-map")
    # it opens on the latest date
    assert container.get_attribute("data-date") == DATES[-1]
    assert page.locator("path.gm-terr").count() == src.expected_features(DATES[-1])
    assert Counter(page.evaluate(TERRITORY)) == _expected_fills(src, DATES[-1])
    # pieces stroked in their own fill, the actors' see-through as one pane (no seams)
    for style in page.evaluate(PIECES):
        assert style["stroke"] == style["fill"] and style["width"] == "1.5px", style
        assert style["opacity"] == "1", style
    pane = page.eval_on_selector(".leaflet-gmPieces-pane", "p => getComputedStyle(p).opacity")
    assert pane == "0.5"
    page.screenshot(path=str(shots / "timeline-start.png"))

    slider = page.locator("input[type=range]")
    slider.focus()
    page.keyboard.press("Home")  # the first date
    assert container.get_attribute("data-date") == DATES[0]
    assert page.locator("path.gm-terr").count() == src.expected_features(DATES[0])
    assert Counter(page.evaluate(TERRITORY)) == _expected_fills(src, DATES[0])
    for _ in range(19):  # one step per day: 1 → 20 May
        page.keyboard.press("ArrowRight")
    assert container.get_attribute("data-date") == DATES[2]
    assert page.locator("output").inner_text() == DATES[2]
    assert page.locator("path.gm-terr").count() == src.expected_features(DATES[2])
    assert container.get_attribute("data-features") == str(src.expected_features(DATES[2]))
    assert Counter(page.evaluate(TERRITORY)) == _expected_fills(src, DATES[2])
    gov = src.control(DATES[2]).set_index("actor").loc["gov", "area_km2"]
    assert f"{gov:,.0f} km²" in page.locator(".gm-legend").inner_text()
    assert page.locator("path.gm-event").count() == 1  # the rejected event with a point
    assert page.locator("a#" + container.get_attribute("id") + "-page").get_attribute("href") == (
        f"{DATES[2]}.html"
    )
    page.screenshot(path=str(shots / "timeline-2017-05-20.png"))
    report = page.evaluate(OPEN_ALL)
    assert report == {**report, "img": 0, "handlers": 0, "jsLinks": 0}
    watch.assert_clean()


def test_timeline_play_never_stacks(source, tmp_path, watch, shots):
    from geomap.render import timeline_map

    path = tmp_path / "timeline.html"
    timeline_map(source, interval_ms=120).save(str(path))
    import datetime as dt

    days = [(dt.date(2017, 5, 1) + dt.timedelta(days=k)).isoformat() for k in range(27)]
    expected = {d: source.expected_features(d) for d in days}
    page = watch.goto(path)
    page.wait_for_selector("path.gm-terr")
    container = page.locator(".folium-map")
    # record, at every step the player takes, the date shown and the territory paths drawn
    page.evaluate(
        """() => {
            const box = document.querySelector(".folium-map");
            window.steps = [];
            new MutationObserver(() => window.steps.push(
                [box.getAttribute("data-date"), document.querySelectorAll("path.gm-terr").length]
            )).observe(box, {attributes: true, attributeFilter: ["data-date"]});
        }"""
    )
    page.locator("button", has_text="Play").click()
    page.wait_for_function(
        "document.querySelector('button').getAttribute('aria-pressed') === 'false'",
        timeout=10_000,
    )
    steps = page.evaluate("window.steps")
    # opened on the last day, Play starts again from the first and plays every day, in order
    assert [d for d, _ in steps] == days
    for day, count in steps:
        assert count == expected[day], (day, count)  # never more paths than that date has
    assert container.get_attribute("data-date") == DATES[-1]
    assert page.locator("path.gm-terr").count() == expected[DATES[-1]]
    page.screenshot(path=str(shots / "timeline-played.png"))
    # playing again restarts from the first date
    page.locator("button", has_text="Play").click()
    page.wait_for_function(
        f"document.querySelector('.folium-map').getAttribute('data-date') !== {DATES[-1]!r}"
    )
    page.locator("button", has_text="Pause").click()
    watch.assert_clean()


def test_index_page(written, watch, shots):
    page = watch.goto(written["dir"] / "index.html")
    assert page.locator(".gm-chart svg polyline.gm-series").count() == 4
    assert page.locator("ul.gm-dates a").count() == len(DATES)
    assert XSS_IMG in page.locator("table").first.inner_text()
    page.screenshot(path=str(shots / "index.png"), full_page=True)
    watch.assert_clean()


def test_inline_map_and_notebook_repr_offline(source, tmp_path, watch, shots):
    from geomap.render import date_map

    m = date_map(source, "2017-05-27", previous="2017-05-20")
    page_path = tmp_path / "inline.html"
    m.save(str(page_path))
    page = watch.goto(page_path)
    page.wait_for_selector("path.gm-terr")
    assert watch.requests == [page_path.resolve().as_uri()]  # nothing else, not even a file
    page.screenshot(path=str(shots / "inline-2017-05-27.png"))
    # what Jupyter shows: the figure in an iframe srcdoc
    repr_path = tmp_path / "notebook.html"
    repr_path.write_text(
        '<!DOCTYPE html><html><body style="width:900px">' + m._repr_html_() + "</body></html>",
        encoding="utf-8",
    )
    page = watch.goto(repr_path)
    frame = page.frame_locator("iframe")
    frame.locator("path.gm-terr").first.wait_for()
    assert frame.locator("path.gm-terr").count() == 4
    page.screenshot(path=str(shots / "notebook-repr.png"))
    watch.assert_clean()


def test_one_decoder_serves_every_page(written, watch):
    """``geomap.decode`` (assets/geomap.js) is the pages' only decoder, and it inverts the encoder."""
    import shapely
    from render_helpers import decode_geometry

    from geomap.render._geometry import encode_geometry

    geom = shapely.MultiPolygon(
        [
            shapely.Polygon(
                [(36, 33), (36.5, 33), (36.5, 33.25), (36, 33.25)],
                [[(36.1, 33.1), (36.2, 33.1), (36.2, 33.2)]],
            ),
            shapely.box(38.0, 34.0, 38.25, 34.5),
        ]
    )
    enc = encode_geometry(geom, 4)
    for name in ("2017-05-10.html", "timeline.html", "index.html"):
        text = (written["dir"] / name).read_text(encoding="utf-8")
        assert "gmDecode" not in text and "function decode" not in text
    page = watch.goto(written["dir"] / "2017-05-10.html")
    page.wait_for_selector("path.gm-terr")
    decoded = page.evaluate("(g) => geomap.decode(g, 10000)", enc)
    expected = decode_geometry(enc, 4)  # (lon, lat) per point
    assert [[[[p[1], p[0]] for p in ring] for ring in poly] for poly in expected] == [
        [[[round(v, 6) for v in p] for p in ring] for ring in poly] for poly in decoded
    ]
    assert expected[0][0][0] == (36.0, 33.0) and len(expected[0]) == 2  # the hole kept
    watch.assert_clean()
