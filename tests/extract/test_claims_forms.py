"""Area claims as reporters write them: ranges, a length quoted for a share of the country,
and areas of crops (damage, not ground a side holds).  Causes of the claim misses of the
spent held-out sets (set 10: a quoted length "of our country"; sets 3 and 10: hectares of
crops burned), pinned in general forms.
"""

from pathlib import Path

import pytest

from geomap.extract import extract
from geomap.inputs import load_inputs
from geomap.units import find_area_figures

THEATRE = Path(__file__).parent / "data" / "theatre"
DATELINE = "BEIRUT, May 27, 2017 (Wire) — "


@pytest.fixture(scope="module")
def theatre():
    return load_inputs(THEATRE)


def _claims(text, theatre):
    ex = extract(DATELINE + text, theatre)
    return [(r.figure, round(r.value_km2, 1), r.unit_kind, r.notes) for r in ex.claims.itertuples()]


@pytest.mark.parametrize(
    ("text", "figure", "km2", "low"),
    [
        ("took 300-400 square kilometers of desert", "300-400 square kilometers", 400, 300),
        ("took 300–400 km² of desert", "300–400 km²", 400, 300),  # an en dash
        ("took some 2,000-2,500 sq km east of Homs", "some 2,000-2,500 sq km", 2500, 2000),
        ("seized 1,200 to 1,500 square kilometres", "1,200 to 1,500 square kilometres", 1500, 1200),
        ("took between 300 and 400 sq km", "between 300 and 400 sq km", 400, 300),
        ("took 2-3 square miles", "2-3 square miles", 7.8, 2),
    ],
)
def test_a_range_is_one_claim_read_as_its_upper_figure(text, figure, km2, low):
    [fig] = find_area_figures(text)
    assert (fig.text, round(fig.value_km2, 1), fig.low) == (figure, km2, low)
    assert fig.bound == "upper" or fig.qualifier  # "some" keeps its own bound
    assert any(f.startswith("a range (") for f in fig.flags)


@pytest.mark.parametrize(
    "text",
    [
        "in 2014-2015, 300 km² changed hands",  # a span of years before a figure
        "took 400-300 km² of desert",  # not a range (low above high)
        "took 300 km² - 400 km² of desert",  # two figures, each with its unit
    ],
)
def test_what_is_not_a_range_is_not_read_as_one(text):
    assert all(f.low is None for f in find_area_figures(text))


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        # a quoted length of "our country": a claim, the length unit read as km² and flagged
        (
            'The rebels boast that they hold "over 40,000 kilometres" of our country.',
            [("over 40,000 kilometres", 40000.0, "length")],
        ),
        (
            "Rebels hold over 40,000 kilometres of the country, the army said.",
            [("over 40,000 kilometres", 40000.0, "length")],
        ),
        (
            "Government troops took 200 kilometres of the province, the army said.",
            [("200 kilometres", 200.0, "length")],
        ),
        # "who had occupied more than 40 kilometres of Dagestani soil" (spent set 19)
        (
            "The bandits, who had occupied more than 40 kilometres of Syrian soil, fled.",
            [("more than 40 kilometres", 40.0, "length")],
        ),
        # "of Italian soil" is no "of it" (spent set 161)
        (
            "The Axis troops have recovered more than 900 kilometres of Italian soil.",
            [("more than 900 kilometres", 900.0, "length")],
        ),
        # distances and lengths of a thing stay distances
        ("Rebels advanced 40 kilometres into the desert on Friday.", []),
        ("The column stood 40 kilometres short of it on Friday.", []),
        ("The bandits occupied a house 40 kilometres from the border.", []),
        ("Rebels cut 40 kilometres of the country's roads on Friday.", []),
        ("Rebels shelled a village 10 kilometres of the district centre.", []),
        # an area of crops burned is damage, not ground a side holds
        ("Some 300 hectares of crops were burned around the camps.", []),
        ("Fighting destroyed 500 hectares of wheat fields near Homs.", []),
        # ... and so is an area of crops abandoned or left by those who fled
        ("Some 300 hectares of swamp rice were abandoned by farmers who fled.", []),
        ("About 200 hectares of maize were left unharvested near Homs.", []),
        (  # negative: ground abandoned by a side is still ground
            "Rebels abandoned some 300 square kilometres of desert on Friday.",
            [("some 300 square kilometres", 300.0, "area")],
        ),
        (
            "Government troops took about 5,000 hectares of farmland on Friday.",
            [("about 5,000 hectares", 50.0, "area")],
        ),
    ],
)
def test_lengths_and_areas_that_are_claims_and_those_that_are_not(theatre, text, claims):
    got = _claims(text, theatre)
    assert [g[:3] for g in got] == claims
    for _, _, kind, notes in got:
        if kind == "length":
            assert "is a length unit, read as km²" in notes  # flagged, never silent


@pytest.mark.parametrize(
    ("text", "km2"),
    [
        ("an area half as big as Lebanon", 5226.0),  # the multiplier was dropped
        ("twice as large as Qatar", 23172.0),
        ("an area as big as Lebanon", 10452.0),
        ("half the size of Lebanon", 5226.0),
    ],
)
def test_a_multiple_of_as_big_as_is_read(text, km2):
    [fig] = find_area_figures(text)
    assert (fig.unit_kind, round(fig.value_km2, 1)) == ("comparison", km2)


@pytest.mark.parametrize(
    ("text", "figure", "note", "conversion"),
    [
        (
            "The army captured 2,000 sq km, or 772 sq miles, of desert.",
            "2,000 sq km",
            "also stated as '772 sq miles' (1,999 km²), which agrees",
            "ok",
        ),
        (
            "The army captured 2,000 square kilometres — about 772 square miles — of desert.",
            "2,000 square kilometres",
            "also stated as 'about 772 square miles' (1,999 km²), which agrees",
            "ok",
        ),
        (
            "The army captured 2,000 sq km, or 2,000 sq miles, of desert.",
            "2,000 sq km",
            "also stated as '2,000 sq miles' (5,180 km²), which does not agree",
            "wrong",
        ),
    ],
)
def test_a_measure_restated_in_another_unit_is_one_claim(theatre, text, figure, note, conversion):
    ex = extract(DATELINE + text, theatre)
    assert list(ex.claims["figure"]) == [figure]
    row = ex.claims.iloc[0]
    assert note in row["notes"] and row["conversion"] == conversion


def test_feddans_are_an_area_unit():
    [fig] = find_area_figures("5,000 feddans of land")
    assert (fig.unit_kind, round(fig.value_km2, 2)) == ("area", 21.0)
