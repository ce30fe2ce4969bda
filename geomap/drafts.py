"""Draft events: write them, check them against a theatre, merge them into it.

A *draft* is a row in the theatre's ``events.csv`` format that nothing has
applied yet: :func:`geomap.extract.extract` drafts changes from a news report
(with the extra columns :data:`EXTRA_COLUMNS`: the evidence sentence, where
it is, how sure the rules are, ``status`` and the rule that fired) and
:func:`geomap.importers.read_acled` drafts them from an ACLED export.  A
person reviews the file; :func:`check_drafts` validates it exactly as
``events.csv`` is validated and :func:`merge_drafts` appends it to the
theatre, refusing duplicates.

Examples
--------
>>> import pandas as pd
>>> row = dict.fromkeys(DRAFT_COLUMNS, "")
>>> row.update(date="2017-05-26", place="arak", to_actor="GOV", status="draft")
>>> print(write_drafts(pd.DataFrame([row])).splitlines()[1])
2017-05-26,arak,,GOV,,,,,,,,,,,draft,
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from ._csv import formula_safe, write_csv
from .errors import InputError, Problem
from .paths import write_text
from .schema import (
    CLAIM_COLUMNS,
    CLAIM_DRAFT_COLUMNS,
    CLAIM_DRAFT_EXTRA_COLUMNS,
    CLAIMS_CSV_ORDER,
    DRAFT_COLUMNS,
    DRAFT_EXTRA_COLUMNS,
    EVENTS_CSV_ORDER,
)

__all__ = [
    "DRAFT_COLUMNS",
    "EVENT_COLUMNS",
    "EXTRA_COLUMNS",
    "MergeResult",
    "check_drafts",
    "merge_drafts",
    "write_drafts",
    "write_events",
    "write_claim_drafts",
    "claims_sibling",
    "leads_sibling",
    "merged_warnings",
    "write_leads",
    "lead_note_dropped",
]

#: Columns of ``events.csv`` in their documented order (:data:`geomap.schema.EVENTS_CSV_ORDER`).
EVENT_COLUMNS = list(EVENTS_CSV_ORDER)
#: Columns a drafts file adds to the events columns (:data:`geomap.schema.DRAFT_EXTRA_COLUMNS`).
EXTRA_COLUMNS = DRAFT_EXTRA_COLUMNS
# DRAFT_COLUMNS (every column of a drafts file, in order) comes from geomap.schema


# =========================================================================== write
def write_drafts(drafts: pd.DataFrame, path: str | Path | None = None) -> str | None:
    """Write drafts as CSV: the ``events.csv`` columns, then :data:`EXTRA_COLUMNS`.

    Every cell is written on one line (runs of white space, line breaks
    included, become one space); missing values are empty cells, numbers
    are written short (``5000``, ``0.85``).

    Parameters
    ----------
    drafts : pandas.DataFrame
        Rows with (at least) the columns :data:`DRAFT_COLUMNS`.
    path : str or Path, optional
        The file to write (UTF-8).  Without it the CSV text is returned.

    Returns
    -------
    str or None
        The CSV text when ``path`` is None.
    """
    return _write_rows(drafts, DRAFT_COLUMNS, path)


def _write_rows(df: pd.DataFrame, columns, path: str | Path | None) -> str | None:
    """``df[columns]`` as a drafts-style CSV (cells on one line, numbers short) to ``path``,
    or the CSV text when ``path`` is None."""
    rows = df[columns].itertuples(index=False)
    if path is None:
        buf = io.StringIO()
        write_csv(buf, columns, rows, squeeze_spaces=True, float_format="g")
        return buf.getvalue()
    write_csv(path, columns, rows, squeeze_spaces=True, float_format="g")
    return None


def claims_sibling(drafts_path: str | Path) -> Path:
    """The claim drafts file beside a drafts file: ``d.csv`` -> ``d.claims.csv``."""
    p = Path(drafts_path)
    return p.with_name(f"{p.stem}.claims.csv")


def leads_sibling(drafts_path: str | Path) -> Path:
    """The leads file beside a drafts file: ``d.csv`` -> ``d.leads.csv`` (rows the tool
    does not stand behind, ``status=lead``; merge-drafts never reads it)."""
    p = Path(drafts_path)
    return p.with_name(f"{p.stem}.leads.csv")


def write_leads(leads: pd.DataFrame, path: str | Path | None = None) -> str | None:
    """Write leads with the drafts' columns (a completed lead moves into the drafts file
    as it is); the CSV text when ``path`` is None."""
    return _write_rows(leads, DRAFT_COLUMNS, path)


def places_sibling(drafts_path: str | Path) -> Path:
    """The place suggestions file beside a drafts file: ``d.csv`` -> ``d.places.csv``."""
    p = Path(drafts_path)
    return p.with_name(f"{p.stem}.places.csv")


def write_claim_drafts(claims: pd.DataFrame, path: str | Path | None = None) -> str | None:
    """Write claim drafts: the ``claims.csv`` columns, then the draft columns
    (:data:`~geomap.schema.CLAIM_DRAFT_COLUMNS`); the CSV text when ``path`` is None."""
    return _write_rows(claims, CLAIM_DRAFT_COLUMNS, path)


def write_events(events: pd.DataFrame, out: str | Path) -> Path:
    """Write draft events as an ``events.csv`` (the theatre's columns only).

    Used for drafts that carry no evidence columns (e.g. from
    :func:`geomap.importers.read_acled`).  Line breaks inside a cell become
    spaces; missing values are empty cells.

    Parameters
    ----------
    events : pandas.DataFrame
        Draft events with at least :data:`EVENT_COLUMNS`.
    out : str or Path
        The file to write (its folder is created).

    Returns
    -------
    Path
        ``out``.
    """
    return write_csv(out, EVENT_COLUMNS, events[list(EVENT_COLUMNS)].itertuples(index=False))


# =========================================================================== check and merge
@dataclass(frozen=True)
class MergeResult:
    """What :func:`merge_drafts` wrote.

    Attributes
    ----------
    path : Path
        The events file written (the theatre's ``events.csv``, or ``out``).
    added : int
        Number of events appended.
    skipped : int
        Draft rows left out because their ``status`` is ``rejected``.
    changes : tuple of str
        What each merged row changes (from ``verify``: place, from -> to, km² under the model).
    claims_added : int
        Claim drafts (``<drafts>.claims.csv``) appended to the theatre's ``claims.csv``.
    claims_path : Path or None
        Where the merged claims were written: the theatre's ``claims.csv``, or with
        ``out`` the claims file beside it (``<out>.claims.csv``); None without claims.
    warnings : tuple of Problem
        The warnings the merge adds to the theatre's check (after minus before, by file,
        line, field and message): on the appended rows (e.g. a ``from_actor`` the place's
        holder contradicts) or anywhere else (an existing event the new rows make
        contradictory): merged, but worth a look.
    places_added : tuple of str
        The places appended to ``places.csv`` with the drafts that name them (from the
        reviewed rows of ``<drafts>.places.csv``), each as "id (name, lat, lon, geonames_id)".
    places_path : Path or None
        Where the merged places were written: the theatre's ``places.csv``, or with ``out``
        the places file beside it (``<out>.places.csv``); None when no place was added.
    """

    path: Path
    added: int
    skipped: int = 0
    changes: tuple[str, ...] = ()
    claims_added: int = 0
    claims_path: Path | None = None
    warnings: tuple[Problem, ...] = ()
    places_added: tuple[str, ...] = ()
    places_path: Path | None = None


_REJECTED = frozenset({"rejected", "reject", "skip", "skipped", "no"})
#: The statuses a reviewer sets on a draft row merge-drafts may add (``draft`` is refused).
REVIEWED = frozenset({"reviewed", "accepted"})


def _unreviewed(table, path: Path) -> list[Problem]:
    """A problem for each row neither reviewed/accepted nor rejected (zero unreviewed merges)."""
    out = []
    for line, row in table:
        status = row.get("status", "").strip().lower()
        if status in REVIEWED or status in _REJECTED:
            continue
        out.append(
            Problem(
                str(path),
                line,
                "status",
                f"status is {status or 'empty'!r}: the row has not been reviewed",
                "check it against its evidence, then set status=reviewed (or accepted); "
                "status=rejected leaves it out",
            )
        )
    return out


def _draft_table(path: Path, problems: list[Problem]):
    from ._csv import read_csv
    from .schema import EVENT_COLUMNS as REQUIRED

    return read_csv(
        path,
        required=REQUIRED[0],
        optional=[*REQUIRED[1], *EXTRA_COLUMNS],
        problems=problems,
        display=str(path),
    )


def check_drafts(
    theatre, drafts_csv: str | Path, *, added_places: Collection[str] = ()
) -> tuple[pd.DataFrame, list[Problem]]:
    """Validate a drafts file against a theatre, as ``events.csv`` would be.

    Parameters
    ----------
    theatre : TheatreInputs or path
        The theatre (loaded with :func:`geomap.inputs.load_inputs` when a path).
    drafts_csv : str or Path
        A file written by :meth:`Extraction.to_csv` (possibly edited).
    added_places : collection of str
        Place ids the theatre lacks that come with the drafts (rows of the drafts' places
        file, :func:`places_sibling`): a row naming one has no problem in its ``place``
        (whether that place's row may be added is checked on its own).

    Returns
    -------
    (events, problems)
        The valid rows as :func:`geomap.inputs.read_events` returns them
        (plus ``status``), and every problem found, including duplicates of
        the theatre's events (same day, place and gaining actor) and of
        other drafts.  Rows whose ``status`` is ``rejected`` are left out.
    """
    from .inputs import load_inputs, read_events

    inputs = load_inputs(theatre) if isinstance(theatre, str | Path) else theatre
    path = Path(drafts_csv)
    problems: list[Problem] = []
    table = _draft_table(path, problems)
    if table is None:
        return pd.DataFrame(), problems
    status = {line: row.get("status", "").strip().lower() for line, row in table}
    rejected = {line for line, st in status.items() if st in _REJECTED}
    coming = {line for line, row in table if row.get("place", "").strip() in set(added_places)}
    found: list[Problem] = []
    events = read_events(
        path,
        inputs.place_index,
        inputs.actor_index,
        problems=found,
        snapshot_date=getattr(inputs, "snapshot_date", None),
        display=str(path),
        timezone=getattr(getattr(inputs, "meta", None), "timezone", "UTC"),
    )
    for p in found:
        if p.line == 1 and p.field in EXTRA_COLUMNS:
            continue  # the draft columns are known here
        if p.line in rejected or p.message.startswith("duplicate of the event on line"):
            continue  # duplicates are reported below, with the theatre's events
        if p.field == "place" and p.line in coming:
            continue  # the place comes with the drafts
        problems.append(p)
    events = events[~events["line"].isin(rejected)].copy()
    events["status"] = events["line"].map(status)

    def target(row):
        return row["place"] if row["place"] is not None else row["geometry"].wkb_hex

    existing: dict[tuple, int] = {}
    ev_file = str(Path(inputs.path) / "events.csv") if hasattr(inputs, "path") else "events.csv"
    for _, row in getattr(inputs, "events", pd.DataFrame()).iterrows():
        existing.setdefault((row["day"], target(row), row["to_actor"]), int(row["line"]))
    seen: dict[tuple, int] = {}
    for _, row in events.sort_values("line").iterrows():
        key = (row["day"], target(row), row["to_actor"])
        what = f"{row['day']}, {row['place'] or 'drawn area'}, to {row['to_actor']}"
        if key in existing:
            problems.append(
                Problem(
                    str(path),
                    int(row["line"]),
                    "place",
                    f"duplicate of {ev_file}:{existing[key]} ({what})",
                    "the theatre already has this change: delete the draft row or set status=rejected",
                )
            )
        elif key in seen:
            problems.append(
                Problem(
                    str(path),
                    int(row["line"]),
                    "place",
                    f"duplicate of the draft on line {seen[key]} ({what})",
                    "keep one of them (or set status=rejected on the other)",
                )
            )
        else:
            seen[key] = int(row["line"])
    return events, problems


def merge_drafts(
    theatre_dir: str | Path,
    drafts_csv: str | Path,
    *,
    out: str | Path | None = None,
    verify=None,
) -> MergeResult:
    """Append reviewed drafts to a theatre's ``events.csv`` (an explicit step).

    Every draft row is validated exactly as ``events.csv`` is (places and
    actors resolve, dates, confidence, URL ...), and refused when it repeats
    an existing event or another draft (same day, place and gaining actor).
    Claim drafts in the sibling file ``<drafts>.claims.csv`` (written by
    ``geomap extract --out``) are appended to the theatre's ``claims.csv``
    (created if absent) in the same step, validated like ``claims.csv``.
    Every row must have been reviewed: ``status`` ``reviewed`` or ``accepted``
    (``rejected`` rows are skipped; a row still ``draft`` is refused).
    Nothing is written unless every row passes, and the file is replaced in one
    step (written to a temporary name, then renamed).  The draft-only columns (evidence, char_span,
    ...) are not written.

    Parameters
    ----------
    theatre_dir : str or Path
        The theatre folder.
    drafts_csv : str or Path
        The drafts file (from ``geomap extract --out``), reviewed.
    out : str or Path, optional
        Write the merged events here instead of updating ``events.csv`` in place;
        the theatre is then not changed at all: merged claims go to
        ``<out>.claims.csv`` (:func:`claims_sibling`), not to its ``claims.csv``, and
        merged places to ``<out>.places.csv`` (:func:`places_sibling`).
    verify : callable, optional
        ``verify(folder, first_line) -> (problems, changes)``: the full theatre
        check, run on a copy of the theatre with the merged ``events.csv``
        (new rows from ``first_line``); any error refuses the merge.  Its warnings
        are run once more on a copy of the theatre as it is (``first_line`` None;
        no changes wanted): the result keeps the warnings the merge adds.
        ``geomap merge-drafts`` passes the check ``geomap check`` runs and the
        km² each new row moves under the model.

    Returns
    -------
    MergeResult

    Raises
    ------
    InputError
        Listing every problem as file:line: field: what; how to fix.
    """
    from .inputs import load_inputs

    inputs = load_inputs(theatre_dir)
    events_path = Path(theatre_dir) / "events.csv"
    drafts_path = Path(drafts_csv)
    probs: list[Problem] = []
    table = _draft_table(drafts_path, probs) or []
    rows = [
        (line, row) for line, row in table if row.get("status", "").strip().lower() not in _REJECTED
    ]
    skipped = len(table) - len(rows)
    places = _new_places(inputs, Path(theatre_dir), drafts_path, rows)
    if places.text is not None:
        problems = _checked_with_places(Path(theatre_dir), places, drafts_path)
    else:
        # a place the theatre lacks: said once, by what its row in the places file lacks
        _, problems = check_drafts(inputs, drafts_path, added_places=places.need)
    claims_src = claims_sibling(drafts_path)
    claims, claim_errors = _claim_rows(claims_src)  # said with every other problem, not first
    claims_path = Path(theatre_dir) / "claims.csv"
    problems = [
        *places.errors,
        *problems,
        *claim_errors,
        *_repeated_claims(claims_path, claims_src, claims),
    ]
    errors = [p for p in [*problems, *_unreviewed(table, drafts_path)] if p.is_error]
    if errors:
        raise InputError(errors)
    merged_claims = None
    at_claim = _claims_at_source(claims_path, claims_src, {})
    if claims:
        old = claims_path.read_text(encoding="utf-8-sig") if claims_path.exists() else ""
        merged_claims, starts = _appended(
            old or ",".join(CLAIMS_CSV_ORDER) + "\n",
            [r for _, r in claims],
            columns=CLAIMS_CSV_ORDER,
        )
        lines = {start: line for start, (line, _) in zip(starts, claims, strict=True)}
        at_claim = _claims_at_source(claims_path, claims_src, lines)
    try:
        trial = _trial_merge(
            Path(theatre_dir),
            [_without_lead_note(r) for _, r in rows],
            verify,
            {"claims.csv": merged_claims, "places.csv": places.text},
        )
    except InputError as exc:  # a problem of an added place or claim is said at its row
        raise InputError(
            [at_claim(places.at_source(p, Path(theatre_dir))) for p in exc.problems]
        ) from None
    target = Path(out) if out is not None else events_path
    # with ``out`` the theatre is left as it is: the merged claims go beside ``out``
    claims_target = claims_sibling(target) if out is not None else claims_path
    write_text(target, trial.events)  # whole, then renamed (geomap.paths: never through a link)
    if merged_claims is not None:
        write_text(claims_target, merged_claims)
    places_target = places_sibling(target) if out is not None else Path(theatre_dir) / "places.csv"
    if places.text is not None:
        write_text(places_target, places.text)
    return MergeResult(
        path=target,
        claims_path=claims_target if merged_claims is not None else None,
        added=len(rows),
        skipped=skipped,
        changes=tuple(trial.changes),
        claims_added=len(claims),
        warnings=tuple(trial.warnings),
        places_added=tuple(places.said),
        places_path=places_target if places.text is not None else None,
    )


# =========================================================================== places with drafts
@dataclass
class _NewPlaces:
    """The places a merge adds: the merged ``places.csv`` text (None: nothing added), what
    each added row is, where each sits (``places.csv`` line -> the places file's line), and
    the errors that refuse the merge."""

    text: str | None = None
    said: list[str] = field(default_factory=list)
    lines: dict[int, int] = field(default_factory=dict)
    source: Path | None = None
    errors: list[Problem] = field(default_factory=list)
    need: set[str] = field(default_factory=set)  # the place ids drafts name that it adds

    def at_source(self, p: Problem, theatre_dir: Path) -> Problem:
        """``p`` at the places file's reviewed row when it is about an added places.csv row."""
        if (
            self.source is not None
            and Path(p.file) == theatre_dir / "places.csv"
            and p.line in self.lines
        ):
            return replace(p, file=str(self.source), line=self.lines[p.line])
        return p


def _place_table(path: Path, problems: list[Problem]):
    from ._csv import read_csv
    from .schema import PLACE_COLUMNS, PLACE_SUGGESTION_COLUMNS

    extra = [c for c in PLACE_SUGGESTION_COLUMNS if c not in PLACE_COLUMNS[0]]
    return read_csv(
        path,
        required=[*PLACE_COLUMNS[0], "status"],
        optional=[*PLACE_COLUMNS[1], *extra],
        problems=problems,
        display=str(path),
    )


def _new_places(inputs, theatre_dir: Path, drafts_path: Path, rows) -> _NewPlaces:
    """The rows of the drafts' places file (``<drafts>.places.csv``) that the merged draft
    rows need: a draft naming a place the theatre lacks takes the places file's row of that
    id, once a reviewer set its status to reviewed/accepted.  A draft naming a place in
    neither file, a row not reviewed, two rows of one id, or a row whose GeoNames place the
    theatre already has under another id is an error naming the file, line and field."""
    from .errors import NameResolutionError
    from .inputs.places import geonames_places

    out = _NewPlaces()
    need: dict[str, int] = {}
    for line, row in rows:
        place = row.get("place", "").strip()
        if not place:
            continue
        try:
            inputs.place_index.resolve(place)
        except NameResolutionError as exc:
            if not exc.ambiguous:
                need.setdefault(place, line)
                out.need.add(place)
    if not need:
        return out
    path = places_sibling(drafts_path)
    out.source = path
    table = None
    if path.exists():
        table = _place_table(path, out.errors)
        if any(p.is_error for p in out.errors):
            return out
    by_id: dict[str, list[tuple[int, dict]]] = {}
    for line, row in table or []:
        by_id.setdefault(row.get("id", "").strip(), []).append((line, row))
    have = geonames_places(inputs.places)
    take: list[tuple[int, dict]] = []
    for place, dline in need.items():
        found = by_id.get(place, [])
        problem = _place_problem(place, (drafts_path, dline), (path, found), have, theatre_dir)
        if problem is not None:
            out.errors.append(problem)
        else:
            take.append(found[0])
    if out.errors or not take:
        return out
    from .schema import PLACES_CSV_ORDER

    old = (theatre_dir / "places.csv").read_text(encoding="utf-8-sig")
    # the file's columns, and any place column the rows fill that it lacks (the rows' note is
    # the tool's word to the reviewer: kept only where places.csv has a note column)
    columns = [c for c in PLACES_CSV_ORDER if c != "note"]
    out.text, starts = _appended_rows(old, [r for _, r in take], columns)
    out.lines = {start: pline for start, (pline, _) in zip(starts, take, strict=True)}
    out.said = [
        f"{r['id']} ({r.get('name', '')}, {r.get('lat', '')}, {r.get('lon', '')}, "
        f"geonames_id {r.get('geonames_id') or '-'})"
        for _, r in take
    ]
    return out


def _place_problem(place: str, draft, rows, have: dict, theatre_dir: Path) -> Problem | None:
    """Why the places file's rows of ``place`` cannot be added with the draft naming it
    (``draft``: (drafts file, line); ``rows``: (places file, its rows of that id); ``have``:
    the theatre's GeoNames ids -> place ids); None when its one row may be added."""
    from .inputs.places import geonames_id

    (drafts_path, dline), (path, found) = draft, rows
    if not found:
        return Problem(
            str(drafts_path),
            dline,
            "place",
            f"unknown place {place!r}: neither in {theatre_dir / 'places.csv'} nor a row of {path}",
            f"name a place of the theatre, or add the place's row to {path.name} (the "
            "places.csv columns and status=reviewed) or to places.csv",
        )
    pline, prow = found[0]
    status = prow.get("status", "").strip().lower()
    gid = geonames_id(prow.get("geonames_id", ""))
    if len(found) > 1:
        return Problem(
            str(path),
            found[1][0],
            "id",
            f"a second row of place {place!r} (the first is on line {pline})",
            "keep one row per place id",
        )
    if status not in REVIEWED:
        return Problem(
            str(path),
            pline,
            "status",
            f"place {place!r}, named by the draft on {drafts_path.name}:{dline}, is "
            f"{status or 'empty'!r}: its row has not been reviewed",
            "check it is the place the draft means (name, lat, lon, geonames_id), then set "
            "status=reviewed (or accepted); else name another place in the draft or set the "
            "draft's status=rejected",
        )
    if gid is not None and gid in have:
        return Problem(
            str(path),
            pline,
            "geonames_id",
            f"GeoNames {gid} is already places.csv id {have[gid]!r}: place {place!r} would "
            "be a second row of one place",
            f"name {have[gid]!r} in the draft on {drafts_path.name}:{dline} (and add "
            f"{prow.get('mention') or prow.get('name', '')!r} to its alt_names) instead",
        )
    return None


def _appended_rows(existing_text: str, rows: list[dict], columns) -> tuple[str, list[int]]:
    """A CSV file's text with ``rows`` appended through geomap's one CSV writer (cells on
    one line, no live formula), and the line each row is on; the file is rewritten with a
    column added (:func:`_appended`) only when the rows fill a column it lacks."""
    header = [h.strip() for h in next(csv.reader(io.StringIO(existing_text)))]
    if any(c not in header and any(r.get(c, "") for r in rows) for c in columns):
        return _appended(existing_text, rows, columns=columns)
    prefix = existing_text if existing_text.endswith("\n") else existing_text + "\n"
    buf = io.StringIO()
    write_csv(buf, header, ([r.get(c, "") for c in header] for r in rows), squeeze_spaces=True)
    body = buf.getvalue().split("\n", 1)[1]
    first = prefix.count("\n") + 1
    return prefix + body, list(range(first, first + len(rows)))


def _checked_with_places(theatre_dir: Path, places: _NewPlaces, drafts_path: Path):
    """The drafts' problems (:func:`check_drafts`) against the theatre with the new places
    (a copy holding the merged ``places.csv``), a problem of an added row at its reviewed row."""
    from .inputs import load_inputs

    with tempfile.TemporaryDirectory(prefix="geomap-merge-") as tmp:
        copy = Path(tmp) / theatre_dir.name
        shutil.copytree(theatre_dir, copy, symlinks=False)
        (copy / "places.csv").write_text(places.text, encoding="utf-8")
        try:
            inputs = load_inputs(copy)
            problems = check_drafts(inputs, drafts_path)[1]
        except InputError as exc:
            problems = exc.problems
        problems = [replace(p, file=p.file.replace(str(copy), str(theatre_dir))) for p in problems]
    return [places.at_source(p, theatre_dir) for p in problems]


def merged_warnings(
    theatre_dir: str | Path, drafts_csv: str | Path, verify, problems: list[Problem] | None = None
) -> list[Problem]:
    """The warnings merging the rows of ``drafts_csv`` would add to the theatre's check
    (warnings after the merge minus before, by file, line, field and message), whatever
    the rows' ``status``; nothing is written.  A warning on a draft row (e.g. a
    ``from_actor`` the place's holder contradicts) is given at the drafts file's line; one
    the rows cause elsewhere (an existing event whose ``from_actor`` no longer matches) at
    the theatre's file and line.  Empty when the drafts do not validate (their errors come
    from :func:`check_drafts`) or the merged theatre fails its check.

    ``verify`` is as for :func:`merge_drafts` (``geomap extract`` passes the full check);
    ``problems`` are the drafts' problems from :func:`check_drafts` when the caller has them
    (the drafts are then not checked again).
    """
    from .inputs import load_inputs

    drafts_path = Path(drafts_csv)
    if problems is None:
        _, problems = check_drafts(load_inputs(theatre_dir), drafts_path)
    table = _draft_table(drafts_path, []) or []
    if any(p.is_error for p in problems) or not table:
        return []
    try:
        trial = _trial_merge(Path(theatre_dir), [row for _, row in table], verify)
    except InputError:
        return []
    at = {new: old for new, (old, _) in zip(trial.row_lines, table, strict=True)}
    return [
        replace(p, file=str(drafts_path), line=at[p.line]) if _on_new_row(p, at) else p
        for p in trial.warnings
    ]


def _on_new_row(p: Problem, lines) -> bool:
    """Is ``p`` about one of the appended ``events.csv`` rows (``lines``: where they start)?"""
    return Path(p.file).name == "events.csv" and p.line in lines


@dataclass(frozen=True)
class _Trial:
    """A merge tried on a copy of the theatre: the merged ``events.csv`` text, the line each
    appended row starts on, what ``verify`` says each changes, and the warnings it adds."""

    events: str
    row_lines: list[int]
    changes: list[str]
    warnings: list[Problem]


def _trial_merge(theatre_dir: Path, rows: list[dict[str, str]], verify, files=None) -> _Trial:
    """``rows`` appended to the theatre's ``events.csv`` (and ``files``: name -> merged text,
    None = unchanged) and checked on a copy (:func:`_verified`); raises InputError when the
    merged theatre has errors."""
    existing_text = (theatre_dir / "events.csv").read_text(encoding="utf-8-sig")
    merged, row_lines = _appended(existing_text, rows)
    first = row_lines[0] if row_lines else merged.count("\n") + 1
    changes, warnings = _verified(
        theatre_dir, {**(files or {}), "events.csv": merged}, first, verify
    )
    return _Trial(merged, row_lines, changes, warnings)


#: the reasons ``geomap extract`` gives a lead (reconcile.lead_reasons, GeoNames' settling)
_LEAD_REASON = re.compile(
    r"(?i)\s*(?:unknown\s+place\b|ambiguous\s+place\b|gaining\s+side\s+read\s+from\b"
    r"|no\s+gaining\s+side\s*$|date\s+borrowed\s+from\b|date\s+counted\s+from\b|no\s+date\s*$"
    r"|geonames\b)"
)


def lead_note_dropped(note: str) -> str:
    """A reviewed lead's note without the leading "lead: <reasons>" that ``geomap extract``
    wrote (why it was only a lead), the tool's and the reviewer's words kept: "lead: no date;
    geomap extract: capture 'took'; seen on SANA" -> "geomap extract: capture 'took'; seen on
    SANA".  Any other note is returned as it is."""
    m = re.match(r"(?i)\s*lead:\s*", note)
    if m is None:
        return note
    # only the leading parts that are the tool's lead reasons go; the first part that is not
    # (the tool's "geomap extract: ..." or the reviewer's own words) and all after it stay
    parts = note[m.end() :].split(";")
    while parts and _LEAD_REASON.match(parts[0]):
        parts.pop(0)
    return ";".join(parts).strip()


def _without_lead_note(row: dict[str, str]) -> dict[str, str]:
    """``row`` as merged into events.csv: a reviewed lead's "lead: ..." note part dropped."""
    note = row.get("note") or ""
    return {**row, "note": lead_note_dropped(note)} if note else row


def _claim_rows(path: Path) -> tuple[list[tuple[int, dict[str, str]]], list[Problem]]:
    """The reviewed rows of a claim drafts file with their lines (none when it does not
    exist), and its errors: a row not reviewed (``status`` other than reviewed, accepted or
    rejected) or an unreadable file (then no rows); rejected rows are left out.
    """
    if not path.exists():
        return [], []
    from ._csv import read_csv

    problems: list[Problem] = []
    table = read_csv(
        path,
        required=CLAIM_COLUMNS[0],
        optional=[*CLAIM_COLUMNS[1], *CLAIM_DRAFT_EXTRA_COLUMNS],
        problems=problems,
        display=str(path),
    )
    errors = [p for p in [*problems, *_unreviewed(table or [], path)] if p.is_error]
    if errors:
        return [], errors
    rows = [
        (line, row)
        for line, row in table or []
        if row.get("status", "").strip().lower() not in _REJECTED
    ]
    return rows, []


def _claims_at_source(claims_path: Path, source: Path, lines: dict[int, int]):
    """A function moving a problem of an appended ``claims.csv`` row (``lines``: its line in
    the merged ``claims.csv`` -> the claim drafts file's line) to the claim draft's row."""

    def at_source(p: Problem) -> Problem:
        if Path(p.file) == claims_path and p.line in lines:
            return replace(p, file=str(source), line=lines[p.line])
        return p

    return at_source


def _repeated_claims(claims_path: Path, source: Path, rows) -> list[Problem]:
    """The claim drafts (``rows``: (line, row) of the claim drafts file ``source``) that are
    already in the theatre's ``claims.csv``, or repeat an earlier draft, as the same claim
    (:func:`geomap.inputs.claims.claim_key`) or by id: one problem per draft row, at that
    row, with what a reviewer does (set the claim draft to status=rejected)."""
    from ._csv import read_csv
    from .inputs.claims import SAME_CLAIM_FIELDS, claim_key

    have: dict[tuple, str] = {}
    ids: dict[str, str] = {}
    if claims_path.exists():
        # the file's own problems are the theatre check's to say
        for line, row in (
            read_csv(claims_path, required=CLAIM_COLUMNS[0], optional=CLAIM_COLUMNS[1], problems=[])
            or []
        ):
            have.setdefault(claim_key(row), f"{claims_path.name}:{line}")
            ids.setdefault(row.get("id", "").strip(), f"{claims_path.name}:{line}")
    same = ", ".join(SAME_CLAIM_FIELDS[:-1]) + " and " + SAME_CLAIM_FIELDS[-1]
    out = []
    for line, row in rows:
        key, ident = claim_key(row), row.get("id", "").strip()
        if key in have:
            out.append(
                Problem(
                    str(source),
                    line,
                    "status",
                    f"the same claim as {have[key]} (same {same}): already merged",
                    "set this claim draft's status=rejected (the claim is there already)",
                )
            )
        elif ident and ident in ids:
            out.append(
                Problem(
                    str(source),
                    line,
                    "id",
                    f"id {ident!r} is already used by {ids[ident]}",
                    "give the claim draft its own id; if it is that claim, set its status=rejected",
                )
            )
        have.setdefault(key, f"{source.name}:{line}")
        if ident:
            ids.setdefault(ident, f"{source.name}:{line}")
    return out


def _inputs_check(folder: Path, first_line: int) -> tuple[list[Problem], list[str]]:
    """The default check of a merged theatre: every file read and checked as it loads."""
    from .inputs import load_inputs

    return list(load_inputs(folder, strict=False).problems), []


def _checked_copy(theatre_dir: Path, files: dict, first_line: int | None, verify):
    """``verify`` run on a copy of the theatre holding ``files`` (name -> text, None =
    unchanged): (problems under the theatre's own file names, changes)."""
    with tempfile.TemporaryDirectory(prefix="geomap-merge-") as tmp:
        copy = Path(tmp) / theatre_dir.name
        shutil.copytree(theatre_dir, copy, symlinks=False)
        for name, text in files.items():
            if text is not None:
                (copy / name).write_text(text, encoding="utf-8")
        problems, changes = verify(copy, first_line)
        problems = [replace(p, file=p.file.replace(str(copy), str(theatre_dir))) for p in problems]
    return problems, changes


def _key(p: Problem) -> tuple:
    return (p.file, p.line, p.field, p.message)


def _verified(
    theatre_dir: Path, files: dict, first_line: int, verify
) -> tuple[list[str], list[Problem]]:
    """Run ``verify`` (default: the inputs' checks) on a copy of the theatre holding the
    merged files (name -> text, None = unchanged); the changes it lists (the appended
    ``events.csv`` rows start on ``first_line``), and the warnings the merge adds: those of
    the merged copy that the theatre as it is (checked with ``first_line`` None) does not
    have, by file, line, field and message, on the new rows or anywhere else.

    Raises InputError (nothing written) when the merged theatre has errors; problems in
    the copy are reported under the theatre's own file names.
    """
    verify = verify or _inputs_check
    problems, changes = _checked_copy(theatre_dir, files, first_line, verify)
    errors = [p for p in problems if p.is_error]
    if errors:
        errors.insert(
            0,
            Problem(
                str(theatre_dir),
                None,
                None,
                "the theatre with the drafts merged fails its check: nothing was written",
                "fix the draft rows (or the theatre) named below, then merge again",
            ),
        )
        raise InputError(errors)
    warnings = [p for p in problems if not p.is_error]
    if warnings:
        before = {_key(p) for p in _checked_copy(theatre_dir, {}, None, verify)[0]}
        warnings = [p for p in warnings if _key(p) not in before]
    return changes, warnings


def _appended(
    existing_text: str, rows: list[dict[str, str]], columns=EVENT_COLUMNS
) -> tuple[str, list[int]]:
    """An events file's text with draft rows appended (cells as reviewed), and the physical
    line each appended row starts on (a quoted cell may run over several lines).

    When the drafts fill a column the file lacks, the file is rewritten with
    that column added.
    """
    header = next(csv.reader(io.StringIO(existing_text)))
    header = [h.strip() for h in header]
    needed = [c for c in columns if c not in header and any(r.get(c, "") for r in rows)]
    buf = io.StringIO()
    # cells as reviewed, copied verbatim (the drafts were checked like events.csv); write_csv
    # would rewrite them one-line and always writes a header
    w = csv.writer(buf, lineterminator="\n")
    if needed:
        # the theatre's file lacks a column the drafts fill: rewrite it with the column added
        old = list(csv.reader(io.StringIO(existing_text)))
        header = header + needed
        w.writerow(header)
        w.writerows(r + [""] * (len(header) - len(r)) for r in old[1:] if r)
        prefix = ""
    else:
        prefix = (
            existing_text
            if existing_text.endswith("\n") or not existing_text
            else existing_text + "\n"
        )
    line = prefix.count("\n") + buf.getvalue().count("\n") + 1
    starts = []
    row_buf = io.StringIO()
    w = csv.writer(row_buf, lineterminator="\n")
    for r in rows:
        starts.append(line)
        row_buf.seek(0)
        row_buf.truncate()
        # formula_safe: the reader dropped the leading ' of a neutralised cell; put it back
        w.writerow([formula_safe(r.get(c, "")) for c in header])
        text = row_buf.getvalue()
        buf.write(text)
        line += text.count("\n")  # a quoted cell may hold line breaks
    return prefix + buf.getvalue(), starts
