"""The per-day timeline: hash permalinks, events of the day, chunk files, phone layout."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from render_helpers import timeline_data

DAYS = [(dt.date(2017, 5, 1) + dt.timedelta(days=k)).isoformat() for k in range(27)]


@pytest.fixture(scope="module")
def chunked(tmp_path_factory, written):
    """The tiny timeline with one chunk per first day (many chunks), beside the folder's assets."""
    from geomap.render._timeline import CHUNK_CACHE, timeline_page

    out = tmp_path_factory.mktemp("chunked")
    shutil.copytree(written["dir"] / "assets", out / "assets")
    m, files = timeline_page(
        written["source"],
        assets="assets/",
        links=True,
        labels_src="assets/labels.js",
        chunk_folder="tl",
        chunk_bytes=1,
    )
    (out / "tl").mkdir()
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
    path = out / "timeline.html"
    path.write_text(m.get_root().render(), encoding="utf-8")
    return {"path": path, "files": files, "cache": CHUNK_CACHE}


def test_chunks_hold_every_geometry_once(chunked):
    html = chunked["path"].read_text(encoding="utf-8")
    data = timeline_data(html)
    assert data["geoms"] is None
    assert data["chunk_files"] == sorted(chunked["files"])
    assert len(data["chunk_files"]) >= 3
    for f in data["features"]:
        assert f"gmTimelineChunk({f[3]}, " in chunked["files"][data["chunk_files"][f[3]]]
    # file names from numbers only; the payloads are JSON that cannot close a script
    for name, text in chunked["files"].items():
        assert name.startswith("tl/chunk-") and name.endswith(".js")
        assert "<" not in text


def test_written_folder_has_the_chunks(written):
    html = (written["dir"] / "timeline.html").read_text(encoding="utf-8")
    data = timeline_data(html)
    for name in data["chunk_files"]:
        assert (written["dir"] / name).is_file()


@pytest.mark.browser
def test_hash_opens_that_date_and_follows_the_slider(written, watch):
    page = watch.goto(written["dir"] / "timeline.html")
    # goto with a hash: the file URL plus #date
    url = (written["dir"] / "timeline.html").resolve().as_uri()
    page.goto(url + "#2017-05-20")
    page.wait_for_function(
        "document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-20'"
    )
    assert page.locator("output").inner_text() == "2017-05-20"
    assert page.locator("input[type=range]").input_value() == str(DAYS.index("2017-05-20"))
    slider = page.locator("input[type=range]")
    slider.focus()
    page.keyboard.press("ArrowRight")  # one step = one day
    assert page.locator("output").inner_text() == "2017-05-21"
    assert page.evaluate("location.hash") == "#2017-05-21"
    # a day without a page links to the latest page before it
    link = page.locator("a[id$='-page']")
    assert link.get_attribute("href") == "2017-05-20.html"
    # changing the hash moves the map
    page.evaluate("location.hash = '#2017-05-27'")
    page.wait_for_function(
        "document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-27'"
    )
    # an unknown hash is ignored: a fresh load opens on the latest day, as does no hash
    for tail in ("#not-a-date", ""):
        page.goto("about:blank")
        page.goto(url + tail)
        page.wait_for_function(
            "document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-27'"
        )
        assert page.locator("output").inner_text() == "2017-05-27"
        assert page.locator("input[type=range]").input_value() == str(len(DAYS) - 1)
        assert page.evaluate("location.hash") == "#2017-05-27"
    watch.assert_clean()


@pytest.mark.browser
def test_play_button_keeps_its_width(written, watch):
    page = watch.goto(written["dir"] / "timeline.html")
    page.wait_for_function(
        "document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-27'"
    )
    page.wait_for_timeout(100)
    play = page.locator("button.gm-play")
    slider = page.locator("input[type=range]")
    before = (play.bounding_box(), slider.bounding_box())
    play.click()  # from the last day: starts again at the first, and plays
    assert "Pause" in play.inner_text()
    after = (play.bounding_box(), slider.bounding_box())
    assert after[0]["width"] == pytest.approx(before[0]["width"], abs=0.5)
    assert after[1]["x"] == pytest.approx(before[1]["x"], abs=0.5)
    assert after[1]["width"] == pytest.approx(before[1]["width"], abs=0.5)
    play.click()
    assert "Play" in play.inner_text()
    assert play.bounding_box()["width"] == pytest.approx(before[0]["width"], abs=0.5)
    watch.assert_clean()


@pytest.mark.browser
def test_events_of_the_shown_day_are_listed(written, watch):
    url = (written["dir"] / "timeline.html").resolve().as_uri()
    page = watch.goto(written["dir"] / "timeline.html")
    page.goto(url + "#2017-05-10")
    page.wait_for_function(
        "document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-10'"
    )
    events = page.locator(".gm-side .gm-events")
    assert events.locator("summary").inner_text() == "2 events on 2017-05-10"
    assert events.locator("li").count() == 2
    assert "Palmyra" in events.inner_text()
    page.keyboard.press("Tab")
    page.locator("input[type=range]").focus()
    page.keyboard.press("ArrowRight")
    assert events.locator("summary").inner_text() == "0 events on 2017-05-11"
    report = page.evaluate(
        "document.querySelectorAll('.gm-events [onerror], .gm-events img, .gm-events script').length"
    )
    assert report == 0
    watch.assert_clean()


@pytest.mark.browser
def test_chunks_load_from_file_and_the_cache_is_bounded(chunked, watch):
    data = timeline_data(chunked["path"].read_text(encoding="utf-8"))
    page = watch.goto(chunked["path"])
    page.wait_for_selector("path.gm-terr")
    box = page.locator(".folium-map")
    slider = page.locator("input[type=range]")
    for i, day in enumerate(DAYS):
        slider.evaluate(
            "(el, v) => { el.value = String(v); el.dispatchEvent(new Event('input')); }", i
        )
        page.wait_for_function(
            f"document.querySelector('.folium-map').getAttribute('data-date') === {day!r}"
        )
        valid = [f for f in data["features"] if f[1] <= i < f[2]]
        assert box.get_attribute("data-features") == str(len(valid))
        assert page.locator("path.gm-terr").count() == len(valid)
        # decoded chunks: those the day needs plus at most CHUNK_CACHE others
        needed = {f[3] for f in valid}
        assert int(box.get_attribute("data-chunks")) <= len(needed) + chunked["cache"]
    fetched = {u.rsplit("/", 1)[-1] for u in watch.requests if "/tl/chunk-" in u}
    assert fetched == {name.rsplit("/", 1)[-1] for name in data["chunk_files"]}
    assert all(u.startswith("file://") for u in watch.requests)
    watch.assert_clean()


@pytest.mark.browser
def test_phone_layout(written, watch, shots):
    watch.page.set_viewport_size({"width": 390, "height": 844})
    url = (written["dir"] / "timeline.html").resolve().as_uri()
    page = watch.goto(written["dir"] / "timeline.html")
    page.goto(url + "#2017-05-27")
    page.wait_for_function(
        "document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-27'"
    )
    page.wait_for_timeout(200)
    page.screenshot(path=str(shots / "timeline-phone.png"))
    # the title wraps instead of being cut
    title = page.locator(".gm-top h1")
    assert title.evaluate("h => h.scrollWidth <= h.clientWidth + 1")
    assert title.bounding_box()["height"] > 20
    # the date is readable in full
    out = page.locator("output")
    assert out.inner_text() == "2017-05-27"
    assert out.evaluate("o => o.scrollWidth <= o.clientWidth + 1")
    box = out.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # the Index link covers neither the slider nor the date, and every control is on screen
    slider = page.locator("input[type=range]").bounding_box()
    index = page.locator(".gm-top nav a", has_text="Index").bounding_box()

    def overlap(a, b):
        return not (
            a["x"] + a["width"] <= b["x"]
            or b["x"] + b["width"] <= a["x"]
            or a["y"] + a["height"] <= b["y"]
            or b["y"] + b["height"] <= a["y"]
        )

    assert not overlap(slider, index) and not overlap(box, index)
    for b in (slider, index, page.locator("button", has_text="Play").bounding_box()):
        assert b["x"] >= 0 and b["x"] + b["width"] <= 390 and b["y"] >= 0
    assert slider["width"] >= 150
    # the legend is folded at first, opens on demand
    legend = page.locator(".gm-side")
    assert not page.locator(".gm-legend table").is_visible()
    assert legend.bounding_box()["height"] < 0.15 * 844
    page.locator(".gm-fold").click()
    assert page.locator(".gm-legend table").is_visible()
    assert page.locator(".gm-fold").get_attribute("aria-expanded") == "true"
    # the map fills the rest of the screen, below the header
    top = page.locator(".gm-top").bounding_box()
    m = page.locator(".folium-map").bounding_box()
    assert m["y"] >= top["y"] + top["height"] - 1
    assert m["height"] > 0.7 * 844
    watch.assert_clean()


@pytest.mark.parametrize(
    "value",
    [
        [],
        [[]],
        [[""]],
        [["?~", "AB@"]],
        [["a\\b", 'q"r'], ["x"]],  # the two characters JSON escapes in printable ASCII
        [["é", "\x01"]],  # not printable ASCII: counted by json.dumps
        ["a", "", "b"],
        [1, 2.5, None],
        [["a", 1]],
    ],
)
def test_chunk_sizes_are_the_json_text_lengths(value):
    from geomap.render._timeline import _json_size

    assert _json_size(value) == len(json.dumps(value, separators=(",", ":")))


QUOTE = "He said \"<script>alert('tip')</script>\" & left"


@pytest.mark.browser
def test_event_dot_has_a_tooltip_with_date_place_and_sides(tmp_path, watch):
    """Hovering a dot names its date, place and from → to; a hostile place name stays text."""
    from fake_source import tiny_source

    from geomap.render._timeline import timeline_page

    src = tiny_source()
    src._events.loc[src._events["place"] == "c11", "place_name"] = QUOTE
    m, files = timeline_page(src)  # one page, its assets inline
    assert files == {}
    (tmp_path / "timeline.html").write_text(m.get_root().render(), encoding="utf-8")
    page = watch.goto(tmp_path / "timeline.html")
    page.goto((tmp_path / "timeline.html").resolve().as_uri() + "#2017-05-10")
    page.wait_for_function(
        "document.querySelector('.folium-map').getAttribute('data-date') === '2017-05-10'"
    )
    tips = []
    for dot in page.locator("path.gm-event").all():
        dot.hover(force=True)
        tip = page.locator(".leaflet-tooltip.gm-event-tip")
        tip.wait_for(state="visible")
        tips.append(tip.inner_text())
        page.mouse.move(1, 1)
        tip.wait_for(state="detached")
    assert len(tips) == 2, tips
    quoted = [t for t in tips if QUOTE in t]
    assert len(quoted) == 1, tips
    assert quoted[0].startswith("2017-05-10") and "Islamic State → Government" in quoted[0]
    assert page.evaluate("document.querySelectorAll('.leaflet-tooltip script').length") == 0
    # the legend of that day: the actor with no ground says so, never a bare "0 km²"
    cells = page.locator(".gm-legend tr.gm-actor td.gm-num").all_inner_texts()
    assert cells.count("no ground") == 1 and "0 km²" not in cells, cells
    watch.assert_clean()


NUMBERED_DOTS = """() => {
  const dots = Array.from(document.querySelectorAll("path.gm-event")).map(p => {
    const r = p.getBoundingClientRect(); return [(r.left + r.right) / 2, (r.top + r.bottom) / 2]; });
  const nums = Array.from(document.querySelectorAll(".gm-event-num .gm-num")).map(n => {
    const r = n.getBoundingClientRect();
    return {n: n.textContent, x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2,
            ink: getComputedStyle(n).color}; });
  const listed = Array.from(document.querySelectorAll(".gm-side .gm-events ol > li"))
    .map(li => li.textContent.trim());
  return {dots, nums, listed};
}"""


@pytest.mark.browser
@pytest.mark.parametrize("day", ["2017-05-10", "2017-05-01"])
def test_event_dots_carry_their_number_in_the_days_list(tmp_path, watch, day):
    """Stop 47's new user: the timeline named its event dots only on hover, so a reader could
    not tell which dot was which event. Each dot now carries its number in the side panel's
    list of the day; the number lets hovers and clicks through to its dot."""
    from fake_source import tiny_source

    from geomap.render._timeline import timeline_page

    src = tiny_source()
    src._events.loc[src._events["place"] == "c11", "place_name"] = QUOTE
    m, _files = timeline_page(src)
    (tmp_path / "timeline.html").write_text(m.get_root().render(), encoding="utf-8")
    page = watch.goto(tmp_path / "timeline.html")
    page.goto((tmp_path / "timeline.html").resolve().as_uri() + "#" + day)
    page.wait_for_function(
        f"document.querySelector('.folium-map').getAttribute('data-date') === {day!r}"
    )
    found = page.evaluate(NUMBERED_DOTS)
    # one number per dot, on its dot, numbered as the list numbers the day's events
    assert len(found["nums"]) == len(found["dots"]) == len(found["listed"]), found
    assert sorted(n["n"] for n in found["nums"]) == [
        str(k) for k in range(1, len(found["listed"]) + 1)
    ]
    for num in found["nums"]:
        assert any(abs(num["x"] - x) < 1 and abs(num["y"] - y) < 1 for x, y in found["dots"])
    if day == "2017-05-01":
        assert found["nums"] == [], found  # no event that day: no number
    else:
        # the number is black or white (whichever reads on its dot), and hovering it shows
        # the tooltip of the event the list gives that number
        for num in found["nums"]:
            assert num["ink"] in ("rgb(0, 0, 0)", "rgb(255, 255, 255)"), num
            page.mouse.move(num["x"], num["y"])
            tip = page.locator(".leaflet-tooltip.gm-event-tip")
            tip.wait_for(state="visible")
            place = tip.inner_text().split("·")[1].split("\n")[0].strip()
            assert place in found["listed"][int(num["n"]) - 1], (num, place, found["listed"])
            page.mouse.move(1, 1)
            tip.wait_for(state="detached")
        assert page.evaluate("document.querySelectorAll('.gm-event-num script').length") == 0
    watch.assert_clean()


@pytest.mark.browser
@pytest.mark.parametrize("width", [1366, 390])
def test_end_ticks_stay_within_the_slider(tmp_path, browser, width):
    """Stop 48's new user: the first tick's label ("1 May"), centred on the slider's left end,
    touched the Play button. The end ticks' labels run inward."""
    from fake_source import tiny_source

    from geomap.render._timeline import timeline_page

    m, _files = timeline_page(tiny_source())
    (tmp_path / "timeline.html").write_text(m.get_root().render(), encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.route("http*://**", lambda route: route.abort())
    page.goto((tmp_path / "timeline.html").resolve().as_uri())
    found = page.evaluate(
        """() => {
          const box = e => e.getBoundingClientRect();
          const spans = Array.from(document.querySelectorAll('.gm-ticks span'))
            .filter(s => s.style.visibility !== 'hidden');
          return {play: box(document.querySelector('.gm-play')).right,
                  slider: [box(document.querySelector('.gm-slider')).left,
                           box(document.querySelector('.gm-slider')).right],
                  first: [box(spans[0]).left, spans[0].getAttribute('style')],
                  last: [box(spans[spans.length - 1]).right, spans[spans.length - 1].getAttribute('style')]};
        }"""
    )
    context.close()
    assert found["first"][1] == "left:0.00%" and found["first"][0] >= found["play"] + 2, found
    assert found["first"][0] >= found["slider"][0] - 0.5, found
    if found["last"][1] == "left:100.00%":
        assert found["last"][0] <= found["slider"][1] + 0.5, found
