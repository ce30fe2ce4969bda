"""Publishable pages, in headless Chromium with the network cut: the demo theatre's date pages.

Land drawn at every zoom, labels that never overlap, the view framing the
action, ground popups, named event markers, no focus rectangle, phones, the
view in the URL hash, the embed snippet.  Screenshots go to /tmp/geomap-shots/.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
import shapely
from fake_source import XSS_IMG

pytestmark = pytest.mark.browser

LAYER = Path(__file__).resolve().parents[2] / "layers" / "syria-2017"
PAGES = ["2017-05-25.html", "2017-05-27.html"]
PHONE = {"width": 390, "height": 844}

MAP = "Object.keys(window).filter(k => k.startsWith('map_') && window[k] && window[k].getZoom)[0]"

# Visible label boxes (gm-label tooltips not hidden by the collision pass) inside the map,
# and the pairs of them that overlap.
LABEL_BOXES = """
() => {
  const box = document.querySelector(".folium-map").getBoundingClientRect();
  const out = [];
  document.querySelectorAll(".leaflet-tooltip.gm-label").forEach(el => {
    if (getComputedStyle(el).visibility === "hidden") { return; }
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) {
      return;
    }
    out.push({text: el.textContent, l: r.left, r: r.right, t: r.top, b: r.bottom});
  });
  const overlaps = [];
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i], b = out[j];
      if (a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b) { overlaps.push([a.text, b.text]); }
    }
  }
  return {labels: out.map(o => o.text), overlaps};
}
"""

# Is the point [lat, lon] covered by a land polygon of the basemap now on the map?
LAND_AT = """
([lat, lon]) => {
  const map = window[MAPKEY];
  function inRing(ring) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const yi = ring[i].lat, xi = ring[i].lng, yj = ring[j].lat, xj = ring[j].lng;
      if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) { inside = !inside; }
    }
    return inside;
  }
  let land = false;
  map.eachLayer(l => {
    if (land || !(l instanceof L.Polygon) || l.options.pane !== "gmBase" || l.options.stroke !== false) { return; }
    const polys = L.LineUtil.isFlat(l.getLatLngs()) ? [[l.getLatLngs()]] :
      (L.LineUtil.isFlat(l.getLatLngs()[0]) ? [l.getLatLngs()] : l.getLatLngs());
    for (const poly of polys) {
      if (inRing(poly[0]) && !poly.slice(1).some(inRing)) { land = true; return; }
    }
  });
  return land;
}
""".replace("MAPKEY", MAP)


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo theatre's pages of 20–27 May 2017 (and its assets), written once."""
    from geomap import load_theatre

    out = tmp_path_factory.mktemp("demo-maps")
    load_theatre(LAYER).write_maps(out, start="2017-05-20", end="2017-05-27")
    return out


def _set_zoom(page, zoom: int) -> None:
    page.evaluate(f"() => void window[{MAP}].setZoom({zoom}, {{animate: false}})")
    page.wait_for_timeout(150)


def _zoom(page) -> int:
    return page.evaluate(f"() => window[{MAP}].getZoom()")


def _max_zoom(page) -> int:
    return page.evaluate(f"() => window[{MAP}].getMaxZoom()")


def _click_at(page, lat: float, lon: float) -> None:
    xy = page.evaluate(
        f"([lat, lon]) => {{ const m = window[{MAP}]; const p = m.latLngToContainerPoint([lat, lon]);"
        " const r = m.getContainer().getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }",
        [lat, lon],
    )
    page.mouse.click(*xy)


@pytest.mark.parametrize("name", PAGES)
def test_labels_never_overlap(demo, watch, shots, name):
    page = watch.goto(demo / name)
    page.wait_for_selector(".gm-label:not(.gm-hidden)")
    page.wait_for_timeout(100)
    found = page.evaluate(LABEL_BOXES)
    assert found["overlaps"] == [], found["overlaps"]
    assert len(found["labels"]) >= 8, found["labels"]
    _set_zoom(page, _max_zoom(page))
    assert page.evaluate(LABEL_BOXES)["overlaps"] == []
    # the deepest zoom around the crowded desert sites of 25 May
    page.evaluate(
        f"() => void window[{MAP}].setView([34.2, 38.0], {_max_zoom(page)}, {{animate: false}})"
    )
    page.wait_for_timeout(150)
    assert page.evaluate(LABEL_BOXES)["overlaps"] == []
    page.evaluate(
        f"() => void window[{MAP}].setView([34.3, 38.2], {_max_zoom(page) - 3}, {{animate: false}})"
    )
    page.wait_for_timeout(150)
    found = page.evaluate(LABEL_BOXES)
    assert found["overlaps"] == []
    assert len(found["labels"]) >= 3, found["labels"]
    page.screenshot(path=str(shots / f"labels-{name}.png"))
    watch.assert_clean()


def test_reference_places_are_not_drawn(demo):
    labels = (demo / "assets" / "labels.js").read_text(encoding="utf-8")
    for hidden in ("Lebanon (reference point)", "tripoint", "Beirut", "border turning point"):
        assert hidden not in labels
    assert "Palmyra" in labels and "Khunayfis" in labels
    assert labels.count('"Lebanon",') + labels.count('"LEBANON"') <= 1  # the country, once


def test_land_everywhere_at_every_zoom(demo, watch, shots):
    page = watch.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    # Iran (east of 48°E), Turkey, Egypt, Saudi Arabia are land; the Mediterranean and the Gulf are sea
    land = [(32.5, 53.0), (39.0, 35.0), (26.0, 30.0), (24.0, 45.0), (34.0, 49.5)]
    sea = [(34.0, 20.0), (27.0, 51.5), (42.5, 34.0)]
    # one zoom in each basemap band (2–3, 4–5, 6–7, 8–9, 10 and deeper), and the deepest
    for zoom in (2, 5, 7, 8, 10, _max_zoom(page)):
        _set_zoom(page, zoom)
        for lat, lon in land:
            assert page.evaluate(LAND_AT, [lat, lon]), (zoom, lat, lon)
        for lat, lon in sea:
            assert not page.evaluate(LAND_AT, [lat, lon]), (zoom, lat, lon)
        if zoom == 4:
            page.screenshot(path=str(shots / "basemap-zoom4.png"))
    watch.assert_clean()


def test_view_frames_the_action(demo, watch):
    page = watch.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    bounds = page.evaluate(f"() => window[{MAP}].getBounds().toBBoxString()")
    w, s, e, n = (float(v) for v in bounds.split(","))
    # the May–June action (Homs to the Iraqi border near al-Tanf) is in view...
    for lat, lon in [(34.73, 36.72), (33.5, 38.6), (34.56, 38.28)]:
        assert w < lon < e and s < lat < n
    # ...closer than the whole area of interest would be (Syria fits at zoom 6 here)
    assert _zoom(page) >= 7
    assert n - s < 5.0  # Syria spans 32.3–37.3°N
    watch.assert_clean()


def test_ground_popup_names_the_cell_holder_and_event(demo, watch, shots):
    page = watch.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    # al-Ilianiya changed hands on 27 May; its marker sits on the point, click beside it
    _click_at(page, 33.96, 38.098)  # 6 km south of the point: inside its cell
    popup = page.locator(".gm-cell-popup .leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert "Ground of Al-Ilianiya" in text
    # the cell's km², as the ledger counts it: the ground the event of that day moved
    assert "Ground of Al-Ilianiya · 693 km²" in text
    assert "Held by Syrian government" in text and "since 2017-05-27" in text
    assert "Through the event" in text and "Enab Baladi" in text
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / "ground-popup-2017-05-27.png"))
    # Palmyra: held since before the record's start
    page.evaluate(f"() => void window[{MAP}].closePopup()")
    page.wait_for_timeout(300)  # the popup's fade-out: a click during it is not taken
    _click_at(page, 34.62, 38.2)
    page.wait_for_function(
        "(document.querySelector('.gm-cell-popup .leaflet-popup-content')?.textContent || '')"
        ".includes('Palmyra')"
    )
    text = page.locator(".gm-cell-popup .leaflet-popup-content").inner_text()
    assert "since the start of the record (2017-05-01)" in text
    # no focus rectangle on the clicked shape
    outline = page.evaluate(
        "() => { const a = document.activeElement; return a && a.tagName === 'path'"
        " ? getComputedStyle(a).outlineStyle : 'none'; }"
    )
    assert outline == "none"
    watch.assert_clean()


def _xy(page, lat: float, lon: float) -> tuple[float, float]:
    return page.evaluate(
        f"([lat, lon]) => {{ const m = window[{MAP}]; const p = m.latLngToContainerPoint([lat, lon]);"
        " const r = m.getContainer().getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }",
        [lat, lon],
    )


VISIBLE_TIPS = """() => Array.from(document.querySelectorAll('.leaflet-tooltip.gm-tip'))
  .filter(el => getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().width > 0)
  .map(el => { const r = el.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; })"""


def test_hover_tooltip_gives_way_to_the_popup(demo, watch, shots):
    page = watch.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    x, y = _xy(page, 33.96, 38.098)  # inside Al-Ilianiya's cell
    page.mouse.move(x, y)
    page.mouse.move(x + 3, y + 2)
    page.wait_for_function(VISIBLE_TIPS.replace("() =>", "() => (") + ").length > 0")
    page.mouse.click(x + 3, y + 2)
    page.locator(".gm-cell-popup .leaflet-popup-content").wait_for()
    page.mouse.move(x + 6, y + 4)  # still over the ground: the tooltip would follow the mouse
    page.wait_for_timeout(200)
    page.screenshot(path=str(shots / "popup-without-tooltip-2017-05-27.png"))
    assert page.evaluate(VISIBLE_TIPS) == []
    # closed popup: the tooltip is back on hover
    page.evaluate(f"() => void window[{MAP}].closePopup()")
    page.mouse.move(x + 9, y + 6)
    page.wait_for_function(VISIBLE_TIPS.replace("() =>", "() => (") + ").length > 0")
    watch.assert_clean()


def test_phone_tooltip_stays_on_screen(demo, phone, shots):
    page = phone.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    # the map's centre on the territory at the left edge, so a tooltip opens leftwards
    page.evaluate(f"() => void window[{MAP}].setView([33.96, 38.098], 9, {{animate: false}})")
    page.wait_for_timeout(200)
    for lon in (38.06, 38.098, 38.14):
        x, y = _xy(page, 33.96, lon)
        if not 0 < x < PHONE["width"]:
            continue
        page.mouse.move(x, y)
        page.mouse.move(x + 1, y + 1)
        page.wait_for_timeout(100)
        for left, right, top, bottom in page.evaluate(VISIBLE_TIPS):
            assert left >= 0 and right <= PHONE["width"] + 0.5, (lon, left, right)
            assert top >= 0 and bottom <= PHONE["height"] + 0.5, (lon, top, bottom)
    page.screenshot(path=str(shots / "phone-tooltip-2017-05-27.png"))


def test_keyboard_focus_stays_visible(written):
    css = (
        Path(__file__).resolve().parents[2] / "geomap" / "render" / "static" / "geomap.css"
    ).read_text()
    assert re.search(r"path\.leaflet-interactive:focus \{ outline: none; \}", css)
    assert re.search(r"path\.leaflet-interactive:focus-visible \{[^}]*stroke: #005fcc", css)


def test_ground_popup_escapes(written, watch):
    page = watch.goto(written["dir"] / "2017-05-10.html")
    page.wait_for_selector("path.gm-terr")
    _click_at(page, 33.2, 38.2)  # cell c02, named with an <img onerror> payload
    popup = page.locator(".gm-cell-popup .leaflet-popup-content")
    popup.wait_for()
    text = popup.inner_text()
    assert XSS_IMG in text and "since 2017-05-10" in text
    assert popup.locator("img").count() == 0
    assert popup.locator("a").count() == 0  # its javascript: source is not a link
    watch.assert_clean()


def test_event_markers_carry_the_place_name(demo, watch):
    page = watch.goto(demo / "2017-05-25.html")
    page.wait_for_selector("path.gm-event")
    names = page.evaluate(
        f"""() => {{ const out = []; window[{MAP}].eachLayer(l => {{
            if (l instanceof L.CircleMarker && /gm-event/.test(l.options.className || "")) {{
                out.push(l.getTooltip() ? l.getTooltip().getContent() : null); }} }}); return out; }}"""
    )
    assert len(names) >= 4 and all(names), names
    # "2. Jabal Zuqaq Khalayil": the place's name after its event's number in the side panel's
    # list (stop 48's new user: the dots were plain, the list numbered)
    numbered = dict(re.fullmatch(r"(\d+)\. (.+)", n).groups()[::-1] for n in names)
    assert {"Khunayfis", "Jabal Zuqaq Khalayil", "Al-Bardah", "Al-Busayri crossroad"} <= set(
        numbered
    )
    listed = page.locator(".gm-events ol > li").all_inner_texts()
    for name, k in numbered.items():
        assert name in listed[int(k) - 1].split("\n")[0], (name, k, listed)
    # each dot's number is on the map too, and the same
    shown = page.locator(".gm-event-num .gm-num").all_inner_texts()
    assert sorted(shown, key=int) == sorted(numbered.values(), key=int)
    watch.assert_clean()


def test_view_in_the_url_hash(demo, watch):
    page = watch.page
    page.goto((demo / "2017-05-27.html").resolve().as_uri() + "#9/34.5500/38.3000")
    page.wait_for_selector("path.gm-terr")
    assert _zoom(page) == 9
    center = page.evaluate(f"() => window[{MAP}].getCenter()")
    assert abs(center["lat"] - 34.55) < 0.01 and abs(center["lng"] - 38.3) < 0.01
    page.evaluate(f"() => void window[{MAP}].setView([34.0, 37.5], 8, {{animate: false}})")
    page.wait_for_function("location.hash === '#8/34.0000/37.5000'")
    prev = page.locator("a.gm-datelink").first.get_attribute("href")
    assert prev == "2017-05-26.html#8/34.0000/37.5000"  # the previous date keeps the view
    # editing the address moves the map too
    page.evaluate("() => { location.hash = '#7/34.5000/38.0000'; }")
    page.wait_for_function(f"window[{MAP}].getZoom() === 7")
    watch.assert_clean()


@pytest.fixture
def phone(browser):
    from conftest import PageWatch

    class PhoneWatch(PageWatch):
        def __init__(self, browser):
            self.context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
            self.blocked, self.requests, self.console_errors, self.dialogs = [], [], [], []
            self.context.route("**/*", self._route)
            self.page = self.context.new_page()
            self.page.on("console", self._console)
            self.page.on("pageerror", lambda exc: self.console_errors.append(f"pageerror: {exc}"))
            self.page.on("dialog", self._dialog)
            self.page.on("request", lambda req: self.requests.append(req.url))

    w = PhoneWatch(browser)
    try:
        yield w
    finally:
        w.close()


INSIDE = """(sel) => Array.from(document.querySelectorAll(sel)).map(el => {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5;
})"""


def test_phone_date_page(demo, phone, shots):
    page = phone.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    page.wait_for_timeout(200)
    # the title wraps instead of being cut
    title = page.locator(".gm-top h1")
    assert title.evaluate("h => h.scrollWidth <= h.clientWidth + 1")
    assert "2017-05-27" in title.inner_text()
    # every control is on screen
    for sel in (
        ".gm-top h1",
        ".gm-top nav a",
        ".leaflet-control-zoom a",
        ".gm-side summary.gm-fold",
        ".gm-assumptions summary",
    ):
        assert all(page.evaluate(INSIDE, sel)), sel
    # the legend is folded and opens on a tap
    fold = page.locator("details.gm-fold-box")
    assert fold.get_attribute("open") is None
    page.screenshot(path=str(shots / "phone-2017-05-27.png"))
    page.locator(".gm-side summary.gm-fold").tap()
    assert fold.get_attribute("open") is not None
    assert page.locator(".gm-legend").is_visible()
    page.screenshot(path=str(shots / "phone-2017-05-27-legend.png"))
    page.locator(".gm-side summary.gm-fold").tap()
    # the map fills the screen below the title bar, and the action is large on it
    box = page.locator(".folium-map").bounding_box()
    assert box["height"] >= 0.8 * PHONE["height"] and box["width"] == PHONE["width"]
    bounds = page.evaluate(f"() => window[{MAP}].getBounds().toBBoxString()")
    w, s, e, n = (float(v) for v in bounds.split(","))
    assert e - w < 9.0  # Syria is about 6.7° wide: most of the screen's width, not a speck
    # the zoom buttons work
    before = _zoom(page)
    page.locator(".leaflet-control-zoom-in").tap()
    page.wait_for_function(f"window[{MAP}].getZoom() === {before + 1}")
    # navigation links are tappable and do not overlap each other
    rects = page.evaluate(
        "() => Array.from(document.querySelectorAll('.gm-top nav a, .gm-top nav span'))"
        ".map(a => { const r = a.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })"
    )
    for i, a in enumerate(rects):
        assert a[3] - a[1] >= 24
        for b in rects[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    phone.assert_clean()


def test_phone_index_and_embed_snippet(demo, phone, shots):
    page = phone.goto(demo / "index.html")
    assert page.evaluate("() => document.documentElement.scrollWidth <= innerWidth + 1")
    code = page.locator("#gm-embed-code")
    value = code.input_value()
    assert value.startswith('<iframe src="2017-05-27.html" title="Syrian Desert campaign')
    assert value.endswith("></iframe>")
    code.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "phone-index.png"), full_page=True)
    phone.assert_clean()


PHONE_INDEX = """() => {
  const charts = Array.from(document.querySelectorAll('svg[role=img]'))
    .filter(svg => svg.getClientRects().length).map(svg => {
    const t = svg.querySelector('text'); return t ? t.getBoundingClientRect().height : 0; });
  const broken = Array.from(document.querySelectorAll('td.n, th.n'))
    .filter(td => td.textContent.trim() && getComputedStyle(td).whiteSpace !== 'nowrap')
    .map(td => td.textContent);
  const wrapped = Array.from(document.querySelectorAll('td.n'))
    .filter(td => /km²/.test(td.textContent)).filter(td => {
      const r = document.createRange(); r.selectNodeContents(td);
      return new Set(Array.from(r.getClientRects()).map(q => Math.round(q.top))).size > 1; })
    .map(td => td.textContent);
  const cut = Array.from(document.querySelectorAll('table')).filter(t => {
      const box = t.parentElement; return box.scrollWidth > box.clientWidth + 1; })
    .map(t => {
      const box = t.parentElement, st = getComputedStyle(box);
      return {scrolls: ['auto', 'scroll'].includes(st.overflowX),
              cue: (st.backgroundImage.match(/gradient/g) || []).length}; });
  // the lines a cell's text takes (its text's line boxes, not the row's height)
  const lines = td => { const tops = new Set(), walk = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) { const r = document.createRange(); r.selectNodeContents(walk.currentNode);
      Array.from(r.getClientRects()).filter(q => q.width > 0).forEach(q => tops.add(Math.round(q.top / 4))); }
    return tops.size; };
  const dates = Array.from(document.querySelectorAll('td.gm-when')).map(lines);
  const sides = Array.from(document.querySelectorAll('td.gm-who')).map(lines);
  return {charts, broken, wrapped, cut, dates, sides};
}"""


def test_phone_index_is_readable(demo, phone, shots):
    page = phone.goto(demo / "index.html")
    found = page.evaluate(PHONE_INDEX)
    # the charts' text stays readable (it was ~3 px): a phone's charts are drawn for its width
    assert found["charts"] and min(found["charts"]) >= 9, found["charts"]
    # "0 km²" never breaks across lines
    assert found["broken"] == [] and found["wrapped"] == []
    # a ledger date never breaks ("2017-" over "05-08"), a side's name takes at most three
    # lines, not five (stop 48's new user)
    assert found["dates"] and max(found["dates"]) == 1, found["dates"]
    assert found["sides"] and max(found["sides"]) <= 3, found["sides"]
    # a table wider than the screen scrolls, with a visible cue (the shadow at its cut side)
    assert found["cut"], "expected a table wider than 390 px"
    assert all(c["scrolls"] and c["cue"] >= 2 for c in found["cut"]), found["cut"]
    assert page.evaluate("() => document.documentElement.scrollWidth <= innerWidth + 1")
    page.locator(".gm-chart-narrow svg").first.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "phone-index-chart.png"))
    phone.assert_clean()


def test_embed_snippet_is_escaped(written):
    from html.parser import HTMLParser

    html = (written["dir"] / "index.html").read_text(encoding="utf-8")

    class Grab(HTMLParser):
        inside, text = False, ""

        def handle_starttag(self, tag, attrs):
            self.inside = tag == "textarea"

        def handle_data(self, data):
            if self.inside:
                self.text += data

        def handle_endtag(self, tag):
            self.inside = False

    grab = Grab()
    grab.feed(html)
    # what the textarea holds (and what is copied) is one iframe whose title is escaped text
    assert grab.text.startswith('<iframe src="2017-05-27.html" title="Test theatre &lt;script&gt;')
    assert grab.text.count("<") == 2 and "<script" not in grab.text


def test_demo_folder_is_self_contained(demo):
    assets = sorted(p.name for p in (demo / "assets").iterdir() if p.is_file())
    assert {"basemap.js", "cells.js", "geomap.js", "labels.js", "leaflet.js"} <= set(assets)
    # the basemap is written once, not per page
    page = (demo / "2017-05-27.html").read_text(encoding="utf-8")
    assert "GEOMAP_BASEMAP =" not in page
    assert len(page.encode()) < 150_000


def test_golan_is_land(demo, watch):
    page = watch.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    # the Golan Heights: Natural Earth's outlines give it to no country; drawn as land
    for zoom in (5, 7, 9, _max_zoom(page)):
        _set_zoom(page, zoom)
        assert page.evaluate(LAND_AT, [33.0, 35.75]), zoom
    watch.assert_clean()


# Boxes of the page's chrome and map controls that are shown: each inside the viewport, no two
# overlapping (0.5 px of slack for sub-pixel borders).
CHROME = [
    ".gm-top h1",
    ".gm-top nav",
    ".gm-timebar .gm-play",
    ".gm-timebar .gm-slider",
    ".gm-timebar output",
    ".gm-timebar a",
    ".gm-side",
    ".gm-assumptions",
    ".leaflet-control-zoom",
    ".leaflet-control-layers",
    ".leaflet-control-scale",
    ".leaflet-control-attribution",
]
BOXES = """(sels) => {
  const out = [];
  for (const sel of sels) {
    document.querySelectorAll(sel).forEach(el => {
      const st = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (st.display === "none" || st.visibility === "hidden" || r.width === 0 || r.height === 0) {
        return;
      }
      out.push({sel, l: r.left, t: r.top, r: r.right, b: r.bottom});
    });
  }
  const bad = [];
  for (const a of out) {
    if (a.l < -0.5 || a.t < -0.5 || a.r > innerWidth + 0.5 || a.b > innerHeight + 0.5) {
      bad.push(["outside the viewport", a.sel]);
    }
  }
  for (let i = 0; i < out.length; i++) {
    for (let j = i + 1; j < out.length; j++) {
      const a = out[i], b = out[j];
      if (a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5) {
        bad.push([a.sel, b.sel]);
      }
    }
  }
  return {shown: out.map(o => o.sel), bad};
}"""


def _chrome_ok(target, *, needed: tuple[str, ...]) -> None:
    found = target.evaluate(BOXES, CHROME)
    assert found["bad"] == [], found
    assert set(needed) <= set(found["shown"]), found["shown"]


def _toggle(page, summary: str) -> None:
    page.locator(summary).first.tap()
    page.wait_for_timeout(100)


@pytest.mark.parametrize(
    "name", ["2017-05-27.html", "diff-2017-05-07--2017-05-27.html", "timeline.html"]
)
def test_phone_chrome_never_overlaps(demo, phone, shots, name):
    page = phone.goto(demo / name)
    page.wait_for_selector("path.gm-terr")
    page.wait_for_timeout(200)
    title = page.locator(".gm-top h1")
    assert title.evaluate("h => h.scrollWidth <= h.clientWidth + 1")  # wraps, never cut
    needed = (".gm-top h1", ".gm-side", ".leaflet-control-zoom", ".leaflet-control-scale")
    if name != "timeline.html":
        needed += (".gm-top nav", ".gm-assumptions")
    _chrome_ok(page, needed=needed)
    page.screenshot(path=str(shots / f"phone-chrome-{name}.png"))
    # the legend folds to one line (a date page's with the sides' colour key under it, above
    # the assumptions); opened, it pushes the assumptions aside, and the reverse
    fold = ".gm-side .gm-fold"
    key = page.locator(".gm-side .gm-key")
    if name == "2017-05-27.html":
        assert key.is_visible()
        names = key.inner_text()
        assert "Syrian government" in names and "Islamic State" in names
        assert "(SAA" not in names and "Syrian Democratic Forces" not in names  # no ground
        # the hatches that cover much of the map are keyed too (stop 48's new user)
        assert "Unassigned" in names and "Changed hands" in names
        assert page.locator(".gm-side").bounding_box()["height"] < 130
    elif name == "timeline.html":
        # the sides holding ground on the day shown, and the hatch of unassigned land (stop 48's
        # new user: the key listed sides with no ground); the slider changes which
        assert key.is_visible()
        names = key.inner_text()
        assert "Islamic State" in names and "Unassigned" in names
        assert "Syrian Democratic Forces" not in names  # never holds ground in the demo
        assert page.locator(".gm-side").bounding_box()["height"] < 130
    else:
        assert not key.count() or not key.is_visible()
        assert page.locator(".gm-side").bounding_box()["height"] < 60
    _toggle(page, fold)
    assert page.locator(".gm-side .gm-legend").is_visible()
    assert not key.count() or not key.is_visible()  # the open legend is the key
    _chrome_ok(page, needed=(".gm-side",))
    _toggle(page, fold)
    if name != "timeline.html":
        _toggle(page, ".gm-assumptions summary")
        assert page.locator(".gm-assumptions dl").is_visible()
        _chrome_ok(page, needed=(".gm-assumptions",))
    phone.assert_clean()


def test_phone_index_embedded_map(demo, phone, shots):
    page = phone.goto(demo / "index.html")
    frame = page.locator("iframe.gm-answer-map").element_handle().content_frame()
    frame.wait_for_selector("path.gm-terr")
    page.wait_for_timeout(200)
    # inside the embedded map: its legend folded to one line, nothing overlapping or cut
    _chrome_ok(frame, needed=(".gm-side", ".gm-top h1", ".leaflet-control-zoom"))
    assert frame.locator(".gm-side").bounding_box()["height"] < 60
    assert frame.locator(".gm-side details.gm-fold-box").get_attribute("open") is None
    # the places that changed hands are listed in full below the map, on the index itself
    places = page.locator(".gm-answer-places li")
    assert places.count() >= 3
    assert "Al-Sabe' Biyar" in page.locator(".gm-answer-places").inner_text()
    assert page.evaluate("() => document.documentElement.scrollWidth <= innerWidth + 1")
    assert page.evaluate("innerWidth") == PHONE["width"]  # no table widened the page
    page.locator(".gm-answer-places").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "phone-index-answer.png"))
    phone.assert_clean()


def test_index_embedded_legend_is_compact(demo, watch, shots):
    page = watch.goto(demo / "index.html")
    iframe = page.locator("iframe.gm-answer-map")
    frame = iframe.element_handle().content_frame()
    frame.wait_for_selector("path.gm-terr")
    page.wait_for_timeout(200)
    # folded: one line in a corner, not a third of the map
    side = frame.locator(".gm-side").bounding_box()
    assert side["height"] < 40 and side["width"] < 0.25 * iframe.bounding_box()["width"]
    _chrome_ok(frame, needed=(".gm-side", ".gm-assumptions"))
    # it opens on demand
    frame.locator(".gm-side .gm-fold").click()
    assert frame.locator(".gm-diff-totals").is_visible()
    page.screenshot(path=str(shots / "index-answer.png"))
    watch.assert_clean()


COUNTRY_BOXES = """() => { const m = document.querySelector('.folium-map').getBoundingClientRect();
  return Array.from(document.querySelectorAll('.gm-country-label'))
    .filter(el => getComputedStyle(el).visibility !== 'hidden')
    .map(el => { const r = el.getBoundingClientRect();
      return [el.textContent, r.left >= m.left && r.right <= m.right
              && r.top >= m.top && r.bottom <= m.bottom]; }); }"""


@pytest.mark.parametrize(
    "size, name",
    [((1280, 800), "2017-05-27.html"), ((390, 844), "diff-2017-05-07--2017-05-27.html")],
)
def test_country_labels_lie_in_view(demo, browser, size, name):
    from conftest import PageWatch

    w = PageWatch(browser)
    try:
        w.page.set_viewport_size({"width": size[0], "height": size[1]})
        page = w.goto(demo / name)
        page.wait_for_selector(".gm-country-label", state="attached")
        page.wait_for_timeout(150)
        for view in (None, [31.0, 35.2, 6]):  # as opened; Israel and Palestine at the edge
            if view:
                page.evaluate(
                    f"() => void window[{MAP}].setView([{view[0]}, {view[1]}], {view[2]},"
                    " {animate: false})"
                )
                page.wait_for_timeout(150)
            boxes = page.evaluate(COUNTRY_BOXES)
            assert len(boxes) >= 2 and all(inside for _, inside in boxes), (view, boxes)
        w.assert_clean()
    finally:
        w.close()


def test_index_claims_say_the_missing_range_once(demo):
    html = (demo / "index.html").read_text(encoding="utf-8")
    claims = html[html.index('<ul class="claims">') :]
    claims = claims[: claims.index("</ul>")]
    # the demo's claims cover 12–14 places, beyond the calibration table: said once, in plain words
    assert "no calibrated range" not in claims and "tuning split" not in claims
    assert claims.count("no error range is given") == 1
    assert "measured only for gains of 1 to 8 places" in claims
    # each of the five claims links to the map of its period
    assert claims.count("Map of this period") == 5


@pytest.fixture(scope="module")
def snapshot_maps(tmp_path_factory) -> Path:
    """A snapshot theatre's pages (twelve days of a red front growing east; a blue box)."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "snapshots"))
    from snapshot_fixtures import AOI, FILL_RULE, PATTERN, daily_series

    from geomap.snapshots import load_snapshots

    root = tmp_path_factory.mktemp("snapshot-maps")
    folder = daily_series(root / "snaps", with_breakages=False)
    series = load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)
    series.write_maps(root / "maps", start="2024-01-08", end="2024-01-10", jobs=1)
    return root / "maps"


def test_snapshot_ground_popup(snapshot_maps, watch, shots):
    assert (snapshot_maps / "assets" / "gains.js").is_file()  # written once per folder
    page = watch.goto(snapshot_maps / "2024-01-10.html")
    page.wait_for_selector("path.gm-terr")

    def popup_at(lat: float, lon: float) -> str:
        page.evaluate(f"() => void window[{MAP}].closePopup()")
        page.evaluate(f"() => void window[{MAP}].setView([{lat}, {lon}], 12, {{animate: false}})")
        page.wait_for_timeout(300)
        _click_at(page, lat, lon)
        page.wait_for_selector(".gm-snapshot-popup .leaflet-popup-content")
        return page.locator(".gm-snapshot-popup .leaflet-popup-content").inner_text()

    # red's strip east of 30.557° was taken on 10 January (red grows east a little each day)
    text = popup_at(50.25, 30.561)
    assert "Ground held by red" in text and "since the snapshot of 2024-01-10" in text
    assert "As published in the snapshot of 2024-01-10 (snap_2024-01-10.geojson)" in text
    page.screenshot(path=str(shots / "snapshot-ground-popup.png"))
    # the strip taken on 9 January; red's first ground; blue's box; nobody's land
    assert "since the snapshot of 2024-01-09" in popup_at(50.25, 30.553)
    assert "since the first snapshot (2024-01-01)" in popup_at(50.3, 30.3)
    text = popup_at(50.8, 30.85)
    assert "Ground held by blue" in text and "since the first snapshot (2024-01-01)" in text
    assert "Ground no side holds" in popup_at(49.5, 29.5)
    watch.assert_clean()


def test_front_line_is_drawn_where_the_front_is(demo, watch):
    """The front travels encoded (``encode_lines``) and ``geomap.decode`` draws it in place."""
    from geomap import load_theatre

    front = load_theatre(LAYER).front("2017-05-27")
    page = watch.goto(demo / "2017-05-27.html")
    page.wait_for_selector("path.gm-terr")
    js = """() => {
            var out = [];
            window[MAP].eachLayer(function (l) {
                if (l instanceof L.Polyline && !(l instanceof L.Polygon)
                        && l.options.dashArray === "6 4") {
                    out.push(l.getLatLngs().flat(2).map(function (p) { return [p.lat, p.lng]; }));
                }
            });
            return out;
        }"""
    drawn = page.evaluate(js.replace("MAP", MAP))
    assert len(drawn) == len(front) > 0
    ends = {
        (round(y, 2), round(x, 2))
        for g in front.geometry
        for x, y in shapely.get_coordinates(g)[[0, -1]]
    }
    points = {(round(lat, 2), round(lon, 2)) for line in drawn for lat, lon in line}
    assert ends & points, (sorted(ends)[:4], sorted(points)[:4])
    assert watch.blocked == [] and watch.console_errors == []


# Each place label shown at the default view, and what of the page's chrome covers it (panels,
# title bar, map controls) or whether the map's edge cuts it.
COVERED = """() => {
  const map = document.querySelector(".folium-map").getBoundingClientRect();
  const chrome = [".gm-top", ".gm-side", ".gm-assumptions", ".leaflet-control"].flatMap(sel =>
    Array.from(document.querySelectorAll(sel)).filter(el => {
      const st = getComputedStyle(el), r = el.getBoundingClientRect();
      return st.display !== "none" && st.visibility !== "hidden" && r.width > 0 && r.height > 0;
    }).map(el => [sel, el.getBoundingClientRect()]));
  const shown = [], bad = [];
  document.querySelectorAll(".leaflet-tooltip.gm-label:not(.gm-country-label)").forEach(el => {
    if (getComputedStyle(el).visibility === "hidden") { return; }
    const r = el.getBoundingClientRect();
    if (r.width === 0) { return; }
    shown.push(el.textContent);
    if (r.left < map.left || r.right > map.right || r.top < map.top || r.bottom > map.bottom) {
      bad.push([el.textContent, "cut by the map's edge"]);
    }
    for (const [sel, b] of chrome) {
      if (r.left < b.right && b.left < r.right && r.top < b.bottom && b.top < r.bottom) {
        bad.push([el.textContent, sel]);
      }
    }
  });
  return {shown, bad};
}"""


@contextlib.contextmanager
def _sized_page(browser, path, size, ready):
    """A page at desktop (1366×900) or phone size, once ``ready`` is drawn; clean on exit
    (no console error, no request off the machine)."""
    from conftest import PageWatch

    w = PageWatch(browser)
    try:
        w.page.set_viewport_size({"width": 1366, "height": 900} if size == "desktop" else PHONE)
        page = w.goto(path)
        page.wait_for_selector(ready)
        page.wait_for_timeout(300)
        yield page
        w.assert_clean()
    finally:
        w.close()


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("name", ["2017-05-27.html", "diff-2017-05-07--2017-05-27.html"])
def test_no_place_label_is_covered_at_the_default_view(demo, browser, shots, name, size):
    """At 1366×900 the legend takes a column beside the map; on a phone it folds to one line."""
    with _sized_page(browser, demo / name, size, "path.gm-terr") as page:
        found = page.evaluate(COVERED)
        page.screenshot(path=str(shots / f"labels-{size}-{name}.png"))
        assert found["bad"] == [], found
        if size == "desktop" and name.startswith("2017"):
            assert "Abu Kamal" in found["shown"], found  # under the legend before


# Each label shown (text, box) and each small-change ring's box, on a diff page.
RINGS = """() => {
  const box = r => ({left: r.left, right: r.right, top: r.top, bottom: r.bottom});
  const rings = Array.from(document.querySelectorAll(".gm-small-change"))
    .map(el => box(el.getBoundingClientRect()));
  const labels = Array.from(document.querySelectorAll(".leaflet-tooltip.gm-label"))
    .filter(el => getComputedStyle(el).visibility !== "hidden" && el.getBoundingClientRect().width > 0)
    .map(el => [el.textContent, box(el.getBoundingClientRect())]);
  return {rings, labels};
}"""


@pytest.mark.parametrize("size", ["desktop", "phone"])
def test_no_label_covers_a_small_change_ring(demo, browser, shots, size):
    """al-Waer's ring lay over the "s" of Homs: a ring is an obstacle, and a place label with no
    room beside its point goes above or below it."""
    name = "diff-2017-05-07--2017-05-27.html"
    with _sized_page(browser, demo / name, size, ".gm-small-change") as page:
        found = page.evaluate(RINGS)
        page.screenshot(path=str(shots / f"rings-{size}-{name}.png"))
        assert found["rings"], found
        shown = [text for text, _ in found["labels"]]
        assert "Homs" in shown and "12. al-Waer: 13 km²" in shown, shown
        for text, r in found["labels"]:
            for q in found["rings"]:
                hit = r["left"] < q["right"] and q["left"] < r["right"]
                assert not (hit and r["top"] < q["bottom"] and q["top"] < r["bottom"]), (text, r, q)


def test_index_embedded_map_frames_the_changes(demo, watch):
    """The embedded comparison map is fitted at the frame's full width (no desktop column)."""
    page = watch.goto(demo / "index.html")
    frame = page.locator("iframe.gm-answer-map").element_handle().content_frame()
    frame.wait_for_selector("path.gm-diff")
    page.wait_for_timeout(200)
    found = frame.evaluate(
        f"""() => {{
      const map = window[{MAP}], size = map.getSize();
      const box = document.querySelector(".folium-map").getBoundingClientRect();
      const pts = Array.from(document.querySelectorAll("path.gm-diff")).map(p => {{
        const r = p.getBoundingClientRect(); return [r.left, r.right]; }});
      const left = Math.min(...pts.map(p => p[0])), right = Math.max(...pts.map(p => p[1]));
      return {{width: size.x, frame: innerWidth, mid: (left + right) / 2 - box.left}};
    }}"""
    )
    assert found["width"] == found["frame"], found  # the map spans the frame
    assert abs(found["mid"] - found["width"] / 2) < 0.1 * found["width"], found  # centred
    watch.assert_clean()


# ----------------------------------------------------------------------------- fresh-eyes, stop 26
@pytest.fixture(scope="module")
def demo_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo theatre's index over its whole default range (22 ledger rows), on its own."""
    from geomap import load_theatre
    from geomap.render import index_html

    th = load_theatre(LAYER)
    out = tmp_path_factory.mktemp("demo-index") / "index.html"
    out.write_text(index_html(th, th.map_dates()), encoding="utf-8")
    return out


LEDGER_BOX = """() => {
  const h = Array.from(document.querySelectorAll('h2')).find(e => e.textContent.startsWith('Ledger by'));
  let box = h.nextElementSibling;
  while (box && box.tagName !== 'DIV') { box = box.nextElementSibling; }
  const rows = box.querySelectorAll('tbody tr');
  const last = rows[rows.length - 1].getBoundingClientRect(), r = box.getBoundingClientRect();
  return {rows: rows.length, hidden: box.scrollHeight - box.clientHeight,
          lastInside: last.bottom <= r.bottom + 1};
}"""


@pytest.mark.parametrize("media", ["screen", "print"])
def test_index_ledger_shows_every_row(demo_index, watch, media):
    # the 06-15 and 06-19 rows were below the bottom of a 480 px box, with nothing to say so
    page = watch.goto(demo_index)
    page.emulate_media(media=media)
    found = page.evaluate(LEDGER_BOX)
    assert found["rows"] == 22 and found["hidden"] <= 1 and found["lastInside"], found


@pytest.fixture(scope="module")
def demo_all(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo theatre's maps over its whole range, as `geomap demo` writes them: the index
    has both charts (the rate's 30-day window fills)."""
    from geomap import load_theatre

    out = tmp_path_factory.mktemp("demo-all")
    load_theatre(LAYER).write_maps(out)
    return out


CHARTS_SHOWN = """() => Array.from(document.querySelectorAll('.gm-chart svg, .gm-chart-narrow svg'))
  .filter(svg => svg.getClientRects().length).map(svg => {
    const box = svg.parentElement, r = svg.getBoundingClientRect();
    const texts = Array.from(svg.querySelectorAll('text'));
    const dates = texts.filter(t => /^\\d{4}-\\d{2}-\\d{2}$/.test(t.textContent.trim()))
      .map(t => t.getBoundingClientRect());
    const values = texts.filter(t => t.getAttribute('text-anchor') === 'end')
      .map(t => t.getBoundingClientRect());
    const key = box.querySelector('.gm-chart-key');
    return {
      scrolls: box.scrollWidth > box.clientWidth + 1,
      inside: r.left >= 0 && r.right <= innerWidth + 0.5,
      dates: dates.length,
      datesOn: dates.every(d => d.left >= 0 && d.right <= innerWidth + 0.5),
      yLabels: values.length,
      yOn: values.length > 0 && values.every(v => v.left >= 0),
      key: key ? Array.from(key.querySelectorAll('li')).map(li => li.textContent.trim()) : null,
    };
  })"""


def test_phone_index_charts_fit_the_screen_with_their_axes_and_key(demo_all, phone, shots):
    """Stop 47's new user: a phone showed about 135 px of each 900 px chart, scrolled to its
    right end, with the key inside the SVG taking most of it and no y axis on screen."""
    page = phone.goto(demo_all / "index.html")
    charts = page.evaluate(CHARTS_SHOWN)
    assert len(charts) == 2, charts  # held area and rate of advance, each drawn once on screen
    for chart in charts:
        assert not chart["scrolls"] and chart["inside"], chart
        # the whole time axis (first to last date) and the y axis's values are on screen
        assert chart["dates"] >= 2 and chart["datesOn"], chart
        assert chart["yLabels"] >= 3 and chart["yOn"], chart
        # the key, below the plot: each side's name and its last figure
        assert chart["key"] is not None and len(chart["key"]) == 7, chart
    held, rate = (chart["key"] for chart in charts)
    assert " ".join(held[0].split()) == "Syrian government (SAA and allies) 31,548 km²", held
    assert " ".join(rate[0].split()) == "Syrian government (SAA and allies) +114.5 km²/day", rate
    page.locator(".gm-chart-narrow").first.scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "phone-index-chart-fits.png"))


def test_desktop_index_shows_the_wide_charts_only(demo_all, watch):
    page = watch.goto(demo_all / "index.html")
    charts = page.evaluate(CHARTS_SHOWN)
    # the wide charts, their key in the SVG; the phone's copies are not shown
    assert len(charts) == 2 and all(c["key"] is None and not c["scrolls"] for c in charts), charts
    assert page.locator(".gm-chart-narrow").first.is_hidden()
    watch.assert_clean()


def _view_width(page) -> float:
    w, _s, e, _n = (
        float(v)
        for v in page.evaluate(f"() => window[{MAP}].getBounds().toBBoxString()").split(",")
    )
    return e - w


CENTRE_Y = f"""([lat, lon]) => window[{MAP}].latLngToContainerPoint([lat, lon]).y
  + window[{MAP}].getContainer().getBoundingClientRect().top"""


@pytest.mark.parametrize("name", ["2017-05-27.html", "timeline.html"])
def test_phone_opens_on_the_action_and_the_legend_sheet_leaves_it_in_view(demo, phone, shots, name):
    page = phone.goto(demo / name)
    page.wait_for_timeout(300)
    # the ground that changes hands (about 3° of longitude) across the screen: not all of Syria
    # and its neighbours (8.6° at zoom 6)
    assert _view_width(page) < 5.0
    centre = page.evaluate(
        f"() => {{ const c = window[{MAP}].getCenter(); return [c.lat, c.lng]; }}"
    )
    fold = ".gm-side summary.gm-fold" if name != "timeline.html" else ".gm-side button.gm-fold"
    page.locator(fold).tap()
    page.wait_for_timeout(300)
    page.screenshot(path=str(shots / f"phone-{name[:-5]}-legend-sheet.png"))
    side = page.locator(".gm-side").bounding_box()
    box = page.locator(".folium-map").bounding_box()
    # a sheet across the bottom (above the scale and the credits), of limited height ...
    assert side["width"] >= PHONE["width"] - 2 and side["height"] <= 0.45 * PHONE["height"]
    assert side["y"] + side["height"] >= PHONE["height"] - 60
    # ... and what was in the middle of the map is now in the middle of the space above it
    y = page.evaluate(CENTRE_Y, centre)
    assert abs(y - (box["y"] + side["y"]) / 2) <= 3, (y, box, side)
    # its heading stays in reach to fold it back; folded, the map is where it was
    page.locator(fold).tap()
    page.wait_for_timeout(300)
    assert page.evaluate(CENTRE_Y, centre) == pytest.approx(box["y"] + box["height"] / 2, abs=2)
    phone.assert_clean()


def test_phone_legend_sheet_stays_put_when_the_events_list_is_toggled(demo, phone, shots):
    """The events list folded inside the legend sheet moves no map: toggling it with the sheet
    open pans nothing, and folding the sheet brings the map back to where it was."""
    page = phone.goto(demo / "2017-05-27.html")
    page.wait_for_timeout(300)
    centre = page.evaluate(
        f"() => {{ const c = window[{MAP}].getCenter(); return [c.lat, c.lng]; }}"
    )
    y0 = page.evaluate(CENTRE_Y, centre)
    page.locator(".gm-side summary.gm-fold").tap()
    page.wait_for_timeout(300)
    y_open = page.evaluate(CENTRE_Y, centre)
    assert y_open < y0 - 20  # the sheet moved the map up, once
    events = page.locator(".gm-side .gm-events summary")
    assert events.count() == 1
    for _ in range(3):  # fold and open the events list: the map stays where the sheet put it
        events.tap()
        page.wait_for_timeout(200)
        assert page.evaluate(CENTRE_Y, centre) == pytest.approx(y_open, abs=1)
    page.screenshot(path=str(shots / "phone-legend-sheet-events-toggled.png"))
    page.locator(".gm-side summary.gm-fold").tap()
    page.wait_for_timeout(300)
    assert page.evaluate(CENTRE_Y, centre) == pytest.approx(y0, abs=1)  # back where it was
    phone.assert_clean()


def test_timeline_key_follows_the_day(demo, phone):
    """The folded timeline key names the sides holding ground on the day shown: the other armed
    opposition holds al-Waer until 21 May, and leaves the key that day."""
    page = phone.goto(demo / "timeline.html")
    key = page.locator(".gm-side .gm-key")
    for day, shown in (("2017-05-20", True), ("2017-05-21", False), ("2017-05-20", True)):
        page.evaluate(f"() => {{ location.hash = '#{day}'; }}")
        page.wait_for_function(
            f"document.querySelector('.folium-map').getAttribute('data-date') === '{day}'"
        )
        assert ("Other armed opposition" in key.inner_text()) is shown, (day, key.inner_text())
    phone.assert_clean()
