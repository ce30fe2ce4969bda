"""Snapshot theatres: territory given per date by dated control-polygon files.

A front-line tracker publishes, every day or so, the polygons each side
holds.  An archive of such exports is a **snapshot series**: one GeoJSON (or
any file GDAL reads) per date, or one file with a date property per feature.
:func:`load_snapshots` reads the series, assigns every areal feature to an
actor by a small **actor rule**, validates the polygons, clips them to the
area of interest, dissolves them per actor and date, and returns a
:class:`SnapshotSeries` with the same figures as an event theatre: held area,
gains and losses per actor and period, change polygons, and the map-source
methods the renderer uses.

Nothing is repaired or dropped silently.  Every clip, fix, skip and ignored
feature is recorded twice: as a :class:`~geomap.errors.Problem` on
``series.problems`` (file = the snapshot file, ``line=None``, field = the
feature index and property) and, where an area is at stake, as a structured
:class:`Flag` on ``series.flags`` (date, actor, km², feature) that
:mod:`geomap.quality` merges with its time-series checks.

How features are read
---------------------
* Coordinates are longitude/latitude (EPSG:4326 / OGC:CRS84); a file in
  another CRS is an error.  3-D coordinates are reduced to 2-D.
* Points and lines are not territory: they are counted and ignored (reported
  once per file).
* A feature's area is its Polygon or MultiPolygon, or the polygons inside a
  GeometryCollection read **as the parts of one MultiPolygon** (non-polygon
  members are dropped and reported).  So members that overlap or share an
  edge make the feature invalid ("Self-intersection" at the place they meet),
  as in DeepState's 2022 exports.
* Validity is checked on matched features only (``on_invalid``): ``"raise"``
  (default) makes the load fail listing every invalid feature with its
  reason and location; ``"warn"`` skips the feature and reports the km² it
  covered as drawn; ``"fix"`` repairs it (``shapely.make_valid`` with the
  ``"structure"`` method: parts are unioned, bow-ties split into lobes) and
  reports the km² the fix moved (area after the fix minus the area as drawn,
  where a bow-tie's lobes count with opposite signs).
* Parts outside the area of interest are clipped away; each clip is reported
  with its km², a part wholly outside as a stray polygon.
* Features of one actor may overlap: they are dissolved (``union_all``); the
  overlap is recorded in ``series.stats["overlap_km2"]``.
* Several files on one date: ``on_duplicate`` keeps the last (latest time,
  then file name; default) or the first, or raises; the choice and the km²
  in which the versions differ are reported.

Areas are measured on the exact polygons (never simplified) in one
equal-area CRS for the whole series (:func:`geomap.crs.equal_area_crs` of the
area of interest), edges densified in longitude/latitude
(:func:`geomap.areas.area_km2`).

Actor rules
-----------
A rule is a small mapping (a Python dict or a TOML table)::

    by = "fill"                  # "fill" | "name-key" | "property" | "constant"
    map = { "#a52714" = "occupied", "#880e4f" = "occupied" }
    match = "exact"              # or "prefix": the longest map key that starts the value wins
    property = "status"          # by = "property": the property to read
    separator = "///"            # by = "name-key": split the name property on this
    part = -1                    # by = "name-key": which part (0-based; -1 = last)
    name_property = "name"       # by = "name-key": the property holding the name
    actor = "occupied"           # by = "constant": every areal feature belongs to it
    names = { occupied = "Russian-occupied" }   # optional display names
    colors = { occupied = "#a52714" }           # optional; default: the first fill mapped
                                                # to the actor (by = "fill"), else a palette

* ``by = "fill"`` reads the ``fill`` property; colours are compared in
  lower case with ``#rgb`` expanded to ``#rrggbb``.
* ``by = "name-key"`` reads the ``name`` property, splits it on
  ``separator`` and takes part ``part``: DeepState's
  ``"<Ukrainian> /// <English> /// geoJSON.status.occupied"`` gives
  ``geoJSON.status.occupied``.  A name without the separator is its own key.
* ``by = "property"`` reads any property.
* Text values and map keys are normalised the same way before comparing:
  Unicode NFKC (a non-breaking space becomes a space), white space (line
  breaks included) collapsed and stripped, case folded.
* Actor ids are ``[A-Za-z0-9_]+`` as in ``actors.csv``.

A feature whose value matches no key is **unmatched**: it is counted per file
and per value, reported as one warning per file, and left out of the
territory.

TOML keys (``[snapshots]`` in ``theatre.toml``, or a rule file)
--------------------------------------------------------------
::

    [snapshots]
    folder = "snapshots"         # or folders = ["daily", "monthly"]; relative to the toml file
    pattern = "deepstatemap_data_{date:%Y%m%d}.geojson"
    date_property = "date"       # optional: date of each feature from this property
    date_offset_days = 0         # optional: add to every date (e.g. -1 when a file dated D shows D-1)
    on_invalid = "raise"         # "raise" | "warn" | "fix"
    on_duplicate = "last"        # "last" | "first" | "raise"
    title = "..."                # optional; default [theatre] title, else the folder name

    [snapshots.actors]           # the actor rule, keys as above
    by = "name-key"
    map = { "geoJSON.status.occupied" = "occupied", "geoJSON.territories.crimea" = "occupied" }

The area of interest is the theatre's ``[aoi]`` (``countries`` or ``path``);
a rule file given to the CLI (``geomap snapshot-gains FOLDER --rule RULE.toml``)
holds the same keys at top level or under ``[snapshots]``, the rule under
``[actors]`` or ``[snapshots.actors]``, and may carry ``[aoi] path = ...``.

Figures
-------
``ledger`` periods are inclusive days (as for event theatres): a period
compares the state at the end of the day before it with the state at its
end, so back-and-forth changes inside a period cancel and
``held(end) - held(start) = gained - lost``.  Gains and losses between two
snapshots are computed only inside windows around the boundary segments that
changed (:func:`_change_windows`), exact and several times faster than
overlaying whole polygons.  :meth:`SnapshotSeries.quality_flags` runs
:mod:`geomap.quality`.

File name patterns
------------------
``pattern`` is a file name with one date field and optional ``*`` wildcards:
``{date:FORMAT}`` (``strftime`` directives ``%Y %y %m %d %H %M %S %j %b %B``),
``{timestamp}`` (Unix seconds, UTC) or ``{timestamp_ms}``.  Dates of
timestamps are UTC days.  With ``date_property`` the pattern needs no date
field (e.g. ``"*.geojson"``).  Files in the folder that do not match are
listed in one warning.

Examples
--------
>>> rule = ActorRule.from_dict({"by": "fill", "map": {"#A52714": "occupied"}})
>>> rule.map
{'#a52714': 'occupied'}
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import tomllib
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely
from pyproj import CRS

from ._parse import lonlat_problem, parse_when
from .areas import area_km2
from .crs import equal_area_crs
from .errors import CRSError, GeometryError, InputError, Problem
from .ledger import periods

__all__ = [
    "ActorRule",
    "Flag",
    "SnapshotConfig",
    "SnapshotSeries",
    "load_snapshots",
    "load_snapshot_theatre",
    "DEFAULT_PATTERN",
]

OnInvalid = Literal["raise", "warn", "fix"]
OnDuplicate = Literal["last", "first", "raise"]
FlagKind = Literal[
    "invalid-ring",
    "spike",
    "step",
    "missing-date",
    "duplicate-date",
    "stray-polygon",
    "clipped",
]

DEFAULT_PATTERN = "{date:%Y-%m-%d}.geojson"
_ACTOR_ID = re.compile(r"^[A-Za-z0-9_]+$")
_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
_LOCATION = re.compile(r"\[\s*([-+\d.eE]+)\s+([-+\d.eE]+)")
_PALETTE = ["#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2"]
_RULE_KEYS = {
    "by",
    "map",
    "match",
    "property",
    "separator",
    "part",
    "name_property",
    "actor",
    "names",
    "colors",
}
_CONFIG_KEYS = {
    "folder",
    "folders",
    "pattern",
    "date_property",
    "date_offset_days",
    "on_invalid",
    "on_duplicate",
    "actors",
    "title",
}
_EMPTY = shapely.Polygon()


# --------------------------------------------------------------------------- flags
@dataclass(frozen=True)
class Flag:
    """One finding about a snapshot series, with what is at stake.

    Produced while loading (invalid rings, clips, stray polygons, duplicate
    dates) and by :mod:`geomap.quality` (spikes, steps, missing dates, stray
    polygons).

    Attributes
    ----------
    kind : str
        ``"invalid-ring"``, ``"spike"``, ``"step"``, ``"missing-date"``,
        ``"duplicate-date"``, ``"stray-polygon"`` or ``"clipped"``.
    date : datetime.date
        The snapshot date concerned.
    actor : str
        The actor id ("" when the flag concerns no single actor).
    km2 : float
        The area at stake: skipped, moved by a fix, clipped, or the size of
        the jump.
    file : str or None
        The snapshot file.
    feature : int or None
        0-based index of the feature in that file.
    message, hint : str
        What was found, and what to do about it.
    severity : {"error", "warning"}
        ``error`` when the figures are wrong unless someone acts (an invalid
        feature left out, a stray polygon counted); otherwise ``warning``.
    location : tuple of float or None
        ``(lon, lat)`` where to look.
    fixed : bool
        True when geomap changed the data (a fix or a clip) and says so here.
    """

    kind: FlagKind
    date: dt.date
    actor: str
    km2: float
    file: str | None = None
    feature: int | None = None
    message: str = ""
    hint: str = ""
    severity: Literal["error", "warning"] = "warning"
    location: tuple[float, float] | None = None
    fixed: bool = False

    def to_problem(self) -> Problem:
        """The flag as a :class:`~geomap.errors.Problem` (for ``geomap check``)."""
        where = f" at {self.location[0]:.4f}E {self.location[1]:.4f}N" if self.location else ""
        who = f" {self.actor}" if self.actor else ""
        msg = f"{self.date}{who}: {self.kind}: {self.message} [{self.km2:,.2f} km²]{where}"
        return Problem(
            file=self.file or "<series>",
            line=None,
            field=None if self.feature is None else f"feature {self.feature}",
            message=msg,
            hint=self.hint,
            severity=self.severity,
        )

    def __str__(self) -> str:
        return str(self.to_problem())


# --------------------------------------------------------------------------- actor rule
def normalize_text(value: Any) -> str:
    """Normalised comparison key of a property value.

    Unicode NFKC (non-breaking spaces become spaces), white space collapsed
    and stripped (line breaks included), case folded.

    Examples
    --------
    >>> normalize_text("Occupied\\u00a0Crimea\\n")
    'occupied crimea'
    """
    if value is None:
        return ""
    if isinstance(value, float) and np.isnan(value):
        return ""
    text = unicodedata.normalize("NFKC", str(value))
    return " ".join(text.split()).casefold()


def normalize_fill(value: Any) -> str:
    """A colour as ``#rrggbb`` in lower case ("" when it is not a hex colour).

    Examples
    --------
    >>> normalize_fill(" #A52 ")
    '#aa5522'
    """
    text = normalize_text(value)
    m = _HEX.match(text)
    if not m:
        return text
    digits = m[1]
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits


def _rule_problem(file: str, key: str, message: str, hint: str) -> Problem:
    return Problem(file, None, f"actors.{key}" if key else "actors", message, hint)


@dataclass(frozen=True)
class ActorRule:
    """How feature properties map to actors; see the module docstring.

    Build it with :meth:`from_dict`, which validates every key and raises
    one :class:`~geomap.errors.InputError` listing every problem.
    """

    by: Literal["fill", "name-key", "property", "constant"]
    map: dict[str, str]
    match: Literal["exact", "prefix"] = "exact"
    prop: str = "fill"
    separator: str = "///"
    part: int = -1
    actor: str = ""
    names: dict[str, str] = field(default_factory=dict)
    colors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, spec: Mapping[str, Any], *, file: str = "<actor rule>") -> ActorRule:
        """Validate a rule mapping (a dict or a TOML table).

        Parameters
        ----------
        spec : mapping
            Keys as in the module docstring.
        file : str
            Where the rule came from, for messages.

        Raises
        ------
        InputError
            Unknown keys (with the nearest known one), a wrong ``by``, an empty
            or malformed ``map``, invalid actor ids or colours.
        """
        if isinstance(spec, ActorRule):
            return spec
        problems: list[Problem] = []
        if not isinstance(spec, Mapping):
            raise InputError(
                _rule_problem(
                    file,
                    "",
                    f"the actor rule must be a table, not {type(spec).__name__}",
                    'write e.g. {by = "fill", map = {"#a52714" = "occupied"}}',
                )
            )
        for key in spec:
            if key not in _RULE_KEYS:
                close = difflib.get_close_matches(str(key), sorted(_RULE_KEYS), n=1)
                hint = (
                    f"did you mean {close[0]!r}?"
                    if close
                    else f"known keys: {', '.join(sorted(_RULE_KEYS))}"
                )
                problems.append(_rule_problem(file, str(key), "unknown key", hint))
        by = spec.get("by")
        choices = ("fill", "name-key", "property", "constant")
        if by not in choices:
            problems.append(
                _rule_problem(
                    file, "by", f"{by!r} is not a rule kind", f"choose one of {', '.join(choices)}"
                )
            )
        match = spec.get("match", "exact")
        if match not in ("exact", "prefix"):
            problems.append(
                _rule_problem(file, "match", f"{match!r}", 'choose "exact" or "prefix"')
            )
        prop = spec.get("property", "fill" if by == "fill" else "")
        if by == "name-key":
            prop = spec.get("name_property", "name")
        if by in ("property", "name-key") and (not isinstance(prop, str) or not prop.strip()):
            key = "property" if by == "property" else "name_property"
            problems.append(
                _rule_problem(file, key, "missing property name", 'e.g. property = "status"')
            )
        separator = spec.get("separator", "///")
        if not isinstance(separator, str) or not separator:
            problems.append(
                _rule_problem(file, "separator", f"{separator!r}", 'e.g. separator = "///"')
            )
        part = spec.get("part", -1)
        if isinstance(part, bool) or not isinstance(part, int):
            problems.append(
                _rule_problem(
                    file, "part", f"{part!r} is not an integer", "e.g. part = -1 (the last)"
                )
            )
            part = -1

        actors_seen: list[str] = []
        mapping: dict[str, str] = {}
        raw_map = spec.get("map", {} if by == "constant" else None)
        actor = ""
        if by == "constant":
            actor = str(spec.get("actor", "")).strip()
            if not _ACTOR_ID.match(actor):
                problems.append(
                    _rule_problem(
                        file, "actor", f"{actor!r} is not an actor id", 'e.g. actor = "occupied"'
                    )
                )
            else:
                actors_seen.append(actor)
            if raw_map:
                problems.append(
                    _rule_problem(file, "map", "a constant rule takes no map", "remove map")
                )
        elif not isinstance(raw_map, Mapping) or not raw_map:
            problems.append(
                _rule_problem(
                    file,
                    "map",
                    "missing or empty" if not raw_map else f"{raw_map!r} is not a table",
                    'give map = {"<value>" = "<actor id>", ...}',
                )
            )
        else:
            for key, value in raw_map.items():
                norm = normalize_fill(key) if by == "fill" else normalize_text(key)
                target = str(value).strip() if isinstance(value, str) else value
                if by == "fill" and not _HEX.match(normalize_text(key)):
                    problems.append(
                        _rule_problem(
                            file,
                            f"map.{key}",
                            f"{key!r} is not a hex colour",
                            "write #rrggbb, e.g. #a52714",
                        )
                    )
                    continue
                if not norm:
                    problems.append(
                        _rule_problem(
                            file, "map", "an empty key", "give the property value to match"
                        )
                    )
                    continue
                if not isinstance(target, str) or not _ACTOR_ID.match(target):
                    problems.append(
                        _rule_problem(
                            file,
                            f"map.{key}",
                            f"{value!r} is not an actor id",
                            "use letters, digits and _ only, e.g. occupied",
                        )
                    )
                    continue
                if norm in mapping and mapping[norm] != target:
                    problems.append(
                        _rule_problem(
                            file,
                            f"map.{key}",
                            f"{key!r} is mapped twice once normalised ({mapping[norm]!r} and {target!r})",
                            "keep one",
                        )
                    )
                    continue
                mapping[norm] = target
                if target not in actors_seen:
                    actors_seen.append(target)

        names = spec.get("names", {})
        colors = spec.get("colors", {})
        clean_names: dict[str, str] = {}
        clean_colors: dict[str, str] = {}
        for key, table, out in (("names", names, clean_names), ("colors", colors, clean_colors)):
            if not isinstance(table, Mapping):
                problems.append(
                    _rule_problem(
                        file, key, f"{table!r} is not a table", f"e.g. {key} = {{occupied = ...}}"
                    )
                )
                continue
            for ident, value in table.items():
                if ident not in actors_seen:
                    close = difflib.get_close_matches(str(ident), actors_seen, n=1)
                    hint = (
                        f"did you mean {close[0]!r}?"
                        if close
                        else f"actors of this rule: {', '.join(actors_seen)}"
                    )
                    problems.append(
                        _rule_problem(file, f"{key}.{ident}", "not an actor of this rule", hint)
                    )
                    continue
                if key == "colors" and not (
                    isinstance(value, str)
                    and _HEX.match(value.strip())
                    and value.strip().startswith("#")
                ):
                    problems.append(
                        _rule_problem(
                            file,
                            f"colors.{ident}",
                            f"{value!r} is not a hex colour",
                            "write #rrggbb",
                        )
                    )
                    continue
                out[ident] = normalize_fill(value) if key == "colors" else str(value)
        if problems:
            raise InputError(problems)
        if by == "fill":
            for key, target in mapping.items():
                clean_colors.setdefault(target, key)
        for i, ident in enumerate(actors_seen):
            clean_colors.setdefault(ident, _PALETTE[i % len(_PALETTE)])
        return cls(
            by=by,
            map=mapping,
            match=match,
            prop=str(prop).strip() if by != "constant" else "",
            separator=separator,
            part=part,
            actor=actor,
            names=clean_names,
            colors={a: clean_colors[a] for a in actors_seen},
        )

    @property
    def actor_ids(self) -> list[str]:
        """Actor ids in legend order (order of first appearance in the rule)."""
        return list(self.colors)

    @property
    def columns(self) -> list[str]:
        """The feature properties this rule reads."""
        return [self.prop] if self.by != "constant" else []

    def describe(self) -> str:
        """One line for reports, e.g. ``fill: #a52714 → occupied``."""
        if self.by == "constant":
            return f"every areal feature → {self.actor}"
        how = {"fill": "fill", "property": f"property {self.prop!r}"}.get(
            self.by, f"name-key (part {self.part} of {self.prop!r} split on {self.separator!r})"
        )
        pairs = ", ".join(f"{k} → {v}" for k, v in self.map.items())
        return f"{how}{' (prefix)' if self.match == 'prefix' else ''}: {pairs}"

    def key_of(self, value: Any) -> str:
        """The normalised key of one property value."""
        if self.by == "fill":
            return normalize_fill(value)
        if self.by == "name-key":
            if value is None or (isinstance(value, float) and np.isnan(value)):
                return ""
            parts = unicodedata.normalize("NFKC", str(value)).split(self.separator)
            try:
                return normalize_text(parts[self.part])
            except IndexError:
                return ""
        return normalize_text(value)

    def actor_of_key(self, key: str) -> str:
        """The actor of a normalised key ("" = unmatched)."""
        if self.by == "constant":
            return self.actor
        if self.match == "exact":
            return self.map.get(key, "")
        best = ""
        best_len = -1
        for k, actor in self.map.items():
            if key.startswith(k) and len(k) > best_len:
                best, best_len = actor, len(k)
        return best

    def assign(self, values: Iterable[Any]) -> tuple[np.ndarray, np.ndarray]:
        """``(actors, keys)`` arrays for property values ("" actor = unmatched)."""
        values = list(values)
        if self.by == "constant":
            n = len(values)
            return np.full(n, self.actor, dtype=object), np.full(n, "", dtype=object)
        cache: dict[Any, tuple[str, str]] = {}
        actors = np.empty(len(values), dtype=object)
        keys = np.empty(len(values), dtype=object)
        for i, value in enumerate(values):
            hashable = value if isinstance(value, str | int | float | type(None)) else str(value)
            if hashable not in cache:
                key = self.key_of(value)
                cache[hashable] = (self.actor_of_key(key), key)
            actors[i], keys[i] = cache[hashable]
        return actors, keys


# --------------------------------------------------------------------------- file-name patterns
_DIRECTIVES = {
    "Y": r"\d{4}",
    "y": r"\d{2}",
    "m": r"\d{1,2}",
    "d": r"\d{1,2}",
    "H": r"\d{1,2}",
    "M": r"\d{1,2}",
    "S": r"\d{1,2}",
    "j": r"\d{1,3}",
    "b": r"[A-Za-z]{3}",
    "B": r"[A-Za-z]+",
    "%": "%",
}
_FIELD = re.compile(r"\{(date:[^}]*|timestamp|timestamp_ms)\}")


@dataclass(frozen=True)
class _Pattern:
    text: str
    regex: re.Pattern
    kind: Literal["date", "timestamp", "timestamp_ms", "none"]
    fmt: str = ""

    def when(self, name: str) -> tuple[dt.datetime | None, str | None, bool]:
        """``(datetime, error, matched)`` for a file name."""
        m = self.regex.fullmatch(name)
        if not m:
            return None, None, False
        if self.kind == "none":
            return None, None, True
        raw = m["when"]
        try:
            if self.kind == "date":
                return dt.datetime.strptime(raw, self.fmt), None, True
            seconds = int(raw) / (1000 if self.kind == "timestamp_ms" else 1)
            stamp = dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)
            return stamp, None, True
        except (ValueError, OverflowError, OSError) as exc:
            return None, f"{raw!r} in the file name is not a {self.kind} ({exc})", True


def _compile_pattern(pattern: str, *, need_date: bool, file: str) -> _Pattern:
    fields = _FIELD.findall(pattern)
    hint = 'e.g. pattern = "deepstatemap_data_{date:%Y%m%d}.geojson" or "{timestamp}.geojson"'
    if len(fields) > 1:
        raise InputError(
            Problem(file, None, "pattern", f"{pattern!r} has {len(fields)} date fields", "keep one")
        )
    if not fields and need_date:
        raise InputError(
            Problem(
                file,
                None,
                "pattern",
                f"{pattern!r} has no date field and no date_property is given",
                hint,
            )
        )
    if "/" in pattern or "\\" in pattern:
        raise InputError(
            Problem(
                file,
                None,
                "pattern",
                f"{pattern!r} holds a folder",
                "give the folder apart; the pattern is a file name",
            )
        )
    out = []
    kind: Literal["date", "timestamp", "timestamp_ms", "none"] = "none"
    fmt = ""
    pos = 0
    for m in _FIELD.finditer(pattern):
        out.append(re.escape(pattern[pos : m.start()]).replace(r"\*", ".*"))
        token = m[1]
        if token.startswith("date:"):
            kind, fmt = "date", token[5:]
            rx = []
            i = 0
            while i < len(fmt):
                if fmt[i] == "%":
                    d = fmt[i + 1 : i + 2]
                    if d not in _DIRECTIVES:
                        raise InputError(
                            Problem(
                                file,
                                None,
                                "pattern",
                                f"unsupported date directive %{d} in {pattern!r}",
                                f"use {' '.join('%' + k for k in _DIRECTIVES if k != '%')}",
                            )
                        )
                    rx.append(_DIRECTIVES[d])
                    i += 2
                else:
                    rx.append(re.escape(fmt[i]))
                    i += 1
            if "%Y" not in fmt and "%y" not in fmt:
                raise InputError(
                    Problem(file, None, "pattern", f"{pattern!r}: the date has no year (%Y)", hint)
                )
            out.append(f"(?P<when>{''.join(rx)})")
        else:
            kind = token  # type: ignore[assignment]
            out.append(r"(?P<when>\d+)")
        pos = m.end()
    out.append(re.escape(pattern[pos:]).replace(r"\*", ".*"))
    return _Pattern(pattern, re.compile("".join(out)), kind, fmt)


# --------------------------------------------------------------------------- configuration
@dataclass
class SnapshotConfig:
    """Where a snapshot series is and how to read it (the ``[snapshots]`` table)."""

    folders: list[Path]
    actor_rule: ActorRule
    pattern: str = DEFAULT_PATTERN
    date_property: str | None = None
    date_offset_days: int = 0
    on_invalid: OnInvalid = "raise"
    on_duplicate: OnDuplicate = "last"
    title: str | None = None
    aoi_path: Path | None = None

    @classmethod
    def from_mapping(
        cls,
        table: Mapping[str, Any],
        *,
        base: str | Path = ".",
        file: str = "theatre.toml",
    ) -> SnapshotConfig:
        """Validate a ``[snapshots]`` table; folders are relative to ``base``.

        Raises
        ------
        InputError
            Listing every problem (unknown keys with the nearest known one,
            wrong types, a malformed actor rule).
        """
        problems: list[Problem] = []
        base = Path(base)
        for key in table:
            if key not in _CONFIG_KEYS:
                close = difflib.get_close_matches(str(key), sorted(_CONFIG_KEYS | _RULE_KEYS), n=1)
                if close and close[0] in _RULE_KEYS:
                    hint = f"{close[0]!r} belongs in the [snapshots.actors] table"
                elif close:
                    hint = f"did you mean {close[0]!r}?"
                else:
                    hint = f"known keys: {', '.join(sorted(_CONFIG_KEYS))}"
                problems.append(Problem(file, None, f"snapshots.{key}", "unknown key", hint))
        folder, folders = table.get("folder"), table.get("folders")
        paths: list[Path] = []
        if (folder is None) == (folders is None):
            problems.append(
                Problem(
                    file,
                    None,
                    "snapshots.folder",
                    "give exactly one of folder and folders",
                    'e.g. folder = "snapshots"',
                )
            )
        else:
            items = [folder] if folder is not None else folders
            if not isinstance(items, list) or not all(
                isinstance(x, str) and x.strip() for x in items
            ):
                problems.append(
                    Problem(
                        file,
                        None,
                        "snapshots.folders",
                        f"{items!r} is not a list of paths",
                        'e.g. folders = ["daily"]',
                    )
                )
            else:
                paths = [base / x for x in items]
        pattern = table.get("pattern", DEFAULT_PATTERN)
        if not isinstance(pattern, str) or not pattern:
            problems.append(
                Problem(
                    file,
                    None,
                    "snapshots.pattern",
                    f"{pattern!r}",
                    'e.g. "{date:%Y-%m-%d}.geojson"',
                )
            )
            pattern = DEFAULT_PATTERN
        date_property = table.get("date_property")
        if date_property is not None and (
            not isinstance(date_property, str) or not date_property.strip()
        ):
            problems.append(
                Problem(
                    file,
                    None,
                    "snapshots.date_property",
                    f"{date_property!r}",
                    "give a property name",
                )
            )
            date_property = None
        offset = table.get("date_offset_days", 0)
        if isinstance(offset, bool) or not isinstance(offset, int):
            problems.append(
                Problem(
                    file,
                    None,
                    "snapshots.date_offset_days",
                    f"{offset!r} is not a whole number",
                    "e.g. -1",
                )
            )
            offset = 0
        on_invalid = table.get("on_invalid", "raise")
        if on_invalid not in ("raise", "warn", "fix"):
            problems.append(
                Problem(
                    file,
                    None,
                    "snapshots.on_invalid",
                    f"{on_invalid!r}",
                    'choose "raise", "warn" or "fix"',
                )
            )
        on_duplicate = table.get("on_duplicate", "last")
        if on_duplicate not in ("last", "first", "raise"):
            problems.append(
                Problem(
                    file,
                    None,
                    "snapshots.on_duplicate",
                    f"{on_duplicate!r}",
                    'choose "last", "first" or "raise"',
                )
            )
        rule = None
        if "actors" not in table:
            problems.append(
                Problem(
                    file,
                    None,
                    "snapshots.actors",
                    "no actor rule",
                    'add [snapshots.actors] with by = "fill" and map = {...}',
                )
            )
        else:
            try:
                rule = ActorRule.from_dict(table["actors"], file=file)
            except InputError as exc:
                problems.extend(
                    Problem(
                        p.file,
                        p.line,
                        f"snapshots.{p.field}" if p.field else None,
                        p.message,
                        p.hint,
                        p.severity,
                    )
                    for p in exc.problems
                )
        if problems:
            raise InputError(problems)
        try:
            _compile_pattern(pattern, need_date=date_property is None, file=file)
        except InputError as exc:
            raise InputError(
                [
                    Problem(p.file, p.line, "snapshots.pattern", p.message, p.hint)
                    for p in exc.problems
                ]
            ) from None
        title = table.get("title")
        return cls(
            folders=paths,
            actor_rule=rule,
            pattern=pattern,
            date_property=date_property,
            date_offset_days=offset,
            on_invalid=on_invalid,
            on_duplicate=on_duplicate,
            title=str(title) if title else None,
        )

    @classmethod
    def from_toml(cls, path: str | Path) -> SnapshotConfig:
        """Read a rule file: a ``[snapshots]`` table (or its keys at top level).

        An ``[aoi] path = ...`` table in the same file sets :attr:`aoi_path`.
        """
        path = Path(path)
        raw = _read_toml(path)
        if isinstance(raw.get("snapshots"), Mapping):
            table = dict(raw["snapshots"])
        else:
            table = {k: v for k, v in raw.items() if k != "aoi"}
        if "folder" not in table and "folders" not in table:
            table = {**table, "folder": "."}  # the CLI gives the folder
        cfg = cls.from_mapping(table, base=path.parent, file=str(path))
        aoi = raw.get("aoi")
        if isinstance(aoi, Mapping) and isinstance(aoi.get("path"), str):
            cfg.aoi_path = path.parent / aoi["path"]
        return cfg

    def load(self, *, aoi: Any = None, **overrides: Any) -> SnapshotSeries:
        """:func:`load_snapshots` with these settings (keywords override them)."""
        kwargs: dict[str, Any] = {
            "actor_rule": self.actor_rule,
            "pattern": self.pattern,
            "date_property": self.date_property,
            "date_offset_days": self.date_offset_days,
            "on_invalid": self.on_invalid,
            "on_duplicate": self.on_duplicate,
            "title": self.title,
            "aoi": aoi if aoi is not None else self.aoi_path,
        }
        kwargs.update(overrides)
        return load_snapshots(self.folders, **kwargs)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise InputError(
            Problem(str(path), None, None, "file not found", "check the path")
        ) from None
    except UnicodeDecodeError:
        raise InputError(
            Problem(str(path), None, None, "not valid UTF-8", "save the file as UTF-8")
        ) from None
    except tomllib.TOMLDecodeError as exc:
        m = re.search(r"line (\d+)", str(exc))
        raise InputError(
            Problem(
                str(path),
                int(m[1]) if m else None,
                None,
                f"not valid TOML ({exc})",
                "fix the syntax (strings need quotes)",
            )
        ) from None


# --------------------------------------------------------------------------- reading one file
@dataclass
class _Pending:
    """A flag whose km² is measured once the series CRS is known."""

    kind: FlagKind
    file_no: int
    actor: str
    feature: int
    feature_date: dt.date | None  # from the date property, else None (the file's date)
    geom: Any  # area to measure (km² at stake)
    minus: Any = None  # km² = area(geom) - area(minus), absolute
    message: str = ""
    hint: str = ""
    severity: Literal["error", "warning"] = "warning"
    location: tuple[float, float] | None = None
    fixed: bool = False


@dataclass
class _FileResult:
    path: Path
    display: str
    when: dt.datetime | None
    n_features: int = 0
    n_non_areal: Counter = field(default_factory=Counter)
    unmatched: Counter = field(default_factory=Counter)
    n_matched: int = 0
    n_invalid: int = 0
    n_fixed: int = 0
    n_skipped: int = 0
    # kept features: rows of (feature index, actor, key, date or None, geometry)
    feature_idx: list[int] = field(default_factory=list)
    wkbs: list[bytes] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    dates: list[dt.date | None] = field(default_factory=list)
    geoms: list[Any] = field(default_factory=list)


def _location(reason: str, geom: Any) -> tuple[float, float] | None:
    m = _LOCATION.search(reason)
    if m:
        return float(m[1]), float(m[2])
    if geom is None or geom.is_empty:
        return None
    p = shapely.point_on_surface(geom) if geom.is_valid else shapely.centroid(geom)
    return (round(p.x, 6), round(p.y, 6))


def _repaired(geom: Any) -> Any:
    """``make_valid`` (structure method: parts unioned, bow-ties split), polygons only."""
    fixed = shapely.make_valid(geom, method="structure", keep_collapsed=False)
    polys, _ = _polygon_members(fixed)
    if not polys:
        return _EMPTY
    return polys[0] if len(polys) == 1 else shapely.multipolygons(polys)


def _polygon_members(geom: Any) -> tuple[list[Any], Counter]:
    """Polygons inside a (nested) GeometryCollection, and counts of other members."""
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


def _read_raw(path: Path, columns: list[str]) -> tuple[Any, str | None]:
    """``((crs, {column: values}, geometries), None)`` or ``(None, error)``; thread-safe."""
    try:
        meta, _fids, wkb, field_data = pyogrio.raw.read(path, columns=columns)
    except (
        Exception
    ) as exc:  # pyogrio raises DataSourceError, FieldError, ... : all mean "unreadable"
        return None, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    geoms = shapely.from_wkb(wkb) if wkb is not None else np.full(len(_fids), None, dtype=object)
    fields = {name: values for name, values in zip(meta["fields"], field_data, strict=True)}
    return (meta.get("crs"), fields, np.asarray(geoms, dtype=object)), None


def _read_file(
    res: _FileResult,
    raw: tuple[Any, str | None],
    file_no: int,
    rule: ActorRule,
    date_property: str | None,
    on_invalid: OnInvalid,
    problems: list[Problem],
    pending: list[_Pending],
    valid_cache: dict[bytes, str | None],
) -> None:
    disp = res.display
    columns = rule.columns + ([date_property] if date_property else [])
    data, err = raw
    if data is None:
        problems.append(
            Problem(disp, None, None, f"cannot read the file ({err})", "check it is valid GeoJSON")
        )
        return
    crs_text, fields, geoms = data
    res.n_features = len(geoms)
    if len(geoms) == 0:
        problems.append(
            Problem(
                disp, None, None, "no features", "an empty snapshot: remove the file", "warning"
            )
        )
        return
    if crs_text is not None:
        file_crs = CRS.from_user_input(crs_text)
        if not (file_crs.equals("EPSG:4326") or file_crs.equals("OGC:CRS84")):
            problems.append(
                Problem(
                    disp,
                    None,
                    "crs",
                    f"the file is in {crs_text}, not longitude/latitude (EPSG:4326)",
                    "export the snapshot as GeoJSON in EPSG:4326 / CRS84",
                )
            )
            return
    df = pd.DataFrame(
        {c: fields.get(c, np.full(len(geoms), None, dtype=object)) for c in columns},
        index=range(len(geoms)),
    )
    present = ~shapely.is_missing(geoms)
    if rule.by == "constant":
        actors = np.full(len(df), rule.actor, dtype=object)
        keys = np.full(len(df), "", dtype=object)
    else:
        actors, keys = rule.assign(df[rule.prop].tolist())
    type_ids = np.where(present, shapely.get_type_id(np.where(present, geoms, _EMPTY)), -1)
    empty = present & shapely.is_empty(np.where(present, geoms, _EMPTY))
    wanted = np.flatnonzero(np.isin(type_ids, (3, 6, 7)) & ~empty & (actors != ""))
    if len(wanted):
        three_d = wanted[shapely.has_z(geoms[wanted])]
        if len(three_d):
            geoms[three_d] = shapely.force_2d(geoms[three_d])
    wkb_of = dict(zip(wanted.tolist(), shapely.to_wkb(geoms[wanted]).tolist(), strict=True))

    feature_dates: list[dt.date | None] = [None] * len(df)
    if date_property:
        for i, value in enumerate(df[date_property].tolist()):
            text = (
                ""
                if value is None or (isinstance(value, float) and np.isnan(value))
                else str(value)
            )
            when, err = parse_when(text)
            if err and text.strip().lstrip("-").isdigit():
                try:
                    when, err = (
                        dt.datetime.fromtimestamp(int(text), dt.UTC).replace(tzinfo=None),
                        None,
                    )
                except (ValueError, OverflowError, OSError):
                    pass
            if err:
                if type_ids[i] in (3, 6, 7) and actors[i]:
                    problems.append(
                        Problem(
                            disp,
                            None,
                            f"feature {i}.{date_property}",
                            err,
                            "give an ISO 8601 date such as 2024-10-09",
                        )
                    )
                continue
            feature_dates[i] = when.date()

    lonlat_checked = False
    for i in range(len(df)):
        tid = type_ids[i]
        if tid == -1 or empty[i]:
            res.n_non_areal["no geometry"] += 1
            continue
        if tid not in (3, 6, 7):
            res.n_non_areal[geoms[i].geom_type] += 1
            continue
        geom = geoms[i]
        if tid == 7:
            polys, other = _polygon_members(geom)
            if not polys:
                res.n_non_areal["GeometryCollection without polygons"] += 1
                continue
            if other and actors[i]:
                problems.append(
                    Problem(
                        disp,
                        None,
                        f"feature {i}",
                        f"the GeometryCollection also holds {', '.join(f'{n} {k}' for k, n in other.items())}: ignored",
                        "only its polygons count as territory",
                        "warning",
                    )
                )
            geom = shapely.multipolygons(polys) if len(polys) > 1 else polys[0]
        if not actors[i]:
            res.unmatched[keys[i] if rule.by != "constant" else ""] += 1
            continue
        if date_property and feature_dates[i] is None:
            continue  # reported above
        if not lonlat_checked:
            bad = lonlat_problem(geom)
            if bad:
                problems.append(
                    Problem(disp, None, f"feature {i}", bad, "snapshots must be in EPSG:4326")
                )
                return
            lonlat_checked = True
        res.n_matched += 1
        wkb = wkb_of[i] if tid != 7 else shapely.to_wkb(geom)
        if wkb not in valid_cache:
            valid_cache[wkb] = None if geom.is_valid else shapely.is_valid_reason(geom)
        reason = valid_cache[wkb]
        if reason is not None:
            res.n_invalid += 1
            loc = _location(reason, geom)
            if on_invalid == "raise":
                problems.append(
                    Problem(
                        disp,
                        None,
                        f"feature {i}",
                        f"invalid {geom.geom_type} ({actors[i]}): {reason}",
                        "repair it in a GIS, or load with on_invalid='fix' (repaired and reported) "
                        "or 'warn' (left out and reported)",
                    )
                )
                continue
            if on_invalid == "warn":
                res.n_skipped += 1
                problems.append(
                    Problem(
                        disp,
                        None,
                        f"feature {i}",
                        f"invalid {geom.geom_type} ({actors[i]}): {reason}; left out",
                        "repair it, or load with on_invalid='fix'",
                        "warning",
                    )
                )
                pending.append(
                    _Pending(
                        "invalid-ring",
                        file_no,
                        actors[i],
                        i,
                        feature_dates[i],
                        _repaired(geom),
                        message=f"invalid {geom.geom_type}: {reason}; the feature was left out "
                        "(km² = what it would cover once repaired)",
                        hint="repair it in a GIS, or load with on_invalid='fix'",
                        severity="error",
                        location=loc,
                    )
                )
                continue
            new = _repaired(geom)
            res.n_fixed += 1
            problems.append(
                Problem(
                    disp,
                    None,
                    f"feature {i}",
                    f"invalid {geom.geom_type} ({actors[i]}): {reason}; repaired with make_valid (structure)",
                    "check the repair on the map; see the km² moved in geomap check",
                    "warning",
                )
            )
            pending.append(
                _Pending(
                    "invalid-ring",
                    file_no,
                    actors[i],
                    i,
                    feature_dates[i],
                    new,
                    minus=geom,
                    message=f"invalid {geom.geom_type}: {reason}; repaired (km² = area after the fix minus area as drawn)",
                    hint="check the repair on the map",
                    severity="warning",
                    location=loc,
                    fixed=True,
                )
            )
            geom = new
            if geom.is_empty:
                continue
        res.feature_idx.append(i)
        res.wkbs.append(wkb if reason is None else shapely.to_wkb(geom))
        res.actors.append(actors[i])
        res.keys.append(keys[i])
        res.dates.append(feature_dates[i])
        res.geoms.append(geom)

    if res.unmatched or res.n_non_areal:
        bits = []
        if res.unmatched:
            listed = ", ".join(f"{k!r} ×{n}" for k, n in res.unmatched.most_common(8))
            more = len(res.unmatched) - 8
            what = {"fill": "fill", "name-key": "name key", "property": rule.prop}.get(
                rule.by, "value"
            )
            bits.append(
                f"{sum(res.unmatched.values())} areal feature(s) matched no actor rule ({what} {listed}"
                + (f" and {more} more values" if more > 0 else "")
                + ")"
            )
        if res.n_non_areal:
            bits.append(
                "not areas: " + ", ".join(f"{n} {k}" for k, n in sorted(res.n_non_areal.items()))
            )
        problems.append(
            Problem(
                disp,
                None,
                rule.prop or None,
                "ignored: " + "; ".join(bits),
                "add the values to the actor rule's map if they are territory",
                "warning",
            )
        )


def _clip(
    res: _FileResult,
    file_no: int,
    aoi: Any,
    problems: list[Problem],
    pending: list[_Pending],
) -> None:
    """Clip kept features to the AOI, recording every clip and stray part."""
    if not res.geoms:
        return
    geoms = np.asarray(res.geoms, dtype=object)
    inside = shapely.contains_properly(aoi, geoms)
    for j in np.flatnonzero(~inside):
        geom = geoms[j]
        i = res.feature_idx[j]
        actor = res.actors[j]
        parts = shapely.get_parts(geom)
        disjoint = shapely.disjoint(aoi, parts)
        for part in parts[disjoint]:
            p = shapely.point_on_surface(part)
            pending.append(
                _Pending(
                    "stray-polygon",
                    file_no,
                    actor,
                    i,
                    res.dates[j],
                    part,
                    message="a polygon wholly outside the area of interest; clipped away",
                    hint="check the source; nothing to do if the clip is right",
                    location=(round(p.x, 6), round(p.y, 6)),
                    fixed=True,
                )
            )
        kept = shapely.intersection(geom, aoi)
        polys, _ = _polygon_members(kept)
        kept = shapely.multipolygons(polys) if len(polys) > 1 else (polys[0] if polys else _EMPTY)
        if (~disjoint).any():
            straddling = (
                shapely.multipolygons(parts[~disjoint])
                if (~disjoint).sum() > 1
                else parts[~disjoint][0]
            )
            outside = shapely.difference(straddling, aoi)
            if not outside.is_empty and outside.area > 0:
                p = shapely.point_on_surface(outside)
                pending.append(
                    _Pending(
                        "clipped",
                        file_no,
                        actor,
                        i,
                        res.dates[j],
                        outside,
                        message="the part outside the area of interest was clipped away",
                        hint="widen the area of interest if that land belongs in the figures",
                        location=(round(p.x, 6), round(p.y, 6)),
                        fixed=True,
                    )
                )
        res.geoms[j] = kept
        res.wkbs[j] = shapely.to_wkb(kept)
        problems.append(
            Problem(
                res.display,
                None,
                f"feature {i}",
                f"{actor}: clipped to the area of interest"
                + (f" ({int(disjoint.sum())} polygon(s) wholly outside)" if disjoint.any() else ""),
                "see geomap check for the km² clipped",
                "warning",
            )
        )


# --------------------------------------------------------------------------- loading
def _as_aoi(aoi: Any) -> shapely.Geometry | None:
    if aoi is None:
        return None
    if isinstance(aoi, str | Path):
        from .boundaries import aoi_from_file

        return aoi_from_file(Path(aoi), display=str(aoi))
    if isinstance(aoi, gpd.GeoDataFrame | gpd.GeoSeries):
        if aoi.crs is not None and not aoi.crs.equals("EPSG:4326"):
            raise CRSError(
                f"the area of interest is in {aoi.crs.to_string()}; give it in EPSG:4326"
            )
        return shapely.union_all(
            np.asarray(aoi.geometry.values if isinstance(aoi, gpd.GeoDataFrame) else aoi.values)
        )
    if isinstance(aoi, shapely.Geometry):
        if aoi.is_empty:
            raise GeometryError(
                Problem("<aoi>", None, None, "the area of interest is empty", "give a polygon")
            )
        if not aoi.is_valid:
            raise GeometryError(
                Problem(
                    "<aoi>",
                    None,
                    None,
                    f"invalid area of interest: {shapely.is_valid_reason(aoi)}",
                    "repair it first",
                )
            )
        return aoi
    if isinstance(aoi, Sequence) and len(aoi) == 4:
        return shapely.box(*(float(v) for v in aoi))
    raise TypeError(
        f"aoi must be a polygon, a GeoDataFrame, a path or bounds, not {type(aoi).__name__}"
    )


def _list_files(
    folders: list[Path], pat: _Pattern, problems: list[Problem]
) -> list[tuple[Path, dt.datetime | None]]:
    out = []
    for folder in folders:
        if not folder.is_dir():
            problems.append(
                Problem(
                    str(folder),
                    None,
                    None,
                    "not a folder",
                    "give the folder holding the snapshot files",
                )
            )
            continue
        stray = []
        for path in sorted(folder.iterdir()):
            if path.name.startswith(".") or not path.is_file():
                continue
            when, err, matched = pat.when(path.name)
            if not matched:
                stray.append(path.name)
                continue
            if err:
                problems.append(
                    Problem(str(path), None, "file name", err, f"name files as {pat.text!r}")
                )
                continue
            out.append((path, when))
        if stray:
            listed = ", ".join(stray[:5]) + (
                f" and {len(stray) - 5} more" if len(stray) > 5 else ""
            )
            problems.append(
                Problem(
                    str(folder),
                    None,
                    "pattern",
                    f"{len(stray)} file(s) do not match {pat.text!r} and were not read: {listed}",
                    "rename them or change the pattern",
                    "warning",
                )
            )
    return out


def load_snapshots(
    folder: str | Path | Sequence[str | Path],
    *,
    actor_rule: ActorRule | Mapping[str, Any],
    pattern: str = DEFAULT_PATTERN,
    date_property: str | None = None,
    date_offset_days: int = 0,
    aoi: Any = None,
    on_invalid: OnInvalid = "raise",
    on_duplicate: OnDuplicate = "last",
    title: str | None = None,
    crs: Any = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> SnapshotSeries:
    """Load a folder (or folders) of dated control-polygon files.

    Parameters
    ----------
    folder : path or list of paths
        Folder(s) holding the snapshot files.
    actor_rule : ActorRule or mapping
        Which features belong to which actor (see the module docstring).
    pattern : str, default ``"{date:%Y-%m-%d}.geojson"``
        File-name pattern with the date field (see the module docstring).
    date_property : str, optional
        Read each feature's date from this property instead of the file name.
    date_offset_days : int, default 0
        Days added to every date.
    aoi : shapely geometry, GeoDataFrame, path of a polygon file, bounds or None
        Area of interest in EPSG:4326.  Polygons are clipped to it (every
        clip reported) and land in it that no actor holds is "unassigned".
        ``None``: nothing is clipped, there is no unassigned land and the map
        extent is the data's bounding box.
    on_invalid : {"raise", "warn", "fix"}, default "raise"
        Invalid polygons: fail listing them, leave them out (reported), or
        repair them (reported with the km² moved).
    on_duplicate : {"last", "first", "raise"}, default "last"
        Several files on one date: keep the latest, the earliest, or fail.
    title : str, optional
        Title for maps and reports (default: the folder name).
    crs : CRS-like, optional
        Equal-area CRS to measure in (default: fitted to the AOI, else to the
        data).
    progress : callable(i, n, file), optional
        Called before each file is read.

    Returns
    -------
    SnapshotSeries

    Raises
    ------
    InputError
        Listing every error: unreadable files, dates that do not parse,
        invalid polygons (``on_invalid="raise"``), duplicate dates
        (``on_duplicate="raise"``), no snapshot at all.

    Examples
    --------
    >>> series = load_snapshots(  # doctest: +SKIP
    ...     "deepstate-cyterat/daily",
    ...     pattern="deepstatemap_data_{date:%Y%m%d}.geojson",
    ...     actor_rule={"by": "constant", "actor": "occupied"},
    ... )
    >>> series.ledger(by="week").head()  # doctest: +SKIP
    """
    rule = ActorRule.from_dict(actor_rule)
    if on_invalid not in ("raise", "warn", "fix"):
        raise ValueError(f"on_invalid must be 'raise', 'warn' or 'fix', not {on_invalid!r}")
    if on_duplicate not in ("last", "first", "raise"):
        raise ValueError(f"on_duplicate must be 'last', 'first' or 'raise', not {on_duplicate!r}")
    folders = [Path(folder)] if isinstance(folder, str | Path) else [Path(f) for f in folder]
    if not folders:
        raise InputError(
            Problem(
                "<snapshots>", None, "folder", "no folder given", "give a folder of snapshot files"
            )
        )
    pat = _compile_pattern(pattern, need_date=date_property is None, file="<pattern>")
    aoi_geom = _as_aoi(aoi)
    problems: list[Problem] = []
    pending: list[_Pending] = []
    files = _list_files(folders, pat, problems)
    if not files and not any(p.is_error for p in problems):
        problems.append(
            Problem(
                ", ".join(map(str, folders)),
                None,
                "pattern",
                f"no file matches {pattern!r}",
                "check the pattern (e.g. 'deepstatemap_data_{date:%Y%m%d}.geojson')",
            )
        )
    results: list[_FileResult] = []
    columns = rule.columns + ([date_property] if date_property else [])
    valid_cache: dict[bytes, str | None] = {}
    # GDAL parses files outside the GIL: read two at a time, process in order
    with ThreadPoolExecutor(max_workers=2) as pool:
        raws = pool.map(lambda item: _read_raw(item[0], columns), files)
        for n, ((path, when), raw) in enumerate(zip(files, raws, strict=True)):
            if progress is not None:
                progress(n, len(files), str(path))
            res = _FileResult(path=path, display=str(path), when=when)
            _read_file(res, raw, n, rule, date_property, on_invalid, problems, pending, valid_cache)
            if aoi_geom is not None:
                _clip(res, n, aoi_geom, problems, pending)
            results.append(res)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise InputError(problems)
    return SnapshotSeries._build(
        results,
        rule=rule,
        aoi=aoi_geom,
        crs=crs,
        pending=pending,
        problems=problems,
        date_offset_days=date_offset_days,
        on_duplicate=on_duplicate,
        title=title or folders[0].name,
        sources=[str(f) for f in folders],
        by_property=date_property is not None,
    )


def load_snapshot_theatre(
    path: str | Path, *, on_invalid: OnInvalid | None = None
) -> SnapshotSeries:
    """Load a theatre folder whose ``theatre.toml`` has a ``[snapshots]`` table.

    The area of interest is the theatre's ``[aoi]`` (``countries`` through
    :func:`geomap.boundaries.country_outline`, or ``path``); the title is
    ``[theatre] title``.

    Parameters
    ----------
    path : str or Path
        The theatre folder.
    on_invalid : {"raise", "warn", "fix"}, optional
        Overrides ``snapshots.on_invalid``.
    """
    root = Path(path)
    toml = root / "theatre.toml"
    raw = _read_toml(toml)
    table = raw.get("snapshots")
    if not isinstance(table, Mapping):
        raise InputError(
            Problem(
                str(toml),
                None,
                "snapshots",
                "no [snapshots] table",
                "add one; see geomap.snapshots for the keys",
            )
        )
    cfg = SnapshotConfig.from_mapping(table, base=root, file=str(toml))
    aoi = raw.get("aoi") if isinstance(raw.get("aoi"), Mapping) else {}
    aoi_geom = None
    if aoi.get("countries"):
        from .boundaries import country_outline

        aoi_geom = country_outline(list(aoi["countries"]), file=str(toml))
    elif aoi.get("path"):
        aoi_geom = root / str(aoi["path"])
    theatre = raw.get("theatre") if isinstance(raw.get("theatre"), Mapping) else {}
    title = cfg.title or theatre.get("title") or theatre.get("name") or root.name
    overrides: dict[str, Any] = {"title": str(title)}
    if on_invalid is not None:
        overrides["on_invalid"] = on_invalid
    series = cfg.load(aoi=aoi_geom, **overrides)
    data = raw.get("data") if isinstance(raw.get("data"), Mapping) else {}
    if data.get("attribution"):
        series.assumptions["attribution"] = str(data["attribution"])
    if data.get("licence"):
        series.assumptions["licence"] = str(data["licence"])
    return series


# --------------------------------------------------------------------------- the series
def _as_day(value: Any, what: str = "date") -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, str):
        when, err = parse_when(value)
        if err:
            raise InputError(Problem("<argument>", None, what, err, "write dates as YYYY-MM-DD"))
        return when.date()
    raise TypeError(f"{what} must be a date or an ISO string, not {type(value).__name__}")


def _dissolve(geoms: np.ndarray, wkbs: np.ndarray, cache: dict[tuple[bytes, ...], Any]) -> Any:
    """Union of valid polygons, one group of mutually touching features at a time.

    Features that touch or overlap no other are kept as they are; each group
    of intersecting features is unioned once per distinct group (archives
    repeat most features from date to date).  Groups do not touch one
    another, so their parts form a valid MultiPolygon.
    """
    if len(geoms) == 1:
        return geoms[0]
    left, right = shapely.STRtree(geoms).query(geoms, predicate="intersects")
    roots = _components(len(geoms), left, right)
    parts: list[Any] = []
    for root in np.unique(roots):
        members = np.flatnonzero(roots == root)
        if len(members) == 1:
            parts.extend(shapely.get_parts(geoms[members[0]]))
            continue
        key = tuple(sorted(wkbs[members]))
        if key not in cache:
            cache[key] = shapely.union_all(geoms[members])
        parts.extend(_polygon_members(cache[key])[0])
    return parts[0] if len(parts) == 1 else shapely.multipolygons(parts)


def _measure(geoms: np.ndarray, crs: CRS) -> np.ndarray:
    """:func:`area_km2` of each geometry, measuring each distinct geometry once."""
    geoms = np.asarray(geoms, dtype=object)
    if len(geoms) == 0:
        return np.zeros(0)
    wkb = shapely.to_wkb(geoms)
    uniq, inverse = np.unique(wkb, return_inverse=True)
    if len(uniq) == len(geoms):
        return area_km2(geoms, crs=crs)
    first = np.zeros(len(uniq), dtype=int)
    first[inverse[::-1]] = np.arange(len(geoms))[::-1]
    return area_km2(geoms[first], crs=crs)[inverse]


def _threaded(func: Callable, a: np.ndarray, b: np.ndarray, workers: int = 2) -> np.ndarray:
    """``func(a, b)`` for a vectorised shapely function, split over threads
    (GEOS releases the GIL)."""
    n = len(a)
    if n < 16 or workers < 2:
        return func(a, b)
    chunks = np.array_split(np.arange(n), workers * 2)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        parts = list(pool.map(lambda idx: func(a[idx], b[idx]), chunks))
    return np.concatenate(parts)


def _directed_edges(geom: Any) -> np.ndarray:
    """Edges ``(x0, y0, x1, y1)`` of a polygonal geometry, exteriors CCW and holes CW."""
    if geom is None or geom.is_empty:
        return np.zeros((0, 4))
    rings = shapely.get_rings(shapely.get_parts(shapely.orient_polygons(geom)))
    xy, idx = shapely.get_coordinates(rings, return_index=True)
    same = idx[1:] == idx[:-1]
    return np.ascontiguousarray(np.hstack([xy[:-1][same], xy[1:][same]]))


def _change_windows(ea: np.ndarray, eb: np.ndarray, pad: float = 1e-7) -> np.ndarray:
    """Disjoint boxes ``(minx, miny, maxx, maxy)`` holding every difference of A and B.

    With both polygons oriented (interior on the left of every edge), an edge
    found in both with the same direction has the same interior side, so it
    cannot bound ``A \\ B`` or ``B \\ A``: those regions are bounded by the
    edges found in only one of them.  A connected region lies in the bounding
    box of its boundary; boundary pieces that meet have overlapping edge
    boxes.  So the edge boxes of the unshared edges, merged until no two
    touch (not even at a corner), are windows that each hold whole components of the difference, and
    overlaying A and B inside them only gives the exact differences.
    Front lines move locally, so the windows hold a small part of each polygon.
    """
    va = ea.view("V32").ravel()
    vb = eb.view("V32").ravel()
    la, lb = va.tolist(), vb.tolist()
    sa, sb = set(la), set(lb)
    ch = np.vstack(
        [
            ea[np.fromiter((x not in sb for x in la), bool, len(la))],
            eb[np.fromiter((x not in sa for x in lb), bool, len(lb))],
        ]
    )
    if len(ch) == 0:
        return np.zeros((0, 4))
    boxes = np.column_stack(
        [
            np.minimum(ch[:, 0], ch[:, 2]) - pad,
            np.minimum(ch[:, 1], ch[:, 3]) - pad,
            np.maximum(ch[:, 0], ch[:, 2]) + pad,
            np.maximum(ch[:, 1], ch[:, 3]) + pad,
        ]
    )
    # Merge boxes that overlap or touch (a corner is enough: boundary pieces of one
    # region can meet there) into their common bounds, until nothing merges.
    while True:
        geo = shapely.box(boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3])
        left, right = shapely.STRtree(geo).query(geo, predicate="intersects")
        _uniq, inv = np.unique(_components(len(boxes), left, right), return_inverse=True)
        if inv.max() + 1 == len(boxes):
            return boxes
        merged = np.empty((inv.max() + 1, 4))
        merged[:, :2] = np.inf
        merged[:, 2:] = -np.inf
        np.minimum.at(merged[:, 0], inv, boxes[:, 0])
        np.minimum.at(merged[:, 1], inv, boxes[:, 1])
        np.maximum.at(merged[:, 2], inv, boxes[:, 2])
        np.maximum.at(merged[:, 3], inv, boxes[:, 3])
        boxes = merged


def _components(n: int, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """Connected-component label (the smallest node index) of each of n nodes
    linked by the pairs ``(left[i], right[i])``.

    Vectorised min-label propagation with pointer jumping: a few passes over
    the pairs even for long chains.
    """
    label = np.arange(n)
    left = np.asarray(left, dtype=np.intp)
    right = np.asarray(right, dtype=np.intp)
    if len(left) == 0:
        return label
    while True:
        low = np.minimum(label[left], label[right])
        new = label.copy()
        np.minimum.at(new, left, low)
        np.minimum.at(new, right, low)
        np.minimum.at(new, label[left], low)  # hook the old roots too
        np.minimum.at(new, label[right], low)
        while True:  # pointer jumping: every node points at its root
            jumped = new[new]
            if (jumped == new).all():
                break
            new = jumped
        if (new == label).all():
            return label
        label = new


def _join_disjoint(pieces: np.ndarray) -> Any:
    """One (Multi)Polygon from polygonal pieces lying in disjoint windows."""
    polys = [p for g in pieces for p in _polygon_members(_polygonal(g))[0]]
    if not polys:
        return _EMPTY
    return polys[0] if len(polys) == 1 else shapely.multipolygons(polys)


class SnapshotSeries:
    """Territory per actor and date, read from snapshots.

    Build it with :func:`load_snapshots` or :func:`load_snapshot_theatre`.
    Satisfies the map-source protocol of ``docs/architecture.md`` (``title``,
    ``actors``, ``places``, ``aoi``, ``basemap``, ``assumptions``,
    ``map_dates``, ``control``, ``changes``, ``events_between``, ``ledger``,
    ``held_series``, ``intervals``).

    The state on a date between snapshots is the latest snapshot on or
    before it; a date before the first snapshot is an error.

    Attributes
    ----------
    dates : list of datetime.date
        Snapshot dates, sorted and unique.
    snapshots : pandas.DataFrame
        One row per file read: ``date``, ``time`` (from the file name, may be
        NaT), ``file``, ``kept`` (False for a duplicate left out), and counts
        ``features``, ``matched``, ``unmatched``, ``not_areal``, ``invalid``,
        ``fixed``, ``skipped``, and ``overlap_km2`` (same-actor overlap
        dissolved).
    features : geopandas.GeoDataFrame
        The features that make up the territory (after fixes and clips):
        ``date``, ``file``, ``feature``, ``actor``, ``key``, ``geometry``.
    flags : list of Flag
        Load-time findings with km² (invalid, clipped, stray, duplicate).
    problems : list of Problem
        Every load-time report, as ``file: feature i: ...`` lines.
    crs : pyproj.CRS
        The equal-area CRS every area is measured in.
    rule : ActorRule
    """

    def __init__(self) -> None:  # use _build
        self.flags: list[Flag] = []
        self.problems: list[Problem] = []

    # ------------------------------------------------------------------ construction
    @classmethod
    def _build(
        cls,
        results: list[_FileResult],
        *,
        rule: ActorRule,
        aoi: shapely.Geometry | None,
        crs: Any,
        pending: list[_Pending],
        problems: list[Problem],
        date_offset_days: int,
        on_duplicate: OnDuplicate,
        title: str,
        sources: list[str],
        by_property: bool,
    ) -> SnapshotSeries:
        self = cls()
        self.rule = rule
        self.title = title
        self.problems = problems
        self._aoi_geom = aoi
        offset = dt.timedelta(days=date_offset_days)
        actor_ids = rule.actor_ids

        # (date, file) units: a file, or one date inside a file with a date property
        units: list[tuple[dt.date, dt.datetime | None, int, np.ndarray]] = []
        for n, res in enumerate(results):
            if by_property:
                days = np.asarray(res.dates, dtype=object)
                for day in sorted(set(res.dates)):
                    units.append((day + offset, None, n, np.flatnonzero(days == day)))
            elif res.when is not None:
                units.append((res.when.date() + offset, res.when, n, np.arange(len(res.geoms))))
        if not units:
            raise InputError(
                problems
                + [
                    Problem(
                        ", ".join(sources),
                        None,
                        None,
                        "no snapshot with territory was read",
                        "check the pattern and the actor rule",
                    )
                ]
            )
        all_geoms = [g for r in results for g in r.geoms]
        if crs is None:
            ref = (
                aoi
                if aoi is not None
                else (
                    shapely.union_all(shapely.envelope(np.asarray(all_geoms, dtype=object)))
                    if all_geoms
                    else None
                )
            )
            if ref is None or ref.is_empty:
                raise InputError(
                    problems
                    + [
                        Problem(
                            ", ".join(sources),
                            None,
                            None,
                            "no feature matched the actor rule",
                            "check the rule's map",
                        )
                    ]
                )
            crs = equal_area_crs(ref)
        self.crs = CRS.from_user_input(crs)

        # dissolve per unit and actor; measure feature areas for the overlap figure.
        # Archives repeat most features from one date to the next: unions and
        # areas are computed once per distinct set of features (keyed by WKB).
        n_act = len(actor_ids)
        unit_geoms = np.empty((len(units), n_act), dtype=object)
        unit_geoms[:] = _EMPTY
        feat_rows = []
        sum_parts: list[tuple[int, int, list[bytes]]] = []
        unions: dict[tuple[bytes, ...], Any] = {}
        group_unions: dict[tuple[bytes, ...], Any] = {}
        for u, (day, _when, n, idx) in enumerate(units):
            res = results[n]
            if not len(idx):
                continue
            acts = np.asarray(res.actors, dtype=object)[idx]
            geoms = np.asarray(res.geoms, dtype=object)[idx]
            wkbs = np.asarray(res.wkbs, dtype=object)[idx]
            for k, actor in enumerate(actor_ids):
                mask = (acts == actor) & ~shapely.is_empty(geoms)
                if not mask.any():
                    continue
                key = tuple(sorted(wkbs[mask]))
                if key not in unions:
                    unions[key] = _dissolve(geoms[mask], wkbs[mask], group_unions)
                unit_geoms[u, k] = unions[key]
                if len(key) > 1:
                    sum_parts.append((u, k, list(key)))
            for j in idx:
                feat_rows.append(
                    (day, res.display, res.feature_idx[j], res.actors[j], res.keys[j], res.geoms[j])
                )
        unit_area = _measure(unit_geoms.ravel(), self.crs).reshape(unit_geoms.shape)
        distinct = {w for _u, _k, key in sum_parts for w in key}
        part_km2 = (
            dict(zip(distinct, _measure(shapely.from_wkb(list(distinct)), self.crs), strict=True))
            if distinct
            else {}
        )
        overlap = np.zeros(len(units))
        for u, k, key in sum_parts:
            overlap[u] += max(sum(part_km2[w] for w in key) - float(unit_area[u, k]), 0.0)

        # pending flags: km² in one call
        if pending:
            geoms = [p.geom for p in pending] + [
                p.minus if p.minus is not None else _EMPTY for p in pending
            ]
            km = area_km2(np.asarray(geoms, dtype=object), crs=self.crs)
            first, minus = km[: len(pending)], km[len(pending) :]
            for p, a, b in zip(pending, first, minus, strict=True):
                res = results[p.file_no]
                base_day = p.feature_date if p.feature_date is not None else res.when.date()
                day = base_day + offset
                self.flags.append(
                    Flag(
                        kind=p.kind,
                        date=day,
                        actor=p.actor,
                        km2=float(abs(a - b) if p.minus is not None else a),
                        file=res.display,
                        feature=p.feature,
                        message=p.message,
                        hint=p.hint,
                        severity=p.severity,
                        location=p.location,
                        fixed=p.fixed,
                    )
                )

        # one unit per date: duplicates resolved and reported
        by_day: dict[dt.date, list[int]] = {}
        for u, (day, _w, _n, _i) in enumerate(units):
            by_day.setdefault(day, []).append(u)
        kept_units: list[int] = []
        kept_flag = np.zeros(len(units), dtype=bool)
        dup_pairs: list[tuple[int, int]] = []
        for day in sorted(by_day):
            us = by_day[day]
            order = sorted(
                us, key=lambda u: (units[u][1] or dt.datetime.min, results[units[u][2]].display)
            )
            keep = order[-1] if on_duplicate != "first" else order[0]
            kept_units.append(keep)
            kept_flag[keep] = True
            for u in us:
                if u != keep:
                    dup_pairs.append((keep, u))
        if dup_pairs and on_duplicate == "raise":
            raise InputError(
                problems
                + [
                    Problem(
                        results[units[u][2]].display,
                        None,
                        "date",
                        f"a second snapshot for {units[u][0]} (also {results[units[k][2]].display})",
                        "remove one, or load with on_duplicate='last' or 'first'",
                    )
                    for k, u in dup_pairs
                ]
            )
        if dup_pairs:
            a = np.concatenate([unit_geoms[k] for k, _u in dup_pairs])
            b = np.concatenate([unit_geoms[u] for _k, u in dup_pairs])
            sym = area_km2(shapely.symmetric_difference(a, b), crs=self.crs).reshape(
                len(dup_pairs), n_act
            )
            for (k, u), row in zip(dup_pairs, sym, strict=True):
                day = units[u][0]
                kept_file = results[units[k][2]].display
                dropped = results[units[u][2]].display
                for ka, actor in enumerate(actor_ids):
                    self.flags.append(
                        Flag(
                            kind="duplicate-date",
                            date=day,
                            actor=actor,
                            km2=float(row[ka]),
                            file=dropped,
                            message=f"a second snapshot on this date; kept {Path(kept_file).name} ({on_duplicate}), "
                            f"left this one out; they differ by the km² shown",
                            hint="remove one of the files, or set on_duplicate",
                        )
                    )
                problems.append(
                    Problem(
                        dropped,
                        None,
                        "date",
                        f"another snapshot has the date {day}; {Path(kept_file).name} kept ({on_duplicate}), this one left out",
                        "remove one of the files",
                        "warning",
                    )
                )

        self.dates = [units[u][0] for u in kept_units]
        self._unit_of_date = kept_units
        self._geoms = unit_geoms[kept_units]
        self._held = unit_area[kept_units]
        self._files = [results[units[u][2]].display for u in kept_units]
        self._ordinals = np.array([d.toordinal() for d in self.dates])
        self._n_act = n_act
        self._cols = list(actor_ids)
        self._aoi_geom = aoi
        if aoi is not None:
            unions = [row[0] if n_act == 1 else shapely.union_all(row) for row in self._geoms]
            rest = shapely.difference(aoi, np.asarray(unions, dtype=object))
            rest = np.asarray([_polygonal(g) for g in rest], dtype=object)
            self._geoms = np.column_stack([self._geoms, rest])
            self._held = np.column_stack([self._held, _measure(rest, self.crs)])
            self._cols.append("")
        self._col_pos = {a: k for k, a in enumerate(self._cols)}
        self._wkb = [[shapely.to_wkb(g) for g in row] for row in self._geoms]
        self._pair_cache: dict[tuple[int, int], np.ndarray] = {}
        self._edge_cache: dict[tuple[int, int], np.ndarray] = {}
        self._union_cache: dict[int, Any] = {}

        rows = []
        for u, (day, when, n, idx) in enumerate(units):
            res = results[n]
            rows.append(
                {
                    "date": day,
                    "time": pd.Timestamp(when) if when is not None else pd.NaT,
                    "file": res.display,
                    "kept": bool(kept_flag[u]),
                    "features": res.n_features,
                    "matched": res.n_matched if not by_property else len(idx),
                    "unmatched": sum(res.unmatched.values()),
                    "not_areal": sum(res.n_non_areal.values()),
                    "invalid": res.n_invalid,
                    "fixed": res.n_fixed,
                    "skipped": res.n_skipped,
                    "overlap_km2": overlap[u],
                }
            )
        self.snapshots = pd.DataFrame(rows)
        self.features = gpd.GeoDataFrame(
            pd.DataFrame(
                feat_rows, columns=["date", "file", "feature", "actor", "key", "geometry"]
            ),
            geometry="geometry",
            crs="EPSG:4326",
        )
        self.actors = pd.DataFrame(
            {
                "id": actor_ids,
                "name": [rule.names.get(a, a) for a in actor_ids],
                "color": [rule.colors[a] for a in actor_ids],
            }
        )
        self.places = gpd.GeoDataFrame(
            {
                "id": pd.Series(dtype=object),
                "name": pd.Series(dtype=object),
                "kind": pd.Series(dtype=object),
            },
            geometry=gpd.GeoSeries([], crs="EPSG:4326"),
        )
        if aoi is not None:
            aoi_shape = aoi
        else:
            aoi_shape = shapely.box(*shapely.total_bounds(self._geoms.ravel()))
        self.aoi = gpd.GeoDataFrame({"name": [title]}, geometry=[aoi_shape], crs="EPSG:4326")
        self.assumptions = {
            "model": "territory as published in dated snapshots (given, not derived)",
            "theatre": title,
            "snapshots": f"{len(self.dates)} dates, {self.dates[0]} to {self.dates[-1]}, from {', '.join(sources)}",
            "actor rule": rule.describe(),
            "area of interest": "given (polygons clipped to it)"
            if aoi is not None
            else "none (nothing clipped; no unassigned land)",
            "projection": self.crs.srs,
            "areas": "edges straight in lon/lat, densified every 0.01°, equal-area planar area on WGS84",
        }
        return self

    # ------------------------------------------------------------------ basics
    @property
    def actor_ids(self) -> list[str]:
        """Actor ids in legend order."""
        return list(self.actors["id"])

    @property
    def has_aoi(self) -> bool:
        """Whether an area of interest was given (then there is unassigned land)."""
        return self._aoi_geom is not None

    @cached_property
    def basemap(self) -> gpd.GeoDataFrame:
        """Country outlines around the area (Natural Earth, from an installed package)."""
        from .boundaries import basemap_around

        return basemap_around(self.aoi.geometry.iloc[0])

    def __repr__(self) -> str:
        return (
            f"<SnapshotSeries {self.title!r}: {len(self.dates)} dates {self.dates[0]}..{self.dates[-1]}, "
            f"actors {', '.join(self.actor_ids)}>"
        )

    def _index(self, date: Any, what: str = "date") -> int:
        day = _as_day(date, what)
        i = int(np.searchsorted(self._ordinals, day.toordinal(), side="right")) - 1
        if i < 0:
            raise InputError(
                Problem(
                    "<argument>",
                    None,
                    what,
                    f"{day} is before the first snapshot ({self.dates[0]})",
                    f"give a date from {self.dates[0]} on",
                )
            )
        return i

    def _union(self, i: int) -> Any:
        """Union of every actor's territory at snapshot i."""
        if i not in self._union_cache:
            row = self._geoms[i, : self._n_act]
            self._union_cache[i] = row[0] if len(row) == 1 else shapely.union_all(row)
        return self._union_cache[i]

    def _col(self, actor: str) -> int:
        if actor in self._col_pos:
            return self._col_pos[actor]
        close = difflib.get_close_matches(str(actor), self.actor_ids, n=1)
        raise InputError(
            Problem(
                "<argument>",
                None,
                "actor",
                f"unknown actor {actor!r}",
                f"did you mean {close[0]!r}?" if close else f"actors: {', '.join(self.actor_ids)}",
            )
        )

    def _range(self, start: Any, end: Any) -> tuple[dt.date, dt.date]:
        """Default range: the day after the first snapshot to the last snapshot."""
        lo = _as_day(start, "start") if start is not None else self.dates[0] + dt.timedelta(days=1)
        hi = _as_day(end, "end") if end is not None else self.dates[-1]
        if start is None and len(self.dates) == 1:
            lo = hi
        if hi < lo:
            raise InputError(
                Problem("<argument>", None, "end", f"{hi} is before start {lo}", "swap them")
            )
        return lo, hi

    def _before(self, day: dt.date) -> int:
        """Snapshot index of the state at the end of the day before ``day``
        (the first snapshot for days up to it)."""
        i = int(np.searchsorted(self._ordinals, day.toordinal() - 1, side="right")) - 1
        return max(i, 0)

    def territory(self, date: Any) -> dict[str, shapely.Geometry]:
        """Each actor's dissolved territory on ``date`` (EPSG:4326; "" = unassigned)."""
        i = self._index(date)
        return dict(zip(self._cols, self._geoms[i], strict=True))

    # ------------------------------------------------------------------ map source
    def control(self, date: Any) -> gpd.GeoDataFrame:
        """Territory on ``date``: ``actor``, ``geometry``, ``area_km2``.

        One row per actor holding land, plus ``actor=""`` for unassigned land
        when an area of interest was given.  Exact geometry (simplify for
        display only).
        """
        i = self._index(date)
        keep = [k for k in range(len(self._cols)) if not self._geoms[i, k].is_empty]
        return gpd.GeoDataFrame(
            {
                "actor": [self._cols[k] for k in keep],
                "area_km2": np.asarray([self._held[i, k] for k in keep], dtype=float),
            },
            geometry=gpd.GeoSeries([self._geoms[i, k] for k in keep], crs="EPSG:4326"),
        )[["actor", "geometry", "area_km2"]]

    def changes(self, start: Any, end: Any) -> gpd.GeoDataFrame:
        """Ground that changed hands after ``start`` up to and including ``end``.

        Columns ``from_actor``, ``to_actor``, ``geometry``, ``area_km2``; ""
        is land no actor holds (unassigned, or simply not held in a one-actor
        series without an area of interest).  ``start=None`` compares with the
        first snapshot.  Pairs with nothing changed are left out.
        """
        i = 0 if start is None else self._index(start, "start")
        j = self._index(end, "end")
        cols = ["from_actor", "to_actor", "geometry", "area_km2"]
        froms: list[str] = []
        tos: list[str] = []
        geoms: list[Any] = []
        if i != j and self._n_act == 1 and not self.has_aoi:
            gained, lost = self.gained_lost(self.dates[i], self.dates[j], self._cols[0])
            froms, tos, geoms = ["", self._cols[0]], [self._cols[0], ""], [gained, lost]
        elif i != j:
            a, b = self._geoms[i], self._geoms[j]
            ua, ub = self._union(i), self._union(j)
            ids = self.actor_ids
            for k, actor in enumerate(ids):
                froms.append("")
                tos.append(actor)
                geoms.append(shapely.difference(b[k], ua))
                froms.append(actor)
                tos.append("")
                geoms.append(shapely.difference(a[k], ub))
                for m, other in enumerate(ids):
                    if m != k:
                        froms.append(actor)
                        tos.append(other)
                        geoms.append(shapely.intersection(a[k], b[m]))
            if self.has_aoi:  # "" = unassigned: clip the "not held" pieces to the AOI
                for n, (f, t) in enumerate(zip(froms, tos, strict=True)):
                    if f == "" or t == "":
                        geoms[n] = shapely.intersection(geoms[n], self._aoi_geom)
        polys = np.asarray([_polygonal(g) for g in geoms], dtype=object)
        km = area_km2(polys, crs=self.crs) if len(polys) else np.zeros(0)
        keep = km > 0
        return gpd.GeoDataFrame(
            {
                "from_actor": pd.Series(np.asarray(froms, dtype=object)[keep], dtype=object),
                "to_actor": pd.Series(np.asarray(tos, dtype=object)[keep], dtype=object),
                "area_km2": pd.Series(km[keep], dtype=float),
            },
            geometry=gpd.GeoSeries(list(polys[keep]), crs="EPSG:4326"),
        )[cols]

    def events_between(self, start: Any, end: Any) -> pd.DataFrame:
        """No events in a snapshot series: an empty table with the protocol's columns."""
        cols = [
            "date",
            "place",
            "place_name",
            "lat",
            "lon",
            "from_actor",
            "to_actor",
            "confidence",
            "source",
            "source_url",
            "note",
            "status",
            "reason",
            "area_km2",
        ]
        return pd.DataFrame(
            {c: pd.Series(dtype=float if c in ("lat", "lon", "area_km2") else object) for c in cols}
        )

    def map_dates(self, every: str = "event", start: Any = None, end: Any = None) -> list[dt.date]:
        """Dates to draw.

        ``"event"``: each snapshot date in the range; ``"day"``: every calendar
        day; ``"week"``: each ISO week's last day (Sunday, or the range's last
        day).  The range defaults to the first to the last snapshot.
        """
        lo = max(_as_day(start, "start"), self.dates[0]) if start is not None else self.dates[0]
        hi = _as_day(end, "end") if end is not None else self.dates[-1]
        if hi < lo:
            raise InputError(
                Problem("<argument>", None, "end", f"{hi} is before start {lo}", "swap them")
            )
        if every == "event":
            return [d for d in self.dates if lo <= d <= hi]
        if every == "day":
            return [p[0] for p in periods(lo, hi, "day")]
        if every in ("week", "month"):
            return [p[1] for p in periods(lo, hi, every)]
        raise InputError(
            Problem("<argument>", None, "every", f"{every!r}", "choose event, day, week or month")
        )

    def held_series(self, dates: Iterable[Any] | None = None) -> pd.DataFrame:
        """Held km² per actor: ``date``, ``actor``, ``held_km2``.

        On the snapshot dates by default, or on the dates given (each the
        latest snapshot on or before it).  Actor "" is unassigned land (only
        when an area of interest was given), last on each date.
        """
        days = self.dates if dates is None else [_as_day(d) for d in dates]
        idx = [self._index(d) for d in days]
        n = len(self._cols)
        return pd.DataFrame(
            {
                "date": np.repeat(np.asarray(days, dtype=object), n),
                "actor": np.tile(np.asarray(self._cols, dtype=object), len(days)),
                "held_km2": self._held[np.asarray(idx, dtype=int)].ravel() if days else np.zeros(0),
            }
        )

    def intervals(self, start: Any = None, end: Any = None) -> gpd.GeoDataFrame:
        """One feature per holder per run of dates with unchanged territory.

        Columns ``actor`` ("" = unassigned), ``geometry``, ``area_km2``,
        ``valid_from``, ``valid_to`` (Timestamps; ``valid_to`` exclusive, NaT
        = still valid at ``end``).  Default range: first to last snapshot.
        """
        lo_day = _as_day(start, "start") if start is not None else self.dates[0]
        hi_day = _as_day(end, "end") if end is not None else self.dates[-1]
        lo, hi = self._index(lo_day, "start"), self._index(hi_day, "end")
        rows = []
        for k, actor in enumerate(self._cols):
            i = lo
            while i <= hi:
                j = i + 1
                while j <= hi and self._wkb[j][k] == self._wkb[i][k]:
                    j += 1
                geom = self._geoms[i, k]
                if not geom.is_empty:
                    valid_from = max(self.dates[i], lo_day)
                    valid_to = pd.Timestamp(self.dates[j]) if j <= hi else pd.NaT
                    rows.append(
                        (actor, geom, float(self._held[i, k]), pd.Timestamp(valid_from), valid_to)
                    )
                i = j
        return gpd.GeoDataFrame(
            pd.DataFrame(rows, columns=["actor", "geometry", "area_km2", "valid_from", "valid_to"]),
            geometry="geometry",
            crs="EPSG:4326",
        )

    # ------------------------------------------------------------------ ledger
    def _edges_of(self, i: int, k: int) -> np.ndarray:
        key = (i, k)
        if key not in self._edge_cache:
            self._edge_cache[key] = _directed_edges(self._geoms[i, k])
        return self._edge_cache[key]

    def _pieces(
        self, cells: list[tuple[int, int, int]]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Gained and lost pieces of each cell ``(i, j, k)``: ``(gained, lost, cell of piece)``.

        Only the windows where the two boundaries differ are overlaid (see
        :func:`_change_windows`); the pieces are exactly ``B \\ A`` and
        ``A \\ B`` cut into disjoint windows.
        """
        boxes, owner = [], []
        for c, (i, j, k) in enumerate(cells):
            win = _change_windows(self._edges_of(i, k), self._edges_of(j, k))
            boxes.extend(shapely.box(win[:, 0], win[:, 1], win[:, 2], win[:, 3]))
            owner.extend([c] * len(win))
        owner_arr = np.asarray(owner, dtype=int)
        if not boxes:
            empty = np.empty(0, dtype=object)
            return empty, empty, owner_arr
        boxes_arr = np.asarray(boxes, dtype=object)
        a = np.asarray([self._geoms[cells[c][0], cells[c][2]] for c in owner_arr], dtype=object)
        b = np.asarray([self._geoms[cells[c][1], cells[c][2]] for c in owner_arr], dtype=object)
        aw = _threaded(shapely.intersection, a, boxes_arr)
        bw = _threaded(shapely.intersection, b, boxes_arr)
        both = _threaded(shapely.difference, np.concatenate([bw, aw]), np.concatenate([aw, bw]))
        n = len(boxes_arr)
        return both[:n], both[n:], owner_arr

    def _gain_loss(self, pairs: list[tuple[int, int]]) -> dict[tuple[int, int], np.ndarray]:
        """``{(i, j): array[[gained, lost] per holder column]}`` between snapshot indices."""
        n_col = len(self._cols)
        todo = []
        for i, j in set(pairs):
            if (i, j) in self._pair_cache:
                continue
            if i == j:
                self._pair_cache[(i, j)] = np.zeros((n_col, 2))
                continue
            todo.append((i, j))
        if todo:
            todo.sort()
            cells = [
                (i, j, k)
                for i, j in todo
                for k in range(n_col)
                if self._wkb[i][k] != self._wkb[j][k]
            ]
            out = {p: np.zeros((n_col, 2)) for p in todo}
            if cells:
                gained, lost, owner = self._pieces(cells)
                km = area_km2(np.concatenate([gained, lost]), crs=self.crs)
                sums = np.zeros((len(cells), 2))
                np.add.at(sums[:, 0], owner, km[: len(gained)])
                np.add.at(sums[:, 1], owner, km[len(gained) :])
                for c, (i, j, k) in enumerate(cells):
                    out[(i, j)][k] = sums[c]
            self._pair_cache.update(out)
        return {p: self._pair_cache[p] for p in pairs}

    def gained_lost(
        self, start: Any, end: Any, actor: str
    ) -> tuple[shapely.Geometry, shapely.Geometry]:
        """``(gained, lost)`` polygons of one holder between two dates (EPSG:4326)."""
        i, j = self._index(start, "start"), self._index(end, "end")
        k = self._col(actor)
        if self._wkb[i][k] == self._wkb[j][k]:
            return _EMPTY, _EMPTY
        gained, lost, _owner = self._pieces([(i, j, k)])
        return _join_disjoint(gained), _join_disjoint(lost)

    def ledger(self, by: str = "day", start: Any = None, end: Any = None) -> pd.DataFrame:
        """km² gained, lost, net and held per actor and period.

        Parameters
        ----------
        by : {"day", "week", "month", "total"}
            Calendar days, ISO weeks (Monday to Sunday), calendar months, or one
            period from ``start`` to ``end``; periods are clipped to the range.
        start, end : date-like, optional
            First and last day, inclusive.  Default: the day after the first
            snapshot (the first day a change can be seen) to the last snapshot.

        Returns
        -------
        pandas.DataFrame
            Columns of :data:`geomap.ledger.LEDGER_COLUMNS`: ``period_start``,
            ``period_end`` (inclusive days), ``actor``, ``actor_name``,
            ``gained_km2``, ``lost_km2``, ``net_km2``, ``held_km2``,
            ``places_changed``, ``places_gained``, ``places_lost`` (NA: a snapshot series has no
            places).  One row per period and actor, then unassigned land
            (``actor ""``) when an area of interest was given.

            A period compares the state at the end of the day before
            ``period_start`` with the state at the end of ``period_end`` (the
            state on a day is the latest snapshot on or before it; before the
            first snapshot, the first snapshot).  ``gained`` is land held at the
            end and not at the start, ``lost`` the reverse, so back-and-forth
            changes inside one period cancel and
            ``held(end) - held(start) = gained - lost`` exactly (up to
            rounding).  Days without a snapshot carry the previous state.
            ``.attrs["assumptions"]`` describes the figures.
        """
        lo, hi = self._range(start, end)
        if by not in ("day", "week", "month", "total"):
            raise InputError(
                Problem("<argument>", None, "by", f"{by!r}", "choose day, week, month or total")
            )
        spans = periods(lo, hi, by)
        idx0 = [self._before(s) for s, _e in spans]
        idx1 = [self._before(e + dt.timedelta(days=1)) for _s, e in spans]
        pairs = list(zip(idx0, idx1, strict=True))
        gl = self._gain_loss(pairs)
        cols = self._cols
        n, n_col = len(pairs), len(cols)
        gained = np.array([gl[p][:, 0] for p in pairs]).reshape(n, n_col)
        lost = np.array([gl[p][:, 1] for p in pairs]).reshape(n, n_col)
        held = self._held[np.asarray(idx1, dtype=int)].reshape(n, n_col)
        names = dict(zip(self.actors["id"], self.actors["name"], strict=True))
        out = pd.DataFrame(
            {
                "period_start": np.repeat(np.asarray([s for s, _e in spans], dtype=object), n_col),
                "period_end": np.repeat(np.asarray([e for _s, e in spans], dtype=object), n_col),
                "actor": np.tile(np.asarray(cols, dtype=object), n),
                "actor_name": np.tile(
                    np.asarray([names.get(c, "unassigned") for c in cols], dtype=object), n
                ),
                "gained_km2": gained.ravel(),
                "lost_km2": lost.ravel(),
            }
        )
        out["net_km2"] = out["gained_km2"] - out["lost_km2"]
        out["held_km2"] = held.ravel()
        out["places_changed"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out["places_gained"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out["places_lost"] = pd.array([pd.NA] * len(out), dtype="Int64")
        out.attrs["assumptions"] = {**self.assumptions, "from": str(lo), "to": str(hi), "by": by}
        return out

    def diff(self, start: Any, end: Any) -> gpd.GeoDataFrame:
        """Ground gained and lost by each holder from ``start`` to ``end`` (both included).

        The columns and ``attrs`` of :meth:`geomap.Theatre.diff`; a snapshot
        series has no places, so ``place`` and ``place_name`` are ``""`` and
        there is one row per (from, to) pair.  The totals are the
        ``by="total"`` :meth:`ledger` (which already compares the two states).
        """
        lo, hi = self._range(start, end)
        led = self.ledger(by="total", start=lo, end=hi)
        pieces = self.changes(self.dates[self._before(lo)], hi)
        pieces = pieces.sort_values("area_km2", ascending=False, kind="stable")
        pieces.insert(2, "place", "")
        pieces.insert(3, "place_name", "")
        pieces = pieces.reset_index(drop=True)
        totals = []
        for r in led.itertuples(index=False):
            totals.append(
                {
                    "actor": r.actor,
                    "actor_name": r.actor_name,
                    "held_start_km2": float(r.held_km2 - r.net_km2),
                    "gained_km2": float(r.gained_km2),
                    "lost_km2": float(r.lost_km2),
                    "net_km2": float(r.net_km2),
                    "held_end_km2": float(r.held_km2),
                    "gross_gained_km2": float(r.gained_km2),
                    "gross_lost_km2": float(r.lost_km2),
                }
            )
        pieces.attrs["start"] = lo.isoformat()
        pieces.attrs["end"] = hi.isoformat()
        pieces.attrs["totals"] = totals
        pieces.attrs["assumptions"] = {**self.assumptions, "from": str(lo), "to": str(hi)}
        return pieces

    # ------------------------------------------------------------------ checks and maps
    def quality_flags(self, **thresholds: Any) -> list[Flag]:
        """The flags of :func:`geomap.quality.check_series` (thresholds as keywords)."""
        from .quality import check_series

        return check_series(self, **thresholds)

    def check(self, **thresholds: Any) -> list[Problem]:
        """Every load report and quality flag, as problems (for ``geomap check``)."""
        flags = self.quality_flags(**thresholds)
        flagged = {(f.file, f"feature {f.feature}") for f in flags if f.feature is not None}
        rest = [p for p in self.problems if (p.file, p.field) not in flagged]
        return [*rest, *(f.to_problem() for f in flags)]

    def map(self, date: Any, **kwargs: Any):
        """A folium map of the control on ``date`` (shows inline in Jupyter)."""
        from .render import date_map

        day = _as_day(date)
        prev = max((d for d in self.dates if d < day), default=None)
        return date_map(self, day, previous=prev, **kwargs)

    def timeline(self, **kwargs: Any):
        """A folium map with a time slider over the snapshot dates."""
        from .render import timeline_map

        return timeline_map(self, **kwargs)

    def write_maps(self, out_dir: str | Path, **kwargs: Any):
        """Write the per-date pages, the index and the timeline (see ``geomap maps``)."""
        from .render import write_maps

        return write_maps(self, Path(out_dir), **kwargs)


def _polygonal(geom: Any) -> Any:
    """The polygonal part of an overlay result (lines and points dropped)."""
    if geom is None or geom.is_empty:
        return _EMPTY
    kind = geom.geom_type
    if kind in ("Polygon", "MultiPolygon"):
        return geom
    polys, _ = _polygon_members(geom)
    if not polys:
        return _EMPTY
    return shapely.multipolygons(polys) if len(polys) > 1 else polys[0]
