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
