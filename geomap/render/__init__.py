"""Offline HTML maps: one page per date, an index and a timeline.

Rendering draws any object that follows :class:`MapSource` (the facade's
``Theatre`` does).  Pages load nothing from the network: Leaflet comes from
the installed ``xstatic-leaflet``, inline or from an ``assets/`` folder beside
the pages, and a vector basemap (country outlines, place labels) replaces
tiles.  Every text from the source is escaped.

Importing this package is cheap: folium and branca are imported only when a
map is made.

Examples
--------
>>> from geomap.render import date_map, write_maps  # doctest: +SKIP
>>> date_map(theatre, "2017-05-27", previous="2017-05-20")  # doctest: +SKIP
>>> write_maps(theatre, "maps", every="event")  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from geomap.render._protocol import MapSource

if TYPE_CHECKING:
    from geomap.render._diff import diff_map
    from geomap.render._index import index_html
    from geomap.render._maps import date_map
    from geomap.render._options import MapOptions
    from geomap.render._timeline import timeline_map
    from geomap.render._video import write_video
    from geomap.render._write import write_maps

__all__ = [
    "MapSource",
    "MapOptions",
    "date_map",
    "timeline_map",
    "index_html",
    "write_maps",
    "diff_map",
    "write_video",
]

_LAZY = {
    "date_map": "geomap.render._maps",
    "MapOptions": "geomap.render._options",
    "timeline_map": "geomap.render._timeline",
    "index_html": "geomap.render._index",
    "write_maps": "geomap.render._write",
    "diff_map": "geomap.render._diff",
    "write_video": "geomap.render._video",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'geomap.render' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
