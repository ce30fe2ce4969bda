"""The date pages of a folder from data made once per run (:class:`PageBook`).

Asking the source for each date (``control``, ``front``, the events) and
simplifying and encoding that date's territory costs far more than drawing
the page.  A book asks once for the whole run instead:

* territory: ``source.intervals()`` over the run, simplified and encoded once
  (the timeline's pieces); a date draws the pieces valid that day, one path
  per holder in :meth:`~geomap.render._common.Actors.piece_styles` (no seams
  where pieces touch), with each holder's tooltip;
* held km²: ``source.held_series()`` for every map date;
* the front: ``source.front_intervals()``, each piece encoded once; a date
  joins the pieces valid that day per pair of actors, with their length;
* the region outlines, encoded once;
* events: every event's list entry and marker made once; a date takes the
  slice of its dates (the order of ``events_between``);
* clicking the ground: who holds each place cell on each day and since which
  event, found once and written once (``assets/ground.js``); a page gives its day.

Ground that changed hands since the previous date is asked of
``source.changes_series`` once per :data:`CHUNK` dates (a worker's batch of
pages; its own pieces and areas), else of ``source.changes`` per date.  A source without
``intervals`` and ``held_series`` gets no book, and its pages are drawn one
date at a time (:func:`~geomap.render._maps.date_parts`).
"""

from __future__ import annotations

import datetime as _dt
from itertools import chain
from typing import Any

import numpy as np
import shapely

from geomap.render import _common as c
from geomap.render._escape import format_km2, html_text, shared_script
from geomap.render._geometry import (
    LineParts,
    encode_geometries,
    simplify_groups,
)
from geomap.render._ground import _cell_points, _cells, shared_ground
from geomap.render._maps import DateParts, _change_features, change_items
from geomap.render._prep import CHUNK, book_days, book_events, book_front, can_book, day_indices
from geomap.render._regions import _FRONT_STYLE, region_group
from geomap.render._timeline import interval_features

__all__ = ["CHUNK", "PageBook", "book_events", "book_front", "book_days"]


def _name(actors: c.Actors, i: int) -> str:
    return actors.names[i] if i >= 0 else "Unassigned"


def _grouped(keys: np.ndarray, items: np.ndarray) -> tuple[list[int], list[list[int]]]:
    """The distinct ``keys``, sorted, and each one's ``items`` in their order."""
    if len(keys) == 0:
        return [], []
    order = np.argsort(keys, kind="stable")
    keys, items = keys[order], items[order]
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    bounds = np.r_[starts, len(keys)].tolist()
    flat = items.tolist()
    return keys[starts].tolist(), [flat[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


class PageBook:
    """What the date pages of one run share, made once; :meth:`parts` gives one date's.

    The territory's pieces are drawn from :meth:`territory_script`, written
    once as ``assets/territory.js``.

    Parameters
    ----------
    source : MapSource
        With ``intervals`` and ``held_series`` (see :meth:`of`).
    dates : list of date
        The map dates, sorted.
    """

    def __init__(
        self, source: Any, dates: list[_dt.date], *, events: Any = None, front: Any = None
    ):
        self.source = source
        self.actors = c.Actors.from_frame(source.actors)
        self.fr = c.frame(source)
        day0 = dates[0]
        self.day0 = day0
        self.dates = list(dates)
        self._date_k = {d: k for k, d in enumerate(self.dates)}
        #: changes since the previous date, per date, asked a chunk at a time (see _changes)
        self._chg: dict[_dt.date, tuple[_dt.date, list[list[Any]], float]] = {}
        self.days = book_days(self.dates)
        self._territory()
        self._held(dates)
        self._ground()  # before the parts made elsewhere: it names no actor
        self._front(book_front(source, self.days, self.fr) if front is None else front.result())
        self.regions = region_group(source, self.fr)
        self._events(book_events(source, self.actors) if events is None else events.result())
        # after the data: ids met in it (the contested band's) are added to the actors
        self.styles = self.actors.piece_styles()
        self._ground_table: dict[str, Any] | None = None

    @staticmethod
    def can(source: Any, dates: list[_dt.date]) -> bool:
        """Whether ``source`` gives its data for a whole run (else pages are drawn one by one)."""
        return can_book(source, dates)

    @classmethod
    def of(
        cls, source: Any, dates: list[_dt.date], *, events: Any = None, front: Any = None
    ) -> PageBook | None:
        """A book for ``source``, or None when it cannot give its data for a whole run.

        ``events``, ``front``: :func:`book_events` and :func:`book_front` being
        made elsewhere (anything with a ``result()`` method, such as the result
        of another process).
        """
        if not cls.can(source, dates):
            return None
        return cls(source, dates, events=events, front=front)

    def territory_script(self) -> str:
        """``assets/territory.js``: every piece's encoded geometry, which pages name by index."""
        return shared_script("GEOMAP_TERRITORY", self.t_geom)

    def ground_table(self) -> dict[str, Any] | None:
        """:func:`~geomap.render._ground.shared_ground` of the run (None: no place cells).

        Made when first asked, after the styles (as each page's ground was): the
        date pages need only their day, so the workers start without it.
        """
        if self._ground_table is None and self.g_cells is not None:
            # each piece (prepared once as the query's input) against the points it may hold;
            # a point on a piece's outline is not held by it (as contains_xy)
            piece, pt = shapely.STRtree(self.g_pts).query(
                np.asarray(self.intervals.geometry.values, dtype=object), predicate="contains"
            )
            pairs = (pt, piece, self.g_i0, self.g_i1, self.g_actor)
            self._ground_table = shared_ground(self.source, self.days, self.actors, pairs)
        return self._ground_table

    def ground_script(self) -> str | None:
        """``assets/ground.js``: who holds each place's cell on each day, and since which event."""
        table = self.ground_table()
        return None if table is None else shared_script("GEOMAP_GROUND", table)

    # ------------------------------------------------------------------ made once
    def _territory(self) -> None:
        self.intervals = c.to_wgs84(self.source.intervals(self.days[0], self.days[-1]))
        # only rounded, not simplified: pieces simplified one by one would leave hairline
        # gaps where they meet (drawn once, in assets/territory.js)
        meta, encoded = interval_features(
            self.source, self.days, self.actors, self.fr, intervals=self.intervals, tolerance=0
        )
        self.t_style = np.array([m[0] for m in meta], dtype=np.int64)
        self.t_i0 = np.array([m[1] for m in meta], dtype=np.int64)
        self.t_i1 = np.array([m[2] for m in meta], dtype=np.int64)
        self.t_geom = encoded

    def _held(self, dates: list[_dt.date]) -> None:
        series = self.source.held_series(dates)
        self.held: dict[_dt.date, dict[int, float]] = {d: {} for d in dates}
        for day, actor, value in zip(
            series["date"], series["actor"], series["held_km2"], strict=True
        ):
            per = self.held.setdefault(c.as_date(day), {})
            i = self.actors.idx(actor)
            per[i] = per.get(i, 0.0) + (c.number(value) or 0.0)

    def _front(self, part: dict[str, Any] | None) -> None:
        """The front's pieces (:func:`book_front`); their pairs of actors by index."""
        self._f_cache: dict[tuple[int, ...], Any] = {}
        self._f_parts: list[range] | None = None
        self.has_front = part is not None
        part = part or {}
        self.f_lines = part.get("lines")
        self.f_n = part.get("n", 0)
        self.f_i0, self.f_i1 = part.get("i0"), part.get("i1")
        self.f_part_piece = part.get("part_piece", np.array([], dtype=np.int64))
        self.f_enc = part.get("enc") or LineParts([], self.fr.decimals)  # each part encoded once
        self.f_km = part.get("km", [])
        pairs = list(zip(part.get("a", []), part.get("b", []), strict=True))
        known: dict[Any, int] = {}  # each id looked up once, in the order met (ids met are added)
        for actor in (v for pair in pairs for v in pair):
            if actor not in known:
                known[actor] = self.actors.idx(actor)
        self.f_pair = [(known[a], known[b]) for a, b in pairs]
        # one number per pair, in the pairs' order (indices from -1)
        width = len(self.actors.ids) + 2
        self.f_pair_code = np.array(
            [(a + 1) * width + b + 1 for a, b in self.f_pair], dtype=np.int64
        )

    def _events(self, part: dict[str, Any]) -> None:
        """Every event's entry and marker (:func:`book_events`), with its day."""
        for actor in part["met"]:  # ids met there, added where this book would have met them
            self.actors.idx(actor)
        self.ev_day = part["day"]
        self.ev_html, self.ev_marker = part["html"], part["marker"]
        self.ev_where, self.ev_mark = part["where"], part["mark"]

    def _ground(self) -> None:
        """The place cells' points and the pieces' days and holders; which piece holds which
        point is found with the ground table (:meth:`ground_table`), which only
        ``assets/ground.js`` needs (written by a worker while others write the pages)."""
        self.g_cells = _cells(self.source)
        if self.g_cells is None:
            return
        self.g_pts = _cell_points(self.source, self.g_cells)
        intervals = self.intervals
        n = len(self.days)
        self.g_i0 = day_indices(c.column(intervals, "valid_from"), self.days[0], n, open_value=0)
        self.g_i1 = day_indices(c.column(intervals, "valid_to"), self.days[0], n, open_value=n)
        self.g_actor = np.array([c.text(a) for a in intervals["actor"]], dtype=object)

    # ------------------------------------------------------------------ per date
    def parts(self, day: _dt.date, prev: _dt.date | None) -> DateParts:
        """One date's :class:`DateParts`, read from the book (changes asked of the source)."""
        k = (day - self.day0).days
        held = self.held.get(day, {})
        changes, changed_km2 = None, None
        if prev is not None:
            changes, changed_km2 = self._changes(day, prev)
        items, markers = self._date_events(day, prev)
        territory, tips = self._date_territory(k, day, held)
        return DateParts(
            territory=territory,
            tips=tips,
            shared=True,
            held=held,
            changes=changes,
            changed_km2=changed_km2,
            ground=self._date_ground(k),
            lines=self._date_lines(k, day),
            items=items,
            markers=markers,
            styles=self.styles,
            actors=self.actors,
        )

    def _changes(self, day: _dt.date, prev: _dt.date) -> tuple[list[list[Any]], float]:
        """The features and km² of ground that changed hands from ``prev`` to ``day``."""
        if day not in self._chg:
            self._ask_changes(day)
        hit = self._chg.pop(day, None)
        if hit is None or hit[0] != prev:  # not a map date's previous one: asked alone
            return _change_features(
                self.source.changes(prev, day), self.actors, self.fr, previous=prev
            )
        return hit[1], hit[2]

    def _ask_changes(self, day: _dt.date) -> None:
        """``source.changes_series`` from ``day`` to the end of its chunk of :data:`CHUNK`
        dates (the batch a worker writes), one table; each date's features kept."""
        method = getattr(self.source, "changes_series", None)
        k = self._date_k.get(day)
        if not callable(method) or not k:
            return
        run = self.dates[k - 1 : (k // CHUNK + 1) * CHUNK]
        table = c.to_wgs84(method(run))
        at = {d: i for i, d in enumerate(run)}
        which = np.array([at[c.as_date(v)] for v in table["end"]], dtype=np.int64)
        geoms = np.asarray(table.geometry.values, dtype=object)
        # every date's pieces simplified and encoded at once (each date's as change_items would)
        encoded = encode_geometries(
            simplify_groups(geoms, which, self.fr.tolerance), self.fr.decimals
        )
        froms, tos = table["from_actor"].tolist(), table["to_actor"].tolist()
        areas = table["area_km2"].tolist()
        for i in range(1, len(run)):
            sel = np.flatnonzero(which == i).tolist()
            features, km2 = change_items(
                None,
                [froms[j] for j in sel],
                [tos[j] for j in sel],
                [areas[j] for j in sel],
                self.actors,
                self.fr,
                previous=run[i - 1],
                encoded=[encoded[j] for j in sel],
            )
            self._chg[run[i]] = (run[i - 1], features, km2)

    def _date_territory(
        self, k: int, day: _dt.date, held: dict[int, float]
    ) -> tuple[list[list[Any]], list[str]]:
        actors = self.actors
        tips = []
        for s in range(len(self.styles)):
            i = s if s < len(actors.ids) else -1
            tips.append(
                f"<b>{html_text(_name(actors, i))}</b><br>"
                f"{html_text(format_km2(held.get(i, 0.0)))} on {day.isoformat()}"
            )
        on = np.flatnonzero((self.t_i0 <= k) & (k < self.t_i1))
        # one feature per holder: its pieces by index in assets/territory.js (written once),
        # drawn as one path; the tooltip by its style
        styles, pieces = _grouped(self.t_style[on], on)
        return [[s, s, p] for s, p in zip(styles, pieces, strict=True)], tips

    def _date_lines(self, k: int, day: _dt.date) -> list[Any]:
        groups: list[Any] = []
        if self.has_front and self.f_n:
            on = np.flatnonzero((self.f_i0 <= k) & (k < self.f_i1))
            pieces = _grouped(self.f_pair_code[on], on)[1]  # by pair, in the pairs' order
            drawn = []
            for piece, (enc, km) in zip(pieces, self._joined_lines(pieces), strict=True):
                if not enc:
                    continue
                a, b = self.f_pair[piece[0]]
                tip = (
                    f"Front: {html_text(_name(self.actors, a))} | "
                    f"{html_text(_name(self.actors, b))}<br>"
                    f"{html_text(f'{km:,.0f}')} km (geodesic) on {day.isoformat()}"
                )
                drawn.append([tip, enc])
            if drawn:
                groups.append(("front line", _FRONT_STYLE, drawn))
        if self.regions is not None:
            groups.append(self.regions)
        return groups

    def _joined_lines(self, pieces: list[list[int]]) -> list[tuple[Any, float]]:
        """The encoded line and km of each list of front pieces (joined as front(date) joins
        them).  A pair's pieces are often the day before's: those lines are reused."""
        keys = [tuple(p) for p in pieces]
        cache = {key: self._f_cache[key] for key in keys if key in self._f_cache}
        todo = [p for p, key in zip(pieces, keys, strict=True) if key not in cache]
        if todo:
            if self._f_parts is None:  # each piece's parts: a run of f_part_piece (sorted)
                at = np.arange(self.f_n)
                lo = np.searchsorted(self.f_part_piece, at, side="left").tolist()
                hi = np.searchsorted(self.f_part_piece, at, side="right").tolist()
                self._f_parts = [range(a, z) for a, z in zip(lo, hi, strict=True)]
            runs = self._f_parts.__getitem__
            # the parts of a list of pieces (ascending), in order
            joined = [list(chain.from_iterable(map(runs, piece))) for piece in todo]
            km = self.f_km.__getitem__
            for piece, enc in zip(todo, self.f_enc.join(joined), strict=True):
                cache[tuple(piece)] = (enc, sum(map(km, piece)))
        self._f_cache = cache  # only the last date's: consecutive dates share most pieces
        return [cache[key] for key in keys]

    def _date_events(self, day: _dt.date, prev: _dt.date | None) -> tuple[list[str], list[Any]]:
        if self.ev_day is None:
            from geomap.render._maps import event_entries

            events = c.sorted_events(self.source.events_between(prev, day))
            return event_entries(events, self.actors)
        hi = int(np.searchsorted(self.ev_day, np.datetime64(day, "D"), side="right"))
        lo = (
            0
            if prev is None
            else int(np.searchsorted(self.ev_day, np.datetime64(prev, "D"), "right"))
        )
        items = self.ev_html[lo:hi]
        markers = []
        for n, marker in enumerate(self.ev_marker[lo:hi]):
            if marker is not None:
                markers.append([*marker[:4], n, *marker[5:]])
        return items, markers

    def _date_ground(self, k: int) -> dict[str, Any] | None:
        # the page gives its day; assets/ground.js says who holds each cell that day
        return None if self.g_cells is None else {"day": k}
