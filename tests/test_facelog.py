"""FaceLog.holder_runs: the faces grouped by unbroken holding (Theatre.intervals' pieces)."""

from __future__ import annotations

import numpy as np
import pytest

from geomap.facelog import FaceLog


def _walk(log: FaceLog, start: int, end: int) -> list[tuple[int, int, int | None, list[int]]]:
    """The face-by-face walk intervals() made before holder_runs (the reference)."""
    owner0 = log.owners_at(start)
    sel = (log.day > start) & (log.day <= end)
    last: dict[tuple[int, int], int] = {}
    for f, d, n in zip(
        log.face[sel].tolist(), log.day[sel].tolist(), log.new[sel].tolist(), strict=True
    ):
        last[(f, d)] = n
    per_face: dict[int, list[tuple[int, int]]] = {}
    for (f, d), n in last.items():
        per_face.setdefault(f, []).append((d, n))
    groups: dict[tuple[int, int, int | None], list[int]] = {}
    for f in range(len(owner0)):
        holder, since = int(owner0[f]), start
        for d, n in sorted(per_face.get(f, [])):
            if n != holder:
                groups.setdefault((holder, since, d), []).append(f)
                holder, since = n, d
        groups.setdefault((holder, since, None), []).append(f)
    ordered = sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    return [(k, d0, d1, faces) for (k, d0, d1), faces in ordered]


def _log(seed: int, n_faces: int, n_changes: int) -> FaceLog:
    rng = np.random.default_rng(seed)
    day = np.sort(rng.integers(100, 140, n_changes))
    face = rng.integers(0, n_faces, n_changes)
    new = rng.integers(-1, 3, n_changes)  # some changes give a face the holder it has
    initial = rng.integers(-1, 3, n_faces)
    old = new.copy()  # not read by holder_runs
    return FaceLog(initial, np.arange(n_changes), day, face, old, new)


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize(("start", "end"), [(99, 140), (110, 125), (120, 120), (150, 160)])
def test_holder_runs_are_the_face_by_face_walk(seed, start, end):
    log = _log(seed, n_faces=1 + seed * 7, n_changes=seed * 40)
    got = [(k, d0, d1, idx.tolist()) for k, d0, d1, idx in log.holder_runs(start, end)]
    assert got == _walk(log, start, end)
    for _, _, _, idx in log.holder_runs(start, end):
        assert idx.dtype.kind == "i"


def test_holder_runs_of_an_empty_log():
    log = FaceLog(np.array([0, -1, 0]), *(np.array([], dtype=np.int64) for _ in range(5)))
    assert [(k, a, b, i.tolist()) for k, a, b, i in log.holder_runs(5, 9)] == [
        (-1, 5, None, [1]),
        (0, 5, None, [0, 2]),
    ]
