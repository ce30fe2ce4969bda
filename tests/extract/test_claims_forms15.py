"""Claim forms of the blind sets 15, 16 and 17 (read after their one measurement, so tuned
on), under the rule the briefs for those sets settled: a place's own size told in passing is
no claim.

* A place's size in apposition to its name ("Nagorno-Karabakh, an enclave of some 4,400 square
  kilometres", "The Agdam district, some 1,150 square kilometres of farmland,", "the national
  territory, 322,462 square kilometres that belong to all Ivorians"), in a sentence that does
  not say a side took, holds or left it, is no claim; "the whole territory of the Republic, some
  8,600 square kilometres, is under the control of" and "in the hands of the Emirate, an area
  of more than 54,000 square kilometres" stay claims.
* Camps and centres that "cover" an area, and coffee or cotton left unharvested, are no claim.
* "pretends to hold \\"more than 5,000 kilometres\\" of the mountains": a length unit used for an
  area, after a verb of holding and a quotation mark.
* "our national territory", "about a fifth of the territory" (at the end of a clause) are the
  theatre's country; "the territory it once held" is not.
* "the territory of the former Socialist Republic of Croatia" is Croatia's.
"""

from __future__ import annotations

import pytest

from geomap.extract import extract
from geomap.units import find_area_figures, reference_area

DATELINE = "BAKU, November 5, 2020 (Wire) — "


def _claims(nk, sentence):
    return extract(DATELINE + sentence, nk).claim_drafts["value_km2"].tolist()


@pytest.mark.parametrize(
    "sentence",
    [
        "Shusha was the last stronghold inside Nagorno-Karabakh, an enclave of some 4,400 "
        "square kilometres that has been run by its Armenian majority since 1991.",
        "The Agdam district, some 1,150 square kilometres of farmland and vineyards, produced "
        "much of the region's grain.",
        "The Minister recalls that the national territory, 86,600 square kilometres that "
        "belong to all citizens, is one and indivisible.",
        "The upper Kelbajar valley, some 2,000 sq km of forest and high pasture, is cut off.",
        "The old city, some 13 hectares inside the walls, was hit by six shells.",
        "The tented camps at Barda, which cover some 40 hectares, are full.",
        "The reception centre at Goris, which covers some 300 hectares, is full.",
        "Some 1,200 hectares of coffee and banana gardens have been abandoned by families.",
        "Some 3,000 hectares of cotton around the town have gone unharvested this season.",
    ],
)
def test_a_places_size_in_passing_is_no_claim(nk, sentence):
    assert _claims(nk, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "km2"),
    [
        # negatives: the sentence says a side holds, took or left the place
        (
            "With the operation complete, the whole territory of the Republic, some 8,600 "
            "square kilometres, is under the control of its lawful authorities.",
            8600,
        ),
        (
            "All the districts of Hadrut are in the hands of the army, an area of more than "
            "1,800 square kilometres.",
            1800,
        ),
        (
            "Over the past two months the army says it has retaken more than 1,200 square "
            "kilometres in the province, the ministry said.",
            1200,
        ),
        # a date before the comma is no name: "Since 16 September, more than ..."
        (
            "Since 16 September, more than 1,200 square kilometres of land have been liberated.",
            1200,
        ),
        (
            'The so-called opposition pretends to hold "more than 5,000 kilometres" of the '
            "mountains.",
            5000,
        ),
    ],
)
def test_ground_held_taken_or_left_stays_a_claim(nk, sentence, km2):
    assert _claims(nk, sentence) == [pytest.approx(km2)]


@pytest.mark.parametrize(
    ("sentence", "share"),
    [
        ("The free zones today cover more than three-quarters of our national territory.", 0.75),
        (
            'A Defence Ministry officer said the army now held "about a fifth of the territory".',
            0.2,
        ),
        ("The rebels now control a third of our country, their radio said.", 1 / 3),
    ],
)
def test_our_national_territory_is_the_theatres_country(nk, sentence, share):
    [km2] = _claims(nk, sentence)
    assert km2 == pytest.approx(share * reference_area("Azerbaijan").km2)


def test_the_territory_it_once_held_is_no_country(nk):
    sentence = "The coalition said the militants had lost 87 percent of the territory they held."
    assert _claims(nk, sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        "more than 30 percent of the territory of the former Socialist Republic of Croatia",
        "a third of the Republic of Croatia",
        "a third of Croatia",
    ],
)
def test_a_states_long_name_is_the_country(text):
    [fig] = find_area_figures(text)
    assert fig.reference == "Croatia"


@pytest.mark.parametrize(
    ("text", "share", "country"),
    [
        # a percentage in words (stop 33, spent set 27)
        ("less than one per cent of Indonesia", 0.01, "Indonesia"),
        ("twenty per cent of Chad", 0.2, "Chad"),
        # names written with "the" (spent sets 30 and 36)
        ("less than 1 per cent of the Philippines", 0.01, "Philippines"),
        ("about 3 per cent of the Sudan", 0.03, "Sudan"),
    ],
)
def test_a_percentage_in_words_and_a_name_with_the(text, share, country):
    [fig] = find_area_figures(text)
    assert (fig.reference, fig.value) == (country, pytest.approx(share))


@pytest.mark.parametrize(
    "text",
    [
        # (a share of a share, "less than one half of one per cent of Iran", is read whole
        # since stop 35: test_units_countries.py::test_other_names_and_shares_of_a_share)
        # "the" before a name that does not take it: no country here
        "a third of the Iraq war",
    ],
)
def test_no_share_of_a_country_read_from(text):
    assert find_area_figures(text) == []


@pytest.mark.parametrize(
    ("sentence", "km2"),
    [
        # stop 34 (spent sets 39 and 40): a percentage in words is a claim in a sentence with
        # no digit (the claims' first look for a figure missed "per cent")
        ("Our forces now hold one per cent of Azerbaijan.", 0.01 * 86_600),
        ("Liberated territory now amounts to roughly four per cent of Portugal.", None),
    ],
)
def test_a_percentage_in_words_is_a_claim_without_a_digit(nk, sentence, km2):
    [got] = _claims(nk, sentence)
    want = km2 if km2 is not None else 0.04 * reference_area("Portugal").km2
    assert got == pytest.approx(want, rel=0.01)


@pytest.mark.parametrize(
    ("codes", "text", "country"),
    [
        # the short name of the theatre's own country: "Congo" (stop 34, spent set 40)
        (["COD"], "less than 1 per cent of Congo", "Democratic Republic of the Congo"),
        (["COG"], "a third of Congo", "Republic of the Congo"),
        # the UN spelling (spent set 40)
        ([], "some five per cent of Viet Nam", "Vietnam"),
    ],
)
def test_the_short_and_official_names_of_a_country(codes, text, country):
    from geomap.units import home_areas

    [fig] = find_area_figures(text, home=home_areas(codes))
    assert fig.reference == country


@pytest.mark.parametrize(
    ("text", "share"),
    [
        # the theatre's own country with "the" (stop 34, spent sets 26, 45 and 49)
        ("about a third of the Congo", 1 / 3),
        ("less than a tenth of the Congo", 0.1),
        # "half" takes no "of" before "the country" (spent set 45)
        ("the rebels now control half the country.", 0.5),
        ("half the territory of the country", 0.5),
    ],
)
def test_the_home_country_with_the_and_half_without_of(text, share):
    from geomap.units import home_areas

    [fig] = find_area_figures(text, home=home_areas(["COD"]))
    assert (fig.reference, fig.value) == ("Democratic Republic of the Congo", pytest.approx(share))


def test_half_the_countrys_oil_is_no_area():
    from geomap.units import home_areas

    assert find_area_figures("half the country's oil", home=home_areas(["COD"])) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a length for an area after "freed", or of a mountain range or the homeland (stop 34,
        # spent sets 40 and 47)
        "Our forces have freed more than 200 kilometres of the homeland from the bands.",
        "Our fighters now hold more than 200 kilometres of the Karabakh mountains.",
    ],
)
def test_a_length_of_the_homeland_or_mountains_is_an_area(nk, sentence):
    assert _claims(nk, sentence) == [200.0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # stop 41, spent sets 28 and 114: "controlled" and "commands" hold ground like "holds"
        (
            'He claimed that the rebels now controlled "more than 400 kilometres of the east".',
            [400.0],
        ),
        ('An officer said the army "already commands some 50 kilometres of the plain".', [50.0]),
        ("The army commanded 30 kilometres of the valley by nightfall.", [30.0]),
        # a distance from a place is never ground held
        ("The army controlled a road 40 kilometres from the border.", []),
        ("The rebels command a ridge 20 kilometres north of the town.", []),
    ],
)
def test_ground_controlled_or_commanded_told_as_a_length(nk, sentence, expected):
    assert _claims(nk, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # stop 41, spent sets 29, 36, 43, 63, 79: a named province, governorate or city told
        # with its size, in a sentence that says no side took, holds or left it
        (
            "Teruel province, some 14,800 square kilometres of high plateau, has been fought "
            "over since the first week.",
            [],
        ),
        ("Dohuk governorate, some 6,550 square kilometres, hosts most of the displaced.", []),
        ("Santo Domingo, a city of some 100 square miles, was without electricity.", []),
        ("Grammos, a mountain massif of some 1,000 square kilometres, is their base.", []),
        # the same with a side holding it stays a claim (spent set 12)
        (
            "They say they now control much of Nimba county, some 4,460 square miles "
            "(11,551 km2), and are moving on the capital.",
            [11551.0],
        ),
        ("Lachin district, some 1,835 square kilometres, was taken by the army.", [1835.0]),
    ],
)
def test_a_named_provinces_size_in_passing(nk, sentence, expected):
    assert [round(v) for v in _claims(nk, sentence)] == [round(v) for v in expected]
