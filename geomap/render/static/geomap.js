/* geomap's shared page code: basemap bands, decluttered labels, ground info, view permalinks.
   Written once per map folder (assets/geomap.js), or inline in a single page.
   Data arrives as JSON made by geomap (escaped); labels and popups are HTML fragments
   escaped by geomap before they get here. */
(function () {
  "use strict";

  /* the one decoder of geomap's compact polygons (render/_geometry.py encode_geometry):
     used by the pages, the timeline and the diff pages */
  function decode(g, scale) {
    var x = 0, y = 0;
    function ring(s) {
      var out = [], i = 0;
      function next() {
        var r = 0, shift = 0, b;
        do { b = s.charCodeAt(i++) - 63; r |= (b & 31) << shift; shift += 5; } while (b >= 32);
        return (r & 1) ? ~(r >> 1) : (r >> 1);
      }
      while (i < s.length) { x += next(); y += next(); out.push([y / scale, x / scale]); }
      return out;
    }
    return g.map(function (poly) { return poly.map(ring); });
  }

  /* ---- basemap: the band of the current zoom, plus the outer rings of coarser bands */
  function basemap(map, data, style) {
    if (!data || !data.bands || !data.bands.length) { return; }
    var bands = data.bands, cache = {}, shown = [];
    var fill = Object.assign({}, style, {stroke: false});
    var line = {color: style.color, weight: style.weight, opacity: style.opacity, interactive: false,
                pane: style.pane, className: "gm-border"};
    function layer(k, part) {
      var key = k + part;
      if (!cache[key]) {
        var g = L.featureGroup();
        bands[k][part].forEach(function (geom) {
          g.addLayer(L.polygon(decode(geom, bands[k].scale), fill));
        });
        var lines = bands[k][part + "_lines"];
        if (lines && lines.length) { g.addLayer(L.polyline(decode([lines], bands[k].scale)[0], line)); }
        cache[key] = g;
      }
      return cache[key];
    }
    function update() {
      var z = map.getZoom(), k = 0;
      while (k < bands.length - 1 && z > bands[k].z) { k++; }
      var want = [layer(k, "inner"), layer(k, "outer")];
      for (var j = 0; j < k; j++) { want.push(layer(j, "outer")); }
      shown.forEach(function (l) { if (want.indexOf(l) < 0) { map.removeLayer(l); } });
      want.forEach(function (l) { if (!map.hasLayer(l)) { map.addLayer(l); } });
      shown = want;
      map.getContainer().setAttribute("data-basemap-band", String(k));
    }
    map.on("zoomend", update);
    update();
  }

  /* ---- labels: by priority, hidden when they would overlap a label placed before them */
  // rank: 0 event place, 1 capital, 2 country, 3 city, 4 town, 5 other feature
  function registry(map) {
    if (!map._gmLabels) {
      map._gmLabels = [];
      map.on("zoomend moveend", function () { declutter(map); });
      map.on("layeradd", function () { schedule(map); });
    }
    return map._gmLabels;
  }
  function schedule(map) {
    if (map._gmPending) { return; }
    map._gmPending = true;
    setTimeout(function () { map._gmPending = false; declutter(map); }, 0);
  }
  function register(map, tooltip, rank, spots) {
    var list = registry(map);
    list.push({tip: tooltip, rank: rank, order: list.length, spots: spots || null});
    schedule(map);
  }
  /* a country's label: moved to the first of its spots (inside its land, roomiest first) where
     it lies wholly in view; hidden when none does (never cut by the edge of the map) */
  function placeSpots(map, e, el) {
    var size = map.getSize(), w = el.offsetWidth, h = el.offsetHeight, src = e.tip._source;
    for (var k = 0; k < e.spots.length; k++) {
      var p = map.latLngToContainerPoint(e.spots[k]);
      if (p.x - w / 2 >= 2 && p.x + w / 2 <= size.x - 2 && p.y - h / 2 >= 2 && p.y + h / 2 <= size.y - 2) {
        if (!src.getLatLng().equals(e.spots[k])) { src.setLatLng(e.spots[k]); }
        return true;
      }
    }
    return false;
  }
  var SIDES = ["right", "left", "top", "bottom"];
  function overlaps(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  function declutter(map) {
    var list = (map._gmLabels || []).filter(function (e) {
      return e.tip._map && e.tip.getElement && e.tip.getElement();
    });
    list.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
    var frame = map.getContainer().getBoundingClientRect();
    // the map's own controls (zoom, layers, scale, attribution) and the page's panels where
    // they lie over the map (folded, on a phone or embedded) are never drawn over a label
    var placed = [];
    Array.prototype.forEach.call(map.getContainer().querySelectorAll(".leaflet-control"), function (c) {
      placed.push(c.getBoundingClientRect());
    });
    Array.prototype.forEach.call(document.querySelectorAll(".gm-side, .gm-assumptions"), function (c) {
      var q = c.getBoundingClientRect();
      if (q.width > 0 && overlaps(q, frame)) { placed.push(q); }
    });
    // marks drawn as obstacles (the diff pages' rings round small changes): never under a label
    Array.prototype.forEach.call(map.getContainer().querySelectorAll(".gm-obstacle"), function (c) {
      var q = c.getBoundingClientRect();
      if (q.width > 0) { placed.push(q); }
    });
    var controls = placed.length;
    // the dots of places and events: a label never lies across another place's dot (its own,
    // the dots within 3 px of its point, excepted)
    var dots = Array.prototype.map.call(
      map.getContainer().querySelectorAll("path.gm-place, path.gm-event, .gm-changed-num"),
      function (c) {
        var q = c.getBoundingClientRect();
        return {left: q.left, right: q.right, top: q.top, bottom: q.bottom,
                x: (q.left + q.right) / 2, y: (q.top + q.bottom) / 2};
      }).filter(function (q) { return q.right > q.left; });
    var origin = map.getContainer().getBoundingClientRect();
    function anchor(e) {  // the label's point on the screen
      var p = map.latLngToContainerPoint(e.tip._source.getLatLng());
      return {x: p.x + origin.left, y: p.y + origin.top};
    }
    var named = [];  // the points and texts of the labels placed: a place is named once
    function side(e, pos) {  // a place's label to the right of its point, or left, above, below
      var o = e.tip.options, d = e.gap;
      if ((e.pos || "right") === pos) { return; }
      e.pos = pos;
      o.direction = pos;
      o.offset = {right: [d, 0], left: [-d, 0], top: [0, -d], bottom: [0, d]}[pos];
      e.tip.update();
    }
    function room(e, el) {  // the label's box with its margin, or null: cut or on another
      var r = el.getBoundingClientRect();
      var box = {left: r.left - 2, right: r.right + 2, top: r.top - 1, bottom: r.bottom + 1};
      // a place's label cut by the map's edge is not shown (its place is at or past the edge)
      var cut = !e.spots && (r.left < frame.left || r.right > frame.right ||
                             r.top < frame.top || r.bottom > frame.bottom);
      if (r.width === 0 || cut || placed.some(function (p) { return overlaps(p, box); })) {
        return null;
      }
      if (!e.spots) {
        var at = anchor(e);
        if (dots.some(function (q) {
          return Math.abs(q.x - at.x) + Math.abs(q.y - at.y) > 3 && overlaps(q, box);
        })) { return null; }
      }
      return box;
    }
    list.forEach(function (e) {
      var el = e.tip.getElement();
      el.classList.remove("gm-hidden");
      if (e.spots && !placeSpots(map, e, el)) { el.classList.add("gm-hidden"); return; }
      if (!e.spots) {  // a place named already (by its event's label): not again
        var at = anchor(e), name = el.textContent;
        if (named.some(function (n) {
          // its event's label ("al-Waer: 13 km²"), or its number and name ("4. Jabal al-Abtar")
          var bare = n.text.replace(/^\d+\.\s/, "");
          return (bare === name || bare.indexOf(name + ":") === 0) && Math.abs(n.x - at.x) + Math.abs(n.y - at.y) <= 3;
        })) { el.classList.add("gm-hidden"); return; }
      }
      if (e.gap === undefined) {  // a label beside its point (right) may move round it
        e.gap = !e.spots && e.tip.options.direction === "right" ? Math.abs(e.tip.options.offset[0]) : null;
      }
      var sides = e.gap === null ? [null] : SIDES, box = null;
      // no room on the right of its point (the map's edge, a panel, a label, a ring): the left,
      // then above and below
      for (var k = 0; k < sides.length && !box; k++) {
        if (sides[k]) { side(e, sides[k]); }
        box = room(e, el);
      }
      if (!box && e.gap !== null) { side(e, "right"); }
      if (box) {
        placed.push(box);
        if (!e.spots) { var a = anchor(e); named.push({x: a.x, y: a.y, text: el.textContent}); }
      } else { el.classList.add("gm-hidden"); }
    });
    map.getContainer().setAttribute("data-labels-shown", String(placed.length - controls));
  }

  function labels(map, list, base) {
    // minimum zoom of each rank, relative to the page's initial zoom
    var from = [-99, -99, -99, -1, 0, 1];
    var groups = from.map(function () { return L.layerGroup(); });
    list.forEach(function (p) {
      var country = p[4] === 1, rank = Math.max(0, Math.min(5, p[3]));
      var anchor = country
        ? L.circleMarker([p[0], p[1]], {radius: 0, stroke: false, fill: false, interactive: false,
            pane: "gmPlaces"})
        : L.circleMarker([p[0], p[1]], {radius: 2.5, weight: 1, color: "#333333", pane: "gmPlaces",
            fillColor: "#ffffff", fillOpacity: 1, interactive: false, className: "gm-place"});
      anchor.bindTooltip(p[2], {permanent: true, interactive: false,
        direction: country ? "center" : "right", offset: country ? [0, 0] : [4, 0],
        className: country ? "gm-label gm-country-label" : "gm-label"});
      anchor.addTo(groups[rank]);
      register(map, anchor.getTooltip(), rank, country ? (p[5] || [[p[0], p[1]]]) : null);
    });
    function update() {
      var z = map.getZoom();
      groups.forEach(function (g, r) {
        if (z >= base + from[r]) { map.addLayer(g); } else { map.removeLayer(g); }
      });
    }
    map.on("zoomend", update);
    update();
  }

  /* ---- ground info: which place's cell was clicked, held by whom since when */
  function inRing(lat, lon, ring) {
    var inside = false;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var yi = ring[i][0], xi = ring[i][1], yj = ring[j][0], xj = ring[j][1];
      if ((yi > lat) !== (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) {
        inside = !inside;
      }
    }
    return inside;
  }
  function inGeom(ll, polys) {
    return polys.some(function (poly) {
      if (!inRing(ll.lat, ll.lng, poly[0])) { return false; }
      for (var h = 1; h < poly.length; h++) { if (inRing(ll.lat, ll.lng, poly[h])) { return false; } }
      return true;
    });
  }
  function groundState(info, k) {
    // who holds cell k and through which event: from the page's own figures, or on the page's
    // day from the shared table (assets/ground.js: per cell, runs of [day, holder, event])
    if (info.holders) {
      var d = info.since_date[k], ev = d >= 0 ? info.events[info.since_event[k]] : null;
      return {a: info.holders[k], date: ev ? info.dates[d] : null, ev: ev, t: info};
    }
    var g = window.GEOMAP_GROUND, runs = g.cells[k] || [], a = -1, e = -1;
    for (var i = 0; i + 2 < runs.length && runs[i] <= info.day; i += 3) { a = runs[i + 1]; e = runs[i + 2]; }
    var row = e >= 0 ? g.events[e] : null;
    return {a: a, date: row ? g.dates[row[0]] : null, ev: row ? [row[1], row[2]] : null, t: g};
  }
  function groundHtml(shapes, info, k) {
    var st = groundState(info, k), t = st.t, a = st.a;
    var who = a >= 0 && a < t.actors.length ? t.actors[a] : "nobody known (unassigned)";
    // the cell's name and its km² (both escaped by the page's writer)
    var size = shapes.cells[k][2] ? " \u00b7 " + shapes.cells[k][2] : "";
    var html = '<div class="gm-ev-head">Ground of <b>' + shapes.cells[k][0] + "</b>" + size + "</div>" +
      "<div>Held by <b>" + who + "</b> since " + (st.ev ? st.date : t.start) + "</div>";
    if (st.ev) {
      var from = st.ev[0] >= 0 ? t.actors[st.ev[0]] : "\u2014";
      html += '<div class="gm-through">Through the event of ' + st.date + ":</div>" +
        "<div>" + from + " \u2192 " + who + "</div><div>Source: " + t.sources[st.ev[1]] + "</div>";
    }
    return html;
  }
  function cells(map, shapes, info) {
    if (!shapes || !shapes.cells || !info) { return; }
    if (!info.holders && !window.GEOMAP_GROUND) { return; }
    var n = info.holders ? info.holders.length : window.GEOMAP_GROUND.cells.length;
    var decoded = {};
    map.on("click", function (e) {
      for (var k = 0; k < shapes.cells.length && k < n; k++) {
        if (!shapes.cells[k][1]) { continue; }
        if (!decoded[k]) { decoded[k] = decode(shapes.cells[k][1], shapes.scale); }
        if (inGeom(e.latlng, decoded[k])) {
          L.popup({maxWidth: 320, className: "gm-popup gm-cell-popup"})
            .setLatLng(e.latlng).setContent(groundHtml(shapes, info, k)).openOn(map);
          return;
        }
      }
    });
  }

  /* ---- ground info of a snapshot theatre: the holder in the snapshot shown, since which
     snapshot (the latest one at which that side took the clicked point) */
  function latLngRings(layer) {
    var ll = layer.getLatLngs();
    var polys = L.LineUtil.isFlat(ll) ? [[ll]] : (L.LineUtil.isFlat(ll[0]) ? [ll] : ll);
    return polys.map(function (poly) {
      return poly.map(function (ring) { return ring.map(function (p) { return [p.lat, p.lng]; }); });
    });
  }
  function holderAt(map, ll) {
    // the territory drawn on the page: class gm-a<i> is actor i, gm-unassigned is nobody
    var found = null;
    map.eachLayer(function (l) {
      if (found !== null || !(l instanceof L.Polygon) || !/^gm(Territory|Pieces)$/.test(l.options.pane)) { return; }
      var cls = l.options.className || "", m = /\bgm-a(\d+)\b/.exec(cls);
      var who = m ? Number(m[1]) : (/\bgm-unassigned\b/.test(cls) ? -1 : null);
      if (who !== null && inGeom(ll, latLngRings(l))) { found = who; }
    });
    return found;
  }
  function snapshotGround(map, gains, info) {
    if (!gains || !info) { return; }
    var decoded = {};
    map.on("click", function (e) {
      var who = holderAt(map, e.latlng);
      if (who === null) { return; }
      var html;
      if (who < 0 || who >= info.actors.length) {
        html = '<div class="gm-ev-head">Ground no side holds</div>';
      } else {
        var since = null;
        for (var k = gains.gains.length - 1; k >= 0 && since === null; k--) {
          var g = gains.gains[k];
          if (g[1] !== who || g[0] > info.day) { continue; }
          if (!decoded[k]) { decoded[k] = decode(g[2], gains.scale); }
          if (inGeom(e.latlng, decoded[k])) { since = g[0]; }
        }
        html = '<div class="gm-ev-head">Ground held by <b>' + info.actors[who] + "</b></div>" +
          "<div>Held since " + (since ? "the snapshot of " + since : gains.start) + "</div>";
      }
      html += '<div class="gm-through">As published in the snapshot of ' + info.snapshot +
        (info.file ? " (" + info.file + ")" : "") + "</div>";
      L.popup({maxWidth: 320, className: "gm-popup gm-cell-popup gm-snapshot-popup"})
        .setLatLng(e.latlng).setContent(html).openOn(map);
    });
  }

  /* ---- the view in the URL hash: #zoom/lat/lon, restored on load, kept while moving */
  function hashView(map) {
    function read() {
      var m = /^#(\d{1,2})\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(window.location.hash);
      if (!m) { return; }
      var z = Number(m[1]), lat = Number(m[2]), lon = Number(m[3]);
      if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) { map.setView([lat, lon], z, {animate: false}); }
    }
    read();
    window.addEventListener("hashchange", read);
    function write() {
      var c = map.getCenter(), h = "#" + map.getZoom() + "/" + c.lat.toFixed(4) + "/" + c.lng.toFixed(4);
      if (window.history && window.history.replaceState) {
        try { window.history.replaceState(null, "", h); } catch (err) { /* sandboxed iframe */ }
      }
      // the previous/next date keep the view
      document.querySelectorAll("a.gm-datelink").forEach(function (a) {
        a.setAttribute("href", a.getAttribute("href").split("#")[0] + h);
      });
    }
    map.on("moveend", write);
  }

  /* ---- hover tooltips (gm-tip): none while a popup is open (the two would lie on top of each
     other), and kept inside the map (on a phone a tooltip ran off the left edge) */
  function tips(map) {
    var box = map.getContainer();
    // hidden (CSS), not closed: a sticky tooltip comes back when the popup closes
    map.on("popupopen", function () { box.classList.add("gm-popup-open"); });
    map.on("popupclose", function () { box.classList.remove("gm-popup-open"); });
  }
  if (window.L && L.Tooltip && !L.Tooltip.prototype._gmInside) {
    var placeTip = L.Tooltip.prototype._setPosition;
    L.Tooltip.prototype._setPosition = function (pos) {
      placeTip.call(this, pos);
      var el = this._container, map = this._map;
      if (!el || !map || map._animatingZoom || !/\bgm-tip\b/.test(el.className)) { return; }
      // the box as drawn (with the margin of its pointer side) against the map's box
      var r = el.getBoundingClientRect(), b = map.getContainer().getBoundingClientRect();
      var m = 4, dx = 0, dy = 0;
      if (r.right > b.right - m) { dx = b.right - m - r.right; }
      if (r.left + dx < b.left + m) { dx = b.left + m - r.left; }
      if (r.bottom > b.bottom - m) { dy = b.bottom - m - r.bottom; }
      if (r.top + dy < b.top + m) { dy = b.top + m - r.top; }
      if (dx || dy) { L.DomUtil.setPosition(el, L.DomUtil.getPosition(el).add([dx, dy])); }
    };
    L.Tooltip.prototype._gmInside = true;
  }

  /* ---- page layout: the title bar's height (it wraps on phones); panels folded on phones */
  function layout(map) {
    tips(map);
    var top = document.querySelector(".gm-top");
    function fit() {
      if (top) { document.documentElement.style.setProperty("--gm-top", top.offsetHeight + "px"); }
      map.invalidateSize({pan: false});
    }
    var embedded = false;
    try { embedded = window.self !== window.top; } catch (err) { embedded = true; }
    if (embedded) { document.documentElement.classList.add("gm-embedded"); }
    // on a phone, or inside another page, the legend starts folded (one line)
    if (embedded || (window.matchMedia && window.matchMedia("(max-width: 600px)").matches)) {
      document.querySelectorAll("details.gm-fold-box, .gm-assumptions details").forEach(function (d) {
        d.removeAttribute("open");
      });
    }
    document.documentElement.classList.add("gm-laid-out");
    fit();
    window.addEventListener("resize", fit);
    // a panel opened or folded over the map: the labels it covers or uncovers are placed again
    document.querySelectorAll(".gm-side details, .gm-assumptions details").forEach(function (d) {
      d.addEventListener("toggle", function () {
        // the sheet is the fold box itself; a list folded inside it (the events) moves no map
        if (d.classList.contains("gm-fold-box")) { sheet(map, d.closest(".gm-side"), d.open); }
        schedule(map);
      });
    });
  }

  /* ---- a numbered disc (the pages' event numbers, the gained-and-lost pages' places): ``n``
     in ``ink`` on ``fill``. With ``dot`` (an event's circle marker), a tap on the disc opens
     the dot's popup and a hover its tip (not a permanent label): the disc may lie off its dot */
  function numbered(latlng, n, fill, ink, cls, dot) {
    var num = document.createElement("span");
    num.className = "gm-num";
    num.style.background = fill;
    num.style.color = ink;
    num.textContent = String(n);
    var disc = L.marker(latlng, {pane: "gmEvents", keyboard: false, bubblingMouseEvents: false,
        dot: dot || null, icon: L.divIcon({className: cls, html: num, iconSize: [16, 16],
        iconAnchor: [8, 8], tooltipAnchor: [0, 0]})});
    if (dot) {
      var hoverTip = function () { var t = dot.getTooltip(); return t && !t.options.permanent; };
      disc.on("click", function () { dot.openPopup(); });
      disc.on("mouseover", function () { if (hoverTip()) { dot.openTooltip(); } });
      disc.on("mouseout", function () { if (hoverTip()) { dot.closeTooltip(); } });
    }
    return disc;
  }

  /* ---- numbered discs: none hides another. A disc that would lie over one placed before it
     moves out round its point, to the first free spot on rings of size + 3 px, 2 (size + 3) px,
     ..., with a leader line back to its point (the place or the event dot); placed again at each
     zoom. ``key`` names the set (a timeline day's discs replace the day before's) */
  function spread(map, markers, key, size) {
    size = size || 16;
    var step = size + 3;
    function clear(q, placed) {
      return placed.every(function (o) {
        return Math.abs(o.x - q.x) >= size + 1 || Math.abs(o.y - q.y) >= size + 1;
      });
    }
    function place() {
      var placed = [];
      markers.forEach(function (m) {
        var el = m._map ? m.getElement() : null;
        if (!el) { return; }
        var p = map.latLngToLayerPoint(m.getLatLng()), at = p;
        search: for (var r = 0; r <= 4; r++) {
          var n = r === 0 ? 1 : 8 * r;
          for (var k = 0; k < n; k++) {
            var a = -Math.PI / 4 + 2 * Math.PI * k / n;  // up and to the right first
            var q = {x: p.x + r * step * Math.cos(a), y: p.y + r * step * Math.sin(a)};
            if (clear(q, placed)) { at = q; break search; }
          }
        }
        placed.push(at);
        var dx = Math.round(at.x - p.x), dy = Math.round(at.y - p.y);
        el.style.marginLeft = (dx - size / 2) + "px";
        el.style.marginTop = (dy - size / 2) + "px";
        var leader = el.querySelector(".gm-leader");
        if (dx || dy) {
          if (!leader) {
            leader = document.createElement("span");
            leader.className = "gm-leader";
            el.insertBefore(leader, el.firstChild);
          }
          leader.style.left = (size / 2 - dx) + "px";
          leader.style.top = (size / 2 - dy) + "px";
          leader.style.width = Math.round(Math.sqrt(dx * dx + dy * dy)) + "px";
          leader.style.transform = "rotate(" + Math.atan2(dy, dx).toFixed(4) + "rad)";
          leader.hidden = false;
        } else if (leader) {
          leader.hidden = true;
        }
        el.classList.toggle("gm-moved", !!(dx || dy));
        // a number moved off its event's dot: the dot shrinks to a point at the leader's end,
        // so a cluster reads as its numbers, not as twice as many red circles
        var dot = m.options.dot;
        if (dot && dot.setRadius) {
          if (dot._gmRadius === undefined) { dot._gmRadius = dot.getRadius(); }
          dot.setRadius(dx || dy ? 4 : dot._gmRadius);
        }
      });
      if (map._gmLabels) { schedule(map); }  // the labels avoid the discs where they now are
    }
    map._gmSpread = map._gmSpread || {};
    if (map._gmSpread[key]) { map.off("zoomend", map._gmSpread[key]); }
    map._gmSpread[key] = place;
    map.on("zoomend", place);
    place();
  }

  /* a legend opened as a sheet over the map's lower part (a phone): what was in the middle of
     the map moves up into the middle of the space left above the sheet; folded, it moves back */
  function sheet(map, side, open) {
    if (!side) { return; }
    if (open && side._gmShift) { return; }  // moved already: once per opening, never twice
    if (open) {
      var box = map.getContainer().getBoundingClientRect(), r = side.getBoundingClientRect();
      var covered = r.width >= 0.9 * box.width ? Math.max(0, box.bottom - r.top) : 0;
      side._gmShift = Math.round(covered / 2);
      if (side._gmShift) { map.panBy([0, side._gmShift], {animate: false}); }
    } else if (side._gmShift) {
      map.panBy([0, -side._gmShift], {animate: false});
      side._gmShift = 0;
    }
  }

  /* the pixels of the map's right side under the side panel: the panel's width where it lies
     over the map, 0 where it takes a column beside it (desktop) or is folded away */
  function sideRoom(map) {
    var side = document.querySelector(".gm-side");
    if (!side || side.offsetWidth === 0) { return 0; }
    var box = map.getContainer().getBoundingClientRect(), r = side.getBoundingClientRect();
    if (r.left >= box.right || r.bottom <= box.top || r.top >= box.bottom) { return 0; }
    return Math.max(0, box.right - r.left);
  }

  window.geomap = {decode: decode, basemap: basemap, labels: labels, register: register,
                   declutter: declutter, cells: cells, snapshotGround: snapshotGround,
                   hashView: hashView, layout: layout, sideRoom: sideRoom, sheet: sheet,
                   numbered: numbered, spread: spread};
})();
