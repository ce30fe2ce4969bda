"""The timeline: one map with a per-day slider, for archives of any length.

* The slider steps per **day** from the first to the last map date, with date
  ticks; Play steps per day too.
* The shown date lives in the URL hash: ``timeline.html#2017-05-27`` opens on
  27 May, and moving the slider updates the hash (``history.replaceState``).
* The events of the shown date are listed in the side panel.
* Territory comes from ``source.intervals()``: a feature per piece of ground
  per interval of unchanged holder.  Its metadata (style, first and last day)
  is in the page; its geometry, in a written folder, is in **chunk files**
  (``timeline/chunk-0000.js``...) loaded with ``<script>`` elements when a
  date needs them, so the page works from ``file://``.  Decoded chunks and the
  Leaflet layers made from them sit in small LRU caches, so the memory a page
  holds is bounded whatever the length of the archive.  Inline (Jupyter)
  timelines carry all the geometry in the page, as one chunk.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from typing import Any

import folium
import numpy as np
import shapely
from folium.template import Template

from geomap.render import _common as c
from geomap.render._colors import ink_on
from geomap.render._elements import PageChrome, SafeMacroElement
from geomap.render._escape import format_km2, html_text, script_json
from geomap.render._geometry import encode_geometries, encode_lines_many, simplify_for_display
from geomap.render._maps import _add_aoi_and_labels, _base_map
from geomap.render._options import MapOptions
from geomap.render._prep import day_indices
from geomap.render._protocol import MapSource

__all__ = ["timeline_map", "timeline_page", "TimelineControl", "CHUNK_BYTES", "MapOptions"]

#: the held cell of an actor with no ground on the day shown
NO_GROUND = "no ground"

_FOLDER_RE = re.compile(r"[A-Za-z0-9_-]+")
#: Target size of one chunk file (bytes of encoded geometry).
CHUNK_BYTES = 400_000
#: Chunks kept decoded beyond those the shown date needs; layers kept beyond those shown.
CHUNK_CACHE = 3
LAYER_CACHE = 48


def _tick_class(i: int, n: int) -> str:
    """The class of the tick at day index ``i`` of ``n``: the slider's two ends label inward."""
    if i == 0:
        return ' class="gm-tick-first"'
    return ' class="gm-tick-last"' if i == n - 1 else ""


def _ticks(days: list[_dt.date], page_days: list[int]) -> list[list[Any]]:
    """``[index, label]`` of the labelled ticks: Mondays, month starts or years, at most ~8."""
    n = len(days)
    if n <= 1:
        return [[0, days[0].isoformat()]] if days else []
    if n <= 16:
        cand = [i for i in range(n)]
        fmt = "%-d %b"
    elif n <= 120:
        cand = [i for i, d in enumerate(days) if d.weekday() == 0]
        fmt = "%-d %b"
    elif n <= 1100:
        cand = [i for i, d in enumerate(days) if d.day == 1]
        fmt = "%b %Y"
    else:
        cand = [i for i, d in enumerate(days) if d.day == 1 and d.month == 1]
        fmt = "%Y"
    step = max(1, -(-len(cand) // 8))
    return [[i, days[i].strftime(fmt)] for i in cand[::step]]


def _json_size(value: Any) -> int:
    """``len(json.dumps(value, separators=(",", ":")))``, counted: an encoded geometry is
    lists of polyline strings, printable ASCII, in which JSON escapes only ``\\`` and ``"``."""
    if type(value) is str:
        if value.isascii() and value.isprintable():
            return len(value) + 2 + value.count("\\") + value.count('"')
        return len(json.dumps(value))
    if type(value) is not list:
        return len(json.dumps(value, separators=(",", ":")))
    if value and all(type(v) is str for v in value):  # a list of strings: counted at once
        text = "".join(value)
        if text.isascii() and text.isprintable():
            return len(text) + 3 * len(value) + 1 + text.count("\\") + text.count('"')
    return 2 + max(len(value) - 1, 0) + sum(map(_json_size, value))


def _chunk(features: list[list[Any]], sizes: list[int], limit: int) -> list[int]:
    """Chunk number of each feature (features sorted by first day), ~``limit`` bytes each."""
    out, k, acc = [], 0, 0
    prev_i0 = None
    for f, size in zip(features, sizes, strict=True):
        if acc >= limit and f[1] != prev_i0:
            k, acc = k + 1, 0
        out.append(k)
        acc += size
        prev_i0 = f[1]
    return out


class TimelineControl(SafeMacroElement):
    """Per-day slider, play button, date ticks, hash permalink, events list and chunk loader.

    Every territory feature is ``[style, i0, i1, chunk, j]``: drawn for day
    index ``i`` when ``i0 <= i < i1``, its geometry the ``j``-th of chunk
    ``chunk``; a feature whose style is ``line_style`` is a front line
    (``L.polyline``), the others territory.  The map container gets
    ``data-date``, ``data-features`` (the territory features and front lines drawn), ``data-loading`` (chunks being fetched),
    ``data-chunks`` and ``data-layers`` (decoded chunks and Leaflet layers
    held: bounded by the caches).

    Parameters
    ----------
    data : dict
        ``dates`` (every day, ISO), ``pages`` (day indices with a map page),
        ``ticks`` (``[index, label]``), ``scale``, ``styles``, ``names``,
        ``features``, ``line_style`` (the style index of the front line, -1
        for none), ``held`` (one list per legend row, km² per day),
        ``events`` (``[day, lat, lon, color, css_class, popup_html, ink]``: ``ink`` the
        colour of the dot's number, its place in the side panel's list of the day),
        ``chunk_files`` (relative URLs, or ``None`` when ``geoms`` holds
        every chunk inline).
    uid : str
        Id prefix of the controls (made by this package).
    interval_ms : int
        Delay between days when playing.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        <style>{{ this.css }}</style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map) {
            var D = {{ this.data_json }};
            var uid = {{ this.uid_json }};
            var CHUNK_CACHE = {{ this.chunk_cache }}, LAYER_CACHE = {{ this.layer_cache }};
            var range = document.getElementById(uid + "-range");
            var label = document.getElementById(uid + "-date");
            var play = document.getElementById(uid + "-play");
            var pageLink = document.getElementById(uid + "-page");
            var container = map.getContainer();
            var top = document.querySelector(".gm-top");
            var side = document.querySelector(".gm-side");
            var evBox = document.querySelector(".gm-side .gm-events");
            var territory = L.featureGroup().addTo(map);
            var events = L.featureGroup().addTo(map);
            var feats = D.features, n = D.dates.length;
            var chunks = D.geoms ? D.geoms.slice() : [], loading = {}, chunkUse = [];
            var layers = {}, layerUse = [], shown = {}, timer = null, current = -1, want = -1;
            var lastNeed = {};
            window.gmTimelineChunk = function (k, geoms) {
                chunks[k] = geoms; delete loading[k]; touch(chunkUse, k);
                container.setAttribute("data-loading", String(Object.keys(loading).length));
                if (want >= 0) { draw(want); return; }
                evict(lastNeed);  // a chunk fetched ahead: the cache stays bounded
                container.setAttribute("data-chunks",
                    String(chunks.filter(function (x) { return !!x; }).length));
            };
            function loadChunk(k) {
                if (loading[k]) { return; }
                loading[k] = true;
                var s = document.createElement("script");
                s.src = D.chunk_files[k];
                s.onload = function () { s.remove(); };
                s.onerror = function () {
                    s.remove();
                    container.setAttribute("data-error", "missing " + D.chunk_files[k]);
                };
                document.head.appendChild(s);
            }
            function touch(list, k) {
                var at = list.indexOf(k);
                if (at >= 0) { list.splice(at, 1); }
                list.push(k);
            }
            function layerFor(k) {
                if (!layers[k]) {
                    var f = feats[k];
                    var shape = f[0] === D.line_style ? L.polyline : L.polygon;
                    layers[k] = shape(geomap.decode(chunks[f[3]][f[4]], D.scale), D.styles[f[0]]);
                    if (D.names[f[0]]) {
                        layers[k].bindTooltip(D.names[f[0]], {sticky: true, className: "gm-tip"});
                    }
                }
                touch(layerUse, k);
                return layers[k];
            }
            function evict(needChunks) {
                // layers: keep the shown ones and the LAYER_CACHE most recently used others
                var spare = layerUse.filter(function (k) { return !shown[k]; });
                spare.slice(0, Math.max(0, spare.length - LAYER_CACHE)).forEach(function (k) {
                    delete layers[k]; layerUse.splice(layerUse.indexOf(k), 1);
                });
                if (D.geoms) { return; }  // inline: every chunk stays
                var other = chunkUse.filter(function (k) { return !needChunks[k]; });
                other.slice(0, Math.max(0, other.length - CHUNK_CACHE)).forEach(function (k) {
                    chunks[k] = undefined; chunkUse.splice(chunkUse.indexOf(k), 1);
                    layerUse.filter(function (j) { return feats[j][3] === k && !shown[j]; })
                        .forEach(function (j) { delete layers[j]; layerUse.splice(layerUse.indexOf(j), 1); });
                });
            }
            function prefetch(i) {
                // the chunks the next and previous days need, fetched ahead (at most CHUNK_CACHE)
                var ahead = {};
                [i + 1, i - 1, i + 2].forEach(function (d) {
                    if (d < 0 || d >= n) { return; }
                    for (var k = 0; k < feats.length; k++) {
                        var ck = feats[k][3];
                        if (feats[k][1] <= d && d < feats[k][2] && !chunks[ck] && !ahead[ck]) {
                            ahead[ck] = true;
                        }
                    }
                });
                Object.keys(ahead).slice(0, CHUNK_CACHE).forEach(function (key) {
                    loadChunk(Number(key));
                });
            }
            function fmt(v) {
                if (v === null || v === undefined) { return "\\u2013"; }
                // as format_km2: an area that is not zero never reads as zero
                if (v !== 0 && Math.abs(v) < 0.05) { return (v > 0 ? "< 0.1" : "> -0.1") + " km\\u00b2"; }
                return (Math.abs(v) < 10 && v !== 0 ? v.toFixed(1) : Math.round(v).toLocaleString("en-US")) + " km\\u00b2";
            }
            function pageFor(i) {
                var best = -1;
                for (var p = 0; p < D.pages.length && D.pages[p] <= i; p++) { best = D.pages[p]; }
                return best;
            }
            function draw(i) {
                var need = [], needChunks = {}, missing = false;
                for (var k = 0; k < feats.length; k++) {
                    if (feats[k][1] <= i && i < feats[k][2]) {
                        need.push(k); needChunks[feats[k][3]] = true;
                    }
                }
                Object.keys(needChunks).forEach(function (key) {
                    var ck = Number(key);
                    touch(chunkUse, ck);
                    if (!chunks[ck]) { missing = true; loadChunk(ck); }
                });
                container.setAttribute("data-loading", String(Object.keys(loading).length));
                if (missing) { return; }  // drawn again when the chunks arrive
                want = -1;
                var on = {};
                need.forEach(function (k) { on[k] = true; });
                Object.keys(shown).forEach(function (key) {
                    if (!on[key]) { territory.removeLayer(layers[key]); delete shown[key]; }
                });
                need.forEach(function (k) {
                    var layer = layerFor(k);
                    if (!shown[k]) { territory.addLayer(layer); shown[k] = true; }
                });
                lastNeed = needChunks;
                evict(needChunks);
                prefetch(i);
                container.setAttribute("data-chunks",
                    String(chunks.filter(function (x) { return !!x; }).length));
                container.setAttribute("data-layers", String(Object.keys(layers).length));
                container.setAttribute("data-features", String(need.length));
                container.setAttribute("data-date", D.dates[i]);
            }
            // a dot's tooltip: the first lines of its (escaped) list entry: date · place, from → to
            function eventTip(html) {
                var box = document.createElement("div");
                box.innerHTML = html;
                return Array.prototype.slice.call(box.children, 0, 2)
                    .map(function (d) { return d.outerHTML; }).join("");
            }
            // the folded key's sides (each names its legend row)
            var keyItems = Array.prototype.slice.call(
                document.querySelectorAll(".gm-side .gm-key-item[data-row]"));
            function show(i) {
                i = Math.max(0, Math.min(n - 1, i | 0));
                current = i; want = i;
                range.value = String(i);
                label.textContent = D.dates[i];
                events.clearLayers();
                var items = [], discs = [];
                D.events.forEach(function (e) {
                    if (e[0] !== i) { return; }
                    items.push(e[5]);
                    if (e[1] === null) { return; }
                    var dot = L.circleMarker([e[1], e[2]], {radius: 8, weight: 2, color: "#ffffff",
                            dashArray: e[4].indexOf("gm-confirmed") < 0 ? "3 2" : null,
                            fillColor: e[3], fillOpacity: 0.95, className: "gm-event " + e[4], pane: "gmEvents"})
                        .bindPopup(e[5], {maxWidth: 340, className: "gm-popup"})
                        .bindTooltip(eventTip(e[5]), {direction: "top", offset: [0, -8],
                            className: "gm-tip gm-event-tip"})
                        .addTo(events);
                    // the dot's number: its event's in the side panel's list of the day, so a
                    // reader can tell which dot is which without hovering; a tap or a hover on
                    // the number (moved off its dot or not) is one on its dot
                    discs.push(geomap.numbered([e[1], e[2]], items.length, e[3], e[6], "gm-event-num",
                        dot).addTo(events));
                });
                // dots a few pixels apart: the later number moves out, a leader line to its dot
                geomap.spread(map, discs, "events");
                if (evBox) {
                    evBox.querySelector("summary").textContent = items.length + " event" +
                        (items.length === 1 ? "" : "s") + " on " + D.dates[i];
                    var ol = evBox.querySelector("ol");
                    ol.innerHTML = items.map(function (h) { return "<li>" + h + "</li>"; }).join("");
                }
                // the folded key: the sides holding ground on this day
                keyItems.forEach(function (item) {
                    var row = D.held[+item.getAttribute("data-row")];
                    item.hidden = !!row && !(row[i] > 0);
                });
                for (var r = 0; r < D.held.length; r++) {
                    var cell = document.getElementById(uid + "-held-" + r);
                    if (cell) {
                        cell.textContent = D.held[r][i] === 0 && cell.parentElement.classList.contains("gm-actor")
                            ? {{ this.no_ground_json }} : fmt(D.held[r][i]);
                    }
                }
                if (pageLink) {
                    var p = pageFor(i);
                    pageLink.hidden = p < 0;
                    if (p >= 0) {
                        pageLink.setAttribute("href", D.dates[p] + ".html");
                        pageLink.textContent = p === i ? "map of this date" : "map of " + D.dates[p];
                    }
                }
                if (location.hash.slice(1) !== D.dates[i]) {
                    try { history.replaceState(null, "", "#" + D.dates[i]); } catch (err) {}
                }
                draw(i);
            }
            function fromHash() {
                var at = D.dates.indexOf(decodeURIComponent(location.hash.slice(1)));
                return at >= 0 ? at : -1;
            }
            function stop() {
                if (timer !== null) { clearInterval(timer); timer = null; }
                play.textContent = "\\u25b6 Play";
                play.setAttribute("aria-pressed", "false");
            }
            play.addEventListener("click", function () {
                if (timer !== null) { stop(); return; }
                if (current >= n - 1) { show(0); }
                play.textContent = "\\u275a\\u275a Pause";
                play.setAttribute("aria-pressed", "true");
                timer = setInterval(function () {
                    if (current >= n - 1) { stop(); return; }
                    if (want >= 0) { return; }  // still loading the last date's chunks
                    show(current + 1);
                }, {{ this.interval_json }});
            });
            range.addEventListener("input", function () { stop(); show(Number(range.value)); });
            window.addEventListener("hashchange", function () {
                var at = fromHash();
                if (at >= 0 && at !== current) { stop(); show(at); }
            });
            // the header wraps on narrow screens: the map starts below it
            var ticks = document.querySelectorAll("#" + uid + "-range ~ .gm-ticks span");
            function thinTicks() {
                // hide the tick labels that would overlap the one before
                var right = -1e9;
                for (var t = 0; t < ticks.length; t++) {
                    ticks[t].style.visibility = "";
                    var box = ticks[t].getBoundingClientRect();
                    if (box.left < right + 6) { ticks[t].style.visibility = "hidden"; }
                    else { right = box.right; }
                }
            }
            function fit(refit) {
                if (top) { container.style.setProperty("top", top.offsetHeight + "px", "important"); }
                map.invalidateSize();
                thinTicks();
                if (refit) {
                    var narrow = window.matchMedia("(max-width: 640px)").matches;
                    map.fitBounds(narrow ? D.narrowFit : D.fit, {animate: false, paddingTopLeft: [8, 8],
                        paddingBottomRight: narrow ? [8, 56] : [geomap.sideRoom(map) + 12, 12]});
                }
            }
            window.addEventListener("resize", function () { fit(false); });
            // the legend folds (a button in its heading); folded at first on small screens
            if (side) {
                var h2 = side.querySelector(".gm-legend h2");
                if (h2) {
                    var btn = document.createElement("button");
                    btn.type = "button"; btn.className = "gm-fold";
                    btn.textContent = h2.textContent;
                    h2.textContent = ""; h2.appendChild(btn);
                    var setFold = function (folded) {
                        side.classList.toggle("gm-folded", folded);
                        btn.setAttribute("aria-expanded", folded ? "false" : "true");
                    };
                    btn.addEventListener("click", function () {
                        setFold(!side.classList.contains("gm-folded"));
                        geomap.sheet(map, side, !side.classList.contains("gm-folded"));
                    });
                    setFold(window.matchMedia("(max-width: 640px)").matches);
                }
            }
            fit(true);  // after the legend is folded (open on a phone, it takes room from the map)
            var first = fromHash();
            show(first >= 0 ? first : {{ this.start_json }});
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self, data: dict[str, Any], *, uid: str, interval_ms: int = 700, start_index: int = 0
    ):
        super().__init__()
        self._name = "TimelineControl"
        if not isinstance(interval_ms, int) or interval_ms < 16:
            raise ValueError(f"interval_ms={interval_ms!r}: use an integer of at least 16 (ms)")
        self.n_dates = len(data["dates"])
        self.n_features = len(data["features"])
        self.data_json = script_json(data)
        self.uid_json = script_json(uid)
        self.interval_json = script_json(int(interval_ms))
        self.start_json = script_json(int(start_index))
        self.no_ground_json = script_json(NO_GROUND)
        self.chunk_cache = int(CHUNK_CACHE)
        self.layer_cache = int(LAYER_CACHE)
        self.css = _CSS


_CSS = """
.gm-timebar { flex-wrap: wrap; row-gap: 0; }
/* Play and Pause take the same room: the slider never moves when it is pressed */
.gm-timebar button.gm-play { box-sizing: border-box; width: 6.6em; flex: 0 0 auto; white-space: nowrap;
  text-align: center; padding-left: 0; padding-right: 0; }
.gm-timebar .gm-slider { position: relative; flex: 1 1 auto; min-width: 120px; display: flex;
  flex-direction: column; }
.gm-timebar .gm-slider input[type=range] { width: 100%; margin: 0; }
.gm-ticks { position: relative; height: 13px; font-size: 10px; color: #555; margin: 0 8px; }
.gm-ticks span { position: absolute; transform: translateX(-50%); white-space: nowrap; }
.gm-ticks span::before { content: ""; position: absolute; left: 50%; top: -3px; height: 3px;
  border-left: 1px solid #888; }
/* the ticks at the slider's two ends: their labels run inward (the first touched the Play button) */
.gm-ticks .gm-tick-first { transform: none; }
.gm-ticks .gm-tick-first::before { left: 0; }
.gm-ticks .gm-tick-last { transform: translateX(-100%); }
.gm-ticks .gm-tick-last::before { left: auto; right: 0; }
.gm-top:has(.gm-timebar) { height: auto; min-height: 48px; padding-top: 4px; padding-bottom: 4px; }
.gm-side .gm-fold { font: inherit; font-weight: 600; border: 0; background: none; padding: 0;
  cursor: pointer; text-align: left; }
.gm-side .gm-fold::after { content: " \\25be"; }
.gm-side.gm-folded .gm-fold::after { content: " \\25b8"; }
.gm-side.gm-folded .gm-legend table, .gm-side.gm-folded .gm-events { display: none; }
/* folded, the legend keeps a key of every side's colour (its figures change with the slider) */
.gm-side.gm-folded .gm-key { display: flex; }
@media (max-width: 640px) {
  .gm-top:has(.gm-timebar) { flex-wrap: wrap; white-space: normal; gap: 2px 10px; }
  .gm-top:has(.gm-timebar) h1 { flex: 1 1 auto; white-space: normal; font-size: 15px; line-height: 1.2; }
  .gm-top:has(.gm-timebar) nav { margin-left: auto; }
  .gm-top:has(.gm-timebar) .gm-timebar { order: 3; flex: 1 1 100%; }
  .gm-timebar output { min-width: 6.2em; }
  body:has(.gm-timebar) .gm-side { top: auto; bottom: 52px; left: 8px; right: 8px; width: auto;
    max-height: 45%; }
  body:has(.gm-timebar) .gm-assumptions { display: none; }
  /* the legend, opened, is a bottom sheet over the map's lower part, above the scale and the
     credits (geomap.sheet moves the map's middle up above it) */
  body:has(.gm-timebar) .gm-side:not(.gm-folded) { left: 0; right: 0; bottom: 52px; height: 40vh; max-width: none;
    max-height: none; padding-top: 0; border-radius: 8px 8px 0 0; border-width: 1px 0; background: #fff; }
  .gm-side:not(.gm-folded) .gm-legend h2 { position: sticky; top: 0; z-index: 1; background: #fff;
    margin: 0 -8px 4px; padding: 9px 8px; border-bottom: 1px solid #ddd; }
  .gm-side:not(.gm-folded) .gm-fold::after { content: " \\25be  (tap to fold)"; }
}
"""


def interval_features(
    source: Any,
    days: list[_dt.date],
    actors: c.Actors,
    fr: c.Frame,
    *,
    intervals: Any = None,
    tolerance: float | None = None,
) -> tuple[list[list[Any]], list[Any]]:
    """``[style, i0, i1]`` and the encoded geometry of every interval, sorted by first day.

    ``intervals``: ``source.intervals(days[0], days[-1])`` in EPSG:4326 when
    already asked (the date pages share it).  ``tolerance``: of the
    simplification (default the frame's; 0: only rounded, so pieces that
    meet keep meeting without gaps).
    """
    n = len(days)
    if intervals is None:
        intervals = c.to_wgs84(source.intervals(days[0], days[-1]))
    i0 = day_indices(c.column(intervals, "valid_from"), days[0], n, open_value=0)
    i1 = day_indices(c.column(intervals, "valid_to"), days[0], n, open_value=n)
    keep = i0 < i1
    tol = fr.tolerance if tolerance is None else tolerance
    geoms = simplify_for_display(intervals.geometry.values[keep], tol)
    if tolerance == 0:  # one orientation: where pieces drawn as one path meet, edges cancel
        geoms = shapely.orient_polygons(geoms)
    meta, encoded = [], []
    for enc, actor, a, b in zip(
        encode_geometries(geoms, fr.decimals),
        np.asarray(intervals["actor"], dtype=object)[keep],
        i0[keep],
        i1[keep],
        strict=True,
    ):
        if enc:
            meta.append([actors.style_index(actors.idx(actor)), int(a), int(b)])
            encoded.append(enc)
    order = sorted(range(len(meta)), key=lambda k: (meta[k][1], meta[k][2]))
    return [meta[k] for k in order], [encoded[k] for k in order]


#: How the front line is drawn on the timeline (as on the date pages).
_FRONT_STYLE = {
    "color": "#111111",
    "weight": 2.5,
    "opacity": 0.9,
    "dashArray": "6 4",
    "fill": False,
}


def _front_features(
    source: Any, days: list[_dt.date], style: int, fr: c.Frame, *, lines: Any = None
) -> tuple[list[list[Any]], list[Any]]:
    """``[style, i0, i1]`` and the encoded lines of the front, from ``source.front_intervals``.

    Like the territory: a stretch of front that holds over many days is one
    feature.  Sources without ``front_intervals(start, end)`` have none.
    ``lines``: ``front_intervals(days[0], days[-1])`` in EPSG:4326 when
    already asked (the date pages share it).
    """
    front_intervals = getattr(source, "front_intervals", None)
    if not callable(front_intervals) or not days:
        return [], []
    n = len(days)
    if lines is None:
        lines = c.to_wgs84(front_intervals(days[0], days[-1]))
    i0 = day_indices(c.column(lines, "valid_from"), days[0], n, open_value=0).tolist()
    i1 = day_indices(c.column(lines, "valid_to"), days[0], n, open_value=n).tolist()
    geoms = np.asarray(lines.geometry.values, dtype=object)
    if fr.tolerance > 0:
        geoms = shapely.simplify(geoms, fr.tolerance)
    meta, encoded = [], []
    for enc, a, b in zip(encode_lines_many(geoms, fr.decimals), i0, i1, strict=True):
        if a >= b:
            continue
        if enc:
            meta.append([style, int(a), int(b)])
            encoded.append(enc)
    return meta, encoded


def _bar_html(uid: str, data: dict[str, Any], last: _dt.date, *, links: bool) -> str:
    """The title bar's controls: Play, the slider with its date ticks, the date, the page link.

    Set to the last day (the script sets the day the page opens on).
    """
    n, pages = len(data["dates"]), data["pages"]
    page_link = (
        f' <a id="{uid}-page" href="{c.page_name(last)}">map of this date</a>' if links else ""
    )
    ticks = "".join(
        f'<span{_tick_class(i, n)} style="left:{100 * i / max(n - 1, 1):.2f}%">'
        f"{html_text(text)}</span>"
        for i, text in data["ticks"]
    )
    options = "".join(f'<option value="{p}"></option>' for p in pages) if len(pages) <= 400 else ""
    return (
        '<div class="gm-timebar">'
        f'<button type="button" class="gm-play" id="{uid}-play" aria-pressed="false">▶ Play</button>'
        '<div class="gm-slider">'
        f'<input type="range" id="{uid}-range" min="0" max="{n - 1}" step="1" value="{n - 1}"'
        f' aria-label="Map date (one step per day)" list="{uid}-ticks">'
        f'<datalist id="{uid}-ticks">{options}</datalist>'
        f'<div class="gm-ticks" aria-hidden="true">{ticks}</div></div>'
        f'<output id="{uid}-date" for="{uid}-range">{last.isoformat()}</output>'
        f"{page_link}</div>"
    )


def _event_rows(source: Any, days: list[_dt.date], actors: c.Actors, book: Any) -> list[list[Any]]:
    """``[day index, lat, lon, color, css, html]`` of each event up to the last day."""
    day0, n = days[0], len(days)
    if book is not None and book.ev_day is not None:  # made once for the date pages
        k = (book.ev_day - np.datetime64(day0, "D")).astype(np.int64).tolist()
        rows = []
        for index, html, where, mark in zip(
            k, book.ev_html, book.ev_where, book.ev_mark, strict=True
        ):
            if index < n:
                rows.append([max(index, 0), *where, *mark, html, ink_on(mark[0])])
        return rows
    events = c.sorted_events(source.events_between(None, days[-1]))
    event_rows = []
    for _, row in events.iterrows():
        index = max((c.as_date(row.get("date"), "event date") - day0).days, 0)
        if index >= n:
            continue
        where = c.point(row.get("lat"), row.get("lon"))
        color, css = c.event_marker(row, actors)
        lat, lon = where if where is not None else (None, None)
        event_rows.append([index, lat, lon, color, css, c.event_html(row, actors), ink_on(color)])
    return event_rows


def _held_at(
    source: Any, days: list[_dt.date], actors: c.Actors, book: Any
) -> dict[tuple[_dt.date, int], float]:
    """Held km² per (day, actor index)."""
    held_at: dict[tuple[_dt.date, int], float] = {}
    if book is not None and all(d in book.held for d in days):  # the date pages': every day
        for day in days:
            for i, value in book.held[day].items():
                key = (day, actors.idx(book.actors.ids[i]) if i >= 0 else -1)
                held_at[key] = held_at.get(key, 0.0) + value
        return held_at
    series = source.held_series(days)
    for day, actor, value in zip(series["date"], series["actor"], series["held_km2"], strict=True):
        key = (c.as_date(day), actors.idx(actor))
        held_at[key] = held_at.get(key, 0.0) + (c.number(value) or 0.0)
    return held_at


def timeline_page(
    source: MapSource,
    options: MapOptions | None = None,
    *,
    chunk_folder: str | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    book: Any = None,
    **kwargs: Any,
) -> tuple[folium.Map, dict[str, str]]:
    """The timeline map and, with ``chunk_folder``, its chunk files (relative name → JS text).

    ``options`` (or the same fields as keywords): see :class:`MapOptions`.
    Without ``chunk_folder`` every geometry is inline (one page, works in Jupyter).
    ``book``: the date pages' :class:`~geomap.render._book.PageBook`, whose
    intervals, front, events and held km² are used when it covers the same days.
    """
    opts = MapOptions.of(options, **kwargs)
    every, tiles, assets, links = opts.every, opts.tiles, opts.assets, opts.links
    labels_src, interval_ms = opts.labels_src, opts.interval_ms
    map_days = c.map_dates(source, every, opts.start, opts.end)
    day0, day1 = map_days[0], map_days[-1]
    days = [day0 + _dt.timedelta(days=k) for k in range((day1 - day0).days + 1)]
    n = len(days)
    pages = [(d - day0).days for d in map_days]
    actors = c.Actors.from_frame(source.actors)
    fr = c.frame(source)
    title = c.text(getattr(source, "title", "")) or "geomap"
    m = _base_map(source, fr, page_title=f"{title} — timeline", tiles=tiles, assets=assets)

    # what the date pages' book already asked of the source, when it covers the same days
    book = book if book is not None and book.days == days else None
    meta, encoded = interval_features(
        source, days, actors, fr, intervals=None if book is None else book.intervals
    )
    # the front line: an extra style after the holders' (drawn as lines), in the same chunks
    n_styles = len(actors.territory_styles())
    f_meta, f_encoded = _front_features(
        source, days, n_styles, fr, lines=None if book is None else book.f_lines
    )
    if f_meta:
        merged = sorted(
            zip(meta + f_meta, encoded + f_encoded, strict=True), key=lambda t: t[0][1:3]
        )
        meta, encoded = [t[0] for t in merged], [t[1] for t in merged]
    files: dict[str, str] = {}
    if chunk_folder is None:
        features = [[*f, 0, j] for j, f in enumerate(meta)]
        geom_data: dict[str, Any] = {"geoms": [encoded], "chunk_files": None}
    else:
        if not _FOLDER_RE.fullmatch(chunk_folder):
            raise c.InputError(f"chunk_folder={chunk_folder!r}: use a relative folder name")
        sizes = [_json_size(g) for g in encoded]
        chunk_of = _chunk(meta, sizes, chunk_bytes)
        n_chunks = (chunk_of[-1] + 1) if chunk_of else 0
        per_chunk: list[list[Any]] = [[] for _ in range(n_chunks)]
        features = []
        for f, k, g in zip(meta, chunk_of, encoded, strict=True):
            features.append([*f, k, len(per_chunk[k])])
            per_chunk[k].append(g)
        names = [f"{chunk_folder}/chunk-{k:04d}.js" for k in range(n_chunks)]
        for k, name in enumerate(names):
            files[name] = f"gmTimelineChunk({k}, {script_json(per_chunk[k])});\n"
        geom_data = {"geoms": None, "chunk_files": names}

    event_rows = _event_rows(source, days, actors, book)
    held_at = _held_at(source, days, actors, book)
    held = [
        [round(held_at.get((d, i), 0.0), 3) for d in days] for i in [*range(len(actors.ids)), -1]
    ]
    held.append([round(sum(col), 3) for col in zip(*held, strict=True)])

    uid = m.get_name()
    data = {
        "dates": [d.isoformat() for d in days],
        "pages": pages,
        "ticks": _ticks(days, pages),
        "scale": 10**fr.decimals,
        "fit": fr.fit,
        "narrowFit": fr.narrow_fit,
        # pieces of one actor's ground touch each other: drawn so that no seams show
        "styles": actors.piece_styles(layered=True)
        + ([{**_FRONT_STYLE, "className": "gm-front"}] if f_meta else []),
        "names": [f"<b>{html_text(name)}</b>" for name in actors.names]
        + ["Unassigned"]
        + (["Front line"] if f_meta else []),
        "line_style": n_styles if f_meta else -1,
        "features": features,
        "held": held,
        "events": event_rows,
        **geom_data,
    }
    if interval_ms is None:
        interval_ms = int(min(700, max(60, 40_000 // max(n, 1))))
    # the page opens on the last day (or on the day the URL hash names)
    m.add_child(TimelineControl(data, uid=uid, interval_ms=interval_ms, start_index=n - 1))
    _add_aoi_and_labels(m, source, fr, labels_src)

    legend = c.legend_rows({}, actors)
    for r, row in enumerate(legend):
        row["cell_id"] = f"{uid}-held-{r}"
        # an actor holding no ground that day: said in words, never a bare "0 km²" (the slider
        # changes the day: the cell only, no note under the name)
        idle = row.pop("note", None) is not None and held[r][-1] == 0
        row["km2"] = NO_GROUND if idle else format_km2(held[r][-1])
    bar = _bar_html(uid, data, day1, links=links)
    nav = [("Index", "index.html")] if links else []
    m.add_child(
        PageChrome(
            title=title,
            date_label="",
            nav=nav,
            legend=legend,
            legend_title="Held on the selected date",
            events_title=f"Events on {day1.isoformat()}",
            events_html=[],
            list_id=f"{uid}-ev",
            assumptions=c.assumptions(source),
            bar_html=bar,
            fold=False,  # the timeline folds its legend with its own button
        )
    )
    return m, files


def timeline_map(source: MapSource, options: MapOptions | None = None, **kwargs: Any) -> folium.Map:
    """One map with a per-day slider and a play button from the first to the last map date.

    Built from ``source.intervals()``: each feature is drawn once per
    interval of unchanged territory (``valid_from`` inclusive, ``valid_to``
    exclusive), and at each slider position exactly the features valid on
    that day are on the map: moving or playing never stacks fills.  The
    legend shows each actor's held km² for the selected day
    (``source.held_series``); the side panel lists that day's events; the
    day is in the URL hash (``#2017-05-27``).  The page opens on the last
    day, or on the day the URL hash names.

    Parameters
    ----------
    source : MapSource
    options : MapOptions, optional
        ``every``, ``start``, ``end``, ``tiles``, ``assets``, ``links``,
        ``labels_src``, ``interval_ms`` (see :class:`MapOptions`); each may
        also be given as a keyword (``timeline_map(th, every="week")``).

    Returns
    -------
    folium.Map
        Every geometry inline (``write_maps`` splits them into chunk files).

    Examples
    --------
    >>> timeline_map(theatre, every="week", interval_ms=300)  # doctest: +SKIP
    """
    m, _ = timeline_page(source, options, **kwargs)
    return m
