"""PostGIS as a team store: the table layout, connections, and reading a theatre back.

A theatre exported with ``geomap export THEATRE --out postgresql://...`` lives in one
PostgreSQL schema (``geomap`` unless the URL says ``?schema=NAME``), shared by every
theatre exported there and keyed by a ``theatre`` column. The tables are documented in
``docs/postgis.md``:

* inputs, one row per row of the theatre's files, ``row_id`` = the line in that file:
  ``actors``, ``places`` (with a ``geom`` point for QGIS; ``lat``/``lon`` are what geomap
  reads), ``areas`` (extents), ``initial_control`` (control.csv), ``events``, ``claims``;
* derived, written for other tools and never read back: ``control`` (one row per actor and
  validity interval) and ``ledger`` (per day);
* ``geomap_meta``: one row per theatre with its ``theatre.toml``, the store layout version,
  the geomap version and the assumptions every figure was computed under.

Reading (``load_theatre("postgresql://...?theatre=NAME")``) writes the input tables back as
the theatre's files in a private temporary folder and loads them with the same validation as
a folder; every problem then names the table, the row and the field
(``postgresql://host/db geomap.events:12: date: ...``). Connection strings are never shown
with their password.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import tempfile
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .errors import GeomapError, InputError, Problem
from .schema import (
    ACTOR_COLUMNS,
    CLAIM_COLUMNS,
    CONTROL_COLUMNS,
    EVENTS_CSV_ORDER,
    PLACE_COLUMNS,
)

if TYPE_CHECKING:  # the loader (pandas, geopandas) only when a store is read
    from .inputs import TheatreInputs

__all__ = [
    "STORE_VERSION",
    "INPUT_TABLES",
    "DERIVED_TABLES",
    "StoreURL",
    "is_store_url",
    "parse_store_url",
    "connect",
    "read_store_inputs",
    "StoreError",
]

#: Version of the table layout; a schema written by another layout version is refused.
STORE_VERSION = 1

_FLOAT = "double precision"
_NUMERIC = {"lat", "lon", "cell_radius_km", "claimed_area_km2"}
_INTEGER = {"geonames_id"}


def _columns(spec: tuple) -> list[str]:
    required, optional = spec
    return list(required) + [c for c in optional if c not in required]


def _sql_type(col: str) -> str:
    if col in _NUMERIC:
        return _FLOAT
    if col in _INTEGER:
        return "bigint"
    return "text"


#: Input tables: table name → (file in a theatre folder, columns in file order).
INPUT_FILES: dict[str, tuple[str, list[str]]] = {
    "actors": ("actors.csv", _columns(ACTOR_COLUMNS)),
    "places": ("places.csv", _columns(PLACE_COLUMNS)),
    "initial_control": ("control.csv", _columns(CONTROL_COLUMNS)),
    "events": ("events.csv", list(EVENTS_CSV_ORDER)),
    "claims": ("claims.csv", _columns(CLAIM_COLUMNS)),
}

#: Every table's columns and SQL types (besides ``theatre``), as written and as checked on reading.
INPUT_TABLES: dict[str, list[tuple[str, str]]] = {
    name: [("row_id", "integer"), *[(c, _sql_type(c)) for c in cols]]
    for name, (_, cols) in INPUT_FILES.items()
}
INPUT_TABLES["places"].append(("geom", "geometry"))
INPUT_TABLES["areas"] = [("row_id", "integer"), ("place", "text"), ("geom", "geometry")]
# files theatre.toml points to inside the folder ([aoi] path, [regions] path), byte for byte
INPUT_TABLES["files"] = [("row_id", "integer"), ("name", "text"), ("data", "bytea")]
DERIVED_TABLES: dict[str, list[tuple[str, str]]] = {
    "control": [
        ("actor", "text"),
        ("actor_name", "text"),
        ("valid_from", "date"),
        ("valid_to", "date"),
        ("area_km2", _FLOAT),
        ("geom", "geometry"),
    ],
    # the ledger's own columns are added from the frame written (see export.postgis)
}
META_COLUMNS: list[tuple[str, str]] = [
    ("store_version", "integer"),
    ("geomap_version", "text"),
    ("exported_at", "timestamp with time zone"),
    ("theatre_toml", "text"),
    ("assumptions", "jsonb"),
]
_GEOM_TYPES = {
    ("places", "geom"): "Point",
    ("areas", "geom"): "MultiPolygon",
    ("control", "geom"): "MultiPolygon",
}
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


class StoreError(GeomapError, RuntimeError):
    """The PostGIS store cannot be used (unreachable, no PostGIS, another layout version...)."""


@dataclass(frozen=True)
class StoreURL:
    """A parsed ``postgresql://`` URL.

    Attributes
    ----------
    conninfo : str
        What is passed to the driver (geomap's own query keys removed).
    theatre : str or None
        ``?theatre=NAME``: the theatre to read (writing takes the theatre's own name).
    schema : str
        ``?schema=NAME`` (default ``geomap``).
    display : str
        The URL as shown to users: password replaced by ``***``.
    """

    conninfo: str
    theatre: str | None
    schema: str
    display: str


def is_store_url(value: object) -> bool:
    """True for ``postgresql://`` and ``postgres://`` URLs."""
    return isinstance(value, str) and value.split("://", 1)[0].lower() in ("postgresql", "postgres")


def _redact(parts) -> str:
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        if ":" in user:
            user = user.split(":", 1)[0] + ":***"
        netloc = f"{user}@{host}"
    query = [(k, "***" if k.lower() == "password" else v) for k, v in parse_qsl(parts.query)]
    return urlunsplit((parts.scheme, netloc, parts.path, urlencode(query, safe="/"), ""))


def parse_store_url(url: str) -> StoreURL:
    """Split a store URL into the driver's part and geomap's ``theatre`` / ``schema`` keys.

    >>> u = parse_store_url("postgresql://ana:secret@db.example/conflicts?theatre=syria-2017")
    >>> u.theatre, u.schema, u.display
    ('syria-2017', 'geomap', 'postgresql://ana:***@db.example/conflicts')
    """
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    ours = {k: v for k, v in query if k in ("theatre", "schema")}
    rest = [(k, v) for k, v in query if k not in ("theatre", "schema")]
    schema = ours.get("schema") or "geomap"
    if not _IDENT.match(schema):
        raise StoreError(
            f"{_redact(parts)}: schema {schema!r} is not a plain SQL name; "
            "use letters, digits and underscores (e.g. ?schema=geomap)"
        )
    conn = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest, safe="/"), ""))
    shown = urlunsplit(parts._replace(query=urlencode(rest, safe="/"), fragment=""))
    return StoreURL(conn, ours.get("theatre"), schema, _redact(urlsplit(shown)))


def _driver():
    try:
        import psycopg
    except ImportError as exc:  # optional extra
        raise StoreError(
            "PostGIS needs the optional extra: pip install 'geomap[postgis]' (psycopg 3)"
        ) from exc
    return psycopg


def connect(url: StoreURL | str):
    """Open a connection, with a one-line error naming the (redacted) URL when that fails.

    PostGIS must be installed in the database (``CREATE EXTENSION postgis``).
    """
    u = parse_store_url(url) if isinstance(url, str) else url
    psycopg = _driver()
    try:
        conn = psycopg.connect(u.conninfo, connect_timeout=10)
    except psycopg.Error as exc:
        reason = " ".join(str(exc).split()).replace(u.conninfo, u.display)
        raise StoreError(
            f"{u.display}: cannot connect ({reason}); check the host, port, database and user"
        ) from None
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT extversion FROM pg_extension WHERE extname = 'postgis'")
            row = cur.fetchone()
    except psycopg.Error as exc:
        conn.close()
        raise StoreError(f"{u.display}: {' '.join(str(exc).split())}") from None
    if row is None:
        conn.close()
        raise StoreError(
            f"{u.display}: the PostGIS extension is not installed in this database; "
            "run CREATE EXTENSION postgis; as its owner"
        )
    return conn


def table_columns(conn, schema: str, table: str) -> dict[str, str]:
    """``{column: type}`` of an existing table (``udt_name`` for user types such as geometry)."""
    with conn.cursor() as cur:
        cur.execute(
            "SELECT column_name, CASE WHEN data_type = 'USER-DEFINED' THEN udt_name "
            "ELSE data_type END FROM information_schema.columns "
            "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position",
            (schema, table),
        )
        return dict(cur.fetchall())


def check_layout(conn, u: StoreURL, tables: dict[str, list[tuple[str, str]]]) -> None:
    """Refuse tables whose columns or types differ from this layout (naming table and column)."""
    for table, cols in tables.items():
        have = table_columns(conn, u.schema, table)
        if not have:
            continue
        for col, typ in [("theatre", "text"), *cols]:
            if col not in have:
                raise StoreError(
                    f"{u.display} {u.schema}.{table}: column {col!r} is missing; this table was "
                    f"not written by geomap store layout {STORE_VERSION} — export again into a "
                    "new schema (?schema=NAME) or drop the old tables"
                )
            if have[col] != typ:
                raise StoreError(
                    f"{u.display} {u.schema}.{table}.{col}: type {have[col]}, expected {typ}; "
                    "change the column back (ALTER TABLE ... TYPE) or export again"
                )


def read_meta(conn, u: StoreURL, theatre: str) -> dict[str, Any]:
    """The ``geomap_meta`` row of ``theatre``, checked against this layout version."""
    from psycopg import sql

    if not table_columns(conn, u.schema, "geomap_meta"):
        raise StoreError(
            f"{u.display}: no geomap tables in schema {u.schema!r}; "
            "write a theatre there first with: geomap export THEATRE --out URL"
        )
    with conn.cursor() as cur:
        cur.execute(
            sql.SQL("SELECT {} FROM {}.geomap_meta WHERE theatre = %s").format(
                sql.SQL(", ").join(sql.Identifier(c) for c, _ in META_COLUMNS),
                sql.Identifier(u.schema),
            ),
            (theatre,),
        )
        row = cur.fetchone()
        if row is None:
            cur.execute(
                sql.SQL("SELECT theatre FROM {}.geomap_meta ORDER BY theatre").format(
                    sql.Identifier(u.schema)
                )
            )
            names = [r[0] for r in cur.fetchall()]
            raise StoreError(
                f"{u.display}: no theatre {theatre!r} in schema {u.schema!r}; "
                f"it holds: {', '.join(names) or 'none'} (give ?theatre=NAME)"
            )
    meta = dict(zip([c for c, _ in META_COLUMNS], row, strict=True))
    if meta["store_version"] != STORE_VERSION:
        raise StoreError(
            f"{u.display} {u.schema}.geomap_meta: theatre {theatre!r} was written with store "
            f"layout {meta['store_version']} (geomap {meta['geomap_version']}); this geomap "
            f"reads layout {STORE_VERSION}: export it again with this version"
        )
    return meta


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return repr(value) if isinstance(value, float) else str(value)


def _write_table(conn, u: StoreURL, theatre: str, table: str, folder: Path) -> None:
    from psycopg import sql

    file, cols = INPUT_FILES[table]
    with conn.cursor() as cur:
        cur.execute(
            sql.SQL("SELECT row_id, {} FROM {}.{} WHERE theatre = %s ORDER BY row_id").format(
                sql.SQL(", ").join(sql.Identifier(c) for c in cols),
                sql.Identifier(u.schema),
                sql.Identifier(table),
            ),
            (theatre,),
        )
        rows = cur.fetchall()
    if not rows and table == "claims":
        return  # claims.csv is optional
    # Not geomap's output CSV writer (_csv.write_csv), on purpose: this file only carries the
    # table to the folder validator, so cells go as stored (a line break in a cell is then
    # reported, not turned into a space), and blank lines keep file:line = table:row_id.
    with open(folder / file, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        line = 1
        for row_id, *values in rows:
            if row_id is None or row_id <= line:
                raise StoreError(
                    f"{u.display} {u.schema}.{table}: row_id {row_id!r} is missing, repeated or "
                    "below 2; give each row a unique row_id ≥ 2 (its line in the file)"
                )
            fh.write("\n" * (row_id - line - 1))
            w.writerow([_cell(v) for v in values])
            line = row_id


def _write_areas(conn, u: StoreURL, theatre: str, folder: Path) -> None:
    from psycopg import sql

    with conn.cursor() as cur:
        cur.execute(
            sql.SQL(
                "SELECT place, ST_AsGeoJSON(geom, 17) FROM {}.areas WHERE theatre = %s "
                "ORDER BY row_id"
            ).format(sql.Identifier(u.schema)),
            (theatre,),
        )
        rows = cur.fetchall()
    if not rows:
        return
    features = [
        {"type": "Feature", "properties": {"place": place}, "geometry": json.loads(gj)}
        for place, gj in rows
    ]
    (folder / "areas.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8"
    )


def _relabel(problems: list[Problem], folder: Path, u: StoreURL) -> list[Problem]:
    files = {f: t for t, (f, _) in INPUT_FILES.items()} | {
        "areas.geojson": "areas",
        "theatre.toml": "geomap_meta",
    }
    out = []
    for p in problems:
        name = Path(p.file).name if str(p.file).startswith(str(folder)) else None
        if name is None:
            out.append(p)
            continue
        table = files.get(name, "files")
        where = f"{u.display} {u.schema}.{table}"
        if table == "files":
            where += f" ({Path(p.file).relative_to(folder).as_posix()})"
        line = p.line if table in INPUT_FILES else None
        if table == "geomap_meta":
            where += f" (theatre_toml of {u.theatre!r})"
        out.append(Problem(where, line, p.field, p.message, p.hint, p.severity))
    return out


def read_store_inputs(
    url: str, *, on_invalid: str = "raise", strict: bool = True
) -> tuple[TheatreInputs, str]:
    """Read a theatre's inputs back from a PostGIS store and validate them.

    Parameters
    ----------
    url : str
        ``postgresql://[user[:password]@][host][:port]/DB?theatre=NAME[&schema=S][&host=/socket/dir]``.
    on_invalid, strict
        As :func:`geomap.inputs.load_inputs`.

    Returns
    -------
    (TheatreInputs, str)
        The inputs (problems name ``table:row_id: field``), and the name under which later
        problems about events should be reported (``URL schema.events``; lines = row_id).
        The files they were validated from live in a private folder deleted when the inputs
        are (or at exit).
    """
    u = parse_store_url(url)
    if not u.theatre:
        raise StoreError(f"{u.display}: say which theatre to read: add ?theatre=NAME to the URL")
    tables = {**INPUT_TABLES, "geomap_meta": META_COLUMNS}
    folder = Path(tempfile.mkdtemp(prefix="geomap-store-"))
    try:
        with connect(u) as conn:
            check_layout(conn, u, tables)
            meta = read_meta(conn, u, u.theatre)
            (folder / "theatre.toml").write_text(meta["theatre_toml"], encoding="utf-8")
            _write_files(conn, u, folder)
            for table in INPUT_FILES:
                _write_table(conn, u, u.theatre, table, folder)
            _write_areas(conn, u, u.theatre, folder)
        from .inputs import load_inputs

        try:
            inputs = load_inputs(folder, on_invalid=on_invalid, strict=strict)
        except InputError as err:
            raise InputError(_relabel(err.problems, folder, u)) from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    # the files stay while the inputs live: a theatre reads its regions file when first asked
    weakref.finalize(inputs, shutil.rmtree, str(folder), True)
    inputs.problems[:] = _relabel(inputs.problems, folder, u)
    return inputs, f"{u.display} {u.schema}.events"


def _write_files(conn, u: StoreURL, folder: Path) -> None:
    from psycopg import sql

    with conn.cursor() as cur:
        cur.execute(
            sql.SQL("SELECT name, data FROM {}.files WHERE theatre = %s ORDER BY row_id").format(
                sql.Identifier(u.schema)
            ),
            (u.theatre,),
        )
        rows = cur.fetchall()
    for name, data in rows:
        target = (folder / name).resolve()
        if folder.resolve() not in target.parents:
            raise StoreError(
                f"{u.display} {u.schema}.files.name: {name!r} is not a path inside the theatre "
                "folder; give a plain relative file name"
            )
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(bytes(data))
