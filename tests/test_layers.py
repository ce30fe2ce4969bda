"""Every bundled theatre in layers/ matches its manifest and loads without errors."""

import csv
import tomllib
from pathlib import Path

import pytest

from geomap.inputs import load_inputs

LAYERS = Path(__file__).parents[1] / "layers"
THEATRES = sorted(p for p in LAYERS.iterdir() if (p / "theatre.toml").is_file())
FILES = [
    (t, name, spec)
    for t in THEATRES
    for name, spec in tomllib.loads((t / "manifest.toml").read_text())["files"].items()
]


def test_there_is_a_demo_theatre():
    assert "syria-2017" in [t.name for t in THEATRES]


@pytest.mark.parametrize("theatre", THEATRES, ids=lambda p: p.name)
def test_every_file_is_in_the_manifest(theatre):
    listed = set(tomllib.loads((theatre / "manifest.toml").read_text())["files"])
    present = {p.name for p in theatre.iterdir() if p.is_file()} - {"manifest.toml"}
    assert present == listed


@pytest.mark.parametrize(
    "theatre, name, spec",
    FILES,
    ids=lambda x: getattr(x, "name", x) if not isinstance(x, dict) else "",
)
def test_file_matches_manifest(theatre, name, spec):
    for key in ("description", "sources", "licence", "attribution"):
        assert spec.get(key), f"{name}: manifest lacks {key}"
    if spec.get("format") != "csv":
        return
    with open(theatre / name, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
        fh.seek(0)
        header = next(csv.reader(fh))
    assert header == spec["columns"]
    assert len(rows) == spec["rows"]
    if "crs" in spec:
        assert spec["crs"] == "EPSG:4326"
    dates = [r[c] for c in spec.get("date_columns", []) for r in rows if r[c]]
    if dates:
        assert min(d[:10] for d in dates) == spec["date_min"]
        assert max(d[:10] for d in dates) == spec["date_max"]


@pytest.mark.parametrize("theatre", THEATRES, ids=lambda p: p.name)
def test_theatre_loads_without_errors(theatre):
    t = load_inputs(theatre)
    assert not [p for p in t.problems if p.is_error]
    assert t.meta.licence and t.meta.attribution
    # every source column is filled: a row without a source is a claim nobody made
    assert (t.places["source"] != "").all()
    assert (t.events["source"] != "").all()
