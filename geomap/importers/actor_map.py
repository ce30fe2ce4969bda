"""Mapping an outside dataset's actor names (e.g. ACLED's) onto a theatre's actors.

ACLED names sides its own way ("Military Forces of Syria (2017-)", "Islamic State (Syria)").
An actor map is a CSV the analyst keeps beside the theatre:

| column | required | content |
|---|---|---|
| ``acled_actor`` | yes | the name as the dataset writes it, or a regular expression |
| ``actor`` | yes | the theatre actor: id, name or alias from actors.csv |
| ``match`` | no | ``exact`` (default; case and spacing ignored) or ``regex`` (Python ``re``, whole name, case ignored) |
| ``note`` | no | free text |

Exact rows win over regex rows; regex rows are tried in file order. When a dataset holds
names neither the map nor actors.csv knows, :func:`suggest_actor_map` lists them with their
row counts and the nearest theatre actors, as a map to fill in (its ``actor`` column is left
empty on purpose: an empty ``actor`` is an error until someone decides).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .._csv import read_csv, write_csv
from ..errors import InputError, NameResolutionError, ProblemCollector
from ..names import NameIndex

__all__ = [
    "ACTOR_MAP_COLUMNS",
    "SUGGESTED_MAP_COLUMNS",
    "ActorMap",
    "read_actor_map",
    "suggest_actor_map",
    "write_actor_map",
]

ACTOR_MAP_COLUMNS = (("acled_actor", "actor"), ("match", "note"))
#: Columns of a suggested map: a valid actor map plus what helps to fill it in.
SUGGESTED_MAP_COLUMNS = ("acled_actor", "actor", "match", "rows", "nearest", "note")


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


@dataclass
class ActorMap:
    """Dataset actor name → theatre actor id (see the module docstring for the file)."""

    exact: dict[str, str] = field(default_factory=dict)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)

    def resolve(self, name: str) -> str | None:
        """The theatre actor id for ``name``, or None when the map does not know it.

        >>> m = ActorMap({"military forces of syria (2017-)": "GOV"},
        ...              [(re.compile(r"islamic state.*", re.I), "IS")])
        >>> m.resolve("Military  Forces of Syria (2017-)"), m.resolve("Islamic State (Syria)")
        ('GOV', 'IS')
        >>> m.resolve("Unidentified Armed Group") is None
        True
        """
        key = _key(name)
        if key in self.exact:
            return self.exact[key]
        for pattern, actor in self.patterns:
            if pattern.fullmatch(" ".join(name.split())):
                return actor
        return None


def read_actor_map(path: str | Path, actor_index: NameIndex) -> ActorMap:
    """Read and check an actor map; every problem is reported with its line and field.

    Raises
    ------
    InputError
        Unknown theatre actors (with the nearest ones), empty ``actor`` cells, bad regular
        expressions, an unknown ``match`` kind, a name mapped twice.
    """
    display = str(path)
    c = ProblemCollector()
    table = read_csv(
        path,
        required=ACTOR_MAP_COLUMNS[0],
        optional=ACTOR_MAP_COLUMNS[1],
        problems=c,
        display=display,
    )
    if table is None:
        raise InputError(c.problems)
    amap = ActorMap()
    seen: dict[str, int] = {}
    for line, row in table:
        name, kind = row["acled_actor"].strip(), (row.get("match") or "exact").strip().lower()
        if not name:
            c.add(display, line, "acled_actor", "empty", "give the name as the dataset writes it")
            continue
        if kind not in ("exact", "regex"):
            c.add(display, line, "match", f"{kind!r} is not exact or regex", "write exact or regex")
            continue
        actor = _theatre_actor(c, display, line, name, row["actor"], actor_index)
        if kind == "regex":
            try:
                amap.patterns.append((re.compile(name, re.IGNORECASE), actor or ""))
            except re.error as exc:
                c.add(
                    display,
                    line,
                    "acled_actor",
                    f"bad regular expression: {exc}",
                    "fix it, or write match=exact",
                )
            continue
        if _key(name) in seen:
            c.add(
                display,
                line,
                "acled_actor",
                f"{name!r} is mapped twice (first on line {seen[_key(name)]})",
                "keep one row",
            )
            continue
        seen[_key(name)] = line
        if actor:
            amap.exact[_key(name)] = actor
    c.raise_if_errors()
    return amap


def _theatre_actor(
    c: ProblemCollector, display: str, line: int, name: str, actor: str, index: NameIndex
) -> str | None:
    actor = actor.strip()
    if not actor:
        c.add(
            display,
            line,
            "actor",
            f"no theatre actor for {name!r}",
            "write the id of the theatre actor it is (see the nearest column), or delete the row",
        )
        return None
    try:
        return index.resolve(actor).id
    except NameResolutionError as exc:
        c.add(display, line, "actor", str(exc), "use an id, name or alias from actors.csv")
        return None


def suggest_actor_map(unknown: Mapping[str, int], actor_index: NameIndex) -> pd.DataFrame:
    """A map to fill in for the names nobody knows yet: rows per name, nearest actors.

    Parameters
    ----------
    unknown : mapping of str to int
        Dataset actor name → number of rows that name it.
    actor_index : NameIndex
        The theatre's actors.

    Returns
    -------
    pandas.DataFrame
        :data:`SUGGESTED_MAP_COLUMNS`, most frequent names first; ``actor`` empty.
    """
    rows = []
    for name, count in sorted(unknown.items(), key=lambda kv: (-kv[1], kv[0])):
        close = actor_index.nearest(name, 3)
        near = "; ".join(f"{i} ({label})" for i, label in close) or (
            "none close; the theatre's actors: " + ", ".join(actor_index.ids[:12])
        )
        rows.append((name, "", "exact", count, near, ""))
    return pd.DataFrame(rows, columns=list(SUGGESTED_MAP_COLUMNS))


def write_actor_map(frame: pd.DataFrame, out: str | Path) -> Path:
    """Write a (suggested) actor map with the one CSV writer."""
    return write_csv(out, list(frame.columns), frame.itertuples(index=False))
