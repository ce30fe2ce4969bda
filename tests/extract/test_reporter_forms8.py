"""geomap.extract, eighth round (issue #17): general mechanisms, each tested on a sentence
written for it in a conflict no benchmark set covers (Sierra Leone, 1998-99:
``tests/extract/data/sle99``).

* claims: "<fraction> of the country" is a share of the theatre's country when the theatre
  names one (and its short name, "Bosnia" for Bosnia and Herzegovina, counts as its name);
  a length said to be ruled over ("rule over 9,000 kilometres") is an area;
"""

from pathlib import Path

import pytest
from sentences import drafts

from geomap.extract import extract
from geomap.inputs import load_inputs
from geomap.units import find_area_figures, home_areas

SLE = Path(__file__).parent / "data" / "sle99"
DATELINE = "FREETOWN, January 12, 1999 (Wire) — "
SLE_KM2 = home_areas(["SLE"])[0].km2


@pytest.fixture(scope="module")
def sle():
    return load_inputs(SLE)


def _triples(text, theatre, published="1999-01-12"):
    rows = drafts(DATELINE + text, theatre, published)
    return [(r["place"], r["to_actor"], r["date"]) for r in rows]


def _claims(text, theatre):
    ex = extract(DATELINE + text, theatre, published="1999-01-12")
    return [(r["value_km2"], r["unit_kind"]) for r in ex.claims.to_dict("records")]


# ------------------------------------------------------------------ claims
@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("Diplomats estimate the rebels now hold about two-thirds of the country.", 2 / 3),
        ("The junta says it controls more than 40 percent of the territory of the country.", 0.4),
        ("Aid workers said the fighting had spread to half of the whole country.", 0.5),
        ("The RUF claims a quarter of Sierra Leone's territory.", 0.25),
    ],
)
def test_a_share_of_the_country_is_a_claim_on_the_theatres_country(sle, sentence, share):
    assert _claims(sentence, sle) == [(pytest.approx(share * SLE_KM2), "comparison")]


@pytest.mark.parametrize(
    "sentence",
    [
        # people, not land; and a country the theatre is not about is not "the country"
        "Two-thirds of the country's people have fled, aid workers said.",
        "Half of the country's diamond mines are closed.",
    ],
)
def test_a_share_of_the_countrys_people_or_mines_is_no_claim(sle, sentence):
    assert _claims(sentence, sle) == []


def test_the_country_needs_a_theatre_of_one_country():
    two = home_areas(["HRV", "BIH"])
    assert [f.text for f in find_area_figures("a quarter of the country", home=two)] == []
    # the short name of a country joined by "and" is its name in the theatre it is about
    assert [round(f.value_km2) for f in find_area_figures("roughly half of Bosnia", home=two)] == [
        round(home_areas(["BIH"])[0].km2 / 2)
    ]
    assert find_area_figures("roughly half of Bosnia") == []  # no theatre: no guess


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The movement says its fighters extend their rule over more than 9,000 kilometres "
            "in the lands of the east.",
            [(9000.0, "length")],
        ),
        ("The rebel column was more than 90 kilometres from the capital.", []),
    ],
)
def test_a_length_ruled_over_is_an_area(sle, sentence, expected):
    assert _claims(sentence, sle) == expected


# ------------------------------------------------------------------ holding statements
@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels have held Kailahun and Koidu since March, and aircraft bombed both on Monday.",
        "Soldiers advanced towards Koidu, which the RUF had held since last year.",
    ],
)
def test_a_holding_statement_is_no_change(sle, sentence):
    assert _triples(sentence, sle) == []


def test_a_holding_statement_still_names_the_loser_of_a_recapture(sle):
    text = (
        "Government troops recaptured Koidu on Sunday. The RUF had held the diamond town "
        "since October, the army said."
    )
    rows = drafts(DATELINE + text, sle, "1999-01-12")
    assert [(r["place"], r["to_actor"], r["from_actor"], r["date"]) for r in rows] == [
        ("koidu", "SLA", "RUF", "1999-01-10")
    ]
