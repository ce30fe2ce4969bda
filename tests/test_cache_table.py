"""A kept table (geomap.cache.Store.read_table): ``geomap gains`` as CSV from the cache.

The second identical ``geomap gains --format csv`` prints the table the first one kept,
with the same bytes on stdout and stderr, without loading the theatre; anything that
changes the table (an option, an edited file, a damaged entry) computes it again.
Every test has its own empty cache folder (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from test_cache import _rewrite

from geomap import _csv
from geomap.cache import Table, _codec, cache_dir, entries
from geomap.cli import gains

TESTS = Path(__file__).parent
DEMO = TESTS.parent / "layers" / "syria-2017"

# an event with a time offset and a contradicted from_actor: two warnings, counted on stderr
_EXTRA_PLACES = "d,Place D,,34.4,38.65,village,test\n"
_EXTRA_EVENTS = "2020-01-07T10:00+03:00,d,,A,,test\n2020-01-08,a,,C,B,test\n"


def warned_three(tmp_path: Path) -> Path:
    """The three-place theatre, with two warnings, copied under ``tmp_path``."""
    folder = tmp_path / "th"
    shutil.copytree(TESTS / "data" / "three", folder)
    with open(folder / "places.csv", "a", encoding="utf-8") as fh:
        fh.write(_EXTRA_PLACES)
    with open(folder / "events.csv", "a", encoding="utf-8") as fh:
        fh.write(_EXTRA_EVENTS)
    return folder


@pytest.fixture
def theatre(tmp_path: Path) -> Path:
    """The three-place theatre, with two warnings."""
    return warned_three(tmp_path)


@pytest.fixture
def no_ledger(monkeypatch):
    """Within it, a ``gains`` that would compute its ledger fails: only a kept table prints."""

    def refuse(args):
        raise AssertionError("the ledger was computed again")

    return lambda: monkeypatch.setattr(gains, "_print_ledger", refuse)


def _tables() -> list[str]:
    return sorted(e["entry"] for e in entries(cache_dir()) if e["entry"].startswith("table-"))


_OPTIONS = {
    "csv": ["--format", "csv"],
    "week, sq mi, meta": ["--format", "csv", "--by", "week", "--sq-mi", "--with-meta"],
    "range, rolling, compare": [
        *("--format", "csv", "--from", "2020-01-02", "--to", "2020-01-06"),
        *("--rolling", "3", "--compare", "Lebanon"),
    ],
    "radii": ["--format", "csv", "--radius", "3,5", "--by", "total"],
    "confidence": ["--format", "csv", "--confidence", "confirmed", "--by", "month"],
}


@pytest.mark.parametrize("name", sorted(_OPTIONS))
def test_a_kept_table_prints_the_same_bytes(name, theatre, cli, no_ledger):
    argv = ["gains", theatre, *_OPTIONS[name]]
    plain = cli(*argv, "--no-cache")
    miss = cli(*argv)
    assert _tables() and miss == plain
    no_ledger()
    assert cli(*argv) == plain  # code, stdout and stderr (the warnings note) alike
    assert "geomap: note: 2 warning(s)" in plain[2]


def test_the_demo_from_a_kept_table(cli, no_ledger):
    argv = ["gains", DEMO, "--format", "csv"]
    plain = cli(*argv, "--no-cache")
    assert cli(*argv) == plain
    no_ledger()
    assert cli(*argv) == plain


def test_a_kept_csv_file_and_its_sidecar(theatre, tmp_path, cli, no_ledger):
    out = {k: tmp_path / f"{k}.csv" for k in ("plain", "miss", "hit")}
    results = {}
    for kind, path in out.items():
        if kind == "hit":
            no_ledger()
        code, stdout, err = cli(
            "gains", theatre, "--csv", path, *(["--no-cache"] * (kind == "plain"))
        )
        results[kind] = (code, stdout, err.replace(str(path.with_suffix("")), "FILE"))
    assert results["plain"] == results["miss"] == results["hit"]
    for kind in ("miss", "hit"):
        assert out[kind].read_bytes() == out["plain"].read_bytes()
        assert _csv.meta_path(out[kind]).read_bytes() == _csv.meta_path(out["plain"]).read_bytes()


def test_another_option_is_another_table(theatre, cli):
    day = cli("gains", theatre, "--format", "csv")
    week = cli("gains", theatre, "--format", "csv", "--by", "week")
    assert day != week and len(_tables()) == 2
    assert cli("gains", theatre, "--format", "csv", "--by", "week") == week
    assert cli("gains", theatre, "--format", "csv") == day


def test_an_edited_file_is_never_served_a_kept_table(theatre, cli):
    argv = ["gains", theatre, "--format", "csv"]
    cli(*argv)
    with open(theatre / "events.csv", "a", encoding="utf-8") as fh:
        fh.write("2020-01-09,c,,A,C,test\n")
    code, out, err = cli(*argv)
    assert "inputs is stale (events.csv changed); rebuilding" in err
    assert (code, out) == cli(*argv, "--no-cache")[:2]
    assert "2020-01-09" in out


def _forge(entry: Path, data: dict) -> None:
    """Rewrite an entry's data.json and its checksum (a file that passes the manifest)."""
    _rewrite(entry, "data.json", json.dumps(data).encode())


def _edit_spec(entry: Path, change) -> None:
    spec = json.loads((entry / "data.json").read_bytes())
    change(spec["v"])
    _forge(entry, spec)


def _text_kind(fields: dict) -> None:
    fields["kinds"]["v"][0]["v"] = "float"  # a text column said to hold numbers


def _rows(fields: dict) -> None:
    fields["n_rows"]["v"] += 1


def _names(fields: dict) -> None:
    fields["names"]["v"].append({"t": "j", "v": "extra"})


def _cells(fields: dict) -> None:
    fields["kinds"]["v"][0]["v"] = "cells"


_DAMAGE = {
    "flipped byte": lambda e: (e / "data.json").write_bytes(
        (e / "data.json").read_bytes().replace(b'"t"', b'"T"', 1)
    ),
    "truncated arrays": lambda e: (e / "arrays.npz").write_bytes(
        (e / "arrays.npz").read_bytes()[:100]
    ),
    "missing file": lambda e: (e / "data.json").unlink(),
    "text as numbers": lambda e: _edit_spec(e, _text_kind),
    "rows miscounted": lambda e: _edit_spec(e, _rows),
    "a name too many": lambda e: _edit_spec(e, _names),
    "a kind it never writes": lambda e: _edit_spec(e, _cells),
    "not a table": lambda e: _forge(e, {"t": "list", "v": []}),
}


@pytest.mark.parametrize("damage", sorted(_DAMAGE))
def test_a_damaged_table_is_said_and_rebuilt(damage, theatre, cli):
    argv = ["gains", theatre, "--format", "csv"]
    plain = cli(*argv, "--no-cache")
    cli(*argv)
    (name,) = _tables()
    (slot,) = [p for p in cache_dir().iterdir() if p.is_dir()]
    _DAMAGE[damage](slot / name)
    code, out, err = cli(*argv)
    assert f"{name} is damaged (" in err and (code, out) == plain[:2]
    assert err.replace(err.splitlines()[0] + "\n", "", 1) == plain[2]  # said once, first
    assert cli(*argv) == plain  # rebuilt: a hit again


def test_a_table_of_mixed_cells_is_not_kept():
    table = Table(["x"], [("cells", [1, "a"])], 2, {}, {})
    with pytest.raises(_codec.Unsupported):
        table.value()


def test_columns_write_the_bytes_of_their_frame():
    import io

    import pandas as pd

    df = pd.DataFrame(
        {
            "f": [1.23456, -0.0001, np.nan],
            "i": np.array([1, -2, 3], dtype=np.int64),
            "b": [True, False, True],
            "t": ["=1+1", None, "a\nb"],
            "mixed": [1, "x", 2.5],
        }
    )
    a, b = io.StringIO(), io.StringIO()
    _csv.write_frame(a, df)
    cols = _csv.frame_columns(df)
    assert [k for k, _ in cols] == ["float", "int", "int", "text", "cells"]
    _csv.write_columns(b, list(df.columns), cols, len(df))
    assert (
        a.getvalue()
        == b.getvalue()
        == ("f,i,b,t,mixed\n1.235,1,True,'=1+1,1\n0.000,-2,False,,x\n,3,True,a b,2.500\n")
    )


_PROBE = r"""
import io, json, sys
from geomap.cli import main
out = io.StringIO()
sys.stdout = out
code = main(sys.argv[1:])
sys.stdout = sys.__stdout__
heavy = ("pandas", "geopandas", "shapely", "pyproj", "pyarrow", "geomap.theatre", "geomap.inputs")
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": [m for m in heavy if m in sys.modules]}))
"""


def test_a_kept_table_imports_no_pandas_geopandas_or_shapely(theatre, cli):
    argv = ["gains", str(theatre), "--format", "csv"]
    code, want, _ = cli(*argv)
    assert code == 0 and _tables()
    env = {**os.environ, "GEOMAP_CACHE_DIR": str(cache_dir())}
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv], capture_output=True, text=True, env=env, check=True
    )
    got = json.loads(proc.stdout)
    assert got == {"code": 0, "out": want, "loaded": []}, proc.stderr
