"""Check that two source trees give the same engine outputs on a theatre.

Run once per tree (from that tree, so its ``geomap`` is the one imported), then compare::

    cd /tmp/base && python /path/to/benchmarks/compare_outputs.py dump THEATRE /tmp/base.pkl
    cd REPO      && python benchmarks/compare_outputs.py dump THEATRE /tmp/new.pkl
    python benchmarks/compare_outputs.py compare /tmp/base.pkl /tmp/new.pkl

``dump`` writes (pickle: local files only, never read from elsewhere) the daily and weekly
ledgers, the event ledger, the face km² and the faces' WKB, and ``control()`` on about a
dozen event days.  ``compare`` asserts the tables equal at rtol 1e-12 (dtypes included), the
faces byte for byte, and each control geometry ``shapely.equals`` (and reports any that are
not byte-identical).
"""

from __future__ import annotations

import os
import pickle
import sys

import numpy as np
import pandas as pd
import shapely

RTOL = 1e-12


def dump(theatre: str, out: str) -> None:
    sys.path.insert(0, os.getcwd())  # the tree this is run from
    import geomap

    th = geomap.load_theatre(theatre, cache=False)
    days = th.event_days()
    eng = th._engine
    data = {
        "ledger": th.ledger(by="day"),
        "ledger_week": th.ledger(by="week"),
        "events": th.event_ledger(),
        "face_area": eng.face_area,
        "event_km2": eng.event_km2,
        "faces_wkb": [g.wkb for g in eng.tess.faces],
        "controls": {str(d): th.control(d) for d in days[:: max(1, len(days) // 12)]},
    }
    with open(out, "wb") as f:
        pickle.dump(data, f)
    print(f"{geomap.__file__}: {len(data['ledger'])} ledger rows -> {out}")


def compare(a_path: str, b_path: str) -> None:
    with open(a_path, "rb") as f:
        a = pickle.load(f)  # noqa: S301 - our own dump, a local file
    with open(b_path, "rb") as f:
        b = pickle.load(f)  # noqa: S301
    for key in ("ledger", "ledger_week", "events"):
        pd.testing.assert_frame_equal(a[key], b[key], rtol=RTOL, atol=0)
    for key in ("ledger", "ledger_week"):
        start_a, start_b = a[key].attrs["held_at_start_km2"], b[key].attrs["held_at_start_km2"]
        assert start_a.keys() == start_b.keys()
        np.testing.assert_allclose(list(start_a.values()), list(start_b.values()), rtol=RTOL)
    np.testing.assert_allclose(a["face_area"], b["face_area"], rtol=RTOL, atol=0)
    np.testing.assert_allclose(a["event_km2"], b["event_km2"], rtol=RTOL, atol=0)
    assert a["faces_wkb"] == b["faces_wkb"], "faces differ"
    assert a["controls"].keys() == b["controls"].keys()
    for day, x in a["controls"].items():
        y = b["controls"][day]
        pd.testing.assert_frame_equal(
            x.drop(columns="geometry"), y.drop(columns="geometry"), rtol=RTOL, atol=0
        )
        assert x.crs == y.crs and x.attrs == y.attrs, day
        assert shapely.equals(x.geometry.values, y.geometry.values).all(), day
        moved = sum(g.wkb != h.wkb for g, h in zip(x.geometry, y.geometry, strict=True))
        if moved:
            print(f"{day}: {moved} control geometries equal but not byte-identical")
    print(f"same outputs: {a_path} {b_path}")


if __name__ == "__main__":
    verb, *args = sys.argv[1:]
    {"dump": dump, "compare": compare}[verb](*args)
