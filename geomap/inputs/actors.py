"""``actors.csv``: the sides, their names and aliases, and their colours."""

from __future__ import annotations

import re

import pandas as pd

from .._csv import read_csv
from .._parse import HEX_COLOR
from ..schema import ACTOR_COLUMNS
from ._folder import FolderReader

__all__ = ["read_actors", "ACTOR_ID"]

#: What an actor id may hold.
ACTOR_ID = re.compile(r"^[A-Za-z0-9_]+$")


def read_actors(c: FolderReader) -> pd.DataFrame:
    """Read and check ``actors.csv``.

    Parameters
    ----------
    c : FolderReader
        The folder being read; every problem is reported to it.

    Returns
    -------
    pandas.DataFrame
        One row per valid actor: ``id``, ``name``, ``aliases`` (list), ``refs`` (list of
        role words reporters use for the actor, e.g. ``army``; only :mod:`geomap.extract`
        reads them), ``color``
        (lower case), ``note``, ``line``.  Every valid id also goes to
        ``c.actor_entries``, so references resolve even when another field is bad.
    """
    disp = c.file("actors.csv")
    table = read_csv(
        c.root / "actors.csv",
        required=ACTOR_COLUMNS[0],
        optional=ACTOR_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    rows = []
    first_line: dict[str, int] = {}
    for line, row in table or []:
        ok = True
        ident = row["id"]
        if not ident:
            c.add(disp, line, "id", "missing id", "give each actor a short code, e.g. GOV")
            ok = False
        elif not ACTOR_ID.match(ident):
            c.add(
                disp,
                line,
                "id",
                f"{ident!r} is not a valid actor id",
                "use letters, digits and _ only",
            )
            ok = False
        elif ident in first_line:
            c.add(
                disp,
                line,
                "id",
                f"duplicate id {ident!r} (first on line {first_line[ident]})",
                "give each actor its own id",
            )
            ok = False
        else:
            first_line[ident] = line
        if not row["name"]:
            c.add(disp, line, "name", "missing name", "give the actor's name")
            ok = False
        color = row["color"]
        if not HEX_COLOR.match(color):
            c.add(
                disp, line, "color", f"{color!r} is not a hex colour", "write #rrggbb, e.g. #d62728"
            )
            ok = False
        aliases = [a.strip() for a in row.get("aliases", "").split(";") if a.strip()]
        # role words reporters use ("government", "army", "regime"): read by geomap extract only
        refs = [a.strip() for a in row.get("refs", "").split(";") if a.strip()]
        if ident and ACTOR_ID.match(ident) and first_line.get(ident) == line:
            c.actor_entries.append((ident, row["name"] or ident, aliases))
        if ok:
            rows.append(
                {
                    "id": ident,
                    "name": row["name"],
                    "aliases": aliases,
                    "refs": refs,
                    "color": color.lower(),
                    "note": row.get("note", ""),
                    "line": line,
                }
            )
    return pd.DataFrame(rows, columns=["id", "name", "aliases", "refs", "color", "note", "line"])
