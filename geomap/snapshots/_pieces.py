"""Polygon coordinates of a GeoJSON FeatureCollection, each distinct piece of text parsed once.

The files of a snapshot series repeat most of their text from one date to the
next: a front moves in a few places a day, and every other vertex is written
again byte for byte.  :class:`PieceCache` cuts each ``"coordinates"`` array at
its closing brackets (``"[ 35.46, 45.30 "``, ``", [ [ 35.50, 45.31 "``, ...):
a piece is parsed once (:data:`_PIECE`, strict JSON numbers) and then looked up
by its bytes in every later file, so a day's file costs about one dictionary
lookup per vertex instead of a JSON parse.

Only what GEOS's GeoJSON reader reads the same way is taken; anything else
makes :meth:`PieceCache.geometries` return None, and the caller parses the
text as before:

- every ``"coordinates"`` member is a Polygon's or a MultiPolygon's, the
  geometry of a ``"Feature"`` with no other geometry member, each array
  strictly nested (no empty array), every position two JSON numbers;
- every ring has at least 4 positions and ends where it starts;
- the rest of the text (the coordinates cut out) is strict JSON as GEOS reads
  it: UTF-8, no key twice in an object, no ``NaN``/``Infinity``, no number that
  overflows, no UTF-16 surrogate escape, not nested past Python's recursion limit.

Numbers are read as GEOS reads them: a JSON integer as an integer made a
double (``-0`` is 0.0), any other number correctly rounded (``float``, as
``strtod``); a number that overflows declines.  Geometries are built with
shapely from the coordinates: byte for byte what ``shapely.from_geojson``
gives (checked by the tests on the DeepState series and synthetic files).
"""

from __future__ import annotations

import json
import re
import threading
from typing import Any

import numpy as np
import shapely

__all__ = ["PieceCache"]

_WS = rb"[ \t\n\r]*+"  # JSON whitespace (not \f or \v, which Python's \s also takes)
_NUM = rb"(-?+(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?+(?:[eE][-+]?+[0-9]++)?+)"  # a JSON number
# pieces joined by "]": what lies before each "]" (an optional comma, opening brackets, maybe
# a position); a match starts only where a piece does, so one match per piece is all.
# Possessive (nothing given back): each part is followed by what it cannot match.
_PIECES = re.compile(
    rb"(?:\A|(?<=\]))" + _WS + rb"(,?+)" + _WS + rb"((?:\[" + _WS + rb")*+)"
    rb"(?:" + _NUM + _WS + rb"," + _WS + _NUM + _WS + rb")?+\]"
)
_COORDINATES = re.compile(rb'"coordinates"' + _WS + rb":" + _WS + rb"\[")
_DEPTH = {"Polygon": 3, "MultiPolygon": 4}  # brackets around a position
_MAX_PIECES = 2_000_000  # distinct pieces kept before the cache starts again


class _Duplicate(ValueError):
    """A JSON object with a key twice (GEOS's and Python's readers may keep different ones)."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _Duplicate("a key twice")
    return out


class PieceCache:
    """Parsed pieces of coordinate text, shared by the files of one series (thread-safe).

    Examples
    --------
    >>> text = (b'{"type": "FeatureCollection", "features": [{"type": "Feature", '
    ...         b'"properties": {}, "geometry": {"type": "Polygon", "coordinates": '
    ...         b'[[[30, 50], [31, 50], [31, 51], [30, 50]]]}}]}')
    >>> [g.wkt for g in PieceCache().geometries(text)]
    ['POLYGON ((30 50, 31 50, 31 51, 30 50))']
    >>> PieceCache().geometries(text.replace(b"[30, 50]]]", b"[30, 50.5]]]")) is None  # open
    True
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._reset()

    def _reset(self) -> None:
        self._index: dict[bytes, int] = {}  # piece -> its row
        self._new: list[tuple[np.ndarray, ...]] = []  # rows not yet in the arrays
        self._comma = np.zeros(0, dtype=bool)
        self._opens = np.zeros(0, dtype=np.int64)
        self._has_xy = np.zeros(0, dtype=bool)
        self._xy = np.zeros((0, 2))
        self._chunks: dict[bytes, dict[bytes, np.ndarray]] = {}  # by the cut: chunk -> rows

    def geometries(self, text: bytes) -> list[Any] | None:
        """The features' geometries of a FeatureCollection's text (None: not read this way)."""
        spans = _spans(text)
        if not spans:
            return None
        kinds = _skeleton(text, spans)
        if kinds is None:
            return None
        with self._lock:
            return self._build(text, spans, kinds)

    # ------------------------------------------------------------------ pieces
    def _add(self, pieces: list[bytes]) -> bool:
        """Parse new pieces, each once (False: one is not a piece this reader takes).

        A JSON integer is a double as GEOS's reader makes it: correctly rounded
        like any other number, but ``-0`` is 0.0 (an integer has no sign of zero).
        """
        found = _PIECES.findall(b"]".join(pieces) + b"]")
        if len(found) != len(pieces):
            return False
        comma, opens, x, y = zip(*found, strict=True)
        try:
            xy = np.array([[0.0 if t in (b"", b"-0") else float(t) for t in c] for c in (x, y)]).T
        except ValueError:
            return False
        if not np.isfinite(xy).all():  # a number overflows
            return False
        start = len(self._index)
        self._index.update(zip(pieces, range(start, start + len(pieces)), strict=True))
        self._new.append(
            (
                np.array([c == b"," for c in comma]),
                np.array([o.count(b"[") for o in opens], dtype=np.int64),
                np.array([t != b"" for t in x]),
                xy,
            )
        )
        return True

    def _flush(self) -> None:
        """The new rows appended to the arrays."""
        if self._new:
            comma, opens, has_xy, xy = zip(*self._new, strict=True)
            self._comma = np.concatenate([self._comma, *comma])
            self._opens = np.concatenate([self._opens, *opens])
            self._has_xy = np.concatenate([self._has_xy, *has_xy])
            self._xy = np.concatenate([self._xy, *xy])
            self._new = []

    def _codes(
        self, text: bytes, spans: list[tuple[int, int]]
    ) -> tuple[np.ndarray, list[int]] | None:
        """Each span's pieces as rows of the parsed pieces, and where each span ends.

        A span is first cut into chunks of about ten pieces, where a position's second
        number ends in 7 (a cut set by the text, so a vertex moved changes one chunk); a
        chunk met before is one lookup.  The pieces not met before are parsed together.
        """
        if len(self._index) > _MAX_PIECES:
            self._reset()
        layout: list[tuple[list, list[bytes]]] = []  # per span: rows of its chunks, its tail
        todo: list[tuple[list, int, bytes, list[bytes], dict]] = []  # chunks not met before
        pieces_read: list[bytes] = []
        for start, stop in spans:
            span = text[start:stop]
            first = span[: span.find(b"]")]
            cut = b"7" + first[len(first.rstrip(b" \t\n\r")) :] + b"]"  # the file's own spacing
            chunks = span.split(cut)
            known = self._chunks.setdefault(cut, {})
            tail = chunks.pop().split(b"]")
            tail.pop()  # the span ends with "]": the empty piece after it
            rows = list(map(known.get, chunks))
            for j in [j for j, r in enumerate(rows) if r is None]:
                pieces = (chunks[j] + cut[:-1]).split(b"]")
                pieces_read += pieces
                todo.append((rows, j, chunks[j], pieces, known))
            pieces_read += tail
            layout.append((rows, tail))
        get = self._index.get
        new = [p for p in dict.fromkeys(pieces_read) if get(p) is None]
        if new and not self._add(new):
            return None
        for rows, j, chunk, pieces, known in todo:
            rows[j] = known[chunk] = np.fromiter(map(get, pieces), np.intp, len(pieces))
        out, ends, n = [], [], 0
        for rows, tail in layout:
            out += rows
            out.append(np.fromiter(map(get, tail), np.intp, len(tail)))
            n += sum(map(len, rows)) + len(tail)
            ends.append(n)
        return np.concatenate(out), ends

    def _build(
        self, text: bytes, spans: list[tuple[int, int]], kinds: list[str]
    ) -> list[Any] | None:
        """The geometries of the spans, once their pieces' structure is checked."""
        found = self._codes(text, spans)
        if found is None:
            return None
        codes, ends = found
        self._flush()
        starts = np.array([0, *ends[:-1]])
        depth = np.repeat([_DEPTH[k] for k in kinds], np.diff([0, *ends]))
        comma, opens, has_xy = self._comma[codes], self._opens[codes], self._has_xy[codes]
        after = np.cumsum(opens - 1)  # depth after each piece's "]"
        first = np.zeros(len(codes), dtype=bool)
        first[starts] = True
        last = np.zeros(len(codes), dtype=bool)
        last[np.asarray(ends) - 1] = True
        if not (
            # a span opens every bracket down to its first position
            (opens[first] == depth[first]).all()
            # after "]": "," and a value, or "]"; only a span's first piece has no "]" before it
            and (comma == ((opens > 0) & ~first)).all()
            # no empty array: what opens holds a position, and a position is opened
            and ((opens > 0) == has_xy).all()
            # every position at its geometry's depth; spans close exactly at their ends
            and (after[has_xy] == depth[has_xy] - 1).all()
            and (after[last] == 0).all()
            and (after[~last] >= 1).all()
        ):
            return None
        return _geometries(self._xy[codes[has_xy]], opens[has_xy], depth[has_xy], kinds)


def _spans(text: bytes) -> list[tuple[int, int]]:
    """``(start, stop)`` of each ``"coordinates"`` array: from its "[" to its last "]" before
    the next quote or brace (a coordinates array holds neither)."""
    spans = []
    for m in _COORDINATES.finditer(text):
        start = m.end() - 1
        stops = [i for i in (text.find(b'"', start), text.find(b"}", start)) if i >= 0]
        stop = text.rfind(b"]", start, min(stops) if stops else len(text)) + 1
        if stop <= start:
            return []
        spans.append((start, stop))
    return spans


#: a UTF-16 surrogate escape (``\\ud800``): Python's json reads a lone one, GEOS's reader
#: refuses it; the text is left to GEOS (a valid pair too, which GEOS reads alike)
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _not_json(name: str) -> float:
    """``parse_constant``: ``NaN``, ``Infinity`` and ``-Infinity`` are not JSON (GEOS refuses them)."""
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    """``parse_float``: a number that overflows to infinity (``1e400``) is refused, as by GEOS."""
    value = float(text)
    if not np.isfinite(value):
        raise ValueError(f"{text} overflows")
    return value


def _skeleton(text: bytes, spans: list[tuple[int, int]]) -> list[str] | None:
    """The geometry type of each span, from the text with each coordinates array replaced by
    a string no JSON text here can hold (None: not a FeatureCollection of Features whose
    geometries' coordinates are exactly the spans, in order, each a Polygon or a MultiPolygon)."""
    if b"\\u0001" in text:  # the placeholders' character could then be the text's own
        return None
    if _SURROGATE_ESCAPE.search(text):  # GEOS refuses a lone one; Python's json takes it
        return None
    parts, at = [], 0
    for k, (start, stop) in enumerate(spans):
        parts += [text[at:start], b'"\\u0001%d"' % k]
        at = stop
    parts.append(text[at:])
    try:
        doc = json.loads(
            b"".join(parts).decode("utf-8"),  # strict: json.loads(bytes) lets surrogates through
            object_pairs_hook=_no_duplicates,
            parse_constant=_not_json,
            parse_float=_finite,
        )
    except (ValueError, RecursionError):  # not JSON (a key twice, NaN, 1e400), or nested deep
        return None
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        return None
    features = doc.get("features")
    if not isinstance(features, list) or len(features) != len(spans):
        return None
    kinds: list[str] = []
    for f in features:
        geom = f.get("geometry") if isinstance(f, dict) else None
        if (
            not isinstance(geom, dict)
            or f.get("type") != "Feature"
            or set(geom) != {"type", "coordinates"}
            or geom["type"] not in _DEPTH
            or geom["coordinates"] != f"\x01{len(kinds)}"
        ):
            return None
        kinds.append(geom["type"])
    return kinds


def _geometries(
    xy: np.ndarray, opens: np.ndarray, depth: np.ndarray, kinds: list[str]
) -> list[Any] | None:
    """Each feature's (Multi)Polygon from its positions: a position opening 2 brackets starts
    a ring, one opening 3 a polygon (a MultiPolygon's), the first of a span its feature
    (None: a ring too short or not closed).

    Features all of one type are built in one :func:`shapely.from_ragged_array` call (its
    offsets are where rings, polygons and features start); a mix, from rings up.
    """
    ring_start = np.flatnonzero(opens >= 2)
    ring_len = np.diff(np.append(ring_start, len(xy)))
    ring_end = ring_start + ring_len - 1
    if (ring_len < 4).any() or (xy[ring_start] != xy[ring_end]).any():
        return None
    opened = opens[ring_start]
    poly_start = np.flatnonzero(opened >= 3)  # the shell of each polygon
    if len(set(kinds)) == 1:
        offsets = [np.append(ring_start, len(xy)), np.append(poly_start, len(ring_start))]
        if kinds[0] == "MultiPolygon":
            feature_start = np.flatnonzero(opened[poly_start] == 4)
            offsets.append(np.append(feature_start, len(poly_start)))
        kind = (
            shapely.GeometryType.MULTIPOLYGON if len(offsets) == 3 else shapely.GeometryType.POLYGON
        )
        return list(shapely.from_ragged_array(kind, xy, tuple(offsets)))
    rings = shapely.linearrings(xy, indices=np.repeat(np.arange(len(ring_start)), ring_len))
    polys = shapely.polygons(rings, indices=np.cumsum(opened >= 3) - 1)
    feature_of_poly = (np.cumsum(opened == depth[ring_start]) - 1)[poly_start]
    multi = np.array([k == "MultiPolygon" for k in kinds])
    out = np.empty(len(kinds), dtype=object)
    single = ~multi[feature_of_poly]
    out[feature_of_poly[single]] = polys[single]
    shapely.multipolygons(polys[~single], indices=feature_of_poly[~single], out=out)
    return list(out)
