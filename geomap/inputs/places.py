"""``places.csv``: the gazetteer, each place with its coordinates, names and kind."""

from __future__ import annotations

import re
from typing import Any

import numpy as np
import pandas as pd
import shapely

from .._csv import CsvTable, read_csv
from .._parse import check_latlon, parse_float
from ..schema import PLACE_COLUMNS, PLACES_CSV_ORDER
from ._folder import FolderReader, no_rows, nonempty, text_cells

__all__ = ["read_places", "PLACE_ID", "geonames_id", "geonames_places"]

#: What a place id may hold.
PLACE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


def geonames_id(value: Any) -> int | None:
    """A ``geonames_id`` as written or read (``"361055"``, ``361055``, ``361055.0``) as an
    int; None when empty or not a number.

    Examples
    --------
    >>> geonames_id(" 361055 "), geonames_id(361055.0), geonames_id(""), geonames_id(None)
    (361055, 361055, None, None)
    """
    try:
        return int(float(str(value).strip()))
    except (ValueError, OverflowError):
        return None


def geonames_places(places: pd.DataFrame) -> dict[int, str]:
    """The theatre's GeoNames places: geonames_id -> places.csv id (the first row of an id
    given twice).  The one home of the rule "this GeoNames place is already in places.csv".

    Examples
    --------
    >>> geonames_places(pd.DataFrame({"id": ["rafah", "x"], "geonames_id": [349158, None]}))
    {349158: 'rafah'}
    """
    if "geonames_id" not in places.columns:
        return {}
    out: dict[int, str] = {}
    for value, pid in zip(places["geonames_id"], places["id"], strict=True):
        gid = geonames_id(value)
        if gid is not None:
            out.setdefault(gid, str(pid))
    return out


def read_places(c: FolderReader, aoi: Any = None) -> pd.DataFrame:
    """Read and check ``places.csv``; places at the same coordinates under two ids are warned about.

    Parameters
    ----------
    c : FolderReader
        The folder being read; every problem is reported to it.
    aoi : shapely geometry, optional
        The area of interest: a latitude out of range suggests swapping lat
        and lon only when the swapped point lies inside it.

    Returns
    -------
    pandas.DataFrame
        One row per valid place: :data:`geomap.schema.PLACES_CSV_ORDER`,
        ``cell_radius_km`` (NaN: the theatre's) and ``line``.  Every valid id
        also goes to ``c.place_entries``.
    """
    disp = c.file("places.csv")
    table = read_csv(
        c.root / "places.csv",
        required=PLACE_COLUMNS[0],
        optional=PLACE_COLUMNS[1],
        problems=c.problems,
        display=disp,
    )
    no_rows(c, disp, table, "place", PLACE_COLUMNS[0])
    inside = None
    if aoi is not None and not aoi.is_empty:

        def inside(lat: float, lon: float) -> bool:
            return bool(aoi.covers(shapely.Point(lon, lat)))

    cols = [*PLACES_CSV_ORDER, "cell_radius_km", "show", "line"]
    if table is None:
        return pd.DataFrame([], columns=cols)
    first_line = _first_lines(table)
    alt = [
        [a.strip() for a in v.split(";") if a.strip()] if v else []
        for v in table.column("alt_names")
    ]
    for line, ident, name, names in zip(
        table.lines, table.column("id"), table.column("name"), alt, strict=True
    ):
        if first_line.get(ident) == line:  # a valid id: references to it resolve
            c.place_entries.append((ident, name or ident, names))
    clean, lat, lon = _clean_rows(table, first_line)
    if len(table) and clean.all():  # the usual case: no row to report, and a column at a time
        return _clean_frame(c, disp, table, alt, lat, lon, cols)
    keep = np.flatnonzero(clean)
    out: dict[str, list] = {name: [] for name in cols}
    for name in ("id", "name", "kind", "admin1", "country", "source", "note"):
        cells = table.column(name)
        out[name] = [cells[i] for i in keep]
    gid, show = table.column("geonames_id"), table.column("show")
    out |= {
        "alt_names": [alt[i] for i in keep],
        "lat": lat[keep].tolist(),
        "lon": lon[keep].tolist(),
        "geonames_id": [int(gid[i]) if gid[i] else None for i in keep],
        "cell_radius_km": [float("nan")] * len(keep),
        "show": [show[i].strip().lower() != "no" for i in keep],
        "line": [table.lines[i] for i in keep],
    }
    for i in np.flatnonzero(~clean):  # every row with something to report, in file order
        record = _place_row(c, disp, table.lines[i], table.row(i), first_line, inside)
        if record is not None:
            for name in cols:
                out[name].append(record[name])
    order = np.argsort(out["line"], kind="stable")  # file order again
    columns = {name: [out[name][k] for k in order] for name in cols} if len(order) else []
    df = pd.DataFrame(columns, columns=cols)
    _same_coordinates(c, disp, df)
    return df


def _clean_frame(
    c: FolderReader,
    disp: str,
    table: CsvTable,
    alt: list[list[str]],
    lat: np.ndarray,
    lon: np.ndarray,
    cols: list[str],
) -> pd.DataFrame:
    """The places of a table whose every row is clean, in file order: the frame made column-wise."""
    n = len(table)
    out: dict[str, Any] = {
        name: text_cells(table, name)
        for name in ("id", "name", "kind", "admin1", "country", "source", "note")
    }
    out |= {
        "alt_names": alt,
        "lat": lat,
        "lon": lon,
        "geonames_id": [int(v) if v else None for v in table.column("geonames_id")],
        "cell_radius_km": np.full(n, np.nan),
        "show": _shown(table),
        "line": np.array(table.lines, dtype=np.int64),
    }
    df = pd.DataFrame(out, columns=cols)
    _same_coordinates(c, disp, df)
    return df


def _shown(table: CsvTable) -> np.ndarray:
    """Whether each place is shown: ``show`` is not ``no`` (a boolean array)."""
    cells = table.column("show") if "show" in table.cells else None
    if cells is None:
        return np.ones(len(table), dtype=bool)
    memo = {v: v.strip().lower() != "no" for v in set(cells)}
    return np.fromiter(map(memo.__getitem__, cells), bool, len(cells))


_DECIMAL = re.compile(r"-?[0-9]{1,3}(?:\.[0-9]+)?")


def _decimals(table: CsvTable, name: str) -> tuple[np.ndarray, np.ndarray]:
    """``(values, plain)``: each cell's number where it is a plain decimal (:data:`_DECIMAL`), else NaN."""
    arrow = table.arrow(name)
    if arrow is None:
        cells = table.column(name)
        plain = np.fromiter((_DECIMAL.fullmatch(v) is not None for v in cells), bool, len(cells))
        values = [float(v) if ok else np.nan for v, ok in zip(cells, plain, strict=True)]
        return np.array(values, dtype=float), plain
    import pyarrow as pa
    import pyarrow.compute as pc

    plain = pc.match_substring_regex(arrow, "^-?[0-9]{1,3}(\\.[0-9]+)?$")  # RE2: the same rule
    values = pc.cast(pc.if_else(plain, arrow, None), pa.float64())
    return values.to_numpy(zero_copy_only=False), plain.to_numpy(zero_copy_only=False)


def _sure(table: CsvTable, name: str, pattern: str, test: Any) -> np.ndarray:
    """``test`` of each cell of column ``name`` (an empty cell is tested too).

    For a column read in bulk, pyarrow vouches for the empty cells and the
    ASCII ones matching ``pattern`` (where ``test`` holds for sure); ``test``
    decides for the others, once per distinct cell.
    """
    arrow = table.arrow(name)
    cells = None if arrow is not None else table.column(name)
    if cells is not None:
        memo = {v: bool(test(v)) for v in set(cells)}
        return np.fromiter(map(memo.__getitem__, cells), bool, len(cells))
    import pyarrow.compute as pc

    sure = pc.or_(
        pc.equal(pc.utf8_length(arrow), 0),
        pc.and_(pc.string_is_ascii(arrow), pc.match_substring_regex(arrow, pattern)),
    )
    ok = sure.to_numpy(zero_copy_only=False).copy()
    rest = np.flatnonzero(~ok)
    if len(rest):
        ok[rest] = [bool(test(v)) for v in arrow.take(rest).to_pylist()]
    return ok


def _first_lines(table: CsvTable) -> dict[str, int]:
    """The line each valid place id first appears on (a later row with that id is a duplicate)."""
    first: dict[str, int] = {}
    for ident, line in zip(table.column("id"), table.lines, strict=True):
        if ident and ident not in first and PLACE_ID.match(ident):
            first[ident] = line
    return first


def _clean_rows(
    table: CsvTable, first_line: dict[str, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(clean, lat, lon)``: the rows with nothing to report, checked column by column.

    A row is clean when its id is valid and first seen there, it has a name,
    a kind and a source, plain decimal coordinates in range, a valid country
    code and GeoNames id (or none), no radius of its own, and ``show`` is
    empty, yes or no.  Every other row is checked by :func:`_place_row`.
    """
    col = table.column
    n = len(table)

    def mask(flags) -> np.ndarray:
        return np.fromiter(flags, bool, n)

    clean = mask(first_line.get(i) == line for i, line in zip(col("id"), table.lines, strict=True))
    for name in ("name", "kind", "source"):
        clean &= nonempty(table, name)
    lat, lat_ok = _decimals(table, "lat")
    lon, lon_ok = _decimals(table, "lon")
    clean &= lat_ok & lon_ok & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    clean &= _sure(table, "country", "^[A-Z]{3}$", lambda v: not v or _ISO3.match(v) is not None)
    clean &= _sure(
        table, "geonames_id", "^[0-9]+$", lambda v: not v or (v.isascii() and v.isdigit())
    )
    clean &= ~nonempty(table, "cell_radius_km")
    clean &= _sure(table, "show", "^(yes|no)$", lambda v: v.strip().lower() in ("", "yes", "no"))
    return clean, lat, lon


def _place_row(
    c: FolderReader,
    disp: str,
    line: int,
    row: dict[str, str],
    first_line: dict[str, int],
    inside: Any,
) -> dict[str, Any] | None:
    """One row checked field by field: the place, or None (every problem reported)."""
    ident = row["id"]
    ok = _check_id(c, disp, line, ident, first_line)
    if not row["name"]:
        c.add(
            disp,
            line,
            "name",
            "missing name (empty or only white space)",
            "give the place's name",
        )
        ok = False
    lat, lon, coords_ok = check_latlon(c, disp, line, (row["lat"], row["lon"]), inside=inside)
    ok &= coords_ok
    if not row["kind"]:
        c.add(
            disp,
            line,
            "kind",
            "missing kind",
            "e.g. city, town, village, mine, gasfield, airbase, crossing, junction, area",
        )
        ok = False
    country = row.get("country", "")
    if country and not _ISO3.match(country):
        c.add(disp, line, "country", f"{country!r} is not an ISO-3 code", "e.g. SYR")
        ok = False
    gid = row.get("geonames_id", "")
    if gid and not gid.isdecimal():  # "²" is a digit to isdigit, but no number to int
        c.add(
            disp,
            line,
            "geonames_id",
            f"{gid!r} is not a GeoNames id",
            "give the integer id, or leave it empty",
        )
        ok = False
    if not row["source"]:
        c.add(
            disp,
            line,
            "source",
            "no source given",
            "say where the coordinates come from",
            "warning",
        )
    own_radius, radius_ok = _own_radius(c, disp, line, row)
    ok &= radius_ok
    show = row.get("show", "").strip().lower() or "yes"
    if show not in ("yes", "no"):
        c.add(disp, line, "show", f"{row['show']!r} is not yes or no", "write yes, no or nothing")
        ok = False
    alt = [a.strip() for a in row.get("alt_names", "").split(";") if a.strip()]
    if not ok:
        return None
    return {
        "id": ident,
        "name": row["name"],
        "alt_names": alt,
        "lat": lat,
        "lon": lon,
        "kind": row["kind"],
        "admin1": row.get("admin1", ""),
        "country": country,
        "geonames_id": int(gid) if gid else None,
        "source": row["source"],
        "note": row.get("note", ""),
        "cell_radius_km": own_radius if own_radius is not None else float("nan"),
        "show": show == "yes",
        "line": line,
    }


def _check_id(
    c: FolderReader, disp: str, line: int, ident: str, first_line: dict[str, int]
) -> bool:
    """A present, well-formed id first seen on this line (``first_line``: :func:`_first_lines`)."""
    if not ident:
        c.add(disp, line, "id", "missing id", "give each place a short id, e.g. palmyra")
        return False
    if not PLACE_ID.match(ident):
        c.add(
            disp,
            line,
            "id",
            f"{ident!r} is not a valid place id",
            "use lower-case letters, digits, - and _",
        )
        return False
    if first_line[ident] != line:
        c.add(
            disp,
            line,
            "id",
            f"duplicate id {ident!r} (first on line {first_line[ident]})",
            "give each place its own id",
        )
        return False
    return True


def _own_radius(
    c: FolderReader, disp: str, line: int, row: dict[str, str]
) -> tuple[float | None, bool]:
    """The place's own ``cell_radius_km`` (None: the theatre's), and whether it is valid."""
    own_radius = None
    if row.get("cell_radius_km", ""):
        own_radius, rerr = parse_float(row["cell_radius_km"], what="radius in km")
        if rerr or not 0 < own_radius <= 2000:
            c.add(
                disp,
                line,
                "cell_radius_km",
                rerr or f"{own_radius} is not a radius in km",
                "give a number of km between 0 and 2000, or leave it empty for the theatre's radius",
            )
            return own_radius, False
    return own_radius, True


def _same_coordinates(c: FolderReader, disp: str, df: pd.DataFrame) -> None:
    """The same point under two ids is probably one place entered twice: a warning."""
    if not len(df):
        return
    lat, lon = df["lat"].round(4).to_numpy(), df["lon"].round(4).to_numpy()
    # the same 4-decimal text <=> the same rounded number and sign (-0.0 is written "-0.0")
    pairs = pd.DataFrame({"lat": lat, "lon": lon, "s": np.signbit(lat) * 2 + np.signbit(lon)})
    shared = pairs.duplicated(keep=False).to_numpy()
    if not shared.any():
        return
    df = df[shared]  # only these can share their text key: the messages are made from them alone
    key = df["lat"].round(4).astype(str) + "," + df["lon"].round(4).astype(str)
    for _, grp in df[key.duplicated(keep=False)].groupby(key[key.duplicated(keep=False)]):
        first = grp.iloc[0]
        for _, other in grp.iloc[1:].iterrows():
            c.add(
                disp,
                int(other["line"]),
                "lat,lon",
                f"{other['id']!r} has the same coordinates as {first['id']!r} (line {first['line']})",
                "if they are one place, keep one row and list the other name in alt_names",
                "warning",
            )
