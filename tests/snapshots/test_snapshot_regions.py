"""The ledger per region of a snapshot series."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from snapshot_fixtures import AOI, FILL_RULE, PATTERN, daily_series

from geomap.regions import OUTSIDE
from geomap.snapshots import load_snapshots

KM2 = ["gained_km2", "lost_km2", "net_km2", "held_km2"]


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = daily_series(tmp_path_factory.mktemp("clean"), with_breakages=False)
    return load_snapshots(folder, pattern=PATTERN, actor_rule=FILL_RULE, aoi=AOI)


def _tiles(x: float) -> gpd.GeoDataFrame:
    """Two regions that tile the series' AOI, cut at longitude x."""
    minx, miny, maxx, maxy = AOI
    return gpd.GeoDataFrame(
        {"name": ["west", "east"]},
        geometry=[shapely.box(minx, miny, x, maxy), shapely.box(x, miny, maxx, maxy)],
        crs=4326,
    )


@pytest.mark.parametrize("by", ["day", "week", "total"])
def test_sums_over_regions_equal_the_series(clean, by):
    plain = clean.ledger(by=by)
    led = clean.ledger(by=by, regions=_tiles(30.52))  # cuts through red's growing edge
    summed = led.groupby(["period_start", "actor"], sort=False)[KM2].sum()
    ref = plain.set_index(["period_start", "actor"])[KM2]
    summed = summed.reindex(ref.index, fill_value=0.0)
    scale = float(ref.abs().to_numpy().max())
    assert np.abs(summed.to_numpy() - ref.to_numpy()).max() <= 1e-9 * scale
    assert set(led["region"]) <= {"west", "east", OUTSIDE}
    assert (led["region"] == OUTSIDE).any()
    assert "regions" in led.attrs["assumptions"]


def test_gains_fall_in_the_region_where_the_ground_is(clean):
    # red grows east from x = 30.5: with the cut at 30.0 every gain is in the east
    led = clean.ledger(by="total", regions=_tiles(30.0)).set_index(["region", "actor"])
    plain = clean.ledger(by="total").set_index("actor")
    assert led.loc[("east", "red"), "gained_km2"] == pytest.approx(
        plain.loc["red", "gained_km2"], rel=1e-9
    )
    assert ("west", "red") not in led.index or led.loc[("west", "red"), "gained_km2"] == 0
