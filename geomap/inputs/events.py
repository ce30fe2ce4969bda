"""``events.csv`` (and a drafts file): dated changes of control, checked row by row."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .._csv import CsvTable, read_csv
from .._parse import lonlat_problem, parse_float, parse_geometry, vertex_problem
from ..dates import DATE_HINT, TYPO_YEARS, event_when, far_days, plain_whens, theatre_zone
from ..errors import Problem, ProblemCollector
from ..names import NameIndex
from ..repair import FIXED_HINT, OnInvalid, fixed_message, invalid_message, repair_polygon
from ..schema import CONFIDENCE, EVENT_COLUMNS, EVENTS_CSV_ORDER
from ._folder import nonempty, resolve_name, text_cells, text_values

__all__ = ["read_events", "check_event_days", "CONFIDENCE"]

#: Confidence levels of an event (the first is the default).
_GEOMETRY_HINT = "give a valid Polygon/MultiPolygon as WKT or GeoJSON in EPSG:4326 (lon lat)"


def _did_you_mean(value: str, choices) -> str:
    """``"did you mean 'confirmed'? "`` for a near miss, else ``""``."""
    close = difflib.get_close_matches(value, list(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}? " if close else ""


def read_events(
    path: str | Path,
    place_index: NameIndex,
    actor_index: NameIndex,
    *,
    problems: list[Problem],
    snapshot_date: dt.date | None = None,
    on_invalid: OnInvalid = "raise",
    display: str | None = None,
    timezone: str = "UTC",
) -> pd.DataFrame:
    """Read and validate an events file (``events.csv`` or a drafts file).

    Parameters
    ----------
    path : str or Path
        The file.
    place_index, actor_index : NameIndex
        What ``place``, ``to_actor`` and ``from_actor`` resolve against.
    problems : list of Problem
        Every problem goes here; rows with errors are left out of the
        returned table (and the caller fails the load).
    snapshot_date : datetime.date, optional
        The initial snapshot's date: an event before it is an error.
    on_invalid : {"raise", "fix"}
        An invalid drawn geometry is an error, or repaired (:mod:`geomap.repair`,
        ``"linework"``) and reported as a warning.
    display : str, optional
        The file's name in messages (default: ``path``).
    timezone : str, default "UTC"
        ``[theatre] timezone``: times with a UTC offset are converted to it
        (with a warning); naive times are local already (:mod:`geomap.dates`).

    Returns
    -------
    pandas.DataFrame
        ``seq``, ``line``, ``date`` (Timestamp), ``day`` and the events
        columns, sorted in application order: by date, then by line.
    """
    path = Path(path)
    c = ProblemCollector(problems)
    disp = display or str(path)
    table = read_csv(
        path, required=EVENT_COLUMNS[0], optional=EVENT_COLUMNS[1], problems=c, display=disp
    )
    cols = ["seq", "line", "date", "day", *EVENTS_CSV_ORDER[1:]]
    if table is None:
        return pd.DataFrame(columns=cols)
    if "place" not in table.header and "geometry" not in table.header:
        c.add(
            disp,
            1,
            "place",
            "neither a place nor a geometry column",
            "add a place column (or geometry for drawn areas)",
        )
        return pd.DataFrame(columns=cols)
    ctx = _Context(c, disp, place_index, actor_index, snapshot_date, on_invalid, timezone)
    events = _events(ctx, table)
    df = pd.DataFrame(
        events if len(events["line"]) else [], columns=[col for col in cols if col != "seq"]
    )
    df = df.sort_values(["date", "line"], kind="stable").reset_index(drop=True)
    df.insert(0, "seq", np.arange(len(df)))
    _duplicate_events(c, disp, df)
    c.summarise()
    return df


_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)


def _events(ctx: _Context, table: CsvTable) -> dict[str, Any]:
    """Every valid event's columns (rows in any order: the caller sorts them by date and line).

    The rows are checked column by column first (:func:`_clean_rows`): a row
    that passes every check there is taken as it is, and every other row goes
    through :meth:`_Context.event`, which reports its problems.  A clean row
    has no problem to report, so the problems come in the order of the rows,
    exactly as when every row was checked one by one.
    """
    clean, when, values, coded = _clean_rows(ctx, table)
    keep = np.flatnonzero(clean)
    values["line"] = table.lines
    if len(keep) == len(clean):  # every row clean (the usual case)
        out: dict[str, Any] = {name: text_cells(table, name) for name in _TEXTS}
        out |= {name: text_values(*pair) for name, pair in coded.items()}
        out |= {name: list(col) for name, col in values.items() if name not in out}
        out["line"] = np.array(table.lines, dtype=np.int64)  # pandas infers a list's type slowly
    else:
        values |= {name: table.column(name) for name in _TEXTS}
        out = {name: [col[i] for i in keep] for name, col in values.items()}
    out["geometry"] = [None] * len(keep)
    slow_when = []
    for i in np.flatnonzero(~clean):
        record = ctx.event(table.lines[i], table.row(i))
        if record is not None:
            for name, col in out.items():
                col.append(record[name])
            slow_when.append(record["date"].to_datetime64())
    dates = np.concatenate([when[keep], np.array(slow_when, dtype="datetime64[us]")])
    return out | {"date": dates, "day": list(dates.astype("datetime64[D]").astype(object))}


def _clean_rows(
    ctx: _Context, table: CsvTable
) -> tuple[np.ndarray, np.ndarray, dict[str, Any], dict[str, tuple[list, np.ndarray]]]:
    """``(clean, when, values, coded)``: the rows with nothing to report, the datetimes, the values.

    A row is clean when its date is plain (:func:`geomap.dates.plain_whens`) and
    not before the snapshot, it names a place and draws nothing, its names
    resolve (one :meth:`~geomap.names.NameIndex.known` per distinct name),
    from_actor is not to_actor, and its confidence, claimed area, URL and
    source are valid.  ``values`` holds each event column's value for every
    row (meaningful for the clean ones); ``coded`` the names' and confidence's
    values as ``(value of each distinct cell, each row's distinct cell)``.
    """
    dates, codes = table.factorized("date")
    when = plain_whens(dates)[codes]
    clean = ~np.isnat(when)
    if ctx.snapshot_date is not None:
        clean &= when >= np.datetime64(ctx.snapshot_date, "us")
    clean &= _flags(table, "geometry", lambda v: not v)
    values: dict[str, Any] = {}
    coded: dict[str, tuple[list, np.ndarray]] = {}
    for name, index in (
        ("place", ctx.place_index),
        ("to_actor", ctx.actor_index),
        ("from_actor", ctx.actor_index),
    ):
        names, codes = table.factorized(name)
        known = index.known(names)
        coded[name] = ([known.get(v) for v in names], codes)
        values[name] = _by_row(*coded[name])
        optional = name == "from_actor"  # an empty from_actor is None
        clean &= np.array([v in known or (optional and not v) for v in names], bool)[codes]
    # from_actor None (empty) and to_actor an id differ; both None is unclean already
    clean &= values["from_actor"] != values["to_actor"]
    levels, codes = table.factorized("confidence")
    level = [v.lower() or "confirmed" for v in levels]
    clean &= np.array([v in CONFIDENCE for v in level], bool)[codes]
    coded["confidence"] = (level, codes)
    values["confidence"] = _by_row(level, codes)
    cells, codes = table.factorized("claimed_area_km2")
    claimed = _claimed_values(cells)
    clean &= np.array([not v or v in claimed for v in cells], bool)[codes]
    values["claimed_area_km2"] = _by_row([claimed.get(v) for v in cells], codes)
    clean &= _urls_ok(table)
    clean &= nonempty(table, "source")
    return clean, when, values, coded


#: The columns taken as they are (no check changes them).
_TEXTS = ("source", "source_url", "note")
#: :data:`_URL` for ASCII text, in pyarrow's (RE2) syntax: Python's ``\s`` spelled out.
_URL_ASCII = "^https?://[^\t\n\x0b\x0c\r\x1c-\x1f <>\"']+$"


def _urls_ok(table: CsvTable) -> np.ndarray:
    """Whether each row's ``source_url`` is empty or an http(s) URL (:data:`_URL`).

    A column read in bulk is matched by pyarrow first: an empty cell, or ASCII
    text matching :data:`_URL_ASCII`, is a sure yes; every other cell is
    matched by :data:`_URL` itself.
    """
    arrow = table.arrow("source_url")
    if arrow is None:
        return _flags(table, "source_url", lambda v: not v or _URL.match(v) is not None)
    import pyarrow.compute as pc

    sure = pc.or_(
        pc.equal(pc.utf8_length(arrow), 0),
        pc.and_(
            pc.string_is_ascii(arrow),
            pc.match_substring_regex(arrow, _URL_ASCII, ignore_case=True),
        ),
    )
    ok = sure.to_numpy(zero_copy_only=False).copy()
    rest = np.flatnonzero(~ok)
    if len(rest):
        ok[rest] = [_URL.match(v) is not None for v in arrow.take(rest).to_pylist()]
    return ok


def _flags(table: CsvTable, name: str, test: Callable[[str], bool]) -> np.ndarray:
    """``test`` of each cell of column ``name``, as a boolean array (one call per distinct cell)."""
    cells, codes = table.factorized(name)
    return np.array([bool(test(v)) for v in cells], bool)[codes]


def _by_row(values: list, codes: np.ndarray) -> np.ndarray:
    """Each row's value (an object array), from the values of the distinct cells."""
    out = np.empty(len(values), dtype=object)
    out[:] = values
    return out[codes]


def _claimed_values(cells: list[str]) -> dict[str, float]:
    """Each distinct valid ``claimed_area_km2`` cell and its value (empty and bad ones left out)."""
    out = {}
    for v in set(cells):
        if v:
            value, err = parse_float(v.replace("\u00a0", ""), what="number of km²")
            if err is None and value >= 0:
                out[v] = value
    return out


@dataclass
class _Context:
    """What checking one row needs: where problems go and what names resolve against."""

    c: ProblemCollector
    disp: str
    place_index: NameIndex
    actor_index: NameIndex
    snapshot_date: dt.date | None
    on_invalid: OnInvalid
    timezone: str = "UTC"

    @functools.cached_property
    def zone(self) -> dt.tzinfo:
        """``timezone`` as a zone (checked by the theatre.toml reader; UTC if it was bad)."""
        return theatre_zone(self.timezone)[0] or dt.UTC

    def event(self, line: int, row: dict[str, str]) -> dict[str, Any] | None:
        """One row checked field by field: the event, or None (every problem reported)."""
        c, disp = self.c, self.disp
        when, ok = self._when(line, row)
        place, geom, target_ok = self._target(line, row)
        ok &= target_ok
        to_actor = resolve_name(
            c, disp, line, "to_actor", self.actor_index, row["to_actor"], what="actor"
        )
        ok &= to_actor is not None
        from_actor = None
        if row.get("from_actor", ""):
            from_actor = resolve_name(
                c, disp, line, "from_actor", self.actor_index, row["from_actor"], what="actor"
            )
            ok &= from_actor is not None
        confidence = row.get("confidence", "").lower() or "confirmed"
        if confidence not in CONFIDENCE:
            c.add(
                disp,
                line,
                "confidence",
                f"{row['confidence']!r} is not a confidence level",
                _did_you_mean(confidence, CONFIDENCE) + f"use one of {', '.join(CONFIDENCE)}",
            )
            ok = False
        claimed, claimed_ok = self._claimed(line, row)
        ok &= claimed_ok
        url = row.get("source_url", "")
        if url and not _URL.match(url):
            c.add(
                disp,
                line,
                "source_url",
                f"{url!r} is not an http(s) URL",
                "give a full http:// or https:// address, or leave it empty",
            )
            ok = False
        if not row["source"]:
            c.add(disp, line, "source", "no source given", "say who reported the change", "warning")
        if from_actor is not None and from_actor == to_actor:
            c.add(
                disp,
                line,
                "from_actor",
                f"from_actor and to_actor are both {to_actor!r}",
                "an event is a change of holder",
            )
            ok = False
        if not ok:
            return None
        return {
            "line": line,
            "date": pd.Timestamp(when),
            "day": when.date(),
            "place": place,
            "geometry": geom,
            "to_actor": to_actor,
            "from_actor": from_actor,
            "confidence": confidence,
            "claimed_area_km2": claimed,
            "source": row["source"],
            "source_url": url,
            "note": row.get("note", ""),
        }

    def _when(self, line: int, row: dict[str, str]) -> tuple[dt.datetime | None, bool]:
        """The date (and local time), supported, not before the initial snapshot."""
        when, err, note = event_when(row["date"], self.zone, self.timezone)
        if err:
            self.c.add(self.disp, line, "date", err, DATE_HINT)
            return None, False
        if note:
            self.c.add(
                self.disp,
                line,
                "date",
                note,
                "write the local time without an offset, or set [theatre] timezone in theatre.toml",
                "warning",
            )
        if self.snapshot_date is not None and when.date() < self.snapshot_date:
            self.c.add(
                self.disp,
                line,
                "date",
                f"{when.date()} is before the initial snapshot ({self.snapshot_date})",
                "the snapshot already reflects earlier changes: remove the event or date the snapshot earlier",
            )
            return when, False
        return when, True

    def _target(self, line: int, row: dict[str, str]) -> tuple[str | None, Any, bool]:
        """``(place, geometry, ok)``: exactly one of a place and a drawn geometry."""
        c, disp = self.c, self.disp
        place_txt, geom_txt = row.get("place", ""), row.get("geometry", "")
        if place_txt and geom_txt:
            c.add(
                disp,
                line,
                "place",
                "both a place and a geometry",
                "give one: a place, or a drawn geometry",
            )
            return None, None, False
        if not place_txt and not geom_txt:
            c.add(
                disp,
                line,
                "place",
                "no place and no geometry",
                "name the place that changed hands (or draw its area in geometry)",
            )
            return None, None, False
        if place_txt:
            place = resolve_name(c, disp, line, "place", self.place_index, place_txt, what="place")
            return place, None, place is not None
        geom = self._geometry(line, geom_txt)
        return None, geom, geom is not None

    def _geometry(self, line: int, text: str) -> Any:
        """A drawn area: a valid polygon in longitude/latitude (or repaired), else None."""
        geom, gerr = parse_geometry(text)
        if gerr is None and geom.geom_type not in ("Polygon", "MultiPolygon"):
            gerr = f"a {geom.geom_type}, not a polygon"
        if gerr is None:
            gerr = vertex_problem(geom) or lonlat_problem(geom)
        if gerr is None and not geom.is_valid:
            reason = shapely.is_valid_reason(geom)
            if self.on_invalid == "fix":
                self.c.add(
                    self.disp, line, "geometry", fixed_message(reason), FIXED_HINT, "warning"
                )
                geom = repair_polygon(geom, method="linework")
            else:
                gerr = invalid_message(reason)
        if gerr:
            self.c.add(self.disp, line, "geometry", gerr, _GEOMETRY_HINT)
            return None
        return geom

    def _claimed(self, line: int, row: dict[str, str]) -> tuple[float | None, bool]:
        """``claimed_area_km2``: empty, or a plain non-negative number."""
        if not row.get("claimed_area_km2", ""):
            return None, True
        claimed, cerr = parse_float(
            row["claimed_area_km2"].replace("\u00a0", ""), what="number of km²"
        )
        if cerr or claimed < 0:
            self.c.add(
                self.disp,
                line,
                "claimed_area_km2",
                cerr or f"{claimed} is negative",
                "give a plain number of km², e.g. 5000",
            )
            return claimed, False
        return claimed, True


def _duplicate_events(c: ProblemCollector, disp: str, df: pd.DataFrame) -> None:
    if df.empty:
        return

    def text(v):
        return v if isinstance(v, str) else None

    geoms = df["geometry"].to_numpy(dtype=object)
    if pd.isna(geoms).all():  # no drawn area (None throughout): every event names a place
        target = df["place"].to_numpy(dtype=object)
    else:
        target = [
            p if isinstance(p, str) else (g.wkb_hex if g is not None else None)
            for p, g in zip(df["place"].tolist(), geoms.tolist(), strict=True)
        ]
    # only events that share their day and target with another can be reported
    code, distinct = pd.factorize(pd.Series(target), use_na_sentinel=False)
    day = df["date"].to_numpy().astype("datetime64[D]").astype(np.int64)
    key = (day - day.min()) * (len(distinct) + 1) + code  # one number per (day, target)
    rows = np.flatnonzero(pd.Series(key).duplicated(keep=False).to_numpy())
    if not len(rows):
        return
    dup = df.iloc[rows]  # the rows' own cells, as .tolist() gives them
    days = dup["day"].tolist()
    to_actors, from_actors = dup["to_actor"].tolist(), dup["from_actor"].tolist()
    places, lines = dup["place"].tolist(), dup["line"].tolist()
    seen: dict[tuple, int] = {}
    by_day: dict[tuple, tuple[str, int]] = {}
    for i, r in enumerate(rows.tolist()):
        day, tgt, to_actor, line = days[i], target[r], to_actors[i], lines[i]
        from_actor, place = text(from_actors[i]), text(places[i])
        key = (day, tgt, to_actor, from_actor)
        if key in seen:
            c.add(
                disp,
                int(line),
                "date",
                f"duplicate of the event on line {seen[key]}",
                "remove one of them",
            )
            continue
        seen[key] = int(line)
        dkey = (day, tgt)
        if dkey in by_day and by_day[dkey][0] != to_actor:
            what = place or "the drawn area"
            c.add(
                disp,
                int(line),
                "to_actor",
                f"{what!r} goes to {by_day[dkey][0]!r} on line {by_day[dkey][1]} and to {to_actor!r} here, the same day",
                "events apply in file order within a day, so this line stands; give times or fix one of them",
                "warning",
            )
        by_day[dkey] = (to_actor, int(line))


def check_event_days(
    c: ProblemCollector,
    disp: str,
    events: pd.DataFrame,
    *,
    start: dt.date | None,
    end: dt.date | None,
    snapshot: dt.date | None,
) -> None:
    """Warn about events after ``[dates] end`` and days whose year looks like a typo.

    An event after ``end`` is applied, but outside the default range of
    ``gains`` and ``maps``: the user is told, and how to count it.  A day more
    than :data:`geomap.dates.TYPO_YEARS` years from ``[dates]`` (or from every
    other event and the snapshot) is warned about as a likely typo.
    """
    if events.empty:
        return
    day = events["date"].to_numpy().astype("datetime64[D]")  # the "day" column, as numbers
    line = events["line"].to_numpy(dtype=np.int64)
    late = np.flatnonzero(day > np.datetime64(end, "D")) if end else np.zeros(0, np.intp)
    if len(late):
        later = sorted(zip(line[late].tolist(), day[late].astype(object).tolist(), strict=True))
        shown = ", ".join(str(n) for n, _ in later[:10]) + (", ..." if len(later) > 10 else "")
        last = max(d for _, d in later)
        c.add(
            disp,
            later[0][0],
            "date",
            f"{len(later)} event{'s' * (len(later) > 1)} after [dates] end ({end}) "
            f"(line{'s' * (len(later) > 1)} {shown}, to {last}): applied, but outside the "
            "default range of gains and maps",
            f"give --to {last} to count them, or move end in theatre.toml",
            "warning",
        )
    anchors = [] if snapshot is None else [snapshot]
    if start or end:  # each day judged on its own: only days outside [dates] can be far
        rows = np.flatnonzero(
            (day < np.datetime64(start or end, "D")) | (day > np.datetime64(end or start, "D"))
        )
    else:  # each day judged by its neighbours: all of them
        rows = np.arange(len(day))
    days = day[rows].astype(object).tolist()
    for i in far_days(days + anchors, start, end):
        if i < len(days):
            ref = f"[dates] {start or end}..{end or start}" if start or end else "the other events"
            c.add(
                disp,
                int(line[rows[i]]),
                "date",
                f"{days[i]} is more than {TYPO_YEARS} years from {ref}: a typo in the year?",
                "check the year",
                "warning",
            )
