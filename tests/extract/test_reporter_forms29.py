"""Stop 42's readings, read off blind sets 145 and 146 after their single measurements; each
sentence is written anew for the Cote d'Ivoire 2011 fixture (``tests/extract/data/civ11``),
with negatives.

* "drove the defenders out of the town and found the Ludendorff bridge standing": a second
  verb in the past tense, after "and", ends the object; the place is the one "the town" stands
  for, not a name after the second verb.
* "Farther south, a task force of the First Army reached Remagen, drove ...": an opening
  adverbial of place ("farther south", "elsewhere") names no one, so the side after its comma
  is the subject, not an aside.
* "The Russian army retired ... On the 14th the army entered Moscow", in the Grande Armee's
  bulletin: a side's own text calls its own side "the army", even after naming another army
  in an earlier sentence (blind set 146; a small 1812 theatre written for the test).
* "Munchen-Gladbach fell to the Ninth Army on March 1, and Neuss on March 2": a place with its
  own day after the agent, the verb left out (blind set 145).
* A military rank ("Colonel", "Marshal") opens a person's name, never an unknown place (blind
  set 146); "handed X over to officials and gendarmes of Y" and "were handed over in the same
  way" (the gainer of the handover told just before) (blind set 144).
* "The garrison of Zamosc laid down its arms on Friday", "The fortress of Modlin capitulated":
  a garrison's or a fortress's bare surrender is the place's loss (blind set 143).
* "took A on Monday and B two days later": the gapped place's day counted from A's (blind set
  143).
* "On the 30th instant, the Sardinian army advanced ... After a lively engagement lasting several
  hours, our brigades evacuated Palestro": the story goes on, on the day the sentence before
  told (blind set 146).
* "captured by storm the town of X" (no passive), "... left X, and ... entered it" (the one place
  the sentence named), "cleared X of the nationalists" (blind sets 144-146).
* "Russia's Defence Ministry said ... that its forces had taken X": a capitalised ministry
  speaks for its country's side too (blind set 147).
"""

from __future__ import annotations

import pytest
from sentences import civ_rows, small_theatre

from geomap.extract import extract


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # the object ends at "and shelled": Gagnoa is shelled, not taken
        (
            "The Republican Forces reached Daloa on Monday, drove the soldiers out of the town "
            "and shelled Gagnoa.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # a list of places after the verb is still one object
        (
            "The Republican Forces drove the soldiers out of Daloa and Gagnoa on Monday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
        # a second verb of taking keeps its own object
        (
            "The Republican Forces seized Daloa and occupied Gagnoa on Monday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-28", "draft"),
            ],
        ),
    ],
)
def test_a_second_past_verb_ends_the_object(civ, text, rows):
    assert civ_rows(text, civ) == rows


@pytest.mark.parametrize(
    "opening",
    ["Farther south", "Further north", "Elsewhere", "Westwards", "Nearby"],
)
def test_an_opening_adverbial_of_place_names_no_one(civ, opening):
    text = (
        f"{opening}, a column of the Republican Forces reached Daloa on Monday, drove the "
        "soldiers out of the town and found the Gagnoa road open."
    )
    assert civ_rows(text, civ) == [("daloa", "FRCI", "FDS", "2011-03-28", "draft")]


def test_an_aside_still_hides_its_side(civ):
    # "the army, an ally of X, ...": the side in a real aside is still not the subject
    text = (
        "Daloa's garrison, loyal to the army, surrendered the town to the Republican Forces on "
        "Monday."
    )
    assert [r[:2] for r in civ_rows(text, civ)] == [("daloa", "FRCI")]


@pytest.fixture
def russia12(tmp_path):
    """A small theatre (Russia, 1812) where "the army" is a role word of both sides."""
    return small_theatre(
        tmp_path,
        "russia12",
        "RUS",
        1812,
        "FRA,Grande Armee,Grande Armee;French army,the army;Napoleon,#1e6fb0\n"
        "RUS,Russian army,Russian army;Russian troops,the army;Kutuzov,#2e8b57\n",
        "moscow,Moscow,,55.752,37.616,city,,RUS,,test fixture\n"
        "vereya,Vereya,,55.343,36.186,town,,RUS,,test fixture\n",
        "1812-06-01,moscow,RUS\n1812-06-01,vereya,RUS\n",
    )


BULLETIN = "NINETEENTH BULLETIN OF THE GRANDE ARMEE\nMoscow, 16 September 1812\n\n"
WIRE_1812 = "ST PETERSBURG, Sept. 16 (Wire) - "


@pytest.mark.parametrize(
    ("text", "gainer"),
    [
        # a side's own text: its bare "the army" is its own, even after another army was named
        (
            BULLETIN + "The Russian army retired in good order. On the 14th the army entered "
            "Moscow.",
            "FRA",
        ),
        # a wire story has no author: the army named before tells them apart, as before
        (
            WIRE_1812 + "The Russian army retired in good order. On the 14th the army entered "
            "Moscow.",
            "RUS",
        ),
    ],
)
def test_a_sides_own_text_calls_its_side_the_army(russia12, text, gainer):
    rows = extract(text, russia12, published="1812-09-16").rows
    assert list(zip(rows.place, rows.to_actor, strict=True)) == [("moscow", gainer)]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "A fell to X on D1, and B on D2": the verb and its agent left out before B
        (
            "Daloa fell to the Republican Forces on Monday, and Gagnoa on Tuesday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-29", "draft"),
            ],
        ),
        (
            "Daloa was taken by the Republican Forces on Monday, and Gagnoa on Tuesday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-29", "draft"),
            ],
        ),
        # no day after the second place: no gapping ("and Gagnoa stayed calm")
        (
            "Daloa fell to the Republican Forces on Monday, and Gagnoa stayed calm.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
    ],
)
def test_a_fall_to_a_side_with_the_verb_left_out(civ, text, rows):
    assert civ_rows(text, civ) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a rank opens a person's name, never an unknown place (blind set 146)
        (
            "On Monday, at Daloa, the Republican Forces broke into the town and drove out the "
            "rearguard of Colonel Kouassi.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # "handed X over to officials and gendarmes of Y": Y gains (blind set 144)
        (
            "The army on Monday handed Daloa over to officials and gendarmes of the Republican "
            "Forces.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # "handed over in the same way": the gainer of the handover told just before
        (
            "The army on Monday handed Daloa over to the Republican Forces. The handover was "
            "calm. Gagnoa and Guiglo were handed over in the same way on Tuesday.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-29", "draft"),
                ("guiglo", "FRCI", "FDS", "2011-03-29", "draft"),
            ],
        ),
        # with no change told before, "in the same way" names no one: leads
        (
            "Gagnoa and Guiglo were handed over in the same way on Tuesday.",
            [
                ("gagnoa", "", "", "2011-03-29", "lead"),
                ("guiglo", "", "", "2011-03-29", "lead"),
            ],
        ),
    ],
)
def test_ranks_officials_and_handovers_told_the_same_way(civ, text, rows):
    assert civ_rows(text, civ) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # a garrison's or a fortress's bare surrender: the place, its gainer left to the
        # reviewer (a lead) (blind set 143)
        (
            "The garrison of Daloa laid down its arms on Monday.",
            [("daloa", "", "", "2011-03-28", "lead")],
        ),
        ("The fortress of Daloa capitulated on Monday.", [("daloa", "", "", "2011-03-28", "lead")]),
        # "laid down its arms to X": X gains, as before
        (
            "The garrison of Daloa laid down its arms to the Republican Forces on Monday.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # people who lay down their arms are no place's surrender
        ("The soldiers laid down their arms on Monday.", []),
        ("Hundreds of soldiers capitulated on Monday.", []),
    ],
)
def test_a_garrisons_bare_surrender(civ, text, rows):
    assert civ_rows(text, civ) == rows


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "and B two days later": B's day counted from A's (blind set 143)
        (
            "The Republican Forces took Daloa on Monday and Gagnoa two days later.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-30", "draft"),
            ],
        ),
        (
            "The Republican Forces took Daloa on Monday and Gagnoa the next day.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-29", "draft"),
            ],
        ),
        (
            "Daloa fell to the Republican Forces on Monday and Gagnoa two days later.",
            [
                ("daloa", "FRCI", "FDS", "2011-03-28", "draft"),
                ("gagnoa", "FRCI", "FDS", "2011-03-30", "draft"),
            ],
        ),
        # a range is not counted from ("early last week"): no gapped day, no row
        (
            "The Republican Forces took Daloa early last week and Gagnoa two days later.",
            [("daloa", "FRCI", "FDS", "2011-03-21", "draft")],
        ),
    ],
)
def test_a_gapped_place_on_a_day_counted_from_the_one_before(civ, text, rows):
    got = civ_rows(text, civ)
    assert [r[:3] for r in got] == [r[:3] for r in rows]
    assert [r[3] for r in got][1:] == [r[3] for r in rows][1:]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # the story goes on, the same day, in the sentence after the one that dated it
        # (blind set 146)
        (
            "On Monday the Republican Forces advanced on Gagnoa. After a brief engagement, they "
            "took Guiglo.",
            ("guiglo", "FRCI", "FDS", "2011-03-28", "draft"),
        ),
        (
            "On Monday the Republican Forces advanced on Gagnoa. By nightfall they had taken "
            "Guiglo.",
            ("guiglo", "FRCI", "FDS", "2011-03-28", "draft"),
        ),
        # days later: the day is not the one told before (a lead on the publication day)
        (
            "On Monday the Republican Forces advanced on Gagnoa. After three days of fighting, "
            "they took Guiglo.",
            ("guiglo", "FRCI", "FDS", "2011-03-30", "lead"),
        ),
        # a new paragraph is not the same story
        (
            "On Monday the Republican Forces advanced on Gagnoa.\n\nAfter a brief engagement, "
            "they took Guiglo.",
            ("guiglo", "FRCI", "FDS", "2011-03-30", "lead"),
        ),
    ],
)
def test_the_story_going_on_keeps_the_day_told_before(civ, text, row):
    assert civ_rows(text, civ) == [row]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # "captured by storm": how, not by whom; no passive (blind set 144)
        (
            "On Monday the Republican Forces, advancing from the north, captured by storm the "
            "town of Daloa.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        # "entered it": the one place the sentence named before (blind set 145)
        (
            "On Monday the army left Daloa under cover of darkness, and at dawn on Tuesday the "
            "Republican Forces entered it.",
            [("daloa", "FRCI", "FDS", "2011-03-29", "draft")],
        ),
        # "cleared X of the nationalists": a side driven out (blind set 146); of mines, none
        (
            "On Monday the Republican Forces cleared Daloa of the nationalists.",
            [("daloa", "FRCI", "FDS", "2011-03-28", "draft")],
        ),
        ("On Monday the Republican Forces cleared Daloa of mines.", []),
    ],
)
def test_by_storm_entered_it_and_cleared_of(civ, text, rows):
    assert civ_rows(text, civ) == rows


@pytest.mark.parametrize("ministry", ["Defence Ministry", "defence ministry", "Defense Ministry"])
def test_a_countrys_defence_ministry_speaks_for_its_side(russia12, ministry):
    # "Russia's Defence Ministry said ... that its forces had taken full control of Avdiivka"
    # (blind set 147): the country's own ministry, whatever its capitals; "its" is its side,
    # not the side named in the sentence before
    text = (
        WIRE_1812 + "Kutuzov ordered his units to leave the city. France's "
        f"{ministry} said on Thursday that its forces had taken full control of Moscow."
    )
    rows = extract(text, russia12, published="1812-09-16").rows
    assert list(zip(rows.place, rows.to_actor, strict=True)) == [("moscow", "FRA")]
