"""``control.csv``: who held each place on the initial snapshot date."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from .._csv import CsvTable, read_csv
from .._parse import DATE_HINT, parse_day
from ..names import NameIndex
from ..schema import CONTROL_COLUMNS
from ._folder import FolderReader, resolve_name, text_cells

__all__ = ["read_control"]


def read_control(c: FolderReader, places: NameIndex, actors: NameIndex) -> pd.DataFrame:
    """Read and check ``control.csv``: the initial snapshot, one holder per place, one date.

    Parameters
    ----------
    c : FolderReader
        The folder being read; every problem is reported to it.
    places, actors : NameIndex
        What ``place`` and ``actor`` resolve against.

    Returns
    -------
    pandas.DataFrame
        ``as_of``, ``place`` (id), ``actor`` (id), ``source``, ``note``, ``line``.
    """
    disp = c.file("control.csv")
    table = read_csv(
        c.root / "control.csv",
        required=CONTROL_COLUMNS[0],
        optional=CONTROL_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    rows = []
    as_of_first: tuple[dt.date, int] | None = None
    seen: dict[str, tuple[str, int]] = {}
    days = {v: parse_day(v) for v in set(table.column("as_of"))} if table else {}
    # one resolve per distinct name; only the names that do not resolve are reported row by row
    place_ids = places.known(table.column("place")) if table else {}
    actor_ids = actors.known(table.column("actor")) if table else {}
    if table:
        fast = _clean_frame(table, days, place_ids, actor_ids)
        if fast is not None:
            return fast
    for line, row in table or []:
        day, err = days[row["as_of"]]
        if err:
            c.add(disp, line, "as_of", err, DATE_HINT)
        elif as_of_first is None:
            as_of_first = (day, line)
        elif day != as_of_first[0]:
            c.add(
                disp,
                line,
                "as_of",
                f"{day} differs from {as_of_first[0]} (line {as_of_first[1]})",
                "the snapshot has one date: express later changes as events",
            )
        place = place_ids.get(row["place"]) or resolve_name(
            c, disp, line, "place", places, row["place"], what="place"
        )
        actor = actor_ids.get(row["actor"]) or resolve_name(
            c, disp, line, "actor", actors, row["actor"], what="actor"
        )
        if place and actor and day and not err:
            if place in seen:
                prev_actor, prev_line = seen[place]
                if prev_actor != actor:
                    c.add(
                        disp,
                        line,
                        "place",
                        f"{place!r} is given to {actor!r} here and to {prev_actor!r} on line {prev_line}",
                        "keep one holder per place in the snapshot",
                    )
                else:
                    c.add(
                        disp,
                        line,
                        "place",
                        f"{place!r} repeats line {prev_line}",
                        "remove the duplicate row",
                        "warning",
                    )
                continue
            seen[place] = (actor, line)
            rows.append(
                {
                    "as_of": day,
                    "place": place,
                    "actor": actor,
                    "source": row.get("source", ""),
                    "note": row.get("note", ""),
                    "line": line,
                }
            )
    return pd.DataFrame(rows, columns=["as_of", "place", "actor", "source", "note", "line"])


def _clean_frame(
    table: CsvTable,
    days: dict[str, tuple[dt.date | None, str | None]],
    place_ids: dict[str, str],
    actor_ids: dict[str, str],
) -> pd.DataFrame | None:
    """The snapshot made a column at a time, when no row has anything to report; else None.

    That is: one ``as_of`` text, a valid date; every place and actor known
    (:meth:`~geomap.names.NameIndex.known`); no place named twice.
    """
    if len(days) != 1:
        return None
    day, err = next(iter(days.values()))
    names, holders = table.column("place"), table.column("actor")
    if err or not (place_ids.keys() >= set(names) and actor_ids.keys() >= set(holders)):
        return None
    place = list(map(place_ids.__getitem__, names))
    if len(set(place)) != len(place):
        return None  # a place given twice: a warning or an error, row by row
    return pd.DataFrame(
        {
            "as_of": [day] * len(place),
            "place": place,
            "actor": list(map(actor_ids.__getitem__, holders)),
            "source": text_cells(table, "source"),
            "note": text_cells(table, "note"),
            "line": np.array(table.lines, dtype=np.int64),
        },
        columns=["as_of", "place", "actor", "source", "note", "line"],
    )
