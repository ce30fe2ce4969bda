"""SnapshotSeries.diff: the map of the answer for a snapshot series."""

from __future__ import annotations

import datetime as dt

import pytest
from snapshot_fixtures import AOI, FILL_RULE, PATTERN, daily_series

from geomap.snapshots import load_snapshots


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = daily_series(tmp_path_factory.mktemp("clean"), with_breakages=False)
    return load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)


@pytest.mark.parametrize(
    ("start", "end"), [("2024-01-02", "2024-01-12"), ("2024-01-05", "2024-01-09")]
)
def test_diff_identities(clean, start, end):
    d = clean.diff(start, end)
    assert list(d.columns) == [
        "from_actor",
        "to_actor",
        "place",
        "place_name",
        "geometry",
        "area_km2",
    ]
    s = dt.date.fromisoformat(start)
    before = clean.control(s - dt.timedelta(days=1)).set_index("actor")["area_km2"]
    after = clean.control(dt.date.fromisoformat(end)).set_index("actor")["area_km2"]
    for t in d.attrs["totals"]:
        a = t["actor"]
        assert t["gained_km2"] - t["lost_km2"] == pytest.approx(
            after.get(a, 0.0) - before.get(a, 0.0), abs=1e-3
        )
        # the pieces drawn add up to the totals (to 0.01 %)
        assert d.loc[d["to_actor"] == a, "area_km2"].sum() == pytest.approx(
            t["gained_km2"], rel=1e-4, abs=1e-3
        )
        assert d.loc[d["from_actor"] == a, "area_km2"].sum() == pytest.approx(
            t["lost_km2"], rel=1e-4, abs=1e-3
        )
    assert d.attrs["start"] == start and d.attrs["end"] == end


def test_diff_map_of_a_series(clean, tmp_path):
    from geomap.render._diff import diff_map

    m = diff_map(clean, "2024-01-02", "2024-01-12")
    html = m.get_root().render()
    assert "gm-dh-" in html
