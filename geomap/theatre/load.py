"""``load_theatre``: a theatre folder, a snapshot theatre or a PostGIS store, loaded."""

from __future__ import annotations

from pathlib import Path

from ..cache import load_inputs_cached
from ..errors import ArgumentError, Problem
from ..inputs import is_snapshot_theatre
from ..paths import outside_allowed
from ..pgstore import is_store_url
from ..repair import OnInvalid
from .core import Theatre
from .face import TheatreLike

__all__ = ["load_theatre"]


def load_theatre(
    path: str | Path,
    *,
    cell_radius_km: float | None = None,
    on_invalid: OnInvalid = "raise",
    confidence: str | None = None,
    allow_outside: bool = False,
    cache: bool | None = None,
) -> TheatreLike:
    """Load a theatre folder.

    Parameters
    ----------
    path : str or Path
        Folder holding theatre.toml, actors.csv, places.csv, control.csv,
        events.csv (and optionally areas.geojson, claims.csv); or a snapshot
        theatre, whose theatre.toml has a ``[snapshots]`` table (dated control
        polygons, see :mod:`geomap.snapshots`); or a PostGIS store URL
        ``postgresql://.../DB?theatre=NAME`` written by ``geomap export`` (see
        :mod:`geomap.pgstore`; needs the ``postgis`` extra).
    cell_radius_km : float, optional
        Override the cell radius of theatre.toml (event theatres only).
    on_invalid : {"raise", "warn", "fix"}
        Invalid polygons: an error (default) or repaired and reported;
        ``"warn"`` (snapshot theatres only) leaves them out, reported
        (:data:`geomap.repair.OnInvalid`).
    confidence : {"confirmed", "claimed", "disputed"}, optional
        Count only events at least this sure (``"confirmed"``: confirmed
        events only); the others are rejected, with the reason, in
        :meth:`Theatre.event_ledger`.  Default: every event.
    allow_outside : bool, default False
        Let theatre.toml name files outside the theatre folder (``[aoi] path``,
        ``[regions] path``, ``[snapshots] folders``), as ``--allow-outside`` or
        ``[theatre] allow_outside = true`` do (:func:`geomap.paths.theatre_path`).
    cache : bool, optional
        Read and keep the validated inputs and the faces in the derivation cache
        (:mod:`geomap.cache`: ``$GEOMAP_CACHE_DIR``, else ``~/.cache/geomap``), so
        a second load of an unchanged theatre skips validation and tessellation;
        results are identical either way.  ``False``: no cache.  Default: on,
        unless inside ``geomap.cache.caching(False)`` (``--no-cache``).  Theatre
        folders only (not snapshot theatres or stores).

    Returns
    -------
    TheatreLike
        A :class:`Theatre`, or a :class:`geomap.snapshots.SnapshotSeries` for
        a snapshot theatre; both answer the face :class:`TheatreLike`
        (``check``, ``control``, ``ledger``, ``claims``, ``event_ledger``,
        ``map``, ``timeline``, ``write_maps``) and also have ``changes``,
        ``held_series`` and ``intervals``.

    Raises
    ------
    geomap.errors.InputError
        Listing every problem in the input files.

    Examples
    --------
    >>> th = load_theatre("tests/data/tiny")     # doctest: +SKIP
    >>> th.ledger(by="month")                     # doctest: +SKIP
    """
    with outside_allowed(allow_outside):
        return _load(path, cell_radius_km, on_invalid, confidence, cache)


def _load(
    path: str | Path,
    cell_radius_km: float | None,
    on_invalid: OnInvalid,
    confidence: str | None,
    cache: bool | None,
) -> TheatreLike:
    if is_store_url(path):
        from ..pgstore import read_store_inputs

        inputs, events_file = read_store_inputs(str(path), on_invalid=on_invalid)
        theatre = Theatre(inputs, cell_radius_km=cell_radius_km, confidence=confidence)
        theatre.events_file = events_file
        theatre.on_invalid = on_invalid
        return theatre
    path = Path(path)
    if is_snapshot_theatre(path):
        from ..snapshots import load_snapshot_theatre

        if cell_radius_km is not None or confidence is not None:
            raise ArgumentError(
                Problem(
                    str(path / "theatre.toml"),
                    None,
                    "snapshots",
                    "a snapshot theatre has its territory given per date: there is no cell radius"
                    " and no event confidence",
                    "leave out --radius / cell_radius_km and --confidence",
                )
            )
        return load_snapshot_theatre(path, on_invalid=on_invalid)
    inputs, store = load_inputs_cached(path, on_invalid=on_invalid, cache=cache)
    th = Theatre(inputs, cell_radius_km=cell_radius_km, confidence=confidence)
    th.on_invalid = on_invalid  # also for the regions of theatre.toml
    th.derivation_cache = store
    return th
