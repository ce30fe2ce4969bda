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


@pytest.mark.parametrize("theatre", THEATRES, ids=lambda p: p.name)
def test_actor_colours_are_told_apart_on_the_map(theatre):
    """Any two actors' ground, as the map draws it, differs by at least MIN_DELTA_E (CIEDE2000)."""
    import pandas as pd

    from geomap.render._colors import MIN_DELTA_E, closest_pair
    from geomap.render._common import Actors

    actors = pd.read_csv(theatre / "actors.csv", dtype=str, keep_default_na=False)
    colors = dict(zip(actors["id"], actors["color"], strict=True))
    styles = Actors.from_frame(actors).territory_styles()[:-1]
    fill = {s["fillOpacity"] for s in styles}
    assert len(fill) == 1
    for opacity in (*fill, 1.0):  # the ground, and the diff pages' full-strength stripes
        delta, a, b = closest_pair(colors, opacity)
        assert delta >= MIN_DELTA_E, f"{a} and {b}: ΔE2000 {delta:.1f} at opacity {opacity}"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [  # Sharma, Wu and Dalal (2005), the CIEDE2000 test data: pairs 1, 7, 17, 25, 34
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((22.7233, 20.0904, -46.694), (23.0331, 14.973, -42.5619), 2.0373),
        ((2.0776, 0.0795, -1.135), (0.9033, -0.0636, -0.5514), 0.9082),
    ],
)
def test_delta_e_2000_matches_the_published_pairs(a, b, expected):
    from geomap.render._colors import delta_e_2000

    assert delta_e_2000(a, b) == pytest.approx(expected, abs=1e-4)
    assert delta_e_2000(b, a) == pytest.approx(expected, abs=1e-4)
