"""Who held each face of a tessellation, over time: :class:`FaceLog` (numpy only).

Kept apart from :mod:`geomap.territory` (which builds it) so that the ledger can be worked
from a kept log without importing shapely or pyproj (``geomap gains`` from the derivation
cache).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

__all__ = ["FaceLog"]


@dataclass
class FaceLog:
    """Who held each face, over time.

    ``initial`` is the holder of every face at the snapshot (actor index, -1 =
    nobody).  The change arrays list, in application order, every face whose
    holder an event changed: ``seq`` (event), ``day`` (ordinal of the event's
    day), ``face``, ``old`` and ``new`` holders.
    """

    initial: np.ndarray
    seq: np.ndarray
    day: np.ndarray
    face: np.ndarray
    old: np.ndarray
    new: np.ndarray

    _checkpoints: list[np.ndarray] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    _step: int = field(default=0, init=False, repr=False, compare=False)

    def owners_at(self, day_ordinal: int | None) -> np.ndarray:
        """Holder of every face after all events on or before a day (ordinal).

        Starts from the nearest of at most ~64 saved holdings (made on the
        first call), so a call costs the changes since that holding, not the
        whole log.
        """
        n = (
            len(self.day)
            if day_ordinal is None
            else int(np.searchsorted(self.day, day_ordinal, side="right"))
        )
        if not self._checkpoints:
            self._make_checkpoints()
        k = n // self._step
        return _apply_changes(
            self._checkpoints[k], self.face[k * self._step : n], self.new[k * self._step : n]
        )

    def holder_runs(self, start: int, end: int) -> list[tuple[int, int, int | None, np.ndarray]]:
        """The faces grouped by unbroken holding from day ``start`` to day ``end`` (ordinals).

        Each run is ``(holder, since, until, faces)``: the faces (ascending) that
        ``holder`` held from the end of day ``since`` until the end of day ``until``
        (exclusive; None: still held at ``end``), as the holding at the end of each day
        gives it (``start``'s holding first).  Runs are sorted by ``since``, then
        holder, then where each is first met face by face (each face's runs in day order).
        """
        owner0 = self.owners_at(start)
        sel = (self.day > start) & (self.day <= end)
        face, day, new = self.face[sel], self.day[sel], self.new[sel]
        # the holder at the end of each (face, day): its last change that day
        order = np.lexsort((np.arange(len(face)), day, face))
        face, day, new = face[order], day[order], new[order]
        last = np.r_[(face[1:] != face[:-1]) | (day[1:] != day[:-1]), True] if len(face) else []
        face, day, new = face[last], day[last], new[last]
        before = np.empty_like(new)  # the holder before each day's change: the day before's
        first = np.r_[True, face[1:] != face[:-1]] if len(face) else np.zeros(0, dtype=bool)
        before[1:] = new[:-1]
        before[first] = owner0[face[first]]
        moved = new != before
        face, day, new = face[moved], day[moved], new[moved]
        # runs: each face's holding at start, then one from each change, each until the next
        n_faces, still = len(owner0), np.iinfo(np.int64).max
        until0 = np.full(n_faces, still, dtype=np.int64)
        first = np.r_[True, face[1:] != face[:-1]] if len(face) else np.zeros(0, dtype=bool)
        until0[face[first]] = day[first]
        until = np.full(len(face), still, dtype=np.int64)
        same = face[1:] == face[:-1]
        until[:-1][same] = day[1:][same]
        r_face = np.concatenate([np.arange(n_faces, dtype=np.int64), face.astype(np.int64)])
        r_holder = np.concatenate([owner0, new]).astype(np.int64)
        r_since = np.concatenate([np.full(n_faces, start, dtype=np.int64), day.astype(np.int64)])
        r_until = np.concatenate([until0, until])
        walk = np.lexsort((r_since, r_face))  # face by face, each face's runs in day order
        r_face, r_holder = r_face[walk], r_holder[walk]
        r_since, r_until = r_since[walk], r_until[walk]
        keys = np.stack([r_holder, r_since, r_until], axis=1)
        _, seen, group = np.unique(keys, axis=0, return_index=True, return_inverse=True)
        group = group.ravel()
        runs = np.lexsort((seen, r_holder[seen], r_since[seen]))  # since, holder, first met
        by_group = np.argsort(group, kind="stable")  # each run's faces, ascending
        bounds = np.r_[0, np.cumsum(np.bincount(group, minlength=len(seen)))]
        faces = r_face[by_group]
        out = []
        for g in runs.tolist():
            k = seen[g]
            end_day = int(r_until[k])
            out.append(
                (
                    int(r_holder[k]),
                    int(r_since[k]),
                    None if end_day == still else end_day,
                    faces[bounds[g] : bounds[g + 1]],
                )
            )
        return out

    def _make_checkpoints(self) -> None:
        """The holding after every ``_step`` changes (``_checkpoints[k]``: after ``k * _step``)."""
        self._step = max(2048, -(-len(self.face) // 64))
        owner = self.initial.copy()
        self._checkpoints = [owner.copy()]
        for lo in range(0, len(self.face) - self._step + 1, self._step):
            owner = _apply_changes(
                owner, self.face[lo : lo + self._step], self.new[lo : lo + self._step]
            )
            self._checkpoints.append(owner)


def _apply_changes(owner: np.ndarray, face: np.ndarray, new: np.ndarray) -> np.ndarray:
    """A copy of ``owner`` with the changes applied in order (the last change of a face wins)."""
    owner = owner.copy()
    if len(face):
        uniq, idx = np.unique(face[::-1], return_index=True)  # the last change of each face
        owner[uniq] = new[::-1][idx]
    return owner
