"""Stop 38's readings, each sentence written anew for the Cote d'Ivoire 2011 fixture
(``tests/extract/data/civ11``), with negatives.

* "entered X some days after the army left it on the 26th": the day after "days after" is the
  other clause's; the change is counted from it, exactly for a number ("two days after": the
  28th), as a range for "some", "several", "a few" or none (noticed on spent set 79 at stop 37,
  where "some days after" was read as the 26th itself).
"""

from __future__ import annotations

import pytest
from sentences import small_theatre

from geomap.extract import extract


def _dated(text, civ, published="2011-04-20"):
    rows = extract(text, civ, published=published).rows
    return [(p, d, n) for p, d, n in zip(rows.place, rows.date, rows.note, strict=True)]


@pytest.mark.parametrize(
    ("text", "day", "said"),
    [
        # a number counts exactly
        ("The rebels entered Daloa two days after the army left it on 26 March.", "2011-03-28", ""),
        ("The rebels entered Daloa the day after the army left it on 26 March.", "2011-03-27", ""),
        # a vague count is a range, drafted as its last day
        (
            "The rebels entered Daloa some days after the army left it on 26 March.",
            "2011-04-05",
            "2011-03-27..2011-04-05",
        ),
        (
            "The rebels entered Daloa days after the army abandoned it on 26 March.",
            "2011-04-05",
            "2011-03-27..2011-04-05",
        ),
        (
            "The rebels entered Daloa a few weeks after the army left it on 26 March.",
            "2011-05-07",
            "2011-04-02..2011-05-07",
        ),
        # a sentence opening on the count
        (
            "Some days after the army left it on 26 March, the rebels entered Daloa.",
            "2011-04-05",
            "2011-03-27..2011-04-05",
        ),
        (
            "Then, three days after the fall of Duekoue on 26 March, the rebels entered Daloa.",
            "2011-03-29",
            "",
        ),
    ],
)
def test_a_change_counted_from_the_day_after_days_after(civ, text, day, said):
    daloa = [r for r in _dated(text, civ) if r[0] == "daloa"]
    assert [r[1] for r in daloa] == [day]
    assert said in daloa[0][2]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the verb's own day, before or after the count, stays its own
        ("The rebels entered Daloa on 26 March, some days after the army left it.", "2011-03-26"),
        (
            "Some days after the army left it, the rebels entered Daloa on 2 April.",
            "2011-04-02",
        ),
        ("The rebels took Daloa on Monday, a day after they took Duekoue.", "2011-04-18"),
        # the count's own day, set off by a comma, is no other clause's (spent set 35)
        ("Two days before, on Tuesday, 29 March, the rebels entered Daloa.", "2011-03-29"),
        ("The rebels entered Daloa two days after, on 29 March.", "2011-03-29"),
        # the count in a later sentence's clause is no count of this one
        (
            "The rebels entered Daloa on 2 April. Some days after the army left Duekoue on 26 "
            "March, the rebels were seen near Man.",
            "2011-04-02",
        ),
    ],
)
def test_the_verbs_own_day_is_not_counted(civ, text, day):
    assert [r[1] for r in _dated(text, civ) if r[0] == "daloa"] == [day]


def _rows(text, civ, published="2011-03-30"):
    rows = extract(text, civ, published=published).rows
    return list(zip(rows.place, rows.to_actor, rows.date, rows.status, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of troops with no side named: a lead to fill in, not nothing (spent set 95)
        ("The columns entered Daloa on Monday.", [("daloa", "", "2011-03-28", "lead")]),
        (
            "In the name of the people.\n\nOn Monday our vanguard entered Daloa.\n",
            [("daloa", "", "2011-03-28", "lead")],
        ),
        (
            "Units of the 2nd Division entered Daloa on Monday.",
            [("daloa", "", "2011-03-28", "lead")],
        ),
        # a side's name before "columns" names the side (spent set 101)
        ("FRCI columns entered Daloa on Monday.", [("daloa", "FRCI", "2011-03-28", "draft")]),
        # people, not a side
        ("Columns of refugees entered Daloa on Monday.", []),
        ("Aid trucks entered Daloa on Monday.", []),
        # "carried" a place by assault (spent set 98), not goods, not an attack
        (
            "Republican Forces carried Daloa on Monday after a short bombardment.",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
        ("The Republican Forces carried supplies to Daloa on Monday.", []),
        ("The Republican Forces carried out attacks on Daloa on Monday.", []),
        ("The offensive carried Admiral Kolchak's armies within sight of Daloa.", []),
    ],
)
def test_bodies_of_troops_and_places_carried(civ, text, expected):
    assert _rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "At the same time" opening a sentence: the day of the change told before (spent set 95)
        (
            "On Monday the Republican Forces took Duekoue. At the same time, they took control of "
            "Daloa.",
            "2011-03-28",
        ),
        (
            "On Monday the Republican Forces took Duekoue. At the same time, the Republican "
            "Forces entered Daloa.",
            "2011-03-28",
        ),
    ],
)
def test_at_the_same_time_is_the_day_told_before(civ, text, day):
    assert [r[2] for r in _rows(text, civ) if r[0] == "daloa"] == [day]


@pytest.fixture
def sumatra(tmp_path):
    """A small theatre (West Sumatra, 1958) where a side's name is also a place's ("Padang",
    the rebels' seat) and the first word of another place's ("Padang Panjang")."""
    return small_theatre(
        tmp_path,
        "sumatra58",
        "IDN",
        1958,
        "TNI,Indonesian army,Indonesian army;central government troops,government troops;"
        "Djakarta,#b22222\n"
        "PRRI,Revolutionary Government,PRRI;Revolutionary Government,rebels;Padang,#2e8b57\n",
        "padang,Padang,,-0.949,100.354,city,,IDN,,test fixture\n"
        "solok,Solok,,-0.801,100.657,town,,IDN,,test fixture\n"
        "padang-panjang,Padang Panjang,Padangpanjang,-0.456,100.405,town,,IDN,,test fixture\n",
        "1958-01-01,padang,PRRI\n1958-01-01,solok,PRRI\n1958-01-01,padang-panjang,PRRI\n",
    )


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "Padang" of "Padang Panjang" is the place's name, not the rebels' seat (spent set 54)
        (
            "Government troops entered Solok and Padang Panjang on Wednesday.",
            ["solok", "padang-panjang"],
        ),
        ("Government troops entered Padang Panjang on Wednesday.", ["padang-panjang"]),
        ("Government troops took Padang on Wednesday.", ["padang"]),
        # the seat alone as a side: no place of a change
        ("Padang said on Wednesday that government troops had attacked Solok.", []),
    ],
)
def test_a_seat_inside_a_longer_place_name_is_the_place(sumatra, text, places):
    rows = extract(text, sumatra, published="1958-05-02").rows
    assert list(rows.place) == places


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        # "its fighters" after "X, one of the groups fighting the <seat> government ..., said":
        # the speaker's, past the appositive (spent set 91), not the government's
        (
            "The PRRI, one of the movements fighting the Djakarta government from bases in the "
            "hills, said its fighters captured Solok on Wednesday.",
            "PRRI",
        ),
        (
            "The PRRI, the movement fighting the Djakarta government, said its fighters "
            "captured Solok on Wednesday.",
            "PRRI",
        ),
        # no appositive: the government that said it
        (
            "The Djakarta government said its troops captured Solok on Wednesday.",
            "TNI",
        ),
    ],
)
def test_the_speaker_past_a_long_appositive(sumatra, text, gainer):
    rows = extract(text, sumatra, published="1958-05-02").rows
    assert list(zip(rows.place, rows.to_actor, strict=True)) == [("solok", gainer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where the troops came from is not the town they entered (spent set 85)
        (
            "On Monday the army pulled out of Daloa. Rebels coming from Duekoue entered the town "
            "on Tuesday.",
            [("daloa", "FRCI", "2011-03-29", "draft")],
        ),
        (
            "On Monday the army pulled out of Daloa. A rebel column advancing from Duekoue "
            "entered the town on Tuesday.",
            [("daloa", "FRCI", "2011-03-29", "draft")],
        ),
    ],
)
def test_the_town_entered_is_not_where_the_troops_came_from(civ, text, expected):
    assert _rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "who entered X": the side before the comma entered it (spent set 93)
        (
            "Republican Forces troops, who entered Daloa on Monday, were today searching the "
            "houses for arms.",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
        ("Residents, who entered Daloa on Monday, found the market burned.", []),
        # a withdrawal forced on a side is one (spent set 87); an aim or a refusal is none
        ("On Monday the army was forced to abandon Daloa.", [("daloa", "", "2011-03-28", "lead")]),
        (
            "On Monday the soldiers of the army were forced to leave Daloa after the Republican "
            "Forces attacked it from three sides.",
            [("daloa", "FRCI", "2011-03-28", "lead")],
        ),
        ("On Monday the army decided to leave Daloa.", []),
        ("On Monday the army refused to abandon Daloa.", []),
        ("The army was not forced to leave Daloa on Monday.", []),
        # one body of troops, "elements of" (spent sets 85, 93): a lead to fill in
        (
            "The column under the command of Colonel Kone, advancing from Duekoue, entered Daloa "
            "on Monday.",
            [("daloa", "", "2011-03-28", "lead")],
        ),
        (
            "On Monday elements of the 4th Battalion entered Daloa.",
            [("daloa", "", "2011-03-28", "lead")],
        ),
    ],
)
def test_who_entered_forced_to_leave_and_one_body_of_troops(civ, text, expected):
    assert _rows(text, civ) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "galloped into X", "fought its way into X", "yielded X to" (spent set 104)
        (
            "Republican Forces cavalry galloped into Daloa at dusk on Monday.",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
        (
            "The Republican Forces column fought its way into Daloa on Monday, driving out the "
            "army.",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
        (
            "On Monday the army yielded Daloa to the Republican Forces.",
            [("daloa", "FRCI", "2011-03-28", "draft")],
        ),
        # no place yielded, no place entered
        ("On Monday the army yielded to pressure and left the talks.", []),
        ("The army yielded ground near Daloa on Monday.", []),
        ("The army fought its way into the market on Monday.", []),
    ],
)
def test_galloped_fought_its_way_into_and_yielded(civ, text, expected):
    assert _rows(text, civ) == expected


@pytest.mark.parametrize(
    "name", ["the National Road", "the Royal Road", "the River", "the White Sea", "the Gulf"]
)
def test_a_common_noun_left_of_a_name_is_no_place(civ, name):
    # "taking the positions commanding the National Road": "Road" is no unknown place
    text = f"On Monday the Republican Forces took the positions commanding {name}."
    assert _rows(text, civ) == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a month, a weekday or a point of the compass is no unknown place (spent sets 85, 93)
        ("The rebels seized Duekoue on Jan. 18 after a heavy bombardment.", ["duekoue"]),
        ("The rebels still hold Guiglo, which they overran on Feb. 5.", ["guiglo"]),
        ("Units of the army yesterday entered Sector C East of the zone.", []),
    ],
)
def test_a_month_or_a_compass_point_is_no_place(civ, text, places):
    assert [r[0] for r in _rows(text, civ)] == places


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an entry with no object, then only when it came: into the one place named before
        # (spent set 102)
        (
            "The army left Daloa on 22 March and Republican Forces troops entered the following "
            "day.",
            [("daloa", "FRCI", "2011-03-23", "draft")],
        ),
        # "entered talks" is no entry; two places named before: no one place to enter
        (
            "The army left Daloa on Monday and the rebels entered talks on Tuesday.",
            [("daloa", "FRCI", "2011-03-28", "lead")],
        ),
        (
            "The army left Daloa and Duekoue on Monday and the rebels entered the following day.",
            [("daloa", "FRCI", "2011-03-28", "lead"), ("duekoue", "FRCI", "2011-03-28", "lead")],
        ),
    ],
)
def test_an_entry_with_no_object_the_following_day(civ, text, expected):
    assert _rows(text, civ) == expected


_WIRE = "ABIDJAN, March 30, 2011 (Wire) - "
_CLAIM = (
    'The Republican Forces said on Tuesday that they now controlled "about 80 per cent of '
    'Zanzan", a figure the army rejected.'
)


@pytest.mark.parametrize(
    ("sizing", "km2"),
    [
        # a region the text sizes itself is the unit of its own comparisons (spent set 102)
        ("Zanzan, a region of some 38,000 square kilometres in the north-east, is calm. ", 30400),
        ("Zanzan, some 38,000 sq km of savanna, is calm. ", 30400),
        # "a land of" (blind set 121, stop 39)
        ("Zanzan, a land of some 38,000 square kilometres and a million souls, is calm. ", 30400),
        # no size given: no comparison to make (nothing guessed)
        ("Zanzan, a region in the north-east, is calm. ", None),
    ],
)
def test_a_region_the_text_sizes_itself(civ, sizing, km2):
    claims = extract(_WIRE + sizing + _CLAIM, civ, published="2011-03-30").claims
    found = claims[claims.figure == "about 80 per cent of Zanzan"]
    if km2 is None:
        assert found.empty
    else:
        assert found.value_km2.tolist() == [km2]
        assert "the article" in found.notes.iloc[0]
