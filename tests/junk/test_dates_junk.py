"""Date extremes and time zones: every event applied or reported, no traceback, no silent move."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from geomap import load_theatre
from geomap.cli import main
from geomap.dates import MAX_DAY, MIN_DAY, event_when, far_days, theatre_zone, to_day
from geomap.errors import InputError
from geomap.inputs import load_inputs

THREE = Path(__file__).parents[1] / "data" / "three"
HEADER = "date,place,geometry,to_actor,from_actor,source\n"


def _theatre(tmp_path: Path, events: list[str], toml_extra: str = "", theatre_extra: str = ""):
    folder = tmp_path / "t"
    shutil.copytree(THREE, folder)
    (folder / "events.csv").write_text(HEADER + "".join(e + "\n" for e in events), "utf-8")
    toml = (folder / "theatre.toml").read_text("utf-8")
    toml = toml.replace('title = "Three places, hand-checked"\n', f'title = "t"\n{theatre_extra}')
    (folder / "theatre.toml").write_text(toml + toml_extra, "utf-8")
    return folder


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _lines_accounted(folder: Path, n_rows: int) -> None:
    """Rows in = rows loaded + rows with an error reported (nothing dropped silently)."""
    inputs = load_inputs(folder, strict=False)
    bad = {p.line for p in inputs.problems if p.is_error and p.file.endswith("events.csv")}
    assert len(inputs.events) + len(bad) == n_rows


@pytest.mark.parametrize(
    ("section", "field"),
    [
        ('[dates]\nstart = "2020-01-01"\nend = "9999-12-31"\n', "dates.end"),
        ('[dates]\nstart = 0001-01-01\nend = "2020-02-01"\n', "dates.start"),
        ("[dates]\nend = 9999-12-31\n", "dates.end"),
    ],
)
def test_dates_out_of_range_is_an_input_error_not_an_overflow(tmp_path, capsys, section, field):
    folder = _theatre(tmp_path, ["2020-01-03,b,,A,B,test"], section)
    code, out, err = _run(capsys, "check", folder)
    assert code == 1
    assert "theatre.toml:" in out and f": {field}: " in out and "supports" in out
    for argv in (
        ("gains", folder),
        ("export", folder, "--date", "2020-01-03", "--out", tmp_path / "x.gpkg"),
    ):
        code, out, err = _run(capsys, *argv)
        assert code == 1 and "Traceback" not in err and field in err


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "2262-04-12", "1499-12-31"])
def test_event_out_of_range_names_file_line_field(tmp_path, capsys, day):
    folder = _theatre(tmp_path, ["2020-01-03,b,,A,B,test", f"{day},c,,C,B,test"])
    code, out, _ = _run(capsys, "check", folder)
    assert code == 1
    assert f"events.csv:3: date: '{day}' is outside the days geomap supports" in out
    _lines_accounted(folder, 2)


def test_offset_aware_time_moves_day_with_a_warning(tmp_path, capsys):
    folder = _theatre(tmp_path, ["2020-01-03T01:00+03:00,b,,A,B,test"])
    code, out, _ = _run(capsys, "check", folder)
    assert code == 0
    assert "events.csv:2: date: warning: '2020-01-03T01:00+03:00' has a UTC offset" in out
    assert "the day before" in out
    th = load_theatre(folder)
    assert th.event_ledger()["date"].tolist() == [dt.date(2020, 1, 2)]


def test_theatre_timezone_converts_aware_times_and_keeps_naive_ones(tmp_path, capsys):
    folder = _theatre(
        tmp_path,
        ["2020-01-03T22:30Z,b,,A,B,test", "2020-01-05T23:30,c,,C,B,test"],
        theatre_extra='timezone = "Asia/Damascus"\n',
    )
    th = load_theatre(folder)
    days = th.event_ledger()["date"].tolist()
    assert days == [dt.date(2020, 1, 4), dt.date(2020, 1, 5)]  # 22:30 UTC = 00:30 in Damascus
    code, out, _ = _run(capsys, "check", folder)
    assert code == 0 and "(Asia/Damascus), the day after" in out
    assert "events.csv:3" not in out  # the naive time is local: no note


@pytest.mark.parametrize("zone", ["Mars/Olympus", "", "UTC+3"])
def test_bad_timezone_is_named(tmp_path, capsys, zone):
    folder = _theatre(tmp_path, ["2020-01-03,b,,A,B,test"], theatre_extra=f'timezone = "{zone}"\n')
    code, out, _ = _run(capsys, "check", folder)
    assert code == 1 and "theatre.toml:" in out and "theatre.timezone:" in out and "IANA" in out


def test_typo_year_and_events_after_the_range_are_warned(tmp_path, capsys):
    folder = _theatre(
        tmp_path,
        ["2020-01-03,b,,A,B,test", "2020-02-10,c,,C,B,test", "2120-01-05,a,,C,A,test"],
        '[dates]\nstart = "2020-01-01"\nend = "2020-01-31"\n',
    )
    code, out, _ = _run(capsys, "check", folder)
    assert code == 0  # warnings: the events are applied
    assert (
        "events.csv:3: date: warning: 2 events after [dates] end (2020-01-31) (lines 3, 4, "
        "to 2120-01-05): applied, but outside the default range of gains and maps"
    ) in out
    assert "events.csv:4: date: warning: 2120-01-05 is more than 5 years from" in out
    assert "a typo in the year?" in out
    _lines_accounted(folder, 3)
    code, out, _ = _run(capsys, "gains", folder, "--by", "total")
    assert code == 0
    assert "events after this range: 2 (from 2020-02-10): not counted here" in out
    code, out, _ = _run(capsys, "gains", folder, "--by", "total", "--to", "2120-01-05")
    assert code == 0  # counted when the range covers it, no overflow


def test_snapshot_date_out_of_range(tmp_path, capsys):
    folder = _theatre(tmp_path, ["2020-01-03,b,,A,B,test"])
    control = (folder / "control.csv").read_text("utf-8").replace("2020-01-01", "9999-12-31")
    (folder / "control.csv").write_text(control, "utf-8")
    code, out, _ = _run(capsys, "check", folder)
    assert code == 1 and "control.csv:2: as_of: '9999-12-31' is outside" in out


def test_api_dates_out_of_range():
    with pytest.raises(InputError, match="outside the days geomap supports"):
        to_day(dt.date(9999, 12, 31))
    with pytest.raises(InputError, match="outside the days geomap supports"):
        to_day("0001-01-01")
    assert to_day(MIN_DAY) == MIN_DAY and to_day(MAX_DAY) == MAX_DAY


def test_date_helpers():
    assert theatre_zone("Europe/Kyiv")[1] is None
    when, err, note = event_when("2199-12-31T23:00-05:00")
    assert when is None and "outside" in err and note is None
    d = dt.date
    assert far_days([d(2017, 5, 1), d(2017, 5, 2)]) == []
    assert far_days([d(2017, 5, 1)], end=d(2017, 6, 1)) == []


def test_eighteenth_century_theatre_end_to_end(tmp_path, capsys):
    """A theatre of 1757 (Plassey's year) runs the whole chain: check, gains, maps with the
    timeline, export; the first supported day is a valid snapshot day, the day before is not."""
    folder = _theatre(
        tmp_path,
        ["1757-06-23,b,,A,B,test", "1757-07-02,c,,C,B,test"],
        toml_extra='\n[dates]\nstart = "1757-06-01"\nend = "1757-07-31"\n',
    )
    control = (folder / "control.csv").read_text("utf-8").replace("2020-01-01", "1757-06-01")
    (folder / "control.csv").write_text(control, "utf-8")
    assert _run(capsys, "check", folder)[0] == 0
    code, out, _ = _run(capsys, "gains", folder, "--from", "1757-06-01", "--to", "1757-07-31")
    assert code == 0 and "1757" in out
    th = load_theatre(folder)
    assert th.place_holders(dt.date(1757, 6, 22))["b"] == "B"
    assert th.place_holders(dt.date(1757, 6, 24))["b"] == "A"
    held = th.control(dt.date(1757, 7, 2)).set_index("actor")["area_km2"]
    assert held["A"] == pytest.approx(2 * held["C"]) and held["C"] > 0  # a and b; c
    maps = tmp_path / "maps"
    assert _run(capsys, "maps", folder, "--out", maps)[0] == 0
    timeline = next(maps.glob("*timeline*.html")).read_text("utf-8")
    assert "1757-06-23" in timeline and "1757-07-02" in timeline
    assert (
        _run(capsys, "export", folder, "--date", "1757-07-02", "--out", tmp_path / "x.gpkg")[0] == 0
    )
    assert (tmp_path / "x.gpkg").stat().st_size > 0
    (folder / "control.csv").write_text(control.replace("1757-06-01", str(MIN_DAY)), "utf-8")
    assert _run(capsys, "check", folder)[0] == 0
    (folder / "control.csv").write_text(control.replace("1757-06-01", "1499-12-31"), "utf-8")
    code, out, _ = _run(capsys, "check", folder)
    assert code == 1 and "control.csv:2: as_of: '1499-12-31' is outside" in out


def test_seventeenth_century_theatre_end_to_end(tmp_path, capsys):
    """A theatre of 1645 (Naseby's year), before pandas 2's first nanosecond timestamp
    (1677-09-21), runs the whole chain: check, gains by week and by month, maps with the
    timeline, export to GeoPackage and GeoParquet (blind sets 193, 194 and 200 had theatres of
    1645-1691 that geomap refused)."""
    folder = _theatre(
        tmp_path,
        ["1645-06-14,b,,A,B,test", "1645-07-10,c,,C,B,test"],
        toml_extra='\n[dates]\nstart = "1645-06-01"\nend = "1645-07-31"\n',
    )
    control = (folder / "control.csv").read_text("utf-8").replace("2020-01-01", "1645-06-01")
    (folder / "control.csv").write_text(control, "utf-8")
    assert _run(capsys, "check", folder)[0] == 0
    for by in ("week", "month"):
        code, out, _ = _run(
            capsys, "gains", folder, "--from", "1645-06-01", "--to", "1645-07-31", "--by", by
        )
        assert code == 0 and "1645-0" in out
    th = load_theatre(folder)
    assert th.place_holders(dt.date(1645, 6, 13))["b"] == "B"
    assert th.place_holders(dt.date(1645, 6, 15))["b"] == "A"
    maps = tmp_path / "maps"
    assert _run(capsys, "maps", folder, "--out", maps)[0] == 0
    timeline = next(maps.glob("*timeline*.html")).read_text("utf-8")
    assert "1645-06-14" in timeline and "1645-07-10" in timeline
    for name in ("x.gpkg", "x.parquet"):
        assert (
            _run(capsys, "export", folder, "--date", "1645-07-10", "--out", tmp_path / name)[0] == 0
        )
        assert (tmp_path / name).stat().st_size > 0
