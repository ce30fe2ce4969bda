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


#: the least CIEDE2000 difference between two actors' fills as drawn: over 6 times the
#: difference most people just notice side by side (~2.3), so that two patches apart on the
#: map, or a legend swatch and its ground, are not taken for one another
MIN_DELTA_E = 15.0


def _closest_pair(colors: dict[str, str], opacity: float) -> tuple[float, str, str]:
    """The two actors whose fills, as the map draws them, differ least: (ΔE2000, id, id)."""
    from coloraide import Color

    from geomap.render._colors import as_drawn

    drawn = {
        name: Color("srgb", [v / 255 for v in as_drawn(col, opacity)])
        for name, col in colors.items()
    }
    names = list(drawn)
    return min(
        (drawn[a].delta_e(drawn[b], method="2000"), a, b)
        for i, a in enumerate(names)
        for b in names[i + 1 :]
    )


@pytest.mark.parametrize("theatre", THEATRES, ids=lambda p: p.name)
def test_actor_colours_are_told_apart_on_the_map(theatre):
    """Any two actors' ground, as the map draws it, differs by at least MIN_DELTA_E (CIEDE2000)."""
    import pandas as pd

    from geomap.render._common import Actors

    actors = pd.read_csv(theatre / "actors.csv", dtype=str, keep_default_na=False)
    colors = dict(zip(actors["id"], actors["color"], strict=True))
    styles = Actors.from_frame(actors).territory_styles()[:-1]
    fill = {s["fillOpacity"] for s in styles}
    assert len(fill) == 1
    for opacity in (*fill, 1.0):  # the ground, and the diff pages' full-strength stripes
        delta, a, b = _closest_pair(colors, opacity)
        assert delta >= MIN_DELTA_E, f"{a} and {b}: ΔE2000 {delta:.1f} at opacity {opacity}"


def test_closest_pair_finds_the_two_colours_hardest_to_tell_apart():
    delta, a, b = _closest_pair({"red": "#e31a1c", "pink": "#e4191d", "black": "#222222"}, 0.5)
    assert (a, b) == ("red", "pink") and delta < 1
    # the demo's two FSA greens before stop 25 moved them apart: too close as drawn
    assert _closest_pair({"badia": "#2e7d32", "tanf": "#009e73"}, 0.5)[0] < MIN_DELTA_E
