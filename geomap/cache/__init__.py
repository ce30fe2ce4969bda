"""The derivation cache: a theatre's validated inputs, faces and event outcomes, kept on disk.

A second ``geomap gains`` (or ``maps``, ``diff``, ...) on an unchanged theatre reads the
validated input tables, the faces of the tessellation and every event's outcome (the
history, per confidence level) from the cache and goes straight to the face replay and the
ledger.  Results are identical with and without the cache:
what is stored is exactly what the first run computed (arrays bit for bit, geometries as
WKB), and everything after it is computed again.

Where
    ``$GEOMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/geomap``, else ``~/.cache/geomap``
    (:func:`cache_dir`).  One folder per theatre as named (its absolute path, the spelling
    given, ``on_invalid`` and ``--allow-outside``), holding ``inputs/``, one
    ``faces-<radius>/`` per cell radius and one ``history-<confidence>/`` per level.
Key
    The bytes (sha256) and real path of every file the loader reads (``theatre.toml``,
    ``actors.csv``, ``places.csv``, ``areas.geojson``, ``control.csv``, ``events.csv``,
    ``claims.csv``, the ``[aoi] path`` and ``[model] barriers`` files), the cell radius,
    the geomap version and a fingerprint of its code, and the versions of shapely, GEOS,
    pyproj, PROJ, numpy, pandas and geopandas (:func:`environment`).
Format
    Each entry is ``data.json`` (a description of the values), ``arrays.npz`` (numpy arrays,
    read with ``allow_pickle=False``; geometries as WKB) and ``manifest.json`` (the key and
    the sha256 of both files), each written atomically (:func:`geomap.paths.write_bytes`),
    the manifest last.  No pickle: reading a cache file never runs code
    (:mod:`geomap.cache._codec`).
Never trusted
    An entry whose key differs (a file edited, another geomap) is *stale*; one whose files
    do not match the manifest's checksums, are cut short or do not decode is *damaged*.
    Either is said in one line on stderr and rebuilt.  A cache folder that cannot be
    written is said once and the command goes on without it.

Warnings found while validating (``TheatreInputs.problems``) are part of the entry, so a
run from the cache reports exactly what the first run reported.

A command may also keep the table it printed (:meth:`Store.write_table`, ``geomap gains``
as CSV): its columns as numbers and text, keyed by the inputs and every option that shapes
the table.  The next identical command reads them back and writes the same bytes with
numpy alone (:func:`open_store`, :meth:`Store.read_table`): no pandas, geopandas, shapely
or pyproj is imported.  Any other ``gains`` option is worked from kept ledger arrays
(:meth:`Store.write_derived` / :meth:`Store.read_derived` of a
:class:`geomap.ledger_basis.LedgerBasis`, which ``geomap.cli.gains`` keeps and reads) with numpy
and pandas.

Turn it off with ``load_theatre(..., cache=False)``, ``geomap COMMAND --no-cache`` or
:func:`caching` (``with caching(False): ...``); ``geomap cache info`` / ``geomap cache clear``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import io
import json
import os
import shutil
import sys
import tomllib
import zipfile
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import numpy as np

from ..errors import GeomapError, Problem
from ..paths import is_outside_allowed, write_bytes
from . import _codec
from ._codec import Damaged, Packer, Unsupported

if TYPE_CHECKING:  # the loader and the engine are imported when an entry holds their values
    from ..inputs import TheatreInputs
    from ..model import History
    from ..names import NameIndex
    from ..repair import OnInvalid
    from ..territory import Tessellation

__all__ = [
    "SCHEMA",
    "Store",
    "cache_dir",
    "caching",
    "cache_enabled",
    "environment",
    "load_inputs_cached",
    "open_store",
    "opened",
    "Table",
    "entries",
    "clear",
]

T = TypeVar("T")

#: The layout of an entry; a cache written under another number is stale.
SCHEMA = 2

_codec.register("Problem")(Problem)


@functools.cache
def _register_inputs() -> None:
    """Allow :class:`~geomap.inputs.TheatreMeta` in cache files (imported when inputs are)."""
    from ..inputs import TheatreMeta

    _codec.register("TheatreMeta")(TheatreMeta)


#: The files of a theatre folder the loader reads (besides ``[aoi] path`` and ``[model] barriers``).
THEATRE_FILES = (
    "theatre.toml",
    "actors.csv",
    "places.csv",
    "areas.geojson",
    "control.csv",
    "events.csv",
    "claims.csv",
)
_FILES = ("data.json", "arrays.npz")
_SLOT_CHARS = 20

_enabled: ContextVar[bool] = ContextVar("geomap_cache", default=True)
_said: set[str] = set()  # notes said once per process (a folder that cannot be written)


@contextlib.contextmanager
def caching(enabled: bool = True) -> Iterator[None]:
    """Within the block, theatres are loaded with (default) or without the cache (``--no-cache``)."""
    token = _enabled.set(enabled)
    try:
        yield
    finally:
        _enabled.reset(token)


#: A store just opened for a theatre (:func:`opened`): its key is not made again.
_opened: ContextVar[Store | None] = ContextVar("geomap_cache_opened", default=None)


@contextlib.contextmanager
def opened(store: Store | None) -> Iterator[None]:
    """Within the block, :func:`open_store` of the theatre ``store`` was opened for (the same
    path, ``on_invalid`` and cache folder) gives ``store`` instead of hashing the theatre's
    files again (``geomap gains`` opens the store before it loads the theatre)."""
    token = _opened.set(store)
    try:
        yield
    finally:
        _opened.reset(token)


def cache_enabled() -> bool:
    """False inside ``caching(False)`` (the command line's ``--no-cache``)."""
    return _enabled.get()


def cache_dir() -> Path:
    """``$GEOMAP_CACHE_DIR``, else ``$XDG_CACHE_HOME/geomap``, else ``~/.cache/geomap``.

    A relative ``$XDG_CACHE_HOME`` is ignored, as the XDG specification asks.
    """
    env = os.environ.get("GEOMAP_CACHE_DIR")
    if env:
        return Path(env)
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = Path(xdg) if xdg and os.path.isabs(xdg) else Path.home() / ".cache"
    return base / "geomap"


def _note(text: str, *, once: str | None = None) -> None:
    if once is not None:
        if once in _said:
            return
        _said.add(once)
    print(f"geomap: cache: {text}", file=sys.stderr)


# --------------------------------------------------------------------------- the key
@functools.cache
def _dist_infos() -> dict[str, tuple[str, str]]:
    """Installed distributions by normalised name: ``(version, .dist-info folder)``, the first
    along ``sys.path`` as :mod:`importlib.metadata` finds it, from the folders' names (one
    listing per folder, no metadata file parsed: 80 ms less per run)."""
    found: dict[str, tuple[str, str]] = {}
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            stem = name[: -len(".dist-info")]
            if not name.endswith(".dist-info") or stem.count("-") != 1:
                continue
            dist, ver = stem.split("-")
            dist = dist.lower().replace("_", "-").replace(".", "-")
            found.setdefault(dist, (ver, os.path.join(folder or ".", name)))
    return found


def _installed(dist: str) -> str:
    """A library's version, where it is installed and when: read from its ``.dist-info``
    folder, so that checking a key imports none of the libraries.  GEOS and PROJ come inside
    shapely's and pyproj's wheels; a library built again (another GEOS) is installed anew,
    with a new time.
    """
    hit = _dist_infos().get(dist)
    if hit is None:
        return "-"
    ver, where = hit
    try:
        stamp = os.stat(where).st_mtime_ns
    except OSError:
        stamp = "-"
    return f"{ver} {where} {stamp}"


@functools.cache
def environment() -> dict[str, Any]:
    """What every entry depends on besides its theatre: geomap's code and the libraries.

    The code fingerprint is the size and modification time of every file of the installed
    ``geomap`` package, so an edited source tree never reads an entry an older one wrote.
    The libraries are named by their installed metadata (:func:`_installed`), not imported.
    """
    pkg = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
    stamps = []
    for folder, dirs, files in os.walk(pkg):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for name in files:
            if name.endswith((".py", ".toml", ".json")):
                st = os.stat(os.path.join(folder, name))
                rel = os.path.relpath(os.path.join(folder, name), pkg)
                stamps.append(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\n")
    h = hashlib.sha256("".join(sorted(stamps)).encode())
    return {
        "geomap": _dist_infos().get("geomap", ("-",))[0],
        "code": h.hexdigest(),
        # pandas' string columns may be pyarrow's (pandas imports it when it is installed)
        **{lib: _installed(lib) for lib in _LIBRARIES},
        "boundaries": _boundaries_stamp(),
        "tzdata": _tzdata_version(),
    }


#: The libraries whose versions every entry depends on (their GEOS and PROJ included).
_LIBRARIES = ("shapely", "pyproj", "numpy", "pandas", "geopandas", "pyarrow")


def _boundaries_stamp() -> str:
    """The packaged country outlines' file: path, size and time (cheaper than its version)."""
    from ..boundaries import boundary_file  # geopandas and shapely are imported only where used

    try:
        path = boundary_file()
    except (OSError, KeyError, TypeError, tomllib.TOMLDecodeError):
        return "-"
    if path is None:
        return "-"
    try:
        st = path.stat()
    except OSError:
        return "-"
    return f"{path} {st.st_size} {st.st_mtime_ns}"


def _tzdata_version() -> str:
    try:
        import tzdata
    except ImportError:
        return "-"
    return str(getattr(tzdata, "IANA_VERSION", "-"))


def _digest(path: Path) -> str | None:
    """``sha256:<hex> <real path>`` of a file, None when nothing is there; OSError when unreadable."""
    if not os.path.lexists(path):
        return None
    with open(path, "rb") as fh:
        sha = hashlib.file_digest(fh, "sha256").hexdigest()
    return f"sha256:{sha} {os.path.realpath(path)}"


def _named_files(root: Path) -> list[str] | None:
    """The files ``theatre.toml`` names (``[aoi] path``, ``[model] barriers``), with a
    shapefile's side files; None when theatre.toml cannot be read (no caching then)."""
    try:
        raw = tomllib.loads((root / "theatre.toml").read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    named = []
    for table, key in (("aoi", "path"), ("model", "barriers")):
        value = raw.get(table, {}).get(key) if isinstance(raw.get(table), dict) else None
        if value is None:
            continue
        if not isinstance(value, str):
            return None  # the loader reports it
        named.append(value)
        if value.lower().endswith(".shp"):
            stem = value[:-4]
            folder = (root / value).parent
            with contextlib.suppress(OSError):
                for side in sorted(os.listdir(folder)):
                    if side.startswith(Path(stem).name + ".") and side != Path(value).name:
                        named.append(str(Path(stem).parent / side))
    return named


def theatre_key(path: str | Path, on_invalid: str) -> dict[str, Any] | None:
    """The key of a theatre's inputs, or None when one of its files cannot be read."""
    root = Path(path)
    named = _named_files(root)
    if named is None:
        return None
    try:
        files = {rel: _digest(root / rel) for rel in (*THEATRE_FILES, *named)}
    except OSError:
        return None  # unreadable: the loader says so
    return {
        "schema": SCHEMA,
        "theatre": str(path),
        "absolute": os.path.abspath(path),
        "on_invalid": on_invalid,
        "allow_outside": is_outside_allowed(),
        "files": files,
        **environment(),
    }


def _what_changed(old: Any, new: dict[str, Any]) -> str:
    if not isinstance(old, dict):
        return "the entry has no key"
    files_old, files_new = old.get("files") or {}, new["files"]
    edited = sorted(
        f for f in files_new.keys() | files_old.keys() if files_old.get(f) != files_new.get(f)
    )
    if edited:
        return ", ".join(edited) + (" changed" if len(edited) > 1 else " changed")
    other = sorted(k for k in new.keys() | old.keys() if k != "files" and old.get(k) != new.get(k))
    return ", ".join(other) + " changed"


# --------------------------------------------------------------------------- entries
class Store:
    """The cache folder of one theatre (as named), with its key.

    Use :func:`load_inputs_cached` to make one; :class:`geomap.theatre.Theatre` asks it for
    its faces (:meth:`read_faces` / :meth:`write_faces`).
    """

    def __init__(self, root: Path, key: dict[str, Any]):
        self.root = Path(root)
        self.key = key
        ident = json.dumps(
            [key["absolute"], key["theatre"], key["on_invalid"], key["allow_outside"]]
        )
        self.folder = self.root / hashlib.sha256(ident.encode()).hexdigest()[:_SLOT_CHARS]
        self.digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode()).hexdigest()

    def __repr__(self) -> str:
        return f"<cache Store {self.folder}>"

    # ---------------------------------------------------------------- inputs
    def read_inputs(self) -> TheatreInputs | None:
        """The cached inputs, or None (a miss; stale or damaged entries are said on stderr)."""
        from ..inputs import TheatreInputs

        _register_inputs()
        value = self._read("inputs", self.key)
        if value is None:
            return None
        try:
            fields = dict(value)
            places, actors = fields["places"], fields["actors"]
            fields["path"] = Path(self.key["theatre"])
            fields["place_index"] = _LazyIndex(places, "alt_names", kind="place")
            fields["actor_index"] = _LazyIndex(actors, "aliases", kind="actor", skeletons=False)
            return TheatreInputs(**fields)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            self._damaged("inputs", f"{type(exc).__name__}: {exc}")
            return None

    def write_inputs(self, inputs: TheatreInputs) -> None:
        """Keep ``inputs`` (validated, with their warnings) for the next run."""
        _register_inputs()
        skip = ("place_index", "actor_index")
        fields = {
            f.name: getattr(inputs, f.name)
            for f in dataclasses.fields(inputs)
            if f.init and f.name not in skip
        }
        self._write("inputs", self.key, fields)

    # ---------------------------------------------------------------- faces
    def _faces_key(self, radius_km: float) -> dict[str, Any]:
        return {
            "theatre": self.key["theatre"],
            "inputs": self.digest,
            "radius_km": repr(float(radius_km)),
        }

    @staticmethod
    def _faces_name(radius_km: float) -> str:
        return "faces-" + hashlib.sha256(repr(float(radius_km)).encode()).hexdigest()[:12]

    def read_faces(self, radius_km: float, crs) -> tuple[Tessellation, np.ndarray] | None:
        """The faces (and their km²) of the theatre under ``radius_km``, or None."""
        from ..territory import Tessellation

        name = self._faces_name(radius_km)
        value = self._read(name, self._faces_key(radius_km))
        if value is None:
            return None
        try:
            tess = Tessellation(**value["tess"], crs=crs)
            face_area = value["face_area"]
            if len(tess.faces) != len(face_area) or len(tess.face_place) != len(tess.faces):
                raise ValueError("faces, places and areas differ in length")
            return tess, face_area
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            self._damaged(name, f"{type(exc).__name__}: {exc}")
            return None

    def write_faces(self, radius_km: float, tess: Tessellation, face_area: np.ndarray) -> None:
        """Keep the faces of ``radius_km`` for the next run."""
        fields = {
            f.name: getattr(tess, f.name)
            for f in dataclasses.fields(tess)
            if f.init and f.name != "crs"
        }
        self._write(
            self._faces_name(radius_km),
            self._faces_key(radius_km),
            {"tess": fields, "face_area": face_area},
        )

    # ---------------------------------------------------------------- history
    def _history_entry(self, confidence: str | None) -> tuple[str, dict[str, Any]]:
        level = confidence or "all"  # a validated level (geomap.inputs.events.CONFIDENCE)
        key = {"theatre": self.key["theatre"], "inputs": self.digest, "confidence": level}
        return f"history-{level}", key

    def read_history(self, confidence: str | None) -> History | None:
        """Every event's outcome under ``confidence`` (:attr:`Theatre.history`), or None."""
        import pandas as pd

        from ..model import History

        name, key = self._history_entry(confidence)
        value = self._read(name, key)
        if value is None:
            return None
        try:
            hist = History(**value)
            if not isinstance(hist.events, pd.DataFrame) or not isinstance(hist.initial, dict):
                raise TypeError("not a history")
            return hist
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            self._damaged(name, f"{type(exc).__name__}: {exc}")
            return None

    def write_history(self, confidence: str | None, history: History) -> None:
        """Keep the events' outcomes under ``confidence`` for the next run."""
        name, key = self._history_entry(confidence)
        fields = {f.name: getattr(history, f.name) for f in dataclasses.fields(history) if f.init}
        self._write(name, key, fields)

    # ---------------------------------------------------------------- derived values
    def _derived_entry(self, kind: str, options: dict[str, str]) -> tuple[str, dict[str, Any]]:
        key = {
            "theatre": self.key["theatre"],
            "inputs": self.digest,
            "command": kind,
            "options": options,
        }
        ident = json.dumps([kind, options], sort_keys=True).encode()
        return f"{kind}-{hashlib.sha256(ident).hexdigest()[:12]}", key

    def read_derived(
        self, kind: str, options: dict[str, str], build: Callable[[Any], T]
    ) -> T | None:
        """``build(value)`` of the value kept as ``kind`` under ``options``, or None (a miss;
        stale or damaged entries are said on stderr, and so is a value ``build`` refuses
        with KeyError, TypeError, ValueError, IndexError or AttributeError)."""
        name, key = self._derived_entry(kind, options)
        value = self._read(name, key)
        if value is None:
            return None
        try:
            return build(value)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            self._damaged(name, f"{type(exc).__name__}: {exc}")
            return None

    def write_derived(self, kind: str, options: dict[str, str], value: Any) -> None:
        """Keep ``value`` (plain values, arrays, frames) as ``kind`` under ``options``."""
        name, key = self._derived_entry(kind, options)
        self._write(name, key, value)

    # ---------------------------------------------------------------- a command's table
    def read_table(self, command: str, options: dict[str, str]) -> Table | None:
        """The table ``command`` printed under ``options`` from these inputs, or None."""
        return self.read_derived(f"table-{command}", options, Table.from_value)

    def write_table(self, command: str, options: dict[str, str], table: Table) -> None:
        """Keep the table ``command`` printed under ``options`` for the next identical run."""
        self.write_derived(f"table-{command}", options, table.value())

    # ---------------------------------------------------------------- files
    def _read(self, name: str, key: dict[str, Any]) -> Any:
        entry = self.folder / name
        manifest_path = entry / "manifest.json"
        try:
            if not os.path.lexists(manifest_path):
                return None
            manifest = json.loads(manifest_path.read_bytes())
            if not isinstance(manifest, dict) or manifest.get("schema") != SCHEMA:
                _note(
                    f"{self.key['theatre']}: {name} was written by another cache layout; rebuilding"
                )
                return None
            if manifest.get("key") != key:
                if name == "inputs":  # the faces follow their inputs: said once, here
                    why = _what_changed(manifest.get("key"), self.key)
                    _note(f"{self.key['theatre']}: {name} is stale ({why}); rebuilding")
                return None
            blobs = {}
            sums = manifest.get("files")
            for fname in _FILES:
                data = (entry / fname).read_bytes()
                if not isinstance(sums, dict) or hashlib.sha256(data).hexdigest() != sums.get(
                    fname
                ):
                    raise Damaged(f"{fname} does not match its checksum")
                blobs[fname] = data
            spec = json.loads(blobs["data.json"])
            with np.load(io.BytesIO(blobs["arrays.npz"]), allow_pickle=False) as npz:
                pack = Packer({k: npz[k] for k in npz.files})
            return _codec.decode(spec, pack)
        except FileNotFoundError as exc:
            self._damaged(name, f"{Path(str(exc.filename)).name} is missing")
        except (OSError, zipfile.BadZipFile, EOFError, ImportError) as exc:
            self._damaged(name, f"{type(exc).__name__}: {exc}")
        except (Damaged, ValueError, TypeError, RecursionError) as exc:
            self._damaged(name, str(exc))
        except Exception as exc:
            if not _is_shapely_error(exc):
                raise
            self._damaged(name, str(exc))
        return None

    def _damaged(self, name: str, why: str) -> None:
        _note(f"{self.key['theatre']}: {name} is damaged ({why}); rebuilding")

    def _write(self, name: str, key: dict[str, Any], value: Any) -> None:
        pack = Packer()
        try:
            spec = _codec.encode(value, pack)
        except Unsupported as exc:
            _note(f"{self.key['theatre']}: not cached ({exc})", once=f"unsupported {exc}")
            return
        buf = io.BytesIO()
        np.savez(buf, **pack.arrays)
        blobs = {
            "data.json": json.dumps(spec, allow_nan=False, separators=(",", ":")).encode(),
            "arrays.npz": buf.getvalue(),
        }
        manifest = {
            "schema": SCHEMA,
            "key": key,
            "files": {f: hashlib.sha256(b).hexdigest() for f, b in blobs.items()},
        }
        entry = self.folder / name
        try:
            entry.mkdir(parents=True, exist_ok=True)
            for fname, data in blobs.items():
                write_bytes(entry / fname, data)
            write_bytes(entry / "manifest.json", json.dumps(manifest, indent=1).encode())
        except (OSError, GeomapError) as exc:
            where = getattr(exc, "filename", None) or self.root
            reason = getattr(exc, "strerror", None) or exc
            _note(
                f"not written ({where}: {reason}); results are computed as usual"
                " (set GEOMAP_CACHE_DIR to a writable folder, or pass --no-cache)",
                once=f"unwritable {self.root}",
            )


def _is_shapely_error(exc: Exception) -> bool:
    """A GEOS error decoding a geometry (shapely is imported only when an entry holds one)."""
    errors = sys.modules.get("shapely.errors")
    return errors is not None and isinstance(exc, errors.ShapelyError)


class _LazyIndex:
    """The :class:`~geomap.names.NameIndex` of cached actors or places, built when first used.

    A run from the cache that resolves no name (``gains``, ``maps``) does not pay for it
    (1.5 s for 5,000 places).  Every attribute is the built index's.
    """

    def __init__(self, frame, others: str, **options: Any):
        self._source = (frame, others, options)
        self._index: NameIndex | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("_source", "_index"):
            raise AttributeError(name)
        if self._index is None:
            from ..names import NameIndex

            frame, others, options = self._source
            self._index = NameIndex(_entries(frame, others), **options)
        return getattr(self._index, name)


def _entries(frame, others: str) -> list[tuple[str, str, list[str]]]:
    """``(id, name, other names)`` of actors or places, as the loader gave them to its name index."""
    return [
        (ident, name or ident, list(alt))
        for ident, name, alt in zip(frame["id"], frame["name"], frame[others], strict=True)
    ]


@dataclasses.dataclass(frozen=True)
class Table:
    """A printed table as columns (:func:`geomap._csv.frame_columns` kinds ``float``, ``int``
    and ``text``), what it rests on (``meta``) and plain values the command needs besides."""

    names: list[str]
    columns: list[tuple[str, Any]]
    n_rows: int
    meta: dict[str, Any]
    extra: dict[str, Any]

    def value(self) -> dict[str, Any]:
        """The plain values and arrays the cache stores (:class:`Unsupported`: not storable)."""
        arrays = []
        for kind, values in self.columns:
            if kind == "text":
                arr = np.empty(len(values), dtype=object)
                arr[:] = values
                arrays.append(arr)
            elif kind in ("float", "int"):
                arrays.append(values)
            else:  # cells of any kind: not stored, rather than stored approximately
                raise Unsupported(f"a column of {kind}")
        return {
            "names": list(self.names),
            "kinds": [kind for kind, _ in self.columns],
            "columns": arrays,
            "n_rows": self.n_rows,
            "meta": self.meta,
            "extra": self.extra,
        }

    @classmethod
    def from_value(cls, value: dict[str, Any]) -> Table:
        """The table :meth:`value` described, checked in full (ValueError, TypeError when not)."""
        names, kinds, arrays = value["names"], value["kinds"], value["columns"]
        n_rows = value["n_rows"]
        if type(n_rows) is not int or not (len(names) == len(kinds) == len(arrays)):
            raise ValueError("names, kinds and columns differ in length")
        columns = []
        for name, kind, arr in zip(names, kinds, arrays, strict=True):
            if type(name) is not str or not isinstance(arr, np.ndarray) or arr.ndim != 1:
                raise TypeError("not a column")
            if len(arr) != n_rows:
                raise ValueError(f"column {name!r} has {len(arr)} rows, not {n_rows}")
            if kind == "text" and arr.dtype == object and all(type(v) is str for v in arr):
                columns.append((kind, arr.tolist()))
            elif (kind, arr.dtype.kind) in (("float", "f"), *(("int", k) for k in "iub")):
                columns.append((kind, arr))
            else:
                raise TypeError(f"column {name!r}: {kind} of dtype {arr.dtype}")
        if not isinstance(value["meta"], dict) or not isinstance(value["extra"], dict):
            raise TypeError("meta is not a table")
        return cls(list(names), columns, n_rows, value["meta"], value["extra"])


def open_store(path: str | Path, on_invalid: str, cache: bool | None = None) -> Store | None:
    """The :class:`Store` of a theatre folder (the one :func:`load_inputs_cached` uses), read
    without loading anything; None without the cache or when a file cannot be read."""
    use = cache_enabled() if cache is None else cache
    if not use:
        return None
    kept = _opened.get()
    if (
        kept is not None
        and kept.key["theatre"] == str(path)
        and kept.key["on_invalid"] == on_invalid
        and kept.key["allow_outside"] == is_outside_allowed()
        and kept.root == cache_dir()
    ):
        return kept  # opened moments ago in this process: its files' digests are not made again
    key = theatre_key(path, on_invalid)
    return None if key is None else Store(cache_dir(), key)


def load_inputs_cached(
    path: str | Path, *, on_invalid: OnInvalid = "raise", cache: bool | None = None
) -> tuple[TheatreInputs, Store | None]:
    """:func:`geomap.inputs.load_inputs` through the cache; also the theatre's :class:`Store`.

    ``cache=None`` follows :func:`caching` (on unless ``--no-cache``).  A theatre with
    problems raises :class:`~geomap.errors.InputError` as ever and is not cached.
    """
    from ..inputs import load_inputs

    store = open_store(path, on_invalid, cache)
    if store is None:
        return load_inputs(path, on_invalid=on_invalid), None
    inputs = store.read_inputs()
    if inputs is None:
        inputs = load_inputs(path, on_invalid=on_invalid)
        store.write_inputs(inputs)
    return inputs, store


# --------------------------------------------------------------------------- info / clear
def entries(root: str | Path | None = None) -> list[dict[str, Any]]:
    """Every entry in the cache folder: theatre, entry name, bytes."""
    base = Path(root) if root is not None else cache_dir()
    out = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for slot in sorted(base.iterdir()):
            if not _is_slot(slot):
                continue
            for entry in sorted(slot.iterdir()):
                man = entry / "manifest.json"
                try:
                    key = json.loads(man.read_bytes()).get("key", {})
                except (OSError, ValueError, AttributeError):
                    key = {}
                theatre = key.get("theatre") if isinstance(key, dict) else None
                size = sum(p.stat().st_size for p in entry.rglob("*") if p.is_file())
                out.append(
                    {"slot": slot.name, "entry": entry.name, "theatre": theatre, "bytes": size}
                )
    return out


def _is_slot(p: Path) -> bool:
    name = p.name
    return (
        len(name) == _SLOT_CHARS
        and all(c in "0123456789abcdef" for c in name)
        and p.is_dir()
        and not p.is_symlink()
    )


def clear(root: str | Path | None = None) -> int:
    """Remove every entry of the cache folder (only folders the cache made); returns how many."""
    base = Path(root) if root is not None else cache_dir()
    n = 0
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for slot in sorted(base.iterdir()):
            if _is_slot(slot):
                shutil.rmtree(slot)
                n += 1
    return n
