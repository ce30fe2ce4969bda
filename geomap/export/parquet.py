"""GeoParquet 1.1 (via pyarrow, the optional extra ``geomap[parquet]``).

``export_parquet(theatre, "x.parquet")`` writes four files side by side:

* ``x.parquet`` — the control: one row per actor and validity interval (``valid_from``
  inclusive, ``valid_to`` exclusive), with ``area_km2`` as computed;
* ``x.places.parquet``, ``x.events.parquet`` — GeoParquet with point geometry;
* ``x.ledger.parquet`` — plain Parquet (no geometry).

Each file's Parquet metadata carries the assumptions (key ``geomap_assumptions``). Every
file is written to a temporary name in the target folder and renamed, so a failed export
leaves no half-written file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import GeomapError
from ..paths import atomic_path, output_file
from .layers import assumptions_metadata, export_layers

__all__ = ["export_parquet", "parquet_paths"]


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise GeomapError(
            "GeoParquet needs the optional extra: pip install 'geomap[parquet]' (pyarrow)"
        ) from exc
    return pyarrow, pq


def parquet_paths(path: str | Path) -> dict[str, Path]:
    """The file each layer goes to: ``control`` at ``path``, the others beside it.

    >>> {k: v.name for k, v in parquet_paths("out/syria.parquet").items()}
    {'control': 'syria.parquet', 'places': 'syria.places.parquet', 'events': 'syria.events.parquet', 'ledger': 'syria.ledger.parquet'}
    """
    path = Path(path)
    stem = path.name[: -len(".parquet")]
    return {
        "control": path,
        **{k: path.with_name(f"{stem}.{k}.parquet") for k in ("places", "events", "ledger")},
    }


def _write_atomic(write, target: Path) -> None:
    with atomic_path(target) as tmp:
        write(tmp)


def export_parquet(
    theatre: Any, path: str | Path, *, date=None, by: str = "day"
) -> dict[str, Path]:
    """Write the control, places, events and ledger as GeoParquet 1.1 files.

    Parameters
    ----------
    theatre : geomap.Theatre
    path : str or Path
        The control layer's file, ending in ``.parquet``; the other layers go beside it
        (see :func:`parquet_paths`). Existing files of those names are replaced.
    date, by
        As :func:`geomap.export.export_gpkg`.

    Returns
    -------
    dict
        Layer name → file written.
    """
    path = Path(path)
    if path.suffix.lower() != ".parquet":
        raise GeomapError(f"{path}: a GeoParquet file name must end in .parquet")
    for target in parquet_paths(path).values():
        output_file(target, what="GeoParquet file")  # before any work
    pa, pq = _pyarrow()
    layers = export_layers(theatre, date=date, by=by, what="GeoParquet")
    meta = assumptions_metadata(theatre.assumptions)
    paths = parquet_paths(path)
    for name, target in paths.items():
        frame = layers[name]
        if name == "ledger":
            table = pa.Table.from_pandas(frame, preserve_index=False)
            table = table.replace_schema_metadata({**(table.schema.metadata or {}), **meta})
            _write_atomic(lambda tmp, t=table: pq.write_table(t, tmp), target)
        else:
            frame = frame.copy()
            frame.attrs = {}
            _write_atomic(
                lambda tmp, f=frame: f.to_parquet(
                    tmp, index=False, schema_version="1.1.0", write_covering_bbox=True
                ),
                target,
            )
            _add_metadata(pq, target, meta)
    return paths


def _add_metadata(pq, target: Path, meta: dict[str, str]) -> None:
    table = pq.read_table(target)
    merged = {**(table.schema.metadata or {}), **{k.encode(): v.encode() for k, v in meta.items()}}
    _write_atomic(lambda tmp: pq.write_table(table.replace_schema_metadata(merged), tmp), target)
