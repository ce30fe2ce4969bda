"""The one geometry-repair policy: what to do with an invalid polygon.

Invalid geometry is a policy argument, never a silent ``buffer(0)``
(CONVENTIONS §8).  Every reader that meets an invalid polygon takes an
``on_invalid`` of type :data:`OnInvalid`:

* ``"raise"`` (default everywhere): an error naming the file, the feature or
  line and :func:`shapely.is_valid_reason`'s reason;
* ``"warn"``: the feature is left out and reported (snapshot files; theatre
  inputs do not offer it, since a place's extent or an event's area cannot be
  left out without changing the territory);
* ``"fix"``: the polygon is repaired with :func:`repair_polygon` and the
  repair reported as a warning.

:func:`repair_polygon` has two methods, kept apart because they give
different geometry on the same input and each reader's outputs stay as they
were: ``"linework"`` (shapely's default ``make_valid``, then the polygon parts
unioned; theatre inputs) and ``"structure"`` (``make_valid(method="structure",
keep_collapsed=False)``, polygon members kept as the parts of one
MultiPolygon; snapshot files).

Examples
--------
>>> import shapely
>>> bowtie = shapely.Polygon([(0, 0), (2, 2), (2, 0), (0, 2)])
>>> bowtie.is_valid
False
>>> fixed = repair_polygon(bowtie)
>>> fixed.geom_type, fixed.area
('MultiPolygon', 2.0)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any, Literal

import shapely

__all__ = [
    "OnInvalid",
    "ON_INVALID",
    "RepairMethod",
    "check_on_invalid",
    "repair_polygon",
    "polygon_members",
    "fixed_message",
    "invalid_message",
    "FIXED_HINT",
    "INVALID_HINT",
]

#: What to do with an invalid polygon.
OnInvalid = Literal["raise", "warn", "fix"]
#: Every :data:`OnInvalid` choice, in the order messages list them.
ON_INVALID: tuple[str, ...] = ("raise", "warn", "fix")
#: How :func:`repair_polygon` repairs.
RepairMethod = Literal["linework", "structure"]

#: Hint of the warning that reports a repair.
FIXED_HINT = "repair it at the source"
#: Hint of the error that reports an invalid polygon (``on_invalid="raise"``).
INVALID_HINT = "repair it (e.g. QGIS 'Fix geometries'), or load with on_invalid='fix'"


def check_on_invalid(value: Any, allowed: Sequence[str] = ON_INVALID) -> None:
    """Raise ValueError unless ``value`` is one of ``allowed``.

    Examples
    --------
    >>> check_on_invalid("fix")
    >>> check_on_invalid("warn", ("raise", "fix"))
    Traceback (most recent call last):
    ...
    ValueError: on_invalid must be 'raise' or 'fix', not 'warn'
    """
    if value not in allowed:
        quoted = [repr(a) for a in allowed]
        choices = ", ".join(quoted[:-1]) + " or " + quoted[-1] if len(quoted) > 1 else quoted[0]
        raise ValueError(f"on_invalid must be {choices}, not {value!r}")


def polygon_members(geom: Any) -> tuple[list[Any], Counter]:
    """Polygons inside a (nested) GeometryCollection, and counts of other members.

    Examples
    --------
    >>> import shapely
    >>> gc = shapely.GeometryCollection([shapely.box(0, 0, 1, 1), shapely.Point(5, 5)])
    >>> polys, other = polygon_members(gc)
    >>> len(polys), dict(other)
    (1, {'Point': 1})
    """
    polys: list[Any] = []
    other: Counter = Counter()
    stack = [geom]
    while stack:
        g = stack.pop()
        kind = g.geom_type
        if kind == "Polygon":
            if not g.is_empty:
                polys.append(g)
        elif kind in ("MultiPolygon", "GeometryCollection"):
            stack.extend(reversed(list(g.geoms)))
        elif not g.is_empty:
            other[kind] += 1
    return polys, other


def repair_polygon(geom: Any, *, method: RepairMethod = "linework") -> Any:
    """An invalid polygon made valid; only its polygonal parts are kept.

    Parameters
    ----------
    geom : shapely.Geometry
        A Polygon or MultiPolygon (invalid, else it comes back unchanged in area).
    method : {"linework", "structure"}
        ``"linework"``: :func:`shapely.make_valid` with its default method and
        the polygon parts unioned (theatre inputs: ``areas.geojson``, drawn
        event geometries).  ``"structure"``: ``make_valid(method="structure",
        keep_collapsed=False)`` and the polygon members as the parts of one
        MultiPolygon, an empty Polygon when none is left (snapshot files).
        The two differ where parts overlap: linework keeps the ground covered
        an odd number of times, structure unions the parts.

    Returns
    -------
    shapely.Geometry
        A valid Polygon or MultiPolygon (possibly empty).

    Examples
    --------
    >>> import shapely
    >>> overlapping = shapely.MultiPolygon([shapely.box(0, 0, 2, 2), shapely.box(1, 1, 3, 3)])
    >>> repair_polygon(overlapping).area
    6.0
    >>> repair_polygon(overlapping, method="structure").area
    7.0
    """
    if method == "linework":
        fixed = shapely.make_valid(geom)
        parts = [
            g
            for g in getattr(fixed, "geoms", [fixed])
            if g.geom_type in ("Polygon", "MultiPolygon")
        ]
        return shapely.union_all(parts)
    if method == "structure":
        fixed = shapely.make_valid(geom, method="structure", keep_collapsed=False)
        polys, _ = polygon_members(fixed)
        if not polys:
            return shapely.Polygon()
        return polys[0] if len(polys) == 1 else shapely.multipolygons(polys)
    raise ValueError(f"method must be 'linework' or 'structure', not {method!r}")


def fixed_message(reason: str, *, subject: str = "") -> str:
    """The warning text of a repair asked for with ``on_invalid="fix"``.

    Examples
    --------
    >>> fixed_message("Self-intersection[1 1]", subject="'palmyra'")
    "invalid polygon for 'palmyra' (Self-intersection[1 1]); fixed with make_valid as asked"
    """
    what = f"invalid polygon for {subject}" if subject else "invalid polygon"
    return f"{what} ({reason}); fixed with make_valid as asked"


def invalid_message(reason: str, *, subject: str = "") -> str:
    """The error text of an invalid polygon under ``on_invalid="raise"``.

    Examples
    --------
    >>> invalid_message("Self-intersection[1 1]")
    'invalid polygon: Self-intersection[1 1]'
    """
    what = f"invalid polygon for {subject}" if subject else "invalid polygon"
    return f"{what}: {reason}"
