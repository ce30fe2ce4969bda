"""The command line, run in-process."""

import json
import math
from pathlib import Path

import pytest

from geomap.cli import build_parser, main

DATA = Path(__file__).parents[1] / "data"
LAYERS = Path(__file__).parents[2] / "layers"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_clean_theatre(capsys):
    code, out, err = run(capsys, "check", str(DATA / "tiny"))
    assert code == 0
    assert "0 errors, 1 warning;" in err  # Beirut: a reference place outside the AOI


def test_check_broken_lists_every_problem_and_fails(capsys):
    code, out, err = run(capsys, "check", str(DATA / "broken"))
    assert code == 1
    lines = [line for line in out.splitlines() if line]
    assert any(
        line.startswith(str(DATA / "broken" / "events.csv") + ":2: date: 'Saturday'")
        for line in lines
    )
    assert any("places.csv:4: lat,lon:" in line and "swap" in line for line in lines)
    assert len(lines) >= 20


def test_gains_on_bad_input_is_one_clear_error(capsys):
    code, out, err = run(capsys, "gains", str(DATA / "broken"))
    assert code == 1  # problems in the data (README: exit codes)
    assert err.startswith("geomap: error:") and "Traceback" not in err
    assert "actors.csv:3: id: duplicate id 'RED'" in err
    assert "problems in the input" in err


def test_missing_theatre(capsys, tmp_path):
    code, _, err = run(capsys, "gains", str(tmp_path / "nope"))
    assert code == 2 and "not a folder" in err
    assert len(err.strip().splitlines()) == 1  # one line, no "run geomap check" preface


def test_gains_table(capsys):
    code, out, _ = run(
        capsys,
        "gains",
        str(DATA / "three"),
        "--by",
        "day",
        "--from",
        "2020-01-01",
        "--to",
        "2020-01-06",
    )
    assert code == 0
    assert "cell radius: 5 km" in out and "projection: +proj=laea" in out
    assert "78.4" in out and "Place B" not in out  # place names only with --places
    code, out, _ = run(capsys, "gains", str(DATA / "three"), "--by", "day", "--places")
    assert "Place B" in out


def test_gains_csv_and_json(capsys):
    code, out, _ = run(
        capsys,
        "gains",
        str(DATA / "three"),
        "--by",
        "total",
        "--format",
        "csv",
        "--from",
        "2020-01-01",
        "--to",
        "2020-01-06",
        "--with-meta",  # the metadata lines are no longer in the CSV body by default (issue 13)
    )
    assert code == 0
    assert out.startswith("# theatre: three")
    assert "period_start,period_end,actor,actor_name,gained_km2" in out
    code, out, _ = run(capsys, "gains", str(DATA / "three"), "--by", "week", "--format", "json")
    doc = json.loads(out)
    assert doc["assumptions"]["cell radius"] == "5 km"
    assert {e["line"] for e in doc["events"]} == {2, 3, 4}
    assert all(e["status"] == "applied" for e in doc["events"])


def test_gains_sensitivity(capsys):
    code, out, _ = run(
        capsys,
        "gains",
        str(DATA / "three"),
        "--by",
        "total",
        "--radius",
        "2,5",
        "--format",
        "csv",
        "--from",
        "2020-01-01",
        "--to",
        "2020-01-06",
    )
    assert code == 0
    assert out.count("\n2.000,") + out.count("\n5.000,") == 8  # 4 holders × 2 radii


@pytest.mark.parametrize("bad", ["0", "-5", "abc", "10:5:1", ""])
def test_bad_radius_is_a_usage_error(capsys, bad):
    with pytest.raises(SystemExit) as exc:
        main(["gains", str(DATA / "three"), "--radius", bad])
    assert exc.value.code == 2
    assert "radius" in capsys.readouterr().err or bad == ""


@pytest.mark.parametrize("bad", ["Saturday", "27/05/2017", "2017-13-45"])
def test_bad_date_argument_names_the_option(capsys, bad):
    with pytest.raises(SystemExit) as exc:
        main(["gains", str(DATA / "three"), "--from", bad])
    err = capsys.readouterr().err
    assert exc.value.code == 2 and "argument --from:" in err and "YYYY-MM-DD" in err


def test_python_api_bad_date():
    from geomap import InputError, load_theatre

    with pytest.raises(InputError, match="'Saturday' is not an ISO 8601 date"):
        load_theatre(DATA / "three").ledger(start="Saturday")


def test_every_command_has_help():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert {"check", "gains", "maps", "demo", "export", "claims"} <= set(sub.choices)
    for name, p in sub.choices.items():
        assert p.description, name
        for action in p._actions:
            if action.dest not in ("help",):
                assert action.help, f"{name} {action.dest}"


def test_demo_answers_the_report(capsys):
    code, out, _ = run(capsys, "demo", "--no-maps")
    assert code == 0
    assert "over 5,000 kilometers (3,100 miles)" in out
    assert "read as 5,000 km² (1,931 sq mi; 0.48 × Lebanon)" in out
    assert "sensitivity: 15 km →" in out and "50 km →" in out
    assert "Khunayfis phosphate mine" in out


def test_demo_says_why_there_is_no_calibrated_range_once(capsys):
    """Four claims rest on 12-14 places, beyond the calibration table: why is said once."""
    code, out, _ = run(capsys, "demo", "--no-maps")
    assert code == 0
    assert out.count("beyond the measured table") == 0
    assert out.count("measured only for gains of 1 to 8 places") == 1
    assert out.count("no error range is given") == 1
    # each claim says only what is its own: the count of places, or that none moved
    assert out.count("uncertainty: no calibrated range (12 places gained)") == 3
    assert out.count("uncertainty: no calibrated range (14 places gained)") == 1
    assert out.count("uncertainty: no calibrated range (no place changed hands)") == 1


def test_claims_report_alone_says_why_once(capsys):
    code, out, _ = run(capsys, "claims", str(LAYERS / "syria-2017"))
    assert code == 0
    assert out.count("measured only for gains of 1 to 8 places") == 1
    assert "beyond the measured table" not in out


def test_export_gpkg_round_trips_areas(capsys, tmp_path):
    import geopandas as gpd
    import pyogrio

    from geomap import load_theatre

    out = tmp_path / "three.gpkg"
    code, _, _ = run(capsys, "export", str(DATA / "three"), "--out", str(out))
    assert code == 0
    assert {name for name, _ in pyogrio.list_layers(out)} == {
        "places",
        "events",
        "control",
        "ledger",
    }
    ctl = gpd.read_file(out, layer="control")
    th = load_theatre(DATA / "three")
    final = ctl[ctl["valid_to"].isna()].fillna({"actor": ""}).groupby("actor")["area_km2"].sum()
    now = th.control("2020-01-06").set_index("actor")["area_km2"]
    assert final.to_dict() == pytest.approx(now[now > 0].to_dict(), rel=1e-12)
    from geomap.areas import area_km2

    assert area_km2(ctl.geometry.values) == pytest.approx(ctl["area_km2"].to_numpy(), rel=1e-6)
    meta = pyogrio.read_info(out, layer="control")["layer_metadata"]
    assert "cell radius" in meta["geomap_assumptions"]


def test_export_geojson_needs_a_date(capsys, tmp_path):
    code, _, err = run(capsys, "export", str(DATA / "three"), "--out", str(tmp_path / "x.geojson"))
    assert code == 2 and "--date" in err
    code, _, _ = run(
        capsys,
        "export",
        str(DATA / "three"),
        "--out",
        str(tmp_path / "x.geojson"),
        "--date",
        "2020-01-06",
    )
    assert code == 0
    code, _, err = run(capsys, "export", str(DATA / "three"), "--out", str(tmp_path / "x.shp"))
    assert code == 2 and ".gpkg or .geojson" in err


def test_gains_in_square_miles_and_as_a_share_of_lebanon(capsys):
    code, out, _ = run(
        capsys,
        "gains",
        str(DATA / "three"),
        "--by",
        "total",
        "--format",
        "csv",
        "--sq-mi",
        "--compare",
        "Lebanon",
        "--with-meta",
    )
    assert code == 0
    assert "# compared with: Lebanon, 10,452 km²" in out
    header = next(line for line in out.splitlines() if line.startswith("period_start"))
    assert "gained_sq_mi" in header and "held_x_lebanon" in header
    code, _, err = run(capsys, "gains", str(DATA / "three"), "--compare", "Atlantis")
    assert code == 2 and "unknown reference area 'Atlantis'" in err


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.021934, "0.0219"),
        (0.0004, "0.000400"),
        (0.09996, "0.100"),  # rounded to three figures first: not "0.1000"
        (9.996, "10.0"),
        (999.6, "1,000"),
        (99.94, "99.9"),
        (-9.996, "-10.0"),
        (2.5, "2.50"),
        (15.04, "15.0"),
        (1234.56, "1,230"),
        (123456.0, "123,000"),
        (0.0, "0"),
        (-0.0, "0"),
        (-0.0004, "-0.000400"),
        (float("nan"), ""),
        (float("inf"), "inf"),  # no OverflowError
        (float("-inf"), "-inf"),
    ],
)
def test_a_ratio_keeps_three_significant_figures(value, text):
    from geomap.cli._ledger_out import fmt_ratio

    assert fmt_ratio(value) == text


@pytest.mark.parametrize("fmt", ["table", "csv"])
def test_compare_with_a_large_area_shows_the_small_ratio(capsys, fmt):
    # three's places hold about 80 km² each: a few ten-thousandths of France, never "0.0"
    argv = ["gains", str(DATA / "three"), "--by", "total", "--compare", "France"]
    code, out, _ = run(capsys, *argv, "--format", fmt)
    assert code == 0
    if fmt == "csv":
        import csv
        import io

        rows = list(csv.DictReader(io.StringIO(out)))
        for r in rows:
            want = float(r["held_km2"]) / 551_500  # metropolitan France (Factbook)
            got = r["held_x_france"]
            assert got == ("0" if want == 0 else f"{want:.{2 - math.floor(math.log10(want))}f}")
        assert any(
            r["held_x_france"].startswith("0.000") and r["held_x_france"] != "0.000" for r in rows
        )
    else:
        line = next(x for x in out.splitlines() if x.lstrip().startswith("2020-01-01"))
        assert any(cell.startswith("0.000") and len(cell) == 8 for cell in line.split())


@pytest.mark.parametrize(("text", "days"), [("30", 30), ("7", 7), ("0", None)])
def test_maps_rolling_window(text, days):
    args = build_parser().parse_args(["maps", str(DATA / "three"), "--out", "x", "--rolling", text])
    assert args.rolling == days  # 0: no rate chart on the index
    assert build_parser().parse_args(["maps", str(DATA / "three"), "--out", "x"]).rolling == 30


@pytest.mark.parametrize("bad", ["-3", "x", "2.5"])
def test_maps_rolling_window_rejects_what_is_not_days(capsys, bad):
    with pytest.raises(SystemExit):
        build_parser().parse_args(["maps", str(DATA / "three"), "--out", "x", "--rolling", bad])
    assert "is not a number of days" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "expected"),
    [("gians", "did you mean 'gains'?"), ("chek", "did you mean 'check'?"), ("mpas", "'maps'")],
)
def test_a_mistyped_command_names_the_nearest(capsys, command, expected):
    code, out, err = run(capsys, command, str(DATA / "tiny"))
    assert code == 2 and out == ""
    assert err.startswith(f"geomap: error: unknown command {command!r}; ") and expected in err


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--fromm", "2017-05-01"], "--fromm (did you mean --from?) 2017-05-01"),
        (["--fromm=2017-05-01"], "--fromm=2017-05-01 (did you mean --from?)"),
        (["--thetre"], "--thetre (did you mean the THEATRE argument, given without an option"),
        (["--zzzzzz"], "unrecognized arguments: --zzzzzz\n"),
        (["stray"], "unrecognized arguments: stray\n"),
        (["--\x1b[31mx"], "unrecognized arguments: --\\x1b[31mx\n"),
    ],
)
def test_an_unknown_option_is_said_by_the_command_with_the_nearest(capsys, extra, expected):
    with pytest.raises(SystemExit) as exc:
        main(["gains", str(DATA / "tiny"), *extra])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    # the command's own usage and prog, not the top level's "geomap [-h] COMMAND ..."
    assert err.startswith("usage: geomap gains ") and "geomap gains: error: " in err
    assert expected in err and "\x1b" not in err


def test_an_unlike_command_gets_argparses_list(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["zzz\x1b[31m"])
    assert exc.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("confidence", "confrimed", "did you mean 'confirmed'?"),
        ("to_actor", "REDD", "nearest: 'Red Army' (id RED)"),
    ],
)
def test_near_misses_in_events_name_the_nearest(capsys, tmp_path, column, value, expected):
    import csv
    import shutil

    theatre = tmp_path / "t"
    shutil.copytree(DATA / "tiny", theatre)
    with open(theatre / "events.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    rows[0][column] = value
    with open(theatre / "events.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    code, out, _ = run(capsys, "check", str(theatre))
    assert code == 1
    assert f"events.csv:2: {column}: " in out and expected in out
