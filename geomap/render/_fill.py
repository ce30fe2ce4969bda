"""Page text: folium pages rendered with stable ids, and date pages filled into a skeleton.

Rendering a folium page (building its element tree, running its Jinja
templates) costs more than the data of a date page.  The date pages of a
folder differ only in their data: :class:`PageFiller` renders the page once
per *shape* (which layers it has), with a slot in place of each piece of
per-date data, and fills each date's data into the slots.  The text is the
same as the folium page's (a test compares them).

A slot is ``<@gm-slot:NAME@>``: text that escaped data cannot contain (``<``
is ``&lt;`` in HTML and ``\\u003c`` in script JSON), so data never makes a slot.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from branca.element import Element

from geomap.render import _common as c
from geomap.render._elements import (
    EventMarkers,
    GroundInfo,
    LineLayers,
    PageChrome,
    SnapshotGround,
    VectorLayer,
)
from geomap.render._escape import html_text
from geomap.render._ground import has_snapshot_ground, snapshot_info
from geomap.render._maps import (
    DateParts,
    assemble_date_map,
    changes_layer,
    date_chrome,
    shared_prefix,
    territory_layer,
)

__all__ = ["page_text", "page_text_ids", "PageFiller"]


def _elements(root: Element) -> Iterator[Element]:
    """Every element of a page's tree, depth first in child order."""
    stack = [root]
    while stack:
        el = stack.pop()
        yield el
        stack.extend(reversed(list(el._children.values())))


def page_text(m: Any) -> str:
    """The HTML of folium map ``m``, the same text for the same page on every run.

    branca names each element with 32 random hex digits (``map_3f9c…``);
    after rendering, each element's random id is replaced by its position in
    the page's tree, so a page does not change when nothing it shows does
    (diffs stay small; pages written by any number of processes are equal).
    """
    return page_text_ids(m)[0]


def page_text_ids(m: Any) -> tuple[str, dict[str, str]]:
    """:func:`page_text` and the ids it gave: random id → the id in the text."""
    root = m.get_root()
    html = root.render()
    ids = {
        old: f"{k:x}"
        for k, old in enumerate(dict.fromkeys(el._id for el in _elements(root)))
        if len(old) == 32
    }
    if not ids:
        return html, ids
    return re.sub("|".join(ids), lambda mt: ids[mt.group(0)], html), ids


def _slot(name: str) -> str:
    return f"<@gm-slot:{name}@>"


_SLOT_RE = re.compile(r"<@gm-slot:(\w+)@>")


def _chrome_html(chrome: PageChrome) -> str:
    """The HTML a :class:`PageChrome` puts on the page."""
    return str(PageChrome._template.module.html(chrome, {}))


def _shape(parts: DateParts) -> tuple[bool, ...]:
    """Which layers a date's page has: pages of one shape share a skeleton."""
    return (
        bool(parts.territory),
        bool(parts.changes),
        bool(parts.markers),
        bool(parts.lines),
        bool(parts.ground),
        parts.shared,
    )


class PageFiller:
    """Date pages of one folder: a skeleton per page shape, rendered once, filled per date.

    Parameters
    ----------
    source : MapSource
    tiles, assets, links, labels_src
        As :func:`~geomap.render._maps.date_map`'s.
    """

    def __init__(
        self, source: Any, *, tiles: bool | str, assets: str, links: bool, labels_src: str | None
    ):
        self.source = source
        self.kw = {"tiles": tiles, "assets": assets, "links": links, "labels_src": labels_src}
        self.actors = c.Actors.from_frame(source.actors)
        self.fr = c.frame(source)
        self.title = c.text(getattr(source, "title", "")) or "geomap"
        self.shared = shared_prefix(labels_src, assets) is not None
        self.snapshot = has_snapshot_ground(source)
        self.skeletons: dict[tuple[bool, ...], tuple[list[str], str]] = {}

    def html(self, parts: DateParts, day: Any, prev: Any, nxt: Any) -> str:
        """The text of one date's page (as ``page_text(assemble_date_map(...))``)."""
        key = _shape(parts)
        if key not in self.skeletons:
            self.skeletons[key] = self._skeleton(parts, day, prev, nxt)
        pieces, list_id = self.skeletons[key]
        values = self._values(parts, day, prev, nxt, list_id)
        out = pieces[:]
        out[1::2] = [values[name] for name in pieces[1::2]]
        return "".join(out)

    def _skeleton(self, parts: DateParts, day: Any, prev: Any, nxt: Any) -> tuple[list[str], str]:
        """The page of ``parts``' shape with slots for its data; the event list's id prefix."""
        m = assemble_date_map(self.source, parts, day=day, previous=prev, next_=nxt, **self.kw)
        for el in _elements(m.get_root()):
            if isinstance(el, VectorLayer) and el.layer_name == "territory":
                el.data_json = _slot("territory")
            elif isinstance(el, VectorLayer) and el.layer_name == "changed hands":
                el.data_json = _slot("changes")
            elif isinstance(el, EventMarkers):
                el.events_json = _slot("markers")
            elif isinstance(el, GroundInfo):
                el.info_json = _slot("ground")
            elif isinstance(el, SnapshotGround):
                el.info_json = _slot("snapshot")
            elif isinstance(el, LineLayers):
                el.groups_json = _slot("lines")
            elif isinstance(el, PageChrome):
                chrome = _chrome_html(el)
        m.get_root().title = _slot("title")
        text, ids = page_text_ids(m)
        for old, new in ids.items():  # the chrome's event list ids, as page_text made them
            chrome = chrome.replace(old, new)
        if text.count(chrome) != 1:  # pragma: no cover - the chrome's HTML is on the page once
            raise RuntimeError("the page chrome's HTML is not on the page once")
        text = text.replace(chrome, _slot("chrome"))
        list_id = f"{m.get_name()}-ev"
        for old, new in ids.items():
            list_id = list_id.replace(old, new)
        pieces = _SLOT_RE.split(text)
        names = pieces[1::2]
        if len(set(names)) != len(names):  # pragma: no cover - a slot made twice is a bug
            raise RuntimeError(f"a page slot appears twice: {sorted(names)}")
        return pieces, list_id

    def _values(self, parts: DateParts, day: Any, prev: Any, nxt: Any, list_id: str) -> dict:
        """Each slot's text for one date."""
        chrome = date_chrome(
            self.source,
            parts,
            day=day,
            previous=prev,
            next_=nxt,
            links=self.kw["links"],
            list_id=list_id,
        )
        values = {
            "title": html_text(f"{self.title} — {day.isoformat()}"),
            "chrome": _chrome_html(chrome),
        }
        actors = parts.actors or self.actors
        if parts.territory:
            layer = territory_layer(parts, actors, self.fr, shared=self.shared)
            values["territory"] = layer.data_json
        if parts.changes:
            values["changes"] = changes_layer(parts, self.fr).data_json
        if parts.markers:
            values["markers"] = EventMarkers(parts.markers, list_id=list_id).events_json
        if parts.ground:
            values["ground"] = GroundInfo(None, parts.ground).info_json
        elif self.snapshot:
            info = snapshot_info(self.source, day, actors)
            values["snapshot"] = SnapshotGround(None, info).info_json
        if parts.lines:
            values["lines"] = LineLayers(parts.lines, scale=10**self.fr.decimals).groups_json
        return values
