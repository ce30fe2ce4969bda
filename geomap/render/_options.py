"""``MapOptions``: the page options shared by the timeline and a folder of pages."""

from __future__ import annotations

import dataclasses
from typing import Any

from geomap.render import _common as c
from geomap.render._common import validate_assets

__all__ = ["MapOptions"]


@dataclasses.dataclass(frozen=True)
class MapOptions:
    """What pages show and how they load, given once for a timeline or a map folder.

    :func:`~geomap.render.timeline_map` and :func:`~geomap.render.write_maps`
    take these as keywords too (``timeline_map(th, every="week")`` is
    ``timeline_map(th, MapOptions(every="week"))``); a keyword given beside
    ``options`` replaces that field.

    Attributes
    ----------
    every : {"event", "day", "week"}, default "event"
        Which dates get a page (``source.map_dates(every=...)``); the
        timeline's slider runs from the first to the last, one step per day.
    start, end : date, optional
        Date range (default: the source's first and last map date).
    tiles : bool or str, default False
        Add a tile layer (``True``: OpenStreetMap; a string: a folium or
        xyzservices name or URL template).  Tiles need the network.
    assets : str, default "inline"
        ``"inline"``: Leaflet inside the page; a relative folder such as
        ``"assets/"``: linked from there (``write_maps`` always links).
    links : bool, default False
        Link ``index.html`` and the date pages (as ``write_maps`` writes them).
    labels_src : str, optional
        Relative URL of the script setting the place labels shared by every
        page of a folder (``assets/labels.js``); default: inline labels.
    interval_ms : int, optional
        The timeline's delay between days when playing (default: 700 ms,
        shorter for long ranges so a whole archive plays in about a minute).

    Examples
    --------
    >>> MapOptions(every="week").every
    'week'
    >>> MapOptions.of(MapOptions(every="week"), links=True).links
    True
    >>> MapOptions.of(None, colour="red")
    Traceback (most recent call last):
    ...
    TypeError: unknown map option 'colour'; options: every, start, end, tiles, assets, links, labels_src, interval_ms
    """

    every: c.Every = "event"
    start: Any = None
    end: Any = None
    tiles: bool | str = False
    assets: str = "inline"
    links: bool = False
    labels_src: str | None = None
    interval_ms: int | None = None

    def __post_init__(self) -> None:
        c.check_every(self.every)
        validate_assets(self.assets)
        ms = self.interval_ms
        if ms is not None and (isinstance(ms, bool) or not isinstance(ms, int) or ms < 16):
            raise ValueError(f"interval_ms={ms!r}: use an integer of at least 16 (ms)")

    @classmethod
    def of(cls, options: MapOptions | None = None, **changes: Any) -> MapOptions:
        """``options`` (default: all defaults) with the fields named in ``changes`` replaced."""
        if options is not None and not isinstance(options, cls):
            raise TypeError(f"options must be a MapOptions, not {type(options).__name__}")
        names = [f.name for f in dataclasses.fields(cls)]
        for key in changes:
            if key not in names:
                raise TypeError(f"unknown map option {key!r}; options: {', '.join(names)}")
        return dataclasses.replace(options or cls(), **changes)
