"""Claim forms of the blind sets 13 and 14 (read after their one measurement, so tuned on):
"the national territory" is the theatre's country; a country's former name ("Kampuchea",
"Zaire") is that country; the size of a thing or of a country told in passing, and crops
left unharvested or unplanted, are no claim."""

from __future__ import annotations

import pytest

from geomap.extract import extract
from geomap.units import find_area_figures, reference_area

DATELINE = "BAKU, November 5, 2020 (Wire) — "


def _claims(nk, sentence):
    return extract(DATELINE + sentence, nk).claim_drafts["value_km2"].tolist()


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("The army now holds 80 percent of the national territory, the ministry said.", 0.8),
        ("The rebels say they control more than a third of the national territory.", 1 / 3),
        ("The army now holds half of the entire national territory, the ministry said.", 0.5),
        # "more than half of the Kingdom" (spent set 20), "a third of the Republic"
        ("The rebels now hold more than half of the Republic, the ministry said.", 0.5),
        ("The rebels now hold a third of the Kingdom, the ministry said.", 1 / 3),
    ],
)
def test_the_national_territory_is_the_theatres_country(nk, sentence, share):
    [km2] = _claims(nk, sentence)
    assert km2 == pytest.approx(share * reference_area("Azerbaijan").km2)


def test_the_republic_of_a_named_state_is_that_state(nk):
    [km2] = _claims(nk, "The rebels hold a third of the Republic of Chad, the ministry said.")
    assert km2 == pytest.approx(reference_area("Chad").km2 / 3)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("more than nine tenths of the territory of Kampuchea", "Cambodia"),
        ("half the size of Zaire", "Democratic Republic of the Congo"),
        ("a third of Burma", "Myanmar"),
    ],
)
def test_a_former_name_is_the_country(text, country):
    [fig] = find_area_figures(text)
    assert fig.reference == country


@pytest.mark.parametrize(
    "sentence",
    [
        "About 450 hectares of rice fields near Hadrut were not harvested.",
        "More than 1,200 hectares of paddy land near Hadrut has gone unplanted.",
        "The camps on the edge of the city hold 20,000 people on some 400 hectares.",
        "A compound covering about 8 hectares was looted.",
        "Azerbaijan, a country of some 86,600 square kilometres, has two million displaced.",
        "Hadrut, a district of some 1,879 square kilometres, was quiet.",
    ],
)
def test_a_size_told_in_passing_or_crops_left_are_no_claim(nk, sentence):
    assert _claims(nk, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # negatives: ground a side took or holds
        "Azerbaijani troops took some 400 hectares of farmland near Hadrut, the ministry said.",
        "The army now controls a district of some 1,879 square kilometres, the ministry said.",
    ],
)
def test_ground_taken_stays_a_claim(nk, sentence):
    assert len(_claims(nk, sentence)) == 1
