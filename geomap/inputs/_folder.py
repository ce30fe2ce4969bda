"""What the readers of one theatre folder share: the folder, its problems, the names seen."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._csv import CsvTable
from ..errors import SPELLING_ONLY, NameResolutionError, ProblemCollector
from ..names import NameIndex


class FolderReader(ProblemCollector):
    """The problems found in a theatre folder, and the actors and places read so far.

    ``actor_entries`` and ``place_entries`` hold ``(id, name, aliases)`` of
    every row whose id is valid, even if another field is not: references to
    them resolve, so one bad colour does not cascade into "unknown actor".
    """

    def __init__(self, root: Path):
        super().__init__()
        self.root = root
        self.actor_entries: list[tuple[str, str, list[str]]] = []
        self.place_entries: list[tuple[str, str, list[str]]] = []

    def file(self, name: str) -> str:
        """A file of the folder as messages name it."""
        return str(self.root / name)


def resolve_name(
    c: ProblemCollector, disp: str, line: int, fld: str, index: NameIndex, value: str, *, what: str
) -> str | None:
    """The id ``value`` names, or None (reported: missing, unknown or ambiguous).

    With no valid entries at all, the row is only noted (``c.unchecked``): the
    root cause (a missing column, a file with only its header) was reported
    once by the reader of that file, and the rows it left out are reported
    together, once per file (``c.summarise()``), not once per reference.
    """
    if not value:
        c.add(
            disp,
            line,
            fld,
            f"missing {what}",
            f"give {'an' if what[0] in 'aeiou' else 'a'} {what} id or name",
        )
        return None
    if len(index) == 0:
        c.unchecked(disp, line, fld, f"there are no valid {what}s to name (see {what}s.csv)")
        return None
    try:
        hit = index.resolve(value)
    except NameResolutionError as exc:
        c.add(disp, line, fld, str(exc), exc.hint)
        return None
    if hit.how == "skeleton":  # never a silent guess: the match is applied and said
        names = "alt_names in places.csv" if what == "place" else f"aliases in {what}s.csv"
        c.add(
            disp,
            line,
            fld,
            f"{what} {value!r} is not a name of {index.label(hit.id)!r} ({hit.id}); it was "
            f"{SPELLING_ONLY} (vowels and doubled letters ignored)",
            f"if that is the {what}, add {value!r} to its {names} (or write its id); "
            "otherwise correct the name",
            severity="warning",
        )
    return hit.id


def no_rows(c: ProblemCollector, disp: str, table, what: str, required) -> None:
    """Report a table read with its header and no rows: the root cause of every reference to it."""
    if table is not None and len(table) == 0:
        c.add(
            disp,
            None,
            None,
            f"no {what}s: the file holds only its header",
            f"add one row per {what} under the header {','.join(required)}",
        )


def text_cells(table: CsvTable, name: str, *, every_row: bool = True) -> Any:
    """Column ``name`` as a DataFrame column: the cells as text, from pyarrow where it can.

    A column read in bulk (:meth:`~geomap._csv.CsvTable.arrow`) becomes the
    text array pandas itself makes of a list of str (the same dtype), with
    no Python str made on the way; otherwise (or with ``every_row`` False:
    the rows are being filtered) the column's list.
    """
    arrow = table.arrow(name) if every_row else None
    dtype = _text_dtype()
    if arrow is None or dtype is None:
        return table.column(name)
    import pyarrow as pa

    return pd.array(arrow.cast(pa.large_string()), dtype=dtype)


def text_values(values: list[str | None], codes: np.ndarray) -> Any:
    """``values[codes[i]]`` for each row as a DataFrame column of text (None: missing).

    The text array pandas makes of the same list (the same dtype), built by
    pyarrow from the distinct values; the list itself where pandas keeps text
    as Python objects.
    """
    dtype = _text_dtype()
    if dtype is None:
        return [values[k] for k in codes.tolist()]
    import pyarrow as pa

    taken = pa.array(values, type=pa.large_string()).take(pa.array(codes))
    if taken.null_count == len(taken):
        return [None] * len(taken)  # no text at all: pandas keeps such a list as objects
    return pd.array(taken, dtype=dtype)


def nonempty(table: CsvTable, name: str) -> np.ndarray:
    """Whether each row's cell of column ``name`` is not empty (a boolean array)."""
    arrow = table.arrow(name)
    if arrow is None:
        return np.fromiter(map(bool, table.column(name)), bool, len(table))
    import pyarrow.compute as pc

    return pc.greater(pc.utf8_length(arrow), 0).to_numpy(zero_copy_only=False)


def in_any(values: pd.Series, *columns: pd.Series) -> np.ndarray:
    """Whether each of ``values`` (text) is a cell of any of ``columns`` (a boolean array).

    By pyarrow's ``is_in`` where it can (pandas' own ``isin`` of text kept in
    pyarrow makes a pyarrow scalar of every cell it looks for); missing
    values match nothing.
    """
    try:
        import pyarrow as pa
        import pyarrow.compute as pc
    except ImportError:  # pragma: no cover - pyarrow comes with pandas 3 and the [parquet] extra
        seen = set().union(*(col.dropna().tolist() for col in columns))
        return np.fromiter(map(seen.__contains__, values.tolist()), bool, len(values))

    def text(col: pd.Series) -> Any:
        return pa.array(col, type=pa.large_string(), from_pandas=True)

    found = pa.array(np.zeros(len(values), dtype=bool))
    if len(values):
        target = text(values)
        for col in columns:
            found = pc.or_(found, pc.is_in(target, value_set=text(col), skip_nulls=True))
    return found.to_numpy(zero_copy_only=False) & values.notna().to_numpy()


@functools.cache
def _text_dtype() -> Any:
    """The dtype pandas gives a list of str, when it keeps text in pyarrow (pandas 3); else None."""
    dtype = pd.Series(["a"]).dtype
    if isinstance(dtype, pd.StringDtype) and dtype.storage == "pyarrow":
        return dtype
    return None
