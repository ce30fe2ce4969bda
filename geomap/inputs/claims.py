"""``claims.csv`` (optional): published area claims to set beside the computed figures."""

from __future__ import annotations

import os
import re

import pandas as pd

from .._csv import read_csv
from .._parse import DATE_HINT, parse_day
from ..names import NameIndex
from ..schema import CLAIM_COLUMNS, CLAIMS_TABLE_COLUMNS
from ._folder import FolderReader, resolve_name

__all__ = ["SAME_CLAIM_FIELDS", "claim_key", "read_claims"]

#: What makes two rows the same published claim, ids aside: two claimants giving one figure
#: in one story are two claims.
SAME_CLAIM_FIELDS = ("actor", "start", "end", "figure", "claimant", "source")


def claim_key(row) -> tuple[str, ...]:
    """The same-claim key of a ``claims.csv`` row (a mapping of its cells as written):
    :data:`SAME_CLAIM_FIELDS`, spaces squeezed and case folded, the claimant without the
    bracketed actor id ``geomap extract`` adds to a side's ("Ministry of Defence (GOV)").

    Examples
    --------
    >>> claim_key({"actor": "SP", "start": "2015-07-01", "end": "2015-07-03",
    ...            "figure": "400  sq km", "claimant": "Sinai Province", "source": "a.txt"})
    ('sp', '2015-07-01', '2015-07-03', '400 sq km', 'sinai province', 'a.txt')
    >>> claim_key({"claimant": "Ministry of Defence (GOV)"})[4]
    'ministry of defence'
    """
    key = [" ".join(str(row.get(k) or "").split()).casefold() for k in SAME_CLAIM_FIELDS]
    i = SAME_CLAIM_FIELDS.index("claimant")
    key[i] = _ID_SUFFIX.sub("", key[i])
    return tuple(key)


#: The actor id ``geomap extract`` adds to a side's claimant ("the army's General Command
#: (GOV)"): one word in brackets at the end, not part of who claims.
_ID_SUFFIX = re.compile(r"\s*\([\w.-]{1,16}\)$")


def read_claims(c: FolderReader, actors: NameIndex, local: tuple = ()) -> pd.DataFrame:
    """Read and check the optional ``claims.csv``: published area figures, parsed to km².

    Parameters
    ----------
    c : FolderReader
        The folder being read; every problem is reported to it.
    actors : NameIndex
        What ``actor`` resolves against.

    Returns
    -------
    pandas.DataFrame
        :data:`geomap.schema.CLAIMS_TABLE_COLUMNS`; empty when the file is absent.
    """
    path = c.root / "claims.csv"
    cols = list(CLAIMS_TABLE_COLUMNS)
    if not os.path.lexists(path):  # optional; a link loop or a folder is an error, not "absent"
        return pd.DataFrame(columns=cols)
    from ..units import parse_area  # a leaf module: area figures and units as published

    disp = c.file("claims.csv")
    table = read_csv(
        path,
        required=CLAIM_COLUMNS[0],
        optional=CLAIM_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    rows = []
    first_id: dict[str, int] = {}
    first_claim: dict[tuple[str, ...], int] = {}
    for line, row in table or []:
        ok = _unique(c, disp, line, row, first_id, first_claim)
        actor = resolve_name(c, disp, line, "actor", actors, row["actor"], what="actor")
        start, e1 = parse_day(row["start"])
        end, e2 = parse_day(row["end"])
        for fld, err in (("start", e1), ("end", e2)):
            if err:
                c.add(disp, line, fld, err, DATE_HINT)
                ok = False
        if ok and start > end:
            c.add(disp, line, "end", f"{end} is before start {start}", "swap them")
            ok = False
        try:
            fig = parse_area(row["figure"], local=local)
        except ValueError as exc:
            c.add(
                disp,
                line,
                "figure",
                str(exc),
                "write the figure as published, e.g. 'over 5,000 km2'",
            )
            ok = False
            fig = None
        if ok and actor:
            rows.append(
                {
                    "id": row["id"],
                    "actor": actor,
                    "start": start,
                    "end": end,
                    "figure": row["figure"],
                    "area_km2": fig.value_km2,
                    "unit_note": _unit_note(fig),
                    "claimant": row["claimant"],
                    "source": row["source"],
                    "source_url": row.get("source_url", ""),
                    "note": row.get("note", ""),
                    "line": line,
                }
            )
    return pd.DataFrame(rows, columns=cols)


def _unique(c: FolderReader, disp: str, line: int, row, first_id: dict, first_claim: dict) -> bool:
    """A claim's ``id`` is used once, and the same published claim is not listed twice.

    The same claim is the same actor, period, figure, claimant and source as written
    (:func:`claim_key`; ids aside).  One problem per row: a repeated row is said to be
    the same claim, not also to repeat an id.
    """
    key = claim_key(row)
    if key in first_claim:
        c.add(
            disp,
            line,
            "figure",
            f"the same claim as line {first_claim[key]} (same actor, period, figure, claimant "
            "and source)",
            "remove the repeated row",
        )
        return False
    first_claim[key] = line
    ident = row["id"]
    if ident and ident in first_id:
        c.add(
            disp,
            line,
            "id",
            f"duplicate id {ident!r} (first on line {first_id[ident]})",
            "give each claim its own id, or remove the repeated row",
        )
        return False
    if ident:
        first_id[ident] = line
    return True


def _unit_note(fig) -> str:
    notes = []
    if fig.unit_corrected:
        notes.append(f"{fig.unit!r} is a length unit; read as km² (an area is meant)")
    notes += [c.message for c in fig.conversions if c.message]
    if fig.reference:
        notes.append(f"{fig.value:g} × {fig.reference} = {fig.value_km2:,.0f} km²")
        if fig.reference_note:
            notes.append(fig.reference_note)
    return "; ".join(notes)
