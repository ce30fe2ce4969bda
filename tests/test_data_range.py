"""The days a theatre's data covers: a range outside is refused, one that straddles an edge is
clipped and says so, and every ledger states the covered period (``geomap.dates.within_data``).

The ``three`` theatre has its initial snapshot on 2020-01-01 and its last event on 2020-01-05
(no ``[dates]``), so its data covers 2020-01-01 to 2020-01-05.
"""

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest

from geomap.cli import main
from geomap.dates import DataSpan, within_data
from geomap.errors import ArgumentError, DataRangeError, InputError
from geomap.theatre import load_theatre

DATA = Path(__file__).parent / "data"
D = dt.date

SPAN = DataSpan(D(2020, 1, 1), D(2020, 1, 5), "the initial snapshot", "the last event")

#: (case, asked start, asked end, figures' start, end, clipped?) — None: refused.
CASES = [
    ("before start", "2019-12-01", "2019-12-31", None, None, None),
    ("one day before start", "2019-12-31", "2019-12-31", None, None, None),
    ("straddling start", "2019-12-20", "2020-01-03", "2020-01-01", "2020-01-03", True),
    ("inside", "2020-01-02", "2020-01-04", "2020-01-02", "2020-01-04", False),
    ("the whole span", "2020-01-01", "2020-01-05", "2020-01-01", "2020-01-05", False),
    ("one day, first", "2020-01-01", "2020-01-01", "2020-01-01", "2020-01-01", False),
    ("one day, last", "2020-01-05", "2020-01-05", "2020-01-05", "2020-01-05", False),
    ("straddling end", "2020-01-04", "2020-02-10", "2020-01-04", "2020-01-05", True),
    ("straddling both", "2019-12-01", "2020-02-10", "2020-01-01", "2020-01-05", True),
    ("one day after end", "2020-01-06", "2020-01-06", None, None, None),
    ("after end", "2021-01-01", "2021-12-31", None, None, None),
]
IDS = [c[0] for c in CASES]


@pytest.fixture(scope="module")
def three():
    return load_theatre(DATA / "three")


@pytest.mark.parametrize(("case", "a", "b", "lo", "hi", "clipped"), CASES, ids=IDS)
def test_within_data(case, a, b, lo, hi, clipped):
    start, end = D.fromisoformat(a), D.fromisoformat(b)
    if lo is None:
        edge = "before the data starts on 2020-01-01" if end < SPAN.start else "after the data ends"
        with pytest.raises(DataRangeError, match=edge) as err:
            within_data(start, end, SPAN)
        assert isinstance(err.value, ArgumentError)  # a usage error: exit 2
        assert "give dates from 2020-01-01 to 2020-01-05" in str(err.value)
        return
    got_lo, got_hi, notes = within_data(start, end, SPAN)
    assert (str(got_lo), str(got_hi)) == (lo, hi)
    assert notes["data covers"] == SPAN.text
    if clipped:
        assert notes["range clipped"].startswith(f"asked {a} to {b};")
        assert notes["range clipped"].endswith(f"so the figures are for {lo} to {hi}")
    else:
        assert "range clipped" not in notes


def test_the_span_of_an_event_theatre(three):
    span = three.data_span
    assert (span.start, span.end) == (D(2020, 1, 1), D(2020, 1, 5))
    assert (span.start_source, span.end_source) == ("the initial snapshot", "the last event")


@pytest.mark.parametrize(("case", "a", "b", "lo", "hi", "clipped"), CASES, ids=IDS)
def test_ledger_and_diff_say_what_they_cover(three, case, a, b, lo, hi, clipped):
    if lo is None:
        with pytest.raises(DataRangeError):
            three.ledger(by="total", start=a, end=b)
        with pytest.raises(DataRangeError):
            three.diff(a, b)
        return
    led = three.ledger(by="total", start=a, end=b)
    notes = led.attrs["assumptions"]
    assert (notes["from"], notes["to"]) == (lo, hi)
    assert {str(d) for d in led["period_start"]} == {lo}
    assert {str(d) for d in led["period_end"]} == {hi}
    assert (
        notes["data covers"] == "2020-01-01 (the initial snapshot) to 2020-01-05 (the last event)"
    )
    assert ("range clipped" in notes) is clipped
    d = three.diff(a, b)
    assert (d.attrs["start"], d.attrs["end"]) == (lo, hi)
    assert ("range clipped" in d.attrs["assumptions"]) is clipped


def test_clipping_changes_no_figure(three):
    asked = three.ledger(by="total", start="2019-06-01", end="2020-03-01")
    inside = three.ledger(by="total", start="2020-01-01", end="2020-01-05")
    cols = ["actor", "gained_km2", "lost_km2", "held_km2"]
    assert asked[cols].equals(inside[cols])


def test_control_before_the_snapshot_is_refused_after_the_end_carried_forward(three):
    with pytest.raises(DataRangeError, match="before the data starts on 2020-01-01"):
        three.control("2019-12-30")
    # the end of the day before the snapshot is its start, which the snapshot describes
    assert "carried forward" not in three.control("2019-12-31").attrs["assumptions"]
    assert "carried forward" not in three.control("2020-01-05").attrs["assumptions"]
    later = three.control("2020-03-01")
    note = later.attrs["assumptions"]["carried forward"]
    assert note.startswith("2020-03-01 is after the data ends on 2020-01-05 (the last event)")
    assert "an assumption, not data" in note
    last = three.control("2020-01-05")
    assert list(later["area_km2"]) == list(last["area_km2"])


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("case", "a", "b", "lo", "hi", "clipped"), CASES, ids=IDS)
def test_gains_command(capsys, case, a, b, lo, hi, clipped):
    code, out, err = run(capsys, "gains", DATA / "three", "--by", "total", "--from", a, "--to", b)
    if lo is None:
        assert code == 2  # a usage error, as for an end before the start
        assert out == ""
        assert "the days the theatre's data covers" in err
        assert ("before the data starts" in err) or ("after the data ends on 2020-01-05" in err)
        return
    assert code == 0
    assert f"from: {lo}\nto: {hi}\n" in out
    assert "data covers: 2020-01-01 (the initial snapshot) to 2020-01-05 (the last event)" in out
    assert f"held at the end of {hi}" in out
    assert ("geomap: warning: range clipped: asked" in err) is clipped


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_gains_outputs_state_the_covered_period(capsys, tmp_path, fmt):
    argv = ["gains", DATA / "three", "--from", "2019-12-01", "--to", "2020-01-03"]
    if fmt == "csv":
        code, _out, err = run(capsys, *argv, "--csv", tmp_path / "g.csv")
        meta = json.loads((tmp_path / "g.json").read_text(encoding="utf-8"))
    else:
        code, out, err = run(capsys, *argv, "--format", "json")
        meta = json.loads(out)["assumptions"]
    assert code == 0
    assert "geomap: warning: range clipped" in err
    assert meta["data covers"].startswith("2020-01-01 (the initial snapshot) to 2020-01-05")
    assert meta["range clipped"].startswith("asked 2019-12-01 to 2020-01-03;")
    assert (meta["from"], meta["to"]) == ("2020-01-01", "2020-01-03")


@pytest.mark.parametrize(
    ("a", "b", "code", "says"),
    [
        ("2021-01-01", "2021-02-01", 2, "after the data ends on 2020-01-05"),
        ("2019-11-01", "2019-11-30", 2, "before the data starts on 2020-01-01"),
        ("2019-12-01", "2020-01-05", 0, "geomap: warning: range clipped"),
        ("2020-01-02", "2020-01-05", 0, ""),
    ],
)
def test_diff_command(capsys, a, b, code, says):
    got, out, err = run(capsys, "diff", DATA / "three", a, b)
    assert got == code
    assert says in err
    if code == 0:
        assert "no ground changed hands" not in out
    else:
        assert "no ground changed hands" not in out and out == ""


# ----------------------------------------------------------------- the index's range and its rate
def _three_until(tmp_path, end: str | None):
    """tests/data/three (last event 2020-01-05) with ``[dates] end`` (None: none)."""
    import shutil

    folder = Path(shutil.copytree(DATA / "three", tmp_path / "three"))
    if end is not None:
        toml = folder / "theatre.toml"
        toml.write_text(toml.read_text() + f'\n[dates]\nstart = "2020-01-01"\nend = "{end}"\n')
    return load_theatre(folder)


@pytest.mark.parametrize(
    ("dates_end", "last"),
    [("2020-01-10", "2020-01-10"), ("2020-01-05", "2020-01-05"), (None, "2020-01-05")],
)
def test_the_index_rate_and_ledger_run_to_the_end_gains_counts_to(
    capsys, tmp_path, dates_end, last
):
    th = _three_until(tmp_path, dates_end)
    assert str(th.map_dates("event")[-1]) == "2020-01-05"  # the last event: maps stop there
    th.write_maps(tmp_path / "maps", rolling=2)
    html = (tmp_path / "maps" / "index.html").read_text(encoding="utf-8")
    # the rate quoted is the one `geomap gains --rolling 2` gives on the same last day
    code, out, _ = run(
        capsys, "gains", tmp_path / "three", "--by", "total", "--rolling", "2", "--format", "csv"
    )
    assert code == 0
    import csv
    import io

    rows = {r["actor_name"]: r for r in csv.DictReader(io.StringIO(out))}
    assert {r["period_end"] for r in rows.values()} == {last}
    alpha = float(rows["Alpha"]["rolling_2d_net_km2_per_day"])
    assert f"On {last}" in html
    assert f"Alpha {alpha:+,.1f} km²/day" in html
    said = "(the end of the range, the day 'geomap gains' counts to; the last\nmap is of 2020-01-05"
    assert (said in html) is (last != "2020-01-05")
    assert f"2020-01-01 to {last}" in html  # the ledger's period


# ----------------------------------------------------------------- claims outside the data
STRADDLES = "the model covers only 2020-01-01 to 2020-01-05 of it; the claim's first 31 days are not counted"


@pytest.mark.parametrize(
    ("start", "end", "computed", "note"),
    [
        ("2019-11-01", "2019-11-30", None, "is before the data starts on 2020-01-01"),
        ("2020-03-01", "2020-03-31", None, "is after the data ends on 2020-01-05"),
        ("2019-12-01", "2020-01-05", 78.4, STRADDLES),  # straddling the start: the covered part
        (
            "2020-01-01",
            "2020-01-09",
            78.4,
            "the model covers only 2020-01-01 to 2020-01-05 of it; the claim's last 4 days are "
            "not counted",
        ),
        ("2020-01-01", "2020-01-05", 78.4, ""),  # inside
    ],
)
def test_a_claim_outside_the_data_is_not_computed_as_zero(
    capsys, tmp_path, start, end, computed, note
):
    import math
    import shutil

    folder = Path(shutil.copytree(DATA / "three", tmp_path / "three"))
    (folder / "claims.csv").write_text(
        "id,actor,start,end,figure,claimant,source,source_url,note\n"
        f'c1,A,{start},{end},"500 km²",Someone,a source,,\n',
        encoding="utf-8",
    )
    th = load_theatre(folder)
    row = th.claims().iloc[0]
    if computed is None:
        assert math.isnan(row["computed_gained_km2"]) and math.isnan(row["diff_pct"])
    else:
        assert row["computed_gained_km2"] == pytest.approx(computed, abs=0.05)
    assert note in row["data_note"] and (row["data_note"] == "") is (note == "")
    # no figure, no count of places: blank, never 0
    places = th.claims_by_radius([5]).iloc[0]["places_gained"]
    assert (places is pd.NA) is (computed is None)
    headline = th.claims_headline()[0]
    assert note in headline
    assert ("model covers only" in headline) is note.startswith("the model covers")
    code, out, err = run(capsys, "gains", folder, "--by", "total")
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.lstrip().startswith("c1 "))
    said = "(no computed figure: the claim's period lies outside the days the data covers)"
    assert (said in out) is (computed is None)
    assert (f"(c1: {note})" in out) is (computed is not None and note != "")
    assert ("NaN" in line or " 0.0 " in line.split("500.0", 1)[1]) is False
    code, out, err = run(capsys, "claims", folder)
    assert code == 0, err
    outside = "model: its period lies outside the days the theatre's data covers"
    assert (outside in out) is (computed is None)
    assert "nan" not in out.lower()
    if computed is not None and note:  # the verdict is qualified: never silently clipped
        verdict = next(x for x in out.splitlines() if x.lstrip().startswith("verdict:"))
        assert verdict.endswith(f"; but {note}"), verdict
    code, out, err = run(capsys, "claims", folder, "--format", "csv")
    assert code == 0, err
    import csv as _csv

    rows = list(_csv.DictReader(x for x in out.splitlines() if not x.startswith("#")))
    assert note in rows[0]["data_note"] and (rows[0]["data_note"] == "") is (note == "")


@pytest.mark.parametrize("jobs", ["1"])
def test_maps_with_a_claim_outside_and_one_straddling_the_data(capsys, tmp_path, jobs):
    """A claim wholly outside gets no comparison page and the index says why; a straddling
    one's page is of the covered days, and its line says what is not counted."""
    import shutil

    folder = Path(shutil.copytree(DATA / "three", tmp_path / "three"))
    (folder / "claims.csv").write_text(
        "id,actor,start,end,figure,claimant,source,source_url,note\n"
        'out,A,2019-06-01,2019-07-01,"500 km²",Early,a source,,\n'
        'strad,A,2019-12-01,2020-01-05,"70 km²",Straddler,a source,,\n',
        encoding="utf-8",
    )
    out_dir = tmp_path / "maps"
    code, _out, err = run(capsys, "maps", folder, "--out", out_dir, "--quiet", "--jobs", jobs)
    assert code == 0, err
    pages = sorted(p.name for p in out_dir.glob("diff-*.html"))
    assert pages == ["diff-2020-01-01--2020-01-05.html"], pages  # the straddler's, clipped
    html = (out_dir / "index.html").read_text(encoding="utf-8")
    assert "lies outside the days the theatre" in html
    assert "2019-06-01 to 2019-07-01 is before the data starts on 2020-01-01" in html
    assert STRADDLES.replace("'", "&#39;") in html or STRADDLES in html


@pytest.mark.parametrize(
    ("a", "b", "code", "says"),
    [
        ("2019-12-25", None, 0, "geomap: warning: range clipped: asked 2019-12-25 to 2020-01-05"),
        ("2020-01-02", None, 0, None),
        ("2019-12-01", "2019-12-25", 2, "before the data starts on 2020-01-01"),
        ("2020-02-01", "2020-02-02", 2, "after the data ends on 2020-01-05"),
    ],
)
def test_maps_say_when_the_range_is_clipped(capsys, tmp_path, a, b, code, says):
    argv = ["maps", DATA / "three", "--out", tmp_path / "maps", "--quiet", "--from", a]
    got, _out, err = run(capsys, *argv, *(["--to", b] if b else []))
    assert got == code
    assert (says in err) if says else ("range clipped" not in err)
    assert (tmp_path / "maps" / "index.html").exists() is (code == 0)
    if code == 0:
        html = (tmp_path / "maps" / "index.html").read_text(encoding="utf-8")
        assert "2019-12-25" not in html  # no page, chart or ledger row before the data


# ----------------------------------------------------------------- no initial snapshot
SIN = DATA.parent / "extract" / "data" / "sin15"


@pytest.mark.parametrize(
    ("first_event", "start", "source"),
    [
        ("2015-03-01", "2015-03-01", "the first event, before [dates] start"),  # earlier
        ("2015-06-01", "2015-06-01", "the first event"),  # on [dates] start
        ("2015-06-20", "2015-06-01", "[dates] start"),  # later: [dates] start, all unassigned
    ],
)
def test_without_a_snapshot_the_data_starts_at_the_earlier_of_dates_start_and_first_event(
    capsys, tmp_path, first_event, start, source
):
    import shutil

    folder = Path(shutil.copytree(SIN, tmp_path / "sin"))
    (folder / "control.csv").write_text("as_of,place,actor\n", encoding="utf-8")
    toml = (folder / "theatre.toml").read_text(encoding="utf-8")
    (folder / "theatre.toml").write_text(
        toml.replace('start = "2015-01-01"', 'start = "2015-06-01"'), encoding="utf-8"
    )
    (folder / "events.csv").write_text(
        "date,place,geometry,to_actor,from_actor,confidence,claimed_area_km2,source,source_url,note\n"
        f"{first_event},arish,,SP,,confirmed,,Wire,,\n"
        "2015-07-01,sheikh-zuweid,,SP,,confirmed,,Wire,,\n",
        encoding="utf-8",
    )
    th = load_theatre(folder)
    assert (str(th.data_span.start), th.data_span.start_source) == (start, source)
    code, out, err = run(capsys, "gains", folder, "--from", "2015-02-01", "--to", first_event)
    if first_event == "2015-03-01":  # refused before: exit 2 (38da866: 418.1 km²)
        assert code == 0, err
        assert "418.1" in out
        assert "range clipped: asked 2015-02-01 to 2015-03-01" in err
    else:  # nothing is known of 2015-02-01 .. the data's start: clipped, and said
        assert code == 0, err
        assert f"the data starts on {start}" in err


# ----------------------------------------------------------------- errors name what was typed
@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["gains", "--from", "2020-02-01"], "argument --from: 2020-02-01 is after the data ends"),
        (["gains", "--to", "2019-12-01"], "argument --to: 2019-12-01 is before the default start"),
        # both ways out, with their days (it said "or an earlier start too")
        (["gains", "--to", "2019-12-01"], "give a start on or before 2019-12-01 as well, or an"),
        (
            ["gains", "--from", "2019-11-01", "--to", "2019-12-01"],
            "argument --to: 2019-11-01 to 2019-12-01 is before the data starts",
        ),
        (["gains", "--from", "2020-01-03", "--to", "2020-01-02"], "argument --to: 2020-01-02 is"),
        (["maps", "--from", "2020-02-01"], "argument --from: 2020-02-01 is after the data ends"),
        (["diff", "2020-02-01", "2020-02-02"], "argument START: 2020-02-01 to 2020-02-02 is after"),
        (["diff", "2019-11-01", "2019-11-02"], "argument END: 2019-11-01 to 2019-11-02 is before"),
    ],
)
def test_a_date_range_error_names_the_option_typed(capsys, tmp_path, argv, says):
    extra = ["--out", tmp_path / "maps", "--quiet"] if argv[0] == "maps" else []
    code, out, err = run(capsys, argv[0], DATA / "three", *argv[1:], *extra)
    assert code == 2
    assert says in err, err
    assert "argument start" not in err and "argument end" not in err


@pytest.mark.parametrize(
    ("call", "says"),
    [
        (lambda th: th.ledger(start="2020-02-01"), "argument start: 2020-02-01 is after"),
        (lambda th: th.ledger(end="2019-12-01"), "argument end: 2019-12-01 is before"),
        (lambda th: th.control("2019-11-01"), "argument date: 2019-11-01 is before the data"),
        (lambda th: th.diff("2020-02-01", "2020-02-03"), "argument start: 2020-02-01 to"),
    ],
)
def test_a_date_range_error_names_the_api_argument(three, call, says):
    with pytest.raises(InputError) as err:
        call(three)
    assert says in str(err.value)
