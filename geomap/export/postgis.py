"""PostGIS team store: ``export_postgis(theatre, "postgresql://...")``.

Writes the theatre's inputs (so ``geomap.load_theatre(URL + "?theatre=NAME")`` reads it back
with the same validation) and the derived layers (control intervals, ledger) into one schema,
replacing a previous export of the same theatre in ONE transaction: a failure leaves the
store as it was. Tables and columns are listed in :mod:`geomap.pgstore` and docs/postgis.md.
Identifiers are quoted and values passed as parameters, never formatted into SQL.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import shapely

from ..errors import GeomapError
from ..pgstore import (
    DERIVED_TABLES,
    INPUT_FILES,
    INPUT_TABLES,
    META_COLUMNS,
    STORE_VERSION,
    StoreError,
    check_layout,
    connect,
    parse_store_url,
)
from .layers import export_layers

__all__ = ["export_postgis"]

_GEOM_SQL = {
    ("places", "geom"): "geometry(Point, 4326)",
    ("areas", "geom"): "geometry(MultiPolygon, 4326)",
    ("control", "geom"): "geometry(MultiPolygon, 4326)",
}


def _ledger_columns(ledger: pd.DataFrame) -> list[tuple[str, str]]:
    cols = []
    for name, dtype in ledger.dtypes.items():
        if pd.api.types.is_integer_dtype(dtype):
            typ = "bigint"
        elif pd.api.types.is_float_dtype(dtype):
            typ = "double precision"
        elif name in ("period_start", "period_end"):
            typ = "date"
        else:
            typ = "text"
        cols.append((str(name), typ))
    return cols


def _raw_rows(path: Path, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    """(line, {column: cell}) of a validated theatre CSV file, as written by the user."""
    if not path.exists():
        return []
    out = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, [])
        for row in reader:
            if not row or not any(cell.strip() for cell in row):
                continue
            cells = dict(zip(header, row, strict=False))
            out.append((reader.line_num, {c: cells.get(c, "") for c in columns}))
    return out


def _typed(col: str, cell: str, typ: str):
    if cell == "":
        return None
    if typ == "double precision":
        return float(cell)
    if typ == "bigint":
        return int(cell)
    return cell


def _ddl(sql, schema: str, table: str, cols: list[tuple[str, str]]):
    parts = [sql.SQL("theatre text NOT NULL")]
    for col, typ in cols:
        spec = _GEOM_SQL.get((table, col), typ)
        parts.append(sql.SQL("{} {}").format(sql.Identifier(col), sql.SQL(spec)))
    stmts = [
        sql.SQL("CREATE TABLE IF NOT EXISTS {}.{} ({})").format(
            sql.Identifier(schema), sql.Identifier(table), sql.SQL(", ").join(parts)
        ),
        sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {}.{} (theatre)").format(
            sql.Identifier(f"{table}_theatre_idx"), sql.Identifier(schema), sql.Identifier(table)
        ),
    ]
    if any(c == "geom" for c, _ in cols):
        stmts.append(
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {}.{} USING GIST (geom)").format(
                sql.Identifier(f"{table}_geom_gix"), sql.Identifier(schema), sql.Identifier(table)
            )
        )
    return stmts


def _insert(cur, sql, schema: str, table: str, cols: list[tuple[str, str]], rows) -> None:
    values = []
    for col, _ in cols:
        if col == "geom":
            values.append(
                sql.SQL("ST_Multi(ST_GeomFromWKB(%s, 4326))")
                if _GEOM_SQL.get((table, col), "").startswith("geometry(Multi")
                else sql.SQL("ST_GeomFromWKB(%s, 4326)")
            )
        elif col == "assumptions":
            values.append(sql.SQL("%s::jsonb"))
        else:
            values.append(sql.SQL("%s"))
    stmt = sql.SQL("INSERT INTO {}.{} ({}) VALUES (%s, {})").format(
        sql.Identifier(schema),
        sql.Identifier(table),
        sql.SQL(", ").join(sql.Identifier(c) for c in ["theatre", *[c for c, _ in cols]]),
        sql.SQL(", ").join(values),
    )
    cur.executemany(stmt, rows)


def _input_rows(theatre: Any, table: str) -> list[tuple]:
    file, columns = INPUT_FILES[table]
    types = dict(INPUT_TABLES[table])
    rows = []
    for line, cells in _raw_rows(Path(theatre.path) / file, columns):
        row = [line, *[_typed(c, cells[c], types[c]) for c in columns]]
        if table == "places":
            row.append(shapely.to_wkb(shapely.Point(float(cells["lon"]), float(cells["lat"]))))
        rows.append(tuple(row))
    return rows


def _area_rows(theatre: Any) -> list[tuple]:
    path = Path(theatre.path) / "areas.geojson"
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    rows = []
    for i, feat in enumerate(data.get("features", []), start=1):
        geom = shapely.geometry.shape(feat["geometry"])
        rows.append((i, feat.get("properties", {}).get("place"), shapely.to_wkb(geom)))
    return rows


def _file_rows(theatre: Any) -> list[tuple]:
    """The files theatre.toml points to ([aoi] path, [regions] path), byte for byte."""
    root = Path(theatre.path).resolve()
    rows = []
    for key, rel in (
        ("aoi", theatre.meta.aoi_path),
        ("regions", getattr(theatre.meta, "regions_path", None)),
    ):
        if not rel:
            continue
        target = (root / rel).resolve()
        if root not in target.parents:
            raise GeomapError(
                f"{Path(theatre.path) / 'theatre.toml'}: [{key}] path {rel!r} lies outside the "
                "theatre folder; a PostGIS store keeps only files inside it: copy the file into "
                "the folder"
            )
        rows.append((len(rows) + 1, target.relative_to(root).as_posix(), target.read_bytes()))
    return rows


def _derived_rows(layers: dict, ledger_cols: list[tuple[str, str]]):
    ctl = layers["control"]
    control = [
        (
            r.actor,
            r.actor_name,
            _plain(r.valid_from),
            _plain(r.valid_to),
            float(r.area_km2),
            shapely.to_wkb(r.geometry),
        )
        for r in ctl.itertuples()
        if r.geometry is not None and not r.geometry.is_empty
    ]
    led = layers["ledger"]
    ledger = [
        tuple(_plain(v) for v in row)
        for row in led[[c for c, _ in ledger_cols]].itertuples(index=False)
    ]
    return control, ledger


def _plain(v):
    """A driver-ready value: numpy scalars to Python, NaN/None/NaT to NULL."""
    if v is None or (not isinstance(v, str) and pd.isna(v)):
        return None
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.floating):
        return float(v)
    return v


def export_postgis(theatre: Any, url: str, *, by: str = "day") -> str:
    """Write a place theatre into a PostGIS store, replacing its previous export.

    Parameters
    ----------
    theatre : geomap.Theatre
        A place theatre loaded from a folder (its files are stored as they are).
    url : str
        ``postgresql://[user[:password]@][host][:port]/DB[?schema=S][&host=/socket/dir]``.
        The schema is created if needed; the theatre is keyed by its ``[theatre] name``.
    by : str
        Period of the derived ``ledger`` table.

    Returns
    -------
    str
        The URL to read it back with (password hidden), ending in ``?theatre=NAME``.
    """
    u = parse_store_url(url)
    layers = export_layers(theatre, by=by, what="a PostGIS store")
    name = theatre.meta.name
    toml_text = (Path(theatre.path) / "theatre.toml").read_text(encoding="utf-8-sig")
    ledger_cols = _ledger_columns(layers["ledger"])
    tables = {
        **INPUT_TABLES,
        **DERIVED_TABLES,
        "ledger": ledger_cols,
        "geomap_meta": META_COLUMNS,
    }
    inputs = {t: _input_rows(theatre, t) for t in INPUT_FILES}
    inputs["areas"] = _area_rows(theatre)
    inputs["files"] = _file_rows(theatre)
    control, ledger = _derived_rows(layers, ledger_cols)
    meta_row = (
        name,
        STORE_VERSION,
        version("geomap"),
        dt.datetime.now(dt.UTC),
        toml_text,
        json.dumps(theatre.assumptions, ensure_ascii=False),
    )
    from psycopg import Error as DriverError
    from psycopg import sql

    with connect(u) as conn:
        check_layout(conn, u, tables)
        try:
            with conn.transaction(), conn.cursor() as cur:
                cur.execute(
                    sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(u.schema))
                )
                for table, cols in tables.items():
                    for stmt in _ddl(sql, u.schema, table, cols):
                        cur.execute(stmt)
                    cur.execute(
                        sql.SQL("DELETE FROM {}.{} WHERE theatre = %s").format(
                            sql.Identifier(u.schema), sql.Identifier(table)
                        ),
                        (name,),
                    )
                for table, rows in inputs.items():
                    _insert(cur, sql, u.schema, table, tables[table], [(name, *r) for r in rows])
                _insert(
                    cur, sql, u.schema, "control", tables["control"], [(name, *r) for r in control]
                )
                _insert(cur, sql, u.schema, "ledger", ledger_cols, [(name, *r) for r in ledger])
                _insert(cur, sql, u.schema, "geomap_meta", META_COLUMNS, [meta_row])
        except DriverError as exc:
            raise StoreError(
                f"{u.display}: export of {name!r} failed and was rolled back "
                f"({' '.join(str(exc).split())})"
            ) from None
    return f"{u.display}{'&' if '?' in u.display else '?'}theatre={name}" + (
        f"&schema={u.schema}" if u.schema != "geomap" else ""
    )
