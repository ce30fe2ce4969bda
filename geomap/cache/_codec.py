"""Values to plain arrays and JSON, and back: the derivation cache's file format, with no pickle.

A value is encoded into a JSON *spec* (a tree of ``{"t": kind, ...}`` nodes) and a set of
numpy arrays the spec names (``"a": "a12"``).  The arrays are saved with :func:`numpy.savez`
and read back with ``allow_pickle=False``; geometries travel as WKB bytes in a ``uint8``
array with offsets.  Decoding builds only what the spec describes: plain Python values,
numpy arrays, pandas/geopandas frames, shapely geometries, pyproj CRSs and the dataclasses
listed in :data:`DATACLASSES`, so a cache file can never make Python run code of its choosing.

pandas, geopandas, shapely and pyproj are imported only to encode or decode their own
values: a file of plain values and arrays (a ``gains`` entry) is read with numpy alone.

A value the codec cannot reproduce exactly raises :class:`Unsupported` while encoding (the
cache is then not written), never an approximation.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Unsupported", "Damaged", "Packer", "encode", "decode"]


class Unsupported(TypeError):
    """A value the cache cannot store exactly (the cache is then not written)."""


class Damaged(ValueError):
    """A cache file whose content does not decode as the codec wrote it."""


#: The dataclasses a cache file may name, by the name it uses: decoding builds no other class.
DATACLASSES: dict[str, type] = {}


def register(name: str) -> Callable[[type], type]:
    """Allow the dataclass ``cls`` in cache files, under ``name``."""

    def add(cls: type) -> type:
        DATACLASSES[name] = cls
        return cls

    return add


class Packer:
    """The arrays of one cache file, by the names the spec uses."""

    def __init__(self, arrays: dict[str, np.ndarray] | None = None):
        self.arrays: dict[str, np.ndarray] = {} if arrays is None else arrays

    def put(self, arr: np.ndarray) -> str:
        name = f"a{len(self.arrays)}"
        self.arrays[name] = np.ascontiguousarray(arr)
        return name

    def get(self, name: Any) -> np.ndarray:
        try:
            return self.arrays[name]
        except (KeyError, TypeError):
            raise Damaged(f"array {name!r} is missing") from None


_PLAIN = (str, bool, int, type(None))
#: pandas' nullable dtypes (values + mask)
_MASKED = {
    "boolean",
    *(f"{s}{n}" for s in ("Int", "UInt") for n in (8, 16, 32, 64)),
    "Float32",
    "Float64",
}


# --------------------------------------------------------------------------- geometries
def _loaded(module: str, name: str) -> Any:
    """``module.name`` when ``module`` is imported, else None: a value of a class not yet
    imported cannot be at hand, so asking costs no import."""
    mod = sys.modules.get(module)
    return None if mod is None else getattr(mod, name, None)


def _put_geoms(values: np.ndarray, pack: Packer) -> dict:
    """Geometries (or None) as WKB bytes concatenated, with lengths (-1: None)."""
    import shapely

    wkb = shapely.to_wkb(values, output_dimension=3, flavor="iso")
    lengths = np.fromiter(
        (-1 if b is None else len(b) for b in wkb), dtype=np.int64, count=len(wkb)
    )
    blob = b"".join(b for b in wkb if b is not None)
    return {
        "t": "geoms",
        "a": pack.put(np.frombuffer(blob, dtype=np.uint8)),
        "n": pack.put(lengths),
    }


def _get_geoms(spec: dict, pack: Packer) -> np.ndarray:
    blob = pack.get(spec["a"]).tobytes()
    lengths = pack.get(spec["n"])
    if lengths.dtype != np.int64 or int(np.maximum(lengths, 0).sum()) != len(blob):
        raise Damaged("geometry lengths do not match the WKB bytes")
    wkb = np.empty(len(lengths), dtype=object)
    ends = np.cumsum(np.maximum(lengths, 0))
    starts = ends - np.maximum(lengths, 0)
    for i, (a, b, n) in enumerate(
        zip(starts.tolist(), ends.tolist(), lengths.tolist(), strict=True)
    ):
        wkb[i] = None if n < 0 else blob[a:b]
    import shapely

    try:
        return shapely.from_wkb(wkb)
    except shapely.errors.GEOSException as exc:
        raise Damaged(f"bad WKB: {exc}") from None


def _is_geom(v: Any) -> bool:
    geometry = _loaded("shapely", "Geometry")
    return geometry is not None and isinstance(v, geometry)


# --------------------------------------------------------------------------- scalars
def _scalar(v: Any) -> dict | None:
    """A scalar's spec, or None when ``v`` is no scalar the codec knows."""
    if isinstance(v, np.bool_):
        return {"t": "np", "d": "bool", "v": bool(v)}
    if isinstance(v, np.generic):
        if v.dtype.kind not in "iuf":
            return None
        return {"t": "np", "d": v.dtype.str, "v": repr(v.item())}
    kind = type(v)  # exact types: a subclass (a Timestamp, an enum) would come back as its base
    if kind in _PLAIN:
        return {"t": "j", "v": v}
    if kind is float:
        return {"t": "f", "v": repr(v)}
    if kind is dt.datetime and v.tzinfo is None:
        return {"t": "datetime", "v": v.isoformat()}
    if kind is dt.date:
        return {"t": "date", "v": v.isoformat()}
    if kind is type(Path()):
        return {"t": "path", "v": str(v)}
    return None


def _float(text: Any) -> float:
    if not isinstance(text, str):
        raise Damaged(f"{text!r} is not a number")
    try:
        return float(text)
    except ValueError:
        raise Damaged(f"{text!r} is not a number") from None


# --------------------------------------------------------------------------- columns
def _object_column(values: np.ndarray, pack: Packer) -> dict:
    """An object column: fast paths for the homogeneous kinds, else one spec per cell."""
    types = set(map(type, values))
    strs = types <= {str, type(None)}
    if strs:
        return {"t": "strs", "v": values.tolist()}
    if types <= {dt.date, type(None)}:  # days as one datetime64[D] array, None as NaT
        days = np.array([v if v is not None else "NaT" for v in values], dtype="datetime64[D]")
        return {"t": "days", "a": pack.put(days)}
    if types and all(t is type(None) or _is_geom_type(t) for t in types):
        return {"t": "geomcol", "g": _put_geoms(values, pack)}
    if types <= {list, type(None)} and all(
        v is None or all(type(x) is str for x in v) for v in values
    ):
        return {"t": "strlists", "v": values.tolist()}
    return {"t": "cells", "v": [encode(v, pack) for v in values]}


def _is_geom_type(t: type) -> bool:
    geometry = _loaded("shapely", "Geometry")
    return geometry is not None and issubclass(t, geometry)


def _object_values(spec: dict, pack: Packer) -> np.ndarray:
    kind = spec.get("t")
    if kind == "geomcol":
        return _get_geoms(spec["g"], pack)
    if kind == "days":
        return _get_days(spec, pack)
    if kind == "cells":
        cells = [decode(v, pack) for v in _list(spec["v"])]
    elif kind == "dates":
        cells = [None if v is None else dt.date.fromordinal(_int(v)) for v in _list(spec["v"])]
    elif kind == "strs":
        cells = _list(spec["v"])
        if not all(type(v) is str or v is None for v in cells):
            raise Damaged("a text column holds something else")
        out = np.empty(len(cells), dtype=object)
        out[:] = cells  # text only: no cell is a sequence numpy would spread
        return out
    elif kind == "strlists":
        cells = _list(spec["v"])
    else:
        raise Damaged(f"unknown column kind {kind!r}")
    out = np.empty(len(cells), dtype=object)
    for i, v in enumerate(cells):
        out[i] = v
    return out


#: datetime.date's range as datetime64[D]: a day beyond it would come back as a number.
_DAY_RANGE = (np.datetime64(dt.date.min, "D"), np.datetime64(dt.date.max, "D"))


def _get_days(spec: dict, pack: Packer) -> np.ndarray:
    """``datetime.date`` objects (None for NaT) made by numpy from one datetime64[D] array."""
    days = pack.get(spec["a"])
    if days.dtype != np.dtype("datetime64[D]") or days.ndim != 1:
        raise Damaged(f"days of dtype {days.dtype}")
    known = days[~np.isnat(days)]
    if len(known) and (known.min() < _DAY_RANGE[0] or known.max() > _DAY_RANGE[1]):
        raise Damaged("a day out of range")
    return days.astype(object)


def _column(s: pd.Series, pack: Packer) -> dict:
    import pandas as pd

    dtype = s.dtype
    name = s.name
    if not isinstance(name, str):
        raise Unsupported(f"column name {name!r} is not text")
    if getattr(dtype, "name", "") == "geometry":
        return {"name": name, "t": "geometry", "g": _put_geoms(np.asarray(s.values), pack)}
    if isinstance(dtype, np.dtype):
        if dtype.kind == "O":
            return {"name": name, "t": "object", "c": _object_column(s.to_numpy(), pack)}
        if dtype.kind in "biufmM":
            return {"name": name, "t": "numpy", "a": pack.put(s.to_numpy())}
        raise Unsupported(f"column {name!r}: dtype {dtype}")
    if isinstance(dtype, pd.StringDtype):
        na = "nan" if _is_nan(dtype.na_value) else "NA"
        vals = s.to_numpy(dtype=object).tolist()
        for i in np.flatnonzero(s.isna().to_numpy()).tolist():  # NA or NaN: None
            vals[i] = None
        spec = {"name": name, "t": "string", "storage": dtype.storage, "na": na}
        if dtype.storage == "pyarrow":  # read back as arrow's own buffers, not cell by cell
            return {**spec, "utf8": _put_texts(vals, pack)}
        return {**spec, "v": vals}
    numpy_dtype = getattr(dtype, "numpy_dtype", None)
    if str(dtype) in _MASKED and isinstance(numpy_dtype, np.dtype):
        fill = False if numpy_dtype.kind == "b" else 0
        return {
            "name": name,
            "t": "masked",
            "dtype": str(dtype),
            "a": pack.put(s.to_numpy(dtype=numpy_dtype, na_value=fill)),
            "m": pack.put(s.isna().to_numpy()),
        }
    raise Unsupported(f"column {name!r}: dtype {dtype}")


def _put_texts(values: list[str | None], pack: Packer) -> dict:
    """Text (or None) as UTF-8 bytes concatenated, their offsets and a mask of the missing."""
    try:
        encoded = [b"" if v is None else v.encode("utf-8") for v in values]
    except UnicodeEncodeError as exc:  # a lone surrogate: not text arrow can hold
        raise Unsupported(f"text that is not UTF-8 ({exc.reason})") from None
    offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=offsets[1:])
    return {
        "d": pack.put(np.frombuffer(b"".join(encoded), dtype=np.uint8)),
        "o": pack.put(offsets),
        "m": pack.put(np.array([v is None for v in values], dtype=bool)),
    }


def _get_texts(spec: dict, pack: Packer) -> Any:
    """The arrow ``large_string`` array :func:`_put_texts` describes, checked in full."""
    import pyarrow as pa

    data, offsets, missing = pack.get(spec["d"]), pack.get(spec["o"]), pack.get(spec["m"])
    if data.dtype != np.uint8 or offsets.dtype != np.int64 or missing.dtype != bool:
        raise Damaged("text arrays of the wrong type")
    n = len(missing)
    if len(offsets) != n + 1 or offsets[0] != 0 or offsets[-1] != len(data):
        raise Damaged("text offsets do not match the bytes")
    valid = pa.py_buffer(np.packbits(~missing, bitorder="little"))
    arr = pa.Array.from_buffers(
        pa.large_string(),
        n,
        [valid, pa.py_buffer(offsets), pa.py_buffer(data)],
        null_count=int(missing.sum()),
    )
    try:
        arr.validate(full=True)  # offsets in order, every value UTF-8
    except pa.ArrowInvalid as exc:
        raise Damaged(f"bad text: {exc}") from None
    return arr


def _is_nan(v: Any) -> bool:
    return isinstance(v, float) and math.isnan(v)


def _series(spec: dict, pack: Packer) -> tuple[str, Any]:
    name, kind = spec.get("name"), spec.get("t")
    if not isinstance(name, str):
        raise Damaged("a column has no name")
    if kind == "geometry":
        from geopandas.array import GeometryArray

        return name, GeometryArray(_get_geoms(spec["g"], pack))
    if kind == "numpy":
        arr = pack.get(spec["a"])
        if arr.dtype.kind not in "biufmM":
            raise Damaged(f"column {name!r}: dtype {arr.dtype}")
        return name, arr
    if kind == "object":
        return name, _object_values(spec["c"], pack)
    if kind in ("string", "masked"):
        return name, _pandas_array(name, kind, spec, pack)
    raise Damaged(f"column {name!r}: unknown kind {kind!r}")


def _pandas_array(name: str, kind: str, spec: dict, pack: Packer) -> Any:
    """A column of one of pandas' own dtypes (text, nullable numbers)."""
    import pandas as pd

    if kind == "string":
        na = np.nan if spec.get("na") == "nan" else pd.NA
        dtype = pd.StringDtype(storage=spec.get("storage"), na_value=na)
        if "utf8" in spec:
            if dtype.storage != "pyarrow":
                raise Damaged(f"column {name!r}: arrow text in {dtype.storage} storage")
            return pd.array(_get_texts(spec["utf8"], pack), dtype=dtype)
        return pd.array(_list(spec["v"]), dtype=dtype)
    if spec.get("dtype") not in _MASKED:
        raise Damaged(f"column {name!r}: dtype {spec.get('dtype')!r}")
    dtype = pd.api.types.pandas_dtype(spec["dtype"])
    values, mask = pack.get(spec["a"]), pack.get(spec["m"])
    if values.dtype != dtype.numpy_dtype or mask.dtype != bool:
        raise Damaged(f"column {name!r}: arrays of the wrong type")
    return dtype.construct_array_type()(values, mask)


# --------------------------------------------------------------------------- frames
def _frame(df: pd.DataFrame, pack: Packer) -> dict:
    import geopandas as gpd
    import pandas as pd

    if df.columns.has_duplicates:
        raise Unsupported("a frame with duplicate column names")
    idx = df.index
    if not (isinstance(idx, pd.RangeIndex) and idx.name is None):
        raise Unsupported("a frame whose index is not a plain range")
    geo = None
    crs = None
    if isinstance(df, gpd.GeoDataFrame):
        geo = df._geometry_column_name
        crs = None if df.crs is None else df.crs.to_wkt()
    return {
        "t": "frame",
        "range": [idx.start, idx.stop, idx.step],
        "columns": [_column(df[c], pack) for c in df.columns],
        "geo": geo,
        "crs": crs,
        "attrs": encode(dict(df.attrs), pack),
    }


def _get_frame(spec: dict, pack: Packer) -> pd.DataFrame:
    import pandas as pd

    start, stop, step = (_int(x) for x in _list(spec["range"]))
    index = pd.RangeIndex(start, stop, step)
    cols = [_series(c, pack) for c in _list(spec["columns"])]
    for name, values in cols:
        if len(values) != len(index):
            raise Damaged(f"column {name!r} has {len(values)} rows, not {len(index)}")
    df = pd.DataFrame({name: values for name, values in cols}, index=index)
    if not cols:
        df = pd.DataFrame(index=index)
    if spec.get("geo") is not None:
        import geopandas as gpd
        from pyproj import CRS

        crs = spec.get("crs")
        df = gpd.GeoDataFrame(
            df, geometry=spec["geo"], crs=None if crs is None else CRS.from_wkt(crs)
        )
    df.attrs.update(decode(spec["attrs"], pack))
    return df


# --------------------------------------------------------------------------- any value
def encode(value: Any, pack: Packer) -> dict:
    """The spec of ``value``; its arrays go to ``pack``.  :class:`Unsupported` for anything else."""
    s = _scalar(value)
    if s is not None:
        return s
    frame = _loaded("pandas", "DataFrame")
    if frame is not None and isinstance(value, frame):
        return _frame(value, pack)
    if isinstance(value, np.ndarray):
        return _ndarray(value, pack)
    if type(value) is dict:
        if not all(isinstance(k, str) for k in value):
            raise Unsupported("a dict with keys that are not text")
        if len(value) > 1 and all(type(v) in _PLAIN for v in value.values()):
            return {"t": "pdict", "k": list(value), "v": list(value.values())}  # one decode
        return {"t": "dict", "v": {k: encode(v, pack) for k, v in value.items()}}
    if type(value) in (list, tuple):
        if type(value) is list and value and all(_is_geom(v) for v in value):
            return {"t": "geomlist", "g": _put_geoms(np.array(value, dtype=object), pack)}
        ragged = _ragged(value, pack)
        if ragged is not None:
            return ragged
        return {"t": type(value).__name__, "v": [encode(v, pack) for v in value]}
    if _is_geom(value):
        return {"t": "geom", "g": _put_geoms(np.array([value], dtype=object), pack)}
    crs = _loaded("pyproj", "CRS")
    if crs is not None and isinstance(value, crs):
        return {"t": "crs", "v": value.to_wkt()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _dataclass(value, pack)
    raise Unsupported(f"a value of type {type(value).__name__}")


def _ndarray(arr: np.ndarray, pack: Packer) -> dict:
    if arr.dtype.kind in "biufmM":
        return {"t": "nd", "a": pack.put(arr)}
    if arr.dtype.kind == "O" and arr.ndim == 1:
        if all(v is None or _is_geom(v) for v in arr):
            return {"t": "ndgeoms", "g": _put_geoms(arr, pack)}
        return {"t": "ndobj", "c": _object_column(arr, pack)}
    raise Unsupported(f"an array of dtype {arr.dtype}")


def _ragged(items: list | tuple, pack: Packer) -> dict | None:
    """A list of 1-d numeric arrays of one dtype as one array and lengths (e.g. faces per place)."""
    if not items or not isinstance(items, list):
        return None
    first = items[0]
    if not (isinstance(first, np.ndarray) and first.dtype.kind in "biuf"):
        return None
    if not all(isinstance(x, np.ndarray) and x.ndim == 1 and x.dtype == first.dtype for x in items):
        return None
    lengths = np.fromiter((len(x) for x in items), dtype=np.int64, count=len(items))
    return {"t": "ragged", "a": pack.put(np.concatenate(items)), "n": pack.put(lengths)}


def _dataclass(value: Any, pack: Packer) -> dict:
    name = next((k for k, cls in DATACLASSES.items() if type(value) is cls), None)
    if name is None:
        raise Unsupported(f"the class {type(value).__name__} is not registered")
    fields = {
        f.name: encode(getattr(value, f.name), pack) for f in dataclasses.fields(value) if f.init
    }
    return {"t": "dc", "cls": name, "v": fields}


def decode(spec: Any, pack: Packer) -> Any:
    """The value ``spec`` describes.  :class:`Damaged` when it is not a spec the codec writes."""
    if not isinstance(spec, dict):
        raise Damaged(f"{type(spec).__name__} where a value was expected")
    kind = spec.get("t")
    fn = _DECODERS.get(kind)  # type: ignore[arg-type]
    if fn is None:
        raise Damaged(f"unknown kind {kind!r}")
    try:
        return fn(spec, pack)
    except Damaged:
        raise
    except (
        KeyError,
        TypeError,
        ValueError,
        IndexError,
        AttributeError,
        ArithmeticError,
        RecursionError,
    ) as exc:
        raise Damaged(f"{kind}: {type(exc).__name__}: {exc}") from None


def _list(v: Any) -> list:
    if not isinstance(v, list):
        raise Damaged(f"{type(v).__name__} where a list was expected")
    return v


def _int(v: Any) -> int:
    if type(v) is not int:
        raise Damaged(f"{v!r} is not a whole number")
    return v


def _plain(spec: dict, pack: Packer) -> Any:
    v = spec["v"]
    if type(v) not in _PLAIN:
        raise Damaged(f"{type(v).__name__} is not a plain value")
    return v


def _plain_dict(spec: dict, pack: Packer) -> dict:
    """A dict of text keys and plain values (``str``, ``bool``, ``int``, None) in two lists."""
    keys, values = _list(spec["k"]), _list(spec["v"])
    if len(keys) != len(values) or not all(type(k) is str for k in keys):
        raise Damaged("a table's keys do not match its values")
    if not all(type(v) in _PLAIN for v in values):
        raise Damaged("a table of plain values holds something else")
    return dict(zip(keys, values, strict=True))


def _np_scalar(spec: dict, pack: Packer) -> Any:
    d = spec["d"]
    if d == "bool":
        return np.bool_(bool(spec["v"]))
    dtype = np.dtype(d)
    if dtype.kind not in "iuf":
        raise Damaged(f"dtype {d!r}")
    text = spec["v"]
    return dtype.type(_float(text) if dtype.kind == "f" else int(text))


def _get_ragged(spec: dict, pack: Packer) -> list[np.ndarray]:
    values, lengths = pack.get(spec["a"]), pack.get(spec["n"])
    if lengths.dtype != np.int64 or int(lengths.sum()) != len(values) or (lengths < 0).any():
        raise Damaged("ragged lengths do not match the values")
    return [a.copy() for a in np.split(values, np.cumsum(lengths)[:-1])] if len(lengths) else []


def _get_nd(spec: dict, pack: Packer) -> np.ndarray:
    arr = pack.get(spec["a"])
    if arr.dtype.kind not in "biufmM":
        raise Damaged(f"dtype {arr.dtype}")
    return arr


def _get_dataclass(spec: dict, pack: Packer) -> Any:
    cls = DATACLASSES.get(spec["cls"])
    if cls is None:
        raise Damaged(f"class {spec['cls']!r} is not one a cache file may name")
    fields = spec["v"]
    if not isinstance(fields, dict):
        raise Damaged("dataclass fields are not a table")
    return cls(**{str(k): decode(v, pack) for k, v in fields.items()})


def _crs(wkt: Any) -> Any:
    from pyproj import CRS

    return CRS.from_wkt(wkt)


_DECODERS: dict[str, Callable[[dict, Packer], Any]] = {
    "j": _plain,
    "f": lambda s, p: _float(s["v"]),
    "np": _np_scalar,
    "date": lambda s, p: dt.date.fromisoformat(s["v"]),
    "datetime": lambda s, p: dt.datetime.fromisoformat(s["v"]),
    "path": lambda s, p: Path(s["v"]),
    "frame": _get_frame,
    "nd": _get_nd,
    "ndgeoms": lambda s, p: _get_geoms(s["g"], p),
    "ndobj": lambda s, p: _object_values(s["c"], p),
    "dict": lambda s, p: {str(k): decode(v, p) for k, v in s["v"].items()},
    "pdict": _plain_dict,
    "list": lambda s, p: [decode(v, p) for v in _list(s["v"])],
    "tuple": lambda s, p: tuple(decode(v, p) for v in _list(s["v"])),
    "ragged": _get_ragged,
    "geom": lambda s, p: _get_geoms(s["g"], p)[0],
    "geomlist": lambda s, p: list(_get_geoms(s["g"], p)),
    "crs": lambda s, p: _crs(s["v"]),
    "dc": _get_dataclass,
}
