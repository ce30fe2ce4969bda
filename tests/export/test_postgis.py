"""PostGIS team store against a real server (see conftest.py): round trips and bad input."""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest

import geomap
from geomap.cli import main
from geomap.errors import InputError
from geomap.export import export_postgis
from geomap.pgstore import StoreError, parse_store_url

DEMO = "layers/syria-2017"
pytestmark = pytest.mark.postgis


@pytest.fixture(scope="module")
def demo():
    return geomap.load_theatre(DEMO)


@pytest.fixture(scope="module")
def stored(postgis, demo):
    db = postgis.new_db()
    url = postgis.url(db)
    export_postgis(demo, url)
    return db, url


def _rel(a: pd.Series, b: pd.Series) -> float:
    a, b = np.asarray(a, float), np.asarray(b, float)
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), 1.0))) if len(a) else 0.0


def test_round_trip_gives_the_same_ledger(stored, demo):
    db, url = stored
    back = geomap.load_theatre(url + "&theatre=syria-2017")
    for by in ("day", "total"):
        a, b = back.ledger(by=by), demo.ledger(by=by)
        assert list(a.columns) == list(b.columns)
        assert (a["actor"].tolist(), len(a)) == (b["actor"].tolist(), len(b))
        for col in ("gained_km2", "lost_km2", "net_km2", "held_km2"):
            assert _rel(a[col], b[col]) < 1e-9
    ea, eb = back.event_ledger(), demo.event_ledger()
    assert ea["status"].tolist() == eb["status"].tolist()
    assert _rel(ea["area_km2"].fillna(0), eb["area_km2"].fillna(0)) < 1e-9
    ca, cb = back.claims(), demo.claims()
    assert ca["claimed_km2"].tolist() == cb["claimed_km2"].tolist()
    assert _rel(ca["computed_gained_km2"], cb["computed_gained_km2"]) < 1e-9


def test_tables_hold_inputs_derived_layers_and_assumptions(postgis, stored, demo):
    db, _ = stored
    n_events = int(postgis.psql(db, "SELECT count(*) FROM geomap.events"))
    assert n_events == len(demo.inputs.events)
    srid = postgis.psql(db, "SELECT DISTINCT ST_SRID(geom) FROM geomap.control").split()
    assert srid == ["4326"]
    gix = postgis.psql(db, "SELECT indexname FROM pg_indexes WHERE schemaname = 'geomap'")
    assert {"control_geom_gix", "places_geom_gix", "areas_geom_gix"} <= set(gix.split())
    held = postgis.psql(
        db,
        "SELECT sum(area_km2) FROM geomap.control WHERE actor = 'GOV' "
        "AND valid_from <= '2017-05-27' AND (valid_to IS NULL OR valid_to > '2017-05-27')",
    )
    ctl = demo.control("2017-05-27")
    assert float(held) == pytest.approx(ctl.loc[ctl["actor"] == "GOV", "area_km2"].sum(), rel=1e-9)
    cell = postgis.psql(db, "SELECT assumptions->>'cell radius' FROM geomap.geomap_meta")
    assert cell.strip() == "30 km"


def test_export_again_replaces_and_other_theatres_stay(postgis, demo):
    db = postgis.new_db()
    url = postgis.url(db)
    export_postgis(demo, url)
    export_postgis(geomap.load_theatre("tests/data/tiny"), url)
    first = postgis.psql(db, "SELECT theatre, count(*) FROM geomap.events GROUP BY 1 ORDER BY 1")
    export_postgis(demo, url)
    assert (
        postgis.psql(db, "SELECT theatre, count(*) FROM geomap.events GROUP BY 1 ORDER BY 1")
        == first
    )
    assert len(first.splitlines()) == 2


def test_a_failed_export_is_rolled_back(postgis, stored, demo):
    db = postgis.new_db(template=stored[0])
    url = postgis.url(db)
    before = postgis.psql(db, "SELECT count(*), sum(area_km2) FROM geomap.control")
    postgis.psql(
        db,
        "CREATE FUNCTION geomap.refuse() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'ledger is read-only today'; END $$; "
        "CREATE TRIGGER refuse BEFORE INSERT ON geomap.ledger "
        "FOR EACH ROW EXECUTE FUNCTION geomap.refuse()",
    )
    with pytest.raises(StoreError, match="rolled back.*ledger is read-only today"):
        export_postgis(demo, url)
    assert postgis.psql(db, "SELECT count(*), sum(area_km2) FROM geomap.control") == before
    assert geomap.load_theatre(url + "&theatre=syria-2017").ledger(by="total") is not None


def test_cli_export_and_commands_read_the_store(postgis, capsys, demo):
    db = postgis.new_db()
    url = postgis.url(db, schema="team_a")
    assert main(["export", DEMO, "--out", url]) == 0
    out = capsys.readouterr().out
    assert "theatre=syria-2017" in out and "schema=team_a" in out
    assert main(["gains", url + "&theatre=syria-2017", "--by", "total", "--format", "csv"]) == 0
    from_store = capsys.readouterr().out
    assert main(["gains", DEMO, "--by", "total", "--format", "csv"]) == 0
    assert from_store == capsys.readouterr().out


def test_validation_names_table_row_and_field(postgis, stored):
    db = postgis.new_db(template=stored[0])
    url = postgis.url(db)
    postgis.psql(db, "UPDATE geomap.events SET date = '2017-13-01' WHERE row_id = 3")
    postgis.psql(db, "UPDATE geomap.places SET lat = 95 WHERE id = 'palmyra'")
    with pytest.raises(InputError) as err:
        geomap.load_theatre(url + "&theatre=syria-2017")
    text = "\n".join(str(p) for p in err.value.problems)
    assert re.search(r"geomap\.events:3: date: .*2017-13-01", text)
    assert re.search(r"geomap\.places:\d+: lat", text)
    assert "/tmp/geomap-store-" not in text


@pytest.mark.parametrize(
    "setup, query, match",
    [
        ("", "theatre=nowhere", r"no theatre 'nowhere' in schema 'geomap'; it holds: syria-2017"),
        ("", "", r"add \?theatre=NAME"),
        (
            "UPDATE geomap.geomap_meta SET store_version = 99",
            "theatre=syria-2017",
            r"store layout 99 .*export it again",
        ),
        (
            "ALTER TABLE geomap.places ALTER COLUMN lat TYPE text",
            "theatre=syria-2017",
            r"geomap\.places\.lat: type text, expected double precision",
        ),
        (
            "ALTER TABLE geomap.events DROP COLUMN note",
            "theatre=syria-2017",
            r"geomap\.events: column 'note' is missing",
        ),
        ("", "theatre=syria-2017&schema=other", r"no geomap tables in schema 'other'"),
        ("", "theatre=syria-2017&schema=x%22y", r"schema 'x\"y' is not a plain SQL name"),
    ],
)
def test_bad_store_is_a_clear_error(postgis, stored, setup, query, match):
    db = postgis.new_db(template=stored[0])
    if setup:
        postgis.psql(db, setup)
    with pytest.raises(StoreError, match=match):
        geomap.load_theatre(postgis.url(db) + ("&" + query if query else ""))


def test_missing_postgis_extension(postgis, demo):
    db = postgis.new_db(postgis=False)
    with pytest.raises(StoreError, match="PostGIS extension is not installed.*CREATE EXTENSION"):
        export_postgis(demo, postgis.url(db))


def test_unreachable_server_hides_the_password(tmp_path, demo):
    url = f"postgresql://ana:s3cret-pw@/nodb?host={tmp_path}&theatre=x"
    with pytest.raises(StoreError) as err:
        geomap.load_theatre(url)
    assert "cannot connect" in str(err.value) and "s3cret-pw" not in str(err.value)
    assert "ana:***@" in str(err.value)


def test_url_parsing_hides_passwords_in_every_form():
    u = parse_store_url("postgresql://u:pw@h:5433/db?password=pw2&sslmode=require&theatre=t")
    assert "pw" not in u.display.replace("pw2", "") and "pw2" not in u.display
    assert u.theatre == "t" and "theatre" not in u.conninfo and "sslmode=require" in u.conninfo


def test_snapshot_theatre_is_refused_with_a_reason(postgis, tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parents[1] / "snapshots"))
    from snapshot_fixtures import FILL_RULE, PATTERN, daily_series

    series = geomap.load_snapshots(
        daily_series(tmp_path, with_breakages=False), pattern=PATTERN, actor_rule=FILL_RULE
    )
    with pytest.raises(geomap.GeomapError, match="a snapshot theatre has none of these"):
        export_postgis(series, postgis.url(postgis.new_db()))


@pytest.mark.skipif(shutil.which("ogrinfo") is None, reason="ogrinfo (gdal-bin) not installed")
def test_ogrinfo_reads_the_tables(postgis, stored):
    db, _ = stored
    out = subprocess.run(
        [
            "ogrinfo",
            "-ro",
            "-so",
            f"PG:host={postgis.socket} dbname={db} user={postgis.user} schemas=geomap",
            "control",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Geometry: Multi Polygon" in out and "Feature Count:" in out


def test_check_lists_store_problems_with_table_rows(postgis, stored, capsys):
    db = postgis.new_db(template=stored[0])
    postgis.psql(db, "UPDATE geomap.events SET to_actor = 'NOBODY' WHERE row_id = 4")
    url = postgis.url(db) + "&theatre=syria-2017"
    assert main(["check", url]) == 1
    out = capsys.readouterr().out
    assert re.search(r"geomap\.events:4: to_actor: .*'NOBODY'", out)
    postgis.psql(db, "UPDATE geomap.events SET to_actor = 'GOV' WHERE row_id = 4")
    assert main(["check", url]) == 0
