"""Folium elements of geomap's pages.

Each element that needs JavaScript is a ``MacroElement`` with a class-level
template (the pattern of ``folium.plugins.HeatMap``).  The templates are not
auto-escaped, so the rules are:

* data reaches ``script`` macros only as ``*_json`` attributes made by
  :func:`~geomap.render._escape.script_json`;
* text reaches ``html`` macros through Jinja's ``|e`` filter, or as HTML
  fragments built by this package with :func:`~geomap.render._escape.html_text`
  (attributes named ``*_html``);
* colours pass :func:`~geomap.render._escape.safe_color`, CSS class names and
  link targets are made here from indices and ISO dates, never from input.

Every element here derives from :class:`SafeMacroElement`: branca's own
``MacroElement.render`` compiles each rendered macro again as a Jinja
template, so a ``{{ ... }}`` in a note would run as Python (template
injection); ours adds the rendered text verbatim.

Plain folium is not used for popups and tooltips: ``folium.Tooltip`` puts its
text raw into a JavaScript template literal, ``folium.Popup`` does the same
(and needs jQuery), and ``GeoJsonTooltip``/``GeoJsonPopup`` write property
values into ``innerHTML`` unescaped.
"""

from __future__ import annotations

import re
from typing import Any

import folium
from branca.element import Element, Figure, MacroElement
from folium.template import Template

from geomap.render import _assets
from geomap.render._common import validate_assets
from geomap.render._escape import html_text, script_json

__all__ = [
    "OfflineMap",
    "LeafletAssets",
    "Credits",
    "FitView",
    "PageStyle",
    "VectorLayer",
    "PlaceLabels",
    "EventMarkers",
    "PageChrome",
]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class RawHtml(Element):
    """Text that is already rendered, output verbatim.

    branca's ``MacroElement.render`` wraps each rendered macro in
    ``Element(text)``, which compiles that text as a *new Jinja template*:
    any ``{{ ... }}`` or ``{% ... %}`` that came from the data (a note, a place
    name) would then be evaluated in Python when the page is rendered, a
    template injection that can run code.  geomap's elements add their
    rendered macros as ``RawHtml`` instead.
    """

    def __init__(self, text: str):
        super().__init__()
        self._name = "RawHtml"
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class SafeMacroElement(MacroElement):
    """A ``MacroElement`` whose rendered macros are never compiled again as templates."""

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} must be inside a folium Map to render")
        module = self._template.module.__dict__
        for part in ("header", "html", "script"):
            macro = module.get(part)
            if macro is not None:
                target = getattr(figure, part)
                target.add_child(RawHtml(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class LeafletAssets(Element):
    """Leaflet's js and css, inline or linked relative to the page (never a CDN)."""

    _template = Template(
        "{% if this.assets == 'inline' %}"
        "<style>{{ this.css }}</style>\n<script>{{ this.js }}</script>\n"
        "<script>{{ this.geomap_js }}</script>"
        "{% else %}"
        '<link rel="stylesheet" href="{{ this.assets|e }}leaflet.css"/>\n'
        '<script src="{{ this.assets|e }}leaflet.js"></script>\n'
        '<script src="{{ this.assets|e }}geomap.js"></script>'
        "{% endif %}"
    )

    def __init__(self, assets: str = "inline"):
        super().__init__()
        self._name = "LeafletAssets"
        self.assets = validate_assets(assets)

    @property
    def js(self) -> str:
        return _assets.inline_js()

    @property
    def css(self) -> str:
        return _assets.inline_css()

    @property
    def geomap_js(self) -> str:
        return _assets.geomap_js().replace("</", "<\\/")


class OfflineMap(folium.Map):
    """A ``folium.Map`` that loads nothing from the network.

    folium's CDN links (Leaflet, jQuery, Bootstrap, Font Awesome, awesome
    markers...) are dropped; Leaflet comes from the installed
    ``xstatic-leaflet`` package, inline or from a relative ``assets/`` folder.
    No tile layer unless one is added.

    Parameters
    ----------
    assets : str, default "inline"
        ``"inline"`` puts Leaflet into the page (a self-contained file, and
        ``_repr_html_`` works offline in Jupyter); a relative prefix such as
        ``"assets/"`` links ``assets/leaflet.js`` and ``assets/leaflet.css``.
    **kwargs
        Passed to :class:`folium.Map`; ``tiles`` defaults to ``None``.
    """

    def __init__(self, *, assets: str = "inline", **kwargs: Any):
        kwargs.setdefault("tiles", None)
        super().__init__(**kwargs)
        self._name = "Map"
        self.assets = validate_assets(assets)
        # Instance lists: folium's JSCSSMixin.add_js_link would otherwise mutate a class list.
        self.default_js = []
        self.default_css = []

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        figure.header.add_child(LeafletAssets(self.assets), name="geomap_leaflet")
        super().render(**kwargs)


class PageStyle(SafeMacroElement):
    """Page CSS, the SVG hatch patterns (unassigned and changed ground) and the map panes.

    Panes fix the drawing order whatever the order layers are added in (the
    timeline adds territory while playing): basemap, territory, changes, AOI
    outline, places, events.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}
        {% if this.assets == 'inline' %}<style>{{ this.css }}</style>
        {% else %}<link rel="stylesheet" href="{{ this.assets|e }}geomap.css"/>{% endif %}
        {% endmacro %}
        {% macro html(this, kwargs) %}
        <svg width="0" height="0" style="position:absolute" aria-hidden="true" focusable="false">
          <defs>
            <pattern id="gm-hatch-unassigned" width="6" height="6" patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#ffffff" fill-opacity="0.35"/>
              <line x1="0" y1="0" x2="0" y2="6" stroke="#8a8a8a" stroke-width="1.2"/>
            </pattern>
            <pattern id="gm-hatch-contested" width="5" height="5" patternUnits="userSpaceOnUse"
                patternTransform="rotate(-45)">
              <rect width="5" height="5" fill="#8a8a8a" fill-opacity="0.45"/>
              <line x1="0" y1="0" x2="0" y2="5" stroke="#4d4d4d" stroke-width="1.4"/>
            </pattern>
            <pattern id="gm-hatch-changed" width="8" height="8" patternUnits="userSpaceOnUse"
                patternTransform="rotate(45)">
              <line x1="1" y1="0" x2="1" y2="8" stroke="#000000" stroke-width="2" stroke-opacity="0.6"/>
              <line x1="5" y1="0" x2="5" y2="8" stroke="#ffffff" stroke-width="2" stroke-opacity="0.6"/>
            </pattern>
          </defs>
        </svg>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map) {
            [["gmBase", 350], ["gmTerritory", 410], ["gmPieces", 411], ["gmChanges", 420], ["gmOutline", 430],
             ["gmPlaces", 440], ["gmEvents", 450]].forEach(function (p) {
                if (!map.getPane(p[0])) { map.createPane(p[0]).style.zIndex = String(p[1]); }
            });
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, assets: str = "inline") -> None:
        super().__init__()
        self._name = "PageStyle"
        #: ``"inline"``, or the folder prefix of the shared ``geomap.css`` (written once per folder)
        self.assets = validate_assets(assets)
        self.css = _assets.geomap_css().replace("</", "<\\/") if self.assets == "inline" else ""


class Credits(SafeMacroElement):
    """The data's licence and sources in the map's attribution (bottom right), folded to a line.

    Parameters
    ----------
    html : str
        The credits as an HTML fragment whose text is already escaped
        (:func:`geomap.render._common.credits_html`).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
            var credits = {{ this.html_json }};
            if (map.attributionControl) { map.attributionControl.addAttribution(credits); }
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, html: str):
        super().__init__()
        self._name = "Credits"
        self.html_json = script_json(str(html))


class FitView(SafeMacroElement):
    """Fit the map to ``bounds`` at load, without the zoom animation ``folium.FitBounds`` runs.

    Parameters
    ----------
    bounds : [[south, west], [north, east]]
    padding_top_left, padding_bottom_right : (x, y)
        Pixels kept clear (the side panel is on the right).
    narrow_bounds : [[south, west], [north, east]], optional
        The view on a narrow screen (600 px or less): the ground that
        changes hands, with a slimmer margin.  None: ``bounds``.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, options, bounds, narrow) {
            // on a phone, or embedded in another page, the side panel folds away: no room is
            // kept for it beyond its one line
            var embedded = true;
            try { embedded = window.self !== window.top; } catch (err) { /* cross-origin */ }
            if (embedded && !document.documentElement.classList.contains("gm-embedded")) {
                // the page's layout for an embedded page (geomap.layout sets it too, later):
                // the map takes the frame's width before it is fitted
                document.documentElement.classList.add("gm-embedded");
                map.invalidateSize({pan: false});
            }
            if (map.getSize().x <= 600) {
                // a phone: the ground that changes hands across the screen's width
                options = {padding: [6, 6], animate: false};
                bounds = narrow || bounds;
            }
            else if (embedded) { options = {paddingTopLeft: [6, 6], paddingBottomRight: [6, 6],
                                            animate: false}; }
            else if (geomap.sideRoom) {  // room for the panel only where it lies over the map
                options.paddingBottomRight = [geomap.sideRoom(map) + options.paddingTopLeft[0],
                                              options.paddingBottomRight[1]];
            }
            map.fitBounds(bounds, options);
        })({{ this._parent.get_name() }}, {{ this.options_json }}, {{ this.bounds_json }},
           {{ this.narrow_json }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        bounds: list[list[float]],
        *,
        padding_top_left: tuple[int, int] = (0, 0),
        padding_bottom_right: tuple[int, int] = (0, 0),
        narrow_bounds: list[list[float]] | None = None,
    ):
        super().__init__()
        self._name = "FitView"
        self.bounds_json = script_json([[float(v) for v in corner] for corner in bounds])
        self.narrow_json = script_json(
            None
            if narrow_bounds is None
            else [[float(v) for v in corner] for corner in narrow_bounds]
        )
        self.options_json = script_json(
            {
                "paddingTopLeft": list(padding_top_left),
                "paddingBottomRight": list(padding_bottom_right),
                "animate": False,
            }
        )


class VectorLayer(SafeMacroElement):
    """Polygons in the compact encoding, styled per feature from a list of styles.

    Parameters
    ----------
    features : list of [style_index, tooltip_html or None, geometry]
        ``geometry`` from :func:`~geomap.render._geometry.encode_geometry`;
        ``tooltip_html`` an HTML fragment escaped by the caller.
    styles : list of dict
        Leaflet path options (``className`` and ``pane`` included).
    decimals : int
        Decimals of the encoding.
    interactive : bool
        Whether the paths react to the mouse (tooltips need it).
    name : str
        Layer name.
    tips : list of str, optional
        Tooltips (escaped HTML) that features name by index (``tooltip_html``
        an int), so a tooltip shared by many features is on the page once.
    shared : bool, default False
        Features may give their geometry as a list of indices of pieces in
        ``window.GEOMAP_TERRITORY`` (set by the shared ``assets/territory.js``),
        drawn as one path (no seams between the pieces).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function () {
            var styles = {{ this.styles_json }};
            var data = {{ this.data_json }};
            var shared = {{ this.shared_js }};
            var group = L.featureGroup();
            data.features.forEach(function (f) {
                var options = Object.assign({interactive: data.interactive}, styles[f[0]]);
                // geometry: encoded, or the indices of pieces in the shared geometry (one path)
                var latlngs = typeof f[2][0] === "number"
                    ? [].concat.apply([], f[2].map(function (k) {
                        return geomap.decode(shared[k], data.scale); }))
                    : geomap.decode(f[2], data.scale);
                var tip = typeof f[1] === "number" ? data.tips[f[1]] : f[1];
                var layer = L.polygon(latlngs, options);
                if (tip) { layer.bindTooltip(tip, {sticky: true, className: "gm-tip"}); }
                group.addLayer(layer);
            });
            return group;
        })().addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        features: list[list[Any]],
        styles: list[dict[str, Any]],
        *,
        decimals: int,
        interactive: bool = True,
        name: str = "layer",
        tips: list[str] | None = None,
        shared: bool = False,
    ):
        super().__init__()
        self._name = "VectorLayer"
        self.layer_name = name
        self.n_features = len(features)
        data = {"scale": 10**decimals, "interactive": bool(interactive), "features": features}
        if tips is not None:
            data["tips"] = tips
        self.data_json = script_json(data)
        self.shared_js = "(window.GEOMAP_TERRITORY || [])" if shared else "null"
        self.styles_json = script_json(styles)


class LineLayers(SafeMacroElement):
    """Named groups of lines with tooltips (the front, region outlines), and a layer switch.

    Parameters
    ----------
    groups : list of (name, style, lines)
        ``lines``: ``[tooltip_html, encoded]`` per line, ``encoded`` from
        :func:`geomap.render._geometry.encode_lines` (decoded by
        ``geomap.decode``), the tooltip escaped by the caller; ``style``:
        Leaflet path options; ``name``: the layer's name in the switch (made
        by this package).
    scale : int
        ``10 ** decimals`` of the encoding.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map, groups, scale) {
            var overlays = {};
            groups.forEach(function (g) {
                var group = L.featureGroup();
                g[2].forEach(function (line) {
                    var layer = L.polyline(geomap.decode(line[1], scale)[0], g[1]);
                    if (line[0]) { layer.bindTooltip(line[0], {sticky: true, className: "gm-tip"}); }
                    group.addLayer(layer);
                });
                overlays[g[0]] = group.addTo(map);
            });
            L.control.layers(null, overlays, {position: "topleft", collapsed: true}).addTo(map);
        })({{ this._parent.get_name() }}, {{ this.groups_json }}, {{ this.scale_json }});
        {% endmacro %}
        """
    )

    def __init__(self, groups: list[tuple[str, dict[str, Any], list[list[Any]]]], *, scale: int):
        super().__init__()
        self._name = "LineLayers"
        self.groups_json = script_json([[name, style, lines] for name, style, lines in groups])
        self.scale_json = script_json(int(scale))


class PlaceLabels(SafeMacroElement):
    """Place and country labels, placed by priority and never overlapping.

    Parameters
    ----------
    labels : list of [lat, lon, html, rank, is_country(, spots)], or None
        ``html`` is an escaped fragment; a country's ``spots`` (``[lat, lon]``
        inside its land) are where its label may go: the first where it lies
        wholly in view, else it is hidden.  Rank (0 event place, 1 capital,
        2 country, 3 city, 4 town, 5 other) sets the priority: a label is
        hidden when it would overlap one of higher priority (recomputed at
        every zoom by ``geomap.declutter`` in ``geomap.js``); towns show from
        ``base_zoom``, other features from ``base_zoom + 1``.  None: read them
        from ``window.GEOMAP_LABELS``, set by a shared script (:func:`labels_script`).
    base_zoom : int
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.labels({{ this._parent.get_name() }}, {{ this.labels_json }}, {{ this.base_zoom_json }});
        {% endmacro %}
        """
    )

    def __init__(self, labels: list[list[Any]] | None, *, base_zoom: int):
        super().__init__()
        self._name = "PlaceLabels"
        if labels is None:
            # the labels are shared by every page of a folder: assets/labels.js sets them
            self.n_labels = 0
            self.labels_json = "(window.GEOMAP_LABELS || [])"
        else:
            self.n_labels = len(labels)
            self.labels_json = script_json(labels)
        self.base_zoom_json = script_json(int(base_zoom))


class EventMarkers(SafeMacroElement):
    """Named event markers (circle markers: no icon font) whose popups show the event list's entries.

    The escaped HTML of each event is on the page once, in the side panel's
    event list (:class:`PageChrome`, ``<li id="{list_id}-{i}">``); a marker's
    popup shows a copy of that entry.

    Parameters
    ----------
    events : list of [lat, lon, color, css_class, list_index, label_html, ink]
        ``css_class`` is one of this package's fixed class names;
        ``label_html`` the escaped place name, shown beside the marker (top
        label priority) after the event's number in the list ("2. Arak"), or "";
        ``ink`` the colour of the number on the marker (a safe ``#rrggbb``).
    list_id : str
        Id prefix of the event list entries (made by this package).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (map) {
            var group = L.featureGroup();
            var listId = {{ this.list_id_json }}, discs = [];
            {{ this.events_json }}.forEach(function (e) {
                var dashed = e[3].indexOf("gm-confirmed") < 0;
                var marker = L.circleMarker([e[0], e[1]], {radius: 8, weight: 2, color: "#ffffff",
                        dashArray: dashed ? "3 2" : null, fillColor: e[2], fillOpacity: 0.95,
                        className: "gm-event " + e[3], pane: "gmEvents", bubblingMouseEvents: false})
                    .bindPopup(function () {
                        var entry = document.getElementById(listId + "-" + e[4]);
                        return entry ? entry.innerHTML : "";
                    }, {maxWidth: 340, className: "gm-popup"})
                    .addTo(group);
                // the dot carries its event's number in the side panel's list, as the timeline's
                // do, and so does its label; a tap on the number (moved off its dot or not) opens
                // its dot's entry
                discs.push(geomap.numbered([e[0], e[1]], e[4] + 1, e[2], e[6], "gm-event-num",
                    marker).addTo(group));
                if (e[5]) {
                    marker.bindTooltip((e[4] + 1) + ". " + e[5], {permanent: true, interactive: false,
                        direction: "right", offset: [10, 0], className: "gm-label gm-event-label"});
                    geomap.register(map, marker.getTooltip(), 0);
                }
            });
            // dots a few pixels apart: the later number moves out, a leader line to its dot
            group.addTo(map);
            geomap.spread(map, discs, "events");
            return group;
        })({{ this._parent.get_name() }}).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, events: list[list[Any]], *, list_id: str):
        super().__init__()
        self._name = "EventMarkers"
        self.n_events = len(events)
        self.events_json = script_json(events)
        self.list_id_json = script_json(list_id)


class PageChrome(SafeMacroElement):
    """Title bar with navigation, the side panel (legend, events) and the assumptions box.

    Parameters
    ----------
    title : str
        Untrusted; escaped here.
    date_label : str
        Escaped here.
    nav : list of (label, href or None)
        ``href`` must be made by this package (ISO date file names, ``index.html``).
    legend : list of dict
        ``name``, ``color`` (safe), ``km2`` (formatted), ``kind`` (``actor``,
        ``unassigned``, ``changed``, ``total``).
    events_html : list of str
        Escaped fragments, one per event.
    events_title : str
    list_id : str
        Id prefix of the event list entries (``{list_id}-{i}``), made by this package.
    assumptions : list of (key, value)
        Untrusted; escaped here.
    bar_html : str
        Extra HTML for the title bar made by this package (the timeline controls), or "".
    fold : bool, default True
        Wrap the legend and events in a ``<details>`` that folds on phones and in an
        embedded page (False for a page that folds them its own way, as the timeline does).
    panel_html : str
        The side panel's content, made and escaped by this package, instead of the legend
        and events (the diff page's), or "".
    fold_label : str
        The fold's label (default "Legend and events", or "Legend").
    side_class : str
        An extra CSS class of the side panel (made by this package), or "".
    """

    _template = Template(
        """
        {#- the key a folded legend keeps: the sides' colours by their short names (with
            ``held_only``, only the sides holding ground), then the hatch of unassigned land and
            of ground that changed hands, which cover much of a map; ``data-row`` is the row's
            place in the legend (the timeline shows the sides holding ground on its day) #}
        {% macro key_items(legend, held_only) -%}
          {%- for row in legend %}
            {%- if row.kind == 'actor' and not (held_only and row.km2 == '–') %}<span class="gm-key-item" data-row="{{ loop.index0 }}"><span class="gm-swatch" style="background:{{ row.color }}"></span>{{ row.name.split(' (')[0]|e }}</span>
            {%- elif row.kind == 'unassigned' %}<span class="gm-key-item gm-key-hatch"><span class="gm-swatch gm-swatch-unassigned"></span>Unassigned</span>
            {%- elif row.kind == 'changed' %}<span class="gm-key-item gm-key-hatch"><span class="gm-swatch gm-swatch-changed"></span>Changed hands</span>
            {%- endif %}
          {%- endfor -%}
        {%- endmacro %}
        {% macro html(this, kwargs) %}
        <header class="gm-top">
          <h1>{{ this.title|e }}{% if this.date_label %}<span class="gm-date">— {{ this.date_html }}</span>{% endif %}</h1>
          {{ this.bar_html }}
          <nav>
          {%- for label, href in this.nav %}
            {%- if href %}<a href="{{ href|e }}"{% if href[:1].isdigit() %} class="gm-datelink"{% endif %}>{{ label|e }}</a>
            {%- else %}<span class="gm-off">{{ label|e }}</span>{% endif %}
          {%- endfor %}
          </nav>
        </header>
        <aside class="gm-panel gm-side{% if this.side_class %} {{ this.side_class|e }}{% endif %}">
          {%- if this.fold %}
          <details class="gm-fold-box" open>
          <summary class="gm-fold">{{ this.fold_label|e }}
          {%- set keyed = this.legend|selectattr('kind', 'equalto', 'actor')|rejectattr('km2', 'equalto', '–')|list %}
          {%- if keyed and not this.panel_html %}
            <span class="gm-key" aria-hidden="true">{{ key_items(this.legend, true) }}</span>
          {%- endif %}</summary>
          {%- endif %}
          {%- if this.panel_html %}
          {{ this.panel_html }}
          {%- else %}
          <section class="gm-legend">
            <h2>{{ this.legend_title|e }}</h2>
            {%- if not this.fold %}
            <div class="gm-key" aria-hidden="true">
            {{- key_items(this.legend, false) -}}
            </div>
            {%- endif %}
            <table>
            {%- for row in this.legend %}
              <tr class="gm-{{ row.kind }}">
                <td>{% if row.kind == 'actor' %}<span class="gm-swatch" style="background:{{ row.color }}"></span>
                    {%- elif row.kind == 'unassigned' %}<span class="gm-swatch gm-swatch-unassigned"></span>
                    {%- elif row.kind == 'changed' %}<span class="gm-swatch gm-swatch-changed"></span>{% endif %}</td>
                <td>{{ row.name|e }}{% if row.note %}<div class="gm-muted gm-note">{{ row.note|e }}</div>{% endif %}</td>
                <td class="gm-num"{% if row.cell_id %} id="{{ row.cell_id|e }}"{% endif %}>{{ row.km2|e }}</td>
              </tr>
            {%- endfor %}
            </table>
          </section>
          {%- if this.events_title %}
          <section class="gm-events">
            <details{% if this.events_html|length <= 8 %} open{% endif %}>
              <summary>{{ this.events_title|e }}</summary>
              <ol>
              {%- for item in this.events_html %}
                <li id="{{ this.list_id|e }}-{{ loop.index0 }}">{{ item }}</li>
              {%- endfor %}
              </ol>
            </details>
          </section>
          {%- endif %}
          {%- endif %}
          {%- if this.fold %}
          </details>
          {%- endif %}
        </aside>
        {%- if this.assumptions %}
        <footer class="gm-panel gm-assumptions">
          {%- set first = this.assumptions[0] %}
          <details{% if this.assumptions|length <= 3 %} open{% endif %}>
          <summary>Assumptions<span class="gm-first">: {{ first[0]|e }}: {{ first[1]|e }}</span></summary>
          <dl>
          {%- for key, value in this.assumptions %}
            <dt>{{ key|e }}</dt><dd>{{ value|e }}</dd>
          {%- endfor %}
          </dl>
          </details>
        </footer>
        {%- endif %}
        {% endmacro %}
        {% macro script(this, kwargs) %}
        geomap.layout({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(
        self,
        *,
        title: str,
        date_label: str,
        nav: list[tuple[str, str | None]],
        legend: list[dict[str, Any]],
        legend_title: str = "Held that day",
        events_html: list[str] | None = None,
        events_title: str = "",
        list_id: str = "gm-ev",
        assumptions: list[tuple[str, str]] | None = None,
        bar_html: str = "",
        fold: bool = True,
        panel_html: str = "",
        fold_label: str = "",
        side_class: str = "",
    ):
        super().__init__()
        self._name = "PageChrome"
        self.fold = fold  # the legend folds on phones (a page with its own fold passes False)
        self.title = title
        self.date_label = date_label
        # the label may wrap on a phone, never inside a date
        self.date_html = _ISO_DAY.sub(
            lambda mt: f'<span class="gm-nw">{mt.group(0)}</span>', html_text(date_label)
        )
        self.nav = nav
        self.legend = [{"cell_id": None, **row} for row in legend]
        self.legend_title = legend_title
        self.events_html = events_html or []
        self.events_title = events_title
        self.list_id = list_id
        self.assumptions = assumptions or []
        self.bar_html = bar_html
        self.panel_html = panel_html  # replaces the legend and events (the diff page's panel)
        self.fold_label = fold_label or ("Legend and events" if events_title else "Legend")
        self.side_class = side_class


def labels_script(labels: list[list[Any]]) -> str:
    """A script setting the place labels shared by every page of a map folder."""
    return f"window.GEOMAP_LABELS = {script_json(labels)};\n"


class Basemap(SafeMacroElement):
    """Land and sea for the whole viewport at every zoom (see :mod:`geomap.render._basemap`).

    Parameters
    ----------
    bands : dict or None
        From :func:`~geomap.render._basemap.basemap_bands`; None: read them
        from ``window.GEOMAP_BASEMAP``, set by the shared ``assets/basemap.js``.
    style : dict
        Leaflet path options of the land.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.basemap({{ this._parent.get_name() }}, {{ this.bands_json }}, {{ this.style_json }});
        {% endmacro %}
        """
    )

    def __init__(self, bands: dict[str, Any] | None, *, style: dict[str, Any]):
        super().__init__()
        self._name = "Basemap"
        self.bands_json = "(window.GEOMAP_BASEMAP || null)" if bands is None else script_json(bands)
        self.style_json = script_json(style)


class GroundInfo(SafeMacroElement):
    """Clicking the ground opens what is known of it: the place whose cell it is,
    its holder, since when, and through which event.

    Parameters
    ----------
    cells : dict or None
        From :func:`~geomap.render._ground.cell_shapes` (the same on every
        date); None: ``window.GEOMAP_CELLS``, set by the shared ``assets/cells.js``.
    info : dict
        From :func:`~geomap.render._ground.ground_info` (this date's holders), or
        ``{"day": k}``: day ``k`` of ``window.GEOMAP_GROUND``, set by the shared
        ``assets/ground.js`` (:func:`~geomap.render._ground.shared_ground`).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.cells({{ this._parent.get_name() }}, {{ this.cells_json }}, {{ this.info_json }});
        {% endmacro %}
        """
    )

    def __init__(self, cells: dict[str, Any] | None, info: dict[str, Any]):
        super().__init__()
        self._name = "GroundInfo"
        self.cells_json = "(window.GEOMAP_CELLS || null)" if cells is None else script_json(cells)
        self.info_json = script_json(info)


class SnapshotGround(SafeMacroElement):
    """Clicking the ground of a snapshot theatre: who holds it in the snapshot shown (and its
    file), and since which snapshot.

    Parameters
    ----------
    gains : dict or None
        From :func:`~geomap.render._ground.snapshot_gains` (the same on every
        date); None: ``window.GEOMAP_GAINS``, set by the shared ``assets/gains.js``.
    info : dict
        From :func:`~geomap.render._ground.snapshot_info` (this date's snapshot).
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.snapshotGround({{ this._parent.get_name() }}, {{ this.gains_json }}, {{ this.info_json }});
        {% endmacro %}
        """
    )

    def __init__(self, gains: dict[str, Any] | None, info: dict[str, Any]):
        super().__init__()
        self._name = "SnapshotGround"
        self.gains_json = "(window.GEOMAP_GAINS || null)" if gains is None else script_json(gains)
        self.info_json = script_json(info)


class HashView(SafeMacroElement):
    """The view in the URL hash (``#zoom/lat/lon``): restored on load, updated on moves.

    Links with class ``gm-datelink`` (the previous/next date) carry the view along.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.hashView({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "HashView"
