"""Kept ledger arrays (geomap.ledger_basis.LedgerBasis): ``geomap gains`` with any option.

A ``gains`` run that loaded the theatre keeps what every ledger is worked from; a later
``gains`` with another period, range, units, rolling window or table output is worked from
those arrays with numpy and pandas alone, and prints the same bytes as ``--no-cache``.
Anything else (JSON, several radii, a contested band, an edited file, a damaged entry) loads
the theatre.  Every test has its own empty cache folder (tests/conftest.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from pandas.testing import assert_frame_equal
from test_cache import _rewrite
from test_cache_table import _PROBE, warned_three

from geomap import _csv
from geomap.cache import cache_dir, entries
from geomap.cli import gains
from geomap.ledger_basis import LedgerBasis
from geomap.theatre import load_theatre

TESTS = Path(__file__).parent
DEMO = TESTS.parent / "layers" / "syria-2017"


@pytest.fixture
def theatre(tmp_path: Path) -> Path:
    """The three-place theatre with two warnings (test_cache_table's)."""
    return warned_three(tmp_path)


@pytest.fixture
def no_load(monkeypatch):
    """Within it, a ``gains`` that would load the theatre fails: only kept arrays print."""

    def refuse(args):
        raise AssertionError("the theatre was loaded")

    return lambda: monkeypatch.setattr(gains, "load", refuse)


def _bases() -> list[str]:
    return sorted(e["entry"] for e in entries(cache_dir()) if e["entry"].startswith("ledger-"))


#: Option sets worked from the arrays a plain ``gains --format csv`` kept (``first``).
_OPTIONS = {
    "week csv, sq mi, meta": ["--format", "csv", "--by", "week", "--sq-mi", "--with-meta"],
    "range, rolling, compare": [
        *("--format", "csv", "--from", "2020-01-02", "--to", "2020-01-06"),
        *("--rolling", "3", "--compare", "Lebanon"),
    ],
    "before the data, rolling": ["--format", "csv", "--from", "2019-12-20", "--rolling", "2"],
    "after the events": ["--format", "csv", "--by", "total", "--to", "2020-01-04"],
    "month table": ["--by", "month"],
    "table with places": ["--places", "--from", "2020-01-04"],
    "day table, sq mi": ["--sq-mi"],
}


@pytest.mark.parametrize("name", sorted(_OPTIONS))
def test_kept_arrays_print_the_same_bytes(name, theatre, cli, no_load):
    argv = ["gains", theatre, *_OPTIONS[name]]
    plain = cli(*argv, "--no-cache")
    cli("gains", theatre, "--format", "csv")  # loads the theatre and keeps its arrays
    assert len(_bases()) == 1
    no_load()
    assert cli(*argv) == plain  # code, stdout and stderr (the warnings note) alike
    assert "geomap: note: 2 warning(s)" in plain[2]


@pytest.mark.parametrize("name", sorted(_OPTIONS))
def test_a_first_run_prints_the_same_bytes(name, theatre, cli):
    """The run that loads the theatre prints from the arrays it keeps, as ``--no-cache``."""
    argv = ["gains", theatre, *_OPTIONS[name]]
    plain = cli(*argv, "--no-cache")
    assert cli(*argv) == plain
    assert len(_bases()) == 1


def test_a_first_run_hashes_each_file_once_and_makes_the_front_once(theatre, cli, monkeypatch):
    """A cache miss: the store's key (every input file hashed) is made once, before and for
    the load; the front on each day is measured once, for the table and the kept arrays."""
    import geomap.cache
    from geomap.theatre import _change, core

    hashed, fronts = [], []
    digest, front = geomap.cache._digest, core.front_km_by_day

    def count_digest(path):
        hashed.append(Path(path))
        return digest(path)

    def count_front(*args):
        fronts.append(args[-1])
        return front(*args)

    monkeypatch.setattr(geomap.cache, "_digest", count_digest)
    monkeypatch.setattr(core, "front_km_by_day", count_front)
    monkeypatch.setattr(_change, "front_km_by_day", count_front)
    code, out, _ = cli("gains", theatre, "--format", "csv")
    assert code == 0 and "front_km" in out.splitlines()[0]
    assert hashed and len(hashed) == len(set(hashed))  # each file once
    assert len(fronts) == 1
    assert len(_bases()) == 1


@pytest.mark.parametrize(
    "options",
    [["--confidence", "confirmed"], ["--radius", "3"], ["--fix-invalid"]],
    ids=lambda o: o[0],
)
def test_options_of_the_load_have_their_own_arrays(options, theatre, cli, no_load):
    argv = ["gains", theatre, "--by", "week", *options]
    plain = cli(*argv, "--no-cache")
    cli("gains", theatre, "--format", "csv")  # the default load's arrays: not these
    assert cli(*argv) == plain and len(_bases()) == 2  # loaded, and its own arrays kept
    no_load()
    assert cli(*argv) == plain


def test_a_kept_csv_file_and_its_sidecar(theatre, tmp_path, cli, no_load):
    cli("gains", theatre, "--format", "csv")
    out = {k: tmp_path / f"{k}.csv" for k in ("plain", "hit")}
    results = {}
    for kind, path in out.items():
        if kind == "hit":
            no_load()
        code, stdout, err = cli(
            "gains", theatre, "--by", "week", "--csv", path, *(["--no-cache"] * (kind == "plain"))
        )
        results[kind] = (code, stdout, err.replace(str(path.with_suffix("")), "FILE"))
    assert results["plain"] == results["hit"]
    assert out["hit"].read_bytes() == out["plain"].read_bytes()
    assert _csv.meta_path(out["hit"]).read_bytes() == _csv.meta_path(out["plain"]).read_bytes()


_DEMO_OPTIONS = {
    "week csv": ["--format", "csv", "--by", "week"],
    "table (claims beside the model)": [],
    "May, total, rolling": ["--by", "total", "--from", "2017-05-01", "--to", "2017-05-31"],
    "month, rolling, compare": ["--format", "csv", "--by", "month", "--rolling", "7"]
    + ["--compare", "Lebanon"],
}


def test_the_demo_from_kept_arrays(cli, monkeypatch):
    plain = {k: cli("gains", DEMO, *o, "--no-cache") for k, o in _DEMO_OPTIONS.items()}
    cli("gains", DEMO, "--format", "csv")
    monkeypatch.setattr(gains, "load", lambda args: pytest.fail("the theatre was loaded"))
    for name, options in _DEMO_OPTIONS.items():
        assert cli("gains", DEMO, *options) == plain[name], name
    assert "claims beside the model" in plain["table (claims beside the model)"][1]


def test_json_and_several_radii_load_the_theatre(theatre, cli):
    cli("gains", theatre, "--format", "csv")
    for options in (["--format", "json"], ["--radius", "3,5", "--by", "total"]):
        argv = ["gains", theatre, *options]
        assert cli(*argv) == cli(*argv, "--no-cache")


def test_an_edited_file_is_never_worked_from_kept_arrays(theatre, cli):
    cli("gains", theatre, "--format", "csv")
    with open(theatre / "events.csv", "a", encoding="utf-8") as fh:
        fh.write("2020-01-09,c,,A,C,test\n")
    code, out, err = cli("gains", theatre, "--by", "week")
    assert "inputs is stale (events.csv changed); rebuilding" in err
    assert (code, out) == cli("gains", theatre, "--by", "week", "--no-cache")[:2]
    assert "2020-01-06" in out  # the week of the new event


def _forge(entry: Path, change) -> None:
    """Edit the kept value's spec and fix its checksum (a file that passes the manifest)."""
    spec = json.loads((entry / "data.json").read_bytes())
    change(spec["v"])
    _rewrite(entry, "data.json", json.dumps(spec).encode())


def _basis_spec(fields: dict) -> dict:
    return fields["basis"]["v"]


def _swap_arrays(entry: Path, change) -> None:
    """Rewrite an array of the entry (the log's faces) and fix its checksum."""
    import io

    with np.load(entry / "arrays.npz") as npz:
        arrays = {k: npz[k] for k in npz.files}
    spec = json.loads((entry / "data.json").read_bytes())
    name = _basis_spec(spec["v"])["log"]["v"]["face"]["a"]
    arrays[name] = change(arrays[name])
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    _rewrite(entry, "arrays.npz", buf.getvalue())


_DAMAGE = {
    "flipped byte": lambda e: (e / "data.json").write_bytes(
        (e / "data.json").read_bytes().replace(b'"t"', b'"T"', 1)
    ),
    "missing arrays": lambda e: (e / "arrays.npz").unlink(),
    "no warnings count": lambda e: _forge(e, lambda v: v.pop("warnings")),
    "a field too many": lambda e: _forge(
        e, lambda v: _basis_spec(v).update(extra={"t": "j", "v": 1})
    ),
    "radius as text": lambda e: _forge(
        e, lambda v: _basis_spec(v).update(radius_km={"t": "j", "v": "5"})
    ),
    "a face out of range": lambda e: _swap_arrays(e, lambda a: a + 1000),
    "faces as floats": lambda e: _swap_arrays(e, lambda a: a.astype(float)),
    "a change too few": lambda e: _swap_arrays(e, lambda a: a[:-1]),
}


@pytest.mark.parametrize("damage", sorted(_DAMAGE))
def test_damaged_arrays_are_said_and_rebuilt(damage, theatre, cli):
    argv = ["gains", theatre, "--by", "week"]
    plain = cli(*argv, "--no-cache")
    cli("gains", theatre, "--format", "csv")
    (name,) = _bases()
    (slot,) = [p for p in cache_dir().iterdir() if p.is_dir()]
    _DAMAGE[damage](slot / name)
    code, out, err = cli(*argv)
    assert f"{name} is damaged (" in err and (code, out) == plain[:2]
    assert err.replace(err.splitlines()[0] + "\n", "", 1) == plain[2]  # said once, first
    assert cli(*argv) == plain  # rebuilt: worked from the arrays again


def test_kept_arrays_import_no_geometry_library(theatre, cli):
    cli("gains", str(theatre), "--format", "csv")
    argv = ["gains", str(theatre), "--format", "csv", "--by", "week", "--rolling", "2"]
    _, want, _ = cli(*argv, "--no-cache")
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(cache_dir())}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, env=env, check=True
    )
    got = json.loads(proc.stdout)
    assert got["code"] == 0 and got["out"] == want, proc.stderr
    assert set(got["loaded"]) <= {"pandas", "pyarrow"}  # no geopandas, shapely or pyproj


# ------------------------------------------------------------------ the basis itself
_CLAIMS = (
    "id,actor,start,end,figure,claimant,source,source_url,note\n"
    'c1,A,2020-01-02,2020-01-04,"50 km²",someone,test,,\n'
    'c2,C,2020-01-01,2020-01-06,"20 square kilometres",other,test,,\n'
)


def test_a_basis_works_the_theatres_ledgers_fronts_and_claims(theatre):
    (theatre / "claims.csv").write_text(_CLAIMS, encoding="utf-8")
    th = load_theatre(theatre, cache=False)
    basis = LedgerBasis.from_value(th.ledger_basis().value())
    days = [dt.date(2019, 12, 30) + dt.timedelta(days=k) for k in range(12)]
    for by in ("day", "week", "month", "total"):
        for start, end in [(None, None), (days[0], days[-1]), (days[4], days[6])]:
            want = th.ledger(by=by, start=start, end=end, front=True)
            got = basis.front_columns(basis.ledger(by=by, start=start, end=end))
            assert_frame_equal(got, want, check_exact=True)
            assert {**got.attrs["assumptions"], "front": ""} == {
                **want.attrs["assumptions"],
                "front": "",
            }
    assert len(th.claims()) == 2
    assert_frame_equal(basis.claims(), th.claims(), check_exact=True)
    want = th.claims_by_radius([th.radius_km])
    assert_frame_equal(basis.claims_by_radius([th.radius_km]), want, check_exact=True)
    assert basis.claims_by_radius([5]).attrs == want.attrs
    with pytest.raises(ValueError, match="under 5 km only"):
        basis.claims_by_radius([3])


def test_a_contested_band_keeps_no_basis(theatre):
    toml = (theatre / "theatre.toml").read_text(encoding="utf-8")
    toml = toml.replace("cell_radius_km = 5", "cell_radius_km = 5\ncontested_band_km = 1")
    (theatre / "theatre.toml").write_text(toml, encoding="utf-8")
    assert load_theatre(theatre, cache=False).ledger_basis() is None


def test_a_theatre_without_dates_keeps_no_basis(tmp_path):
    """No [dates], snapshot date or event: its default range is today, which a kept range
    would not follow."""
    folder = tmp_path / "th"
    shutil.copytree(TESTS / "data" / "three", folder)
    (folder / "events.csv").write_text("date,place,geometry,to_actor,from_actor,source\n")
    (folder / "control.csv").write_text("as_of,place,actor\n")  # an empty snapshot
    th = load_theatre(folder, cache=False)
    assert th.snapshot_date is None and not len(th.history.applied)
    assert th.ledger_basis() is None


def test_a_kept_table_with_a_range_imports_no_pandas(theatre, cli):
    """``--from``/``--to`` are parsed without pandas: a repeat with a range is numpy alone."""
    argv = ["gains", str(theatre), "--format", "csv", "--from", "2020-01-02", "--to", "2020-01-06"]
    code, want, _ = cli(*argv)
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(cache_dir())}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, env=env, check=True
    )
    assert json.loads(proc.stdout) == {"code": 0, "out": want, "loaded": []}, proc.stderr
