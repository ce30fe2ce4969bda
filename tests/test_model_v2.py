"""Model v2 settings: confidence carried into the ledger, the contested band, enclosure."""

import datetime as dt
import shutil
from pathlib import Path

import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st
from test_ledger import theatres

from geomap.areas import area_km2, geodesic_area_km2
from geomap.crs import equal_area_crs, to_metres
from geomap.errors import InputError
from geomap.inputs.events import CONFIDENCE
from geomap.ledger import LedgerOptions, period_ledger, periods
from geomap.territory import contested_band, enclose, enclose_log, replay, tessellate
from geomap.territory import face_graph as enclose_graph
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
SPLIT = [f"gained_{c}_km2" for c in CONFIDENCE]


@pytest.fixture(scope="module")
def tiny():
    return load_theatre(DATA / "tiny")


def test_gains_split_by_confidence(tiny):
    led = tiny.ledger(by="total").set_index("actor")
    # the split adds up to the gain, per actor
    np.testing.assert_allclose(led[SPLIT].sum(axis=1), led["gained_km2"], atol=1e-6)
    ev = tiny.event_ledger().set_index("line")
    # RED: Khneifes (line 2, confirmed) + as-Sukhnah (line 4, confirmed), Araq (line 3, claimed)
    assert led.loc["RED", "gained_claimed_km2"] == pytest.approx(ev.loc[3, "area_km2"], rel=1e-9)
    assert led.loc["RED", "gained_confirmed_km2"] == pytest.approx(
        ev.loc[2, "area_km2"] + ev.loc[4, "area_km2"], rel=1e-9
    )
    # BLUE's only gain is the disputed counter-attack (line 5)
    assert led.loc["BLUE", "gained_disputed_km2"] == pytest.approx(ev.loc[5, "area_km2"], rel=1e-9)
    assert led.loc["BLUE", "gained_confirmed_km2"] == 0


@pytest.mark.parametrize("level", ["claimed", "confirmed"])
def test_confidence_recomputes_every_figure_and_rejects_the_rest(tiny, level):
    th = load_theatre(DATA / "tiny", confidence=level)
    kept = CONFIDENCE[: CONFIDENCE.index(level) + 1]
    ev = th.event_ledger()
    low = ~ev["confidence"].isin(kept)
    assert low.any()
    assert (ev.loc[low, "status"] == "rejected").all()
    assert ev.loc[low, "reason"].str.contains(f"below the least counted, '{level}'").all()
    assert (ev.loc[low, "area_km2"] == 0).all()
    assert len(ev) == len(tiny.event_ledger())  # never dropped
    led = th.ledger(by="total").set_index("actor")
    for c in CONFIDENCE:
        if c not in kept:
            assert (led[f"gained_{c}_km2"] == 0).all()
    # BLUE never gets as-Sukhnah back without the disputed event: no gain, less held
    assert led.loc["BLUE", "gained_km2"] == 0
    all_led = tiny.ledger(by="total").set_index("actor")
    assert led.loc["BLUE", "held_km2"] < all_led.loc["BLUE", "held_km2"] + 1e-9
    assert led.loc["RED", "held_km2"] > all_led.loc["RED", "held_km2"] - 1e-9
    assert led["held_km2"].sum() == pytest.approx(tiny.ledger(by="total")["held_km2"].sum())
    assert th.assumptions["events counted"].startswith(", ".join(kept))
    assert "events counted" not in tiny.assumptions  # default unchanged


def test_bad_confidence_is_a_clear_error():
    with pytest.raises(InputError, match="confirmed, claimed, disputed"):
        load_theatre(DATA / "tiny", confidence="sure")


def test_cli_gains_confidence(capsys):
    from geomap.cli import main

    assert (
        main(
            [
                "gains",
                str(DATA / "tiny"),
                "--by",
                "total",
                "--confidence",
                "confirmed",
                "--format",
                "json",
            ]
        )
        == 0
    )
    import json

    out = json.loads(capsys.readouterr().out)
    assert "events counted" in out["assumptions"]
    rejected = [e for e in out["events"] if e["status"] == "rejected"]
    assert {e["confidence"] for e in rejected} == {"claimed", "disputed"}
    red = next(r for r in out["ledger"] if r["actor"] == "RED")
    assert red["gained_claimed_km2"] == 0 and red["gained_confirmed_km2"] > 0


# ------------------------------------------------------------------ contested band
def _with_model(tmp_path, lines: str):
    folder = tmp_path / "th"
    shutil.copytree(DATA / "tiny", folder)
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace("cell_radius_km = 25", "cell_radius_km = 25\n" + lines)
    (folder / "theatre.toml").write_text(toml, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def banded(tmp_path_factory):
    return load_theatre(_with_model(tmp_path_factory.mktemp("band"), "contested_band_km = 5"))


@pytest.mark.parametrize("day", ["2020-01-01", "2020-01-12", "2020-01-31"])
def test_band_is_a_coverage_row_of_control(tiny, banded, day):
    plain = tiny.control(day).set_index("actor")
    ctl = banded.control(day)
    assert list(ctl["actor"])[-2:] == ["contested", ""]
    ctl = ctl.set_index("actor")
    # actors + contested + unassigned = area of interest, and unassigned is untouched
    assert ctl["area_km2"].sum() == pytest.approx(plain["area_km2"].sum(), rel=1e-12)
    assert ctl.loc["", "area_km2"] == plain.loc["", "area_km2"]
    for actor, row in ctl.iterrows():
        assert row["area_km2"] == pytest.approx(geodesic_area_km2(row.geometry), rel=1e-4, abs=1e-6)
        if actor not in ("", "contested"):
            assert row["area_km2"] <= plain.loc[actor, "area_km2"] + 1e-9
    band = ctl.loc["contested", "geometry"]
    for actor, row in ctl.iterrows():
        if actor != "contested":
            assert shapely.intersection(row.geometry, band).area < 1e-9
    assert banded.control(day).attrs["assumptions"]["contested band"].startswith("5 km wide")


def test_band_width_on_a_straight_edge(banded):
    # on 1 January RED and BLUE (and GREEN) touch: the band is ~5 km × the shared edge length
    ctl = banded.control("2020-01-01").set_index("actor")
    owner = banded._owners(dt.date(2020, 1, 1))
    grounds = [banded._union(owner == k) for k in range(len(banded.actors))]
    shared = 0.0
    for i in range(len(grounds)):
        for j in range(i + 1, len(grounds)):
            common = shapely.intersection(
                shapely.boundary(grounds[i]), shapely.boundary(grounds[j])
            )
            lines = [p for p in shapely.get_parts(common) if p.geom_type == "LineString"]
            if lines:
                shared += float(shapely.length(to_metres(np.array(lines), banded.crs)).sum())
    assert shared > 0
    # the band holds at most width × length plus its round ends, at least a good part of it
    area = ctl.loc["contested", "area_km2"]
    assert area <= 5 * shared / 1000 + np.pi * 2.5**2 * 8
    assert area >= 0.5 * 5 * shared / 1000


def test_band_ledger_keeps_the_identities(tiny, banded):
    for by in ["day", "week", "total"]:
        led = banded.ledger(by=by)
        plain = tiny.ledger(by=by)
        held0 = led.attrs["held_at_start_km2"]
        for actor, grp in led.groupby("actor"):
            cum = held0[actor] + (grp["gained_km2"] - grp["lost_km2"]).cumsum()
            np.testing.assert_allclose(grp["held_km2"], cum, atol=1e-6)
        for (_, grp), (_, pgrp) in zip(
            led.groupby("period_start"), plain.groupby("period_start"), strict=True
        ):
            assert grp["held_km2"].sum() == pytest.approx(pgrp["held_km2"].sum(), rel=1e-12)
            assert grp["gained_km2"].sum() == pytest.approx(grp["lost_km2"].sum(), abs=1e-6)
        # the gains split by confidence, plus the band's own moves, add up to the gain
        split = led[[*SPLIT, "gained_band_km2"]].sum(axis=1)
        np.testing.assert_allclose(split, led["gained_km2"], atol=1e-6)
        # held_series agrees with the ledger at each period's end
        ends = sorted(set(led["period_end"]))
        hs = banded.held_series(ends).set_index(["date", "actor"])["held_km2"]
        for r in led.itertuples():
            assert hs[(r.period_end, r.actor)] == pytest.approx(r.held_km2, abs=1e-6)
        # the ledger's held area agrees with control() on each period's last day
        last = led[led["period_end"] == led["period_end"].max()].set_index("actor")["held_km2"]
        ctl = banded.control(led["period_end"].max()).set_index("actor")["area_km2"]
        for actor, km2 in ctl.items():
            assert last[actor] == pytest.approx(km2, abs=1e-6)


@pytest.mark.parametrize("value", ["0", "-2", '"5"', "true", "nan"])
def test_bad_band_width_names_the_file_field_and_fix(tmp_path, value):
    folder = _with_model(tmp_path, f"contested_band_km = {value}")
    with pytest.raises(InputError) as exc:
        load_theatre(folder)
    (p,) = [p for p in exc.value.problems if p.is_error]
    assert p.file.endswith("theatre.toml") and p.field == "model.contested_band_km"
    assert "leave the key out" in p.hint and p.line is not None


# ------------------------------------------------------------------ property test
AOI_BOX = shapely.box(37.0, 33.5, 39.0, 35.0)
CRS = equal_area_crs(AOI_BOX)


@settings(max_examples=25, deadline=None)
@given(theatres(), st.floats(0.5, 40.0))
def test_band_coverage_and_ledger_identities(case, width):
    lon, lat, n_act, holders, drawn, events, radius, by = case
    tess = tessellate(AOI_BOX, lon, lat, radius_km=radius, crs=CRS, drawn=drawn)
    area = area_km2(tess.faces, crs=CRS)
    base = dt.date(2020, 1, 1).toordinal()
    log = replay(
        tess,
        initial_place_holder=holders,
        event_seq=np.arange(len(events)),
        event_day=np.array([base + e[0] for e in events], dtype=np.int64),
        event_place=np.array([e[1] for e in events], dtype=int),
        event_drawn=np.array([e[2] for e in events], dtype=int),
        event_to=np.array([e[3] for e in events], dtype=np.int32),
    )
    start, end = dt.date(2020, 1, 1), dt.date(2020, 2, 15)
    days = [start - dt.timedelta(days=1)] + [p[1] for p in periods(start, end, by)]
    band_km2 = []
    for d in days:
        owner = log.owners_at(d.toordinal())
        grounds = [
            shapely.coverage_union_all(tess.faces[owner == k]) if (owner == k).any() else None
            for k in range(n_act)
        ]
        band, pieces = contested_band(grounds, width, CRS)
        km2 = np.array([float(area_km2([p], crs=CRS)[0]) for p in pieces])
        band_km2.append(km2)
        unassigned = tess.faces[owner == -1]
        for k, (g, p) in enumerate(zip(grounds, pieces, strict=True)):
            if g is None:
                assert p.is_empty
                continue
            rest = shapely.difference(g, band)
            # actor k's ground = its part outside the band + its piece of the band
            held = float(area[owner == k].sum())
            assert float(area_km2([rest], crs=CRS)[0]) + km2[k] == pytest.approx(
                held, rel=1e-6, abs=1e-6
            )
            assert km2[k] <= held * (1 + 1e-9) + 1e-9
        # no unassigned land in the band; pieces do not overlap
        if len(unassigned):
            assert (
                shapely.intersection(shapely.union_all(pieces), shapely.union_all(unassigned)).area
                < 1e-9
            )
        assert sum(p.area for p in pieces) == pytest.approx(
            shapely.union_all(pieces).area, abs=1e-9
        )
    led = period_ledger(
        log,
        area,
        actor_ids=[f"A{i}" for i in range(n_act)],
        actor_names=[f"A{i}" for i in range(n_act)],
        start=start,
        end=end,
        by=by,
        options=LedgerOptions(band=np.array(band_km2)),
    )
    held0 = led.attrs["held_at_start_km2"]
    for actor, grp in led.groupby("actor"):
        cum = held0[actor] + (grp["gained_km2"] - grp["lost_km2"]).cumsum()
        np.testing.assert_allclose(grp["held_km2"], cum, atol=1e-6)
        assert (grp["gained_km2"] >= 0).all() and (grp["lost_km2"] >= 0).all()
        assert (grp["held_km2"] >= -1e-6).all()
    for _, grp in led.groupby("period_start"):
        # actors + contested + unassigned = area of interest; Σ gained = Σ lost
        assert grp["held_km2"].sum() == pytest.approx(area.sum(), rel=1e-9)
        assert grp["gained_km2"].sum() == pytest.approx(grp["lost_km2"].sum(), abs=1e-6)


def test_band_drawn_hatched_grey(banded):
    html = banded.map("2020-01-31").get_root().render()
    assert "gm-terr gm-contested" in html
    assert 'id="gm-hatch-contested"' in html


def test_band_in_exports(banded, tmp_path):
    import geopandas as gpd

    from geomap.export import export_geojson, export_gpkg

    back = gpd.read_file(export_geojson(banded, tmp_path / "c.geojson", date="2020-01-31"))
    ctl = banded.control("2020-01-31").set_index("actor")
    row = back.set_index("actor").loc["contested"]
    assert row["area_km2"] == pytest.approx(ctl.loc["contested", "area_km2"])
    path = export_gpkg(banded, tmp_path / "t.gpkg", date="2020-01-31")
    layer = gpd.read_file(path, layer="control").set_index("actor")
    assert layer.loc["contested", "actor_name"] == "contested"
    led = gpd.read_file(path, layer="ledger")
    assert "contested" in set(led["actor"])


# ------------------------------------------------------------------ enclosure
RING_AOI = shapely.box(37.0, 33.5, 39.0, 35.0)


def _ring():
    """Six places 20 km around (38, 34.25), capped at 12 km: a ring with a hole in the middle."""
    from geomap.crs import to_degrees

    centre = to_metres(shapely.Point(38.0, 34.25), CRS)
    ang = np.arange(6) * np.pi / 3
    pts = shapely.points(centre.x + 20000 * np.cos(ang), centre.y + 20000 * np.sin(ang))
    pts = to_degrees(pts, CRS)
    tess = tessellate(RING_AOI, shapely.get_x(pts), shapely.get_y(pts), radius_km=12.0, crs=CRS)
    return tess, enclose_graph(tess.faces)


def test_enclosed_pocket_goes_to_the_one_actor_around_it():
    tess, graph = _ring()
    area = area_km2(tess.faces, crs=CRS)
    place_owner = np.zeros(6, dtype=np.int32)
    owner = np.where(tess.face_place >= 0, place_owner[np.maximum(tess.face_place, 0)], -1)
    filled, pockets = enclose(owner, graph)
    assert pockets == 1
    gained = (owner == -1) & (filled == 0)
    # the hole: the ring's inner pocket, under the 20 km circle's area and over the 8 km one's
    assert np.pi * 8**2 < area[gained].sum() < np.pi * 20**2
    assert not graph.border[gained].any()
    assert (filled[owner >= 0] == owner[owner >= 0]).all()  # held ground never changes
    # two actors around it, or the ring opened: no enclosure
    for place_owner in (np.array([0, 0, 0, 1, 1, 1]), np.array([0, 0, 0, -1, 0, 0])):
        owner = np.where(tess.face_place >= 0, place_owner[np.maximum(tess.face_place, 0)], -1)
        assert enclose(owner, graph)[1] == 0


def test_enclose_log_fills_and_frees_pockets_by_date():
    tess, graph = _ring()
    area = area_km2(tess.faces, crs=CRS)
    d0 = dt.date(2020, 1, 1).toordinal()
    log = replay(
        tess,
        initial_place_holder=np.array([0, 0, 0, 1, 0, 0], dtype=np.int32),
        event_seq=np.arange(2),
        event_day=np.array([d0 + 2, d0 + 5]),
        event_place=np.array([3, 0]),
        event_drawn=np.array([-1, -1]),
        event_to=np.array([0, 1], dtype=np.int32),
    )
    eff = enclose_log(log, graph, enclosed_seq=2)
    hole = (log.initial == -1) & ~graph.border
    assert (eff.owners_at(d0 + 1)[hole] == -1).all()  # B holds place 3: open
    assert (eff.owners_at(d0 + 3)[hole] == 0).all()  # A closes the ring on day 2
    assert (eff.owners_at(d0 + 6)[hole] == -1).all()  # B takes place 0: free again
    start, end = dt.date(2020, 1, 1), dt.date(2020, 1, 10)
    led = period_ledger(
        eff,
        area,
        actor_ids=["A", "B"],
        actor_names=["A", "B"],
        start=start,
        end=end,
        by="day",
        options=LedgerOptions(
            confidence=np.array(["confirmed", "disputed", "enclosed"], dtype=object)
        ),
    )
    day2 = led[led["period_start"] == dt.date(2020, 1, 3)].set_index("actor")
    assert day2.loc["A", "gained_enclosed_km2"] == pytest.approx(area[hole].sum(), rel=1e-9)
    assert day2.loc["A", "gained_km2"] == pytest.approx(
        day2.loc["A", ["gained_confirmed_km2", "gained_enclosed_km2"]].sum(), rel=1e-9
    )
    for _, grp in led.groupby("period_start"):
        assert grp["held_km2"].sum() == pytest.approx(area.sum(), rel=1e-12)
        assert grp["gained_km2"].sum() == pytest.approx(grp["lost_km2"].sum(), abs=1e-6)


def test_enclose_on_the_demo_is_reported_per_date():
    from geomap.inputs import load_inputs
    from geomap.theatre import Theatre

    inputs = load_inputs(Path(__file__).parents[1] / "layers" / "syria-2017")
    plain = Theatre(inputs)
    inputs.meta.enclose = True
    th = Theatre(inputs)
    assert not plain.enclose and "enclosure" not in plain.assumptions
    for day in ["2017-05-01", "2017-06-19"]:
        ctl, ctl0 = th.control(day), plain.control(day)
        enc = ctl.attrs["enclosed"]
        un, un0 = (c.set_index("actor").loc["", "area_km2"] for c in (ctl, ctl0))
        assert un0 - un == pytest.approx(enc["km2"], abs=1e-6)
        assert ctl["area_km2"].sum() == pytest.approx(ctl0["area_km2"].sum(), rel=1e-12)
    assert th.control("2017-06-19").attrs["enclosed"]["pockets"] >= 1
    assert "enclosure" in th.assumptions


def test_bad_enclose_value(tmp_path):
    with pytest.raises(InputError) as exc:
        load_theatre(_with_model(tmp_path, 'enclose = "yes"'))
    (p,) = [p for p in exc.value.problems if p.is_error]
    assert p.field == "model.enclose" and "enclose = true" in p.hint


@settings(max_examples=25, deadline=None)
@given(theatres())
def test_enclosure_keeps_the_coverage_and_the_identities(case):
    lon, lat, n_act, holders, drawn, events, radius, by = case
    tess = tessellate(AOI_BOX, lon, lat, radius_km=radius, crs=CRS, drawn=drawn)
    area = area_km2(tess.faces, crs=CRS)
    graph = enclose_graph(tess.faces)
    base = dt.date(2020, 1, 1).toordinal()
    log = replay(
        tess,
        initial_place_holder=holders,
        event_seq=np.arange(len(events)),
        event_day=np.array([base + e[0] for e in events], dtype=np.int64),
        event_place=np.array([e[1] for e in events], dtype=int),
        event_drawn=np.array([e[2] for e in events], dtype=int),
        event_to=np.array([e[3] for e in events], dtype=np.int32),
    )
    eff = enclose_log(log, graph, enclosed_seq=len(events))
    for d in [None, *sorted(set(log.day.tolist()))]:
        raw = log.owners_at(d)
        now = eff.owners_at(d)
        assert (now[raw >= 0] == raw[raw >= 0]).all()  # only unassigned faces are filled
        assert not graph.border[(raw == -1) & (now >= 0)].any()  # never at the AOI's edge
    conf = np.array(["confirmed"] * len(events) + ["enclosed"], dtype=object)
    led = period_ledger(
        eff,
        area,
        actor_ids=[f"A{i}" for i in range(n_act)],
        actor_names=[f"A{i}" for i in range(n_act)],
        start=dt.date(2020, 1, 1),
        end=dt.date(2020, 2, 15),
        by=by,
        options=LedgerOptions(confidence=conf),
    )
    held0 = led.attrs["held_at_start_km2"]
    for actor, grp in led.groupby("actor"):
        cum = held0[actor] + (grp["gained_km2"] - grp["lost_km2"]).cumsum()
        np.testing.assert_allclose(grp["held_km2"], cum, atol=1e-6)
        split = grp[["gained_confirmed_km2", "gained_enclosed_km2"]].sum(axis=1)
        np.testing.assert_allclose(split, grp["gained_km2"], atol=1e-6)
    for _, grp in led.groupby("period_start"):
        assert grp["held_km2"].sum() == pytest.approx(area.sum(), rel=1e-12)
        assert grp["gained_km2"].sum() == pytest.approx(grp["lost_km2"].sum(), abs=1e-6)


def test_band_on_the_written_pages(banded, tmp_path):
    banded.write_maps(tmp_path / "maps")
    index = (tmp_path / "maps" / "index.html").read_text(encoding="utf-8")
    assert "contested" in index
    page = (tmp_path / "maps" / "2020-01-20.html").read_text(encoding="utf-8")
    assert "gm-contested" in page
