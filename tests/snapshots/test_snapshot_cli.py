"""``geomap snapshot-gains`` and ``geomap snapshot-check``, run in-process."""

from __future__ import annotations

import json

import pytest
from snapshot_fixtures import daily_series

from geomap.cli import main

RULE = """
pattern = "snap_{date:%Y-%m-%d}*.geojson"
on_invalid = "warn"
[actors]
by = "fill"
map = { "#a52714" = "red", "#0f9d58" = "blue" }
"""


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def rule(tmp_path):
    path = tmp_path / "rule.toml"
    path.write_text(RULE, encoding="utf-8")
    return path


def test_gains_table(capsys, tmp_path, rule):
    folder = daily_series(tmp_path / "snaps", with_breakages=False)
    code, out, err = run(capsys, "snapshot-gains", folder, "--rule", rule, "--by", "week")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("snaps: km² per week (+proj=laea")
    assert lines[1].split() == [
        "from",
        "to",
        "actor",
        "gained",
        "km²",
        "lost",
        "km²",
        "net",
        "km²",
        "held",
        "km²",
    ]
    assert lines[2].startswith("2024-01-02  2024-01-07  red")


def test_gains_csv_and_json(capsys, tmp_path, rule):
    folder = daily_series(tmp_path / "snaps", with_breakages=False)
    code, out, _ = run(
        capsys,
        "snapshot-gains",
        folder,
        "--rule",
        rule,
        "--format",
        "csv",
        "--from",
        "2024-01-05",
        "--to",
        "2024-01-06",
    )
    assert code == 0
    assert (
        out.splitlines()[0]
        == "period_start,period_end,actor,actor_name,gained_km2,lost_km2,net_km2,held_km2"
    )
    assert len(out.splitlines()) == 1 + 2 * 2
    code, out, _ = run(
        capsys, "snapshot-gains", folder, "--rule", rule, "--format", "json", "--by", "total"
    )
    rows = json.loads(out)
    assert {r["actor"] for r in rows} == {"red", "blue"} and rows[0]["period_end"] == "2024-01-12"


def test_check_lists_flags_and_fails_on_errors(capsys, tmp_path, rule):
    folder = daily_series(tmp_path / "snaps")
    code, out, _ = run(capsys, "snapshot-check", folder, "--rule", rule)
    assert code == 1  # the invalid ring left out and the stray polygon are errors
    assert "2024-01-04 red: invalid-ring" in out and "2024-01-11 red: stray-polygon" in out
    assert "snaps: 11 snapshots 2024-01-01..2024-01-12: 8 flag(s), 2 error(s)" in out
    code, out, _ = run(
        capsys, "snapshot-check", folder, "--rule", rule, "--aoi", _aoi(tmp_path), "--fix"
    )
    assert code == 0 and "repaired" in out


def test_check_clean_series_exits_0(capsys, tmp_path, rule):
    folder = daily_series(tmp_path / "snaps", with_breakages=False)
    code, out, _ = run(capsys, "snapshot-check", folder, "--rule", rule)
    assert code == 0 and "0 flag(s), 0 error(s)" in out


def test_bad_input_is_one_clear_error(capsys, tmp_path, rule):
    code, _, err = run(capsys, "snapshot-gains", tmp_path / "nope", "--rule", rule)
    assert code == 2 and err.startswith("geomap: error:") and "not a folder" in err
    code, _, err = run(capsys, "snapshot-gains", tmp_path)
    assert code == 2 and "no --rule given" in err
    bad = tmp_path / "bad.toml"
    bad.write_text('[actors]\nby = "colour"\nmap = {}\n', encoding="utf-8")
    code, _, err = run(capsys, "snapshot-gains", tmp_path, "--rule", bad)
    assert code == 1 and "'colour' is not a rule kind" in err  # a problem in the rule file's data


def test_help_texts(capsys):
    for cmd in ("snapshot-gains", "snapshot-check", "import-geonames", "import-acled"):
        with pytest.raises(SystemExit) as exc:
            main([cmd, "--help"])
        assert exc.value.code == 0
        out = capsys.readouterr().out
        assert "usage: " in out and len(out) > 300


def _aoi(tmp_path):
    import shapely
    from snapshot_fixtures import AOI, feature

    path = tmp_path / "aoi.geojson"
    path.write_text(
        json.dumps({"type": "FeatureCollection", "features": [feature(shapely.box(*AOI))]}),
        encoding="utf-8",
    )
    return path
